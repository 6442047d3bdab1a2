"""Bundled data (data/), the YAML writer (nianbao.dump), the generator (nianbao.devtools.synth) and docs/dataset.md."""

from __future__ import annotations

import copy
import re
import time
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from nianbao import cells as C
from nianbao import formats as F
from nianbao.devtools import synth
from nianbao.devtools.schemadoc import render_reference
from nianbao.dump import HEADER, dump
from nianbao.load import load, validate_mapping

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FILES = sorted(DATA.rglob("*.yaml"))
SEED = DATA / "2020" / "150724-bycg.yaml"
SEED_REPORT = ROOT.parent / "shared" / "seeds" / "000_d58dcb8ff1b8f53b.txt"
DEMO_FILES = sorted(p for p in FILES if p.name.startswith("demo-"))
DEFECTS = {(y, f"demo-{i:03d}"): kind for y, i, kind in synth.DEMO_DEFECTS}


def _rel(p: Path) -> str:
    return str(p.relative_to(DATA))


def _validate(raw: dict):
    return validate_mapping(raw, Path("<generated>"))


def _violations(ds) -> list[tuple[str, str]]:
    """(identity id, column or row key) for every identity of the format that does not hold.

    Only numbers are summed: an identity touching a blank, "/" or absent cell is not checkable.
    """
    fmt, cells, out = ds.fmt, ds.cells, []
    for ident in fmt.identities:
        t = fmt.tables[ident.table]
        rows, cols = [r.key for r in t.rows], [c.key for c in t.columns]
        if ident.each == "column":
            left, right = t.expand(list(ident.left), rows), t.expand(list(ident.right), rows)
            pairs = [(c, [f"{t.key}.{k}.{c}" for k in left], [f"{t.key}.{k}.{c}" for k in right]) for c in cols]
        else:
            left, right = t.expand(list(ident.left), cols), t.expand(list(ident.right), cols)
            pairs = [(r, [f"{t.key}.{r}.{k}" for k in left], [f"{t.key}.{r}.{k}" for k in right]) for r in rows]
        assert left and right, ident.id
        for where, lk, rk in pairs:
            values = [cells.get(k) for k in lk + rk]
            if not all(C.is_number(v) for v in values):
                continue
            if sum(cells[k] for k in lk) != sum(cells[k] for k in rk):
                out.append((ident.id, where))
    return out


def _blanks(ds) -> list[str]:
    return [k for k, v in ds.cells.items() if v is None]


# ---------------------------------------------------------------- bundled files

def test_bundled_files_present():
    names = {_rel(p) for p in FILES}
    assert "2020/150724-bycg.yaml" in names
    for year in synth.DEMO_YEARS:
        demo = [n for n in names if n.startswith(f"{year}/demo-")]
        assert len(demo) == synth.DEMO_SIZE >= 8


@pytest.mark.parametrize("path", FILES, ids=_rel)
def test_bundled_file_loads(path):
    loaded = load(path)
    ds = loaded.dataset
    assert loaded.notices == []
    assert ds.township_id == path.stem
    assert str(ds.year) == path.parent.name
    # every cell of the format is present (none absent), so the checks see a complete table
    assert len(ds.cells) == sum(1 for _ in ds.fmt.cells())


@pytest.mark.parametrize("path", FILES, ids=_rel)
def test_bundled_file_is_in_canonical_layout(path):
    """Bundled files are exactly what dump() writes, so re-saving them changes nothing."""
    assert dump(load(path).dataset) == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", FILES, ids=_rel)
def test_round_trip(path, tmp_path):
    ds = load(path).dataset
    out = tmp_path / f"{ds.township_id}.yaml"
    out.write_text(dump(ds), encoding="utf-8")
    again = load(out).dataset
    assert again == ds
    assert again.cells == ds.cells
    assert again.narrative == ds.narrative
    assert type(again) is type(ds)


# ---------------------------------------------------------------- the seed

def test_seed_identity_and_contact():
    ds = load(SEED).dataset
    assert (ds.township_id, ds.organ, ds.county, ds.year) == ("150724-bycg", "巴彦嵯岗苏木人民政府", "鄂温克族自治旗", 2020)
    assert ds.format is None and ds.fmt.code == "2019"
    assert ds.contact.office == "巴彦嵯岗苏木人民政府办公室"
    assert ds.contact.phone == "0470-8952226"
    assert ds.contact.email == "bycgsm@163.com"
    assert ds.contact.download == "鄂温克旗政府门户网站"
    assert [p.title for p in ds.narrative.overview.parts] == ["主动公开", "依申请公开", "政府信息管理", "政府信息公开平台建设", "监督保障"]


def test_seed_figures():
    cells = load(SEED).dataset.cells
    expected_t2 = {
        "rules": {"made": 0, "published": 0, "total_published": 0},
        "normative_docs": {"made": 0, "published": 0, "total_published": 0},
        "licensing": {"prev_items": 0, "change": 13, "decisions": 0},
        "other_services": {"prev_items": 0, "change": 1, "decisions": 0},
        "punishment": {"prev_items": 0, "change": 80, "decisions": 0},
        "coercion": {"prev_items": 0, "change": 0, "decisions": 0},
        "fees": {"prev_items": 0, "change": 0},
        "procurement": {"projects": 4, "amount": C.Money(Decimal("981.93"), "万元")},
    }
    got_t2 = {k: v for k, v in cells.items() if k.startswith("t2.")}
    assert got_t2 == {f"t2.{r}.{c}": v for r, cols in expected_t2.items() for c, v in cols.items()}
    assert cells["t2.procurement.projects"] == 4
    assert cells["t2.procurement.amount"] == C.Money(Decimal("981.93"), "万元")
    assert str(cells["t2.procurement.amount"]) == "981.93万元"
    assert cells["t2.punishment.change"] == 80
    assert cells["t2.licensing.change"] == 13
    t3 = [v for k, v in cells.items() if k.startswith("t3.")]
    t4 = [v for k, v in cells.items() if k.startswith("t4.")]
    assert len(t3) == 161 and all(v == 0 and C.is_number(v) for v in t3)
    assert len(t4) == 15 and all(v == 0 and C.is_number(v) for v in t4)


# Traditional → simplified for every traditional character that occurs in the seed report
# (checked character by character; the seed also has characters that are the same in both).
_TRAD = ("來個備傳優內兩別劃動務勢勵區協參吳員問單嚴國圍圖執堅報場夠學實審寬將專對導層屬崗廣廳強彥從復徹慮應戰戶揮擔據數斷"
         "時暫會條業極構標樣機檔檢欄權決沒況減測準溫滿濟為無熱爾獎獨獲現產當發監眾確碼礎種稱積穩節簡糾紀約級細組結絡統經綜維網"
         "緊線編總織繞繼續罰習聯職肅臨臺與舉華萬蘇處號補見規視覺訂計討訓訟訪設許訴評詢話認說調請證識議護讀讓負貫責費貼資質購贏"
         "載輿轉辦這進運過達還郵鄉釋針錄長門開間閱關陣際險電靈項順預領頭題額類風養饋馬驗體點黨")
_SIMP = ("来个备传优内两别划动务势励区协参吴员问单严国围图执坚报场够学实审宽将专对导层属岗广厅强彦从复彻虑应战户挥担据数断"
         "时暂会条业极构标样机档检栏权决没况减测准温满济为无热尔奖独获现产当发监众确码础种称积稳节简纠纪约级细组结络统经综维网"
         "紧线编总织绕继续罚习联职肃临台与举华万苏处号补见规视觉订计讨训讼访设许诉评询话认说调请证识议护读让负贯责费贴资质购赢"
         "载舆转办这进运过达还邮乡释针录长门开间阅关阵际险电灵项顺预领头题额类风养馈马验体点党")
_PINYIN = re.compile(r"\([a-zA-Z\u00c0-\u024f]+\)")  # 根據(jù) → 根據


def _comparable(text: str) -> str:
    text = _PINYIN.sub("", text).translate(str.maketrans(_TRAD, _SIMP))
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _narrative_texts(ds) -> list[str]:
    n = ds.narrative
    texts = [n.preamble, n.overview.intro, n.proactive, n.applications, n.reviews, n.problems, n.other]
    texts += [p.title + p.text for p in n.overview.parts]
    return [t for t in texts if t]


def test_trad_simp_table_is_one_to_one():
    assert len(_TRAD) == len(_SIMP) == len(set(_TRAD))


@pytest.mark.skipif(not SEED_REPORT.exists(), reason="shared/seeds not available")
def test_seed_narrative_is_a_summary_not_a_copy():
    report = SEED_REPORT.read_text(encoding="utf-8")
    texts = _narrative_texts(load(SEED).dataset)
    joined = "\n".join(texts)
    # no line of the report, in its own (traditional) script
    for line in report.splitlines():
        line = line.strip()
        if len(line) >= 8:
            assert line not in joined
    # and no 12-character run shared with the report once both are in simplified characters
    seed = _comparable(report)
    assert "政府信息公开" in seed  # the conversion works
    k = 12
    for text in texts:
        t = _comparable(text)
        copied = [t[i:i + k] for i in range(len(t) - k + 1) if t[i:i + k] in seed]
        assert not copied, copied[:3]


def test_seed_narrative_facts():
    ds = load(SEED).dataset
    text = "".join(_narrative_texts(ds))
    for fact in ("28件", "3月1日", "15个领域", "3次", "未收到政府信息公开申请", "行政复议", "行政诉讼"):
        assert fact in text
    assert not any("\u4e00" <= ch <= "\u9fff" and ch in _TRAD for ch in text)  # simplified script only


# ---------------------------------------------------------------- the demo county

def test_write_demo_reproduces_bundled_files(tmp_path):
    written = synth.write_demo(tmp_path)
    made = {str(p.relative_to(tmp_path)): p.read_bytes() for p in written}
    bundled = {_rel(p): p.read_bytes() for p in DEMO_FILES}
    assert sorted(made) == sorted(bundled)
    for name, content in bundled.items():
        assert made[name] == content, f"{name} differs from what write_demo() makes: run python -m nianbao.devtools.synth data"


def test_write_demo_removes_stale_files_only(tmp_path):
    (tmp_path / "2020").mkdir()
    (tmp_path / "2020" / "demo-999.yaml").write_text("stale", encoding="utf-8")
    (tmp_path / "2020" / "150724-bycg.yaml").write_text("keep", encoding="utf-8")
    synth.write_demo(tmp_path)
    assert not (tmp_path / "2020" / "demo-999.yaml").exists()
    assert (tmp_path / "2020" / "150724-bycg.yaml").read_text(encoding="utf-8") == "keep"


def _demo(year: int, ident: str):
    return load(DATA / str(year) / f"{ident}.yaml").dataset


@pytest.mark.parametrize("path", DEMO_FILES, ids=_rel)
def test_demo_files_clean_or_one_defect(path):
    ds = load(path).dataset
    kind = DEFECTS.get((ds.year, ds.township_id))
    assert "示例" in ds.organ and ds.county == "示例县"
    violated = {i for i, _ in _violations(ds)}
    if kind is None:
        assert violated == set() and _blanks(ds) == []
        assert ds.format is None
        if "t2.procurement.amount" in ds.cells:
            assert ds.cells["t2.procurement.amount"].unit == "万元"
    elif kind.startswith("arith."):
        assert violated == {kind}
        assert _blanks(ds) == []
    elif kind == "cell.blank":
        assert violated == set()
        assert sorted(_blanks(ds)) == sorted([f"t3.denied.8.{c.key}" for c in ds.fmt.tables["t3"].columns]
                                             + ["t2.fees.change"])
    elif kind == "unit.procurement":
        assert violated == set()
        amount = ds.cells["t2.procurement.amount"]
        assert amount.unit is None and amount.value > 0
    elif kind == "format.year":
        assert violated == set()
        assert ds.year >= 2021 and ds.format == "2019" and not ds.fmt.covers(ds.year)
        assert "t3.other.natural" in ds.cells and "t2.procurement.amount" in ds.cells
    else:  # pragma: no cover
        pytest.fail(f"unexpected defect {kind}")


def test_demo_defects_listed_in_readme():
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    assert len({k for k in DEFECTS.values()}) == len(DEFECTS) >= 5
    for (year, ident), kind in DEFECTS.items():
        line = next((ln for ln in readme.splitlines() if f"`{year}/{ident}.yaml`" in ln), None)
        assert line is not None, f"{year}/{ident} missing from data/README.md"
        assert f"`{kind}`" in line


def test_demo_defect_locations():
    ds = _demo(2020, "demo-003")
    assert sorted(w for i, w in _violations(ds)) == ["natural", "total"]
    ds = _demo(2021, "demo-005")
    assert sorted(w for i, w in _violations(ds)) == ["unavailable.1", "unavailable.2"]
    ds = _demo(2021, "demo-006")
    assert sorted(w for i, w in _violations(ds)) == ["natural", "total"]
    ds = _demo(2021, "demo-010")
    assert _violations(ds) == [("arith.t4.total", "review")]


def test_demo_years_chain():
    for i in range(1, synth.DEMO_SIZE + 1):
        ident = f"demo-{i:03d}"
        before, after = _demo(2020, ident).cells, _demo(2021, ident).cells
        for c in synth.APPLICANTS + ("total",):
            assert after[f"t3.carried_in.{c}"] == before[f"t3.carried_out.{c}"], (ident, c)


def test_demo_chain_covers_clean_townships():
    clean = [i for i in range(1, synth.DEMO_SIZE + 1)
             if all((y, f"demo-{i:03d}") not in DEFECTS for y in synth.DEMO_YEARS)]
    assert len(clean) >= 3


# ---------------------------------------------------------------- the generator

def test_generate_is_deterministic_and_stable_per_township():
    a = synth.generate(30, 2021, seed=7)
    assert a == synth.generate(30, 2021, seed=7)
    assert a[:5] == synth.generate(5, 2021, seed=7)  # township i does not depend on n
    assert a != synth.generate(30, 2021, seed=8)
    assert [r["id"] for r in a[:3]] == ["demo-001", "demo-002", "demo-003"]
    assert len({r["organ"] for r in a}) == 30
    # the same township keeps its name and contact from year to year
    b = synth.generate(30, 2020, seed=7)
    assert [(r["organ"], r["contact"]) for r in a] == [(r["organ"], r["contact"]) for r in b]


def test_generate_leaves_global_random_alone():
    import random

    random.seed(123)
    expected = random.random()
    random.seed(123)
    synth.generate(5, 2020)
    assert random.random() == expected


@pytest.mark.parametrize("year", [2019, 2020, 2021, 2022])
def test_generated_datasets_valid_and_consistent(year):
    raws = synth.generate(60, year, seed=1, county="测试县")
    totals = []
    for raw in raws:
        ds = _validate(raw)
        assert ds.fmt is F.for_year(year) and ds.format is None
        assert ds.county == "测试县" and ds.organ.startswith("测试县")
        assert _violations(ds) == []
        assert _blanks(ds) == []
        assert len(ds.cells) == sum(1 for _ in ds.fmt.cells())
        for key, v in ds.cells.items():
            col = key.rsplit(".", 1)[1]
            if isinstance(v, C.Money):
                assert v.unit == "万元" and v.value >= 0
            elif col != "change":
                assert C.is_number(v) and v >= 0, key
        cells = ds.cells
        if "t2.normative_docs.published" in cells:
            assert cells["t2.normative_docs.published"] <= cells["t2.normative_docs.total_published"]
        if "t3.other.2.total" in cells:
            assert cells["t3.other.2.total"] == 0  # section 六 says no fees were collected
        # the narrative quotes the tables' figures
        applications = next(p.text for p in ds.narrative.overview.parts if p.title == "依申请公开")
        new = cells["t3.new.total"]
        assert (f"收到政府信息公开申请{new}件" in applications) if new else ("未收到" in applications)
        if cells["t3.carried_out.total"]:
            assert f"结转下年度继续办理{cells['t3.carried_out.total']}件" in applications
        if cells["t4.review.total"]:
            assert f"行政复议{cells['t4.review.total']}件" in applications
        assert [p.title for p in ds.narrative.overview.parts] == ["主动公开", "依申请公开", "政府信息管理", "政府信息公开平台建设", "监督保障"]  # noqa: E501
        assert ds.narrative.problems.strip() and ds.narrative.other.strip()
        # from 2021 section 六 reports the 信息处理费 collected (here: none); earlier reports do not mention it
        assert ("信息处理费" in ds.narrative.other) == (year >= 2021)
        totals.append(new)
    # realistic: mostly 0–10 applications, some townships with none
    assert sum(1 for n in totals if n == 0) >= 5
    assert sum(1 for n in totals if n <= 10) >= 0.8 * len(totals)
    assert max(totals) <= 40


@pytest.mark.parametrize("year", [2019, 2020, 2021])
def test_generated_years_chain(year):
    before = [_validate(r).cells for r in synth.generate(80, year, seed=2)]
    after = [_validate(r).cells for r in synth.generate(80, year + 1, seed=2)]
    for b, a in zip(before, after):
        for c in synth.APPLICANTS + ("total",):
            assert a[f"t3.carried_in.{c}"] == b[f"t3.carried_out.{c}"]
        if F.for_year(year) is F.for_year(year + 1):
            t2 = F.for_year(year).tables["t2"]
            for row in t2.rows:
                if row.column("prev_items"):
                    k = f"t2.{row.key}"
                    assert a[f"{k}.prev_items"] == b[f"{k}.prev_items"] + b[f"{k}.change"]
            if "t2.normative_docs.in_force" in a:
                k = "t2.normative_docs"
                assert a[f"{k}.in_force"] == b[f"{k}.in_force"] + a[f"{k}.made"] - a[f"{k}.repealed"]


def test_generate_with_old_format():
    raw = synth.generate(3, 2021, table_format="2019")[1]
    ds = _validate(raw)
    assert ds.format == "2019" and ds.year == 2021 and _violations(ds) == []


def test_generate_rejects_year_without_format():
    with pytest.raises(ValueError):
        synth.generate(1, 2015)


def test_generate_1000_is_fast():
    start = time.perf_counter()
    raws = synth.generate(1000, 2021)
    elapsed = time.perf_counter() - start
    assert len(raws) == 1000 and len({r["id"] for r in raws}) == 1000
    assert len({r["organ"] for r in raws}) == 1000
    assert elapsed < 3.0, elapsed


def test_apply_defect_copies_and_rejects_unknown():
    raw = synth.generate(1, 2020)[0]
    before = copy.deepcopy(raw)
    synth.apply_defect(raw, "arith.t3.outcomes")
    assert raw == before
    with pytest.raises(ValueError):
        synth.apply_defect(raw, "no.such.defect")
    assert set(synth.DEFECTS) == {k for _, _, k in synth.DEMO_DEFECTS}


# ---------------------------------------------------------------- dump

def test_dump_of_raw_equals_dump_of_dataset():
    for year in (2020, 2021):
        for raw in synth.generate(25, year, seed=4):
            assert dump(raw) == dump(_validate(raw))


def test_dump_layout():
    raw = synth.generate(1, 2020)[0]
    t2 = raw["tables"]["t2"]
    t2["licensing"]["change"] = "增13"
    t2["punishment"]["change"] = "减2"
    t2["coercion"]["change"] = "+3"
    t2["procurement"]["amount"] = "981.93万元"
    t2["rules"] = {"made": "/", "published": "／", "total_published": None}
    raw["tables"]["t3"]["new"]["natural"] = "０"
    raw["id"] = "010"
    text = dump(raw)
    lines = text.splitlines()
    assert lines[0] == HEADER and lines[0].startswith("#") and "docs/dataset.md" in lines[0]
    top = [ln.split(":")[0] for ln in lines if ln and not ln[0].isspace() and not ln.startswith("#")]
    assert top == ["id", "organ", "county", "year", "signed", "contact", "narrative", "tables"]
    assert 'id: "010"' in lines
    assert re.search(r'^  phone: "0000-\d{7}"$', text, re.M)
    assert re.search(r'^  postcode: "\d{6}"$', text, re.M)
    assert "    rules: {made: \"/\", published: \"/\", total_published: ~}  # 规章" in lines
    assert any(ln.startswith("    licensing: {prev_items: ") and "change: 13," in ln for ln in lines)
    assert any(ln.startswith("    punishment: {") and "change: -2," in ln for ln in lines)
    assert any(ln.startswith("    coercion: {") and "change: 3," in ln for ln in lines)
    assert "    procurement: {projects: 0, amount: 981.93万元}  # 政府集中采购" in lines
    assert any(ln.startswith("    new: {natural: 0, commercial: ") for ln in lines)
    assert "  problems: |" in lines and "  other: |" in lines
    assert "    intro: |" in lines
    # rows in the order of the format description
    t3_keys = [ln.split(":")[0].strip() for ln in lines if re.match(r"^    [\w.]+: \{", ln)]
    fmt = F.get("2019")
    assert t3_keys == [r.key for t in fmt.tables.values() for r in t.rows]
    ds = _validate(yaml.safe_load(text))
    assert ds.township_id == "010" and ds.cells["t2.rules.made"] == C.NA and ds.cells["t2.rules.total_published"] is None


def test_dump_format_only_when_set_and_round_trip_of_odd_values():
    raw = synth.generate(1, 2021)[0]
    assert "\nformat:" not in dump(raw)
    raw["format"] = "2021"
    raw["period"] = {"start": "2021-01-01", "end": "2021-12-31"}
    raw["narrative"]["problems"] = "第一段：含冒号: 和 # 号\n\n第二段  \n"  # trailing spaces: no block scalar
    raw["narrative"]["overview"]["parts"][0]["title"] = "主动公开: 情况"
    del raw["tables"]["t3"]["partial"]["legal"]  # absent stays absent
    raw["tables"]["t3"]["granted"]["legal"] = None  # blank stays blank
    ds = _validate(raw)
    text = dump(ds)
    assert '\nformat: "2021"\n' in text
    back = _validate(yaml.safe_load(text))
    assert back == ds and back.cells == ds.cells
    assert "t3.partial.legal" not in back.cells and back.cells["t3.granted.legal"] is None
    assert back.narrative.problems == "第一段：含冒号: 和 # 号\n\n第二段  \n"


def test_dump_raw_keeps_what_it_cannot_read():
    raw = synth.generate(1, 2020)[0]
    raw["tables"]["t3"]["new"]["natural"] = "两件"
    raw["tables"]["t3"]["bogus"] = {"x": 1}
    raw["extra_field"] = "保留"
    back = yaml.safe_load(dump(raw))
    assert back["tables"]["t3"]["new"]["natural"] == "两件"
    assert back["tables"]["t3"]["bogus"] == {"x": 1}
    assert back["extra_field"] == "保留"


def test_dump_rejects_other_types():
    with pytest.raises(TypeError):
        dump(["not", "a", "dataset"])


# ---------------------------------------------------------------- docs/dataset.md

def test_dataset_reference_is_current():
    committed = (ROOT / "docs" / "dataset.md").read_text(encoding="utf-8")
    assert committed == render_reference(), "docs/dataset.md is stale: run python -m nianbao.schemadoc"


def test_dataset_reference_content():
    text = render_reference()
    from nianbao.dataset import Contact, DatasetBase, Narrative

    for model in (DatasetBase, Contact, Narrative):
        for name, field in model.model_fields.items():
            if field.description:
                assert field.description in text, name
    for fmt in F.all_formats().values():
        assert fmt.name in text
        for _t, r, c in fmt.cells():
            assert f"`{r.key}`" in text and f"`{c.key}`" in text and c.label in text and r.path[-1] in text
    for sample in ("~", '"/"', "981.93万元", "增13", "减2", "```yaml"):
        assert sample in text
    # the example in the reference is a valid dataset
    example = text.split("```yaml\n")[-1].split("```")[0]
    assert _validate(yaml.safe_load(example)).year == 2021


def test_generated_narratives_have_no_unfilled_placeholders():
    """Every phrase-bank template is filled: no {name} left over in any generated text."""
    for raw in synth.generate(200, 2020) + synth.generate(200, 2021):
        texts = [raw["narrative"]["problems"], raw["narrative"]["other"], raw["narrative"]["overview"].get("intro") or ""]
        texts += [p["text"] for p in raw["narrative"]["overview"]["parts"]]
        for t in texts:
            assert not re.search(r"\{\w*\}", t), t
