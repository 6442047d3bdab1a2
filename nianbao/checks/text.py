"""What text rules read: passages of a report, its sentences, and quotes for messages.

A dataset's narrative and a published report's full text are both a list of
:class:`Passage`; rules look at sentences and never care which of the two they read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .numerals import normalise_digits

SENTENCE_END = "。！？!?"
# (non-empty pieces only: the empty ones a line break leaves were dropped anyway, and matching them cost a third)
# (index.html?vc_area=…: the ? of a web address's query ends no sentence)
_SENTENCE = re.compile(rf"(?:[^{SENTENCE_END}\n]|(?<=[!-~])\?(?=[A-Za-z0-9_=&%]))+[{SENTENCE_END}]?|[{SENTENCE_END}]")
_QUOTE_LEN = 80


@dataclass(frozen=True)
class Passage:
    where: str  # as a message names it: 一、总体情况（二）依申请公开 / 五、存在的主要问题及改进情况 / 全文
    section: str | None  # a section key of the format (overview, problems, …); None: anywhere in the report
    text: str


@lru_cache(maxsize=1024)  # a dozen rules split the same report text (and its passages) into sentences
def sentences(text: str) -> tuple[str, ...]:
    """Sentences (with their end mark); a line break also ends one, unless it follows a comma or an enumeration
    comma, which never end a sentence (a page's hard wrap inside a list). Empty ones are dropped."""
    if "、\n" in text or "，\n" in text:
        text = _WRAPPED.sub(r"\1", text)
    return tuple(s for s in (m.group(0).strip() for m in _SENTENCE.finditer(text)) if s)


_WRAPPED = re.compile(r"([、，])[ \t]*\n[ \t]*(?=\S)")


@lru_cache(maxsize=1024)  # (as sentences: a batch repeats its passages)
def normalised_sentences(text: str) -> tuple[str, ...]:
    """:func:`sentences` of ``text``, each with its digits normalised (:func:`.numerals.normalise_digits`)."""
    return tuple(normalise_digits(s) for s in sentences(text))


_PARAGRAPH_END = "。！？!?；;：:”’》）)」…"


def paragraphs(text: str) -> list[str]:
    """Lines joined where a line stops mid-sentence (a PDF's hard wrap): a pair of marks may span lines."""
    out: list[str] = []
    open_ = False
    for line in text.splitlines():
        t = line.strip()
        if not t:
            open_ = False
            continue
        if open_ and out:
            out[-1] += t
        else:
            out.append(t)
        open_ = not t.endswith(tuple(_PARAGRAPH_END))
    return out


# A paragraph's words for comparing with another's: its Chinese characters, without titles cited (《条例》 is cited by
# every paragraph alike) and without a page field's (内容概述：…, a page's summary repeats the opening by design).
_CITED = re.compile(r"《[^》]*》")
_PAGE_FIELD = re.compile(r"^(?:内容概述|摘要|标题|信息名称|名称|简介)")
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]")
_PROSE_MARK = re.compile(r"[，,。]")
_SHINGLE = 8  # characters a shared run must have to count: shorter ones are the stock phrases of every report
REPEAT_MIN = 50  # characters a paragraph must have to be compared
REPEAT_SHARE = 0.5  # share of the shorter paragraph's runs found in the other
PRINTED_TWICE = 0.95  # the share that makes it the same paragraph again, not a paragraph restated


@lru_cache(maxsize=4)  # (two rules ask of the same text)
def repeated_paragraphs(text: str) -> tuple[tuple[str, str, float], ...]:
    """(earlier, later, share) of each pair of long paragraphs whose words largely recur: the share of the shorter
    one's 8-character runs that the other holds (1.0: printed twice)."""
    kept = []
    # (a heading's short line, 一、总体情况, is left out: joined to the paragraph under it, it would make two copies of one
    # paragraph under two headings differ)
    prose = "\n".join(line for line in text.splitlines()
                      if not _PAGE_FIELD.match(line.strip()) and (len(line.strip()) > 24 or _PROSE_MARK.search(line)))
    for para in paragraphs(prose):
        words = _NOT_HAN.sub("", _CITED.sub("", para))
        # (a page's fields run together, 索引号 / 关键词 / 发布机构 …, are no prose: prose has its commas and stops)
        if len(words) >= REPEAT_MIN and len(_PROSE_MARK.findall(para)) >= 2:
            kept.append((para, _runs(words)))
    out = []
    for i, (a, runs_a) in enumerate(kept):
        for b, runs_b in kept[i + 1:]:
            share = len(runs_a & runs_b) / min(len(runs_a), len(runs_b))
            if share >= REPEAT_SHARE:
                out.append((a, b, share))
    return tuple(out)


@lru_cache(maxsize=4096)  # (paragraphs that differ only in their figures have the same words: read once)
def _runs(words: str) -> frozenset[str]:
    """The 8-character runs of a paragraph's words."""
    return frozenset(words[i:i + _SHINGLE] for i in range(len(words) - _SHINGLE + 1))


def quote(text: str, start: int = 0, end: int | None = None) -> str:
    """A short quote of ``text[start:end]`` (or its surroundings when it is long) for a message."""
    end = len(text) if end is None else end
    if end - start <= _QUOTE_LEN:
        return text[start:end].strip()
    return text[start:start + _QUOTE_LEN].strip() + "……"


def around(text: str, start: int, end: int, margin: int = 12) -> str:
    """The match with a little context on each side, on one line."""
    a, b = max(0, start - margin), min(len(text), end + margin)
    return (("…" if a else "") + text[a:b] + ("…" if b < len(text) else "")).replace("\n", " ")


def inside_brackets(text: str, pos: int) -> bool:
    """Is ``pos`` inside a bracket opened before it and not closed (either width of bracket)?"""
    return max(text.rfind("(", 0, pos), text.rfind("（", 0, pos)) > max(text.rfind(")", 0, pos), text.rfind("）", 0, pos))


def inside_quotes(text: str, pos: int) -> bool:
    """Is ``pos`` inside a “…” opened before it on its line and not closed (a name or a slogan quoted)?"""
    line_start = text.rfind("\n", 0, pos) + 1
    return text.rfind("“", line_start, pos) > text.rfind("”", line_start, pos)


def times(n: int) -> str:
    """（共3处）: how often one slip recurs, said in its one finding (nothing when once)."""
    return f"（共{n}处）" if n > 1 else ""


_PLACES_SHOWN = 5  # more places than this end in 等: the reader finds the rest by the first ones


def at_places(text: str, spans: list[tuple[int, int]], margin: int = 12) -> str:
    """（共3处）：“…a…”；“…b…”；“…c…”: every place one slip recurs at, quoted in its one finding, so that each
    can be found and corrected."""
    shown = "；".join(f"“{around(text, a, b, margin)}”" for a, b in spans[:_PLACES_SHOWN])
    return f"{times(len(spans))}：{shown}{'等' if len(spans) > _PLACES_SHOWN else ''}"


def line_matches(pattern: re.Pattern, text: str):
    """``pattern.finditer(text)`` for a pattern whose matches stay within a line and see nothing beyond it (no line
    break in any part, no lookbehind, a lookahead at the line's end satisfied alike by the break and by the end):
    a line is scanned in place only when its words hold a match, which is read once per line (a batch repeats its
    lines)."""
    at = 0
    for line in text.split("\n"):
        if _holds_match(pattern, line):
            yield from pattern.finditer(text, at, at + len(line))
        at += len(line) + 1


@lru_cache(maxsize=8192)
def _holds_match(pattern: re.Pattern, line: str) -> bool:
    return pattern.search(line) is not None


def each_match(pattern: re.Pattern, text: str, message: str):
    """A Hit for every match of ``pattern`` in ``text``: ``message`` with {} for the match in its context."""
    from .finding import Hit  # text helpers stay importable without the finding types

    for m in pattern.finditer(text):
        yield Hit(message.format(around(text, m.start(), m.end())), quote=m.group(0))


def heading_title(title: str) -> str:
    """一、总体情况 → 总体情况."""
    return re.sub(r"^[一二三四五六七八九十]+、", "", title)
