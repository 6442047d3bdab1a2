"""Errors a user can cause, worded for the user (Simplified Chinese), never as a traceback."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


def shown(file: str) -> str:
    """A file as the user is shown it: relative to its project when inside one (no machine paths in messages,
    index pages or summaries), else as given."""
    p = Path(file)
    if not p.is_absolute():
        return file
    for folder in p.parents:
        if (folder / "pyproject.toml").is_file() and (folder / "notebooks").is_dir():
            return p.relative_to(folder).as_posix()
    return file


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input: where (file, line, field) and what."""

    file: str
    message: str
    field: str | None = None
    line: int | None = None
    where: str | None = None  # the field in the report's own labels, when it is a table cell

    def __str__(self) -> str:
        loc = shown(self.file)
        if self.line:
            loc += f" 第{self.line}行"
        if self.field:
            loc += f" {self.field}"
        if self.where:
            loc += f"（{self.where}）"
        return f"{loc}：{self.message}"


class NianbaoError(Exception):
    """An input problem; its text is what the user is shown."""

    def __init__(self, problems: list[Problem] | Problem | str):
        if isinstance(problems, str):
            problems = [Problem(file="", message=problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems = list(problems)
        super().__init__(str(self))

    def __str__(self) -> str:
        return "\n".join(str(p).lstrip("：") if not p.file else str(p) for p in self.problems)

    # IPython shows this instead of a traceback, so a notebook user sees only the message.
    def _render_traceback_(self) -> list[str]:
        return ["数据有误，未能生成报告：", *str(self).splitlines()]


class DatasetError(NianbaoError):
    """A dataset file that cannot be loaded."""
