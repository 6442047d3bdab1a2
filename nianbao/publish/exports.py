"""The index page's figures as downloads: CSV (UTF-8 with BOM, so Excel reads the Chinese) and .xlsx.

The workbook's metadata is fixed (author, dates from the report year) and its zip entries
carry a fixed timestamp, so the same outcomes give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils.dataframe import dataframe_to_rows
from openpyxl.writer.excel import ExcelWriter

from .. import __version__, atomic
from .figures import FIGURES

ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_FORMULA_START = ("=", "+", "-", "@")


def cell_text(value: str) -> str:
    """Text from a dataset as a spreadsheet cell holds it safely: control characters (a bare CR would
    split a CSV row; openpyxl refuses most others) become a space, and a leading = + - @ is quoted with
    an apostrophe so Excel and WPS show it as text instead of running it as a formula (OWASP's advice)."""
    text = _CONTROL.sub(" ", ILLEGAL_CHARACTERS_RE.sub(" ", value))
    return "'" + text if text.startswith(_FORMULA_START) else text


def figures_frame(outcomes: Sequence) -> pd.DataFrame:
    """One row per township: id, organ, status, finding counts, then every key figure (unknown: empty)."""
    rows = []
    for o in outcomes:
        row = {"编号": cell_text(o.township_id), "单位": cell_text(o.organ or ""), "状态": o.status,
               "错误": o.errors if o.ok else None, "警告": o.warnings if o.ok else None}
        row.update({f"{f.group}·{f.label}": (o.figures or {}).get(f.key) for f in FIGURES})
        rows.append(row)
    frame = pd.DataFrame(rows, columns=["编号", "单位", "状态", "错误", "警告"] + [f"{f.group}·{f.label}" for f in FIGURES])
    counts = [c for c in frame.columns if c not in ("编号", "单位", "状态")]
    return frame.astype({c: "Int64" for c in counts})  # integers with gaps, not floats


def write_csv(frame: pd.DataFrame, path: Path) -> Path:
    return atomic.write_bytes(path, frame.to_csv(index=False, lineterminator="\n").encode("utf-8-sig"))


def write_xlsx(frame: pd.DataFrame, path: Path, year: str, sheet: str) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for row in dataframe_to_rows(frame.astype(object).where(frame.notna(), None), index=False, header=True):
        ws.append(row)
    props = wb.properties
    props.creator = props.lastModifiedBy = f"nianbao {__version__}"
    props.title = sheet
    props.created = props.modified = dt.datetime(int(year), 12, 31)
    buf = io.BytesIO()
    # openpyxl's ExcelWriter, not save_workbook(): that one stamps "modified" with the clock.
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).save()
    return atomic.write_bytes(path, _fixed_zip_times(buf.getvalue()))


def _fixed_zip_times(data: bytes) -> bytes:
    """The same archive with every entry dated ZIP_TIME (openpyxl stamps entries with the clock)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()
