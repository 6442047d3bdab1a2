"""A PDF report → lines of text; each ruled table row becomes one exact line of cells, as from HTML.

PDFium (pypdfium2) reads where every character and every drawn line is; pdfplumber's
table finder turns the ruling lines into tables and its text utilities group characters
into lines. (pdfplumber's own PDF parser, pdfminer, is pure Python and ~10× slower on the
many font subsets a browser's PDF holds; its table and text logic is the same either way.)

Tables are found from the ruling lines only; a table without rules is left to the text
reader, as in a scraped page. A cell's text wrapped over several lines is joined, and a
position covered by a merged cell is not emitted, so a row reads as the page's ``<tr>``
would. Text around the tables keeps the reading order: top to bottom, page after page.
A table split over pages is one table: header rows a printer repeats at the top of the
next page are dropped, and so are page numbers (``- 3 -``, ``第3页``, ``3/7``) and running
heads and feet (the same words at the top or foot of most pages).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from statistics import median

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfplumber.table import TableFinder
from pdfplumber.utils import chars_to_textmap

from ..errors import NianbaoError, Problem
from .html import CELL_SEPARATOR, Line

_TABLES = {"vertical_strategy": "lines", "horizontal_strategy": "lines", "snap_tolerance": 3,
           "join_tolerance": 3, "intersection_tolerance": 3}
_THIN = 3.0  # points: a path this thin is a ruling line; a thicker one is a box (its four sides)
_MARGIN = 0.08  # the top and foot of a page where running heads and page numbers stand
_PAGE_NUMBER = re.compile(r"^[-—–－\s]*(?:第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|\d{1,4}|"
                          r"page\s*\d+(?:\s*of\s*\d+)?)[-—–－\s]*$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_OVERSIZED = 4  # a glyph box this many times the page's typical height is misplaced


class _Page:
    """What pdfplumber's table finder reads from a page: characters, ruling edges, the page box."""

    def __init__(self, page: pdfium.PdfPage):
        width, self.height = page.get_size()
        self.bbox = (0, 0, width, self.height)
        self.chars = self._chars(page)
        self.edges = self._edges(page)

    def _chars(self, page) -> list[dict]:
        textpage = page.get_textpage()
        chars, boxes = [], []
        origin_x, origin_y = pdfium_c.c_double(), pdfium_c.c_double()
        for i in range(textpage.count_chars()):
            if pdfium_c.FPDFText_IsGenerated(textpage.raw, i) == 1:
                continue  # spaces and line breaks PDFium adds; the text utilities place their own
            text = chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i))
            if text in "\r\n\x00\ufffe":
                continue
            left, bottom, right, top = textpage.get_charbox(i, loose=True)
            if top - bottom < (right - left) / 2:
                # PDFium gives the ink box when it cannot size a glyph (一, —): a flat box that would
                # fall between lines. Stand it on its baseline, as tall as it is wide.
                pdfium_c.FPDFText_GetCharOrigin(textpage.raw, i, origin_x, origin_y)
                bottom, top = origin_y.value - 0.12 * (right - left), origin_y.value + 0.88 * (right - left)
            chars.append(text)
            boxes.append((i, left, bottom, right, top))
        if not boxes:
            return []
        typical = median(top - bottom for _, _, bottom, _, top in boxes)
        out = []
        for text, (i, left, bottom, right, top) in zip(chars, boxes):
            if top - bottom > _OVERSIZED * typical:
                # A glyph set with an unusual text matrix (WPS's vertical labels in merged cells) gets a
                # loose box many lines tall, off its place; its ink box is right. Grow that to an em square.
                left, bottom, right, top = textpage.get_charbox(i)
                side = max(right - left, top - bottom, typical)
                x, y = (left + right) / 2, (bottom + top) / 2
                left, bottom, right, top = x - side / 2, y - side / 2, x + side / 2, y + side / 2
            out.append({"text": text, "x0": left, "x1": right, "top": self.height - top,
                        "bottom": self.height - bottom, "doctop": self.height - top, "upright": True,
                        "width": right - left, "height": top - bottom, "object_type": "char"})
        return out

    def _edges(self, page) -> list[dict]:
        edges = []
        fill, stroke = pdfium_c.c_int(), pdfium_c.c_int()
        box = [pdfium_c.c_float() for _ in range(4)]
        # The raw API: wrapping every page object (thousands of glyph runs) only to skip it costs more
        # than reading the page. Rules drawn inside form XObjects are not seen (browsers and word
        # processors draw tables on the page itself).
        for i in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
            obj = pdfium_c.FPDFPage_GetObject(page.raw, i)
            if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
                continue
            pdfium_c.FPDFPageObj_GetBounds(obj, *box)
            left, bottom, right, top = (v.value for v in box)
            x0, x1, y0, y1 = left, right, self.height - top, self.height - bottom
            if right - left <= _THIN or top - bottom <= _THIN:
                edges.append(_edge(x0, y0, x1, y1))
                continue
            pdfium_c.FPDFPath_GetDrawMode(obj, fill, stroke)
            if stroke.value:  # a drawn box; a filled one is a background (of the page, a cell), not a rule
                edges += [_edge(x0, y0, x1, y0), _edge(x0, y1, x1, y1), _edge(x0, y0, x0, y1), _edge(x1, y0, x1, y1)]
        return edges + _cut_rules(edges)


def _cut_rules(edges: list[dict]) -> list[dict]:
    """The rules a word processor leaves out where a page break cuts a table: the columns' rules stop
    together at the page foot (or start together at the next page's head) with no rule across them or
    beyond them. Without one, the cut row has no cell and its text would be lost."""
    tol = _TABLES["snap_tolerance"]
    across = [e for e in edges if e["orientation"] == "h"]
    added = []
    for side in ("bottom", "top"):
        ends = sorted((e[side], e["x0"]) for e in edges if e["orientation"] == "v")
        i = 0
        while i < len(ends):
            j = i
            while j + 1 < len(ends) and ends[j + 1][0] - ends[j][0] <= tol:
                j += 1
            group, i = ends[i:j + 1], j + 1
            if len(group) < 3:  # a table of two columns or more has three column rules
                continue
            y, x0, x1 = median(g[0] for g in group), min(g[1] for g in group), max(g[1] for g in group)
            # Any rule over these columns at this height or beyond it (below a foot, above a head): not cut.
            sign = 1 if side == "bottom" else -1
            if not any(e["x1"] > x0 + tol and e["x0"] < x1 - tol and sign * (e["top"] - y) >= -tol for e in across):
                added.append(_edge(x0, y, x1, y))
    return added


def _edge(x0: float, top: float, x1: float, bottom: float) -> dict:
    """A horizontal or vertical ruling edge through the middle of a thin box."""
    if x1 - x0 >= bottom - top:
        mid = (top + bottom) / 2
        return {"orientation": "h", "x0": x0, "x1": x1, "top": mid, "bottom": mid, "doctop": mid,
                "width": x1 - x0, "height": 0, "object_type": "line"}
    mid = (x0 + x1) / 2
    return {"orientation": "v", "x0": mid, "x1": mid, "top": top, "bottom": bottom, "doctop": top,
            "width": 0, "height": bottom - top, "object_type": "line"}


def _mid(char: dict) -> tuple[float, float]:
    return (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2


def _within(char: dict, box) -> bool:
    x, y = _mid(char)
    return box[0] <= x < box[2] and box[1] <= y < box[3]


def _cell_text(chars: list[dict]) -> str:
    """A cell's characters (sorted top to bottom) as text. Lines of a wrapped cell are joined without
    a space: labels are read without spaces anyway, and a number wrapped over two lines must stay one."""
    lines: list[list[dict]] = []
    for c in chars:
        if lines and _mid(c)[1] - _mid(lines[-1][0])[1] < (c["bottom"] - c["top"]) / 2:
            lines[-1].append(c)
        else:
            lines.append([c])
    out = []
    for line in lines:
        line.sort(key=lambda c: c["x0"])
        for before, c in zip([None, *line], line):
            if (before is not None and c["x0"] - before["x1"] > (c["bottom"] - c["top"]) / 4
                    and before["text"].isascii() and c["text"].isascii()):
                out.append(" ")  # a gap between Latin words or numbers is a space
            out.append(c["text"])
    return "".join(out).strip()


def _table_rows(table, chars: list[dict]) -> list[list[str]]:
    """The cells of each row (a position covered by a merged cell is not a cell), read from the characters
    whose middle lies in them, as pdfplumber's ``Table.extract`` does, without a text layout per cell."""
    mine = sorted((c for c in chars if _within(c, table.bbox)), key=lambda c: _mid(c)[1])
    middles = [_mid(c)[1] for c in mine]
    rows = []
    for row in table.rows:
        _, row_top, _, row_bottom = row.bbox
        in_row = mine[bisect_left(middles, row_top):bisect_left(middles, row_bottom)]
        rows.append([_cell_text([c for c in in_row if _within(c, cell)]) for cell in row.cells if cell is not None])
    return rows


def _inside(char: dict, boxes) -> bool:
    cx, cy = _mid(char)
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def _page_items(page: _Page) -> list[tuple[float, str, object]]:
    """(top, kind, content) of a page: text lines outside the tables and tables (rows of cells), in reading order."""
    items: list[tuple[float, str, object]] = []
    boxes = []
    for table in TableFinder(page, _TABLES).tables:
        rows = [r for r in _table_rows(table, page.chars) if any(r)]
        if any(len(r) > 1 for r in rows):  # a box around a paragraph is no table: its text stays text
            boxes.append(table.bbox)
            items.append((table.bbox[1], "table", rows))
    outside = [c for c in page.chars if not _inside(c, boxes)]
    if outside:
        for line in chars_to_textmap(outside).extract_text_lines(strip=True, return_chars=True):
            size = median(c["bottom"] - c["top"] for c in line["chars"])  # the type size, whatever the digits do
            items.append((line["top"], "text", _TextLine(_unjustify(line["text"]), line["x0"], line["x1"], size)))
    items.sort(key=lambda x: x[0])
    return items


_HAN = "\u4e00-\u9fff"
_WIDE_PUNCT = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
# Justified Chinese lines are spread by widening the gaps between glyphs, which the text map reads as
# spaces. Between two Han characters, or beside full-width punctuation (which carries its own space),
# a gap is never a space the writer typed.
_JUSTIFIED_GAP = re.compile(f"(?<=[{_HAN}{_WIDE_PUNCT}])\\s+(?=[{_HAN}{_WIDE_PUNCT}])"
                            f"|(?<=[{_WIDE_PUNCT}])\\s+|\\s+(?=[{_WIDE_PUNCT}])")


def _unjustify(text: str) -> str:
    return _JUSTIFIED_GAP.sub("", text)


@dataclass(frozen=True)
class _TextLine:
    text: str
    x0: float
    x1: float
    height: float


def _paragraphs(lines: list[_TextLine], left: float, right: float, body: float) -> list[str]:
    """Printed lines → paragraphs. A line goes on from the one above when that one starts at the left
    margin (or an indent) and reaches the right edge, and this one is not indented; a heading, a
    short last line, a right-aligned signature or an indent ends a paragraph. Lines in a larger
    type than the body (a title over two lines) are one paragraph."""
    out: list[str] = []
    previous = None
    for line in lines:
        em = line.height or body
        if previous is None:
            joined = False
        elif line.height > 1.2 * body:
            joined = abs(previous.height - line.height) < 0.2 * line.height
        else:
            joined = (previous.x0 <= left + 2.5 * em and previous.x1 >= right - 1.5 * em
                      and line.x0 <= left + 0.5 * em and abs(previous.height - line.height) < 0.2 * body)
        if joined:
            out[-1] += line.text
        else:
            out.append(line.text)
        previous = line
    return out


def _open(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise NianbaoError(Problem(str(path), "PDF 文件有密码保护，无法读取：请用没有密码的文件导入")) from None
        raise NianbaoError(Problem(str(path), "PDF 文件已损坏或不完整，无法读取")) from None


def pdf_lines(path: Path) -> tuple[list[Line], list[str]]:
    """The report's lines and notices (Chinese) about how it was read; raises NianbaoError on bad input."""
    document = _open(path)
    try:
        pages = [_Page(page) for page in document]
    finally:
        document.close()
    if not pages:
        raise NianbaoError(Problem(str(path), "PDF 文件没有页面"))
    if not any(p.chars for p in pages):
        raise NianbaoError(Problem(str(path), "PDF 没有文字层（可能是扫描件或图片）：请先用 OCR 软件识别文字，"
                                              "或改用报告的网页版或 Word 版导入"))
    items = [_page_items(p) for p in pages]
    drop = _running_lines(pages, items)
    notes = [f"删除 PDF 的页码、页眉和页脚 {len(drop)} 行"] if drop else []
    kept = [(n, i, kind, content) for n, page_items in enumerate(items)
            for i, (_, kind, content) in enumerate(page_items) if (n, i) not in drop]
    texts = [content for _, _, kind, content in kept if kind == "text"]
    left, right = (min(x.x0 for x in texts), max(x.x1 for x in texts)) if texts else (0, 0)
    body = median(x.height for x in texts) if texts else 0
    lines: list[Line] = []
    run: list[_TextLine] = []  # printed lines not yet joined into paragraphs
    header: list[list[str]] = []  # first rows of the table still open at the foot of the last page
    repeated, page = 0, -1
    for n, _, kind, content in kept:
        first_on_page, page = n != page, n
        if kind == "text":
            run.append(content)
            header = []
            continue
        lines.extend(Line(t) for t in _paragraphs(run, left, right, body))
        run = []
        rows = content
        if header and first_on_page:  # the table goes on from the previous page
            k = _repeated_header(header, rows)
            repeated += k
            rows = rows[k:]
        else:
            header = content[:4]
        lines.extend(Line(CELL_SEPARATOR.join(r), exact=True) for r in rows)
    lines.extend(Line(t) for t in _paragraphs(run, left, right, body))
    if repeated:
        notes.append(f"表格跨页：删除在下一页重复的表头 {repeated} 行")
    return lines, notes


def _repeated_header(header: list[list[str]], rows: list[list[str]]) -> int:
    """How many of ``rows`` repeat the first rows of the table continued from the previous page."""
    k = 0
    while k < min(len(header), len(rows)) and rows[k] == header[k]:
        k += 1
    return k


def _running_lines(pages: list[_Page], items) -> set[tuple[int, int]]:
    """(page, item) of page numbers and of running heads and feet (margin text on most pages)."""
    margins = []
    seen: Counter = Counter()
    for page, page_items in zip(pages, items):
        low, high = page.height * _MARGIN, page.height * (1 - _MARGIN)
        margin = [(i, line.text) for i, (top, kind, line) in enumerate(page_items)
                  if kind == "text" and (top < low or top > high)]
        margins.append(margin)
        seen.update({_DIGITS.sub("#", text) for _, text in margin})
    drop = set()
    for n, margin in enumerate(margins):
        for i, text in margin:
            if _PAGE_NUMBER.match(text) or (len(pages) > 2 and seen[_DIGITS.sub("#", text)] > len(pages) // 2):
                drop.add((n, i))
    return drop
