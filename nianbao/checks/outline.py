"""The outline sentence of a report's opening (本报告由总体情况、……等六个部分组成): found once, read by
wording.outline (does it list the six parts) and format.superseded (does it list the parts of the old structure)."""

from __future__ import annotations

import re
from functools import lru_cache

from .numerals import to_int
from .text import sentences

_OUTLINE = re.compile(r"(?:包括|由|分为|涵盖|包含)(?P<list>[^。]{10,200}?)(?P<etc>等)?"
                      r"(?:共?(?P<n>[一二三四五六七八九十\d]+)(?:个)?(?:部分|方面)"
                      r"|(?:等)?(?:内容|方面)(?:组成)?[。，,]|组成[。，,]|(?=。))")
_NAMES_REPORT = re.compile(r"报告|全文|年报")


@lru_cache(maxsize=64)
def outlines(text: str) -> tuple[tuple[str, re.Match, int | None], ...]:
    """(sentence, match, parts announced or None) of each sentence that outlines the report's parts.

    Without a count (包括……等内容) the sentence must name the report before its list: 主要内容包括……等方面
    is about the work, not the report."""
    out = []
    for s in sentences(text):
        if "包" not in s and "由" not in s and "分为" not in s and "涵盖" not in s:
            continue  # the usual sentence, decided without the regex
        m = _OUTLINE.search(s)
        if not m:
            continue
        n = to_int(m.group("n")) if m.group("n") else None
        if n is None and not _NAMES_REPORT.search(s[:m.start()]):
            continue
        out.append((s, m, n))
    return tuple(out)
