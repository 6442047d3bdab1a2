"""The report as HTML, piece by piece; :func:`report_html` is only these pieces put together.

A notebook can show the pieces cell by cell (wrapping them with :func:`wrap_html` so the
report's style applies); the published page uses :func:`report_html`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from markupsafe import Markup

from .. import __version__
from ..dataset import Dataset
from ..paths import project_root
from .content import preamble_paragraphs, section_blocks, section_of, signature_lines
from .env import render
from .findings_panel import findings_panel
from .layout import table_layout


def report_title(ds: Dataset) -> str:
    """The title as plain text: <organ><year>年政府信息公开工作年度报告."""
    return f"{ds.organ}{ds.year}年政府信息公开工作年度报告"


def title_html(ds: Dataset) -> str:
    return render("title.html.j2", title=report_title(ds))


def preamble_html(ds: Dataset) -> str:
    return render("preamble.html.j2", paragraphs=preamble_paragraphs(ds))


def section_html(ds: Dataset, key: str) -> str:
    """One section (``overview``, ``proactive``, … as keyed in the format): heading, text, table."""
    section = section_of(ds, key)
    return render(
        "section.html.j2",
        section=section,
        blocks=section_blocks(ds, key),
        layout=table_layout(ds.fmt.tables[section.table]) if section.table else None,
        cells=ds.cells,
    )


def signature_html(ds: Dataset) -> str:
    return render("signature.html.j2", lines=signature_lines(ds))


def generated_on(ds: Dataset) -> dt.date:
    """The page's date, taken from the data (the signing date, else the period's end), never the clock."""
    return ds.signed or ds.statistical_period.end


def source_label(path: str | Path | None) -> str | None:
    """The dataset file as the page names it: relative to the project, never the machine's absolute path."""
    if path is None:
        return None
    p = Path(path)
    if not p.is_absolute():
        return p.as_posix()
    try:
        return p.relative_to(project_root()).as_posix()
    except ValueError:
        return p.name


def colophon_html(ds: Dataset, source: str | Path | None = None) -> str:
    return render("colophon.html.j2", version=__version__, source=source_label(source), generated=generated_on(ds))


def findings_panel_html(findings, notices=(), source: str | Path | None = None) -> str:
    """The findings panel (审核意见), preceded by notices from reading the dataset file (plain strings or objects
    with a str()); ``source``: the dataset file, named with the tool that made the page (the review page's
    generator line: the published page keeps it in an HTML comment only)."""
    return render("findings_panel.html.j2", panel=findings_panel(findings, notices), version=__version__,
                  source=source_label(source))


def wrap_html(body: str, style: bool = True) -> str:
    """Put rendered pieces into the report container, with the report's inline style."""
    return render("report.html.j2", body=Markup(body), style=style)


def report_html(ds: Dataset, findings=None, source: str | Path | None = None) -> str:
    """The whole report as one self-contained HTML fragment, with the findings panel when findings are given.

    ``source``: the dataset file, named in the generator line at the foot of the page.
    """
    pieces = [title_html(ds), preamble_html(ds)]
    pieces += [section_html(ds, s.key) for s in ds.fmt.sections]
    pieces += [signature_html(ds), colophon_html(ds, source)]
    if findings is not None:
        pieces.append(findings_panel_html(findings))
    return wrap_html("\n".join(pieces))
