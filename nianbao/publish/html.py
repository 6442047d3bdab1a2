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

from functools import cache
from pathlib import Path

import nbformat
from bs4 import BeautifulSoup
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
            h1 = BeautifulSoup(out.data["text/html"], "html.parser").find("h1", class_="title")
            if h1 is not None:
                return h1.get_text(strip=True)
    return None


@cache
def exporter(review: bool = False) -> HTMLExporter:
    # Built once per process and page kind (each batch worker): the first export pays the template loading.
    # The tag rules live in PublishPreprocessor alone (not nbconvert's TagRemovePreprocessor, which needs
    # configuring): the template's conf.json registers it, so the plain nbconvert command follows them too.
    config = Config()
    config.PublishPreprocessor.review = review
    return HTMLExporter(config=config, template_name=TEMPLATE_NAME, extra_template_basedirs=[str(TEMPLATE_DIR)])


def page_html(nb: nbformat.NotebookNode, review: bool = False) -> str:
    """The published (or review) page of an executed notebook (the notebook itself is not changed)."""
    body, _ = exporter(review).from_notebook_node(nb)
    return body


def to_html(notebook: Path, html: Path, review: bool = False) -> Path:
    nb = nbformat.read(str(notebook), as_version=4)
    return atomic.write_text(html, page_html(nb, review))
