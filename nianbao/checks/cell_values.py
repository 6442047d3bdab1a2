"""One cell at a time: what a cell holds (blank, "/", negative, unreadable) or that it is absent."""

from __future__ import annotations

from functools import cache

from .. import cells as C
from .. import formats as F
from ..formats import cell_key
from .context import Context
from .finding import Hit
from .format_rules import tables_not_printed
from .identities import identity_cells
from .labels import cell_location, column_name, row_name, split_key
from .registry import rule

_UNKNOWN = "按“未知”处理，不按0计，相关勾稽关系不核对"


def _at(key: str, message: str) -> Hit:
    return Hit(message, *split_key(key), cells=(key,))


@rule("cell.blank", "warning", "blank", "单元格空白",
      "表格中写为空白的单元格：按“未知”处理而不按0计，没有发生的应填0，不适用的应填“/”。一张表中的空白单元格报一条"
      "（只在一行时按行报），列出各行，每个单元格都在表格中标出。丢弃空单元格的页面（一行有数字时只印出有数字的格）上只印了行标签的行，"
      "单元格按空白读取，但不报：这是这类页面印空行的样子。",
      example="t3: new: {natural: ~}")
def blank(ctx: Context):
    # (a row printed as its label alone on a page that drops empty cells: how the page shows an empty row, which an
    # auditor does not mark; the cells are blank all the same)
    bare = {(t, row) for t, rows in (ctx.source.bare_rows if ctx.source is not None else {}).items() for row in rows}
    keys = [key for key, value in ctx.cells.items() if value is None and split_key(key)[:2] not in bare]
    yield from _grouped(ctx, keys, "空白", f"{_UNKNOWN}；没有发生的请填0，不适用的请填“/”。", "（表格只有标签、没有数字）")


@rule("cell.not_applicable", "warning", "blank", "件数单元格填写了“/”",
      "参与勾稽关系的件数单元格填写了“/”（不适用）：模板要求此处填写件数，没有发生的应填0。"
      "一张表中这样的单元格报一条（只在一行时按行报），每个单元格都列出并在表格中标出。",
      example="t4: review: {corrected: \"/\"}")
def not_applicable(ctx: Context):
    required = identity_cells(ctx.fmt)
    keys = [key for key, value in ctx.cells.items() if value == C.NA and key in required]
    yield from _grouped(ctx, keys, "填写了“/”", f"此处模板要求填写件数（没有发生的填0）；{_UNKNOWN}。")


def _grouped(ctx: Context, keys: list[str], what: str, advice: str, whole_note: str = ""):
    """One finding a table (a row, when one row holds them all) for cells that share one problem, each cell listed
    and anchored: a report with 135 such cells gets a finding a table, not 135."""
    by_table: dict[str, list[str]] = {}
    for key in keys:
        by_table.setdefault(split_key(key)[0], []).append(key)
    for table, cells in by_table.items():
        if len(cells) == 1:
            yield _at(cells[0], f"{cell_location(ctx.fmt, cells[0])}：单元格{what}，{advice}")
            continue
        t = ctx.fmt.tables[table]
        rows = [r for r in t.rows if any(split_key(k)[1] == r.key for k in cells)]
        if len(rows) == 1:
            cols = [c for c in rows[0].columns if cell_key(table, rows[0].key, c.key) in cells]
            yield Hit(f"{t.short}“{row_name(rows[0])}”行{len(cells)}个单元格{what}（{'、'.join(column_name(c) for c in cols)}），"
                      f"{advice}", table, rows[0].key, cells=tuple(cells))
            continue
        whole = len(cells) == sum(len(r.columns) for r in t.rows)
        # (the rows named, as cell.missing names them: the reader finds them without the table at hand)
        counted = (f"全部单元格{what}{whole_note}" if whole
                   else f"{len(cells)}个单元格{what}（{len(rows)}行：{'、'.join(row_name(r) for r in rows)}）")
        yield Hit(f"{t.short}{counted}，{advice}", table, cells=tuple(cells))


@rule("cell.missing", "warning", "blank", "单元格缺失",
      "格式要求的单元格在数据中不存在：整张表缺失时报一条，否则每行报一条并列出缺失的列（一张表缺失三行以上、或页面不完整时，"
      "每张表报一条，列出各行），均按“未知”处理。",
      example="数据集没有 t4（表四）")
def missing(ctx: Context):
    cut = ctx.source is not None and ctx.source.truncated
    short = _short_rows(ctx)  # on the page with too few numbers: cell.short_row says so
    not_printed = {t.key for _, t in tables_not_printed(ctx)}  # said once, by format.table_missing
    for table in ctx.fmt.tables.values():
        if table.key in not_printed:
            continue
        keys = _table_keys(ctx.fmt.code, table.key)
        absent = [k for k in keys if k not in ctx.cells]
        if absent and cut and len(absent) < len(keys):
            # A page that stops: the rows after the cut are missing for one reason, said once.
            yield Hit(f"{table.short}有{len(absent)}个单元格没有读到（页面不完整，在表格中间结束），{_UNKNOWN}。",
                      table.key, cells=tuple(absent))
            continue
        if not absent:
            continue
        if len(absent) == len(keys):
            yield Hit(f"缺少{table.short}（{table.name}）的全部数据（{len(keys)}个单元格），{_UNKNOWN}。",
                      table.key, cells=tuple(keys))
            continue
        rows = [(r, gone) for r in table.rows if (table.key, r.key) not in short
                and (gone := [c for c in r.columns if cell_key(table.key, r.key, c.key) not in ctx.cells])]
        if len(rows) >= _MANY_ROWS:  # one finding for the table, every row named and every cell anchored
            cells = tuple(cell_key(table.key, r.key, c.key) for r, gone in rows for c in gone)
            yield Hit(f"{table.short}有{len(rows)}行的单元格缺失（{'、'.join(row_name(r) for r, _ in rows)}；共{len(cells)}个单元格），"
                      f"{_UNKNOWN}。", table.key, cells=cells)
            continue
        for r, gone in rows:
            cells = tuple(cell_key(table.key, r.key, c.key) for c in gone)
            what = ("整行缺失" if len(gone) == len(r.columns)
                    else f"缺少{'、'.join(column_name(c) for c in gone)}列")
            yield Hit(f"{table.short}“{row_name(r)}”行{what}（{len(gone)}个单元格），{_UNKNOWN}。",
                      table.key, r.key, cells=cells)


_MANY_ROWS = 3  # missing rows of one table from which on they are said in one finding


@cache
def _table_keys(fmt_code: str, table_key: str) -> tuple[str, ...]:
    """Every cell key of a table of a format (the same for every dataset of that format)."""
    table = F.get(fmt_code).tables[table_key]
    return tuple(cell_key(table.key, r.key, c.key) for r in table.rows for c in r.columns)


def _short_rows(ctx: Context) -> dict[tuple[str, str], int]:
    """(table, row) → numbers printed, of the rows a published report prints with fewer numbers than columns."""
    if ctx.source is None:
        return {}
    return {(t, row): n for t, rows in ctx.source.short_rows.items() for row, n in rows}


@rule("cell.short_row", "warning", "blank", "一行的数字少于栏目数",
      "已发布报告的表格中，某行印出的数字少于格式的栏目数（表二“行政事业性收费”有两栏，只印了一个数字），"
      "且看不出空着的是哪几栏：这一行的单元格按“未知”处理，不按0计，相关勾稽关系不核对。页面在这一行结束的不报；"
      "一张表报一条，列出各行。",
      needs_format=True, example="表二：“行政事业性收费 | 0”（格式有“上一年项目数量”“本年增/减”两栏）")
def short_row(ctx: Context):
    # One finding per table (its rows listed, every cell anchored): a table printed that way repeats the slip.
    by_table: dict[str, list] = {}
    for (tkey, row_key), n in _short_rows(ctx).items():
        table = ctx.fmt.tables.get(tkey)
        row = table.row(row_key) if table is not None else None
        if row is not None:
            by_table.setdefault(tkey, []).append((row, n))
    for tkey, rows in by_table.items():
        table = ctx.fmt.tables[tkey]
        said = "；".join(f"“{row_name(row)}”行只印了{n}个数字，格式有{len(row.columns)}栏"
                        f"（{'、'.join(column_name(c) for c in row.columns)}）" for row, n in rows)
        cells = tuple(cell_key(tkey, row.key, c.key) for row, _ in rows for c in row.columns)
        yield Hit(f"{table.short}{said}，无法确定数字所在的栏，{_UNKNOWN}。", tkey, rows[0][0].key if len(rows) == 1 else None,
                  cells=cells)


def _number(value) -> int | float | None:
    """The numeric value of a count, a signed count or an amount; None for anything else."""
    if C.is_number(value):
        return value
    if isinstance(value, C.Money):
        return value.value
    return None


@rule("cell.negative", "error", "arithmetic", "单元格为负数",
      "件数和金额不能为负数（本年增/减除外）；归入勾稽关系类，因为负数会使各项合计失去意义。",
      example="导入的报告中 表三（一）予以公开 · 自然人 为 -3")
def negative(ctx: Context):
    # load() already rejects negatives; this guards datasets built another way (importers, model_construct).
    for key, value in ctx.cells.items():
        if value is None or type(value) is int and value >= 0:
            continue  # (most cells: what _number reads as no negative, told without the calls)
        n = _number(value)
        if n is not None and n < 0 and ctx.column(key).kind != "signed":
            yield _at(key, f"{cell_location(ctx.fmt, key)}：填写了负数（{C.display(value)}），此处不能为负数。")


_EXPECTED = {"count": "非负整数", "signed": "带符号的整数（如 增13、减2）", "money": "金额（如 981.93万元）"}


def _readable(kind: str, value) -> bool:
    if value is None or value == C.NA:
        return True
    if kind == "money":
        return isinstance(value, C.Money)
    return C.is_number(value)


@rule("cell.unreadable", "error", "blank", "单元格内容无法识别",
      "单元格的内容既不是数字（或金额），也不是空白或“/”，无法参与核对。",
      example="导入的报告中 表四 行政复议 · 其他结果 为“三”")
def unreadable(ctx: Context):
    # Only reachable without validation (importers, model_construct); load() rejects these.
    index = ctx.index  # (the format's cell index, looked up here without a call per cell)
    for key, value in ctx.cells.items():
        kind = index[key][2].kind
        if value is None or type(value) is int and kind != "money":
            continue  # (most cells: what _readable reads as readable, told without the call)
        if not _readable(kind, value):
            yield _at(key, f"{cell_location(ctx.fmt, key)}：无法识别的内容（{value!r}），应为{_EXPECTED.get(kind, '数字')}、空白或“/”。")
