"""A published report as the checks read it: its text, and whatever the importer found.

Built from the importer's ``ImportResult`` (``raw``, ``dataset``, ``original_text``,
``text``). A report whose tables did not validate still has its text and the cells
that could be read, so the rules that can run, run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import cells as C
from .. import formats as F
from ..dataset import DatasetBase
from ..formats import cell_key
from ..names import counted, in_other_title

# …年度报告提纲 / 格式 / 模板 names another document (the city's outline for the 2019 reports), not this report; nor
# do the reports of several organs (2024年度县政府及31个部门、22个乡镇……年度报告).
# (2022度某街道信息公开工作年度报告: a title with 年 and 政府 lost still gives its year)
_TITLE_YEAR = re.compile(r"(\d{4})\s*(?:年度?|度)[^\n。及和、各个等]{0,20}?信息公开[^\n。]{0,6}年度报告"
                         r"(?!提纲|格式|模板|范本|编制要求|的?通知)")


@dataclass(frozen=True)
class ReportSource:
    path: str
    text: str  # normalised simplified text
    original_text: str  # as decoded, before normalisation
    year: int | None = None
    fmt: F.Format | None = None
    organ: str | None = None
    cells: dict = field(default_factory=dict)
    truncated: bool = False  # the page stops before sections 五 and 六
    previous_text: str | None = None  # last year's published report of the same organ (normalised), if given
    extra_rows: dict = field(default_factory=dict)  # table key → labels of rows with numbers the format does not have
    foreign_labels: dict = field(default_factory=dict)  # table key → (printed, format's label): another format's row label
    short_rows: dict = field(default_factory=dict)  # table key → (row key, numbers printed): fewer than columns, not read
    bare_rows: dict = field(default_factory=dict)  # table key → rows printed as a label alone where empty cells are dropped


# 《…关于做好2023年政府信息公开工作年度报告编制发布工作的通知》: a notice on the reports of a year, cited
_NOTICE_ON = re.compile(r"(?:关于|做好)\s*$")
_NOTICE_AFTER = re.compile(r"[^\n。》]{0,16}通知")


# 包括……2020年政府信息公开工作年度报告、……: last year's report among what was published; 现向社会公布……: the
# opening that announces a report (period.announced_year reads that one)
_NAMED_IN_A_SENTENCE = re.compile(r"(?:包括|(?:现|特)(?:向社会)?(?:予以|将)?(?:公布|发布|公开|公示))[^，,。；;\n]{0,30}$")


def title_year(text: str) -> int | None:
    """The year of the report's title (2020年政府信息公开工作年度报告), when the text has one."""
    for m in _TITLE_YEAR.finditer(text[:600]):
        if _NOTICE_ON.search(text[max(0, m.start() - 4):m.start()]) and _NOTICE_AFTER.match(text, m.end()):
            continue
        if in_other_title(text, m.start(), m.end()):
            continue  # 《关于做好2022年政府信息公开年度报告……的工作提示》
        if _NAMED_IN_A_SENTENCE.search(text[max(0, m.start() - 40):m.start()]) or text.startswith("、", m.end()):
            continue
        if counted(text, m.end()):
            continue  # ……2021年度政府信息公开工作年度报告1条: last year's report counted among what was published
        return int(m.group(1))
    return None


def _lenient_cells(fmt: F.Format, raw_tables) -> dict:
    """Cells of a raw ``tables`` mapping that can be read; the others stay absent (not found)."""
    out = {}
    if not isinstance(raw_tables, dict):
        return out
    for t, r, c in fmt.cells():
        row = (raw_tables.get(t.key) or {}).get(r.key) if isinstance(raw_tables.get(t.key), dict) else None
        if not isinstance(row, dict) or c.key not in row:
            continue
        try:
            out[cell_key(t.key, r.key, c.key)] = C.parser_for(c.kind, c.unit)(row[c.key])
        except ValueError:  # pydantic's custom errors are ValueErrors: an unreadable cell is not found
            continue
    return out


def from_import(result, path: str) -> tuple[DatasetBase | None, ReportSource]:
    """(validated dataset or None, source) of an importer result."""
    raw = result.raw if isinstance(getattr(result, "raw", None), dict) else {}
    ds = getattr(result, "dataset", None)
    text = result.text or ""
    year = raw.get("year") if isinstance(raw.get("year"), int) else title_year(text)
    fmt = None
    if isinstance(raw.get("format"), str) and raw["format"] in F.codes():
        fmt = F.get(raw["format"])
    elif year is not None:
        fmt = F.for_year(year)
    organ = raw.get("organ") if isinstance(raw.get("organ"), str) else None
    cells = _lenient_cells(fmt, raw.get("tables")) if fmt is not None and ds is None else {}
    source = ReportSource(path=path, text=text, original_text=result.original_text or text,
                          year=year, fmt=fmt, organ=organ, cells=cells,
                          truncated=bool(getattr(result, "truncated", False)),
                          extra_rows=dict(getattr(result, "extra_rows", {}) or {}),
                          foreign_labels=dict(getattr(result, "foreign_labels", {}) or {}),
                          short_rows=dict(getattr(result, "short_rows", {}) or {}),
                          bare_rows=dict(getattr(result, "bare_rows", {}) or {}))
    return ds, source


def with_previous(source: ReportSource, path) -> ReportSource:
    """``source`` with last year's published report of the same organ (a file) attached, for the copy checks."""
    from dataclasses import replace

    from ..importer import import_report  # the importer reads the file; checks only read its text

    return replace(source, previous_text=import_report(path, partial=True).text)
