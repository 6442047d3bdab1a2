"""Cells of the official tables, read from tokens by the labels of the format descriptions.

Rows are found by their labels (tolerant: spaces, line breaks, （） vs (), a lost or
changed leading number, a label cut short or with a word added); the values that
follow a row label, up to the next label, are its cells in column order. Each table is
read with every format and the better-matching format is kept, so a page can be 2019
in one table and 2021 in another (reported as mixed).

A table printed with its labels and no number anywhere is read as blank cells (nothing can be
misplaced). Nothing is guessed silently: a row with more values than columns (a number split over
cells) or with fewer (empty cells dropped) is left out and logged; empty cells placed
by their position (kept as ``| |`` or as extra blank lines) are logged as ambiguous,
except in real HTML tables, whose structure is exact.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from pydantic_core import PydanticCustomError

from .. import cells as C
from .. import formats as F
from ..formats import cell_key
from .tokens import NONE_WORD, Token, core_key, label_key

_TRAILING_NOTE = re.compile(r"[（(][^（）()]*[)）]\s*$")
_HEADING = re.compile(r"^[一二三四五六七八九十]+、")
_SCAN_LIMIT = 120  # tokens between 表四's first header and its values


@dataclass(frozen=True)
class _Labels:
    exact: dict  # label key → row key
    cores: dict  # core key (long enough to be unambiguous) → row key
    headers: frozenset  # keys of column, group and block labels, corner, first header
    columns: frozenset  # keys of column labels (to tell the formats apart)
    foreign: dict  # label key of another format's label for a row this format also has → row key (规范性文件)


@cache
def _labels(code: str, tkey: str) -> _Labels:
    t = F.get(code).tables[tkey]
    exact, cores, headers, columns = {}, {}, set(), set()
    for r in t.rows:
        leaf = r.path[-1]
        if t.layout != "wide":
            for text in {leaf, _TRAILING_NOTE.sub("", leaf)}:
                exact[label_key(text)] = r.key
                if len(core_key(text)) >= 4:
                    cores[core_key(text)] = r.key
            headers.update(label_key(p) for p in r.path[:-1])
        else:
            headers.update(label_key(p) for p in r.path)
        for c in r.columns:
            columns.add(label_key(c.label))
            headers.update(label_key(p) for p in c.path)
    headers.update(label_key(x) for x in (t.corner, t.first_header) if x)
    headers.update(label_key(b[0]) for b in t.blocks)
    # The same row under another format's label (2019 规范性文件 for 2021 行政规范性文件): the row's key is kept.
    foreign = {label_key(r.path[-1]): r.key for other in F.codes() if other != code
               for r in F.get(other).tables[tkey].rows
               if t.layout != "wide" and any(r.key == mine.key for mine in t.rows) and label_key(r.path[-1]) not in exact}
    return _Labels(exact, cores, frozenset(headers | columns), frozenset(columns), foreign)


# 规章（设区的市、自治州人民政府应提供相关数据）: a filling note printed inside a row label.
_NOTE = re.compile(r"[（(][^（）()]{4,}[)）]")


def _match_row(tok: Token, labels: _Labels) -> str | None:
    if tok.value:
        return None
    key, core = tok.key, tok.core
    if key not in labels.exact and _NOTE.search(tok.text):
        bare = _NOTE.sub("", tok.text)
        key, core = label_key(bare), core_key(bare)
    if key in labels.exact:
        return labels.exact[key]
    if core in labels.cores:
        return labels.cores[core]
    if len(core) >= 6:  # a label cut short on the page
        hits = {r for c, r in labels.cores.items() if c.startswith(core)}
        if len(hits) == 1:
            return hits.pop()
    # A label with a few words added (规章（制度）); the longest known label wins.
    hits = [(len(c), r) for c, r in list(labels.cores.items()) + list(labels.exact.items())
            if len(c) >= 2 and core.startswith(c) and len(core) - len(c) <= 4]
    return max(hits)[1] if hits else None


def _with_words_dropped(tok: Token, labels: _Labels) -> str | None:
    """The one known row label that a label reads as with a few characters left out (其他法律行政止公开 for
    其他法律行政法规禁止公开): a typing slip in the row's label, not another row."""
    core = tok.core
    if tok.value or not 6 <= len(core) <= 40:
        return None
    hits = set()
    for known, row in labels.cores.items():
        if len(core) < len(known) <= len(core) + max(2, len(known) // 4):
            rest = iter(known)
            if all(ch in rest for ch in core):  # core is known with some characters left out
                hits.add(row)
    return hits.pop() if len(hits) == 1 else None


_ITEM_START = re.compile(r"[（(][一二三四五六七八九十]{1,2}[)）]|(?<![\d.])\d{1,2}\.(?!\d)")


def _after_group_labels(tokens: list[Token], i: int, labels: _Labels) -> str | None:
    """A row label printed after its groups' labels on one line, numbers following (text of a PDF:
    三、本年度办理结果（三）不予公开1.属于国家秘密 0 0 0 …): the row is the label that starts at an item number;
    or after the table's headers, a whole table printed on one line (…信息内容本年制发件数本年废止件数现行有效件数
    规章 0 0 0 …): the row is the longest row label the token ends in."""
    text = tokens[i].text
    if i + 1 >= len(tokens) or not tokens[i + 1].value or tokens[i + 1].empty:
        return None
    for m in _ITEM_START.finditer(text):
        if m.start() > 0 and (row := _match_row(Token(text[m.start():], tokens[i].line, tokens[i].exact), labels)):
            return row
    # (the words run together once the spaces between Chinese characters are dropped: the label is the end of the
    # token, a column's or the table's header before it)
    key = tokens[i].key
    ends = [(len(known), row) for known, row in [*labels.exact.items(), *labels.cores.items()]
            if len(known) >= 2 and key.endswith(known) and len(key) > len(known)
            and any(h in key[:-len(known)] for h in labels.headers if len(h) >= 4)]
    return max(ends)[1] if ends else None


def _label_continued(tokens: list[Token], i: int, row_key: str, labels: _Labels) -> int:
    """The token after a row label that a narrow cell wrapped over lines (（二）部分公开（区分处理的，只计这一情形，/
    不计其他情形）): the next tokens are part of it while the label read so far still begins the row's own label."""
    known = [c for c, r in list(labels.cores.items()) + list(labels.exact.items()) if r == row_key]
    joined, j = tokens[i].text, i + 1
    while j < len(tokens) and not tokens[j].value and j - i <= 2:
        longer = core_key(joined + tokens[j].text)
        if len(longer) <= len(core_key(joined)) or not any(c.startswith(longer) for c in known):
            break
        joined, j = joined + tokens[j].text, j + 1
    return j


def _is_header(tok: Token, labels: _Labels) -> bool:
    key = tok.key
    return (tok.value or key in labels.headers or key.startswith("第二十条") or key.startswith("本列数据")
            or len(key) <= 8 or any(key.startswith(h) and _UNIT_NOTE.fullmatch(key, len(h)) for h in labels.columns))


# 采购总金额（单位：万元，保留4位小数）: the unit a page writes after a column's label, and the template's note on decimals
_UNIT_NOTE = re.compile(r"(?:单位)?(万元|元)(?:保留.{1,6})?")


# ---------------------------------------------------------------- placing values in columns

@dataclass
class Placed:
    texts: list[str | None] | None  # one text per column (None: not on the page), or None when the row cannot be placed
    kind: str = "found"  # found | ambiguous | problem
    message: str = ""


def _place(values: list[Token], n: int, sep: int, trailing: int = 0) -> Placed:
    """The row's n cells from the tokens after its label; ``trailing``: blank lines beyond the usual separator
    between the row's last token and the next label (empty cells at the row's end, on a one-cell-per-line page)."""
    filled = [v for v in values if not v.empty]
    if len(filled) == n:
        return Placed([v.text for v in filled])
    if len(filled) > n:
        return Placed(None, "problem", f"有 {len(filled)} 个数字，多于 {n} 列：可能是一个数字被拆到两个单元格（如“2”“0”），未读取")
    if values and all(v.exact for v in values) and len(values) >= n:
        return Placed([v.text for v in values[:n]])  # a real table: empty cells are blank cells
    if any(v.piped for v in values) and len(values) >= n and all(v.empty for v in values[n:]):
        return Placed([v.text for v in values[:n]], "ambiguous",
                      f"只有 {len(filled)} 个数字（共 {n} 列），按空单元格“| |”的位置读取，其余为空白")
    if len(values) == n and not any(v.piped for v in values) and any(v.empty for v in values):
        # (one cell a line, an empty cell a line of spaces: each cell in its place)
        return Placed([v.text for v in values], "ambiguous",
                      f"只有 {len(filled)} 个数字（共 {n} 列），只含空格的行按空单元格读取")
    if filled and not any(v.piped for v in values):
        # Empty cells kept as extra blank lines: each blank line beyond the usual separator is one cell.
        seq: list[str] = []
        for v in filled:
            seq += [""] * max(0, v.gap - sep) + [v.text]
        if len(seq) == n:
            return Placed(seq, "ambiguous", f"只有 {len(filled)} 个数字（共 {n} 列），按多出的空行推断空单元格的位置")
        if len(seq) + trailing == n:  # the row's last cells empty too: as many extra blank lines before the next label
            return Placed(seq + [""] * trailing, "ambiguous",
                          f"只有 {len(filled)} 个数字（共 {n} 列），按多出的空行推断空单元格的位置（含行末的空单元格）")
    if len(filled) == 1 and n > 1 and filled[0].text == "0" * n:
        # 0000000 under seven columns: the separators between the cells lost, every cell 0 (no count is written with
        # a leading zero, so no other reading is possible)
        return Placed(["0"] * n, "ambiguous", f"{n} 个“0”连写在一起（单元格之间的分隔丢失），每列读作 0")
    if not filled and not values and trailing == n and n > 1:
        return Placed([""] * n, "ambiguous", f"没有数字，行标签后多出的空行正好是 {n} 个单元格，按空白读取")
    if not filled:
        return Placed(None, "problem", "只有行标签，没有数字（空单元格被丢弃或表格为图片）")
    return Placed(None, "problem", f"只有 {len(filled)} 个数字（共 {n} 列）：空单元格被丢弃，无法确定各数字所在的列，未读取")


# ---------------------------------------------------------------- one table, one format

@dataclass
class TableRead:
    table: str
    code: str
    cells: dict = field(default_factory=dict)  # cell key → Cell
    rows_seen: set = field(default_factory=set)
    column_hits: int = 0
    first: int | None = None  # token index where the table starts
    last: int | None = None  # last token index read
    entries: list = field(default_factory=list)  # (kind, message, cells)
    units: dict = field(default_factory=dict)  # column key → unit its header states (采购总金额（万元）)
    extra_rows: list = field(default_factory=list)  # labels of rows with numbers that the format does not have
    foreign_labels: list = field(default_factory=list)  # (label printed, the format's label): another format's row label
    short_rows: list = field(default_factory=list)  # (row key, numbers printed): fewer numbers than columns, not placed
    bare_rows: list = field(default_factory=list)  # row keys printed as a label alone on a page that drops empty cells

    @property
    def score(self) -> int:
        return len(self.rows_seen) + self.column_hits

    def note(self, kind: str, message: str, cells=()):
        self.entries.append((kind, message, tuple(cells)))


def _column_hits(tokens: list[Token], start: int, end: int, labels: _Labels) -> set[str]:
    """Column labels present between two tokens, also when split over 2–3 tokens (本年新 / 制作数量)."""
    keys = [t.key for t in tokens[start:end] if not t.value]
    found = set()
    for i in range(len(keys)):
        joined = ""
        for k in keys[i:i + 3]:
            joined += k
            if joined in labels.columns:
                found.add(joined)
    return found


def _column_order(table: F.Table, tokens: list[Token], start: int, end: int) -> list[F.Column] | None:
    """The grid's columns in the order its header shows them (总计 may come first), if the header is complete.

    Top-level headers (自然人, 法人或其他组织, 总计) give the order; a group's sub-headers
    (商业企业 …) stand in its place, in their own order.
    """
    cols = table.columns
    groups: dict[str, list[F.Column]] = {}
    for c in cols:
        groups.setdefault(label_key(c.path[1]), []).append(c)
    leaves = {label_key(c.path[-1]): c for c in cols if len(c.path) > 2}
    keys = [t.key for t in tokens[start:end] if not t.value]
    tops: list[str] = []
    subs: list[F.Column] = []
    i = 0
    while i < len(keys):
        width = 1
        for w in (1, 2, 3):  # a header split over lines (商业 / 企业)
            joined = "".join(keys[i:i + w])
            if joined in groups and joined not in tops:
                tops.append(joined)
                width = w
                break
            if joined in leaves and leaves[joined] not in subs:
                subs.append(leaves[joined])
                width = w
                break
        i += width
    flat: list[F.Column] = []
    for top in tops:
        group = groups[top]
        flat += group if len(group[0].path) == 2 else [c for c in subs if c in group]
    return flat if sorted(c.key for c in flat) == sorted(c.key for c in cols) else None


def _separator(tokens: list[Token], start: int, end: int) -> int:
    """The usual number of blank lines between two cells of a one-cell-per-line table."""
    gaps = Counter(t.gap for t in tokens[start:end] if not t.piped and not t.empty)
    return gaps.most_common(1)[0][0] if gaps else 0


def _put(read: TableRead, key: str, column: F.Column, text: str, where: str) -> None:
    """Store one cell as its column reads it; a value the column cannot hold is logged, not stored."""
    # (无 printed in a cell: the table says none, a count or an amount of 0; a clerk's dataset must write 0 itself)
    text = "0" if text.strip() == NONE_WORD else text
    try:
        read.cells[key] = C.parser_for(column.kind, read.units.get(column.key, column.unit))(text)
    except PydanticCustomError as e:  # the cell parsers' Chinese reason
        read.note("problem", f"{where} · {column.full_label}：“{text}”无法读取（{e.message()}），未读取", [key])


def _store(read: TableRead, table: F.Table, row: F.Row, columns, placed: Placed) -> None:
    keys = [cell_key(table.key, row.key, c.key) for c in columns]
    where = f"{table.short} {row.full_label}"
    if placed.texts is None:
        read.note(placed.kind, f"{where}：{placed.message}", keys)
        return
    if placed.kind != "found":
        read.note(placed.kind, f"{where}：{placed.message}", keys)
    for key, column, text in zip(keys, columns, placed.texts):
        if text is not None:  # None: the cell is not on the page (cut off)
            _put(read, key, column, text, where)


def _read_rows(table: F.Table, code: str, tokens: list[Token], after: int) -> TableRead:
    labels = _labels(code, table.key)
    read = TableRead(table.key, code)
    found: dict[str, tuple[int, list[Token]]] = {}
    ends: dict[str, int] = {}  # row → the token after its values
    strays: list[int] = []  # tokens that look like a row label of their own, with numbers after them
    i = last_label = 0
    while i < len(tokens):
        row_key = _match_row(tokens[i], labels) or _after_group_labels(tokens, i, labels)
        if row_key is None and (row_key := _with_words_dropped(tokens[i], labels)) is not None:
            read.note("normalised", f"{table.short}：行标签“{tokens[i].text}”与格式的“{table.row(row_key).path[-1]}”"
                                    f"不同（漏字），按该行读取")
        # Only a label with cells after it: the word alone in a list of the text is not that row.
        foreign = (row_key is None and not tokens[i].value and i + 1 < len(tokens) and tokens[i + 1].value
                   and (row_key := labels.foreign.get(tokens[i].key)) is not None)
        if foreign:
            own = table.row(row_key).path[-1]
            read.foreign_labels.append((tokens[i].text, own))
            read.note("normalised", f"{table.short}：行标签“{tokens[i].text}”是另一版格式的写法，本格式为“{own}”，按该行读取")
        if row_key is None:
            if _stray_row(tokens, i, labels):
                strays.append(i)
            elif not tokens[i].value and label_key(tokens[i].text) in labels.headers:
                last_label = i
            i += 1
            continue
        last_label = i
        label_end = _label_continued(tokens, i, row_key, labels)
        j = label_end
        while j < len(tokens) and tokens[j].value:
            j += 1
        values = tokens[label_end:j]
        if not foreign:  # the format is told by its own labels: a row printed in the other's form does not count
            read.rows_seen.add(row_key)
        if row_key not in found or (not any(not v.empty for v in found[row_key][1]) and values):
            found[row_key] = (i, values)
            ends[row_key] = j
        elif [v.text for v in values if not v.empty] != [v.text for v in found[row_key][1] if not v.empty] and values:
            read.note("ambiguous", f"{table.short} {table.row(row_key).full_label}：这一行出现了两次且数字不同，采用第一次出现的")
        read.first = i if read.first is None else min(read.first, i)
        read.last = max(read.last or 0, j - 1)
        i = j
    if not found:
        return read
    _blank_labelled(table, tokens, found, ends, labels, read)
    # Between the table's first row and a later label of it: a row the format does not have (行政检查).
    read.extra_rows = [_NOTE.sub("", tokens[k].text).strip() for k in strays if read.first < k < last_label]
    for label in read.extra_rows:
        read.note("problem", f"{table.short}：格式中没有“{label}”这一行，它的数字未读取")
    start = _extend_back(tokens, read.first, labels, after)
    read.first = start
    read.column_hits = len(_column_hits(tokens, start, read.last + 1, labels))
    if not read.column_hits and len(found) < 2 and not any(values for _, values in found.values()):
        # One row's words alone, with no header and no number (行政规范性文件 in the site's menu): not the table.
        return TableRead(table.key, code)
    read.units = _header_units(table, tokens, start, read.last + 1)
    sep = _separator(tokens, start, read.last + 1)
    columns = table.columns
    if table.layout == "grid":
        first_row = min(i for i, _ in found.values())
        order = _column_order(table, tokens, start, first_row)
        if order is None:
            read.note("ambiguous", f"{table.short}：表头不完整，按模板的列顺序读取")
        elif order != list(columns):
            read.note("normalised", f"{table.short}：表头的列顺序与模板不同（{'、'.join(c.label for c in order)}），按页面的顺序读取")
            columns = tuple(order)
    if _no_number(tokens, start, read.last, found, read.column_hits):
        _store_blank(read, table, found, tokens)
        return read
    # Some row has its numbers, and every row that has any has all of them (a page that drops empty cells, 规章 0
    # alone in three columns, leaves the rows without numbers unread: nothing of such a table is guessed).
    shown_counts = [(sum(not v.empty for v in values), len(table.row(key).columns)) for key, (_, values) in found.items()]
    numbered = any(k for k, _ in shown_counts) and all(k in (0, n) for k, n in shown_counts)
    short, whole = [], True  # rows with too few numbers; every other row printed with all its numbers
    for n, row in enumerate(table.rows):
        if row.key in found:
            i, values = found[row.key]
            end = ends[row.key]
            shown_columns = _block_columns(table, tokens, i, row) if table.layout == "blocks" else None
            if shown_columns is not None:
                _store_by_header(read, table, row, shown_columns, _place(values, len(shown_columns), sep))
                continue
            after = tokens[end] if end < len(tokens) else None
            trailing = max(0, after.gap - sep) if after is not None and not after.piped and not after.value else 0
            placed = _place(values, len(row.columns), sep, trailing)
            if not values and len(row.columns) == 1 and end < len(tokens) and tokens[end].gap > 2 * sep:
                # One cell, one cell per line: nothing but more blank lines than between two cells before
                # the next label: the cell was printed empty.
                placed = Placed([""], "ambiguous", "这一行唯一的单元格处是多出的空行，按空白读取")
            if (placed.texts is None and not values and not trailing and end < len(tokens)
                    and _next_is_own_label(tokens[end], labels)):
                # 行政许可 / 其他对外管理服务事项 / 第二十条第（六）项: a row whose label the table's next label follows
                # as any cell follows another (no extra blank lines to count): its cells were printed empty, none can
                # be misplaced (the numbers after a label are its row's, also where the page drops empty cells)
                placed = Placed([""] * len(row.columns), "ambiguous", "这一行只有行标签、没有数字，其后是本表的下一个标签，按空白读取")
                if not numbered:
                    read.bare_rows.append(row.key)
            if end == len(tokens) and placed.kind != "found":
                placed = _place_cut(values, len(row.columns), table.rows[n + 1] if n + 1 < len(table.rows) else None, placed,
                                    tokens[i].line)
            shown = sum(not v.empty for v in values)
            if end < len(tokens) and placed.texts is None and 0 < shown < len(row.columns):
                short.append((row.key, shown))  # the row goes on after its numbers: not a page cut
            elif shown != len(row.columns):
                whole = False
            _store(read, table, row, columns if table.layout == "grid" else row.columns, placed)
    if whole:  # one short row among complete ones was printed short; where many are, the page dropped empty cells
        read.short_rows = short
    return read


_BLOCK_SCAN = 80  # tokens back from a 表二 row to its block's label (its header, empty cells and rows lie between)


@cache
def _column_keys(tkey: str) -> dict[str, str]:
    """Every format's column labels of a table (本年处理决定数量 and 处理决定数量 alike) → the column's key."""
    return {label_key(c.label): c.key for code in F.codes() for r in F.get(code).tables[tkey].rows for c in r.columns}


def _block_columns(table: F.Table, tokens: list[Token], i: int, row: F.Row) -> list | None:
    """The columns a 表二 block's own header names over the row at token ``i``, in its order, when they are not the
    format's (a 2021 header 本年处理决定数量 alone over a block of the 2019 table): the row's numbers belong to
    those. A header naming a column the row does not have in this format gives []; None: the format's own columns
    (or no header to tell)."""
    # Back to the block's label, or to a row of another block where a page left the label out.
    others = {label_key(r.path[-1]) for r in table.rows if r.block != row.block}
    lo = i
    while lo > max(0, i - _BLOCK_SCAN) and not tokens[lo - 1].key.startswith("第二十条") and tokens[lo - 1].key not in others:
        lo -= 1
    known, keys = _column_keys(table.key), []
    skip = {label_key(r.path[-1]) for r in table.rows} | {label_key(table.first_header or "")}
    texts = [t.key.replace("本年度", "本年") for t in tokens[lo:i] if not t.value and t.key not in skip]
    k = 0
    while k < len(texts):
        for w in (1, 2, 3):  # a header split over lines (本年处理 / 决定数量)
            key = known.get("".join(texts[k:k + w]))
            if key is not None:
                if key not in keys:
                    keys.append(key)
                k += w
                break
        else:
            return None  # a header cell no format names (本年新, cut short): the header cannot tell the columns
    mine = {c.key: c for c in row.columns}
    if not keys or keys == list(mine):
        return None
    return [mine[k] for k in keys] if all(k in mine for k in keys) else []


def _store_by_header(read: TableRead, table: F.Table, row: F.Row, columns: list, placed: Placed) -> None:
    """A row under a block header of its own: its numbers in the columns that header names; the format's other
    columns are not on the page."""
    where = f"{table.short} {row.full_label}"
    if not columns:
        read.note("problem", f"{where}：表头的列不是本格式这一行的列（另一版格式的写法），未读取",
                  [cell_key(table.key, row.key, c.key) for c in row.columns])
        return
    read.note("normalised", f"{where}：本栏表头只列出“{'、'.join(c.label for c in columns)}”，数字按表头读入这些列")
    _store(read, table, row, columns, placed)


def _blank_labelled(table: F.Table, tokens: list[Token], found: dict, ends: dict, labels: _Labels,
                    read: TableRead) -> None:
    """现行有效件数 / (blank) 0 0 0 / 行政规范性文件 0 0 0: a row printed with its label left blank, its numbers
    right after the columns' header and right before the next row of its group: the format's row before that one."""
    for prev, row in zip(table.rows, table.rows[1:]):
        if row.key not in found or prev.key in found or prev.path[:-1] != row.path[:-1]:
            continue
        i, k = found[row.key][0], len(prev.columns)
        values = tokens[i - k:i] if i > k else []
        header = tokens[i - k - 1] if i > k else None
        if header is not None and header.empty and not header.piped and i > k + 1:
            header = tokens[i - k - 2]  # (the blank label printed as a line of spaces: a token of its own)
        if (len(values) == k and all(v.value for v in values) and header is not None and not header.value
                and label_key(header.text) in labels.headers):
            found[prev.key], ends[prev.key] = (i - k, values), i
            read.rows_seen.add(prev.key)
            read.note("normalised", f"{table.short}：有一行的行标签空白，位于表头与“{row.path[-1]}”之间，"
                                    f"按格式的行序作为“{prev.path[-1]}”读取")


_ITEM_NUMBER = re.compile(r"^(\d{1,2})\.")
_ROW_LABEL = re.compile(r"[\u4e00-\u9fff（）()、]{2,16}")


def _next_is_own_label(tok: Token, labels: _Labels) -> bool:
    """Is the token a row label or a header of the table being read (not a heading of the text after it)?"""
    return not tok.value and (_match_row(tok, labels) is not None or tok.key in labels.headers or tok.key.startswith("第二十条"))


def _stray_row(tokens: list[Token], i: int, labels: _Labels) -> bool:
    """A short label that is none of the table's labels, followed by at least one number."""
    tok = tokens[i]
    if tok.value or not _ROW_LABEL.fullmatch(_NOTE.sub("", tok.text).strip()) or label_key(tok.text) in labels.headers:
        return False
    for t in tokens[i + 1:i + 9]:
        if not t.value:
            return False  # the next label came before any number
        if not t.empty:
            return True
    return False


def _place_cut(values: list[Token], n: int, next_row: F.Row | None, placed: Placed, label_line: int) -> Placed:
    """The last row of a page that ends inside it: the values shown are its first cells.

    A page cut in the next row's label leaves that label's number (“2”) as if it were a value:
    it is dropped only when it is exactly the next row's item number.
    """
    filled = [v.text for v in values if not v.empty]
    following = _ITEM_NUMBER.match(next_row.path[-1]) if next_row is not None else None
    if len(filled) == n + 1 and following and filled[-1] == following[1]:
        return Placed(filled[:n], "ambiguous", f"页面在下一行的编号“{filled[-1]}.”处结束，最后的“{filled[-1]}”不是本行的数字")
    if len(filled) == n + 1 and next_row is None and len(values) == n + 1 and values[-1].line != values[-2].line:
        # The table's last row, whole, and one more number on a line of its own where the page stops:
        # the first characters of what followed the table (“20” of “2020年…”), not a cell.
        return Placed(filled[:n], "ambiguous", f"页面在表格之后的“{filled[-1]}”处结束，它不是本行的数字")
    # The cells shown come first; a separator after the last one (0 | 0 | ) is where the page stopped, not a cell.
    # (规范性文件 | / 0 | / 0 |: one cell a line, the | closing the label's line or a number's is no empty cell;
    # 0 | | 5 on one line keeps its empty cell)
    by_line: dict[int, list[Token]] = {}
    for v in values:
        by_line.setdefault(v.line, []).append(v)
    closed = all([t.empty for t in line] in ([True], [False, True]) and (len(line) == 2 or k == label_line)
                 for k, line in by_line.items())
    if 0 < len(filled) < n and (len(values) < n and all(not v.empty for v in values[:len(filled)]) or closed):
        return Placed(filled + [None] * (n - len(filled)), "ambiguous",
                      f"页面在这一行中间结束：只显示前 {len(filled)} 列，其余各列不在页面上，未读取")
    return placed


def _header_units(table: F.Table, tokens: list[Token], start: int, end: int) -> dict[str, str]:
    """Units a page writes in the header of a money column the template leaves without one (采购总金额（万元）,
    采购总金额（单位：万元，保留4位小数）: the template's note on decimals after it)."""
    keys = {t.key for t in tokens[start:end] if not t.value}
    units = {}
    for c in (c for r in table.rows for c in r.columns if c.kind == "money" and c.unit is None):
        label = label_key(c.label)
        found = {m.group(1) for key in keys if key.startswith(label) and (m := _UNIT_NOTE.fullmatch(key, len(label)))}
        if len(found) == 1:
            units[c.key] = found.pop()
    return units


_MIN_EMPTY_ROWS = 3  # an all-empty table is a table only when several of its row labels are on the page


def _no_number(tokens: list[Token], start: int, last: int, found: dict, column_hits: int) -> bool:
    """A table printed with its labels and no number anywhere: every data cell is empty, none can be misplaced.
    (Two rows are enough under the table's own column header: a page cut after its second row.)"""
    enough = len(found) >= _MIN_EMPTY_ROWS or len(found) == 2 and column_hits >= _MIN_EMPTY_ROWS
    return enough and not any(t.value and not t.empty for t in tokens[start:last + 1])


def _store_blank(read: TableRead, table: F.Table, found: dict, tokens: list[Token]) -> None:
    """Every cell of the rows on the page is blank; a label that ends the page (cut off) has no cells to show."""
    rows = [r for r in table.rows if r.key in found and found[r.key][0] < len(tokens) - 1]
    keys = [cell_key(table.key, r.key, c.key) for r in rows for c in r.columns]
    for key in keys:
        read.cells[key] = None
    read.note("found", f"{table.short}：只有行列标签、没有任何数字，{len(rows)} 行的单元格均按空白读取", keys)


def _extend_back(tokens: list[Token], i: int, labels: _Labels, floor: int) -> int:
    """The table's first token: walk back over its header (column labels, block labels, fragments)."""
    while i > floor and _is_header(tokens[i - 1], labels):
        i -= 1
    return i


def _read_wide(table: F.Table, code: str, tokens: list[Token], after: int) -> TableRead:
    """表四: one line of values under a long header; found from the header's first label."""
    labels = _labels(code, table.key)
    read = TableRead(table.key, code)
    first_group = label_key(table.rows[0].path[0])
    anchor = next((i for i in range(after, len(tokens))
                   if tokens[i].key.startswith(first_group) and len(tokens[i].key) <= 4 * len(first_group)), None)
    if anchor is None:
        return read
    read.first = _extend_back(tokens, anchor, labels, after)
    read.rows_seen.add(table.rows[0].key)
    j = anchor
    while (j < len(tokens) and j - anchor < _SCAN_LIMIT and not (tokens[j].value and not tokens[j].empty)
           and not _HEADING.match(tokens[j].text)):
        j += 1
    while j > anchor and tokens[j - 1].empty and j < len(tokens) and tokens[j - 1].line == tokens[j].line:
        j -= 1  # blank cells at the start of the values' row
    k = j
    while k < len(tokens) and tokens[k].value:
        k += 1
    read.column_hits = len(_column_hits(tokens, anchor, j, labels))
    leaves = [(g, c) for g in table.rows for c in g.columns]
    keys = [cell_key(table.key, g.key, c.key) for g, c in leaves]
    placed = _place(tokens[j:k], len(leaves), _separator(tokens, j, k))
    if not read.column_hits and placed.kind != "found":
        # Neither the header's words (they may be printed vertically) nor a full row of values:
        # the words 行政复议 in the text, not the table.
        return TableRead(table.key, code)
    read.last = max(anchor, k - 1)
    if j == k and j < len(tokens) and _HEADING.match(tokens[j].text) and read.column_hits >= _MIN_EMPTY_ROWS:
        # The header and then the next section: the table was printed without any number.
        for key in keys:
            read.cells[key] = None
        read.note("found", f"{table.short}：只有表头、没有任何数字，{len(keys)} 个单元格均按空白读取", keys)
        return read
    if j == k:
        read.note("problem", f"{table.short}：找到表头，但没有数字（表格可能是图片或被截断）", keys)
        return read
    if placed.texts is None:
        read.note(placed.kind, f"{table.short}：{placed.message}", keys)
        return read
    if placed.kind != "found":
        read.note(placed.kind, f"{table.short}：{placed.message}", keys)
    for key, (g, c), text in zip(keys, leaves, placed.texts):
        _put(read, key, c, text, f"{table.short} {g.full_label}")
    return read


# ---------------------------------------------------------------- every table, best format

@dataclass
class TablesRead:
    cells: dict  # cell key → Cell, every table, each in the format it matched best
    formats: dict  # table key → format code, or None when the page does not tell
    regions: dict  # table key → (first line, last line) of the table in the document
    entries: list  # (kind, message, cells)
    extra_rows: dict  # table key → labels of rows with numbers that the format does not have
    foreign_labels: dict  # table key → (label printed, the format's label) of rows printed in another format's words
    short_rows: dict  # table key → (row key, numbers printed) of rows with fewer numbers than columns, not read
    bare_rows: dict  # table key → row keys printed as a label alone on a page that drops empty cells (read as blank)


def read_tables(tokens: list[Token]) -> TablesRead:
    """Read 表二, 表三 and 表四 with every format; keep, per table, the format that matches best."""
    codes = F.codes()
    cells, formats, regions, entries, extra, foreign, short, bare = {}, {}, {}, [], {}, {}, {}, {}
    after = 0
    for tkey in ("t2", "t3", "t4"):
        reads = []
        for code in codes:
            table = F.get(code).tables[tkey]
            reads.append(_read_wide(table, code, tokens, after) if table.layout == "wide"
                         else _read_rows(table, code, tokens, after))
        reads.sort(key=lambda r: (-r.score, -len(r.cells)))
        best = reads[0]
        if best.first is None:
            formats[tkey] = None
            continue
        tied = [r.code for r in reads if r.score == best.score]
        formats[tkey] = best.code if len(tied) == 1 else None
        cells.update(best.cells)
        entries += best.entries
        if best.extra_rows:
            extra[tkey] = best.extra_rows
        if best.foreign_labels:
            foreign[tkey] = best.foreign_labels
        if best.short_rows:
            short[tkey] = best.short_rows
        if best.bare_rows:
            bare[tkey] = best.bare_rows
        regions[tkey] = (tokens[best.first].line, tokens[best.last].line)
        after = max(after, best.last + 1)
    return TablesRead(cells, formats, regions, entries, extra, foreign, short, bare)
