"""The per-year index page of a batch: every township with its status, finding counts by
category and key figures side by side, charts comparing them, and the figures as CSV/.xlsx.

Self-contained like the reports: inline style, charts as inline SVG, nothing fetched.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from markupsafe import Markup

from .. import __version__, atomic
from ..categories import CATEGORIES
from ..render.env import render_page
from . import charts, exports
from .figures import FIGURES

# The charts: which key figures each compares (keys of figures.FIGURES).
CHARTS = (
    ("applications", "依申请公开：新收申请与办理结果（件）", ("applications_new", "applications_total")),
    ("proactive", "主动公开：行政许可、行政处罚决定（件）", ("licensing_decisions", "punishment_decisions")),
)


def _groups() -> list[tuple[str, int]]:
    """The figure groups in order, with how many figures each spans (the index's two-row header)."""
    out: list[tuple[str, int]] = []
    for f in FIGURES:
        if out and out[-1][0] == f.group:
            out[-1] = (f.group, out[-1][1] + 1)
        else:
            out.append((f.group, 1))
    return out


def _charts(rendered: Sequence) -> list[tuple[str, Markup]]:
    if not rendered:
        return []
    names = [o.organ or o.township_id for o in rendered]
    label = {f.key: f.label for f in FIGURES}
    return [(title, Markup(charts.grouped_bars(key, title, names,
                                               {label[k]: [o.figures.get(k) for o in rendered] for k in keys})))
            for key, title, keys in CHARTS]


def write_index(out_dir: Path, year: str, outcomes: list, master=None) -> Path:
    """``index.html`` with ``figures.csv`` and ``figures.xlsx`` beside it; the same outcomes give the same bytes.

    ``master``: the master notebook's state (:class:`nianbao.pipeline.master.MasterState`): the page says
    when the reports were made from a master that carries outputs or is not the committed one.
    """
    atomic.make_dir(out_dir)
    rendered = [o for o in outcomes if o.ok]
    present = {c for o in rendered for c in o.by_category}
    categories = [(c, label) for c, label in CATEGORIES.items() if c in present]
    categories += [(c, c) for c in sorted(present - set(CATEGORIES))]
    frame = exports.figures_frame(outcomes)
    csv = exports.write_csv(frame, out_dir / "figures.csv")
    xlsx = exports.write_xlsx(frame, out_dir / "figures.xlsx", year, f"{year}年度主要数据")
    page = render_page("year.html.j2",
        year=year,
        version=__version__,
        master=master,
        outcomes=outcomes,
        total=len(outcomes),
        failed=len(outcomes) - len(rendered),
        with_errors=sum(1 for o in rendered if o.errors),
        categories=categories,
        figures=FIGURES,
        groups=_groups(),
        charts=_charts(rendered),
        csv=csv.name,
        xlsx=xlsx.name,
    )
    return atomic.write_text(out_dir / "index.html", page)
