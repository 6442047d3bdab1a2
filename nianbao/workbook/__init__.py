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
from ..errors import DatasetError
from ..load import validate_mapping
from .read import read_workbook
from .source import from_dataset, new_year
from .write import write


def write_dataset(ds: Dataset, path: str | Path) -> None:
    write(from_dataset(ds), Path(path))


def write_new(year: int, township: str, previous: Dataset | None, path: str | Path) -> None:
    write(new_year(year, township, previous), Path(path))


def _cell_of(field: str | None, where: dict) -> str | None:
    """The sheet cell of a dataset field (or of the first field under it: ``contact`` → 联系单位)."""
    if field is None:
        return None
    if field in where:
        return where[field]
    return next((w for k, w in where.items() if k.startswith(field + ".")), None)


def import_workbook(path: str | Path) -> Dataset:
    """A returned workbook → a validated dataset, or :class:`DatasetError` naming sheets and cells."""
    path = Path(path)
    raw, where = read_workbook(path)
    try:
        return validate_mapping(raw, path)
    except DatasetError as e:
        problems = [replace(p, field=_cell_of(p.field, where) or p.field) for p in e.problems]
        raise DatasetError(problems) from None


def read_mapping(path: str | Path) -> dict:
    """The dataset mapping a workbook holds, before validation."""
    return read_workbook(Path(path))[0]


__all__ = ["import_workbook", "read_mapping", "write_dataset", "write_new"]
