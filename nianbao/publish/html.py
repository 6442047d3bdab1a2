"""Executed notebook → the HTML page that is published, through nbconvert and our own template.

The template lives in ``nianbao/templates/nbconvert/nianbao`` (``conf.json`` +
``index.html.j2`` extending nbconvert's ``lab`` page); its ``conf.json`` registers
:class:`PublishPreprocessor`, so ``jupyter nbconvert --template nianbao`` with the
template folder on ``extra_template_basedirs`` gives the same page as :func:`to_html`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import nbformat
from bs4 import BeautifulSoup
from nbconvert import HTMLExporter
from nbconvert.preprocessors import Preprocessor

from .. import __version__, atomic
from ..paths import PACKAGE_DIR

TEMPLATE_DIR = PACKAGE_DIR / "templates" / "nbconvert"  # holds the template folder "nianbao"
TEMPLATE_NAME = "nianbao"
RICH = ("display_data", "execute_result")


class PublishPreprocessor(Preprocessor):
    """Keep only what a reader should see: the HTML outputs of code cells.

    Streams (warnings, stray prints), errors, text-only reprs, markdown and raw cells and
    cells left without output (parameters, papermill's injected cell with its random id)
    never reach the page. Drops lab's code-highlighting CSS, sets ``lang="zh"`` and the page title: the report's own
    ``<h1>``, so the plain nbconvert command needs no options for them.
    """

    def preprocess(self, nb, resources):
        cells = []
        for cell in nb.cells:
            if cell.cell_type != "code":
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
def exporter() -> HTMLExporter:
    # Built once per process (each batch worker): the first export pays the template loading.
    return HTMLExporter(template_name=TEMPLATE_NAME, extra_template_basedirs=[str(TEMPLATE_DIR)])


def page_html(nb: nbformat.NotebookNode) -> str:
    """The published page of an executed notebook (the notebook itself is not changed)."""
    body, _ = exporter().from_notebook_node(nb)
    return body


def to_html(notebook: Path, html: Path) -> Path:
    nb = nbformat.read(str(notebook), as_version=4)
    return atomic.write_text(html, page_html(nb))
