"""What goes into a workbook: a dataset as it is, or a new year pre-filled from last year's dataset.

Carry-over follows the cross-year rules (:mod:`nianbao.checks.cross_year`), by column key:
上年结转 = last year's 结转下年度 per column (across the 2019→2021 change too),
上一年项目数量 = last year's 上一年项目数量 + 本年增/减, 现行有效件数 starts from last year's.
Nothing else is carried: last year's narrative copied forward is a defect the checks look for.
"""

from __future__ import annotations

from .. import formats as F
from ..dataset import Dataset
from .write import Sheetable


def _flatten(mapping, prefix=()) -> dict:
    out = {}
    for k, v in mapping.items():
        path = prefix + (k,)
        if isinstance(v, dict):
            out.update(_flatten(v, path))
        elif isinstance(v, list) and k == "parts":
            for i, part in enumerate(v):
                out.update(_flatten(part, path + (i,)))
        else:
            out[path] = v
    return out


def from_dataset(ds: Dataset) -> Sheetable:
    raw = ds.model_dump(mode="python", by_alias=True, exclude_none=True, exclude={"tables", "waivers", "info_fees"})
    fields = _flatten(raw)
    if ds.info_fees is not None:
        fields[("info_fees",)] = str(ds.info_fees)  # an amount with its unit (120元), as a dataset file writes it
    waivers = [w.model_dump(mode="json", exclude_none=True) for w in ds.waivers] if ds.waivers else None
    return Sheetable(ds.fmt, dict(ds.cells), fields, len(ds.narrative.overview.parts), waivers=waivers)


def _carried(fmt: F.Format, prev: Dataset) -> dict[str, tuple[int, str]]:
    """Cell key → (value, where it came from) for every figure this year's format carries over."""
    last, out = prev.cells, {}
    for table in fmt.tables.values():
        for row in table.rows:
            for col in row.columns:
                key = f"{table.key}.{row.key}.{col.key}"
                if row.key == "carried_in":
                    source = last.get(f"{table.key}.carried_out.{col.key}")
                    if type(source) is int:
                        out[key] = (source, f"{prev.year}年度“结转下年度继续办理”为{source}")
                elif col.key == "prev_items":
                    items, change = (last.get(f"{table.key}.{row.key}.{c}") for c in ("prev_items", "change"))
                    if type(items) is int and type(change) is int:
                        out[key] = (items + change, f"{prev.year}年度上一年项目数量{items}、本年增/减{change:+d}")
                elif col.key == "in_force":
                    source = last.get(key)
                    if type(source) is int:
                        out[key] = (source, f"{prev.year}年度现行有效件数为{source}，本年应加制发、减废止")
    return out


def new_year(year: int, township: str, prev: Dataset | None) -> Sheetable:
    """An empty workbook for ``year``; with last year's dataset, its carried-over figures and contact pre-filled."""
    fmt = F.for_year(year)
    if fmt is None:
        raise ValueError(year)
    fields: dict = {("id",): township, ("year",): year}
    cells, prefilled = {}, {}
    if prev is not None:
        for key, (value, note) in _carried(fmt, prev).items():
            cells[key], prefilled[key] = value, note
        kept = _flatten(prev.model_dump(mode="python", exclude_none=True, include={"organ", "county", "contact"}))
        for path, value in kept.items():
            fields[path], prefilled[path] = value, f"沿用{prev.year}年度报告"
    return Sheetable(fmt, cells, fields, 0, prefilled)

