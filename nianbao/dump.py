"""Writing a dataset back as YAML text a township clerk can edit and a reviewer can diff.

The layout is fixed: top-level fields in the order ``id, organ, county, year, format
(only if set), signed, contact, period, narrative, tables``; narrative texts as block
scalars (``|``); each table row on one line in flow style, rows and columns in the
order of the format description, each row followed by a comment with its label in
the report. Cells are written as the loader reads them back: counts and signed
changes as plain integers, blank as ``~``, not applicable as ``"/"``, money as its
text (``981.93万元``). Ids, phone numbers and postcodes are always quoted.

All quoting and escaping is left to PyYAML (a :class:`yaml.SafeDumper` subclass with
a few representers); this module only decides order, style and comments.

``load(dump(ds))`` gives back an equal dataset: the same cells (blank stays blank,
absent stays absent) and the same narrative.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import yaml
from pydantic import BaseModel

from . import cells as C
from . import formats as F
from .dataset import Contact, DatasetBase, Narrative, Overview, Part, Period, _ident, format_of

HEADER = "# 政府信息公开工作年度报告数据集（nianbao）。各字段的含义、表格的行列和填写方法见 docs/dataset.md。"

# Fields whose text is always quoted (YAML would read 010 as the number 8, 0470-… is fine
# but quoting phone numbers and ids consistently avoids surprises when they are edited).
_QUOTED_FIELDS = {("id",), ("format",), ("contact", "phone"), ("contact", "postcode")}

# Blank lines go before these top-level fields, so the file reads in sections.
_SPACED = {"signed", "contact", "period", "narrative", "tables"}

_WIDTH = 1 << 30  # never fold a line


# ---------------------------------------------------------------- styled scalars

class _Quoted(str):
    """A string written in double quotes."""


class _Literal(str):
    """A string written as a literal block scalar (``|``)."""


class _FlowMapping(dict):
    """A mapping written on one line (``{a: 1, b: 2}``)."""


class _Dumper(yaml.SafeDumper):
    """SafeDumper that indents sequences inside mappings (``parts:`` then ``  - title: …``)."""

    def increase_indent(self, flow=False, indentless=False):
        return super().increase_indent(flow, False)


def _represent_none(dumper: yaml.SafeDumper, _):
    return dumper.represent_scalar("tag:yaml.org,2002:null", "~")


def _represent_quoted(dumper: yaml.SafeDumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(data), style='"')


def _represent_literal(dumper: yaml.SafeDumper, data):
    # PyYAML falls back to a quoted style by itself when a text cannot be a block scalar
    # (e.g. trailing spaces on a line), so any text stays correct.
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(data), style="|")


def _represent_flow(dumper: yaml.SafeDumper, data):
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=True)


_Dumper.add_representer(type(None), _represent_none)
_Dumper.add_representer(_Quoted, _represent_quoted)
_Dumper.add_representer(_Literal, _represent_literal)
_Dumper.add_representer(_FlowMapping, _represent_flow)
_Dumper.add_representer(C.Money, lambda d, m: d.represent_str(str(m)))


def _yaml(data: Any) -> str:
    return yaml.dump(
        data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=_WIDTH,
        default_flow_style=False, indent=2,
    )


# ---------------------------------------------------------------- ordering the non-table part

# Field order of each nested model, and which of its values are narrative texts.
_MODELS: dict[tuple[str, ...], type[BaseModel]] = {
    ("contact",): Contact,
    ("period",): Period,
    ("narrative",): Narrative,
    ("narrative", "overview"): Overview,
    ("narrative", "overview", "parts", "*"): Part,
}


def _field_keys(model: type[BaseModel]) -> list[str]:
    return [f.alias or name for name, f in model.model_fields.items()]


def _ordered(mapping: Mapping, keys: list[str]) -> list:
    """The keys of ``mapping``: known ones in ``keys`` order, then any others as they came."""
    known = [k for k in keys if k in mapping]
    return known + [k for k in mapping if k not in keys]


def _style(value: Any, path: tuple) -> Any:
    """Order nested mappings by their model and mark values with their YAML style."""
    model = _MODELS.get(path) or (_MODELS.get(path[:-1] + ("*",)) if path and isinstance(path[-1], int) else None)
    if isinstance(value, Mapping):
        keys = _field_keys(model) if model is not None else list(value)
        return {k: _style(value[k], path + (k,)) for k in _ordered(value, keys)}
    if isinstance(value, list):
        return [_style(v, path + (i,)) for i, v in enumerate(value)]
    if isinstance(value, str):
        if path in _QUOTED_FIELDS:
            return _Quoted(value)
        if path and path[0] == "narrative" and path[-1] != "title":
            return _Literal(value)
    return value


# ---------------------------------------------------------------- tables

def _normalise(value: Any, column: F.Column | None) -> Any:
    """A cell as the loader reads it back; a value that does not parse is kept as written."""
    if column is None:
        return value
    try:
        parsed = C.parser_for(column.kind, column.unit)(value)
    except Exception:
        return value
    return _cell_yaml(parsed)


def _cell_yaml(value: C.Cell) -> Any:
    if value == C.NA:
        return _Quoted(C.NA)
    return C.plain(value)


def _dataset_tables(ds: DatasetBase) -> dict:
    """The tables of a dataset as a nested mapping, keeping blank (None) apart from absent."""
    out: dict = {}
    tables = getattr(ds, "tables", None)
    if tables is None:
        return out
    for t in ds.fmt.tables.values():
        table = getattr(tables, t.key, None)
        if table is None:
            continue
        rows: dict = {}
        for r in t.rows:
            row = getattr(table, _ident(r.key), None)
            if row is None:
                continue
            rows[r.key] = {c.key: _cell_yaml(getattr(row, c.key)) for c in r.columns if c.key in row.model_fields_set}
        out[t.key] = rows
    return out


def _raw_tables(tables: Mapping, fmt: F.Format | None) -> dict:
    """The tables of a raw mapping, known tables/rows/columns in format order, cells normalised."""
    out: dict = {}
    known = list(fmt.tables) if fmt else []
    for tkey in _ordered(tables, known):
        rows = tables[tkey]
        table = fmt.tables.get(tkey) if fmt and isinstance(tkey, str) else None
        if table is None or not isinstance(rows, Mapping):
            out[tkey] = rows
            continue
        trows: dict = {}
        for rkey in _ordered(rows, [r.key for r in table.rows]):
            cols = rows[rkey]
            row = table.row(rkey) if isinstance(rkey, str) else None
            if row is None or not isinstance(cols, Mapping):
                trows[rkey] = cols
                continue
            trows[rkey] = {
                ckey: _normalise(cols[ckey], row.column(ckey) if isinstance(ckey, str) else None)
                for ckey in _ordered(cols, [c.key for c in row.columns])
            }
        out[tkey] = trows
    return out


def _is_flat(cols: Any) -> bool:
    return isinstance(cols, Mapping) and not any(isinstance(v, (Mapping, list)) for v in cols.values())


def _indent(text: str, n: int) -> str:
    pad = " " * n
    return "".join(pad + line if line.strip() else line for line in text.splitlines(keepends=True))


def _columns_note(columns) -> str:
    return "，".join(f"{c.key}＝{c.label}" for c in columns)


@lru_cache(maxsize=4096)
def _flow_scalar(kind: type, value: Any) -> str | None:
    """How PyYAML writes one scalar inside a flow mapping (None when it would need several lines)."""
    text = _yaml(_FlowMapping({"k": value}))
    if text.count("\n") != 1:
        return None
    return text[len("{k: "):-len("}\n")]


def _scalar_text(value: Any) -> str | None:
    if value is None:
        return "~"
    if type(value) is int:
        return str(value)
    try:
        return _flow_scalar(type(value), value)
    except TypeError:  # unhashable: not a scalar
        return None


def _row_line(rkey: Any, cols: Any, comment: str | None) -> str:
    """One row: ``key: {col: value, …}`` on one line, with its label as a comment.

    Every key and value is written by PyYAML (cached per distinct scalar, since a
    table repeats the same few); only the braces and commas are put together here.
    """
    if _is_flat(cols):
        items = [(_scalar_text(k), _scalar_text(v)) for k, v in cols.items()]
        key = _scalar_text(rkey)
        if key is not None and all(k is not None and v is not None for k, v in items):
            text = f"{key}: {{{', '.join(f'{k}: {v}' for k, v in items)}}}"
            return f"{text}  # {comment}\n" if comment else text + "\n"
    text = _yaml({rkey: _FlowMapping(cols) if _is_flat(cols) else cols})
    if comment and text.count("\n") == 1:
        text = f"{text.rstrip()}  # {comment}\n"
    return text


def _tables_text(tables: Any, fmt: F.Format | None) -> str:
    if not isinstance(tables, Mapping):
        return _yaml({"tables": tables})
    if not tables:
        return "tables: {}\n"
    out = ["tables:\n"]
    for tkey, rows in tables.items():
        table = fmt.tables.get(tkey) if fmt and isinstance(tkey, str) else None
        if not isinstance(rows, Mapping) or not rows:
            out.append(_indent(_yaml({tkey: rows}), 2))
            continue
        head = _scalar_text(tkey) or _yaml({tkey: None}).rstrip().removesuffix(": ~")
        out.append(_indent(f"{head}:" + (f"  # {table.short} {table.name}" if table else "") + "\n", 2))
        if table is not None and table.layout != "blocks":
            out.append(_indent(f"# 列：{_columns_note(table.columns)}\n", 4))
        block = None
        for rkey, cols in rows.items():
            row = table.row(rkey) if table is not None and isinstance(rkey, str) else None
            if row is not None and row.block and row.block != block:
                block = row.block
                out.append(_indent(f"# {block}：{_columns_note(row.columns)}\n", 4))
            comment = None
            if row is not None:
                comment = row.path[-1] if table.layout == "blocks" else (row.label if table.layout == "grid" else row.full_label)
            out.append(_indent(_row_line(rkey, cols, comment), 4))
    return "".join(out)


# ---------------------------------------------------------------- entry points

def _dataset_mapping(ds: DatasetBase) -> dict:
    raw = ds.model_dump(mode="python", by_alias=True, exclude_none=True, exclude={"tables"})
    if ds.info_fees is not None:
        raw["info_fees"] = C.plain(ds.info_fees)  # an amount with its unit (120元), not Money's fields
    overview = raw.get("narrative", {}).get("overview")
    if isinstance(overview, dict) and overview.get("parts") == []:
        del overview["parts"]  # the default; nothing to write
    raw["tables"] = _dataset_tables(ds)
    return raw


_TOP = [f.alias or n for n, f in DatasetBase.model_fields.items()] + ["tables"]


def dump(data: DatasetBase | Mapping) -> str:
    """A dataset (validated, or a raw mapping as a file would hold it) as YAML text.

    A raw mapping is not validated: known fields, tables, rows and columns are put in
    order and cells that parse are normalised (增13 → 13, ／ → "/"); anything else is
    written as it is, so nothing the clerk wrote is lost.
    """
    if isinstance(data, DatasetBase):
        mapping, fmt = _dataset_mapping(data), data.fmt
    elif isinstance(data, Mapping):
        mapping = dict(data)
        code = format_of(mapping)
        fmt = F.get(code) if code else None
        if isinstance(mapping.get("tables"), Mapping):
            mapping["tables"] = _raw_tables(mapping["tables"], fmt)
    else:
        raise TypeError(f"dump() takes a dataset or a mapping, not {type(data).__name__}")

    parts = [HEADER + "\n"]
    for key in _ordered(mapping, _TOP):
        value = mapping[key]
        if key == "tables" or (key == "format" and value is None):
            continue
        if key in _SPACED:
            parts.append("\n")
        parts.append(_yaml({key: _style(value, (key,))}))
    if "tables" in mapping:
        parts.append("\n")
        parts.append(_tables_text(mapping["tables"], fmt))
    return "".join(parts)


def dump_to(data: DatasetBase | Mapping, path) -> None:
    """Write :func:`dump` output to ``path`` (UTF-8, LF line endings), whole or not at all: a file it replaces
    (``import --force``) is never left half-written."""
    from pathlib import Path

    from . import atomic

    atomic.write_text(Path(path), dump(data))


__all__ = ["dump", "dump_to", "HEADER"]
