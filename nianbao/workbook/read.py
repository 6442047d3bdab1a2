"""Read a returned workbook back into a dataset mapping, with errors that name the sheet and cell.

The workbook is checked against the same plans the writer drew (labels where they should
be, sheets under their names, the format the year requires), then every input cell is
parsed by the dataset's own cell parsers. A blank cell stays blank. Every problem becomes
a :class:`~nianbao.errors.Problem` whose field is ``表三!D12`` and whose ``where`` gives
the row and column labels.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import yaml
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from .. import formats as F
from ..dataset import cells_to_tables
from ..errors import DatasetError, Problem
from ..paths import read_input
from . import info as I
from .plan import SheetPlan, plans
from .values import CellProblem, from_sheet
from .write import META_SHEET

_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE compound file: an encrypted .xlsx, or an old .xls
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")
_READ_ALL_PARTS = 64  # overview part slots recognised on a returned sheet (the writer offers fewer)
_REQUIRED_MARK = "（必填）"


class _Problems:
    def __init__(self, path: Path):
        self.path, self.items = path, []

    def add(self, message: str, sheet: str | None = None, address: str | None = None, where: str | None = None):
        field = f"{sheet}!{address}" if sheet and address else sheet
        self.items.append(Problem(str(self.path), message, field=field, where=where))

    def raise_if_any(self):
        if self.items:
            raise DatasetError(self.items)


WORKBOOK_MAX = 20 * 1024 * 1024  # a filled workbook is ~40 KB; anything near this is not one


def _open(path: Path, data: bytes, data_only: bool = False):
    if data.startswith(_CFB):
        if _ENCRYPTED in data:
            raise DatasetError(Problem(str(path), "工作簿设置了打开密码，无法读取：请在 Excel 或 WPS 中取消密码"
                                                  "（文件→信息→保护工作簿→用密码进行加密，清空密码）后保存，再导入"))
        raise DatasetError(Problem(str(path), "这是旧版 .xls（或 .et）文件：请在 Excel 或 WPS 中另存为 .xlsx 后再导入"))
    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError, EOFError) as e:
        raise DatasetError(Problem(str(path), f"文件已损坏或不是 .xlsx 工作簿，无法打开（{type(e).__name__}）："
                                              "请在 Excel 或 WPS 中重新保存为 .xlsx 后再导入")) from None


def _grid(ws) -> dict[tuple[int, int], object]:
    """Every non-empty value of a sheet by (row, column), read in one pass."""
    out = {}
    for r, row in enumerate(ws.iter_rows(values_only=True), start=1):
        for c, v in enumerate(row, start=1):
            if v is not None:
                out[r, c] = v
    return out


def _text(v) -> str:
    return "" if v is None else str(v).strip()


def _mismatch(plan: SheetPlan, grid: dict) -> tuple[str, str, str] | None:
    """The first label not where the plan puts it: (address, expected, found)."""
    for label in plan.labels:
        found = _text(grid.get((label.box.row, label.box.col)))
        if found != label.text:
            return label.box.address, label.text, found
    return None


def _check_labels(plan: SheetPlan, grid: dict, fmt: F.Format, year, problems: _Problems) -> bool:
    miss = _mismatch(plan, grid)
    if miss is None:
        return True
    for other in F.all_formats().values():
        if other.code != fmt.code and plan.table.key in other.tables and \
                _mismatch(next(p for p in plans(other) if p.table.key == plan.table.key), grid) is None:
            problems.add(f"这是{other.name}的{plan.title}，而{year}年度的报告应使用{fmt.name}：请用 nianbao xlsx "
                         f"生成{year}年度的新工作簿，把数字填到新表中", plan.title)
            return False
    address, expected, found = miss
    present = {_text(v) for v in grid.values()}
    if expected not in present:
        what = f"找不到“{expected}”：这一行或列被删除了"
    else:
        what = f"这里应为“{expected}”，实际是“{found or '（空白）'}”：行或列被插入、删除或移动了"
    problems.add(f"{what}。请不要改动表格的行列，用原样的工作簿重新填写", plan.title, address)
    return False


def _date(v):
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, str):
        m = re.fullmatch(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*", v)
        if m:
            try:
                return dt.date(*map(int, m.groups()))
            except ValueError:
                return v
    return v


def _field_value(f: I.InfoField, v):
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if f.kind == "date":
        return _date(v)
    if f.path == ("year",):
        return int(v) if isinstance(v, (int, float)) or (isinstance(v, str) and v.strip().isdigit()) else v
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if f.kind == "fees":
        return v
    if isinstance(v, (int, float)):
        return str(v)  # a phone number or postcode the spreadsheet turned into a number
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    return v


def _set_path(out: dict, path: tuple, value) -> None:
    for key in path[:-1]:
        out = out.setdefault(key, {})
    out[path[-1]] = value


class _Info:
    """The 基本信息 sheet read by its labels, so the rows it holds are found wherever they are."""

    def __init__(self, grid: dict, problems: _Problems):
        self.grid, self.problems = grid, problems
        self.rows = {_text(v).removesuffix(_REQUIRED_MARK): r for (r, c), v in grid.items() if c == 1}

    def value(self, f: I.InfoField):
        row = self.rows.get(f.label)
        return None if row is None else self.grid.get((row, 2))

    def address(self, f: I.InfoField) -> str | None:
        row = self.rows.get(f.label)
        return None if row is None else f"B{row}"

    def read(self, fmt: F.Format) -> tuple[dict, dict]:
        """The dataset mapping's non-table fields, and dotted field path → (address, label, required) for errors."""
        raw: dict = {}
        where: dict = {}
        parts: dict[int, dict] = {}
        for f in I.info_fields(fmt, _READ_ALL_PARTS):
            address = self.address(f)
            if address is None:
                if f.kind == "fixed" or f.required:
                    self.problems.add(f"找不到“{f.label}”这一行：行被删除或改了名称", I.SHEET)
                continue
            value = _field_value(f, self.value(f))
            if f.path[:3] == ("narrative", "overview", "parts"):
                parts.setdefault(f.path[3], {})[f.path[4]] = (value, address, f.label)
                continue
            where[".".join(map(str, f.path))] = (address, f.label, f.required)
            if value is not None:
                _set_path(raw, f.path, value)
        filled = []
        for i in sorted(parts):
            (title, t_addr, t_label), (text, x_addr, x_label) = parts[i]["title"], parts[i]["text"]
            if title is None and text is None:
                continue
            if title is None or text is None:
                address, label = (t_addr, t_label) if title is None else (x_addr, x_label)
                self.problems.add("小标题和正文要同时填写（不用的一项请两格都清空）", I.SHEET, address, label)
                continue
            n = len(filled)
            where[f"narrative.overview.parts.{n}.title"] = (t_addr, t_label, True)
            where[f"narrative.overview.parts.{n}.text"] = (x_addr, x_label, True)
            filled.append({"title": title, "text": text})
        # 一、总体情况 is a section of every report even when its cells are still empty
        overview = raw.setdefault("narrative", {}).setdefault("overview", {})
        if filled:
            overview["parts"] = filled
        return raw, where


def _fixed(info: _Info, label_path: tuple):
    """A row nianbao wrote (编号, 报告年度, 表格格式): the same in every format, read before the format is known."""
    f = next(f for f in I.info_fields(F.get(F.codes()[-1]), 0) if f.path == label_path)
    return _field_value(f, info.value(f)), info.address(f)


def _format(info: _Info, problems: _Problems) -> tuple[F.Format, int]:
    year, year_at = _fixed(info, ("year",))
    code, code_at = _fixed(info, ("format",))
    if not isinstance(year, int):
        problems.add(f"报告年度应为四位数的年份，实际是“{year or '（空白）'}”", I.SHEET, year_at)
        problems.raise_if_any()
    if code:
        if str(code) not in F.codes():
            problems.add(f"未知的表格格式“{code}”，可选：{'、'.join(F.codes())}", I.SHEET, code_at)
            problems.raise_if_any()
        return F.get(str(code)), year
    fmt = F.for_year(year)
    if fmt is None:
        problems.add(f"{year}年度没有适用的表格格式", I.SHEET, year_at)
        problems.raise_if_any()
    return fmt, year


def _input_cells(plan: SheetPlan, grid: dict, problems: _Problems, cached: dict | None) -> dict:
    cells = {}
    for inp in plan.inputs:
        raw = grid.get((inp.box.row, inp.box.col))
        if isinstance(raw, str) and raw.startswith("="):
            raw = (cached or {}).get((inp.box.row, inp.box.col))
            if raw is None:
                problems.add("单元格中是公式，但没有计算结果：请在 Excel 或 WPS 中打开并保存后再导入（或直接填写数字）",
                             plan.title, inp.box.address, inp.where)
                continue
        try:
            cells[inp.key] = from_sheet(raw, inp.column)
        except CellProblem as e:
            problems.add(str(e), plan.title, inp.box.address, inp.where)
    return cells


def read_workbook(path: str | Path) -> tuple[dict, dict]:
    """A workbook → (dataset mapping, dotted field → ("sheet!cell（label）", required)) or :class:`DatasetError`."""
    path = Path(path)
    problems = _Problems(path)
    data = read_input(path, WORKBOOK_MAX, "工作簿")
    wb = _open(path, data)
    try:
        names = wb.sheetnames
        if I.SHEET not in names:
            raise DatasetError(Problem(str(path), f"找不到工作表“{I.SHEET}”（工作簿中的工作表：{'、'.join(names)}）："
                                                  "工作表被改名或删除了，或者这不是 nianbao 生成的工作簿"))
        info = _Info(_grid(wb[I.SHEET]), problems)
        fmt, year = _format(info, problems)
        raw, where = info.read(fmt)
        where = {k: (f"{I.SHEET}!{a}（{label}）", required) for k, (a, label, required) in where.items()}
        grids = {}
        for plan in plans(fmt):
            if plan.title not in names:
                others = [n for n in names if n not in {I.SHEET, META_SHEET, "填写说明"} and n not in
                          {p.title for p in plans(fmt)}]
                hint = f"；工作簿中另有“{'、'.join(others)}”，是否被改了名称？" if others else ""
                problems.add(f"找不到工作表“{plan.title}”{hint}请把工作表名称改回“{plan.title}”", plan.title)
                continue
            grid = _grid(wb[plan.title])
            if _check_labels(plan, grid, fmt, year, problems):
                grids[plan.title] = (plan, grid)
        waivers = _waivers(wb) if META_SHEET in names else None
    finally:
        wb.close()
    formulas = any(isinstance(grid.get((i.box.row, i.box.col)), str) and str(grid[i.box.row, i.box.col]).startswith("=")
                   for plan, grid in grids.values() for i in plan.inputs)
    cached = _cached_values(path, data, grids) if formulas else {}
    cells = {}
    for title, (plan, grid) in grids.items():
        cells.update(_input_cells(plan, grid, problems, cached.get(title)))
    problems.raise_if_any()
    raw["tables"] = cells_to_tables(cells)
    if waivers:
        raw["waivers"] = waivers
    return raw, where


def _waivers(wb):
    for row in wb[META_SHEET].iter_rows(values_only=True):
        if row and row[0] == "waivers" and len(row) > 1 and row[1]:
            return yaml.safe_load(row[1])
    return None


def _cached_values(path: Path, data: bytes, grids: dict) -> dict:
    """The results the spreadsheet saved for formula cells (typed by the clerk in input cells)."""
    wb = _open(path, data, data_only=True)
    try:
        return {title: _grid(wb[title]) for title in grids}
    finally:
        wb.close()
