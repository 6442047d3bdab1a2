"""The identities of a format description, unfolded into the sums they compare.

An identity says ``sum(left) = sum(right)`` in every column (``each: column``, terms are
rows) or in every row (``each: row``, terms are columns). Each term is one pattern of the
description (``denied.*``), so a message can name （三）不予公开 once instead of eight rows.
Nothing here knows a row or a label: it all comes from :mod:`nianbao.formats`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..formats import Column, Format, Identity, Row, Table, cell_key
from .labels import column_name, group_name, item_name, row_name


@dataclass(frozen=True)
class Term:
    label: str  # as a message names it: （一）予以公开, （三）不予公开各项合计
    name: str  # as a description names it: （一）予以公开, （三）不予公开各项
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Instance:
    """One identity in one column (or row) of its table."""

    identity: Identity
    table: str
    row: str | None
    column: str | None
    place: str  # 表三“自然人”列
    left: tuple[Term, ...]
    right: tuple[Term, ...]

    @property
    def cells(self) -> tuple[str, ...]:
        return tuple(k for term in self.left + self.right for k in term.cells)


def _terms(table: Table, patterns: tuple[str, ...], items: list[Row | Column]) -> list[list[Row | Column]]:
    by_key = {i.key: i for i in items}
    keys = list(by_key)
    return [[by_key[k] for k in table.expand([p], keys)] for p in patterns]


def _term(fmt: Format, table: Table, group: list[Row | Column], pairs: list[tuple[str, str]]) -> Term:
    if len(group) == 1:
        label = name = item_name(group[0])
    else:
        name = f"{group_name(group)}各项"
        label = f"{name}合计"
    return Term(label, name, tuple(cell_key(table.key, r, c) for r, c in pairs))


def _checked(ident: Identity, groups: list[list]) -> None:
    # A pattern that matches nothing would silently add 0: a broken description, not a report fact.
    flat = [i.key for g in groups for i in g]
    if any(not g for g in groups) or len(flat) != len(set(flat)):
        terms = "row" if ident.each == "column" else "column"
        raise ValueError(f"identity {ident.id}: a term matches no {terms} key, or a key twice")


def _by_column(fmt: Format, table: Table, ident: Identity) -> list[Instance]:
    left = _terms(table, ident.left, list(table.rows))
    right = _terms(table, ident.right, list(table.rows))
    _checked(ident, left + right)
    rows = [r for g in left + right for r in g]
    out = []
    for c in rows[0].columns:
        if not all(r.column(c.key) for r in rows):
            continue  # only columns every involved row has (all of them in grid/wide tables)
        terms = [tuple(_term(fmt, table, g, [(r.key, c.key) for r in g]) for g in side) for side in (left, right)]
        out.append(Instance(ident, table.key, None, c.key, f"{table.short}“{column_name(c)}”列", *terms))
    return out


def _by_row(fmt: Format, table: Table, ident: Identity) -> list[Instance]:
    out = []
    for r in table.rows:
        left = _terms(table, ident.left, list(r.columns))
        right = _terms(table, ident.right, list(r.columns))
        if any(not g for g in left + right):
            continue  # a block-layout row without these columns: the identity is not about it
        _checked(ident, left + right)
        terms = [tuple(_term(fmt, table, g, [(r.key, c.key) for c in g]) for g in side) for side in (left, right)]
        out.append(Instance(ident, table.key, r.key, None, f"{table.short}“{row_name(r)}”行", *terms))
    return out


@cache
def instances(fmt: Format, ident: Identity) -> tuple[Instance, ...]:
    """Every column (or row) the identity is checked in, in report order."""
    unfold = {"column": _by_column, "row": _by_row}.get(ident.each)
    if unfold is None:
        raise ValueError(f"identity {ident.id}: each must be column or row, not {ident.each!r}")
    out = unfold(fmt, fmt.tables[ident.table], ident)
    if not out:
        raise ValueError(f"identity {ident.id}: applies to no {ident.each} of {ident.table}")
    return tuple(out)


@cache
def identity_cells(fmt: Format) -> frozenset[str]:
    """Cells that take part in some identity: the template wants a number there."""
    return frozenset(k for ident in fmt.identities for inst in instances(fmt, ident) for k in inst.cells)


def describe(fmt: Format, ident: Identity) -> str:
    """One Chinese sentence saying what the identity checks, from the description's labels."""
    inst = instances(fmt, ident)[0]
    unit = "列" if ident.each == "column" else "行"

    def side(terms: tuple[Term, ...]) -> str:
        return " + ".join(t.name for t in terms)

    return (f"{fmt.tables[ident.table].short}每一{unit}：{side(inst.left)} 应等于 {side(inst.right)}；"
            f"该{unit}有空白、“/”或缺失的单元格时不核对（按未知处理，不按0计）。")
