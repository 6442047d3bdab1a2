"""跨年衔接: this year's tables against last year's dataset of the same township.

Balances are read by column key, so they apply wherever both formats have the columns:
上年结转 = last year's 结转下年度 across the 2020→2021 format change too (same columns),
上一年项目数量 only between two 2019-format years, 现行有效件数 only between two 2021-format years.
A township merger legitimately breaks them: acknowledge such a finding with a waiver.
"""

from __future__ import annotations

from ..formats import cell_key
from .context import Context, Missing
from .finding import Hit
from .labels import cell_location, column_label, row_name
from .registry import rule


def _previous(ctx: Context):
    prev = ctx.previous
    if prev is None or isinstance(prev, Missing) or prev.fmt is None or ctx.fmt is None:
        return None
    return prev


@rule("cross.previous_missing", "warning", "cross_year", "没有上一年度的数据集",
      "同一乡镇上一年度的数据集没有找到：上年结转、项目数量等跨年衔接无法核对（不是默认通过）。",
      needs_format=False, example="检查 data/2021/demo-001.yaml 时 data/2020/demo-001.yaml 不存在")
def previous_missing(ctx: Context):
    if isinstance(ctx.previous, Missing):
        m = ctx.previous
        yield Hit(f"没有找到上一年度（{m.year}年度）的数据集 {m.path}，上年结转等跨年衔接没有核对。",
                  evidence={"previous": m.path, "year": m.year})


@rule("cross.t3.carry", "warning", "cross_year", "上年结转与上年报告的结转下年度不符",
      "表三“二、上年结转政府信息公开申请数量”每列应等于上一年度报告的“四、结转下年度继续办理”（乡镇合并等情况可用 waivers 确认）。",
      example="2021年表三 上年结转 · 自然人 为2，2020年表三 结转下年度 · 自然人 为1")
def carry_over(ctx: Context):
    prev = _previous(ctx)
    if prev is None or "t3" not in ctx.fmt.tables:
        return
    before = ctx.previous_cells
    for c in ctx.fmt.tables["t3"].row("carried_in").columns:
        key, old = cell_key("t3", "carried_in", c.key), cell_key("t3", "carried_out", c.key)
        now = ctx.numbers([key])
        last = before.get(old)
        if now is None or not isinstance(last, int) or now[0] == last:
            continue
        yield Hit(f"{cell_location(ctx.fmt, key)}为{now[0]}，上一年度（{prev.year}年）报告的结转下年度继续办理为{last}。",
                  "t3", "carried_in", c.key, cells=(key,), evidence={key: now[0], f"{prev.year}:{old}": last})


def _same_columns(ctx: Context, prev, *cols: str):
    """(table, row) of section 二 rows that have ``cols`` in both years' formats."""
    for table in ctx.fmt.tables.values():
        if table.key not in prev.fmt.tables:
            continue
        for r in table.rows:
            old = prev.fmt.tables[table.key].row(r.key)
            if old is not None and all(r.column(c) and old.column(c) for c in cols):
                yield table, r


@rule("cross.t2.items", "warning", "cross_year", f"{column_label('prev_items')}与上年不衔接",
      f"2019年版表二：本年“{column_label('prev_items')}”应等于上年的{column_label('prev_items')}加上年的“{column_label('change')}”。",
      example="2020年表二 行政许可 上一年项目数量 为10；2019年为8、本年增/减 为增3")
def items_balance(ctx: Context):
    prev = _previous(ctx)
    if prev is None:
        return
    for table, r in _same_columns(ctx, prev, "prev_items", "change"):
        key = cell_key(table.key, r.key, "prev_items")
        old = [ctx.previous_cells.get(cell_key(table.key, r.key, c)) for c in ("prev_items", "change")]
        now = ctx.numbers([key])
        if now is None or not all(isinstance(v, int) for v in old) or now[0] == sum(old):
            continue
        yield Hit(f"{table.short}“{row_name(r)}”行：{column_label('prev_items')}为{now[0]}，上一年度为{old[0]}、"
                  f"{column_label('change')}为{old[1]:+d}，应为{sum(old)}。",
                  table.key, r.key, "prev_items", cells=(key,),
                  evidence={key: now[0], f"{prev.year}:prev_items": old[0], f"{prev.year}:change": old[1]})


@rule("cross.t2.in_force", "warning", "cross_year", f"{column_label('in_force')}与上年不衔接",
      f"2021年版表二：本年“{column_label('in_force')}”应等于上年的{column_label('in_force')}加本年制发、减本年废止"
      "（2021年度没有可比的上年数据）。",
      example="2022年表二 行政规范性文件 现行有效件数 为5；2021年为3，2022年制发1、废止0")
def in_force_balance(ctx: Context):
    prev = _previous(ctx)
    if prev is None:
        return
    for table, r in _same_columns(ctx, prev, "in_force"):
        if not (r.column("made") and r.column("repealed")):
            continue
        keys = [cell_key(table.key, r.key, c) for c in ("in_force", "made", "repealed")]
        now = ctx.numbers(keys)
        last = ctx.previous_cells.get(keys[0])
        if now is None or not isinstance(last, int) or now[0] == last + now[1] - now[2]:
            continue
        yield Hit(f"{table.short}“{row_name(r)}”行：{column_label('in_force')}为{now[0]}，上一年度为{last}，"
                  f"本年制发{now[1]}、废止{now[2]}，应为{last + now[1] - now[2]}。",
                  table.key, r.key, "in_force", cells=tuple(keys),
                  evidence={**dict(zip(keys, now)), f"{prev.year}:in_force": last})
