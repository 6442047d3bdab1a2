"""收费: 信息处理费 (section 六) against the tables and the dataset's fee field."""

from __future__ import annotations

import re
from decimal import Decimal

from .. import cells as C
from .content import section_text
from .context import Context
from .finding import Hit
from .numerals import normalise_digits
from .registry import rule

_MENTION = re.compile(r"信息处理费|处理费|收费")
_NONE = re.compile(r"(?:未|没有|不)收取?[^。，,；;]{0,12}?(?:信息处理费|处理费|费用)")
_AMOUNT = re.compile(r"(?:信息处理费|处理费)[^。；;\d]{0,10}?(\d+(?:\.\d+)?)\s*(万元|元)")


@rule("fees.section6", "warning", "fees", "第六部分与信息处理费不一致",
      "2021年版：表三（六）其他处理“2.申请人逾期未按收费通知要求缴纳费用”不为0或数据集填写了已收取的信息处理费时，"
      "第六部分应说明收取信息处理费的情况；第六部分所写的收费与数据集不符时也提示。",
      example="表三（六）2 总计为1，第六部分只写“无其他需要报告的事项”")
def section_six(ctx: Context):
    text = section_text(ctx, "other")
    if text is None:
        return
    norm = normalise_digits(text)
    unpaid = ctx.total(["t3.other.2.total"]) if "t3.other.2.total" in ctx.index else None
    fee = getattr(ctx.ds, "info_fees", None)
    collected = fee.value if isinstance(fee, C.Money) else None
    quote = text.strip()[:120]
    if (unpaid or collected) and not _MENTION.search(norm):
        why = f"表三（六）2 为{unpaid}件" if unpaid else f"数据集填写收取信息处理费{fee}"
        yield Hit(f"{why}，第六部分没有说明信息处理费的收取情况。原文：“{quote}”",
                  "t3" if unpaid else None, "other.2" if unpaid else None, "total" if unpaid else None,
                  cells=("t3.other.2.total",) if unpaid else (), quote=quote)
    if collected and _NONE.search(norm):
        yield Hit(f"数据集填写收取信息处理费{fee}，第六部分却说未收取。原文：“{quote}”", quote=quote)
    m = _AMOUNT.search(norm)
    if m and fee is not None and isinstance(fee, C.Money):
        said = C.Money(Decimal(m.group(1)), m.group(2))
        if said.in_wan() != fee.in_wan():
            yield Hit(f"第六部分写收取信息处理费{said}，数据集 info_fees 为{fee}。原文：“{quote}”", quote=quote)
