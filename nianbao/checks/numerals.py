"""Numbers as reports write them: 12, １２ (full width), 十二, 两, 一百零五, 2,160.

Hand-written on purpose: cn2an (PyPI) does this too, but is not a dependency of the
project, and counts in these reports never need more than integers below 一亿.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
CN_CHARS = "".join(_DIGITS) + "".join(_UNITS)

# A number in running text: Arabic (thousands commas allowed) or a run of Chinese numerals.
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|[{CN_CHARS}]+)"


def cn_to_int(text: str) -> int | None:
    """十二 → 12, 两 → 2, 一百零五 → 105, 二〇二〇 → 2020; None when it is not a number."""
    if not text or any(ch not in _DIGITS and ch not in _UNITS for ch in text):
        return None
    if all(ch in _DIGITS for ch in text):  # digit by digit, as years are written (二〇二〇)
        return int("".join(str(_DIGITS[ch]) for ch in text))
    total = section = digit = 0
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch == "万":
            total += (section + digit) * 10000
            section = digit = 0
        else:
            section += (digit or 1) * _UNITS[ch]  # 十二: a unit without a digit counts once
            digit = 0
    return total + section + digit


def to_int(text: str) -> int | None:
    """An Arabic (half- or full-width, with thousands commas) or Chinese number; None otherwise."""
    t = normalise_digits(text).replace(",", "")
    if t.isdigit():
        return int(t)
    return cn_to_int(t)


# What NFKC does to narratives, done by a translation table (NFKC per sentence dominated the
# catalog's run time): full-width ASCII forms and the ideographic space. Enclosed numbers
# (①, ㈠), which need NFKC proper, are rare and take the slow path.
_FULLWIDTH = {chr(cp): chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)} | {"\u3000": " "}
# (replaced where they stand: str.translate looks every character of a Chinese text up, three times slower)
_WIDE = re.compile(f"[{''.join(_FULLWIDTH)}]")
_ENCLOSED = re.compile("[\u2460-\u24ff\u3200-\u32ff]")


@lru_cache(maxsize=4096)  # several rules normalise the same sentences of one report
def normalise_digits(text: str) -> str:
    """Full-width digits and punctuation in ``text`` as ASCII (Chinese characters stay as they are)."""
    text = _WIDE.sub(lambda m: _FULLWIDTH[m.group()], text)
    return unicodedata.normalize("NFKC", text) if _ENCLOSED.search(text) else text

