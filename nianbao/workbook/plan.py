"""Where everything stands on a table sheet, computed from the format description only.

One :class:`SheetPlan` per official table: the merged label cells (the table's
:func:`~nianbao.render.layout.table_layout`, placed on a grid as a browser places
``rowspan``/``colspan``), the input cell of every dataset cell and the live check cells
of the format's identities. The writer draws a plan; the reader checks the labels of a
returned workbook against the same plan and reads the input cells it names, so the two
can never disagree about an address.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from openpyxl.utils import get_column_letter

from .. import formats as F
from ..render.layout import Data, Header, place, table_layout

TOP = 3  # first grid row: row 1 holds the table's name, row 2 how to fill it in


@dataclass(frozen=True)
class Box:
    """A rectangle of the sheet (1-based rows and columns), one cell when the spans are 1."""

    row: int
    col: int
    rows: int = 1
    cols: int = 1

    @property
    def address(self) -> str:
        return f"{get_column_letter(self.col)}{self.row}"

    @property
    def range(self) -> str:
        end = f"{get_column_letter(self.col + self.cols - 1)}{self.row + self.rows - 1}"
        return f"{self.address}:{end}"

    @property
    def merged(self) -> bool:
        return self.rows > 1 or self.cols > 1


@dataclass(frozen=True)
class Label:
    box: Box
    text: str
    kind: str = "header"  # header | check (the caption of a row or column of check cells)


@dataclass(frozen=True)
class Input:
    box: Box
    key: str  # t3.new.natural
    column: F.Column
    where: str  # the cell in the report's labels: 表三 一、本年新收… · 自然人


@dataclass(frozen=True)
class Check:
    """A live check cell: ``sum(left) = sum(right)`` over input cells of one identity."""

    box: Box
    identity: F.Identity
    left: tuple[str, ...]  # addresses
    right: tuple[str, ...]


@dataclass(frozen=True)
class SheetPlan:
    table: F.Table
    title: str  # the sheet name (表三)
    width: int  # grid columns of the table itself
    height: int  # grid rows of the table itself
    labels: tuple[Label, ...]
    inputs: tuple[Input, ...]
    checks: tuple[Check, ...]

    @property
    def last_col(self) -> int:
        return max(b.col + b.cols - 1 for b in self._boxes())

    @property
    def last_row(self) -> int:
        return max(b.row + b.rows - 1 for b in self._boxes())

    def _boxes(self):
        yield from (x.box for x in self.labels)
        yield from (x.box for x in self.inputs)
        yield from (x.box for x in self.checks)


def cell_where(table: F.Table, key: str) -> str:
    """A cell named in the report's own labels (表三 一、本年新收… · 自然人)."""
    rkey, ckey = key.split(".", 1)[1].rsplit(".", 1)
    row = table.row(rkey)
    return f"{table.short} {row.full_label} · {row.column(ckey).full_label}"


def _place(lines) -> list[tuple[object, Box]]:
    """Lines of Header/Data cells as boxes on the sheet."""
    return [(cell, Box(TOP + r, 1 + c, getattr(cell, "rowspan", 1), cell.colspan)) for r, c, cell in place(lines)]


def _checks(table: F.Table, fmt: F.Format, at: dict[str, Box], width: int, height: int):
    """Check cells of the identities on this table: under the table per column, right of it per row."""
    labels, checks = [], []
    below, right = TOP + height, 1 + width
    label_cols = min(b.col for b in at.values()) - 1  # row-header columns, free on a check line
    row_keys = [r.key for r in table.rows]
    for ident in (i for i in fmt.identities if i.table == table.key):
        if ident.each == "column":
            left, rhs = table.expand(list(ident.left), row_keys), table.expand(list(ident.right), row_keys)
            pairs = [(c.key, [f"{table.key}.{r}.{c.key}" for r in left], [f"{table.key}.{r}.{c.key}" for r in rhs])
                     for c in table.columns]
        else:
            col_keys = [c.key for c in table.columns]
            left, rhs = table.expand(list(ident.left), col_keys), table.expand(list(ident.right), col_keys)
            pairs = [(r, [f"{table.key}.{r}.{c}" for c in left], [f"{table.key}.{r}.{c}" for c in rhs])
                     for r in row_keys]
        boxes = [[at[k] for k in lk + rk] for _, lk, rk in pairs]
        one_col = all(len({b.col for b in bs}) == 1 for bs in boxes)
        one_row = all(len({b.row for b in bs}) == 1 for bs in boxes) and len({bs[0].row for bs in boxes}) == len(boxes)
        if one_row and not one_col:  # a check column to the right of the table
            head_rows = max(1, min(b.row for b in at.values()) - TOP)
            labels.append(Label(Box(TOP, right, head_rows), ident.name, "check"))
            for (_, lk, rk), bs in zip(pairs, boxes):
                checks.append(Check(Box(bs[0].row, right), ident, tuple(at[k].address for k in lk),
                                    tuple(at[k].address for k in rk)))
            right += 1
        else:  # a check line under the table, one cell per column (or per group of columns)
            # the caption goes in the row-header columns, or right of the table when it has none (表四)
            caption = Box(below, 1, 1, label_cols) if label_cols else Box(below, 1 + width)
            labels.append(Label(caption, ident.name, "check"))
            for (_, lk, rk), bs in zip(pairs, boxes):
                first, last = min(b.col for b in bs), max(b.col + b.cols - 1 for b in bs)
                checks.append(Check(Box(below, first, 1, last - first + 1), ident,
                                    tuple(at[k].address for k in lk), tuple(at[k].address for k in rk)))
            below += 1
    return labels, checks


@cache
def sheet_plan(fmt: F.Format, table_key: str) -> SheetPlan:
    table = fmt.tables[table_key]
    layout = table_layout(table)
    lines = [*layout.head, *(line for body in layout.bodies for line in body)]
    labels, inputs, at = [], [], {}
    columns = {f"{table.key}.{r.key}.{c.key}": c for r in table.rows for c in r.columns}
    for cell, box in _place(lines):
        if isinstance(cell, Header):
            labels.append(Label(box, cell.label))
        elif isinstance(cell, Data):
            inputs.append(Input(box, cell.key, columns[cell.key], cell_where(table, cell.key)))
            at[cell.key] = box
    check_labels, checks = _checks(table, fmt, at, layout.width, len(lines))
    return SheetPlan(table, table.short, layout.width, len(lines), tuple(labels + check_labels), tuple(inputs),
                     tuple(checks))


def plans(fmt: F.Format) -> tuple[SheetPlan, ...]:
    return tuple(sheet_plan(fmt, k) for k in fmt.tables)
