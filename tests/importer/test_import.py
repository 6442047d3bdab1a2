"""nianbao import: the seed, round trips of every bundled dataset (HTML and scraped text), bad input, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ROOT, soup

from nianbao import formats as F
from nianbao.cells import plain
from nianbao.errors import NianbaoError
from nianbao.importer import import_report
from nianbao.load import load_dataset
from nianbao.render import report_html

SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_d58dcb8ff1b8f53b.txt"
BUNDLED = sorted((ROOT / "data").glob("*/*.yaml"))


def scraped_text(html: str) -> str:
    """A rendered report as a scraper flattens it: block texts one per line, table cells joined with ' | '."""
    out: list[str] = []

    def walk(el):
        for child in el.find_all(True, recursive=False):
            if child.name == "style":
                continue
            if child.name == "tr":
                out.append(" | ".join(c.get_text().strip() for c in child.find_all(["td", "th"], recursive=False)))
            elif child.name in ("p", "h1", "h2", "h3"):
                out.append(child.get_text().strip())
            else:
                walk(child)

    walk(soup(html))
    return "\n".join(out)


# ---------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed():
    if not SEED.exists():
        pytest.skip("../shared/seeds not available")
    return import_report(SEED)


def test_seed_cells_exactly(seed):
    cells = seed.cells_json["cells"]
    assert seed.cells_json["format"] == {"t2": "2019", "t3": "2019", "t4": "2019"}
    t3 = {k: v for k, v in cells.items() if k.startswith("t3.")}
    t4 = {k: v for k, v in cells.items() if k.startswith("t4.")}
    assert len(t3) == 161 and set(t3.values()) == {0}
    assert len(t4) == 15 and set(t4.values()) == {0}
    assert cells["t2.licensing.change"] == 13
    assert cells["t2.other_services.change"] == 1
    assert cells["t2.punishment.change"] == 80
    assert cells["t2.procurement.projects"] == 4
    assert cells["t2.procurement.amount"] == "981.93万元"
    bundled = load_dataset(ROOT / "data" / "2020" / "150724-bycg.yaml")
    assert cells == {k: plain(v) for k, v in bundled.cells.items()}


def test_seed_facts_and_dataset(seed):
    assert seed.cells_json["organ"] == "巴彦嵯岗苏木人民政府"
    assert seed.cells_json["year"] == 2020
    assert "2020年1月1日" in seed.cells_json["period"]
    ds = seed.dataset
    assert ds is not None and ds.county == "鄂温克族自治旗"
    assert ds.contact.phone == "0470-8952226" and ds.contact.email == "bycgsm@163.com"
    html = report_html(ds)
    assert "巴彦嵯岗苏木人民政府2020年政府信息公开工作年度报告" in html
    assert ds.narrative.problems and ds.narrative.other


def test_seed_normalisation(seed):
    assert "據(jù)" in seed.original_text and "(jù)" not in seed.text
    assert "根据" in seed.text and "根據" not in seed.text
    assert "网站标识码" not in seed.text and "ICP备" not in seed.text
    kinds = {e.kind for e in seed.log}
    assert {"found", "normalised"} <= kinds
    assert any("拼音" in e.message for e in seed.entries("normalised"))


# ---------------------------------------------------------------- round trips


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: f"{p.parent.name}/{p.stem}")
@pytest.mark.parametrize("layout", ["html", "text"])
def test_round_trip(path, layout, tmp_path):
    ds = load_dataset(path)
    html = report_html(ds)
    if layout == "html":
        # Our own markers must not be what the importer relies on: strip them like a real page would.
        html = html.replace("data-cell=", "data-x=").replace('class="', 'data-c="')
    page = tmp_path / f"page.{'html' if layout == 'html' else 'txt'}"
    page.write_text(html if layout == "html" else scraped_text(html), encoding="utf-8")
    result = import_report(page)
    assert result.cells_json["cells"] == {k: plain(v) for k, v in ds.cells.items()}
    assert result.cells_json["year"] == ds.year
    assert {v for v in result.cells_json["format"].values()} == {ds.fmt.code}
    if result.dataset is not None:
        assert result.dataset.cells == ds.cells
        assert report_html(result.dataset)


def test_blank_cells_stay_blank_and_missing_cells_are_not_zero(tmp_path):
    ds = load_dataset(ROOT / "data" / "2020" / "demo-007.yaml")
    text = scraped_text(report_html(ds))
    text = "\n".join(line for line in text.splitlines() if not line.startswith("四、结转下年度继续办理"))
    page = tmp_path / "cut.txt"
    page.write_text(text, encoding="utf-8")
    r = import_report(page)
    cells = r.cells_json["cells"]
    assert cells["t3.denied.8.natural"] is None and cells["t2.fees.change"] is None
    assert not any(k.startswith("t3.carried_out.") for k in cells)
    missing = {c for e in r.entries("not_found") for c in e.cells}
    assert "t3.carried_out.total" in missing
    assert "carried_out" not in r.raw["tables"]["t3"]


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "文件为空"),
        (b"\x00\x01\x02binary\x00" * 50, "不是文本文件"),
        (b"%PDF-1.4 ...", "PDF"),
        ("今天天气很好，我们去公园散步。\n".encode(), "不是政府信息公开工作年度报告"),
        ("一、总体情况\n今年我们组织了三次读书会。\n".encode(), "不是政府信息公开工作年度报告"),
    ],
)
def test_bad_input(tmp_path, content, message):
    page = tmp_path / "bad.txt"
    page.write_bytes(content)
    with pytest.raises(NianbaoError, match=message):
        import_report(page)


def test_page_that_starts_at_its_first_section(tmp_path):
    """Title and opening printed in another element of the page: one section heading of the format and talk of
    the regulation are enough to read it as a report (cut short, so read as partial)."""
    page = tmp_path / "first-section.txt"
    page.write_text("一、总体情况\n2022年，某乡以政务公开标准化为抓手，落实《中华人民共和国政府信息公开条例》，"
                    "围绕群众关切推进公开。\n（一）主动公开。全年通过门户网站发布信息若干条。\n", encoding="utf-8")
    assert import_report(page, partial=True).cells_json["cells"] == {}


def test_truncated_report(tmp_path, seed):
    cut = SEED.read_text(encoding="utf-8")
    cut = cut[: cut.index("第二十條第(六)項")]
    page = tmp_path / "cut.txt"
    page.write_text(cut, encoding="utf-8")
    with pytest.raises(NianbaoError, match="不完整"):
        import_report(page)
    part = import_report(page, partial=True)
    assert part.cells_json["cells"]["t2.licensing.change"] == 13
    assert "t3.new.total" not in part.cells_json["cells"]


def test_gbk_and_bom(tmp_path, seed):
    text = SEED.read_text(encoding="utf-8")
    for name, data in (("gbk.txt", text.encode("gb18030")), ("bom.txt", b"\xef\xbb\xbf" + text.encode("utf-8"))):
        page = tmp_path / name
        page.write_bytes(data)
        assert import_report(page).cells_json == seed.cells_json


# ---------------------------------------------------------------- the command


def _cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "nianbao", *args], cwd=cwd, capture_output=True, text=True)


def test_cli_writes_dataset_and_cells_json_and_never_overwrites(tmp_path, seed):
    out, cj = tmp_path / "150724-bycg.yaml", tmp_path / "cells.json"
    r = _cli("import", str(SEED), "-o", str(out), "--cells-json", str(cj), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert load_dataset(out).cells == seed.dataset.cells
    assert json.loads(cj.read_text(encoding="utf-8")) == json.loads(json.dumps(seed.cells_json, ensure_ascii=False))
    before = out.read_text(encoding="utf-8")
    r = _cli("import", str(SEED), "-o", str(out), cwd=tmp_path)
    assert r.returncode == 2 and "已存在" in r.stderr and "Traceback" not in r.stderr
    assert out.read_text(encoding="utf-8") == before
    assert _cli("import", str(SEED), "-o", str(out), "--force", cwd=tmp_path).returncode == 0


def test_cli_bad_input_writes_nothing(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("", encoding="utf-8")
    out = tmp_path / "x.yaml"
    r = _cli("import", str(page), "-o", str(out), "--cells-json", str(tmp_path / "c.json"), cwd=tmp_path)
    assert r.returncode == 2 and "文件为空" in r.stderr
    assert not out.exists() and not (tmp_path / "c.json").exists()


def test_every_format_has_a_round_trip_fixture():
    assert {load_dataset(p).fmt.code for p in BUNDLED} == set(F.codes())


def test_truncated_report_is_imported_with_partial_and_flagged(tmp_path, seed):
    cut = tmp_path / "cut.txt"
    cut.write_text(SEED.read_text(encoding="utf-8").split("今年以來")[0], encoding="utf-8")
    with pytest.raises(NianbaoError) as e:
        import_report(cut)
    assert "报告不完整" in str(e.value) and "overview" not in str(e.value)
    result = import_report(cut, partial=True)
    assert result.truncated and any("报告不完整" in x.message for x in result.entries("problem"))
    r = subprocess.run([sys.executable, "-m", "nianbao", "check", "--report", str(cut)], capture_output=True, text=True)
    assert r.returncode == 0 and "integrity.truncated" in r.stdout
