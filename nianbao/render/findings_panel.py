"""Findings prepared for the review panel (审核意见): grouped by category, linked to their cells.

Findings are :class:`nianbao.checks.Finding` objects (read by attribute; the type is
imported for annotations only, so rendering does not load the rule catalog).

Every table cell of the report carries a stable anchor (:func:`cell_anchor`), so a
finding links to its cells with plain ``href="#…"`` and the panel highlights them
with a style sheet of its own: no script, and the report's HTML is the same with or
without the panel.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..categories import CATEGORIES, SEVERITIES, SEVERITY_LABELS

if TYPE_CHECKING:
    from ..checks.finding import Finding

# Cell keys come from the format description (t3.denied.1.natural); anything else is not a cell
# and never reaches the panel's style sheet, where autoescaping would not protect it.
_CELL_KEY = re.compile(r"[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)+")


def cell_anchor(key: str) -> str:
    """The ``id`` of the ``<td>`` holding cell ``key`` (``c-t3.new.natural``)."""
    return f"c-{key}"


def _cell_selector(key: str) -> str:
    return "#" + cell_anchor(key).replace(".", r"\.")


@dataclass(frozen=True)
class FindingView:
    seq: int  # 1-based place in the panel; the finding's anchor is f-<seq>
    id: str
    severity: str
    severity_label: str
    category: str
    category_label: str
    message: str
    location: str
    cells: tuple[str, ...]  # the cell keys involved (for links and highlighting)
    acknowledged: str | None = None  # a waiver's reason: shown, not counted as open

    @property
    def anchor(self) -> str:
        return f"f-{self.seq}"

    @property
    def open(self) -> bool:
        return self.acknowledged is None

    @property
    def cell_anchors(self) -> tuple[str, ...]:
        return tuple(cell_anchor(k) for k in self.cells)


@dataclass(frozen=True)
class Group:
    category: str
    label: str
    findings: tuple[FindingView, ...]

    @property
    def anchor(self) -> str:
        return f"review-{self.category or 'other'}"

    @property
    def errors(self) -> int:
        return sum(f.open and f.severity == "error" for f in self.findings)

    @property
    def warnings(self) -> int:
        return sum(f.open and f.severity == "warning" for f in self.findings)

    @property
    def acknowledged(self) -> int:
        return sum(not f.open for f in self.findings)


@dataclass(frozen=True)
class FindingsPanel:
    groups: tuple[Group, ...]
    errors: int
    warnings: int
    notices: tuple[str, ...] = ()  # what was noticed reading the file (encoding, file name)
    acknowledged: int = 0

    @property
    def findings(self) -> tuple[FindingView, ...]:
        return tuple(f for g in self.groups for f in g.findings)

    def highlight(self, severity: str) -> str:
        """CSS selectors of the cells flagged at ``severity`` (an error outranks a warning)."""
        errors = {k for f in self.findings if f.open and f.severity == "error" for k in f.cells}
        keys = {k for f in self.findings if f.open and f.severity == severity for k in f.cells}
        if severity != "error":
            keys -= errors
        return ",".join(_cell_selector(k) for k in sorted(keys))


def _view(seq: int, f: Finding) -> FindingView:
    return FindingView(
        seq=seq,
        id=f.id,
        severity=f.severity,
        severity_label=SEVERITY_LABELS[f.severity],
        category=f.category,
        category_label=CATEGORIES[f.category],
        message=f.message,
        location=f.location or "",
        cells=tuple(k for k in f.cells if _CELL_KEY.fullmatch(k)),
        acknowledged=f.acknowledged,
    )


def _category_rank(category: str) -> int:
    return list(CATEGORIES).index(category)


def findings_panel(findings: Iterable[Finding], notices: Iterable = ()) -> FindingsPanel:
    """Findings grouped by category (in the catalog's order), errors before warnings in each group."""
    items = list(findings)
    ranked = sorted(range(len(items)), key=lambda i: (
        _category_rank(items[i].category), SEVERITIES.index(items[i].severity), i))
    views = [_view(seq, items[i]) for seq, i in enumerate(ranked, start=1)]
    groups: list[Group] = []
    for v in views:
        if groups and groups[-1].category == v.category:
            groups[-1] = Group(v.category, v.category_label, groups[-1].findings + (v,))
        else:
            groups.append(Group(v.category, v.category_label, (v,)))
    return FindingsPanel(
        groups=tuple(groups),
        errors=sum(v.open and v.severity == "error" for v in views),
        warnings=sum(v.open and v.severity == "warning" for v in views),
        notices=tuple(str(n) for n in notices),
        acknowledged=sum(not v.open for v in views),
    )
