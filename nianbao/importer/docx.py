"""A Word report (.docx) → lines of text; each table row becomes one exact line of cells, as from HTML.

Tables are read by their grid, not by their text: python-docx's ``row.cells`` repeats a
merged cell once per grid column it covers, so two neighbouring cells that both hold
``0`` could not be told from one merged cell. Here every ``<w:tc>`` of a row is one
cell whatever its ``gridSpan``, and the continuation of a vertical merge is skipped,
exactly as an HTML row lists each ``<td>`` once. Paragraphs and tables keep the
document's order; headers and footers (page numbers) are not part of the body.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table, _Cell

from ..errors import NianbaoError, Problem
from .html import CELL_SEPARATOR, Line


def _rows(table: Table) -> list[str]:
    lines = []
    for tr in table._tbl.tr_lst:
        cells = ["".join(p.text.strip() for p in _Cell(tc, table).paragraphs)
                 for tc in tr.tc_lst if tc.vMerge != "continue"]
        if any(cells):
            lines.append(CELL_SEPARATOR.join(cells))
    return lines


def docx_lines(path: Path) -> tuple[list[Line], list[str]]:
    """The report's lines and notices; raises NianbaoError for a file that is not a readable .docx."""
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as e:
        what = "不是 Word 文档（.docx），可能是 Excel 表格或其他压缩文件" if isinstance(e, ValueError) else \
            "Word 文档已损坏，无法读取"
        raise NianbaoError(Problem(str(path), what)) from None
    lines: list[Line] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(Line(row, exact=True) for row in _rows(block))
        else:
            lines.append(Line(block.text.strip()))
    if not any(line.text for line in lines):
        raise NianbaoError(Problem(str(path), "Word 文档没有文字（可能只有图片）"))
    return lines, []
