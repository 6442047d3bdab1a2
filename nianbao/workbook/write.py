"""Draw the clerk's workbook: instructions, 基本信息, one sheet per official table.

Label cells are locked, input cells unlocked and coloured (pre-filled ones in another
colour, with a comment saying where the figure came from), every input cell carries a
data validation, and each identity of the format is a live check cell beside its table.
"""

from __future__ import annotations

import datetime as dt
import math
from copy import copy
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.datavalidation import DataValidation

from .. import __version__, atomic
from .. import formats as F
from . import info as I
from .instructions import LEGEND, instructions
from .plan import Box, Check, SheetPlan, plans
from .values import to_sheet

META_SHEET = "_nianbao"  # hidden: what the analyst's side needs back and the clerk never edits

_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
FILL_INPUT = PatternFill("solid", fgColor="DDEBF7")  # blue: fill in
FILL_PREFILLED = PatternFill("solid", fgColor="FFF2CC")  # yellow: pre-filled from last year, check it
FILL_CHECK = PatternFill("solid", fgColor="F2F2F2")
FILL_BROKEN = PatternFill("solid", fgColor="FFC7CE")
FONT_LABEL = Font(name="宋体", size=10, bold=True)
FONT_BODY = Font(name="宋体", size=10)
FONT_TITLE = Font(name="黑体", size=14, bold=True)
FONT_NOTE = Font(name="宋体", size=9, color="595959")
FONT_BROKEN = Font(color="9C0006", bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
TOP_LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)
UNLOCKED = Protection(locked=False)

# What a cell of each kind admits, as an Excel formula on its top-left cell ({c}); blank is always allowed.
_RULES = {
    "count": ('OR({c}="/",AND(ISNUMBER({c}),{c}>=0,{c}=INT({c})))',
              "请填写非负整数；没有发生的填 0；不适用的填 /；尚未统计的留空（留空不等于 0）。"),
    "signed": ('OR({c}="/",AND(ISNUMBER({c}),{c}=INT({c})))',
               "请填写整数：增加填正数（如 13），减少填负数（如 -2），没有变化填 0；不适用的填 /。"),
    "money": ('OR({c}="/",AND(ISNUMBER({c}),{c}>=0))',
              "请填写金额（非负数，单位见表头）；不适用的填 /。"),
    "money_text": ('OR({c}="/",AND(ISNUMBER({c}),{c}>=0),RIGHT({c},1)="元")',
                   "请填写金额并写明单位，如 981.93万元 或 251000元；不适用的填 /。"),
}


@dataclass
class Sheetable:
    """What a workbook shows: the format, the table cells and the other fields (by path), what was pre-filled."""

    fmt: F.Format
    cells: dict  # t3.new.natural → cell value; missing keys are written blank
    fields: dict  # ("contact", "phone") → value
    parts: int  # number of overview parts filled in
    prefilled: dict = field(default_factory=dict)  # cell key or field path → where the value came from
    waivers: list | None = None


def _rule_kind(column: F.Column) -> str:
    if column.kind == "money":
        return "money" if column.unit else "money_text"
    return column.kind


def _width(text: str) -> float:
    """Display width in Excel's units: a CJK character takes two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _style(ws, cell, font, align, fill, locked: bool, border: bool) -> None:
    """Give a cell a style; each combination is built once per workbook, then its index array is copied.

    (Assigning openpyxl style objects cell by cell hashes them every time: most of the writing time.)
    """
    cache = ws.parent.__dict__.setdefault("_nianbao_styles", {})
    key = (id(font), id(align), id(fill), locked, border)
    if key not in cache:
        cell.font, cell.alignment = font, align
        if fill is not None:
            cell.fill = fill
        if not locked:
            cell.protection = UNLOCKED
        if border:
            cell.border = BORDER
        cache[key] = copy(cell._style)
    cell._style = copy(cache[key])


def _set(ws, box: Box, value, *, font=FONT_BODY, align=CENTER, fill=None, locked=True, border=True, formula=False):
    cell = ws.cell(box.row, box.col)
    cell.value = value
    if not formula and isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # text the clerk wrote, never a formula
    _style(ws, cell, font, align, fill, locked, border)
    if box.merged:
        for r in range(box.row, box.row + box.rows):
            for c in range(box.col, box.col + box.cols):
                if (r, c) != (box.row, box.col):
                    _style(ws, ws.cell(r, c), font, align, fill, locked, border)
        # a plain range (all the writer needs): merge_cells() and MergedCellRange restyle the cells one by one
        ws.merged_cells.add(CellRange(box.range))
    return cell


def _protect(ws) -> None:
    ws.protection.sheet = True
    # the clerk may still widen columns and rows to read long labels
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


def _mark_prefilled(cell, note: str) -> None:
    cell.fill = FILL_PREFILLED
    cell.comment = Comment(f"已预填：{note}。请核对，不对请改正。", "nianbao", width=260, height=80)


def _validation(ws, kind: str, ranges: list[str]) -> None:
    formula, message = _RULES[kind]
    for rng in ranges:
        first = rng.split(":")[0]
        dv = DataValidation(type="custom", formula1=formula.format(c=first), allow_blank=True,
                            showErrorMessage=True, errorTitle="填写有误", error=message,
                            showInputMessage=True, promptTitle="填写要求", prompt=message)
        dv.add(rng)
        ws.add_data_validation(dv)


def check_formula(check: Check) -> str:
    """``sum(left) = sum(right)``, or 未填完 while a cell is blank or "/" (neither counts as 0)."""
    left, right = ",".join(check.left), ",".join(check.right)
    n = len(check.left) + len(check.right)
    return (f'=IF(COUNT({left},{right})<{n},"未填完",IF(SUM({left})=SUM({right}),"✓ 相符",'
            f'"✗ "&SUM({left})&"≠"&SUM({right})))')


def _table_sheet(wb: Workbook, plan: SheetPlan, data: Sheetable) -> None:
    ws = wb.create_sheet(plan.title)
    width = plan.last_col
    _set(ws, Box(1, 1, 1, width), plan.table.name, font=FONT_TITLE, border=False)
    _set(ws, Box(2, 1, 1, width), "蓝色格填写；" + LEGEND, font=FONT_NOTE, align=LEFT, border=False)
    for label in plan.labels:
        _set(ws, label.box, label.text, font=FONT_LABEL if label.kind == "header" else FONT_NOTE,
             fill=FILL_CHECK if label.kind == "check" else None)
    runs: dict[str, list[Box]] = {}
    for inp in plan.inputs:
        cell = _set(ws, inp.box, to_sheet(data.cells.get(inp.key), inp.column), fill=FILL_INPUT, locked=False)
        if inp.key in data.prefilled:
            _mark_prefilled(cell, data.prefilled[inp.key])
        runs.setdefault(_rule_kind(inp.column), []).append(inp.box)
    for kind, boxes in runs.items():
        _validation(ws, kind, _rectangles(boxes))
    spans: dict[str, list[Box]] = {}
    for check in plan.checks:
        _set(ws, check.box, check_formula(check), font=FONT_NOTE, fill=FILL_CHECK, formula=True)
        spans.setdefault(check.identity.id, []).append(check.box)
    for boxes in spans.values():  # one rule per identity over its line or column of check cells
        first = min(boxes, key=lambda b: (b.row, b.col))
        area = Box(first.row, first.col, max(b.row + b.rows for b in boxes) - first.row,
                   max(b.col + b.cols for b in boxes) - first.col)
        ws.conditional_formatting.add(area.range, FormulaRule(formula=[f'LEFT({first.address},1)="✗"'],
                                                              fill=FILL_BROKEN, font=FONT_BROKEN))
    _size(ws, plan)
    _page(ws)
    _protect(ws)


def _page(ws) -> None:
    """Printed (and exported to PDF) on A4 landscape, one page wide."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0


def _rectangles(boxes: list[Box]) -> list[str]:
    """Input boxes of one kind as few rectangles (one validation each): row runs, then equal runs stacked."""
    runs: list[Box] = []
    for b in sorted(boxes, key=lambda b: (b.row, b.col)):
        last = runs[-1] if runs else None
        if last is not None and b.row == last.row and b.rows == last.rows and b.col == last.col + last.cols:
            runs[-1] = Box(last.row, last.col, last.rows, last.cols + b.cols)
        else:
            runs.append(b)
    out: list[Box] = []
    for r in sorted(runs, key=lambda b: (b.col, b.cols, b.row)):
        last = out[-1] if out else None
        if last is not None and (r.col, r.cols) == (last.col, last.cols) and r.row == last.row + last.rows:
            out[-1] = Box(last.row, last.col, last.rows + r.rows, last.cols)
        else:
            out.append(r)
    return [b.range for b in out]


@cache
def _dimensions(plan: SheetPlan) -> tuple[dict[int, float], dict[int, float]]:
    """Column widths from the one-column labels; row heights for the wrapped labels (per plan, computed once)."""
    widths: dict[int, float] = {}
    for label in plan.labels:
        if label.box.cols == 1 and label.kind == "header":
            widths[label.box.col] = max(widths.get(label.box.col, 0), _width(label.text))
    for col in range(1, plan.last_col + 1):
        w = widths.get(col, 8)
        widths[col] = min(max(w / (2 if w > 24 else 1) + 2, 8), 34)
    heights: dict[int, float] = {1: 24}
    for label in plan.labels:
        span = sum(widths[c] for c in range(label.box.col, label.box.col + label.box.cols))
        lines = math.ceil(_width(label.text) / max(span - 1, 1))
        heights[label.box.row] = min(max(heights.get(label.box.row, 15), 15 * lines / label.box.rows), 300)
    return widths, heights


def _size(ws, plan: SheetPlan) -> None:
    widths, heights = _dimensions(plan)
    for col, w in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = w
    for row, h in heights.items():
        ws.row_dimensions[row].height = h


def _info_value(f: I.InfoField, value):
    if isinstance(value, dt.date) or value is None:
        return value
    return str(value)


def _info_sheet(wb: Workbook, data: Sheetable) -> None:
    ws = wb.create_sheet(I.SHEET)
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 80
    ws.column_dimensions["C"].width = 48
    _set(ws, Box(1, 1, 1, 3), f"基本信息与报告正文（{data.fmt.name}）", font=FONT_TITLE, border=False)
    for col, caption in enumerate(("项目", "填写内容", "说明"), start=1):
        _set(ws, Box(2, col), caption, font=FONT_LABEL, fill=FILL_CHECK)
    fields = I.info_fields(data.fmt, I.part_slots(data.parts))
    for row, f in enumerate(fields, start=I.FIRST_ROW):
        _set(ws, Box(row, 1), f.label + ("（必填）" if f.required else ""), font=FONT_LABEL, align=LEFT)
        hint = f.hint if f.path != ("format",) else f"{f.hint}。本工作簿的表格：{data.fmt.name}"
        _set(ws, Box(row, 3), hint, font=FONT_NOTE, align=LEFT)
        value = _info_value(f, data.fields.get(f.path))
        fixed = f.kind == "fixed"
        cell = _set(ws, Box(row, 2), value, align=TOP_LEFT if f.kind == "long" else LEFT,
                    fill=FILL_CHECK if fixed else FILL_INPUT, locked=fixed)
        if f.kind == "date":
            cell.number_format = "yyyy-mm-dd"
        elif not fixed:
            cell.number_format = "@"  # phone numbers and postcodes keep their leading zeros
        if f.path in data.prefilled:
            _mark_prefilled(cell, data.prefilled[f.path])
        # tall enough for the hint (column C) and the text (column B); an empty narrative cell gets room to type
        lines = math.ceil(_width(hint) / 46)
        if f.kind == "long":
            text = value or ""
            lines = max(lines, 4, sum(max(1, math.ceil(_width(p) / 78)) for p in text.split("\n")))
        if lines > 1:
            ws.row_dimensions[row].height = min(lines * 14, 400)
    dates = [f"B{row}" for row, f in enumerate(fields, start=I.FIRST_ROW) if f.kind == "date"]
    dv = DataValidation(type="date", operator="greaterThan", formula1="DATE(2000,1,1)", allow_blank=True,
                        showErrorMessage=True, errorTitle="填写有误", error="请填写日期，如 2022-01-14")
    for address in dates:
        dv.add(address)
    ws.add_data_validation(dv)
    _page(ws)
    _protect(ws)


def _instructions_sheet(wb: Workbook, data: Sheetable) -> None:
    ws = wb.active
    ws.title = "填写说明"
    ws.column_dimensions["A"].width = 110
    year, organ = data.fields.get(("year",)), data.fields.get(("organ",)) or ""
    _set(ws, Box(1, 1), f"{organ}{year}年度政府信息公开工作年度报告 数据填报表", font=FONT_TITLE, border=False)
    for row, line in enumerate(instructions(data.fmt), start=2):
        cell = _set(ws, Box(row, 1), line, font=FONT_BODY, align=LEFT, border=False)
        if _width(line) > 100:
            ws.row_dimensions[row].height = 15 * math.ceil(_width(line) / 100)
        if line.startswith("蓝色"):
            cell.fill = FILL_INPUT
        elif line.startswith("黄色"):
            cell.fill = FILL_PREFILLED
        elif line.startswith("灰色"):
            cell.fill = FILL_CHECK
    _page(ws)
    _protect(ws)


def _meta_sheet(wb: Workbook, data: Sheetable) -> None:
    ws = wb.create_sheet(META_SHEET)
    ws.sheet_state = "hidden"
    ws["A1"], ws["B1"] = "generator", f"nianbao {__version__}"
    ws["A2"], ws["B2"] = "format", data.fmt.code
    ws["A3"], ws["B3"] = "waivers", yaml.safe_dump(data.waivers, allow_unicode=True) if data.waivers else None
    _protect(ws)


def build(data: Sheetable) -> Workbook:
    wb = Workbook()
    _instructions_sheet(wb, data)
    _info_sheet(wb, data)
    for plan in plans(data.fmt):
        _table_sheet(wb, plan, data)
    _meta_sheet(wb, data)
    return wb


def write(data: Sheetable, path: Path) -> None:
    with atomic.writing(Path(path)) as tmp:  # a workbook it replaces (--force) is never left half-written
        build(data).save(tmp)
