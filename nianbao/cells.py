"""Cell values of the official tables and how they are read from what people write.

A cell is one of three different facts, kept apart end to end:
an integer (or an amount of money with its unit), blank (``None``: not filled in),
or ``NA`` ("/": not applicable). A cell that is absent from a dataset is a fourth
state (not found); it never appears here, only as a missing key.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from pydantic_core import PydanticCustomError

NA = "/"
# What reports write for "not applicable".
_NA_SPELLINGS = {"/", "／", "—", "–", "-", "－", "——"}
# "Not applicable" said in words: the body has no such power (本单位无行政处罚职能) or the row does not concern it (不涉及).
NA_WORDS = re.compile(r"(?:本单位|本机关|本部门|我单位|我局|我委|我办|我镇|我乡|我街道)?(?:无|没有)[\u4e00-\u9fff]{0,8}职能|不涉及")

_GROUPED = re.compile(r"[增减]?[+\-]?\d{1,3}(?:,\d{3})+")
# 未增未减, 无增减, 0/0 (增0/减0): a change column's words for no change
NO_CHANGE = re.compile(r"未增未减|无增减|无增无减|不增不减|0[/／]0")
_SIGNED = re.compile(r"^(?P<word>[增减])?\s*(?P<sign>[+\-])?\s*(?P<num>\d+)$")
# A count printed with its measure word beside it: 16368（件）, 31批次 (the importer's table cells admit these too).
COUNT_WORD = r"(?:[（(][件项个条][)）]|批次)"
_COUNT_WORD = re.compile(rf"(?<=\d)\s*{COUNT_WORD}$")
# (2601.953875万: 万 alone, the yuan left out, is 万元 as printed)
_MONEY = re.compile(r"^(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>万元|元|万)?$")


@dataclass(frozen=True)
class Money:
    """An amount as written in the report: the number and the unit beside it (if any)."""

    value: Decimal
    unit: str | None = None

    def __str__(self) -> str:
        return f"{self.value}{self.unit or ''}"

    def in_wan(self) -> Decimal | None:
        """The amount in 万元, or None when the unit is not known."""
        if self.unit in ("万元", "万"):
            return self.value
        if self.unit == "元":
            return self.value / 10000
        return None


Cell = int | Money | str | None


def _text(v: str) -> str:
    # Full-width digits and signs, as scraped reports and Chinese IMEs produce them.
    return unicodedata.normalize("NFKC", v).strip()


def _blank_or_na(v):
    """(True, value) when v is blank or n/a, else (False, None)."""
    if v is None:
        return True, None
    if isinstance(v, str):
        t = _text(v)
        if t == "":
            return True, None
        if t in _NA_SPELLINGS or v.strip() in _NA_SPELLINGS or NA_WORDS.fullmatch(t):
            return True, NA
    return False, None


def _reject(kind: str, expected: str, v) -> PydanticCustomError:
    return PydanticCustomError(kind, "{expected}，实际填写的是 {got}", {"expected": expected, "got": repr(v)})


# No body of government reports a billion of anything; past this a figure is a typing slip,
# and would overflow the 64-bit integers of the index and spreadsheets.
MAX_COUNT = 999_999_999


def _bounded(n: int, v) -> int:
    if abs(n) > MAX_COUNT:
        raise _reject("cell_too_large", f"数值过大（应不超过 {MAX_COUNT}）", v)
    return n


def _integer(v, expected: str, words: bool) -> Cell:
    """An integer as written (full-width digits, +3, -2; 增13/减2 when ``words``), blank or "/"."""
    done, out = _blank_or_na(v)
    if done:
        return out
    if isinstance(v, bool):
        raise _reject("cell_type", expected, v)
    if isinstance(v, int):
        return _bounded(v, v)
    text = _text(v) if isinstance(v, str) else None
    if isinstance(v, float) or (text is not None and re.fullmatch(r"[+\-]?\d+\.\d*", text)):
        raise _reject("cell_not_integer", "应为整数，不能是小数", v)
    if text is not None and _GROUPED.fullmatch(text):
        text = text.replace(",", "")  # 1,213: thousands separators, well placed
    if text is not None:
        text = _COUNT_WORD.sub("", text)
    if words and text is not None and NO_CHANGE.fullmatch(text.replace(" ", "")):
        return 0
    m = _SIGNED.match(text.replace(" ", "")) if text is not None else None
    if m and not (m["word"] and m["sign"]) and (words or not m["word"]):
        n = _bounded(int(m["num"]), v)
        return -n if (m["word"] == "减" or m["sign"] == "-") else n
    raise _reject("cell_type", expected, v)


def parse_count(v) -> Cell:
    """A count: a non-negative integer, blank, or "/"."""
    n = _integer(v, "应为非负整数、空白（~）或“/”", words=False)
    if isinstance(n, int) and n < 0:
        raise _reject("cell_negative", "件数不能为负数", v)
    return n


def parse_signed(v) -> Cell:
    """本年增/减: a signed integer; accepts 增13, 减2, +3, -2, and 未增未减 or 0/0 for 0."""
    return _integer(v, "应为带符号的整数（如 增13、减2、+3、-2、0、未增未减）、空白（~）或“/”", words=True)


def parse_money(v, default_unit: str | None = None) -> Cell:
    """An amount with its unit: 981.93万元, 251000元; a bare number takes the column's unit, if any."""
    done, out = _blank_or_na(v)
    if done:
        return out
    expected = "应为金额（如 981.93万元、251000元）、空白（~）或“/”"
    if isinstance(v, bool):
        raise _reject("cell_type", expected, v)
    if isinstance(v, (int, float)):
        v = str(v)
    if isinstance(v, str):
        t = _text(v).replace(",", "")
        m = _MONEY.match(t)
        if m:
            try:
                value = Decimal(m["num"])
            except InvalidOperation:  # pragma: no cover - the pattern only admits decimals
                raise _reject("cell_type", expected, v) from None
            return Money(value, m["unit"] or default_unit)
        if t.startswith("-"):
            raise _reject("cell_negative", "金额不能为负数", v)
    raise _reject("cell_type", expected, v)


def parser_for(kind: str, unit: str | None = None):
    if kind == "signed":
        return parse_signed
    if kind == "money":
        return lambda v: parse_money(v, unit)
    return parse_count


def plain(value: Cell):
    """A cell as plain data, as a dataset file and every JSON output hold it: int, None, "/", money as written."""
    if isinstance(value, Money):
        return str(value)
    return value


def display(value: Cell, kind: str = "count", unit: str | None = None) -> str:
    """How a cell is printed in the rendered report (``unit``: the one the column header states)."""
    if value is None:
        return ""
    if value == NA:
        return NA
    if isinstance(value, Money):
        return str(value.value) if unit and value.unit == unit else str(value)
    if kind == "signed" and isinstance(value, int):
        if value > 0:
            return f"增{value}"
        if value < 0:
            return f"减{-value}"
    return str(value)


def is_number(value: Cell) -> bool:
    return type(value) is int  # not bool, which is an int subclass
