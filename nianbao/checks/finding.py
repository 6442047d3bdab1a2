"""Findings: what a rule reports, as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from ..cells import Money, plain

# Column order of findings_frame and key order of to_dict / JSON.
FIELDS = ("id", "severity", "category", "message", "table", "row", "column", "location", "evidence", "cells",
          "acknowledged")


def json_value(value):
    """A cell value as it goes into evidence: int, None (blank), "/" and money as written ("981.93万元")."""
    if value is None or isinstance(value, (bool, int, float, str, Money)):
        return plain(value)
    return str(value)  # anything an unvalidated dataset may hold; evidence must stay JSON-safe


@dataclass(frozen=True)
class Finding:
    id: str
    severity: str  # error | warning
    category: str  # a code of registry.CATEGORIES
    message: str  # Chinese, names the place in the report's own labels
    table: str | None = None
    row: str | None = None
    column: str | None = None
    location: str | None = None  # the same place in labels ("表三 一、本年新收… · 自然人")
    evidence: dict = field(default_factory=dict)  # cell key → json_value
    cells: list[str] = field(default_factory=list)  # every cell key involved
    acknowledged: str | None = None  # the reason of the dataset's waiver that acknowledges it; None: open

    # evidence and cells are mutable containers; hash by what identifies a finding so
    # findings can still be put in sets (dataclass keeps an explicitly defined __hash__).
    def __hash__(self) -> int:
        return hash((self.id, self.table, self.row, self.column, self.message, tuple(self.cells)))

    def to_dict(self) -> dict:
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["evidence"] = dict(self.evidence)
        out["cells"] = list(self.cells)
        return out


@dataclass(frozen=True)
class Hit:
    """What a rule function yields: the message and the place; the runner adds the rest."""

    message: str
    table: str | None = None
    row: str | None = None
    column: str | None = None
    cells: tuple[str, ...] = ()
    evidence: dict | None = None  # None: taken from the dataset's values of ``cells``
    quote: str | None = None  # the sentence of the report a text rule read (goes into evidence["quote"])
