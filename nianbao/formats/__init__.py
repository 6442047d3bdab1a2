"""The official report formats, read from one YAML description per format.

Everything that needs to know rows, columns, labels or identities (validation,
checks, rendering, import) asks this module; nothing else hard-codes them.
Adding a format means adding one ``f*.yaml`` file next to this one.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources

import yaml

# What a column holds (cells.parser_for reads it): a count, a signed change (本年增/减), an amount of money.
KINDS = ("count", "signed", "money")


def cell_key(table: str, row: str, col: str) -> str:
    """The one spelling of a cell: ``t3.denied.1.natural`` (table, row key, column key)."""
    return f"{table}.{row}.{col}"


def split_key(key: str) -> tuple[str, str, str]:
    """``t3.denied.1.natural`` → (``t3``, ``denied.1``, ``natural``): row keys may contain dots."""
    table, rest = key.split(".", 1)
    row, col = rest.rsplit(".", 1)
    return table, row, col


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    path: tuple[str, ...]
    kind: str = "count"  # one of KINDS
    unit: str | None = None  # implied unit of a money column

    @property
    def full_label(self) -> str:
        """The column named with its parent header where the own label is ambiguous (法人或其他组织 其他)."""
        return " ".join(self.path[1:]) if len(self.path) > 2 else self.label


@dataclass(frozen=True)
class Row:
    key: str
    path: tuple[str, ...]
    columns: tuple[Column, ...]
    block: str | None = None  # section 二 sub-table label (第二十条第（X）项)

    @property
    def label(self) -> str:
        """The row as a reader names it: its own label under its group (not the top group)."""
        return " ".join(self.path[1:]) if len(self.path) > 1 else self.path[0]

    @property
    def full_label(self) -> str:
        return " ".join(self.path)

    def column(self, key: str) -> Column | None:
        return self._by_key.get(key)

    @cached_property
    def _by_key(self) -> dict[str, Column]:  # checks look columns up by key for every row of every dataset
        return {c.key: c for c in reversed(self.columns)}  # reversed: the first of a repeated key wins


@dataclass(frozen=True)
class Table:
    key: str  # t2 | t3 | t4
    name: str  # the section title the table belongs to
    short: str  # 表二 …
    layout: str  # blocks | grid | wide
    rows: tuple[Row, ...]
    corner: str | None = None
    first_header: str | None = None
    blocks: tuple[tuple[str, tuple[Column, ...], tuple[Row, ...]], ...] = ()

    def row(self, key: str) -> Row | None:
        return self._by_key.get(key)

    @cached_property
    def _by_key(self) -> dict[str, Row]:
        return {r.key: r for r in reversed(self.rows)}

    @property
    def columns(self) -> tuple[Column, ...]:
        """Columns shared by every row (grid and wide layouts)."""
        return self.rows[0].columns

    def expand(self, keys: list[str], universe: list[str]) -> list[str]:
        """Expand ``denied.*``-style patterns against ``universe`` keeping description order."""
        out: list[str] = []
        for pat in keys:
            out.extend(k for k in universe if fnmatch.fnmatchcase(k, pat) and k not in out)
        return out


@dataclass(frozen=True)
class Identity:
    id: str
    table: str
    each: str  # column | row
    left: tuple[str, ...]
    right: tuple[str, ...]
    name: str


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    table: str | None = None
    parts: tuple[str, ...] = ()  # the sub-parts the format lists for it, in order （一）主动公开 （二）依申请公开 …


@dataclass(frozen=True)
class Format:
    code: str
    name: str
    first_year: int
    last_year: int | None
    sections: tuple[Section, ...]
    tables: dict[str, Table] = field(hash=False)
    identities: tuple[Identity, ...] = ()
    notice: str | None = None  # the notice that issued the format, as cited (国办公开办函〔2021〕30号)
    notice_title: str | None = None  # its title without marks (关于印发中华人民共和国政府信息公开工作年度报告格式的通知)
    superseded_parts: tuple[str, ...] = ()  # parts of the reports the format replaced (收费及减免情况)
    superseded_headings: tuple[str, ...] = ()  # section headings of the structure it replaced (一、概述)
    # sets of item headings of that structure (regular expressions), each set used whole ((一)公开的主要内容 (二)公开形式)
    superseded_items: tuple[tuple[str, ...], ...] = ()
    superseded_outline: str | None = None  # a regex: words an outline uses only for the parts it replaced (举报投诉)

    def covers(self, year: int) -> bool:
        return year >= self.first_year and (self.last_year is None or year <= self.last_year)

    def cells(self):
        """Every (table, row, column) of this format, in report order."""
        for t in self.tables.values():
            for r in t.rows:
                for c in r.columns:
                    yield t, r, c



def _column(c: dict) -> Column:
    kind = c.get("kind", "count")
    # A typo here would silently turn a money or signed column into a count: refuse the description.
    if kind not in KINDS:
        raise ValueError(f"column {c.get('key')!r}: unknown kind {kind!r} in format description (one of {', '.join(KINDS)})")
    return Column(key=c["key"], label=c.get("label") or c["path"][-1], path=tuple(c.get("path") or [c["label"]]),
                  kind=kind, unit=c.get("unit"))


def _columns(raw: list[dict]) -> tuple[Column, ...]:
    return tuple(_column(c) for c in raw)


def _table(key: str, raw: dict) -> Table:
    common = dict(key=key, name=raw["name"], short=raw["short"], layout=raw["layout"])
    if raw["layout"] == "blocks":
        blocks, rows = [], []
        for b in raw["blocks"]:
            cols = _columns(b["columns"])
            brows = tuple(
                Row(key=r["key"], path=(b["label"], r["label"]), columns=cols, block=b["label"])
                for r in b["rows"]
            )
            blocks.append((b["label"], cols, brows))
            rows.extend(brows)
        return Table(**common, rows=tuple(rows), blocks=tuple(blocks), first_header=raw.get("first_header"))
    if raw["layout"] == "grid":
        cols = _columns(raw["columns"])
        rows = tuple(Row(key=r["key"], path=tuple(r["path"]), columns=cols) for r in raw["rows"])
        return Table(**common, rows=rows, corner=raw.get("corner"))
    if raw["layout"] == "wide":
        cols = _columns(raw["columns"])
        rows = tuple(Row(key=g["key"], path=tuple(g["path"]), columns=cols) for g in raw["groups"])
        return Table(**common, rows=rows)
    raise ValueError(f"unknown table layout {raw['layout']!r} in format description")


def _format(raw: dict) -> Format:
    years = raw["years"]
    return Format(
        code=str(raw["code"]),
        name=raw["name"],
        first_year=years["first"],
        last_year=years.get("last"),
        sections=tuple(Section(**{**s, "parts": tuple(s.get("parts", ()))}) for s in raw["sections"]),
        tables={k: _table(k, v) for k, v in raw["tables"].items()},
        identities=tuple(
            Identity(
                id=i["id"], table=i["table"], each=i["each"],
                left=tuple(i["left"]), right=tuple(i["right"]), name=i["name"],
            )
            for i in raw.get("identities", [])
        ),
        notice=raw.get("notice"),
        notice_title=raw.get("notice_title"),
        superseded_parts=tuple(raw.get("superseded_parts", ())),
        superseded_headings=tuple(raw.get("superseded_headings", ())),
        superseded_items=tuple(tuple(items) for items in raw.get("superseded_items", ())),
        superseded_outline=raw.get("superseded_outline"),
    )


# libyaml's C parser where PyYAML was built with it (several times faster), the pure-Python one otherwise:
# every kernel reads these files once, before its first check.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _bundled(name: str):
    return yaml.load(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"), Loader=SAFE_LOADER)


@cache
def all_formats() -> dict[str, Format]:
    """Every bundled format description, keyed by code ("2019", "2021", …)."""
    out = {}
    for entry in sorted(resources.files(__package__).iterdir(), key=lambda p: p.name):
        if entry.name.startswith("f") and entry.name.endswith(".yaml"):
            fmt = _format(_bundled(entry.name))
            out[fmt.code] = fmt
    return out


@cache
def wording() -> dict:
    """The fixed wording of reports besides the tables (phrases.yaml): ``document``, ``phrases``, ``optional``, ``terms``,
    ``columns``, ``dated``, ``regional``."""
    return _bundled("phrases.yaml")


@cache
def typos() -> tuple[dict, ...]:
    """Common misspellings of the reports' words (typos.yaml): ``wrong``, ``right``, optional ``then`` and ``not_after``."""
    raw = _bundled("typos.yaml")
    return tuple(raw["typos"])


def get(code: str) -> Format:
    return all_formats()[code]


@cache
def for_year(year: int) -> Format | None:
    """The format that applies to a report year, or None before the first format."""
    return next((f for f in all_formats().values() if f.covers(year)), None)


@cache
def table_names() -> dict[str, str]:
    """Table key → its short name (``t3`` → ``表三``), across every format."""
    return {t.key: t.short for f in all_formats().values() for t in f.tables.values()}


@cache
def section_titles() -> tuple[str, ...]:
    """Every format's section titles without their numbers, longest first (主动公开政府信息情况, 总体情况 …)."""
    titles = {sec.title.split("、", 1)[1] for f in all_formats().values() for sec in f.sections}
    return tuple(sorted(titles, key=lambda t: (-len(t), t)))


def codes() -> list[str]:
    return list(all_formats())
