"""What an import gives back: the dataset mapping, the validated dataset, the flat cells JSON, the log, the texts."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .. import cells as C
from ..dataset import Dataset
from .log import LogEntry


@dataclass
class ImportResult:
    source: Path
    raw: dict  # the dataset mapping in the project format; cells not found are absent
    dataset: Dataset | None  # validated, or None (the reasons are in the log)
    cells_json: dict  # organ, year, format per table, period as written, cells (t2./t3./t4.)
    log: list[LogEntry]
    original_text: str  # decoded text before normalisation (for HTML: its visible text)
    text: str  # normalised, simplified text
    truncated: bool = False  # cut off before sections 五 and 六 (only with partial=True)
    extra_rows: dict = field(default_factory=dict)  # table key → labels of rows the format does not have
    foreign_labels: dict = field(default_factory=dict)  # table key → (printed, format's label): another format's row label
    short_rows: dict = field(default_factory=dict)  # table key → (row key, numbers printed): fewer than columns, not read
    bare_rows: dict = field(default_factory=dict)  # table key → rows printed as a label alone where empty cells are dropped

    def entries(self, kind: str) -> list[LogEntry]:
        return [e for e in self.log if e.kind == kind]

    def log_text(self) -> str:
        return "\n".join(str(e) for e in self.log)


def cells_json(organ: str | None, year: int | None, formats: dict, period: str | None, cells: dict) -> dict:
    return {
        "organ": organ,
        "year": year,
        "format": formats,
        "period": period,
        "cells": {k: C.plain(v) for k, v in cells.items()},
    }
