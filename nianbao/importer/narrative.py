"""The narrative of the dataset (preamble, 一 with its sub-headings, text of 二–四, 五, 六) from the report's lines.

Sections are delimited by their headings; where a page lost them (the seed), by content
cues: a table starts its section, the text after the last table is 五 until a line
that names the other matters (六), and sub-headings （一）… start 一.
"""

from __future__ import annotations

import re

from ..sections import heading as section_heading
from ..sections import keys as section_keys
from ..sections import of_title as section_of_title
from .log import ImportLog

_PART = re.compile(r"^[（(]([一二三四五六七八九十]{1,3})[）)]\s*(?P<rest>.*)$")
_CLAUSE = re.compile(r"^(?P<title>[^，。；！？]{2,80}?)[，。；！？]\s*(?P<text>.*)$")
_OTHER_CUE = re.compile(r"其他需要?报告|其他报告事项|无其他|信息处理费")
_TABLE_SECTION = {"t2": "proactive", "t3": "applications", "t4": "reviews"}
_TITLE_MAX = 30
_NAMES = {"overview": "一、总体情况", "proactive": "二", "applications": "三", "reviews": "四", "problems": "五", "other": "六"}


def _boundaries(body: list[tuple[int, str]], regions: dict, log: ImportLog) -> list[tuple[int, str]]:
    """(line, section key) where each section starts: headings first, content cues where they are missing."""
    found: dict[str, int] = {}
    for i, text in body:
        key = section_heading(text)
        if key and key not in found:
            found[key] = i
    heads = dict(found)
    for tkey, (start, _) in regions.items():
        key = _TABLE_SECTION[tkey]
        if key not in found or found[key] > start:
            found.setdefault(key, start)
    last_table = max((end for _, end in regions.values()), default=None)
    if "problems" not in found and last_table is not None:
        after = [i for i, _ in body if i > max(last_table, found.get("reviews", -1))]
        if after:
            found["problems"] = after[0]
    if "other" not in found and "problems" in found:
        cue = next((i for i, t in body if i > found["problems"] and _OTHER_CUE.search(t)), None)
        if cue is not None:
            found["other"] = cue
    if "overview" not in found:
        first_part = next((i for i, t in body if _PART.match(t)), None)
        limit = min(found.values(), default=None)
        if first_part is not None and (limit is None or first_part < limit):
            found["overview"] = first_part
    cued = [k for k in found if k not in heads]
    if cued:
        log.add("normalised", "以下部分没有标题，按内容识别：" + "、".join(_NAMES[k] for k in section_keys() if k in cued))
    missing = [k for k in section_keys() if k not in found]
    if missing:
        log.add("not_found", "没有找到以下部分：" + "、".join(_NAMES[k] for k in missing))
    return sorted((line, key) for key, line in found.items())


def _parts(lines: list[str], log: ImportLog) -> tuple[list[str], list[dict], dict[str, str]]:
    """一's intro, its sub-parts （一）…, and sub-parts that are really sections 三/四 (seed: （八）（九）)."""
    intro: list[str] = []
    parts: list[dict] = []
    moved: dict[str, str] = {}
    for text in lines:
        m = _PART.match(text)
        if m is None:
            (parts[-1]["text"] if parts else intro).append(text)
            continue
        rest = m["rest"]
        if len(rest) <= _TITLE_MAX and not rest.endswith("。"):
            parts.append({"title": rest, "text": []})
            continue
        # A sub-heading run into its paragraph: its first clause is the title, the rest the text.
        s = _CLAUSE.match(rest)
        parts.append({"title": s["title"], "text": [s["text"]] if s["text"] else []} if s
                     else {"title": rest[:_TITLE_MAX], "text": [rest[_TITLE_MAX:]]})
    kept = []
    for p in parts:
        key = section_of_title(p["title"])
        if key in ("applications", "reviews") and p["text"]:
            moved[key] = "\n".join(p["text"])
            log.add("normalised", f"一、总体情况中的“{p['title']}”按内容归入“{_NAMES[key]}”部分")
        elif p["text"]:
            kept.append({"title": p["title"], "text": "\n".join(p["text"])})
        elif kept:  # a sub-heading with nothing under it stays as a line of the text before it
            kept[-1]["text"] += "\n" + p["title"]
        else:
            intro.append(p["title"])
    return intro, kept, moved


_WORDED = re.compile(r"[^\W_]")  # a letter, a digit or a Han character


def build_narrative(lines: list[str], skip: set[int], regions: dict, log: ImportLog) -> dict:
    """The ``narrative`` mapping of a dataset; sections not found are left out (the dataset then does not validate)."""
    table_lines = {i for start, end in regions.values() for i in range(start, end + 1)}
    # (||, a lone bracket: a table's leftover marks after its last row, no text of any part)
    body = [(i, t.strip()) for i, t in enumerate(lines) if i not in skip and i not in table_lines and _WORDED.search(t)]
    bounds = _boundaries(body, regions, log)
    texts: dict[str, list[str]] = {"preamble": []}
    for i, text in body:
        key = "preamble"
        for line, k in bounds:
            if line <= i:
                key = k
        if section_heading(text) == key:
            continue  # the heading itself
        texts.setdefault(key, []).append(text)
    narrative: dict = {}
    if texts["preamble"]:
        narrative["preamble"] = "\n".join(texts["preamble"])
    intro, parts, moved = _parts(texts.get("overview", []), log)
    overview: dict = {}
    if intro:
        overview["intro"] = "\n".join(intro)
    if parts:
        overview["parts"] = parts
    narrative["overview"] = overview
    for key in ("proactive", "applications", "reviews", "problems", "other"):
        text = "\n".join(texts.get(key, [])) or moved.get(key)
        if text:
            narrative[key] = text
    return narrative

