"""计量单位: amounts whose unit the report does not say."""

from __future__ import annotations

from .. import cells as C
from ..names import township
from .context import Context
from .finding import Hit
from .labels import cell_location, formats_with, split_key
from .registry import rule


def _unitless(col) -> bool:
    return col.kind == "money" and col.unit is None


def _columns_named(predicate) -> str:
    """The columns a rule applies to, named for its description (2019年版表二“采购总金额”)."""
    return "、".join(f"{f.code}年版{t.short}“{c.label}”" for f, t, c in formats_with(predicate))


_WHERE = _columns_named(_unitless)


@rule("unit.procurement", "warning", "unit", "金额未注明单位",
      f"表头没有规定单位的金额栏（{_WHERE}）应在数字后写明“元”或“万元”，否则数额相差万倍也无从判断（0不需要单位）。",
      example="procurement: {projects: 4, amount: 981.93}")
def money_without_unit(ctx: Context):
    for key, value in ctx.cells.items():
        col = ctx.column(key)
        # 0 is 0 in any unit: only a non-zero amount needs one.
        if _unitless(col) and isinstance(value, C.Money) and value.unit is None and value.value != 0:
            yield Hit(f"{cell_location(ctx.fmt, key)}：金额“{value}”未注明单位（元或万元），无法确定数额。",
                      *split_key(key), cells=(key,))


# A township's 行政事业性收费 of 100万元 or more a year: far more likely 元 written in a 万元 column.
_IMPLAUSIBLE_WAN = 100


def _in_wan(col) -> bool:
    return col.kind == "money" and col.unit == "万元"


_WAN_WHERE = _columns_named(_in_wan)


@rule("unit.fees_wan", "warning", "unit", "以万元为单位的金额像是按元填写",
      f"以万元为单位的金额栏（{_WAN_WHERE}）填了“元”，或乡镇（单位名称不详时也算）填的数额达到{_IMPLAUSIBLE_WAN}万元以上（乡镇一年的收费不太可能这么多，多半是把元填进了万元栏；部门的收费可能有这么多）。",
      example="表二 行政事业性收费 本年收费金额（单位：万元） 填 3500")
def fees_in_yuan(ctx: Context):
    for key, value in ctx.cells.items():
        if not (_in_wan(ctx.column(key)) and isinstance(value, C.Money)):
            continue
        if value.unit == "元":
            yield Hit(f"{cell_location(ctx.fmt, key)}：填写的是“{value}”，此栏单位为万元，请换算后填写。",
                      *split_key(key), cells=(key,))
        elif value.value >= _IMPLAUSIBLE_WAN and not (ctx.organ and not township(ctx.organ)):
            # (a department's fees, 199.43万元 of a 卫生健康局, may well be so large)
            yield Hit(f"{cell_location(ctx.fmt, key)}：{C.display(value, 'money', '万元')}万元，数额过大，是否把元填成了万元？",
                      *split_key(key), cells=(key,))
