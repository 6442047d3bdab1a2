"""What every rule reads: the dataset (or a published report), its format, cells and text,
last year's dataset and the other townships of a batch."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING

from .. import cells as C
from ..dataset import DatasetBase
from ..formats import Column, Format, Row, Table, cell_key
from ..formats import get as get_format
from .text import Passage, heading_title

if TYPE_CHECKING:
    from .finding import Finding
    from .source import ReportSource

# Share of a narrative repeated from another one above which content.copy_* warn.
DEFAULT_COPY_THRESHOLD = 0.6


@dataclass(frozen=True)
class Sibling:
    """Another township of the same year, as the copy-paste rule compares it: who it is and its narrative."""

    township_id: str
    organ: str
    year: int
    text: str

    @classmethod
    def of(cls, ds: DatasetBase) -> Sibling:
        return cls(ds.township_id, ds.organ, ds.year, narrative_text(ds))


@dataclass(frozen=True)
class Missing:
    """Last year's dataset was looked for and not found (said, not silently skipped)."""

    path: str
    year: int


class Context:
    """One dataset (or imported report) under check. Built once per run so rules share what they read.

    ``ds`` may be None when ``source`` (a published report that did not validate) is given:
    then the year, format and cells are what the importer found, and rules that need
    the dataset's own fields do not run.
    """

    def __init__(self, ds: DatasetBase | None, previous: DatasetBase | Missing | None = None,
                 siblings: tuple[Sibling | DatasetBase, ...] = (), source: ReportSource | None = None,
                 copy_threshold: float = DEFAULT_COPY_THRESHOLD):
        if ds is None and source is None:
            raise ValueError("run_checks needs a dataset or a report source")
        self.ds = ds
        self.source = source
        self.previous = previous
        self.siblings = tuple(s if isinstance(s, Sibling) else Sibling.of(s) for s in siblings if s is not ds)
        self.copy_threshold = copy_threshold
        self.year: int | None = ds.year if ds is not None else source.year
        self.fmt: Format | None = ds.fmt if ds is not None else source.fmt
        if ds is not None:
            self.cells: dict[str, C.Cell] = dict(ds.cells) if self.fmt is not None else {}
        else:
            self.cells = dict(source.cells)
        self.findings: list[Finding] = []  # filled before the rules that read other findings run
        self.memo: dict = {}  # what several rules of one module derive from the same text, computed once

    @cached_property
    def previous_cells(self) -> dict[str, C.Cell]:
        """Last year's cells (empty when there is no previous dataset)."""
        prev = self.previous
        return dict(prev.cells) if isinstance(prev, DatasetBase) and prev.fmt is not None else {}

    @property
    def organ(self) -> str | None:
        return getattr(self.ds, "organ", None) if self.ds is not None else self.source.organ

    @property
    def contact(self):
        """The dataset's contact block, or None (an imported report, or a dataset built without validation)."""
        return getattr(self.ds, "contact", None)

    @cached_property
    def passages(self) -> list[Passage]:
        """The text the report publishes: the full text of an imported report, else the dataset's narrative."""
        if self.source is not None:
            return [Passage("全文", None, self.source.text)]
        return narrative_passages(self.ds)

    @cached_property
    def text(self) -> str:
        return "\n".join(p.text for p in self.passages)

    @property
    def original_text(self) -> str:
        """The text as published, before any normalisation (traditional script, pinyin residue)."""
        return self.source.original_text if self.source is not None else self.text

    @cached_property
    def index(self) -> dict[str, tuple[Table, Row, Column]]:
        """Every cell key of the format → its table, row and column (report order)."""
        return _index(self.fmt.code)

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

    def total(self, keys: list[str]) -> int | None:
        """The sum of ``keys`` when every one is a known integer."""
        values = self.numbers(keys)
        return None if values is None else sum(values)

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


def narrative_passages(ds: DatasetBase) -> list[Passage]:
    """A dataset's narrative as passages named by the report's own headings."""
    titles = {s.key: s.title for s in ds.fmt.sections} if ds.fmt is not None else {}
    n = getattr(ds, "narrative", None)  # absent on a dataset built without validation (model_construct)
    out = []
    if n is None:
        return out
    if n.preamble:
        out.append(Passage("前言", "preamble", n.preamble))
    overview = titles.get("overview", "一、总体情况")
    if n.overview.intro:
        out.append(Passage(overview, "overview", n.overview.intro))
    for part in n.overview.parts:
        out.append(Passage(f"{overview}“{heading_title(part.title)}”", "overview", part.text))
    for key in ("proactive", "applications", "reviews", "problems", "other"):
        text = getattr(n, key)
        if text:
            out.append(Passage(titles.get(key, key), key, text))
    return out


def narrative_text(ds: DatasetBase) -> str:
    return "\n".join(p.text for p in narrative_passages(ds))


@cache
def _index(fmt_code: str) -> dict[str, tuple[Table, Row, Column]]:
    fmt = get_format(fmt_code)
    return {cell_key(t.key, r.key, c.key): (t, r, c) for t, r, c in fmt.cells()}
