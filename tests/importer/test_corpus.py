"""The importer on every real page excerpt of ../shared/corpus: no crash, organ and year, visible table cells."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import ROOT

from nianbao.errors import NianbaoError
from nianbao.importer import import_report

CORPUS = ROOT.parent / "shared" / "corpus"
FILES = sorted(CORPUS.glob("*.json"))
pytestmark = pytest.mark.skipif(not FILES, reason="../shared/corpus not available")


def _import(entry: Path, tmp_path: Path):
    meta = json.loads(entry.read_text(encoding="utf-8"))
    page = tmp_path / f"{entry.stem}.txt"
    page.write_text("\n".join(meta["chunks"]), encoding="utf-8")
    return meta, import_report(page, partial=True)  # excerpts: cut on purpose


@pytest.mark.parametrize("entry", FILES, ids=lambda p: p.stem)
def test_corpus_file(entry, tmp_path):
    meta, r = _import(entry, tmp_path)
    year = meta["year"]
    assert r.cells_json["year"] == year
    organ = re.sub(r"[（(].*", "", meta["unit"])
    if organ in r.text and organ.endswith(("人民政府", "办事处")):
        assert r.cells_json["organ"] in (organ, organ.removesuffix("人民政府")), r.cells_json["organ"]
    # Every cell key found is well formed, and 表三 is read exactly when the excerpt shows it.
    for key in r.cells_json["cells"]:
        assert re.fullmatch(r"t[234]\.[\w.]+\.\w+", key)
    # has_table3: the manifest's "tables with numbers" (029 and 049 print 表三's labels only: read as blank cells).
    t3 = [k for k, v in r.cells_json["cells"].items() if k.startswith("t3.") and v is not None]
    assert bool(t3) == meta["has_table3"]


# Rows of 表三 each excerpt shows in full, counted by hand (032's fifth row is followed by the cut
# label "2" of the next row, which is not read as an eighth value).
@pytest.mark.parametrize("stem, t3_cells", [("032", 35), ("033", 14), ("075", 14), ("083", 21), ("093", 21), ("055", 3)])
def test_visible_t3_cells_are_all_read(stem, t3_cells, tmp_path):
    _, r = _import(CORPUS / f"{stem}.json", tmp_path)
    t3 = {k: v for k, v in r.cells_json["cells"].items() if k.startswith("t3.") and v is not None}
    assert len(t3) == t3_cells and set(t3.values()) == {0}


def test_real_page_oddities(tmp_path):
    _, r = _import(CORPUS / "037.json", tmp_path)  # empty cells kept as blank lines: 0 under 总计
    cells = r.cells_json["cells"]
    assert cells["t3.new.total"] == 0 and cells["t3.new.natural"] is None
    _, r = _import(CORPUS / "029.json", tmp_path)  # labels only, empty cells dropped
    cells = r.cells_json["cells"]
    # 表二 shows a lone "0" under 规章: its column cannot be known, that row is not read; the rows with no number
    # after their label are blank (the numbers after a label are its row's), none guessed.
    assert not any(k.startswith("t2.rules.") for k in cells)
    assert any("丢弃" in e.message for e in r.entries("problem"))
    assert "normative_docs" in r.bare_rows["t2"] and cells["t2.normative_docs.made"] is None
    # 表三 and 表四 have no number at all: every cell on the page is blank, none misplaced.
    assert len([k for k in cells if k.startswith("t3.")]) == 161 and len([k for k in cells if k.startswith("t4.")]) == 15
    assert {cells[k] for k in cells} == {None}
    _, r = _import(CORPUS / "049.json", tmp_path)
    assert r.cells_json["cells"]["t2.licensing.decisions"] == 270
    assert r.cells_json["cells"]["t2.punishment.decisions"] == 2
    _, r = _import(CORPUS / "095.json", tmp_path)  # vertical headers, values space-separated
    assert len([k for k in r.cells_json["cells"] if k.startswith("t4.")]) == 15
    _, r = _import(CORPUS / "055.json", tmp_path)  # traditional script with pinyin
    assert "(jù)" in r.original_text and "(jù)" not in r.text
    assert r.cells_json["format"]["t2"] == "2021"


def test_no_corpus_file_is_rejected(tmp_path):
    for entry in FILES:
        try:
            _import(entry, tmp_path)
        except NianbaoError as e:  # pragma: no cover - the assertion message is the point
            pytest.fail(f"{entry.stem}: {e}")
