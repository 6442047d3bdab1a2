"""Lines of a report → tokens: the cells of flattened tables and the lines of text around them.

A line with ``|`` is split into its cells (a leading or trailing ``|`` is a delimiter,
a cell between two ``|`` may be empty; a line that is a single ``|`` is an empty cell of a
one-cell-per-line table, and so is the leading ``|`` of the line after one (``| 25 |``: the table prints each
cell as "text |"); longer runs of ``|`` are row separators); a line without ``|`` is one token, except that
a run of numbers separated by spaces (``四、结转下年度继续办理 0 0 0 0 0 0 0``) is split
into the label and one token per number. Blank lines are not tokens but are counted
(``gap``), because some pages keep empty cells as extra blank lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..cells import COUNT_WORD, NA_WORDS, NO_CHANGE
from .html import Line

# 无: what some tables print in a cell for none (the importer reads it as 0)
NONE_WORD = "无"
# What a table cell holding a value looks like: a count, a signed change, an amount, "/" (or its words) or 无 (none). A sign written twice
# (--253) holds a cell's place too: the cell parser then says it cannot be read, rather than the row being short.
# (16368（件）, 31批次: a count with its measure word; 211.509万: an amount with 万 and no 元)
_VALUE = re.compile(r"^(?:[增减]?[+\-]?\d{1,3}(?:,\d{3})+|[增减]?(?:[+\-]{1,2})?\d+"
                    rf"|\d+(?:\.\d+)?\s*(?:万元|元|万)|\d+\.\d+|\d+\s*{COUNT_WORD}|[/／—–\-－]{{1,2}}|{NO_CHANGE.pattern}|{NA_WORDS.pattern}|{NONE_WORD})$")
_DROP = re.compile(r"[\s（）()【】\[\]“”\"'‘’、，,.．:：;；/\\|·・_\-—<>《》〔〕]")
_ENUM = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十]{1,3}[)）、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、)）]?)")


# A year some pages write inside a column header (本年（2023）制发件数): not part of the label.
_YEAR_IN_LABEL = re.compile(r"[（(]\s*(?:19|20)\d{2}\s*年?度?\s*[）)]")


def label_key(text: str) -> str:
    """A label reduced to its letters: no spaces, brackets, punctuation or bracketed year (（） = (), 增/减 = 增\\减);
    档案 read as 文件, which a Taiwan-mode converter writes 檔案 (規範性檔案; no label of the formats holds 档案)."""
    return _DROP.sub("", _YEAR_IN_LABEL.sub("", text)).replace("档案", "文件")


def core_key(text: str) -> str:
    """A label's key without its leading number (（一）, 1., 一、), for numbers lost or changed on the page."""
    return label_key(_ENUM.sub("", text, count=1))


@dataclass(frozen=True)
class Token:
    text: str
    line: int  # index into the document's lines
    exact: bool  # from a real table row: an empty cell is a real blank cell
    gap: int = 0  # blank lines just before this token's line (first token of a line only)
    piped: bool = False  # from a line with "|"

    @property
    def empty(self) -> bool:
        return self.text == ""

    @property
    def value(self) -> bool:
        return _is_value(self.text)

    @property
    def key(self) -> str:
        return _key(self.text)

    @property
    def core(self) -> str:
        return _core(self.text)


@lru_cache(maxsize=65536)
def _is_value(text: str) -> bool:
    return text == "" or bool(_VALUE.match(text))


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    return label_key(text)


@lru_cache(maxsize=65536)
def _core(text: str) -> str:
    return core_key(text)


# 规章000, 行政事业性收费00: a label with its cells' zeros run together (the page lost the cell borders).
# Only zeros: no number starts with 0, so a run of n zeros is n cells of 0 whatever the columns; other
# digits run together (1203) could be split several ways and stay one token, reported, never guessed.
_GLUED_ZEROS = re.compile(r"^(.*[\u4e00-\u9fff])(0+)$")


_MISDECODED = re.compile(r"[?？\ufffd]+")
_MISDECODED_BEFORE = re.compile(rf"^{_MISDECODED.pattern}\s+(?=\S)")


def _without_misdecoded(cell: str) -> str:
    """? 0: a character the page's encoding lost in front of a cell's number, dropped (integrity reports it)."""
    rest = _MISDECODED_BEFORE.sub("", cell)
    return rest if rest != cell and _is_value(rest) else cell


# -164（因机构改革，……划转市交通运输局行使）: a cell's number with the writer's note on it in brackets (the note may
# hold brackets of its own); the number is the cell's value, the note is no part of it.
_NOTED = re.compile(r"^(?P<value>\S+?)\s*[（(](?P<note>.*)[)）]$")


def _without_note(cell: str) -> str:
    m = _NOTED.match(cell)
    if m and _is_value(m["value"]) and len(re.findall(r"[\u4e00-\u9fff]", m["note"])) >= 4:
        return m["value"]
    return cell


def _words(text: str) -> list[str]:
    """A line without "|": one token, or a label and the numbers written after it with spaces."""
    glued = _GLUED_ZEROS.match(text)
    if glued and " " not in text:
        return [glued.group(1), *glued.group(2)]
    words = text.split()
    if len(words) < 2 or not any(_is_value(w) for w in words):
        return [text]
    out: list[str] = []
    label: list[str] = []
    for w in words:
        if _MISDECODED.fullmatch(w):
            continue  # ? 0: a character the page's encoding lost, in front of the cell's number (as _without_misdecoded)
        if _is_value(w):
            if label:
                out.append(" ".join(label))
                label = []
            out.append(w)
        else:
            label.append(w)
    if label:
        out.append(" ".join(label))
    return out


def tokenise(lines: list[Line]) -> list[Token]:
    tokens: list[Token] = []
    blank = 0
    bare_before = False  # the line before was a bare "|": an empty cell of a table printed one "cell |" at a time
    for i, line in enumerate(lines):
        raw = line.text
        stripped = raw.strip()
        if not stripped and raw and _between_empty_lines(lines, i):
            # a cell of only spaces between the empty lines that part a one-cell-per-line table: an empty cell
            tokens.append(Token("", i, line.exact, blank))
            blank = 0
            continue
        if not stripped:
            blank += 1
            continue
        after_bare, bare_before = bare_before, stripped == "|"
        if "|" in raw:
            parts = raw.split("|")
            if stripped.startswith("|") and not after_bare:
                parts = parts[1:]  # (after a bare "|", the "|" that opens "| 25 |" closes one more empty cell)
            if raw.endswith("|"):
                parts = parts[:-1]
            if not any(p.strip() for p in parts):
                if stripped == "|":  # one cell per line ending " |": a bare "|" is an empty cell
                    tokens.append(Token("", i, line.exact, blank, True))
                    blank = 0
                continue  # a filler line of "||" or more
            pieces = [_without_note(_without_misdecoded(p.strip())) for p in parts]
        else:
            pieces = _words(stripped)
        for n, piece in enumerate(pieces):
            tokens.append(Token(piece, i, line.exact, blank if n == 0 else 0, "|" in raw))
        blank = 0
    return tokens


def _between_empty_lines(lines: list[Line], i: int) -> bool:
    return 0 < i < len(lines) - 1 and lines[i - 1].text == "" and lines[i + 1].text == ""
