"""The 基本信息 sheet: one row per dataset field outside the tables (organ, contact, dates, narrative).

Each row is a label (column A), the value the clerk fills in (column B) and a hint
(column C) taken from the dataset schema's own field description, so the schema stays
the one place that explains a field. The narrative sections are named by the format's
section titles; the parts of 一、总体情况 get a fixed number of (title, text) row pairs.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import formats as F
from ..dataset import Contact, DatasetBase, Narrative, Overview, Period

SHEET = "基本信息"
FIRST_ROW = 3  # row 1: sheet title, row 2: column captions
MIN_PARTS = 6  # empty (title, text) pairs offered for 一、总体情况, at least


@dataclass(frozen=True)
class InfoField:
    path: tuple  # where the value goes in the dataset mapping: ("contact", "phone"), ("narrative", "overview", "parts", 0, "title")
    label: str
    kind: str = "text"  # text | long (narrative) | date | fixed (written by nianbao, locked) | fees
    hint: str = ""
    required: bool = False


def _hint(model, name: str) -> str:
    return model.model_fields[name].description or ""


def _required(model, name: str) -> bool:
    return model.model_fields[name].is_required()


def info_fields(fmt: F.Format, parts: int) -> tuple[InfoField, ...]:
    """The rows of the sheet, top to bottom, for a workbook offering ``parts`` overview part slots."""
    titles = {s.key: s.title for s in fmt.sections}
    top = [
        InfoField(("id",), "编号", "fixed", _hint(DatasetBase, "township_id")),
        InfoField(("year",), "报告年度", "fixed", _hint(DatasetBase, "year")),
        InfoField(("format",), "表格格式", "fixed", _hint(DatasetBase, "format")),
        InfoField(("organ",), "单位名称", hint=_hint(DatasetBase, "organ"), required=True),
        InfoField(("county",), "所属县级行政区", hint=_hint(DatasetBase, "county"), required=True),
        InfoField(("signed",), "落款日期", "date", _hint(DatasetBase, "signed")),
        InfoField(("period", "start"), "统计期限起始日", "date", _hint(Period, "start") + "（可不填）"),
        InfoField(("period", "end"), "统计期限终止日", "date", _hint(Period, "end") + "（可不填）"),
    ]
    contact_labels = {"office": "联系单位", "address": "通信地址", "postcode": "邮政编码", "phone": "联系电话",
                      "email": "电子邮箱", "download": "报告电子版下载位置"}
    contact = [InfoField(("contact", k), label, hint=_hint(Contact, k), required=_required(Contact, k))
               for k, label in contact_labels.items()]
    fees = [InfoField(("info_fees",), "本年度收取的信息处理费", "fees", _hint(DatasetBase, "info_fees"))]
    narrative = [
        InfoField(("narrative", "preamble"), "前言", "long", _hint(Narrative, "preamble")),
        InfoField(("narrative", "overview", "intro"), f"{titles['overview']}：开头段落", "long",
                  _hint(Overview, "intro")),
    ]
    for i in range(parts):
        narrative += [
            InfoField(("narrative", "overview", "parts", i, "title"), f"{titles['overview']}：第{i + 1}项 小标题",
                      hint="如 主动公开（报告中显示为（一）主动公开）；不用的行留空"),
            InfoField(("narrative", "overview", "parts", i, "text"), f"{titles['overview']}：第{i + 1}项 正文", "long"),
        ]
    for key in ("proactive", "applications", "reviews", "problems", "other"):
        narrative.append(InfoField(("narrative", key), titles[key], "long", _hint(Narrative, key),
                                   required=_required(Narrative, key)))
    return tuple(top + contact + fees + narrative)


def part_slots(count: int) -> int:
    return max(MIN_PARTS, count + 2)
