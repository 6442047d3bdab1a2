"""The import log: what the importer found, normalised, did not find, found ambiguous, or could not use.

Entries are plain data with a Chinese message, so the CLI, tests and the check
catalog can read them without knowing how the importer works.
"""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("found", "normalised", "not_found", "ambiguous", "problem")
KIND_LABELS = {
    "found": "找到",
    "normalised": "规范化",
    "not_found": "未找到",
    "ambiguous": "存疑",
    "problem": "问题",
}


@dataclass(frozen=True)
class LogEntry:
    kind: str  # one of KINDS
    message: str  # Chinese, for the user
    cells: tuple[str, ...] = ()  # cell keys the entry is about (t3.new.natural …)

    def __str__(self) -> str:
        return f"[{KIND_LABELS[self.kind]}] {self.message}"

    def to_dict(self) -> dict:
        return {"kind": self.kind, "message": self.message, "cells": list(self.cells)}


@dataclass
class ImportLog:
    entries: list[LogEntry] = field(default_factory=list)

    def add(self, kind: str, message: str, cells=()) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown log kind {kind!r}")
        self.entries.append(LogEntry(kind, message, tuple(cells)))

    def of(self, kind: str) -> list[LogEntry]:
        return [e for e in self.entries if e.kind == kind]
