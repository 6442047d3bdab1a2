"""The Word document for sign-off: official page and fonts, the published report only, the tables'
merged headers as the national template draws them, page numbers."""

from __future__ import annotations

import time

import docx
import lxml.etree
import lxml.html
import pytest
from conftest import ROOT
from docx.oxml.ns import qn
from docx.shared import Pt

from nianbao import checks
from nianbao.load import load_dataset
from nianbao.publish.docx import ALT_NAMES, report_docx, to_docx
from nianbao.render import report_html, report_title
from nianbao.render.layout import table_layout

WITH_ERRORS = ROOT / "data/2020/demo-003.yaml"


@pytest.fixture(scope="module")
def word(tmp_path_factory):
    ds = load_dataset(WITH_ERRORS)
    path = to_docx(ds, tmp_path_factory.mktemp("word") / "r.docx")
    return ds, docx.Document(str(path))


def east_asia(style_or_run) -> str:
    return style_or_run.element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia"))


def test_a4_and_official_margins(word):
    _, d = word
    s = d.sections[0]
    sizes = [s.page_width, s.page_height, s.top_margin, s.bottom_margin, s.left_margin, s.right_margin]
    assert [round(x.mm) for x in sizes] == [210, 297, 37, 35, 28, 26]  # stored in twips


def test_title_body_and_heading_fonts(word):
    ds, d = word
    title = d.paragraphs[0]
    assert title.text == report_title(ds) and title.style.name == "Title"
    assert east_asia(title.style) == "方正小标宋简体" and title.style.font.size == Pt(22)
    normal = d.styles["Normal"]
    assert east_asia(normal) == "仿宋_GB2312" and normal.font.size == Pt(16)
    assert normal.paragraph_format.first_line_indent == Pt(32)
    h1 = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    assert h1 == [s.title for s in ds.fmt.sections]
    assert east_asia(d.styles["Heading 1"]) == "黑体" and east_asia(d.styles["Heading 2"]) == "楷体_GB2312"
    h2 = [p.text for p in d.paragraphs if p.style.name == "Heading 2"]
    assert h2 and all(t.startswith("（") for t in h2)
    assert d.paragraphs[-1].text.endswith("日")  # the signature's date, right-aligned
    assert d.paragraphs[-1].alignment == 2


def test_fonts_have_fallbacks_word_and_wps_resolve(word):
    _, d = word
    part = d.part.part_related_by(docx.opc.constants.RELATIONSHIP_TYPE.FONT_TABLE)
    root = lxml.etree.fromstring(part.blob)
    declared = {f.get(qn("w:name")): f.find(qn("w:altName")) for f in root.iter(qn("w:font"))}
    for name, alt in ALT_NAMES.items():
        assert declared[name] is not None and declared[name].get(qn("w:val")) == alt


def test_page_numbers_in_the_footer(word):
    _, d = word
    footer = d.sections[0].footer._element
    fields = [f.get(qn("w:instr")).strip() for f in footer.iter(qn("w:fldSimple"))]
    assert fields == ["PAGE"]


def test_only_the_published_report(word):
    ds, d = word
    assert any(f.severity == "error" for f in checks.run_checks(ds))  # a review block would have had content
    text = "\n".join(p.text for p in d.paragraphs)
    cell_text = "\n".join(c.text for t in d.tables for row in t.rows for c in row.cells)
    for words in ("审核意见", "本页由", "nianbao"):
        assert words not in text and words not in cell_text


def test_tables_have_the_templates_merged_headers(word):
    ds, d = word
    assert len(d.tables) == 3
    for table, key in zip(d.tables, ("t2", "t3", "t4")):
        layout = table_layout(ds.fmt.tables[key])
        lines = [*layout.head, *(line for body in layout.bodies for line in body)]
        rows = table._tbl.tr_lst
        assert len(rows) == len(lines)
        assert round(sum(col.width.mm for col in table.columns)) == 210 - 28 - 26  # the text width
        for tr, line in zip(rows, lines):
            starts = [tc for tc in tr.tc_lst if tc.vMerge != "continue"]
            assert [tc.grid_span for tc in starts] == [c.colspan for c in line]
            assert [tc.vMerge == "restart" for tc in starts] == [getattr(c, "rowspan", 1) > 1 for c in line]
        # Header rows repeat on each page the table runs over; no row breaks across pages.
        head = [tr for tr in rows if tr.trPr is not None and tr.trPr.find(qn("w:tblHeader")) is not None]
        assert len(head) == len(layout.head)


def test_every_bundled_dataset_writes(tmp_path):
    for f in sorted((ROOT / "data").glob("*/*.yaml")):
        d = report_docx(load_dataset(f))
        assert len(d.tables) == 3, f


def test_the_words_are_the_published_pages(word):
    """Word and HTML print the same strings, in the same order (both from render.content)."""
    ds, d = word
    page = lxml.html.fragment_fromstring(report_html(ds), create_parent="div")
    html_words = [el.text_content().strip() for el in page.iter("h1", "h2", "h3", "p")
                  if not any(a.get("class") == "colophon" for a in el.iterancestors())]
    assert [p.text for p in d.paragraphs] == html_words


def test_same_dataset_same_bytes(tmp_path):
    ds = load_dataset(WITH_ERRORS)
    first = to_docx(ds, tmp_path / "a.docx").read_bytes()
    time.sleep(2.1)  # zip entry times have a two-second resolution
    assert to_docx(ds, tmp_path / "b.docx").read_bytes() == first
    core = docx.Document(str(tmp_path / "b.docx")).core_properties
    assert core.created == core.modified and core.created.date() == ds.signed  # dated by the data
    assert not core.comments
