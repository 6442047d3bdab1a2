"""Loading datasets: every class of bad input gives a Chinese message naming file, line and field."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, make_project, run_nianbao

from nianbao import formats
from nianbao.cells import NA, Money
from nianbao.errors import DatasetError
from nianbao.load import load

BASE = """\
id: "t-001"
organ: 测试镇人民政府
county: 测试县
year: {year}
contact:
  office: 测试镇党政办公室
  phone: "0000-1234567"
narrative:
  overview:
    intro: 本年度工作概述。
    parts:
      - title: 主动公开
        text: 按目录公开各类信息。
  problems: 公开形式仍较单一，下一步拓展渠道。
  other: 无其他需要报告的事项。
tables:
  t3:
    new: {{natural: 2, commercial: 0, research: 0, social: 0, legal: 0, other_org: 1, total: 3}}
{extra}"""


def write(tmp_path: Path, text: str | bytes, name: str = "t-001.yaml") -> Path:
    p = tmp_path / name
    if isinstance(text, str):
        p.write_text(text, encoding="utf-8")
    else:
        p.write_bytes(text)
    return p


def problems(path: Path) -> str:
    with pytest.raises(DatasetError) as e:
        load(path)
    text = str(e.value)
    assert str(path) in text  # every message names the file
    assert "Traceback" not in text
    return text


def test_minimal_dataset_loads(tmp_path):
    ds = load(write(tmp_path, BASE.format(year=2020, extra=""))).dataset
    assert ds.township_id == "t-001" and ds.fmt.code == "2019"
    assert ds.cells["t3.new.total"] == 3
    assert "t3.carried_in.total" not in ds.cells  # absent stays absent, never 0


def test_format_inferred_and_overridable(tmp_path):
    assert load(write(tmp_path, BASE.format(year=2021, extra=""))).dataset.fmt.code == "2021"
    text = BASE.format(year=2022, extra="").replace("year: 2022", 'year: 2022\nformat: "2019"')
    assert load(write(tmp_path, text)).dataset.fmt.code == "2019"


def test_cell_values_kept_distinct(tmp_path):
    extra = ("    carried_in: {natural: ~, commercial: /, research: '', social: 0}\n"
             "  t2:\n    licensing: {change: 增13}\n    punishment: {change: 减2}\n"
             "    procurement: {projects: 4, amount: 981.93万元}\n")
    ds = load(write(tmp_path, BASE.format(year=2020, extra=extra))).dataset
    c = ds.cells
    assert c["t3.carried_in.natural"] is None and c["t3.carried_in.research"] is None
    assert c["t3.carried_in.commercial"] == NA and c["t3.carried_in.social"] == 0
    assert c["t2.licensing.change"] == 13 and c["t2.punishment.change"] == -2
    assert c["t2.procurement.amount"] == Money(value=__import__("decimal").Decimal("981.93"), unit="万元")


def test_malformed_yaml(tmp_path):
    text = problems(write(tmp_path, 'id: "a"\norgan: [测试\n'))
    assert "YAML 格式错误" in text


def test_unknown_key_suggests_spelling(tmp_path):
    text = problems(write(tmp_path, BASE.format(year=2020, extra="").replace("organ:", "orgn:")))
    assert "未知的字段“orgn”" in text and "organ" in text and "第2行" in text


def test_missing_required_field(tmp_path):
    text = problems(write(tmp_path, BASE.format(year=2020, extra="").replace("county: 测试县\n", "")))
    assert "county：缺少必填字段" in text


def test_wrong_type_id_number(tmp_path):
    text = problems(write(tmp_path, BASE.format(year=2020, extra="").replace('id: "t-001"', "id: 010")))
    assert '第1行 id' in text and '"010"' in text and "加引号" in text


def test_negative_count(tmp_path):
    extra = "    carried_in: {natural: -1}\n"
    text = problems(write(tmp_path, BASE.format(year=2020, extra=extra)))
    assert "第19行 tables.t3.carried_in.natural" in text
    assert "二、上年结转政府信息公开申请数量 · 自然人" in text and "负数" in text


@pytest.mark.parametrize("written", ["1000000000000000000000000000000", "'１０００００００００００'"])
def test_absurdly_large_count(tmp_path, written):
    extra = f"    carried_in: {{natural: {written}}}\n"
    text = problems(write(tmp_path, BASE.format(year=2020, extra=extra)))
    assert "第19行 tables.t3.carried_in.natural" in text and "数值过大" in text


def test_non_integer_count(tmp_path):
    text = problems(write(tmp_path, BASE.format(year=2020, extra="    carried_in: {legal: 2.5}\n")))
    assert "法律服务机构" in text and "整数" in text


def test_unknown_row_and_column(tmp_path):
    extra = "    denied.9: {natural: 0}\n    carried_in: {natrual: 0}\n"
    text = problems(write(tmp_path, BASE.format(year=2020, extra=extra)))
    assert "未知的字段“denied.9”" in text
    assert "未知的字段“natrual”，是否应为“natural”" in text


def test_2021_row_in_2019_dataset(tmp_path):
    text = problems(write(tmp_path, BASE.format(year=2020, extra="    other.1: {natural: 0}\n")))
    assert "2021年版格式" in text and "本数据集（2020年度）使用2019年版格式" in text


def test_2019_column_in_2021_dataset(tmp_path):
    extra = "  t2:\n    licensing: {prev_items: 3}\n"
    text = problems(write(tmp_path, BASE.format(year=2021, extra=extra)))
    assert "“上一年项目数量”是2019年版格式" in text


def test_year_before_any_format(tmp_path):
    text = problems(write(tmp_path, BASE.format(year=2015, extra="")))
    assert "2015年度没有适用的表格格式" in text


def test_duplicate_key(tmp_path):
    text = problems(write(tmp_path, BASE.format(year=2020, extra="    new: {natural: 1}\n")))
    assert "字段重复出现" in text and "tables.t3.new" in text


def test_gb18030_file_is_read_and_said(tmp_path):
    path = write(tmp_path, BASE.format(year=2020, extra="").encode("gb18030"))
    loaded = load(path)
    assert loaded.dataset.organ == "测试镇人民政府"
    assert any("GB18030" in n.message for n in loaded.notices)


def test_utf8_bom_is_read_and_said(tmp_path):
    path = write(tmp_path, b"\xef\xbb\xbf" + BASE.format(year=2020, extra="").encode("utf-8"))
    loaded = load(path)
    assert loaded.dataset.township_id == "t-001"
    assert any("BOM" in n.message for n in loaded.notices)


@pytest.mark.parametrize("content,expected", [(b"", "文件为空"), (b"  \n\n", "文件为空"), (b"# only a comment\n", "文件为空"),
                                              (b"\x00\x01\x02binary", "不是文本文件"), (b"- a\n- b\n", "顶层应为")])
def test_empty_binary_or_not_a_mapping(tmp_path, content, expected):
    assert expected in problems(write(tmp_path, content))


def test_missing_file(tmp_path):
    assert "文件不存在" in problems(tmp_path / "nope.yaml")


def test_filename_id_mismatch_is_refused(tmp_path):
    out = problems(write(tmp_path, BASE.format(year=2020, extra=""), name="other.yaml"))
    assert "第1行 id" in out and "文件名“other”与编号“t-001”不一致" in out


def test_year_folder_mismatch_is_refused(tmp_path):
    (tmp_path / "2021").mkdir()
    out = problems(write(tmp_path / "2021", BASE.format(year=2020, extra="")))
    assert "第4行 year" in out and "“2021”年度目录" in out


def test_a_folder_that_is_not_a_year_says_nothing_of_the_year(tmp_path):
    assert load(write(tmp_path, BASE.format(year=2020, extra=""))).dataset.year == 2020


def test_row_sets_per_format():
    f19, f21 = formats.get("2019"), formats.get("2021")
    t3_19, t3_21 = f19.tables["t3"], f21.tables["t3"]
    assert sum(len(r.columns) for r in t3_19.rows) == 161 and sum(len(r.columns) for r in t3_21.rows) == 175
    assert [r.key for r in t3_21.rows if r.key.startswith("other")] == ["other.1", "other.2", "other.3"]
    assert [r.key for r in t3_19.rows if r.key.startswith("other")] == ["other"]
    assert "procurement" in [r.key for r in f19.tables["t2"].rows]
    assert "procurement" not in [r.key for r in f21.tables["t2"].rows]
    assert formats.for_year(2020) is f19 and formats.for_year(2021) is f21 and formats.for_year(2030) is f21


def test_cli_validate_reports_without_traceback(tmp_path):
    bad = write(tmp_path, BASE.format(year=2020, extra="    carried_in: {natural: -1}\n"))
    (tmp_path / "ok").mkdir()
    good = write(tmp_path / "ok", BASE.format(year=2020, extra=""))
    r = subprocess.run([sys.executable, "-m", "nianbao", "validate", str(good), str(bad)],
                       capture_output=True, text=True)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr + r.stdout
    assert "负数" in r.stderr and "✓" in r.stdout


def test_text_fields_have_natural_limits(tmp_path):
    text = BASE.format(year=2020, extra="").replace("organ: 测试镇人民政府", "organ: " + "镇" * 5000)
    out = problems(write(tmp_path, text))
    assert "第2行 organ" in out and "文字过长（最多 100 个字符，实际 5000 个）" in out


def test_parts_limited_to_what_the_renderer_numbers(tmp_path):
    part = "      - title: 主动公开\n        text: 按目录公开各类信息。\n"
    text = BASE.format(year=2020, extra="").replace(part, part * 21)
    out = problems(write(tmp_path, text))
    assert "narrative.overview.parts" in out and "项数过多（最多 20 项，实际 21 项）" in out


@pytest.mark.parametrize("bad", ["javascript:alert(1)", "../../etc/passwd", "a b", "-x", ""])
def test_township_id_is_a_safe_name(tmp_path, bad):
    out = problems(write(tmp_path, BASE.format(year=2020, extra="").replace('id: "t-001"', f'id: "{bad}"')))
    assert "第1行 id" in out and "编号只能由文字、数字" in out


def test_township_id_may_be_written_in_chinese(tmp_path):
    path = write(tmp_path, BASE.format(year=2020, extra="").replace('id: "t-001"', 'id: "测试镇-2"'), "测试镇-2.yaml")
    assert load(path).dataset.township_id == "测试镇-2"


def test_non_regular_files_are_refused_before_reading(tmp_path):
    import os

    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    assert "不是普通文件" in problems(fifo)  # would block forever if it were opened
    assert "不是普通文件" in problems(Path("/dev/zero"))
    assert "这是一个目录" in problems(tmp_path)


def test_oversized_file_is_refused(tmp_path):
    from nianbao.load import DATASET_MAX_BYTES

    path = tmp_path / "t-001.yaml"
    path.write_bytes(b"# padding\n" * (DATASET_MAX_BYTES // 10 + 1))
    assert "文件过大" in problems(path)


@pytest.mark.parametrize("rel", [
    "data/2021/150724-xxxx.yaml",  # the example: the 2020 (2019-format) seed copied into 2021
    "data/2020/other.yaml",  # an id that is not the file name
])
def test_validate_check_and_batch_refuse_a_misplaced_dataset_alike(tmp_path, rel):
    """One rule, one message: `validate`, `check` and `batch` all go through load.placement_problems."""
    seed = (ROOT / "data/2020/150724-bycg.yaml").read_text(encoding="utf-8")
    root = make_project(tmp_path, {rel: seed})
    with pytest.raises(DatasetError) as e:
        load(root / rel)
    message = str(e.value)
    assert "文件名" in message or "年度目录" in message
    assert run_nianbao(root, "params").returncode == 0
    said = {}
    for args in (("validate", rel), ("check", rel), ("batch", "--no-progress")):
        r = run_nianbao(root, *args)
        assert r.returncode in (1, 2) and "Traceback" not in r.stdout + r.stderr, (args, r.stderr)
        said[args[0]] = r.stdout + r.stderr
    for command, text in said.items():  # the same lines (the file named relative or absolute, as it was given)
        for line in message.splitlines():
            assert line.split(f"{root}/")[-1] in text, (command, line, text)
    assert not list(root.glob("output/*/*/*.html"))  # nothing published under the wrong name
