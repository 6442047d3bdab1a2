"""The dataset reference for township clerks (docs/dataset.md), generated from the schema.

Everything in it comes from the pydantic models (:mod:`nianbao.dataset`: field names,
Chinese descriptions, types, required or not) and the format descriptions
(:mod:`nianbao.formats`: rows, columns and their official labels), so the reference
cannot drift from what the loader accepts; ``tests/test_data.py`` fails when the
committed file differs from :func:`render_reference`.

Regenerate with ``python -m nianbao.devtools.schemadoc`` (writes docs/dataset.md) or
``python -m nianbao.devtools.schemadoc -`` (prints it).
"""

from __future__ import annotations

import datetime as dt
import sys
import types
import typing
from pathlib import Path

from pydantic import BaseModel

from .. import formats as F
from ..dataset import DatasetBase, dataset_model

# The tables field lives on the per-format models; every format describes it alike.
_TABLES_DESCRIPTION = dataset_model(F.codes()[0]).model_fields["tables"].description + "（见下文“表格的行和列”）"



def _md(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")


def _unwrap(ann):
    """Strip Optional[…] and Annotated[…] from a type annotation."""
    while True:
        origin = typing.get_origin(ann)
        if origin is typing.Annotated:
            ann = typing.get_args(ann)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(ann) if a is not type(None)]
            if len(args) != 1:
                return ann
            ann = args[0]
        else:
            return ann


def _type_name(ann) -> str:
    ann = _unwrap(ann)
    if typing.get_origin(ann) is list:
        inner = _unwrap(typing.get_args(ann)[0])
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            return "列表，每项是一组字段（见下一行起）"
        return "列表"
    if ann is str:
        return "文字"
    if ann is int:
        return "整数"
    if ann is dt.date:
        return "日期（YYYY-MM-DD）"
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return "一组字段（见下一行起）"
    return str(ann)


def _constraints(field) -> str:
    notes = []
    for m in field.metadata:
        if getattr(m, "min_length", None) == 1:
            notes.append("不能为空")
        if getattr(m, "max_length", None) is not None:
            unit = "项" if typing.get_origin(field.annotation) is list else "个字符"
            notes.append(f"最多 {m.max_length} {unit}")
        if getattr(m, "pattern", None) is not None:
            notes.append("只能由文字、数字、“-”和“_”组成")
        if getattr(m, "ge", None) is not None:
            notes.append(f"不小于 {m.ge}")
        if getattr(m, "le", None) is not None:
            notes.append(f"不大于 {m.le}")
    return "；".join(notes)


def _field_rows(model: type[BaseModel], prefix: str = "") -> list[str]:
    rows = []
    for name, field in model.model_fields.items():
        key = field.alias or name
        path = f"{prefix}{key}"
        desc = field.description or ""
        extra = _constraints(field)
        if extra:
            desc = f"{desc}（{extra}）" if desc else extra
        required = "必填" if field.is_required() else "可选"
        rows.append(f"| `{path}` | {_type_name(field.annotation)} | {required} | {_md(desc)} |")
        ann = _unwrap(field.annotation)
        if typing.get_origin(ann) is list:
            inner = _unwrap(typing.get_args(ann)[0])
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                rows.extend(_field_rows(inner, f"{path}[]."))
        elif isinstance(ann, type) and issubclass(ann, BaseModel):
            rows.extend(_field_rows(ann, f"{path}."))
    return rows


def _column_name(c: F.Column) -> str:
    return " ".join(c.path[1:]) if len(c.path) > 2 else c.label


def _column_note(c: F.Column) -> str:
    if c.kind == "signed":
        return "可为负数：增13 写 13，减2 写 -2"
    if c.kind == "money":
        if c.unit:
            return f"金额，单位为{c.unit}；只写数字即按{c.unit}"
        return "金额，须写明单位，如 981.93万元、251000元"
    return "非负整数"


def _columns_table(columns) -> list[str]:
    out = ["| 列键 | 列名（报告中的表头） | 填写 |", "|---|---|---|"]
    out += [f"| `{c.key}` | {_md(_column_name(c))} | {_column_note(c)} |" for c in columns]
    return out


def _table_section(t: F.Table) -> list[str]:
    out = [f"#### {t.short} {t.name}", ""]
    if t.layout == "blocks":
        out.append(f"表二分为若干小表，每个小表的列不同。单元格键为 `{t.key}.<行键>.<列键>`。")
        for label, columns, rows in t.blocks:
            out += ["", f"**{label}**（行：" + "、".join(f"`{r.key}` {r.path[-1]}" for r in rows) + "）", ""]
            out += _columns_table(columns)
    else:
        unit = "每一行" if t.layout == "grid" else "每一组（写成一行）"
        out.append(f"单元格键为 `{t.key}.<行键>.<列键>`；{unit}都有下列各列。")
        out.append("")
        out += _columns_table(t.columns)
        out += ["", "| 行键 | 行名（报告中的行标题） |", "|---|---|"]
        out += [f"| `{r.key}` | {_md(r.full_label)} |" for r in t.rows]
    if t.corner:
        out += ["", f"表头注：{t.corner}"]
    out.append("")
    return out


def _format_section(fmt: F.Format) -> list[str]:
    years = f"{fmt.first_year}–{fmt.last_year}年度" if fmt.last_year else f"{fmt.first_year}年度起"
    cells = sum(1 for _ in fmt.cells())
    out = [f"### {fmt.name}", "", f"适用于{years}（`format: \"{fmt.code}\"`），共 {cells} 个单元格。", ""]
    for t in fmt.tables.values():
        out += _table_section(t)
    if fmt.identities:
        out += ["#### 勾稽关系（检查时核对）", ""]
        for i in fmt.identities:
            table = fmt.tables[i.table]
            out.append(f"- {table.short}：{i.name}（`{i.id}`）")
        out.append("")
    return out


_CELLS = """\
| 情形 | 写法 | 说明 |
|---|---|---|
| 件数 | `0`、`3` | 非负整数；全角数字（３）也能识别 |
| 没有填写（空白） | `~` | 表示“未填”，不会被当成 0；检查时会提示补填。确实为零请写 `0` |
| 不适用 | `"/"` | 斜杠要加引号；“—”、“不涉及”和“本单位无××职能”（已发布报告的表格里常见）也按不适用处理 |
| 本年增/减 | `13`、`-2` | 也可写 `增13`、`减2`、`+3`；保存时统一写成整数 |
| 金额 | `981.93万元`、`251000元` | 数字和单位连写；2019年版“采购总金额”必须写单位；2021年版“本年收费金额”的单位是万元 |
| 不填某一行或某一格 | 删去该行/该键 | 与空白不同：表示数据集中没有这一格 |
"""

_INTRO = """\
<!-- 本文件由 nianbao/devtools/schemadoc.py 根据 nianbao/dataset.py 和 nianbao/formats/*.yaml 生成，请勿手工修改。
     重新生成：.venv/bin/python -m nianbao.devtools.schemadoc -->
# 数据集填写说明

> **English note.** Reference for the township-year dataset files (`data/<year>/<id>.yaml`):
> every field with its Chinese description, type and whether it is required; the rows and
> columns of each table in each report format, with their official labels; how to write cells;
> a complete example. It is generated from the pydantic models (`nianbao/dataset.py`) and the
> format descriptions (`nianbao/formats/*.yaml`) by `nianbao/devtools/schemadoc.py`, and a test fails
> when this file is stale: regenerate it with `python -m nianbao.devtools.schemadoc`, never edit it by hand.

每个乡镇（街道、苏木）每个报告年度填写一个数据集文件，程序据此生成政府信息公开工作年度报告，
并核对表格的勾稽关系、文字与表格是否一致等。

## 一、文件

- 存放位置：`data/<报告年度>/<编号>.yaml`，例如 `data/2020/150724-bycg.yaml`；文件名必须与 `id` 一致。
- 编码：UTF-8。格式：YAML——“字段: 值”，冒号后有一个空格；缩进用空格，不能用 Tab。
- `#` 开头的内容是注释，程序不读取，可用来写备注。
- 多段文字用 `|` 写法：字段名后写 `|`，下一行起缩进书写正文，段与段之间空一行。
- 编号、电话、邮政编码等由数字组成的文字要加英文双引号，如 `phone: "0470-8952226"`。
- 值里含有英文冒号加空格（`: `）或以特殊符号开头时，给整个值加引号。
"""


def _example() -> str:
    from ..dump import dump
    from .synth import generate

    return dump(generate(1, 2021, seed=0)[0])


def render_reference() -> str:
    """The full text of docs/dataset.md."""
    lines = [_INTRO]
    lines += ["## 二、字段", "", "下表按文件中的顺序列出全部字段；带点的名称表示写在上一级字段之下（缩进一级）。", ""]
    lines += ["| 字段 | 类型 | 必填 | 说明 |", "|---|---|---|---|"]
    lines += _field_rows(DatasetBase)
    lines.append(f"| `tables` | 一组字段（见“四、表格的行和列”） | 必填 | {_md(_TABLES_DESCRIPTION)} |")
    lines += ["", "不认识的字段会被拒绝（通常是拼写错误，提示中会给出最接近的字段名）。", ""]
    lines += ["## 三、单元格的写法", "", _CELLS]
    lines += [
        "表格写法：`tables` 下分 `t2`（表二）、`t3`（表三）、`t4`（表四），每一行写在一行里：",
        "",
        "```yaml",
        "tables:",
        "  t3:",
        "    new: {natural: 2, commercial: 0, research: 0, social: 0, legal: 0, other_org: 0, total: 2}",
        "```",
        "",
    ]
    lines += ["## 四、表格的行和列", "",
              "报告年度决定使用哪一版格式（也可用 `format` 字段指定）。"
              "行键、列键必须与下表一致；另一版格式的行或列会被指出。", ""]
    for fmt in F.all_formats().values():
        lines += _format_section(fmt)
    lines += ["## 五、完整示例", "",
              "虚构的“示例县”乡镇，2021年度（由 `nianbao.devtools.synth` 生成）：", "",
              "```yaml", _example().rstrip("\n"), "```", ""]
    return "\n".join(lines)


def write_reference(path: Path) -> None:
    Path(path).write_text(render_reference(), encoding="utf-8", newline="\n")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "-":
        sys.stdout.write(render_reference())
        return 0
    target = Path(argv[0]) if argv else Path(__file__).resolve().parents[2] / "docs" / "dataset.md"
    write_reference(target)
    print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
