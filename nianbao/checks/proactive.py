"""Section 二 (主动公开) rules between columns of one row, found by column key.

Rows are taken wherever the description gives them the columns a rule needs, so a
format without those columns (2021 has no 本年增/减) is simply not concerned.
"""

from __future__ import annotations

from .. import cells as C
from ..formats import cell_key
from .context import Context
from .finding import Hit
from .labels import column_label, row_name
from .registry import rule


def _rows_with(ctx: Context, first: str, second: str):
    """(table, row, first column, second column, their two values) where both are numbers."""
    for table in ctx.fmt.tables.values():
        for r in table.rows:
            a, b = r.column(first), r.column(second)
            if a is None or b is None:
                continue
            keys = [cell_key(table.key, r.key, c.key) for c in (a, b)]
            values = ctx.numbers(keys)
            if values is not None:
                yield table, r, a, b, values, tuple(keys)


_PREV, _CHANGE, _PUB, _TOTAL = (column_label(k) for k in ("prev_items", "change", "published", "total_published"))


@rule("t2.items_nonnegative", "error", "arithmetic", f"{_PREV}加{_CHANGE}为负数",
      f"有“{_PREV}”和“{_CHANGE}”两列的行，两者之和即本年项目数量，不可能为负数。",
      example=f"行政处罚 {_PREV} 3，{_CHANGE} 减5")
def items_nonnegative(ctx: Context):
    for table, r, prev, change, (p, d), keys in _rows_with(ctx, "prev_items", "change"):
        if p + d < 0:
            yield Hit(f"{table.short}“{row_name(r)}”行：{prev.label}（{p}）+ {change.label}（{C.display(d, 'signed')}）"
                      f"= {p + d}，本年项目数量不可能为负数。", table.key, r.key, cells=keys)


@rule("t2.published_le_total", "warning", "arithmetic", f"{_PUB}大于{_TOTAL}",
      f"有“{_PUB}”和“{_TOTAL}”两列的行，本年新公开的应计入对外公开总数，前者不应大于后者。",
      example=f"规范性文件 {_PUB} 5，{_TOTAL} 2")
def published_le_total(ctx: Context):
    for table, r, pub, total, (a, b), keys in _rows_with(ctx, "published", "total_published"):
        if a > b:
            yield Hit(f"{table.short}“{row_name(r)}”行：{pub.label}（{a}）大于{total.label}（{b}），"
                      f"本年新公开的应计入对外公开总数。", table.key, r.key, cells=keys)
