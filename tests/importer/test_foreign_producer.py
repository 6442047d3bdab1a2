"""Files from a producer we do not control: our Word document of a township (our own wording) opened and
exported by LibreOffice, as a PDF and as a re-saved Word file, reads back with every cell exact; a
district-size 表四 whose totals do not add up is found as errors and nothing else is. Plus the general
fixes found on real WPS-made PDFs (benchmarks/foreign_pdf.py): a table cut by a page break without its
rule, and a row label with characters left out."""

from __future__ import annotations

import os
import subprocess

import pypdfium2 as pdfium
import pytest
from conftest import ROOT, soffice

from nianbao import checks
from nianbao.cells import plain
from nianbao.importer import import_report
from nianbao.importer.pdf import _cut_rules, _edge
from nianbao.load import load_dataset
from nianbao.publish.docx import to_docx

DATASET = ROOT / "data" / "2021" / "demo-001.yaml"



def _export(src, to: str, tmp_path):
    out = tmp_path / to.split(":")[0]
    done = subprocess.run([soffice("libreoffice-writer"), f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--norestore",
                           "--convert-to", to, "--outdir", str(out), str(src)], capture_output=True, timeout=300)
    made = out / f"{src.stem}.{to.split(':')[0]}"
    if not made.exists():
        reason = f"LibreOffice 没有写出 {made.name}（需要 libreoffice-writer）：{done.stderr.decode(errors='replace')[-200:]}"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return made


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    """demo-001 with district-size 表四 figures whose 行政复议 and 复议后起诉 totals are wrong."""
    tmp = tmp_path_factory.mktemp("district")
    text = DATASET.read_text(encoding="utf-8")
    text = text.replace("review: {upheld: 0, corrected: 0, other: 0, pending: 0, total: 0}",
                        "review: {upheld: 112, corrected: 9, other: 4, pending: 3, total: 127}")
    text = text.replace("litigation_after_review: {upheld: 0, corrected: 0, other: 0, pending: 0, total: 0}",
                        "litigation_after_review: {upheld: 41, corrected: 2, other: 0, pending: 5, total: 0}")
    path = tmp / "data" / "2021" / "demo-001.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    return load_dataset(path), tmp


@pytest.mark.parametrize("to", ["pdf", "docx:MS Word 2007 XML"])
def test_libreoffice_export_reads_back_every_cell(district, to):
    ds, tmp = district
    made = _export(to_docx(ds, tmp / "ours" / "report.docx"), to, tmp)
    if to == "pdf":
        assert "LibreOffice" in pdfium.PdfDocument(str(made)).get_metadata_dict()["Producer"]  # not our writer
    result = import_report(made)
    assert result.cells_json["cells"] == {k: plain(v) for k, v in ds.cells.items()}
    read, source = checks.from_import(result, str(made))
    errors = [f for f in checks.run_checks(read, source=source) if f.severity == "error"]
    assert sorted(f.id for f in errors) == ["arith.t4.total", "arith.t4.total"]  # 127 ≠ 128 and 0 ≠ 48
    assert {f.location for f in errors} == {"表四 行政复议", "表四 行政诉讼 复议后起诉"}


def test_a_table_cut_by_a_page_break_is_closed():
    # Column rules running to the foot of the page with no rule across them: the cut row gets one.
    rules = [_edge(x, 100, x + 0.5, 300) for x in (50, 150, 250, 350)] + [_edge(50, 100, 350, 100.5)]
    added = _cut_rules(rules)
    assert [(round(e["x0"]), round(e["top"]), round(e["x1"])) for e in added] == [(50, 300, 350)]
    closed = rules + [_edge(50, 299, 350, 299.5)]  # a table that ends with its own rule gets nothing
    assert _cut_rules(closed) == []
    # A browser draws each cell's sides apart: column rules end at every row, and a merged cell leaves the
    # rule between rows partial. Rules further down show the table goes on: no rule is added there.
    cells = [_edge(x, top, x + 0.5, top + 100) for x in (50, 150, 250, 350) for top in (100, 200)]
    rows = [_edge(50, 100, 350, 100.5), _edge(150, 200, 350, 200.5), _edge(50, 300, 350, 300.5)]
    assert _cut_rules(cells + rows) == []


def test_a_row_label_with_characters_left_out_is_read_as_that_row(tmp_path):
    ds = load_dataset(DATASET)
    from nianbao.render import report_html
    page = report_html(ds).replace("2.其他法律行政法规禁止公开", "2.其他法律行政止公开")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    result = import_report(path)
    assert result.cells_json["cells"] == {k: plain(v) for k, v in ds.cells.items()}
    assert any("漏字" in e.message for e in result.entries("normalised"))
