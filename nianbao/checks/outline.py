"""The outline sentence of a report's opening (本报告由总体情况、……等六个部分组成): found once, read by
wording.outline (does it list the six parts) and format.superseded (does it list the parts of the old structure)."""

from __future__ import annotations

import re
from functools import lru_cache

from .numerals import to_int
from .text import sentences

# (本报告内容涵盖某局……期间的工作情况，全文由概述、……共六部分组成: the list after the last opener)
_OUTLINE = re.compile(r"(?:包括|由|分为|涵盖|包含)(?P<list>(?:(?!全文)[^。]){10,200}?)(?P<etc>等)?"
                      r"(?:共?(?<!第)(?P<n>[一二三四五六七八九十\d]+)(?:个)?(?:部分|方面)"
                      r"|(?:等)?(?:内容|方面)(?:组成)?[。，,]|组成[。，,]|(?=。))")
# 报告全文共分五个部分，分别为总体情况、……: the count first, then the list.
_COUNT_FIRST = re.compile(r"分为?(?P<n>[一二三四五六七八九十\d]+)个?部分[，,：:]?(?:分别[为是]|包括|即)[：:]?"
                          r"(?P<list>[^。]{10,200}?)(?P<etc>等)?(?:[等]?(?:内容|方面|部分))?(?:。|$)")
# 现将总体情况、主动公开……情况公开如下: the parts listed as what follows.
_HEREBY = re.compile(r"现将(?P<list>[^。]{20,200}?)(?P<etc>等)?(?:予以)?(?:公开|报告|公布|汇报)如下")
_NAMES_REPORT = re.compile(r"报告|全文|年报")

# The six parts as outlines name them, keyed by the format's section keys.
TOPICS = {
    "overview": r"总体情况|总体|概述",
    "proactive": r"主动公开|主动政府信息公开",  # (the words out of order: wording.typo's)
    "applications": r"收到和处理|依申请|公开申请|申请公开",  # (政府信息申请公开情况: the words swapped)
    "reviews": r"复议|诉讼",
    "problems": r"问题|不足",  # (存在不足及改进措施)
    "other": r"其[他它](?:需要?)?(?:报告|说明|汇报)|其[他它]事项",
}


def topics(listed: str) -> list[str]:
    """The keys of the parts a list names, in the format's order (not what a part's bracket says it holds:
    总体情况（包括主动公开、依申请公开……等方面）)."""
    listed = _BRACKETED.sub("", listed)
    return [k for k, p in TOPICS.items() if re.search(p, listed)]


_BRACKETED = re.compile(r"[（(][^（）()]*[)）]")


# The items 一、总体情况 is written under (政府信息管理, 平台建设, 监督保障) that are none of the six parts.
_OVERVIEW_ITEM = re.compile(r"信息管理|平台建设|(?:监督|工作)保障")


def items(listed: str) -> list[str]:
    """The items of an outline's list (without what a part's bracket says it holds)."""
    return [x.strip() for x in re.split(r"[、，,；;]|以及", _BRACKETED.sub("", listed)) if x.strip()]


def overview_items(listed: str) -> list[str]:
    """The items of a list of four or more that are items of 一、总体情况 listed as parts of the report (not those a
    bracket after 总体情况 says it holds: 总体情况（包括……政府信息管理、平台建设等方面）)."""
    listed_items = items(listed)
    if len(listed_items) < 4:
        return []  # 由××局编制 is no list
    return [x for x in listed_items if _OVERVIEW_ITEM.search(x) and not topics(x)]


@lru_cache(maxsize=64)
def outlines(text: str) -> tuple[tuple[str, re.Match, int | None], ...]:
    """(sentence, match, parts announced or None) of each sentence that outlines the report's parts.

    Without a count (包括……等内容) the sentence must name the report before its list: 主要内容包括……等方面
    is about the work, not the report. 现将……报告如下 counts as an outline when it names four parts or more
    (现将2021年工作情况报告如下 names none)."""
    out = []
    for s in sentences(text):
        if "包" not in s and "由" not in s and "分" not in s and "涵盖" not in s and "如下" not in s:
            continue  # the usual sentence, decided without the regex
        m = _OUTLINE.search(s) or (_COUNT_FIRST.search(s) if "部分" in s else None)
        if m:
            n = to_int(m.group("n")) if m.group("n") else None
            if n is not None or _NAMES_REPORT.search(s[:m.start()]):
                out.append((s, m, n))
            continue
        m = _HEREBY.search(s) if "现将" in s else None
        if m and len(topics(m.group("list"))) >= 4:
            out.append((s, m, None))
    return tuple(out)
