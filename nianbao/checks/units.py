"""计量单位: amounts whose unit the report does not say."""

from __future__ import annotations

from .. import cells as C
from .context import Context
from .finding import Hit
from .labels import cell_location, formats_with, split_key
from .registry import rule


def _unitless(col) -> bool:
    return col.kind == "money" and col.unit is None


_WHERE = "、".join(f"{f.code}年版{t.short}“{c.label}”" for f, t, c in formats_with(_unitless))


@rule("unit.procurement", "warning", "unit", "金额未注明单位",
      f"表头没有规定单位的金额栏（{_WHERE}）应在数字后写明“元”或“万元”，否则数额相差万倍也无从判断。")
def money_without_unit(ctx: Context):
    for key, value in ctx.cells.items():
        col = ctx.column(key)
        if _unitless(col) and isinstance(value, C.Money) and value.unit is None:
            yield Hit(f"{cell_location(ctx.fmt, key)}：金额“{value}”未注明单位（元或万元），无法确定数额。",
                      *split_key(key), cells=(key,))
