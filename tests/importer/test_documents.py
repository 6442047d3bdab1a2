"""PDF and Word in: every bundled township's cells are the same from its published page, its PDF
and its Word document; PDFs in layouts unlike ours (running heads, page numbers, a table split
over pages, wrapped cells); Word tables read by grid; bad files get a Chinese message, exit 2."""

from __future__ import annotations

import json
import os
import re
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import docx
import pytest
from conftest import PAYLOAD_ID, SEED, make_project, run_nianbao
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from nianbao.errors import NianbaoError
from nianbao.importer import import_report
from nianbao.importer.docx import docx_lines
from nianbao.load import load_dataset
from nianbao.publish.docx import to_docx
from nianbao.render import report_html, report_title
from nianbao.render.layout import Header, placed_cells, table_layout
from nianbao.render.values import cell_view

CHROMIUM = shutil.which("chromium")


def cells(path: Path) -> dict:
    return import_report(path).cells_json["cells"]


def bundled(rendered, tmp_path: Path) -> list[tuple[Path, object]]:
    """(published page, dataset) of every township the session batch rendered."""
    out = []
    for page in rendered.pages():
        rel = f"data/{page.parents[1].name}/{page.stem}.yaml"  # output/<year>/published/<id>.html
        source = tmp_path / rel
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_text(rendered.datasets[rel], encoding="utf-8")
        out.append((page, load_dataset(source)))
    return out


# ---------------------------------------------------------------- round trips


def test_word_round_trip_every_township(rendered, tmp_path):
    pairs = bundled(rendered, tmp_path)
    assert len(pairs) >= 21
    for page, ds in pairs:
        word = to_docx(ds, tmp_path / "word" / f"{page.stem}.docx")
        from_page, from_word = cells(page), cells(word)
        assert len(from_page) >= 198, page
        assert from_word == from_page, page


@pytest.fixture(scope="module")
def printed(rendered, tmp_path_factory):
    """Every published page printed to PDF by Chromium (`nianbao pdf`'s printer)."""
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("CI：未找到 chromium，PDF 导入测试必须运行（.ci/run 会安装 chromium 和 fonts-noto-cjk）",
                        pytrace=False)
        pytest.skip("chromium 未安装（apt-get install chromium fonts-noto-cjk）；CI 中不会跳过")
    from nianbao.publish.pdf import to_pdf

    folder = tmp_path_factory.mktemp("printed")
    pages = rendered.pages()
    with ThreadPoolExecutor(2) as pool:
        pdfs = list(pool.map(lambda p: to_pdf(p, folder / p.parents[1].name / f"{p.stem}.pdf"), pages))
    return dict(zip(pages, pdfs))


def test_pdf_round_trip_every_township(printed):
    assert len(printed) >= 21
    for page, pdf in printed.items():
        from_page, from_pdf = import_report(page), import_report(pdf)
        assert from_pdf.cells_json["cells"] == from_page.cells_json["cells"], page
        # Paragraphs rebuilt from printed lines: the narrative and the contact read as from the page.
        # A PDF holds no space characters, only gaps, which Chromium sets as it likes between Latin
        # and Han text: the words are compared, the paragraphs too, the spaces not.
        got, want = ([r.raw["narrative"], r.raw["contact"]] for r in (from_pdf, from_page))
        # The script payload's markup is Latin text run over several printed lines: there the line
        # breaks are the browser's too.
        gaps = r"\s|\\n" if page.stem == PAYLOAD_ID else " "
        got, want = (re.sub(gaps, "", json.dumps(x, ensure_ascii=False)) for x in (got, want))
        assert got == want, page


def test_pdf_import_and_check_from_the_command_line(printed, tmp_path):
    page, pdf = next((p, f) for p, f in printed.items() if p.stem == "demo-003")
    r = run_nianbao(tmp_path, "import", str(pdf), "-o", str(tmp_path / "x.yaml"))
    assert r.returncode == 0, r.stderr
    assert "PDF 文件" in r.stderr and "Traceback" not in r.stderr
    by_pdf = run_nianbao(tmp_path, "check", "--json", "--report", str(pdf))
    by_page = run_nianbao(tmp_path, "check", "--json", "--report", str(page))
    assert by_pdf.returncode == by_page.returncode
    assert by_pdf.stdout.replace(str(pdf), "X") == by_page.stdout.replace(str(page), "X")


# ---------------------------------------------------------------- PDFs laid out unlike ours

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
_BODY = ParagraphStyle("body", fontName="STSong-Light", fontSize=12, leading=20, firstLineIndent=24)
_CELL = ParagraphStyle("cell", fontName="STSong-Light", fontSize=8, leading=10)


def _pdf_table(layout, values, widths) -> Table:
    n = len(layout.head) + sum(len(b) for b in layout.bodies)
    grid = [["" for _ in range(layout.width)] for _ in range(n)]
    style = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for r, c, cell in placed_cells(layout):
        text = cell.label if isinstance(cell, Header) else cell_view(values, cell.key, cell.kind, cell.unit).text
        grid[r][c] = Paragraph(text, _CELL)  # narrow columns: labels wrap over several lines
        rowspan = getattr(cell, "rowspan", 1)
        if rowspan > 1 or cell.colspan > 1:
            style.append(("SPAN", (c, r), (c + cell.colspan - 1, r + rowspan - 1)))
    return Table(grid, colWidths=widths(layout.width), repeatRows=len(layout.head), style=TableStyle(style))


def foreign_pdf(ds, path: Path, numbering: str = "- {n} -") -> Path:
    """A report as another office's word processor might print it: running head, page numbers at
    the foot, its own column widths (wrapped labels), tables split over pages with repeated headers."""

    def furniture(c: canvas.Canvas, doc):
        c.setFont("STSong-Light", 9)
        c.drawString(20 * mm, A4[1] - 12 * mm, f"{ds.organ}政务公开专栏")
        c.drawCentredString(A4[0] / 2, 10 * mm, numbering.format(n=doc.page))

    story = [Paragraph(report_title(ds), ParagraphStyle("t", parent=_BODY, fontSize=18, leading=28,
                                                        alignment=1, firstLineIndent=0))]
    html = report_html(ds)
    from conftest import soup

    for el in soup(html).find_all(["h2", "h3", "p", "table"]):
        if el.name == "table" and "official" in el.get("class", []):
            t = ds.fmt.tables[el["data-table"]]
            story.append(_pdf_table(table_layout(t), ds.cells,
                                    lambda w, t=t: [(170 * mm) / w] * w if t.key != "t3" else
                                    [14 * mm, 16 * mm, 34 * mm] + [(106 * mm) / (w - 3)] * (w - 3)))
            story.append(Spacer(1, 6))
        elif el.name != "table" and el.parent.name not in ("td", "th") and "colophon" not in el.parent.get("class", []):
            story.append(Paragraph(el.get_text().strip(), _BODY))
    SimpleDocTemplate(str(path), pagesize=A4, topMargin=22 * mm, bottomMargin=20 * mm).build(
        story, onFirstPage=furniture, onLaterPages=furniture)
    return path


@pytest.mark.parametrize("dataset", ["data/2020/demo-004.yaml", "data/2021/demo-007.yaml", SEED])
def test_pdf_in_a_foreign_layout(dataset, tmp_path):
    from conftest import ROOT

    ds = load_dataset(ROOT / dataset)
    page = tmp_path / "page.html"
    page.write_text(report_html(ds), encoding="utf-8")
    pdf = foreign_pdf(ds, tmp_path / "foreign.pdf")
    result = import_report(pdf)
    assert result.cells_json["cells"] == cells(page)
    log = result.log_text()
    assert "表格跨页" in log  # 表三 ran over a page and its header was printed again
    assert "页码、页眉和页脚" in log
    assert "政务公开专栏" not in result.text and "- 2 -" not in result.text


def test_page_numbers_written_as_chinese_words(tmp_path):
    from conftest import ROOT

    ds = load_dataset(ROOT / "data/2021/demo-002.yaml")
    pdf = foreign_pdf(ds, tmp_path / "f.pdf", numbering="第 {n} 页")
    result = import_report(pdf)
    assert "第 2 页" not in result.original_text and "第2页" not in result.text
    assert len(result.cells_json["cells"]) == 200


# ---------------------------------------------------------------- Word: tables by grid


def test_word_table_read_by_grid_not_by_text(tmp_path):
    """Two neighbouring cells holding the same text stay two cells; a merged cell is one."""
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "合并"
    table.cell(0, 2).text = "右"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "纵向"
    for r in (1, 2):
        table.cell(r, 1).text = "0"
        table.cell(r, 2).text = "0"
    path = tmp_path / "grid.docx"
    document.save(str(path))
    lines, _ = docx_lines(path)
    assert [x.text for x in lines if x.exact] == ["合并 | 右", "纵向 | 0 | 0", "0 | 0"]


# ---------------------------------------------------------------- bad files


def _encrypted(tmp_path: Path) -> Path:
    from pypdf import PdfWriter

    plain = foreign_pdf(load_dataset(Path(__file__).parents[2] / "data/2021/demo-001.yaml"), tmp_path / "p.pdf")
    writer = PdfWriter(clone_from=str(plain))
    writer.encrypt("secret")
    out = tmp_path / "locked.pdf"
    writer.write(str(out))
    return out


def _scanned(tmp_path: Path) -> Path:
    out = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(out), pagesize=A4)
    c.rect(50, 50, 400, 600, fill=1)  # a picture of a page: no text layer
    c.showPage()
    c.save()
    return out


def _xlsx(tmp_path: Path) -> Path:
    import openpyxl

    out = tmp_path / "figures.docx"  # named .docx, but a workbook
    openpyxl.Workbook().save(str(out))
    return out


@pytest.mark.parametrize("make, message", [
    (_scanned, "没有文字层"),
    (_encrypted, "密码"),
    (lambda t: (t / "cut.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<") and t / "cut.pdf", "已损坏"),
    (lambda t: (t / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600) and t / "old.doc",
     "另存为 .docx"),
    (_xlsx, "不是 Word 文档"),
    (lambda t: (t / "broken.docx").write_bytes(b"PK\x03\x04" + b"\0" * 100) and t / "broken.docx", "已损坏"),
])
def test_bad_documents(make, message, tmp_path):
    path = make(tmp_path)
    with pytest.raises(NianbaoError, match=message) as e:
        import_report(path)
    assert str(path) in str(e.value)
    r = run_nianbao(tmp_path, "import", str(path))
    assert r.returncode == 2 and message in r.stderr and str(path) in r.stderr
    assert "Traceback" not in r.stderr
    r = run_nianbao(tmp_path, "check", "--report", str(path))
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_word_cli_from_a_dataset_and_from_a_page(rendered, tmp_path):
    from conftest import ROOT

    root = make_project(tmp_path, {SEED: (ROOT / SEED).read_text(encoding="utf-8")})
    page = rendered.page("2020/150724-bycg.html")
    r = run_nianbao(root, "docx", SEED)
    assert r.returncode == 0, r.stderr
    out = root / "output" / "2020" / "published" / "150724-bycg.docx"
    assert cells(out) == cells(page)
    out.unlink()
    shutil.copy(page, root / "page.html")
    r = run_nianbao(root, "docx", "page.html")  # the page's footer names its data file (in an HTML comment)
    assert r.returncode == 0, r.stderr
    assert cells(out) == cells(page)
    r = run_nianbao(root, "docx", "notes.txt")
    assert r.returncode == 2 and "notes.txt" in r.stderr and "Traceback" not in r.stderr


def test_batch_docx(tmp_path):
    from conftest import ROOT

    root = make_project(tmp_path, {SEED: (ROOT / SEED).read_text(encoding="utf-8")})
    assert run_nianbao(root, "params").returncode == 0
    r = run_nianbao(root, "batch", "--publish", "--docx", "--no-progress", "-j", "1")
    assert "失败 0" in r.stdout, r.stdout + r.stderr
    out = root / "output" / "2020" / "published"  # Word, like PDF, from the published page only
    assert cells(out / "150724-bycg.docx") == cells(out / "150724-bycg.html")
    assert not (root / "output" / "2020" / "review").exists()


# ---------------------------------------------------------------- district scale, broken 表四 totals


def test_district_scale_pdf_with_broken_review_totals(tmp_path):
    """A district-size report (three-digit counts) in a foreign layout whose 表四 totals do not add up:
    every cell exact, the broken totals found as errors, and no error the dataset itself does not have."""
    import yaml
    from conftest import ROOT

    from nianbao import checks
    from nianbao.dump import dump_to

    raw = yaml.safe_load((ROOT / "data/2021/demo-001.yaml").read_text(encoding="utf-8"))
    for row in raw["tables"]["t3"].values():  # every identity of 表三 is a sum: scaling keeps it
        for col, v in row.items():
            row[col] = v * 37
    raw["tables"]["t4"] = {
        "review": {"upheld": 9, "corrected": 2, "other": 1, "pending": 3, "total": 16},  # 15 ≠ 16
        "litigation_direct": {"upheld": 4, "corrected": 0, "other": 1, "pending": 2, "total": 6},  # 7 ≠ 6
        "litigation_after_review": {"upheld": 1, "corrected": 0, "other": 0, "pending": 0, "total": 1},
    }
    source = tmp_path / f"{raw['id']}.yaml"
    dump_to(raw, source)
    ds = load_dataset(source)
    pdf = foreign_pdf(ds, tmp_path / "district.pdf", numbering="第{n}页")
    page = tmp_path / "district.html"
    page.write_text(report_html(ds), encoding="utf-8")

    result = import_report(pdf)
    assert result.cells_json["cells"] == cells(page)
    assert result.cells_json["cells"]["t3.new.total"] == 8 * 37
    imported, report = checks.from_import(result, str(pdf))
    errors = {(f.id, tuple(f.cells)) for f in checks.run_checks(imported, source=report) if f.severity == "error"}
    expected = {(f.id, tuple(f.cells)) for f in checks.run_checks(ds) if f.severity == "error"}
    assert {e for e in errors if e[0] == "arith.t4.total"} == {e for e in expected if e[0] == "arith.t4.total"}
    assert len([e for e in errors if e[0] == "arith.t4.total"]) == 2
    assert errors == expected


@pytest.mark.parametrize("printed_line,text", [
    ("办公室（ 电话 ： 0470-1234567；电子邮箱 ：ab@example.cn）", "办公室（电话：0470-1234567；电子邮箱：ab@example.cn）"),
    ("全年 主动 公开 政府 信息 28 件。", "全年主动公开政府信息 28 件。"),
    ("E-mail: office@example.cn", "E-mail: office@example.cn"),
])
def test_gaps_of_a_justified_chinese_line_are_not_spaces(printed_line, text):
    from nianbao.importer.pdf import _unjustify

    assert _unjustify(printed_line) == text
