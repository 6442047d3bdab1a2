"""Reading a dataset file: bytes → text → YAML → validated dataset, with errors a clerk can act on.

Every problem names the file, the line where known, the field path and what is
expected, in Chinese. Nothing here prints or exits; callers decide how to show
:class:`~nianbao.errors.DatasetError`.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError

from . import formats as F
from .dataset import Dataset, DatasetBase, dataset_model, format_of
from .errors import DatasetError, NianbaoError, Problem
from .paths import read_input

# A township's dataset is a few tens of KB; far more is not a dataset (and would stall the batch).
DATASET_MAX_BYTES = 2 * 1024 * 1024


@dataclass
class Loaded:
    """A validated dataset with where it came from and what was noticed while reading it."""

    dataset: Dataset
    path: Path
    notices: list[Problem] = field(default_factory=list)


# ---------------------------------------------------------------- bytes → text

def read_text(path: Path) -> tuple[str, list[str]]:
    """Decode a text file written by hand: UTF-8 (with or without BOM) or GB18030/GBK.

    Returns the text and notices (in Chinese) about what had to be done to read it.
    """
    try:
        data = read_input(path, DATASET_MAX_BYTES, "数据文件")
    except NianbaoError as e:
        raise DatasetError(e.problems) from None
    if len(data) > DATASET_MAX_BYTES:  # grew while being read
        raise DatasetError(Problem(str(path), f"文件过大（数据文件最大 {DATASET_MAX_BYTES // 1024} KB）"))
    if not data.strip():
        raise DatasetError(Problem(str(path), "文件为空"))
    if b"\x00" in data:
        raise DatasetError(Problem(str(path), "不是文本文件（含二进制内容）"))
    notices = []
    if data.startswith(b"\xef\xbb\xbf"):
        notices.append("文件以 UTF-8 BOM 开头，已忽略 BOM；建议保存为不带 BOM 的 UTF-8")
        data = data[3:]
    try:
        return data.decode("utf-8"), notices
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise DatasetError(Problem(str(path), "无法识别文件编码：请保存为 UTF-8")) from None
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        raise DatasetError(Problem(str(path), "无法识别文件编码：请保存为 UTF-8")) from None
    notices.append("文件不是 UTF-8 编码，已按 GB18030（GBK）读取；建议另存为 UTF-8")
    return text, notices


# ---------------------------------------------------------------- text → YAML

_YAML_PROBLEMS = {
    "mapping values are not allowed here": "此处不能出现“:”（值里含冒号时请给整个值加引号）",
    "could not find expected ':'": "缺少“:”，或上一行的引号没有闭合",
    "found character '\\t' that cannot start any token": "不能用 Tab 缩进，请用空格",
    "expected <block end>, but found": "缩进不一致",
    "found unexpected end of stream": "文件意外结束（引号或括号没有闭合）",
    "found undefined alias": "使用了未定义的别名（*）",
    "exceeded maximum nesting depth": "嵌套过深，不是有效的数据文件",
    "did not find expected node content": "此处缺少值，或括号没有闭合",
    "did not find expected ',' or": "括号没有闭合，或项之间缺少逗号",
    "did not find expected key": "缩进不一致，或上一行缺少“:”",
    "did not find expected '-' indicator": "列表缩进不一致",
    "could not determine a constructor for the tag": "不支持的标签（以 ! 开头的写法），请直接写出值",
    "found character that cannot start any token": "含不能出现在值开头的字符（如 @、`、%），请给整个值加引号",
    "found unexpected non-alphabetical character": "锚点或别名的名称无效",
    "found unhashable key": "键不能是列表或映射",
    "found invalid Unicode character escape code": "引号内有无效的 \\u 转义",
    "found unknown escape character": "引号内有无效的转义字符（\\）",
    "found incompatible YAML document": "不支持的 YAML 版本指令（%YAML）",
    "but found another document": "文件中有多个 YAML 文档（---），只能有一个",
    "mapping values are not allowed in this context": "此处不能出现“:”（值里含冒号时请给整个值加引号）",
}


def _yaml_problem(path: Path, e: yaml.YAMLError) -> Problem:
    mark = getattr(e, "problem_mark", None)
    raw = getattr(e, "problem", None) or str(e)
    text = next((zh for en, zh in _YAML_PROBLEMS.items() if raw.startswith(en)), None)
    message = f"YAML 格式错误：{text}" if text else f"YAML 格式错误（{raw}）"
    return Problem(str(path), message, line=mark.line + 1 if mark else None)


@dataclass
class Positions:
    """Where each key path stands in the file (1-based line) and how its scalar value was written."""

    lines: dict = field(default_factory=dict)
    sources: dict = field(default_factory=dict)
    duplicates: list = field(default_factory=list)

    def line(self, loc: tuple) -> int | None:
        for n in range(len(loc), 0, -1):
            if loc[:n] in self.lines:
                return self.lines[loc[:n]]
        return None

    def add(self, node, path=()):
        if isinstance(node, yaml.MappingNode):
            seen = set()
            for k, v in node.value:
                key = k.value
                if key in seen:
                    self.duplicates.append((path + (key,), k.start_mark.line + 1))
                seen.add(key)
                self.lines[path + (key,)] = k.start_mark.line + 1
                self.add(v, path + (key,))
        elif isinstance(node, yaml.SequenceNode):
            for i, v in enumerate(node.value):
                self.lines[path + (i,)] = v.start_mark.line + 1
                self.add(v, path + (i,))
        elif isinstance(node, yaml.ScalarNode):
            self.sources[path] = node.value
        return self


# A dataset is at most five levels deep (tables → table → row → column); far more is not a dataset, and
# building it would exhaust the stack.
YAML_DEPTH_MAX = 20
# A dataset has a few hundred values (the 2021 format's cells and the narrative); tens of thousands are not a dataset.
YAML_VALUES_MAX = 20_000


def bounded_yaml(path: Path, text: str) -> None:
    """Refuse what a dataset or params file has no use for, from the parser's events, before anything is built:
    anchors and aliases (nested aliases expand exponentially: a few lines can fill memory), explicit tags,
    deep nesting and tens of thousands of values."""
    depth = values = 0
    try:
        for event in yaml.parse(text, Loader=F.SAFE_LOADER):
            line = event.start_mark.line + 1
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise DatasetError(Problem(str(path), "YAML 格式错误：不能使用锚点（&）和别名（*），请把内容直接写出",
                                           line=line))
            if getattr(event, "tag", None) is not None:  # !!python/…, !!set, !!binary, !foo: never data a dataset holds
                raise DatasetError(Problem(str(path), "YAML 格式错误：不能使用标签（以 ! 开头的写法），请直接写出值",
                                           line=line))
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > YAML_DEPTH_MAX:
                    raise DatasetError(Problem(str(path), f"YAML 嵌套过深（超过 {YAML_DEPTH_MAX} 层），不是有效的数据文件",
                                               line=line))
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            elif isinstance(event, yaml.ScalarEvent):
                values += 1
                if values > YAML_VALUES_MAX:
                    raise DatasetError(Problem(str(path), f"值过多（超过 {YAML_VALUES_MAX} 个），不是有效的数据文件",
                                               line=line))
    except yaml.YAMLError as e:
        raise DatasetError(_yaml_problem(path, e)) from None


def parse_yaml(path: Path, text: str) -> tuple[dict, Positions]:
    """Parse once: the node tree gives the line numbers, the same tree is then built into Python values."""
    bounded_yaml(path, text)
    loader = F.SAFE_LOADER(text)  # libyaml's C parser where present
    try:
        node = loader.get_single_node()
        raw = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as e:
        raise DatasetError(_yaml_problem(path, e)) from None
    finally:
        loader.dispose()
    if raw is None:
        raise DatasetError(Problem(str(path), "文件为空（没有任何字段）"))
    if not isinstance(raw, dict):
        raise DatasetError(Problem(str(path), "文件顶层应为“字段: 值”的映射，例如 organ: ××镇人民政府", line=1))
    positions = Positions().add(node)
    if positions.duplicates:
        raise DatasetError([Problem(str(path), "字段重复出现（后一个会覆盖前一个）", field=_dotted(p), line=ln)
                            for p, ln in positions.duplicates])
    return raw, positions


# ---------------------------------------------------------------- YAML → dataset

def _dotted(loc) -> str:
    return ".".join(str(p) for p in loc)


def _model_at(model: type[BaseModel] | None, loc: tuple) -> type[BaseModel] | None:
    """The model class that holds the field at ``loc`` (following aliases and list items)."""
    for part in loc:
        if model is None or isinstance(part, int):
            continue
        f = next((f for n, f in model.model_fields.items() if (f.alias or n) == part), None)
        if f is None:
            return None
        model = _inner_model(f.annotation)
    return model


def _inner_model(ann):
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return ann
    for a in getattr(ann, "__args__", ()) or ():
        m = _inner_model(a)
        if m is not None:
            return m
    return None


def _where(fmt: F.Format | None, loc: tuple) -> str | None:
    """A table cell's place in the report's own labels (表三 一、本年新收… · 自然人)."""
    if fmt is None or len(loc) < 2 or loc[0] != "tables":
        return None
    table = fmt.tables.get(str(loc[1]))
    if table is None:
        return None
    if len(loc) == 2:
        return table.short
    row = table.row(str(loc[2]))
    if row is None:
        return None
    text = f"{table.short} {row.full_label}"
    if len(loc) >= 4:
        col = row.column(str(loc[3]))
        if col is not None:
            text += f" · {col.full_label}"
    return text


def _unknown_key(model, fmt: F.Format | None, loc: tuple, year) -> str:
    key = str(loc[-1])
    parent = _model_at(model, loc[:-1])
    allowed = [f.alias or n for n, f in parent.model_fields.items()] if parent else []
    # A row or column of another format: say so rather than "unknown".
    if fmt is not None and len(loc) >= 3 and loc[0] == "tables":
        for other in F.all_formats().values():
            if other.code == fmt.code or str(loc[1]) not in other.tables:
                continue
            t = other.tables[str(loc[1])]
            if len(loc) == 3 and t.row(key):
                return (f"“{t.row(key).full_label}”是{other.name}的行，本数据集（{year}年度）"
                        f"使用{fmt.name}，没有这一行")
            if len(loc) == 4 and t.row(str(loc[2])) and t.row(str(loc[2])).column(key):
                return (f"“{t.row(str(loc[2])).column(key).label}”是{other.name}的列，本数据集（{year}年度）"
                        f"使用{fmt.name}，这一行没有这一列")
    hint = difflib.get_close_matches(key, allowed, n=1)
    msg = f"未知的字段“{key}”"
    if hint:
        msg += f"，是否应为“{hint[0]}”？"
    elif allowed:
        msg += f"；此处可用的字段：{'、'.join(allowed)}"
    return msg


def _message(err: dict, model, fmt, year, positions: Positions) -> str:
    kind, loc = err["type"], err["loc"]
    if kind == "extra_forbidden":
        return _unknown_key(model, fmt, loc, year)
    if kind == "missing":
        return "缺少必填字段"
    if kind.startswith("cell_"):
        return err["msg"]
    if kind == "string_type":
        if loc and loc[-1] in ("id", "phone", "postcode"):
            written = positions.sources.get(tuple(loc), err["input"])
            return f"应为文字，请加引号（如 \"{written}\"），否则会被当成数字"
        return f"应为文字，实际是 {err['input']!r}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"应为整数，实际是 {err['input']!r}"
    if kind == "greater_than_equal":
        return f"数值超出范围（应不小于 {err['ctx']['ge']}），实际是 {str(err['input'])[:40]}"
    if kind == "less_than_equal":
        return f"数值超出范围（应不大于 {err['ctx']['le']}），实际是 {str(err['input'])[:40]}"
    if kind.startswith("date"):
        return f"应为日期（如 2020-12-31），实际是 {err['input']!r}"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return "应为一组“字段: 值”（映射）"
    if kind == "list_type":
        return "应为列表（每项以“- ”开头）"
    if kind == "string_too_short":
        return "不能为空"
    if kind == "string_too_long":
        return f"文字过长（最多 {err['ctx']['max_length']} 个字符，实际 {len(err['input'])} 个）"
    if kind == "too_long":
        return f"项数过多（最多 {err['ctx']['max_length']} 项，实际 {err['ctx']['actual_length']} 项）"
    if kind == "string_pattern_mismatch" and loc == ("id",):
        return f"编号只能由文字、数字、“-”和“_”组成（不含冒号、斜杠、空格），实际是 {err['input'][:80]!r}"
    if kind == "string_pattern_mismatch":
        return "含控制字符或不可见的文字方向控制符（可能是从别处复制带入的），请删除后重新输入"
    if kind == "value_error":
        return err["msg"].removeprefix("Value error, ")
    return err["msg"]


def _problems(path: Path, e: ValidationError, model, fmt, year, positions) -> list[Problem]:
    out = []
    for err in e.errors():
        loc = tuple(err["loc"])
        out.append(Problem(str(path), _message(err, model, fmt, year, positions), field=_dotted(loc) or None,
                           line=positions.line(loc),
                           where=_where(fmt, loc)))
    return out


def validate_mapping(raw: dict, path: Path, positions: Positions | None = None) -> Dataset:
    """Validate an already-parsed mapping (a dataset file's content) against its format's schema."""
    positions = positions or Positions()
    code = format_of(raw)
    year = raw.get("year")
    if code is None and isinstance(year, int) and not isinstance(year, bool) and not raw.get("format"):
        first = min(f.first_year for f in F.all_formats().values())
        raise DatasetError(Problem(str(path), f"{year}年度没有适用的表格格式（最早为{first}年度）", field="year",
                                   line=positions.line(("year",))))
    model = dataset_model(code or F.codes()[-1])
    fmt = F.get(code) if code else None
    try:
        return model.model_validate(raw)
    except ValidationError as e:
        problems = _problems(path, e, model, fmt, year, positions)
        if code is None:  # tables cannot be judged before the year/format is known
            problems = [p for p in problems if not (p.field or "").startswith("tables")]
        raise DatasetError(problems) from None


def load(path: str | Path) -> Loaded:
    """Read and validate one dataset file; raises :class:`DatasetError` with every problem found."""
    path = Path(path)
    text, notes = read_text(path)
    notices = [Problem(str(path), n) for n in notes]
    try:
        raw, positions = parse_yaml(path, text)
        ds = validate_mapping(raw, path, positions)
    except DatasetError as e:
        raise DatasetError(e.problems + [Problem(str(path), f"（提示）{n.message}") for n in notices]) from None
    misplaced = placement_problems(path, ds, positions)
    if misplaced:
        raise DatasetError(misplaced)
    return Loaded(ds, path, notices)


def placement_problems(path: Path, ds: Dataset, positions: Positions | None = None) -> list[Problem]:
    """The one rule for where a dataset lives: ``data/<year>/<id>.yaml``. The batch finds townships and
    last year's dataset by file name and folder, so a file whose id or year says otherwise would be
    published under the wrong name or compared with the wrong year."""
    positions = positions or Positions()
    out = []
    if path.stem != ds.township_id:
        out.append(Problem(str(path), f"文件名“{path.stem}”与编号“{ds.township_id}”不一致：请把文件改名为"
                                      f"“{ds.township_id}.yaml”，或改正编号", field="id", line=positions.line(("id",))))
    folder = path.parent.name
    if folder.isdigit() and len(folder) == 4 and int(folder) != ds.year:
        out.append(Problem(str(path), f"文件在“{folder}”年度目录中，但报告年度是 {ds.year}：请移到 {ds.year} 目录，或改正年度",
                           field="year", line=positions.line(("year",))))
    return out


def load_dataset(path: str | Path) -> Dataset:
    return load(path).dataset


__all__ = ["Loaded", "load", "load_dataset", "read_text", "validate_mapping", "DatasetBase"]
