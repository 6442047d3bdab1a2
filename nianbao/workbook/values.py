"""Table cells between a dataset and a worksheet: what goes into an input cell, and how it is read back.

A cell stays one of its three facts both ways: a number (money as a number in the unit its
header states, or as text with its own unit), blank (an empty cell, never 0) or "/".
Reading uses the dataset's own parsers (:mod:`nianbao.cells`), so a workbook accepts
exactly what a dataset file accepts.
"""

from __future__ import annotations

import datetime as dt

from pydantic_core import PydanticCustomError

from .. import cells as C
from .. import formats as F


def to_sheet(value: C.Cell, column: F.Column):
    """The value an input cell holds for a dataset cell."""
    if not isinstance(value, C.Money):
        return value  # int, None (blank) or "/"
    if column.unit is None or value.unit != column.unit:
        return str(value)  # the header states no unit, or another one: the amount with its own unit, as text
    text, number = str(value.value), float(value.value)
    if text == str(int(number)) and number.is_integer():
        return int(number)
    # a number when it reads back digit for digit, else the digits as text (1.50 stays 1.50)
    return number if repr(number) == text else text


class CellProblem(ValueError):
    """A value an input cell cannot hold; the message says what was expected (Chinese)."""


def from_sheet(raw, column: F.Column) -> C.Cell:
    """A worksheet value (as openpyxl reads it) → a dataset cell, or :class:`CellProblem`."""
    if isinstance(raw, str) and not raw.strip():
        return None
    if isinstance(raw, (dt.datetime, dt.date, dt.time)):
        raise CellProblem(f"被表格软件识别成了日期或时间（{raw}），{_expected(column)}；请把单元格格式设为“常规”后重新填写")
    if isinstance(raw, float) and column.kind != "money":
        if not raw.is_integer():
            raise CellProblem(f"应为整数，不能是小数，实际填写的是 {raw:g}")
        raw = int(raw)
    if isinstance(raw, float):
        raw = repr(raw)
    try:
        return C.parser_for(column.kind, column.unit)(raw)
    except PydanticCustomError as e:
        raise CellProblem(e.message()) from None


def _expected(column: F.Column) -> str:
    if column.kind == "money":
        return "应为金额"
    if column.kind == "signed":
        return "应为带符号的整数"
    return "应为非负整数"
