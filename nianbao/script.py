"""Traditional → simplified script: one OpenCC converter for the importer (which normalises a page) and the checks
(which tell how much of a page was traditional)."""

from __future__ import annotations

from functools import cache

import opencc


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """``text`` in simplified characters (OpenCC t2s: characters, not regional words)."""
    return _converter().convert(text)
