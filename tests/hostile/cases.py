"""Every bad-input class tried against nianbao, as data: the single list behind tests/hostile/test_cases.py and
docs/bad-input.md (written by tests/hostile/write_doc.py; a test fails when the page is stale).

A case builds a throw-away project (the seed township, its params file, the master notebook), changes one thing,
and runs one ``nianbao`` command in-process through its real entry point (``nianbao.cli.main``).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SEED = "data/2020/150724-bycg.yaml"
PARAMS = "params/2020/150724-bycg.yaml"
SEED_TEXT = (ROOT / SEED).read_text(encoding="utf-8")
DELETE = object()
SECONDS = 30  # a case that takes longer is a hang


@dataclass(frozen=True)
class Case:
    group: str
    name: str  # what is wrong, in the words of the doc table
    args: tuple[str, ...]  # the nianbao command
    files: dict  # path in the project → text or bytes (None: remove it)
    prepare: Callable[[Path], None] | None = None  # what files cannot say: FIFOs, symlinks

    @property
    def command(self) -> str:
        return "nianbao " + " ".join(self.args)


def seed() -> dict:
    return yaml.safe_load(SEED_TEXT)


def mutated(path: tuple, value) -> str:
    """The seed dataset with one value set (or removed), as YAML."""
    data = seed()
    node = data
    for key in path[:-1]:
        node = node[key]
    if value is DELETE:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def replaced(old: str, new: str) -> str:
    assert old in SEED_TEXT, old
    return SEED_TEXT.replace(old, new, 1)


CASES: list[Case] = []


def _add(group: str, name: str, args: tuple, files: dict, prepare=None) -> None:
    CASES.append(Case(group, name, args, files, prepare))


# ---------------------------------------------------------------- dataset values (nianbao validate)

VALUES = "数据取值"
VALIDATE = ("validate", SEED)
CHECK = ("check", SEED)
for name, path, value in [
    ("编号是数字（未加引号）", ("id",), 150724),
    ("编号为空", ("id",), ""),
    ("编号含冒号（javascript: 链接）", ("id",), "javascript:alert(1)"),
    ("编号含路径（../）", ("id",), "../../etc/passwd"),
    ("编号含斜杠", ("id",), "a/b"),
    ("编号含空格", ("id",), "150724 bycg"),
    ("编号含换行和代码", ("id",), "x\nimport os"),
    ("编号 1000 个字符", ("id",), "a" * 1000),
    ("编号以“-”开头", ("id",), "-150724"),
    ("编号是列表", ("id",), ["a"]),
    ("缺少编号", ("id",), DELETE),
    ("单位名称是数字", ("organ",), 12345),
    ("单位名称为空", ("organ",), ""),
    ("单位名称 1 MB（表情和零宽字符）", ("organ",), "镇\u200b😀" * 350_000),
    ("单位名称 101 个字符", ("organ",), "镇" * 101),
    ("单位名称是列表", ("organ",), ["甲镇", "乙镇"]),
    ("单位名称是映射", ("organ",), {"name": "甲镇"}),
    ("单位名称为 null", ("organ",), None),
    ("单位名称含终端控制字符（ESC）", ("organ",), "甲镇\x1b[31m人民政府"),
    ("单位名称含响铃字符", ("organ",), "甲镇\x07人民政府"),
    ("单位名称含文字方向覆盖符（RLO）", ("organ",), "甲镇\u202e府政民人"),
    ("单位名称含换行", ("organ",), "甲镇\n人民政府"),
    ("缺少单位名称", ("organ",), DELETE),
    ("所属县为空", ("county",), ""),
    ("所属县含换页符", ("county",), "某县\x0c"),
    ("年度是文字", ("year",), "二〇二〇"),
    ("年度带引号", ("year",), "2020"),
    ("年度 1999（早于任何格式）", ("year",), 1999),
    ("年度 3000", ("year",), 3000),
    ("年度是小数", ("year",), 2020.5),
    ("年度是布尔值", ("year",), True),
    ("年度 10^30", ("year",), 10**30),
    ("格式 2030（不存在）", ("format",), "2030"),
    ("格式是数字", ("format",), 2019),
    ("联系方式是列表", ("contact",), ["办公室"]),
    ("缺少联系单位", ("contact", "office"), DELETE),
    ("电话是数字（未加引号）", ("contact", "phone"), 4708952226),
    ("电子邮箱 1000 个字符", ("contact", "email"), "a" * 1000 + "@x.cn"),
    ("下载位置含控制字符", ("contact", "download"), "网站\x00"),
    ("落款日期 2020-02-30", ("signed",), "2020-02-30"),
    ("落款日期是文字", ("signed",), "去年年底"),
    ("落款日期是数字", ("signed",), 20210120),
    ("统计期限终止日早于起始日", ("period",), {"start": "2020-12-31", "end": "2020-01-01"}),
    ("统计期限起始日 2020-13-01", ("period",), {"start": "2020-13-01", "end": "2020-12-31"}),
    ("统计期限是文字", ("period",), "全年"),
    ("未知的顶层字段", ("organisation",), "甲镇"),
    ("缺少正文", ("narrative",), DELETE),
    ("表格是列表", ("tables",), [1, 2]),
    ("未知的表格", ("tables", "t9"), {}),
    ("表二是文字", ("tables", "t2"), "无"),
    ("未知的行", ("tables", "t3", "nonexistent_row"), {"natural": 1}),
    ("2021年版格式的行写进2019年版数据", ("tables", "t3", "result_other"), {"natural": 1}),
    ("未知的列", ("tables", "t3", "new", "alien"), 1),
    ("行是数字", ("tables", "t3", "new"), 5),
    ("单元格为负数", ("tables", "t3", "new", "natural"), -1),
    ("单元格 10^30", ("tables", "t3", "new", "natural"), 10**30),
    ("单元格 1,000,000,000", ("tables", "t3", "new", "natural"), 1_000_000_000),
    ("单元格是小数", ("tables", "t3", "new", "natural"), 1.5),
    ("单元格是汉字数字", ("tables", "t3", "new", "natural"), "十"),
    ("单元格是布尔值", ("tables", "t3", "new", "natural"), True),
    ("单元格是列表", ("tables", "t3", "new", "natural"), [1]),
    ("单元格是 NaN", ("tables", "t3", "new", "natural"), float("nan")),
    ("单元格是无穷大", ("tables", "t3", "new", "natural"), float("inf")),
    ("单元格是日期", ("tables", "t3", "new", "natural"), "2020-01-01"),
    ("金额单元格含公式（=HYPERLINK）", ("tables", "t2", "procurement", "amount"), "=HYPERLINK(\"http://x\")"),
    ("确认项（waivers）不是列表", ("waivers",), {"rule": "x"}),
    ("确认项缺少理由", ("waivers",), [{"rule": "cross.t3.carry", "cells": ["t3.new.natural"]}]),
    ("确认项没有指明单元格或原文", ("waivers",), [{"rule": "cross.t3.carry", "reason": "合并"}]),
    ("缺少总体情况", ("narrative", "overview"), DELETE),
    ("总体情况分项 21 个（超过上限）", ("narrative", "overview", "parts"), [{"title": f"分项{i}", "text": "正文"} for i in range(21)]),
    ("分项小标题为空", ("narrative", "overview", "parts"), [{"title": "", "text": "正文"}]),
    ("分项小标题 101 个字符", ("narrative", "overview", "parts"), [{"title": "题" * 101, "text": "正文"}]),
    ("分项缺少正文", ("narrative", "overview", "parts"), [{"title": "主动公开"}]),
    ("分项是文字", ("narrative", "overview", "parts"), ["主动公开"]),
    ("正文一节 50001 个字符", ("narrative", "problems"), "问" * 50_001),
    ("正文一节为空", ("narrative", "other"), ""),
    ("正文含终端控制字符", ("narrative", "problems"), "问题\x1b]0;标题\x07"),
    ("正文是列表", ("narrative", "problems"), ["一", "二"]),
    ("正文是数字", ("narrative", "other"), 0),
    ("正文未知的字段", ("narrative", "summary"), "总结"),
]:
    _add(VALUES, name, VALIDATE, {SEED: mutated(path, value)})
for name, old, new in [
    ("总计与各列之和不符（审核意见，错误级）", "new: {natural: 0, commercial: 0", "new: {natural: 5, commercial: 0"),
    ("结转关系不符（审核意见）", "carried_in: {natural: 0, commercial: 0", "carried_in: {natural: 3, commercial: 0"),
]:
    _add(VALUES, name, CHECK, {SEED: replaced(old, new)})

# ---------------------------------------------------------------- dataset text: bytes and encodings

TEXT = "数据文本与编码"
for name, data in [
    ("空文件", b""),
    ("只有空白", b"   \n\n  \n"),
    ("只有注释", "# 只有注释\n".encode()),
    ("含 NUL 字节", SEED_TEXT.encode() + b"\x00"),
    ("随机二进制", bytes(range(256)) * 20),
    ("GBK 编码（可读，提示另存为 UTF-8）但编号错", replaced('id: "150724-bycg"', 'id: 150724').encode("gb18030")),
    ("UTF-16 编码", SEED_TEXT.encode("utf-16")),
    ("Latin-1 乱码", "organ: Ã©Ã¨\nid: \xff\xfe\n".encode("latin-1")),
    ("无效的 UTF-8 字节", b"id: \"a\"\norgan: \xe9\x95\n"),
    ("UTF-8 BOM 加编号错误", b"\xef\xbb\xbf" + replaced('id: "150724-bycg"', "id: 150724").encode()),
    ("PNG 图片改名为 .yaml", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100),
    ("PDF 改名为 .yaml", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
    ("zip 压缩包改名为 .yaml", b"PK\x03\x04" + b"\x00" * 100),
    ("Tab 缩进", replaced("contact:\n  office:", "contact:\n\toffice:").encode()),
    ("引号没有闭合", replaced('id: "150724-bycg"', 'id: "150724-bycg').encode()),
    ("值中含冒号未加引号", replaced("organ: 巴彦嵯岗苏木人民政府", "organ: a: b").encode()),
    ("缩进不一致", replaced("  phone:", "   phone:").encode()),
    ("字段重复出现", replaced("county: 鄂温克族自治旗", "county: 鄂温克族自治旗\ncounty: 另一个旗").encode()),
    ("顶层是列表", b"- a\n- b\n"),
    ("顶层是文字", "只是一句话\n".encode()),
    ("顶层是数字", b"42\n"),
    ("两个 YAML 文档", (SEED_TEXT + "\n---\nid: x\n").encode()),
    ("只有文档分隔符", b"---\n...\n"),
    ("括号没有闭合", b"id: [1, 2\n"),
    ("YAML 转义的孤立代理字符", b'id: "150724-bycg"\norgan: "\\ud800"\n'),
    ("YAML 转义的 NUL 字符", replaced("organ: 巴彦嵯岗苏木人民政府", 'organ: "甲\\0乙"').encode()),
    ("YAML 转义的 ESC 字符", replaced("organ: 巴彦嵯岗苏木人民政府", 'organ: "甲\\e[2J乙"').encode()),
    ("文件 3 MB（超过上限）", b"# " + b"x" * (3 * 1024 * 1024) + b"\n"),
    ("一行 1.9 MB 的值", ("organ: " + "镇" * 600_000 + "\n").encode()),
]:
    _add(TEXT, name, VALIDATE, {SEED: data})

# ---------------------------------------------------------------- YAML structure

STRUCT = "YAML 结构"


def _bomb(levels: int = 9) -> str:
    lines = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    for i in range(1, levels):
        name, prev = chr(97 + i), chr(96 + i)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


for name, text in [
    ("别名炸弹（9 层、每层 9 个别名）", _bomb()),
    ("别名炸弹写在正文字段里", replaced("  other: |\n", "  other: *z\nz: &z [1]\nx:\n  y: |\n")),
    ("锚点与别名（单个）", replaced("county: 鄂温克族自治旗", "county: &c 鄂温克族自治旗\nseat: *c")),
    ("合并键（<<）", replaced("contact:\n", "base: &b {office: 甲}\ncontact:\n  <<: *b\n")),
    ("未定义的别名", replaced("county: 鄂温克族自治旗", "county: *nowhere")),
    ("嵌套 30 层（块格式）", "a:\n" + "".join("  " * i + "- \n" for i in range(1, 31))),
    ("嵌套 5000 层（流格式）", "a: " + "[" * 5000 + "]" * 5000 + "\n"),
    ("嵌套 100000 层（流格式）", "a: " + "{b: " * 100_000 + "1" + "}" * 100_000 + "\n"),
    ("Python 对象标签（!!python/object）", "!!python/object/apply:os.system [\"touch PWNED\"]\n"),
    ("Python 名称标签（!!python/name）", replaced("county: 鄂温克族自治旗", "county: !!python/name:os.system")),
    ("自定义标签（!foo）", replaced("county: 鄂温克族自治旗", "county: !foo 鄂温克族自治旗")),
    ("二进制标签（!!binary）", replaced("county: 鄂温克族自治旗", "county: !!binary aGVsbG8=")),
    ("集合标签（!!set）", replaced("county: 鄂温克族自治旗", "county: !!set {a, b}")),
    ("时间戳当作单位名称", replaced("organ: 巴彦嵯岗苏木人民政府", "organ: 2020-01-01 10:00:00")),
    ("数字当作键", replaced("county: 鄂温克族自治旗", "county: 鄂温克族自治旗\n1: x")),
    ("null 当作键", replaced("county: 鄂温克族自治旗", "county: 鄂温克族自治旗\n~: x")),
    ("列表当作键（复杂键）", replaced("county: 鄂温克族自治旗", "county: 鄂温克族自治旗\n? [a, b]\n: x")),
    ("YAML 2.0 指令", "%YAML 2.0\n---\n" + SEED_TEXT),
    ("10 万个键", "".join(f"k{i}: {i}\n" for i in range(100_000))),
    ("表格行写成 10 万项的列表",
     replaced("new: {natural: 0, commercial: 0", "new: [" + "0, " * 100_000 + "0]\n    x: {natural: 0, commercial: 0")),
]:
    _add(STRUCT, name, VALIDATE, {SEED: text})
_add(STRUCT, "别名炸弹交给 check", CHECK, {SEED: _bomb()})


# ---------------------------------------------------------------- files and paths

FILES = "文件与路径"


def _fifo(rel: str):
    def make(root: Path) -> None:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(root / rel)
    return make


def _link(rel: str, target: str):
    def make(root: Path) -> None:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).symlink_to(target)
    return make


def _replace_with_file(rel: str):
    def make(root: Path) -> None:
        shutil.rmtree(root / rel)
        (root / rel).write_bytes(b"not a folder")
    return make


def _mkdir(rel: str):
    return lambda root: (root / rel).mkdir(parents=True)


for name, args, files, prepare in [
    ("数据文件不存在", ("validate", "data/2020/none.yaml"), {}, None),
    ("数据文件是目录", ("validate", "data/2020/dir.yaml"), {}, _mkdir("data/2020/dir.yaml")),
    ("数据文件是命名管道（FIFO）", ("validate", "data/2020/fifo.yaml"), {}, _fifo("data/2020/fifo.yaml")),
    ("数据文件是 /dev/zero", ("validate", "/dev/zero"), {}, None),
    ("数据文件是 /dev/null", ("validate", "/dev/null"), {}, None),
    ("数据文件是 /dev/urandom", ("check", "/dev/urandom"), {}, None),
    ("数据文件是悬空的符号链接", ("validate", "data/2020/dangling.yaml"), {}, _link("data/2020/dangling.yaml", "/nonexistent/x.yaml")),
    ("数据文件是指向系统文件的符号链接", ("validate", "data/2020/passwd.yaml"), {}, _link("data/2020/passwd.yaml", "/etc/passwd")),
    ("数据文件是指向 /dev/zero 的符号链接", ("validate", "data/2020/zero.yaml"), {}, _link("data/2020/zero.yaml", "/dev/zero")),
    ("文件名与编号不一致", ("validate", "data/2020/other-name.yaml"), {"data/2020/other-name.yaml": SEED_TEXT}, None),
    ("文件放在别的年度目录", ("validate", "data/2021/150724-bycg.yaml"), {"data/2021/150724-bycg.yaml": SEED_TEXT}, None),
    ("文件名含冒号和分号（javascript:…;x.yaml）", ("validate", "data/2020/javascript:alert(1);x.yaml"),
     {"data/2020/javascript:alert(1);x.yaml": SEED_TEXT}, None),
    ("文件名含空格", ("validate", "data/2020/150724 bycg.yaml"), {"data/2020/150724 bycg.yaml": SEED_TEXT}, None),
    ("同时给出多个文件，其中一个是 FIFO", ("validate", SEED, "data/2020/fifo.yaml"), {SEED: mutated(("year",), "x")},
     _fifo("data/2020/fifo.yaml")),
    ("check 的上一年度目录是文件", ("check", SEED, "--previous", SEED), {}, None),
    ("数据目录中有非年度目录（nianbao params）", ("params",), {"data/abc/150724-bycg.yaml": SEED_TEXT}, None),
    ("数据文件名含冒号（nianbao params）", ("params",), {"data/2020/javascript:alert(1);x.yaml": SEED_TEXT}, None),
    ("数据文件名以点开头（nianbao params）", ("params",), {"data/2020/.yaml": SEED_TEXT}, None),
    ("没有任何参数文件", ("batch", "--no-progress"), {PARAMS: None}, None),
    ("未知的命令选项", ("validate", "--frobnicate"), {}, None),
    ("未知的子命令", ("frobnicate",), {}, None),
    ("--jobs 为 0", ("batch", "--jobs", "0"), {}, None),
    ("--year 不是数字", ("batch", "--year", "二〇二〇"), {}, None),
]:
    _add(FILES, name, args, files, prepare)

# ---------------------------------------------------------------- params files (nianbao batch, before any kernel)

PARAMS_GROUP = "参数文件"
BATCH = ("batch", "--no-progress")
GOOD_PARAMS = f"dataset: {SEED}\ntownship_id: \"150724-bycg\"\n"
for name, text in [
    ("键名含换行和语句（代码注入）", GOOD_PARAMS + "\"x\\nopen('PWNED', 'w').write('1')\\ny\": 1\n"),
    ("键名是 Python 语句", GOOD_PARAMS + "\"__import__('os').system('touch PWNED')\": 1\n"),
    ("值里含换行和语句", f"dataset: \"{SEED}\\nopen('PWNED', 'w')\"\n"),
    ("dataset 值含引号和语句", f"dataset: '{SEED}\"; open(\"PWNED\", \"w\"); \"'\n"),
    ("未声明的参数", GOOD_PARAMS + "debug: true\n"),
    ("参数 findings_path（由 batch 设定）", GOOD_PARAMS + "findings_path: /etc/passwd\n"),
    ("参数 review（旧版母版的参数，现已不声明）", GOOD_PARAMS + "review: false\n"),
    ("参数 comparison（由 batch 设定）", GOOD_PARAMS + "comparison: /etc/passwd\n"),
    ("dataset 是数字", "dataset: 5\n"),
    ("dataset 是列表", "dataset: [a, b]\n"),
    ("dataset 是映射（值为代码）", "dataset: {\"__import__('os')\": 1}\n"),
    ("dataset 为 null", "dataset:\n"),
    ("缺少 dataset", "township_id: \"150724-bycg\"\n"),
    ("dataset 是绝对路径", "dataset: /etc/passwd\n"),
    ("dataset 用 ../ 离开项目", "dataset: ../../../../etc/passwd\n"),
    ("dataset 在项目中但不在 data/", "dataset: pyproject.toml\n"),
    ("dataset 不在年度目录", "dataset: data/150724-bycg.yaml\n"),
    ("dataset 文件名含冒号", "dataset: \"data/2020/javascript:alert(1);x.yaml\"\n"),
    ("dataset 文件不存在", "dataset: data/2020/none.yaml\n"),
    ("dataset 以 ~ 开头", "dataset: ~/x.yaml\n"),
    ("township_id 是数字", f"dataset: {SEED}\ntownship_id: 150724\n"),
    ("township_id 含冒号", f"dataset: {SEED}\ntownship_id: \"javascript:x\"\n"),
    ("township_id 是列表", f"dataset: {SEED}\ntownship_id: [a]\n"),
    ("参数文件为空", ""),
    ("参数文件顶层是列表", "- dataset\n"),
    ("参数文件含锚点与别名", f"dataset: &d {SEED}\ntownship_id: *d\n"),
    ("参数文件中的别名炸弹", _bomb()),
    ("参数文件 YAML 语法错误", "dataset: [\n"),
    ("参数文件中键重复", f"dataset: {SEED}\ndataset: {SEED}\n"),
    ("参数文件含 Python 标签", "dataset: !!python/object/apply:os.system [\"touch PWNED\"]\n"),
    ("参数文件嵌套 5000 层", "dataset: " + "[" * 5000 + "]" * 5000 + "\n"),
]:
    _add(PARAMS_GROUP, name, BATCH, {PARAMS: text})
for name, files, prepare in [
    ("参数文件是二进制", {PARAMS: b"\x00\xff" * 100}, None),
    ("参数文件是 GBK 编码", {PARAMS: "dataset: 数据.yaml\n".encode("gb18030")}, None),
    ("参数文件 100 KB", {PARAMS: "# " + "x" * 100_000 + "\n" + GOOD_PARAMS}, None),
    ("参数文件是 FIFO", {PARAMS: None}, _fifo(PARAMS)),
    ("参数文件是目录", {PARAMS: None}, _mkdir(PARAMS)),
    ("参数文件是指向 /dev/zero 的符号链接", {PARAMS: None}, _link(PARAMS, "/dev/zero")),
    ("参数文件名含冒号（javascript:…;x.yaml）", {PARAMS: None, "params/2020/javascript:alert(1);x.yaml": GOOD_PARAMS}, None),
    ("params/ 下有非年度目录", {"params/abc/150724-bycg.yaml": GOOD_PARAMS}, None),
    ("dataset 是指向项目外的符号链接", {PARAMS: "dataset: data/2020/outside.yaml\n"}, _link("data/2020/outside.yaml", "/etc/passwd")),
    ("dataset 是指向项目外目录的符号链接中的文件", {PARAMS: "dataset: data/2020/x.yaml\n", "data/2020": None}, _link("data/2020", "/etc")),
    ("数据目录是文件", {PARAMS: GOOD_PARAMS}, _replace_with_file("data")),
    ("参数文件中的数据有错（乡镇生成失败）", {SEED: mutated(("year",), "二〇二〇")}, None),
]:
    _add(PARAMS_GROUP, name, BATCH, files, prepare)

for name, text in [
    ("手写参数文件的键名含换行和语句（nianbao params）", GOOD_PARAMS + "\"x\\nopen('PWNED', 'w').write('1')\\ny\": 1\n"),
    ("手写参数文件的 dataset 离开项目（nianbao params）", "dataset: ../../../../etc/passwd\n"),
    ("手写参数文件的 township_id 是数字（nianbao params）", f"dataset: {SEED}\ntownship_id: 150724\n"),
]:
    _add(PARAMS_GROUP, name, ("params",), {PARAMS: text})

# ---------------------------------------------------------------- report texts (nianbao import, nianbao check --report)

REPORTS = "导入的报告文本"
REPORT = "report.txt"
NOT_A_REPORT = "今天天气很好，我们去公园散步。\n" * 20
for name, rel, data in [
    ("空文件", REPORT, b""),
    ("只有空白", REPORT, b"  \n\n"),
    ("二进制", REPORT, bytes(range(256)) * 40),
    ("PNG 图片", "report.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 200),
    ("JPEG 图片", "report.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 200),
    ("旧版 Word（.doc）", "report.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500),
    ("损坏的 PDF", "report.pdf", b"%PDF-1.4\n" + b"garbage" * 100),
    ("损坏的 Word（.docx）", "report.docx", b"PK\x03\x04" + b"garbage" * 100),
    ("不是年度报告的中文文本", REPORT, NOT_A_REPORT.encode()),
    ("不是年度报告的网页", "report.html", b"<html><body><p>hello</p><p>world</p></body></html>"),
    ("只有脚本的网页", "report.html", b"<html><script>alert(1)</script><body><div></div><div></div></body></html>"),
    ("截断的报告（只有标题）", REPORT, "某镇人民政府2020年政府信息公开工作年度报告\n一、总体情况\n".encode()),
    ("大量控制字符", REPORT, ("政府信息公开工作年度报告\x01\x02\x03\x04\x05" * 200).encode()),
    ("UTF-16 文本", REPORT, ("政府信息公开工作年度报告\n" * 10).encode("utf-16")),
    ("3 MB 文本（超过上限）", REPORT, ("政府信息公开工作年度报告\n" * 120_000).encode()),
    ("一行 200 KB 的文字", REPORT, ("政" * 70_000).encode()),
    ("深层嵌套的 HTML", "report.html", (b"<div>" * 50_000) + "政府信息公开工作年度报告".encode() + b"</div>" * 50_000),
]:
    _add(REPORTS, name, ("import", rel), {rel: data})
for name, args, files, prepare in [
    ("报告文件不存在", ("import", "none.txt"), {}, None),
    ("报告是目录", ("import", "dir.txt"), {}, _mkdir("dir.txt")),
    ("报告是 FIFO", ("import", "fifo.txt"), {}, _fifo("fifo.txt")),
    ("报告是 /dev/zero", ("import", "/dev/zero"), {}, None),
    ("报告是 /dev/null", ("import", "/dev/null"), {}, None),
    ("报告 60 MB", ("import", "big.txt"), {"big.txt": b"x" * (60 * 1024 * 1024)}, None),
    ("输出文件已存在（未加 --force）", ("import", REPORT, "-o", SEED), {REPORT: NOT_A_REPORT.encode()}, None),
    ("输出文件就是输入文件", ("import", REPORT, "-o", REPORT, "--force"), {REPORT: NOT_A_REPORT.encode()}, None),
    ("--cells-json 用于工作簿", ("import", "book.xlsx", "--cells-json", "c.json"), {"book.xlsx": b"PK\x03\x04"}, None),
    ("check --report 的报告不存在", ("check", SEED, "--report", "none.html"), {}, None),
    ("check --report 的报告是 FIFO", ("check", SEED, "--report", "fifo.html"), {}, _fifo("fifo.html")),
    ("check --report 的报告是二进制", ("check", SEED, "--report", "bin.html"), {"bin.html": bytes(range(256)) * 40}, None),
    ("check --report 的报告不是年度报告", ("check", SEED, "--report", "r.txt"), {"r.txt": NOT_A_REPORT.encode()}, None),
]:
    _add(REPORTS, name, args, files, prepare)

# ---------------------------------------------------------------- workbooks (nianbao import book.xlsx)

BOOKS = "工作簿"
for name, rel, data, prepare in [
    ("随机字节改名为 .xlsx", "book.xlsx", bytes(range(256)) * 40, None),
    ("空的 .xlsx 文件", "book.xlsx", b"", None),
    ("不是工作簿的 zip", "book.xlsx", b"PK\x03\x04" + b"\x00" * 200, None),
    ("CSV 改名为 .xlsx", "book.xlsx", "编号,单位\n1,甲镇\n".encode(), None),
    ("旧版 .xls", "book.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, None),
    ("WPS .et", "book.et", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, None),
    ("工作簿是 FIFO", "book.xlsx", None, _fifo("book.xlsx")),
    ("工作簿是目录", "book.xlsx", None, _mkdir("book.xlsx")),
    ("工作簿 60 MB", "book.xlsx", b"PK\x03\x04" + b"\x00" * (60 * 1024 * 1024), None),
]:
    _add(BOOKS, name, ("import", rel), {} if data is None else {rel: data}, prepare)


def _blank_book(root: Path) -> None:
    from openpyxl import Workbook

    Workbook().save(root / "blank.xlsx")


def _macro_book(root: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active["A1"] = "=HYPERLINK(\"http://x\", \"点我\")"
    wb.save(root / "formula.xlsx")


_add(BOOKS, "不是 nianbao 模板的空白工作簿", ("import", "blank.xlsx"), {}, _blank_book)
_add(BOOKS, "只有一个公式的工作簿", ("import", "formula.xlsx"), {}, _macro_book)

# ---------------------------------------------------------------- environment

ENV = "运行环境"
_add(ENV, "output/ 是一个文件", BATCH, {"output": b"not a folder", SEED: mutated(("year",), "x")})
_add(ENV, "output/2020 是一个文件", BATCH, {"output/2020": b"not a folder", SEED: mutated(("year",), "x")})
_add(ENV, "output/2020/index.html 是目录", BATCH, {SEED: mutated(("year",), "x")}, _mkdir("output/2020/index.html"))
_add(ENV, "母版笔记本不存在", BATCH, {"notebooks/report.ipynb": None})
_add(ENV, "母版笔记本不是 JSON", BATCH, {"notebooks/report.ipynb": b"{not json"})
_add(ENV, "母版笔记本是 FIFO", BATCH, {"notebooks/report.ipynb": None}, _fifo("notebooks/report.ipynb"))
_add(ENV, "导入写出到一个文件之下（-o 文件/x.yaml）", ("import", REPORT, "-o", "report.txt/x.yaml"),
     {REPORT: NOT_A_REPORT.encode()})

# The inputs that hung or broke a whole batch, as the batch meets them: that township fails alone, at once.
BATCHED = "批量生成中的一个乡镇"
for name, files, prepare in [
    ("数据是别名炸弹（9 层、每层 9 个别名）", {SEED: _bomb()}, None),
    ("数据文件是命名管道（FIFO）", {SEED: None}, _fifo(SEED)),
    ("数据文件是指向 /dev/zero 的符号链接", {SEED: None}, _link(SEED, "/dev/zero")),
    ("单位名称 1 MB（表情和零宽字符）", {SEED: mutated(("organ",), "镇\u200b😀" * 350_000)}, None),
    ("单位名称 9 万个字符（文件不算大）", {SEED: mutated(("organ",), "镇\u200b😀" * 30_000)}, None),
    ("单元格 10^30", {SEED: mutated(("tables", "t3", "new", "natural"), 10**30)}, None),
    ("落款日期 2020-02-30", {SEED: mutated(("signed",), "2020-02-30")}, None),
    ("嵌套 100000 层（流格式）", {SEED: "a: " + "{b: " * 100_000 + "1" + "}" * 100_000 + "\n"}, None),
]:
    _add(BATCHED, name, BATCH, files, prepare)


# ---------------------------------------------------------------- running a case

def project(base: Path, case: Case) -> Path:
    """The seed project with the case's changes."""
    root = base / "proj"
    (root / "notebooks").mkdir(parents=True)
    shutil.copy(ROOT / "notebooks" / "report.ipynb", root / "notebooks")
    shutil.copy(ROOT / "pyproject.toml", root)
    files = {SEED: SEED_TEXT, PARAMS: (ROOT / PARAMS).read_text(encoding="utf-8"), **case.files}
    for rel, content in files.items():
        path = root / rel
        if content is None:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink(missing_ok=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    if case.prepare:
        case.prepare(root)
    return root


@dataclass
class Seen:
    code: int
    output: str  # stdout and stderr as the user sees them


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang()


def run(root: Path, args: tuple[str, ...], seconds: int = SECONDS) -> Seen:
    """``nianbao ARGS`` in ``root`` through the real entry point, in this process; a hang raises :class:`Hang`."""
    from nianbao.cli import main

    out = io.StringIO()
    old_argv, old_cwd = sys.argv, os.getcwd()
    sys.argv = ["nianbao", *args]
    os.chdir(root)
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(seconds)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            try:
                main()
                code = 0
            except SystemExit as e:
                code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
        sys.argv = old_argv
        os.chdir(old_cwd)
    return Seen(code, out.getvalue())


CHINESE = re.compile(r"[\u4e00-\u9fff]")
INFO = ("共 ", "参数文件 ", "手工编写", "索引页", "提示：", "新建", "更新", "删除")


def message(seen: Seen, root: Path) -> str:
    """The lines a user reads first, as the doc shows them (the throw-away project's folder named <项目>)."""
    lines = [ln.strip() for ln in seen.output.replace(str(root), "<项目>").splitlines() if CHINESE.search(ln)]
    # What went wrong before what the command did anyway (totals, files left as they were, hints).
    lines.sort(key=lambda ln: 0 if ln.startswith("✗") else 2 if ln.startswith(INFO) else 1)
    text = " / ".join(lines[:2])
    return text if len(text) <= 240 else text[:239] + "…"
