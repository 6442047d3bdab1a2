"""Traditional → simplified script: one OpenCC converter for the importer (which normalises a page) and the checks
(which tell how much of a page was traditional)."""

from __future__ import annotations

import re
from functools import cache

import opencc


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """``text`` in simplified characters (OpenCC t2s: characters, not regional words)."""
    return _converter().convert(text)


# 根據(jù), 現（xiàn）: a character followed by its pinyin in brackets, as a page's "繁體" widget leaves it. A toned
# syllable is a gloss wherever it stands; an untoned one (國(guo), 中(zhong)(zhong)) only on a page that has several,
# since one bracketed lowercase word after a character may be the text's own.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
TONED_SYLLABLE = rf"[a-zü]*[{_TONED}][a-zü{_TONED}]*"
_UNTONED_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                     r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ui|ao|ou|iu|ie|ue|ve|er|an|en|in|un|vn"
                     r"|ia|ua|uo|a|o|e|i|u|v|ü)")
_TONED_GLOSS = re.compile(rf"(?<=[\u3400-\u9fff])(?:[(（]{TONED_SYLLABLE}[)）])+")
_UNTONED_GLOSS = re.compile(rf"(?<=[\u3400-\u9fff])(?:[(（]{_UNTONED_SYLLABLE}[)）])+")
_ANY_GLOSS = re.compile(rf"(?<=[\u3400-\u9fff])(?:[(（](?:{TONED_SYLLABLE}|{_UNTONED_SYLLABLE})[)）])+")
_MIN_UNTONED = 3


def _gloss_pattern(text: str) -> re.Pattern:
    return _ANY_GLOSS if len(_UNTONED_GLOSS.findall(text)) >= _MIN_UNTONED else _TONED_GLOSS


def glosses(text: str) -> list[re.Match]:
    """The pinyin glosses of ``text``, one match for a character's glosses (中(zhong)(zhong))."""
    return list(_gloss_pattern(text).finditer(text))


def strip_glosses(text: str) -> tuple[str, int]:
    """``text`` without its pinyin glosses, and how many were taken out."""
    return _gloss_pattern(text).subn("", text)
