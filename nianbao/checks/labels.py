"""Naming places of the tables in the report's own labels, read from the format description."""

from __future__ import annotations

from ..formats import Column, Format, Row, Table, all_formats, split_key


def row_name(row: Row) -> str:
    """A row named as a place: its whole header path (the same words load errors use)."""
    return row.full_label


def column_name(col: Column) -> str:
    # The same words load errors use, so one cell reads the same everywhere.
    return col.full_label


def item_name(item: Row | Column) -> str:
    """A row or column named as a term of a sum."""
    return item.label


def group_name(items: list[Row | Column]) -> str:
    """Several rows/columns named together by the header they share (（三）不予公开)."""
    paths = [i.path for i in items]
    common = []
    for parts in zip(*paths):
        if len(set(parts)) != 1:
            break
        common.append(parts[0])
    return common[-1] if common else "、".join(item_name(i) for i in items)


def location(fmt: Format, table: str | None, row: str | None = None, column: str | None = None) -> str | None:
    """``表三 一、本年新收政府信息公开申请数量 · 自然人``; ``表三 · 自然人`` for a whole column."""
    t: Table | None = fmt.tables.get(table) if table else None
    if t is None:
        return None
    r = t.row(row) if row else None
    text = t.short + (f" {row_name(r)}" if r else "")
    if column:
        c = (r or t.rows[0]).column(column)
        if c is not None:
            text += f" · {column_name(c)}"
    return text


def cell_location(fmt: Format, key: str) -> str | None:
    return location(fmt, *split_key(key))


def column_label(key: str) -> str:
    """The label of a column key in the bundled descriptions, for rule titles written before any dataset."""
    for fmt in all_formats().values():
        for _, _, c in fmt.cells():
            if c.key == key:
                return c.label
    raise KeyError(f"no format describes a column {key!r}")


def formats_with(predicate) -> list[tuple[Format, Table, Column]]:
    """(format, table, column) for each distinct column of the bundled descriptions that matches."""
    out, seen = [], set()
    for fmt in all_formats().values():
        for t, _, c in fmt.cells():
            if predicate(c) and (fmt.code, t.key, c.key) not in seen:
                seen.add((fmt.code, t.key, c.key))
                out.append((fmt, t, c))
    return out
