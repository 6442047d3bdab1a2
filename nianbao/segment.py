"""Chinese word segmentation (jieba's dictionary and its word frequencies), loaded on first use: building the
dictionary takes about a second, so only a text with something to decide pays for it."""

from __future__ import annotations

import logging
from functools import cache


@cache
def _tokenizer():
    import jieba

    jieba.setLogLevel(logging.CRITICAL + 1)  # its "Building prefix dict" notes are not the user's business
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word in _MISSING_WORDS:
        tokenizer.add_word(word)
    return tokenizer


# Words of these reports that jieba's dictionary lacks: the office apps government bodies name (钉钉办公系统).
_MISSING_WORDS = ("钉钉", "浙政钉", "粤政易")


def words(text: str) -> list[str]:
    """The words of `text` by the dictionary alone (no guessing of unknown words), in order."""
    return _tokenizer().lcut(text, HMM=False)


def frequency(word: str) -> int:
    """How often the dictionary saw `word` (0 when it is not a word of the dictionary)."""
    return _tokenizer().FREQ.get(word) or 0
