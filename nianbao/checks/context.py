"""What every rule reads: the dataset, its format, its cells, and where each cell stands."""

from __future__ import annotations

from functools import cached_property

from .. import cells as C
from ..dataset import DatasetBase
from ..formats import Column, Format, Row, Table


class Context:
    """One dataset under check. Built once per run so rules share the cell index."""

    def __init__(self, ds: DatasetBase):
        self.ds = ds
        self.year: int = ds.year
        self.fmt: Format | None = ds.fmt
        self.cells: dict[str, C.Cell] = dict(ds.cells) if self.fmt is not None else {}

    @cached_property
    def index(self) -> dict[str, tuple[Table, Row, Column]]:
        """Every cell key of the format → its table, row and column (report order)."""
        return {self.fmt.cell_key(t.key, r.key, c.key): (t, r, c) for t, r, c in self.fmt.cells()}

    def column(self, key: str) -> Column:
        return self.index[key][2]

    def numbers(self, keys: list[str]) -> list[int] | None:
        """The integers in ``keys``, or None when any is blank, "/", absent or not an integer.

        Sums are only meaningful when every term is known: a blank is unknown, not 0.
        """
        out = []
        for k in keys:
            v = self.cells.get(k)
            if not C.is_number(v):
                return None
            out.append(v)
        return out

    def position(self, table: str | None, row: str | None, column: str | None) -> tuple[int, int, int]:
        """Sort key in report order; a whole table/row/column sorts before its cells."""
        if self.fmt is None or table not in self.fmt.tables:
            return (-1, -1, -1)
        t = self.fmt.tables[table]
        row_keys = [r.key for r in t.rows]
        r_idx = row_keys.index(row) if row in row_keys else -1
        cols = t.rows[r_idx].columns if r_idx >= 0 else t.columns
        col_keys = [c.key for c in cols]
        c_idx = col_keys.index(column) if column in col_keys else -1
        return (list(self.fmt.tables).index(table), r_idx, c_idx)

