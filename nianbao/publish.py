"""Executed notebook → the HTML page that is published: no code, prompts, stderr or tracebacks."""

from __future__ import annotations

import copy
from functools import cache
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter


@cache
def _exporter() -> HTMLExporter:
    # Built once per process: the first export pays ~0.3 s of template loading.
    return HTMLExporter(
        template_name="lab",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        exclude_markdown=True,
        exclude_raw=True,
        language_code="zh",
    )


def publishable(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy of the notebook holding only what a reader should see: rich display outputs."""
    nb = copy.deepcopy(nb)
    nb.cells = [c for c in nb.cells if c.cell_type == "code"]
    for cell in nb.cells:
        # Streams (warnings on stderr, stray prints) and errors never reach a published page.
        cell.outputs = [o for o in cell.outputs if o.output_type in ("display_data", "execute_result")]
    # Cells left without output (parameters, papermill's injected cell with its random id) are dropped.
    nb.cells = [c for c in nb.cells if c.outputs]
    return nb


def to_html(notebook: Path, html: Path, title: str) -> Path:
    nb = nbformat.read(str(notebook), as_version=4)
    body, _ = _exporter().from_notebook_node(publishable(nb), resources={"metadata": {"name": title}})
    html.parent.mkdir(parents=True, exist_ok=True)
    html.write_text(body, encoding="utf-8")
    return html
