"""Executed notebook → its two HTML pages, through nbconvert and our own template.

One run, two pages: the published page holds only the cells the master notebook tags ``report``
(never a ``review-only`` cell, nor a scratch cell an analyst added); the review page holds every
cell's HTML output, the ``review-only`` cells (the review block) included.

The template lives in ``nianbao/templates/nbconvert/nianbao`` (``conf.json`` +
``index.html.j2`` extending nbconvert's ``lab`` page); its ``conf.json`` registers
:class:`PublishPreprocessor`, so ``jupyter nbconvert --template nianbao`` with the
template folder on ``extra_template_basedirs`` gives the same published page as :func:`to_html`.
"""

from __future__ import annotations

import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import nbformat
from bs4 import BeautifulSoup
from bs4.builder import HTMLTreeBuilder
from nbconvert import HTMLExporter
from nbconvert.preprocessors import Preprocessor
from traitlets import Bool
from traitlets.config import Config

from .. import __version__, atomic
from ..errors import NianbaoError
from ..paths import PACKAGE_DIR

TEMPLATE_DIR = PACKAGE_DIR / "templates" / "nbconvert"  # holds the template folder "nianbao"
TEMPLATE_NAME = "nianbao"
RICH = ("display_data", "execute_result")
REPORT = "report"  # tag of the master notebook's cells that make the published page
REVIEW_ONLY = "review-only"  # tag of the cells shown only on the review page (the review block)


class PublishPreprocessor(Preprocessor):
    """Keep only what a reader should see: the HTML outputs of code cells; on the published page, only of the
    cells tagged ``report`` and never of a cell tagged ``review-only``.

    Streams (warnings, stray prints), errors, text-only reprs, markdown and raw cells and
    cells left without output (parameters, papermill's injected cell with its random id)
    never reach the page. Drops lab's code-highlighting CSS, sets ``lang="zh"`` and the page title: the report's own
    ``<h1>``, so the plain nbconvert command needs no options for them.
    """

    review = Bool(False, help="the review page: every cell's HTML output, review-only cells included").tag(config=True)

    def preprocess(self, nb, resources):
        if not self.review and not any(REPORT in c.metadata.get("tags", ()) for c in nb.cells):
            # Publishing everything instead would put an analyst's scratch output on the public site.
            raise NianbaoError(f"母版笔记本中没有标记为“{REPORT}”的单元格：发布页面只含这些单元格的输出，"
                               f"请给报告单元格加上标签 {REPORT}")
        cells = []
        for cell in nb.cells:
            tags = cell.metadata.get("tags", ())
            if cell.cell_type != "code" or not self.review and (REPORT not in tags or REVIEW_ONLY in tags):
                continue
            outputs = []
            for out in cell.outputs:
                if out.output_type in RICH and "text/html" in out.get("data", {}):
                    out.data = {"text/html": out.data["text/html"]}
                    outputs.append(out)
            if outputs:
                cell.outputs = outputs
                cells.append(cell)
        nb.cells = cells
        # lab's conf.json registers the code-highlighting CSS and, merged after ours, wins; with
        # no code on the page that CSS is only weight.
        resources.setdefault("inlining", {})["css"] = []
        resources["language_code"] = "zh"
        resources["generator"] = f"nianbao {__version__}"
        title = _report_title(nb)
        if title:
            nb.metadata["title"] = title
        return nb, resources


def _report_title(nb) -> str | None:
    """The text of the report's title (``<h1 class="title">``) in the kept outputs, if any."""
    for cell in nb.cells:
        for out in cell.outputs:
            html = out.data["text/html"]
            if not _H1.search(html):  # no h1 start tag, no title (the findings panel): not parsed
                continue
            # A report's title comes first: BeautifulSoup parses up to the end of its element, not the whole page.
            h1 = BeautifulSoup(html[:_TitleEnd().find(html)], "html.parser").find("h1", class_="title")
            if h1 is not None:
                return h1.get_text(strip=True)
    return None


_H1 = re.compile(r"<h1", re.IGNORECASE)


class _Found(Exception):
    pass


class _TitleEnd(HTMLParser):
    """Where the first ``<h1 class="title">`` ends, as BeautifulSoup's html.parser tree sees it: from the same
    tokenizer, an end tag closes the latest open element of its name and every element inside it; elements
    without content (``<br>``) are never open. No tree is built and parsing stops there."""

    def __init__(self):
        super().__init__()
        self.open: list[str] = []  # names of the open elements, outermost first
        self.depth: int | None = None  # where the title's h1 is in ``open``, once met

    def find(self, html: str) -> int:
        """The offset just after the end tag that closes the title, or the length of ``html``."""
        try:
            self.feed(html)
            self.close()
        except _Found:
            line, column = self.getpos()  # where the end tag starts; html.parser counts lines by "\n" alone
            start = 0
            for _ in range(line - 1):
                start = html.index("\n", start) + 1
            return html.index(">", start + column) + 1
        return len(html)

    def handle_starttag(self, tag, attrs):
        if self.depth is None and tag == "h1" and "title" in (dict(attrs).get("class") or "").split():
            self.depth = len(self.open)
        if tag not in HTMLTreeBuilder.DEFAULT_EMPTY_ELEMENT_TAGS:
            self.open.append(tag)

    def handle_endtag(self, tag):
        if tag in self.open:
            del self.open[len(self.open) - 1 - self.open[::-1].index(tag):]
            if self.depth is not None and len(self.open) <= self.depth:
                raise _Found


@cache
def exporter(review: bool = False) -> HTMLExporter:
    # Built once per process and page kind (each batch worker): the first export pays the template loading.
    # The tag rules live in PublishPreprocessor alone (not nbconvert's TagRemovePreprocessor, which needs
    # configuring): the template's conf.json registers it, so the plain nbconvert command follows them too.
    config = Config()
    config.PublishPreprocessor.review = review
    # The notebook is validated once, after all preprocessors, not after each of them (a dozen, mostly disabled).
    config.HTMLExporter.optimistic_validation = True
    return HTMLExporter(config=config, template_name=TEMPLATE_NAME, extra_template_basedirs=[str(TEMPLATE_DIR)])


def page_html(nb: nbformat.NotebookNode, review: bool = False) -> str:
    """The published (or review) page of an executed notebook (the notebook itself is not changed)."""
    body, _ = exporter(review).from_notebook_node(nb)
    return body


def to_html(notebook: Path, html: Path, review: bool = False) -> Path:
    nb = nbformat.read(str(notebook), as_version=4)
    return atomic.write_text(html, page_html(nb, review))
