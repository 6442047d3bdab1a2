"""The catalog on real published text (../shared: the seed and the corpus), `nianbao check`, docs/rules.md."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import opencc
import pytest
from click.testing import CliRunner
from conftest import ROOT

from nianbao import checks, formats
from nianbao.cli import cli
from nianbao.devtools.rulesdoc import PATH as RULES_MD
from nianbao.devtools.rulesdoc import render_rules
from nianbao.importer import import_report

SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SEED = SHARED / "seeds" / "000_d58dcb8ff1b8f53b.txt"
needs_shared = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared not available")

_PINYIN = re.compile(r"\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)")


def corpus_source(name: str) -> checks.ReportSource:
    """A corpus excerpt as the checks read an imported report: its chunks, simplified, without tables."""
    d = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
    original = "\n".join(d["chunks"])
    text = opencc.OpenCC("t2s").convert(_PINYIN.sub("", original))
    return checks.ReportSource(path=name, text=text, original_text=original, year=d["year"],
                               fmt=formats.for_year(d["year"]))


# The real errors MANIFEST.md notes that fall in these rules' categories: file → rule ids that must fire.
EXPECTED = {
    "002": {"period.garbled_date"},  # 2017年1月日
    "003": {"wording.outline", "contact.phone"},  # five parts, no 复议/诉讼; 0470—8982155
    "004": {"text.sum"},  # 209 stated, the listed items do not add up
    "006": {"wording.doubled_word"},  # 主动公开政府信息情况 listed twice
    "008": {"wording.doubled_word"},  # 常务会议常务会议
    "009": {"text.sum", "wording.doubled_word"},  # 6015 + 2148 ≠ 8204; 新媒体新媒体
    "010": {"contact.url"},  # http://www、zltq、gov、cn/
    "011": {"integrity.fragment"}, "012": {"integrity.fragment"}, "014": {"integrity.fragment"},
    "015": {"integrity.fragment"}, "025": {"integrity.fragment"},  # …年度报告格式>
    "018": {"wording.document_name"},  # 【2019】
    "022": {"wording.document_name"},  # 国办公开函
    "023": {"wording.doubled_word"},  # a clause written twice
    "038": {"wording.outline"},  # 四个部分, three listed
    "047": {"wording.doubled_word"},  # 规定规定
    "048": {"integrity.spam", "wording.quotes"},  # 明升体育; 鸭南微讯”
    "050": {"integrity.fragment"},  # lines of '|'
    "055": {"wording.pinyin", "wording.traditional", "wording.outline"},
    "075": {"integrity.template"},  # ()监督保障
    "081": {"period.carry_year"},  # 转结2024年 in the 2024 report
    "082": {"wording.traditional"},
    "086": {"text.sum"},  # 200余 total, 50余 + 200余 listed
    "090": {"wording.doubled_word"},  # 工作工作
    "097": {"wording.pinyin", "wording.traditional"},
}
# Notes on these files name no error of these categories.
CLEAN = ["013", "017", "020", "024", "052", "053", "063", "066", "076", "085", "087", "089"]


@needs_shared
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_errors_are_found(name):
    found = {f.id for f in checks.run_checks(None, source=corpus_source(name))}
    assert EXPECTED[name] <= found


@needs_shared
@pytest.mark.parametrize("name", sorted(CLEAN))
def test_clean_corpus_files_raise_nothing_of_their_text(name):
    found = [f for f in checks.run_checks(None, source=corpus_source(name)) if f.category != "blank"]
    assert found == []


@needs_shared
def test_no_corpus_file_of_a_covered_year_raises_an_error():
    for path in sorted(CORPUS.glob("*.json")):
        source = corpus_source(path.stem)
        if source.fmt is None:
            continue  # 097: 2009, before any format: format.year says so
        errors = [f for f in checks.run_checks(None, source=source) if f.severity == "error"]
        assert [f.id for f in errors] == (["period.garbled_date"] if path.stem == "002" else []), path.stem


@needs_shared
def test_seed_through_the_importer():
    ds, source = checks.from_import(import_report(SEED), str(SEED))
    found = checks.run_checks(ds, source=source)
    assert ds is not None and ds.year == 2020
    assert [f for f in found if f.severity == "error"] == []
    assert any(f.id == "wording.doubled_punct" and "。。" in f.message for f in found)
    assert any(f.id == "wording.document_name" and "《条件》" in f.message for f in found)
    assert {"wording.pinyin", "wording.traditional"} <= {f.id for f in found}


class FakeImport:
    """What the importer's ImportResult offers the checks (raw, dataset, original_text, text)."""

    def __init__(self, raw, text, original_text=None):
        self.raw, self.dataset, self.text = raw, None, text
        self.original_text = original_text or text


def test_a_report_that_did_not_validate_still_has_its_cells_checked():
    raw = {"year": 2021, "organ": "某镇人民政府",
           "tables": {"t3": {"new": {"total": 3}, "granted": {"total": "x"}}}}
    ds, source = checks.from_import(FakeImport(raw, "某镇2021年政府信息公开工作年度报告\n本年度未收到政府信息公开申请。"), "r.txt")
    assert ds is None and source.cells == {"t3.new.total": 3} and source.fmt.code == "2021"
    assert "text.t3.none" in {f.id for f in checks.run_checks(None, source=source)}


# ---------------------------------------------------------------- nianbao check

def _data(tmp_path: Path, years=(2020, 2021), ident="demo-001") -> Path:
    for y in years:
        (tmp_path / "data" / str(y)).mkdir(parents=True)
        shutil.copy(ROOT / "data" / str(y) / f"{ident}.yaml", tmp_path / "data" / str(y) / f"{ident}.yaml")
    return tmp_path / "data"


def test_cli_json_and_exit_status(tmp_path):
    data = _data(tmp_path, years=(2021,))
    r = CliRunner().invoke(cli, ["check", "--json", str(data / "2021" / "demo-001.yaml")])
    assert r.exit_code == 0, r.output
    items = json.loads(r.output)
    [missing] = items  # last year's dataset is not there: said, not skipped
    assert missing["id"] == "cross.previous_missing" and "2020" in missing["message"]
    for key in ("id", "severity", "category", "message", "table", "row", "column", "evidence"):
        assert key in missing


def test_cli_finds_last_year_beside_the_dataset(tmp_path):
    data = _data(tmp_path)
    path = data / "2021" / "demo-001.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(carried_in: \{natural: )(\d+)", lambda m: m.group(1) + str(int(m.group(2)) + 1), text),
                    encoding="utf-8")
    r = CliRunner().invoke(cli, ["check", str(path)])
    assert "cross.t3.carry" in r.output and "cross.previous_missing" not in r.output
    assert r.exit_code == 1  # 上年结转 +1 also breaks the identities of the year
    r = CliRunner().invoke(cli, ["check", "--previous", str(tmp_path / "nowhere"), str(path)])
    assert "cross.previous_missing" in r.output


def test_cli_exit_status_input_problem(tmp_path):
    r = CliRunner().invoke(cli, ["check", str(tmp_path / "none.yaml")])
    assert r.exit_code == 2


def test_cli_siblings_and_similarity(tmp_path):
    data = _data(tmp_path, years=(2021,))
    twin = data / "2021" / "demo-099.yaml"
    twin.write_text((data / "2021" / "demo-001.yaml").read_text(encoding="utf-8").replace('"demo-001"', '"demo-099"'),
                    encoding="utf-8")
    args = ["check", str(data / "2021" / "demo-001.yaml"), str(twin)]
    assert "content.copy_sibling" in CliRunner().invoke(cli, args).output
    assert "content.copy_sibling" not in CliRunner().invoke(cli, args + ["--similarity", "1"]).output


@needs_shared
def test_cli_report(tmp_path):
    r = CliRunner().invoke(cli, ["check", "--json", "--report", str(SEED)])
    assert r.exit_code == 0, r.output
    assert "wording.doubled_punct" in {i["id"] for i in json.loads(r.output)}


# Two years of one township's published report, in our own words: this year copies last year's 五 word for word.
_OWN_REPORT = """青松镇{y}年政府信息公开工作年度报告
一、总体情况
{y}年，青松镇认真落实条例，通过镇政府网站主动公开各类信息，及时回应群众关切，公开栏定期更新。
二、主动公开政府信息情况
本年主动公开政策文件若干件。
三、收到和处理政府信息公开申请情况
本年度未收到政府信息公开申请。
四、政府信息公开行政复议、行政诉讼情况
本年度未发生行政复议和行政诉讼。
五、存在的主要问题及改进情况
存在信息更新不够及时、公开形式比较单一、业务能力有待提高等问题。下一步将加强业务培训，丰富公开形式，建立更新提醒制度。
六、其他需要报告的事项
无。
青松镇人民政府
{s}年1月20日
"""
_COPY_RULES = {"content.copy_previous", "content.problems_repeated"}


def _own_reports(folder: Path, years=(2021, 2022)) -> dict[int, Path]:
    out = {}
    for y in years:
        out[y] = folder / f"青松镇{y}.txt"
        out[y].write_text(_OWN_REPORT.format(y=y, s=y + 1), encoding="utf-8")
    return out


def _report_findings(*args: str) -> tuple[int, set[str], str]:
    r = CliRunner().invoke(cli, ["check", "--json", *args])
    ids = {i["id"] for i in json.loads(r.output[r.output.index("["):])} if "[" in r.output else set()
    return r.exit_code, ids, r.output


def test_cli_report_with_last_years_report_finds_copies(tmp_path):
    reports = _own_reports(tmp_path)
    code, ids, out = _report_findings("--report", str(reports[2022]), "--previous", str(reports[2021]))
    assert code == 0, out
    assert _COPY_RULES <= ids
    code, ids, out = _report_findings("--report", str(reports[2022]))
    assert not _COPY_RULES & ids  # without last year's report there is nothing to compare


def test_cli_report_finds_last_year_in_a_folder(tmp_path):
    reports = _own_reports(tmp_path)
    (tmp_path / "notes.txt").write_text("这不是报告。", encoding="utf-8")
    r = CliRunner().invoke(cli, ["check", "--report", str(reports[2022]), "--previous", str(tmp_path)])
    assert f"上一年度报告：{reports[2021]}" in r.output
    assert "content.problems_repeated" in r.output
    (reports[2021]).unlink()
    r = CliRunner().invoke(cli, ["check", "--report", str(reports[2022]), "--previous", str(tmp_path)])
    assert "中没有青松镇人民政府2021年度的报告" in r.output and "content.problems_repeated" not in r.output


def test_cli_report_refuses_a_previous_report_of_the_wrong_year(tmp_path):
    reports = _own_reports(tmp_path, years=(2020, 2022))
    r = CliRunner().invoke(cli, ["check", "--report", str(reports[2022]), "--previous", str(reports[2020])])
    assert r.exit_code == 2
    assert "上一年度报告是2020年度的" in r.output and "应给出2021年度的报告" in r.output
    r = CliRunner().invoke(cli, ["check", "--report", str(reports[2022]), "--report", str(reports[2020]),
                                 "--previous", str(reports[2020])])
    assert r.exit_code == 2 and "只能与一个 --report 同用" in r.output


# ---------------------------------------------------------------- docs/rules.md and the README


def test_readme_states_the_catalog_as_it_is():
    """The README's rule count and categories, in both languages, follow the catalog."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    categories = list(dict.fromkeys(r.category for r in checks.rules()))  # in the catalog's order
    zh = re.findall(r"规则目录（(\d+) 条：([^）]*)）", readme.replace("\n", ""))
    assert zh, "README: the sentence 规则目录（N 条：类别、…） is missing"
    [(count, names)] = zh
    assert int(count) == len(checks.rules())
    assert names.split("、") == [checks.CATEGORIES[c] for c in categories]
    en = re.findall(r"(\d+) rules in (\d+) categories", " ".join(readme.split()))
    assert en == [(str(len(checks.rules())), str(len(categories)))], en

def test_rules_reference_is_current():
    assert RULES_MD.read_text(encoding="utf-8") == render_rules(), "docs/rules.md is stale: python -m nianbao.devtools.rulesdoc"


def test_rules_reference_lists_every_rule_with_an_example():
    text = render_rules()
    for r in checks.rules():
        assert f"`{r.id}`" in text and r.example and r.example in text.replace("\\|", "|")
