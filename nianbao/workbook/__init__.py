"""The clerk's Excel/WPS workbook: written from a dataset (or last year's), read back exactly.

``write_dataset(ds, path)`` / ``write_new(year, id, previous, path)`` draw the workbook
(:mod:`.write`, laid out by :mod:`.plan` from the format description);
``import_workbook(path)`` reads it back (:mod:`.read`) and validates it with the dataset
schema, every problem naming the sheet and cell (``表三!D12``).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..dataset import Dataset
from ..errors import DatasetError, Problem
from ..load import validate_mapping
from .read import read_workbook
from .source import from_dataset, new_year
from .write import write


def write_dataset(ds: Dataset, path: str | Path) -> None:
    write(from_dataset(ds), Path(path))


def write_new(year: int, township: str, previous: Dataset | None, path: str | Path) -> None:
    write(new_year(year, township, previous), Path(path))


def _in_sheet(p: Problem, where: dict) -> list[Problem]:
    """A validation problem re-addressed to its sheet cell; a missing group (``contact``) → its required cells."""
    if p.field in where:
        return [replace(p, field=where[p.field][0])]
    inside = [cell for k, (cell, required) in where.items() if p.field and k.startswith(p.field + ".") and required]
    return [replace(p, field=cell) for cell in inside] or [p]


def import_workbook(path: str | Path) -> Dataset:
    """A returned workbook → a validated dataset, or :class:`DatasetError` naming sheets and cells."""
    path = Path(path)
    raw, where = read_workbook(path)
    try:
        return validate_mapping(raw, path)
    except DatasetError as e:
        raise DatasetError([q for p in e.problems for q in _in_sheet(p, where)]) from None


def read_mapping(path: str | Path) -> dict:
    """The dataset mapping a workbook holds, before validation."""
    return read_workbook(Path(path))[0]


__all__ = ["import_workbook", "read_mapping", "write_dataset", "write_new"]
