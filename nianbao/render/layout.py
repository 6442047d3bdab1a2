"""The official tables as grids of merged cells, computed from the format description only.

Nothing here knows a row or a label: headers come from the label *paths* of the
format (``[三、本年度办理结果, （三）不予公开, 1.属于国家秘密]``) and one function,
:func:`spans`, merges them. Column headers and row headers are the same merge seen
along different axes (:func:`column_headers` / :func:`row_headers`).

The result is pure layout (no values): lines of :class:`Header` and :class:`Data`
cells that a template prints as ``<th>`` / ``<td>``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import ClassVar

from ..formats import Table, cell_key


@dataclass(frozen=True)
class Span:
    """One merged header cell, axis-free.

    ``start``/``length``: the leaves it covers along the leaf axis;
    ``level``/``depth``: the header levels it covers across it (``depth`` > 1 when
    the leaf's path is shorter than the deepest path: its last label fills the rest);
    ``end``: it is the last label of a leaf's path (not a group).
    """

    label: str
    level: int
    start: int
    length: int
    depth: int
    end: bool


@dataclass(frozen=True)
class Header:
    """A ``<th>``."""

    tag: ClassVar[str] = "th"
    label: str
    rowspan: int = 1
    colspan: int = 1
    scope: str = "col"  # col | colgroup | row | rowgroup
    css: str = ""


@dataclass(frozen=True)
class Data:
    """A ``<td>`` for one cell of the dataset (``key`` like ``t3.new.natural``)."""

    tag: ClassVar[str] = "td"
    key: str
    kind: str = "count"
    colspan: int = 1
    unit: str | None = None  # the column's implied unit (its header already says it)


Cell = Header | Data
Line = tuple[Cell, ...]


@dataclass(frozen=True)
class Layout:
    """A whole table: header lines (``<thead>``) and groups of body lines (one ``<tbody>`` each)."""

    table: str
    kind: str  # the format's layout name: grid | wide | blocks
    width: int  # number of grid columns
    head: tuple[Line, ...]
    bodies: tuple[tuple[Line, ...], ...]

    def data_cells(self) -> list[Data]:
        return [c for lines in (self.head, *self.bodies) for line in lines for c in line if isinstance(c, Data)]


# ---------------------------------------------------------------- the merge


def spans(paths: Sequence[Sequence[str]]) -> list[Span]:
    """Merge the header cells of leaves named by label paths.

    At each level, neighbouring leaves that share the path prefix up to that level
    share one cell. A path shorter than the deepest one ends in a cell that reaches
    down (or across) the remaining levels. Spans come out level by level, in leaf order.
    """
    paths = [tuple(p) for p in paths]
    if not paths or not all(paths):
        raise ValueError("every header path needs at least one label")
    deepest = max(len(p) for p in paths)
    out: list[Span] = []
    for level in range(deepest):
        i = 0
        while i < len(paths):
            path = paths[i]
            if len(path) <= level:
                i += 1
                continue
            prefix = path[: level + 1]
            j = i + 1
            while j < len(paths) and paths[j][: level + 1] == prefix:
                j += 1
            terminal = {len(paths[k]) == level + 1 for k in range(i, j)}
            if len(terminal) > 1 or (True in terminal and j - i > 1):
                raise ValueError(f"header path {' / '.join(prefix)} is both a label and a group, or repeated")
            is_end = terminal == {True}
            out.append(Span(path[level], level, i, j - i, deepest - level if is_end else 1, is_end))
            i = j
    return out


def _header(span: Span, *, across_rows: bool) -> Header:
    """A span placed on an axis: column headers stack levels as rows, row headers as columns."""
    if across_rows:  # column headers: levels are header rows, leaves are columns
        return Header(span.label, rowspan=span.depth, colspan=span.length,
                      scope="col" if span.length == 1 else "colgroup")
    return Header(span.label, rowspan=span.length, colspan=span.depth,
                  scope="row" if span.length == 1 else "rowgroup")


def depth(paths: Sequence[Sequence[str]]) -> int:
    return max(len(p) for p in paths)


def column_headers(paths: Sequence[Sequence[str]]) -> list[list[Header]]:
    """Header rows (top to bottom) for columns named by ``paths``."""
    rows: list[list[Header]] = [[] for _ in range(depth(paths))]
    for s in spans(paths):
        rows[s.level].append(_header(s, across_rows=True))
    return rows


def row_headers(paths: Sequence[Sequence[str]]) -> list[list[Header]]:
    """For each row named by ``paths``, the header cells that begin on that row (left to right)."""
    rows: list[list[Header]] = [[] for _ in paths]
    for s in sorted(spans(paths), key=lambda s: (s.start, s.level)):
        rows[s.start].append(_header(s, across_rows=False))
    return rows


# ---------------------------------------------------------------- the three layouts


def _grid(t: Table) -> Layout:
    """Rows × columns with a corner note (表三)."""
    cols = t.columns
    row_paths = [r.path for r in t.rows]
    head = column_headers([c.path for c in cols])
    corner = Header(t.corner or "", rowspan=len(head), colspan=depth(row_paths), scope="", css="corner")
    head[0].insert(0, corner)
    body = [
        tuple(hdrs) + tuple(Data(cell_key(t.key, r.key, c.key), c.kind, unit=c.unit) for c in cols)
        for r, hdrs in zip(t.rows, row_headers(row_paths))
    ]
    return Layout(t.key, t.layout, depth(row_paths) + len(cols), tuple(map(tuple, head)), (tuple(body),))


def _wide(t: Table) -> Layout:
    """Every group × column as one long header and a single data row (表四)."""
    leaves = [(g, c) for g in t.rows for c in g.columns]
    head = column_headers([g.path + (c.label,) for g, c in leaves])
    body = tuple(Data(cell_key(t.key, g.key, c.key), c.kind, unit=c.unit) for g, c in leaves)
    return Layout(t.key, t.layout, len(leaves), tuple(map(tuple, head)), ((body,),))


def _blocks(t: Table) -> Layout:
    """Sub-tables stacked in one table (表二): title line, header line, data lines per block.

    The grid is as wide as the label column plus the widest block; in a narrower block
    the last header and data cell take up the rest.
    """
    width = 1 + max(len(cols) for _, cols, _ in t.blocks)
    bodies = []
    for label, cols, rows in t.blocks:
        fill = width - len(cols)  # the last cell spans this many grid columns

        def span_of(i: int, fill: int = fill, last: int = len(cols) - 1) -> int:
            return fill if i == last else 1

        lines: list[Line] = [(Header(label, colspan=width, scope="colgroup", css="block"),)]
        lines.append(
            (Header(t.first_header or "", css="first"),)
            + tuple(Header(c.label, colspan=span_of(i)) for i, c in enumerate(cols))
        )
        for r in rows:
            lines.append(
                (Header(r.path[-1], scope="row"),)
                + tuple(Data(cell_key(t.key, r.key, c.key), c.kind, span_of(i), c.unit) for i, c in enumerate(cols))
            )
        bodies.append(tuple(lines))
    return Layout(t.key, t.layout, width, (), tuple(bodies))


_LAYOUTS = {"grid": _grid, "wide": _wide, "blocks": _blocks}


def placed_cells(layout: Layout) -> list[tuple[int, int, Cell]]:
    """(row, column, cell) of every cell of a layout, its rowspans and colspans placed on the grid
    (what a writer that addresses cells by position, not by markup order, needs)."""
    return place([*layout.head, *(line for body in layout.bodies for line in body)])


def place(lines) -> list[tuple[int, int, Cell]]:
    """(row, column, cell) of lines of cells, skipping the grid slots taken by row spans from above."""
    taken: set[tuple[int, int]] = set()
    placed = []
    for r, line in enumerate(lines):
        c = 0
        for cell in line:
            while (r, c) in taken:
                c += 1
            rowspan = getattr(cell, "rowspan", 1)
            placed.append((r, c, cell))
            taken.update((r + i, c + j) for i in range(rowspan) for j in range(cell.colspan))
            c += cell.colspan
    return placed


@cache
def table_layout(t: Table) -> Layout:
    """The merged-cell layout of one table of a format."""
    try:
        build = _LAYOUTS[t.layout]
    except KeyError:
        raise ValueError(f"no layout {t.layout!r} for table {t.key}") from None
    return build(t)
