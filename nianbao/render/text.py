"""Small text helpers for the report: paragraphs, Chinese dates and ordinal numbers."""

from __future__ import annotations

import datetime as dt
import re

_DIGITS = "零一二三四五六七八九"

# A sub-heading someone already numbered: （一） / (一) / 一、 / 1.
_NUMBERED = re.compile(r"^\s*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.、．])\s*")


def paragraphs(text: str | None) -> list[str]:
    """Split narrative text into paragraphs: every non-empty line is one paragraph."""
    if not text:
        return []
    return [line.strip() for line in text.splitlines() if line.strip()]


def cn_date(d: dt.date) -> str:
    """2020年1月1日 (no leading zeros, as official documents write dates)."""
    return f"{d.year}年{d.month}月{d.day}日"


def cn_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (for headings and counts)."""
    if not 0 < n < 100:
        raise ValueError(f"cannot write {n} as a heading number")
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[ones] if ones else "")


def ordinal_heading(n: int, title: str) -> str:
    """The n-th sub-heading: （一）title. A number the writer already put in front is replaced."""
    return f"（{cn_number(n)}）{_NUMBERED.sub('', title, count=1)}"
