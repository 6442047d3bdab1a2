"""How one table cell of a dataset shows in the report: its text and its state."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .. import cells as C


@dataclass(frozen=True)
class CellView:
    text: str
    state: str  # value | blank | na | missing


def cell_view(cells: Mapping[str, C.Cell], key: str, kind: str = "count", unit: str | None = None) -> CellView:
    """The printed text of a cell; absent (missing), blank and "/" stay distinct states."""
    if key not in cells:
        return CellView("", "missing")
    value = cells[key]
    if value is None:
        return CellView("", "blank")
    if value == C.NA:
        return CellView(C.display(value, kind), "na")
    return CellView(C.display(value, kind, unit), "value")
