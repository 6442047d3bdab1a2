"""Key figures of a report, compared side by side on the index page and in its downloads.

A figure is a sum of cells named by their keys (the same keys in both formats); its
value is unknown (``None``) as soon as one of them is blank, "/" or absent: an
unknown figure is never shown or charted as 0.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .. import cells as C


@dataclass(frozen=True)
class Figure:
    key: str  # column name in the downloads
    group: str  # the header over related figures on the index page
    label: str  # short header; the official place is in the format description
    cells: tuple[str, ...]  # summed


FIGURES: tuple[Figure, ...] = (
    Figure("normative_docs_made", "主动公开", "规范性文件制发", ("t2.normative_docs.made",)),
    Figure("licensing_decisions", "主动公开", "行政许可决定", ("t2.licensing.decisions",)),
    Figure("punishment_decisions", "主动公开", "行政处罚决定", ("t2.punishment.decisions",)),
    Figure("applications_new", "依申请公开", "新收申请", ("t3.new.total",)),
    Figure("applications_total", "依申请公开", "办理结果总计", ("t3.total.total",)),
    Figure("applications_granted", "依申请公开", "予以公开", ("t3.granted.total",)),
    Figure("applications_carried_out", "依申请公开", "结转下年度", ("t3.carried_out.total",)),
    Figure("reviews", "复议诉讼", "行政复议", ("t4.review.total",)),
    Figure("lawsuits", "复议诉讼", "行政诉讼", ("t4.litigation_direct.total", "t4.litigation_after_review.total")),
)


def figure_value(cells: Mapping[str, C.Cell], figure: Figure) -> int | None:
    values = [cells.get(k) for k in figure.cells]
    if not all(C.is_number(v) for v in values):
        return None
    return sum(values)


def key_figures(cells: Mapping[str, C.Cell]) -> dict[str, int | None]:
    """Every key figure of one dataset's cells, by figure key (unknown: None)."""
    return {f.key: figure_value(cells, f) for f in FIGURES}
