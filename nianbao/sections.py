"""The six sections of a report as its headings name them: which section a line heads, and where each
section's heading is in a text. The importer (to cut a page into the narrative) and the checks (to read
one section of a published report) use this one detector.

A heading is a short line that names a section (总体情况, 主动公开政府信息, 收到和处理…, 行政复议…行政诉讼,
存在的主要问题, 其他需要报告); a numbered one (二、) may also give only the first words of the format's
title (二、主动公开情况), and some reports put the work's name first (五、政府信息公开工作存在的主要问题及改进情况).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from . import formats as F

CUES = {
    "overview": re.compile(r"总体情况|概述"),
    "proactive": re.compile(r"主动公开政府信息|政府信息主动公开"),
    "applications": re.compile(r"收到和处理|依申请公开政府信息|政府信息公开申请"),
    "reviews": re.compile(r"行政复议.{0,4}行政诉讼|复议.{0,2}诉讼"),
    "problems": re.compile(r"存在的?主要问题|存在问题|问题及改进|改进情况"),
    "other": re.compile(r"其他需要?报告|其他报告事项|其他需报告"),
}
NUMERALS = "一二三四五六七"
_NUMBER = re.compile(rf"^\s*(?:(?P<numeral>[{NUMERALS}])\s*[、.．]|\d[、.．]|-\s+|•\s*)?\s*")
_WORK_NAME = re.compile(r"^政府信息公开(?:工作)?中?")
_HEADING_MAX = 40


@cache
def keys() -> tuple[str, ...]:
    """The section keys in report order (the same six in every format)."""
    return tuple(s.key for s in _sections())


@cache
def _sections() -> tuple[F.Section, ...]:
    return next(iter(F.all_formats().values())).sections


@cache
def _title_starts() -> dict[str, str]:
    """Section number (一 …) → the key of the section whose title the format numbers so."""
    return {s.title.split("、", 1)[0]: s.key for s in _sections()}


def heading(line: str, numbered: bool = False) -> str | None:
    """The section key a line is the heading of, or None.

    ``numbered``: only a heading with its section number (一、…六、), as a published report's text is read
    (a short unnumbered line there may be a sub-heading or a sentence).
    """
    t = line.strip()
    if not t or len(t) > _HEADING_MAX or t.startswith(("（", "(")):
        return None
    m = _NUMBER.match(t)
    rest, numeral = t[m.end():], m["numeral"]
    if numbered and not numeral:
        return None
    if rest == t and (len(t) > 20 or t.startswith(("无", "没有", "本", "我"))):
        return None  # a short sentence (无其他需报告事项) is the section's text, not its heading
    if rest.endswith("。"):
        return None
    for key, cue in CUES.items():
        if cue.search(rest):
            return key
    if numeral:  # 二、主动公开情况: the first words of the title the format gives this number
        key = _title_starts().get(numeral)
        title = next((s.title.split("、", 1)[1] for s in _sections() if s.key == key), "")
        # (二、公开政府信息情况: the title with a word left out, 主动)
        if key and title and (_WORK_NAME.sub("", rest).startswith(title[:2]) or len(rest) >= 4 and left_out(rest, title)):
            return key
    return None


@cache
def titles() -> dict[str, str]:
    """Section key → the format's title without its number (总体情况 …)."""
    return {s.key: s.title.split("、", 1)[1] for s in _sections()}


def words_of(line: str) -> str:
    """A heading's words: its number and spaces left out (二、 主动公开 → 主动公开)."""
    return re.sub(r"\s+", "", _NUMBER.sub("", line.strip(), count=1))


def left_out(words: str, title: str) -> bool:
    """``words`` is ``title`` with characters left out inside it (主动公开信息情况 of 主动公开政府信息情况), not cut at its end."""
    if len(words) >= len(title) or title.startswith(words):
        return False
    rest = iter(title)
    return all(ch in rest for ch in words)


def named_by_words(line: str) -> bool:
    """Whether a heading line names its section in words the reports use for it, not only by its number and
    the title's first characters (一、总体要求 shares 总体 with 一、总体情况 and is another heading)."""
    return any(cue.search(_NUMBER.sub("", line.strip(), count=1)) for cue in CUES.values())


def of_title(text: str) -> str | None:
    """The section a sub-heading's words name (（八）收到和处理政府信息公开申请情况 → applications)."""
    for key in ("applications", "reviews", "problems", "other"):
        if CUES[key].search(text):
            return key
    return None


_LINE = re.compile(r"[^\n]+")
# A sub-heading within a part ((一)…) at a line's start; its numeral in group 1.
SUB_HEADING = re.compile(r"^[ \t\u3000]*[（(]([一二三四五六七八九十])[)）]", re.M)


def find_headings(text: str) -> list[tuple[str, int, int]]:
    """(section key, start, end) of the first numbered heading of each section in a report's text, in text order."""
    return list(_headings(text))


@lru_cache(maxsize=16)  # (a dozen rules ask of the same report text)
def _headings(text: str) -> tuple[tuple[str, int, int], ...]:
    found: dict[str, tuple[int, int]] = {}
    for m in _LINE.finditer(text):
        key = heading(m.group(0), numbered=True)
        if key and key not in found:
            found[key] = (m.start(), m.end())
    return tuple(sorted(((k, a, b) for k, (a, b) in found.items()), key=lambda h: h[1]))
