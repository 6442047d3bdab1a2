"""The published report as a Word document (.docx) for sign-off (领导审签), in official layout.

Built from the dataset, as the published page is, never from the page: the words come from
:mod:`nianbao.render.content` (the strings the HTML templates print), the tables from the
format's merged-cell layout (:mod:`nianbao.render.layout`). The review block and the
generator line belong to the web page only. Two runs on the same dataset write the same
bytes (the package's dates come from the data, its zip entries carry a fixed time).

Layout after GB/T 9704 (党政机关公文格式): A4, margins 37/35/28/26 mm; title in 方正小标宋简体
二号, centred; body in 仿宋_GB2312 三号 with a two-character indent; 一、 headings in 黑体,
（一） headings in 楷体_GB2312; page numbers “— 1 —” at the foot. Fonts are named as
Word and WPS know them, each with an ``altName`` in the font table (仿宋_GB2312 → 仿宋, …)
so a machine without the GB2312-era font still shows the nearest one, never a Latin
fallback.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
import lxml.etree
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu, Mm, Pt

from .. import atomic
from ..dataset import Dataset
from ..render import report_title
from ..render.content import preamble_paragraphs, section_blocks, signature_lines
from ..render.layout import Header, Layout, placed_cells, table_layout
from ..render.report import generated_on
from ..render.values import cell_view

TITLE_FONT, BODY_FONT, H1_FONT, H2_FONT, PAGE_FONT = "方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312", "宋体"
# The font a machine without the named one should use (Word and WPS read w:altName in the font table).
ALT_NAMES = {TITLE_FONT: "华文中宋", BODY_FONT: "仿宋", H2_FONT: "楷体", H1_FONT: "SimHei", PAGE_FONT: "SimSun"}
LATIN = "Times New Roman"
TITLE_SIZE, BODY_SIZE, TABLE_SIZE, PAGE_SIZE = Pt(22), Pt(16), Pt(9), Pt(14)  # 二号, 三号, 小五, 四号
LINE = Pt(28)  # 22 lines to a page, as GB/T 9704 asks
TEXT_WIDTH, LABEL_WIDTH = Mm(210 - 28 - 26), Mm(60)


def _set_fonts(rpr_parent, east_asia: str, size=None) -> None:
    """Name the East Asian and Latin fonts on a style or run (theme fonts removed: they would win)."""
    rpr = rpr_parent.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        if attr.endswith("Theme"):
            del fonts.attrib[attr]
    fonts.set(qn("w:eastAsia"), east_asia)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), LATIN)
    for tag in ("w:color", "w:b", "w:i"):
        for el in rpr.findall(qn(tag)):
            rpr.remove(el)
    if size is not None:
        for tag in ("w:sz", "w:szCs"):
            for el in rpr.findall(qn(tag)):
                rpr.remove(el)
            rpr.append(parse_xml(f'<{tag} {nsdecls("w")} w:val="{int(size.pt * 2)}"/>'))


def _style(styles, name: str, font: str, size, align=None, indent: bool = True, before=0, after=0):
    style = styles[name]
    _set_fonts(style.element, font, size)
    fmt = style.paragraph_format
    fmt.line_spacing_rule, fmt.line_spacing = WD_LINE_SPACING.EXACTLY, LINE
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.first_line_indent = Pt(size.pt * 2) if indent else Pt(0)
    if align is not None:
        fmt.alignment = align
    return style


def _font_table(document) -> None:
    """Declare every font with its fallback (w:altName) and the GB2312 character set."""
    part = document.part.part_related_by(docx.opc.constants.RELATIONSHIP_TYPE.FONT_TABLE)
    root = lxml.etree.fromstring(part.blob)
    for name, alt in ALT_NAMES.items():
        font = parse_xml(f'<w:font {nsdecls("w")} w:name="{name}"><w:altName w:val="{alt}"/>'
                         f'<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>')
        root.append(font)
    part._blob = lxml.etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _page(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.paragraph_format.first_line_indent = Pt(0)
    footer.add_run("— ")
    # Word and WPS fill in the PAGE field when they lay the document out.
    field = parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    footer._p.append(field)
    footer.add_run(" —")
    for run in footer._p.iter(qn("w:r")):
        _set_fonts(run, PAGE_FONT, PAGE_SIZE)


def _cell_text(paragraph, text: str, align) -> None:
    paragraph.paragraph_format.first_line_indent = Pt(0)
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    paragraph.alignment = align
    run = paragraph.add_run(text)
    _set_fonts(run._r, BODY_FONT, TABLE_SIZE)


def _widths(layout: Layout) -> list:
    """Column widths: the label columns (left of the values) share 60 mm, the value columns the rest."""
    lines = [*layout.head, *(line for body in layout.bodies for line in body)]
    values = max(sum(c.colspan for c in line if not isinstance(c, Header)) for line in lines)
    labels = layout.width - values
    if not labels:  # 表四: values only
        return [Emu(TEXT_WIDTH // values)] * values
    return [Emu(LABEL_WIDTH // labels)] * labels + [Emu((TEXT_WIDTH - LABEL_WIDTH) // values)] * values


def _table(document, styles, layout: Layout, cells) -> None:
    lines = len(layout.head) + sum(len(b) for b in layout.bodies)
    table = document.add_table(rows=lines, cols=layout.width)
    table.style = styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = _widths(layout)
    for column, width in zip(table.columns, widths):
        column.width = width
    for r in range(len(layout.head)):  # header rows repeat on every page the table runs over
        table.rows[r]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    for row in table.rows:
        row._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))
    grid = table._cells  # taken once: python-docx rebuilds this list on every table.cell() call
    for r, c, cell in placed_cells(layout):
        target = grid[r * layout.width + c]
        rowspan = getattr(cell, "rowspan", 1)
        if rowspan > 1 or cell.colspan > 1:
            target = target.merge(grid[(r + rowspan - 1) * layout.width + c + cell.colspan - 1])
        target.width = sum(widths[c:c + cell.colspan])  # Word lays cells out by their own widths
        text = cell.label if isinstance(cell, Header) else cell_view(cells, cell.key, cell.kind, cell.unit).text
        _cell_text(target.paragraphs[0], text, WD_ALIGN_PARAGRAPH.CENTER)


def report_docx(ds: Dataset) -> docx.document.Document:
    """The published report of a dataset as a Word document."""
    document = docx.Document()
    _font_table(document)
    _page(document)
    styles = document.styles  # parsed anew on every access
    _style(styles, "Normal", BODY_FONT, BODY_SIZE, WD_ALIGN_PARAGRAPH.JUSTIFY)
    title = _style(styles, "Title", TITLE_FONT, TITLE_SIZE, WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=28)
    title.paragraph_format.line_spacing = Pt(36)
    _style(styles, "Heading 1", H1_FONT, BODY_SIZE)
    _style(styles, "Heading 2", H2_FONT, BODY_SIZE)
    # Heading styles keep their outline level (the navigation pane) but not the template's look.
    for name in ("Title", "Heading 1", "Heading 2"):
        pPr = styles[name].element.get_or_add_pPr()
        for el in pPr.findall(qn("w:pBdr")):
            pPr.remove(el)
    core = document.core_properties
    core.title, core.author, core.last_modified_by = report_title(ds), ds.organ, ds.organ
    stamp = dt.datetime.combine(generated_on(ds), dt.time())  # dated by the data, never the clock
    core.created = core.modified = stamp
    core.revision = 1
    core.comments = ""  # python-docx would say it made the file

    document.add_paragraph(report_title(ds), style="Title")
    for text in preamble_paragraphs(ds):
        document.add_paragraph(text)
    for section in ds.fmt.sections:
        document.add_paragraph(section.title, style="Heading 1")
        for block in section_blocks(ds, section.key):
            document.add_paragraph(block.text, style="Heading 2" if block.tag == "h3" else None)
        if section.table:
            _table(document, styles, table_layout(ds.fmt.tables[section.table]), ds.cells)
    for line in signature_lines(ds):
        p = document.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.first_line_indent = Pt(0)
    return document


# Every zip entry gets this time: python-docx stamps each with the clock, so two runs would differ.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def docx_bytes(ds: Dataset) -> bytes:
    """The Word document as bytes, the same for the same dataset on every run."""
    saved = io.BytesIO()
    report_docx(ds).save(saved)
    out = io.BytesIO()
    with zipfile.ZipFile(saved) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, ZIP_TIME), src.read(info), zipfile.ZIP_DEFLATED)
    return out.getvalue()


def to_docx(ds: Dataset, out: Path) -> Path:
    """Write the Word document of a dataset to ``out``."""
    atomic.write_bytes(out, docx_bytes(ds))
    return out
