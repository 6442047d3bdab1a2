"""An HTML page or fragment → lines of text; each innermost ``<table>`` row becomes one line of cells.

A table row is written as its cells joined with `` | `` and marked *exact*: the page's
own structure says where every cell is, so an empty ``<td>`` (or ``&nbsp;``) is a blank
cell, not a dropped one. Cells are emitted once, in document order, whatever their
rowspan/colspan: the table reader finds rows by their labels and columns by order
within a row, so a label spanning rows or a cell spanning columns needs no copying.
Layout tables that only hold other tables are read as blocks of text.
"""

from __future__ import annotations

from dataclasses import dataclass

import lxml.html
from lxml import etree

from ..errors import NianbaoError

_SKIP = {"script", "style", "noscript", "head", "template", "svg", "iframe", "select", "button"}
_BLOCKS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section", "article",
    "header", "footer", "nav", "aside", "main", "blockquote", "pre", "form", "table", "tbody", "thead", "tfoot",
    "caption", "center", "address", "figure", "figcaption", "body", "html", "hr",
}
CELL_SEPARATOR = " | "


@dataclass(frozen=True)
class Line:
    text: str
    exact: bool = False  # a row of a real table: empty cells are real blank cells


def _cell_text(cell) -> str:
    # <br> and <p> inside a cell split a label over lines; the label reader ignores spaces, so join them.
    return "".join(t.strip() for t in cell.itertext()).replace("\n", "").replace("\xa0", " ").strip()


class _LineCollector:
    """Text of block elements as lines; ``<table>`` rows as exact lines."""

    def __init__(self):
        self.lines: list[Line] = []
        self.buf: list[str] = []

    def flush(self):
        text = "".join(self.buf).replace("\xa0", " ").strip()
        if text:
            self.lines.append(Line(text))
        self.buf = []

    def text(self, s: str | None):
        if s:
            self.buf.append(s.replace("\r", "").replace("\n", " "))

    def walk(self, el):
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None:  # comments, processing instructions
            self.text(el.tail)
            return
        tag = tag.lower()
        if tag in _SKIP:
            self.text(el.tail)
            return
        if tag == "table" and el.find(".//table") is None:
            self.flush()
            self.table(el)
        elif tag == "br":
            self.flush()
        elif tag in _BLOCKS or tag in ("tr", "td", "th"):
            self.flush()
            self.text(el.text)
            for child in el:
                self.walk(child)
            self.flush()
        else:
            self.text(el.text)
            for child in el:
                self.walk(child)
        self.text(el.tail)

    def table(self, table):
        for row in table.iter("tr"):
            cells = [_cell_text(c) for c in row if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
            if any(cells):
                self.lines.append(Line(CELL_SEPARATOR.join(cells), exact=True))


def html_lines(markup: str, source: str = "") -> list[Line]:
    """The visible text of an HTML page or fragment as lines (tables as exact ``a | b | c`` rows)."""
    try:
        root = lxml.html.document_fromstring(markup) if "<html" in markup[:2000].lower() else lxml.html.fragment_fromstring(markup, create_parent="div")  # noqa: E501
    except (etree.ParserError, ValueError) as e:
        raise NianbaoError(f"{source}：无法解析 HTML（{e}）") from None
    flow = _LineCollector()
    flow.walk(root)
    flow.flush()
    return flow.lines
