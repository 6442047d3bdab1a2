"""文表一致: numbers the text states against the tables, and sums the text states itself.

Every finding here is a warning quoting the sentence: wording varies and a sentence can
be read more than one way. Sentences about a wider scope (全市, 全县, 备案, 汇总 …) are
not the organ's own figures and are skipped, as are sentences about another year.
The outcome words (予以公开, 不予公开 …) are read from the table-3 labels of the format
description; the other words are how reports say 新收, 办结, 结转 and are listed here.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..formats import Format, cell_key
from ..formats import get as get_format
from .context import Context
from .finding import Hit
from .numerals import NUMBER, normalise_digits, to_int
from .registry import rule
from .text import Passage, inside_brackets, normalised_sentences, sentences

# Figures of a wider scope than the organ's own (spec §7: scope matters).
_SCOPE = re.compile(r"全市|全县|全旗|全区|全省|全州|全盟|全国|备案|汇总|各乡镇|各部门|各单位|各街道|全域")
_COUNT_UNIT = r"(?:件|宗|个|次|份)"
_GAP = r"[^\d。；;，,]{0,10}?"  # what may stand between a word and its number: no digit, no clause break
_YEAR = re.compile(r"(\d\d{3})\s*年")  # (one digit first, not a repeat: found fast)


@dataclass(frozen=True)
class Quantity:
    name: str  # as a message names it
    pattern: re.Pattern
    rows: tuple[str, ...]  # table-3 rows whose 总计 the number is compared with
    alternatives: tuple[tuple[str, ...], ...] = ()  # other row sets the sentence may mean (含上年结转)


def _outcome_groups(fmt: Format) -> list[tuple[str, tuple[str, ...]]]:
    """(word, rows) of each outcome group of table 3: 予以公开 → (granted,), 不予公开 → (denied.1, …)."""
    groups: dict[str, list[str]] = {}
    for r in fmt.tables["t3"].rows:
        if len(r.path) < 2:
            continue
        m = re.match(r"^（[一二三四五六七八九十]+）([^（]+)", r.path[1])
        if m:
            groups.setdefault(m.group(1), []).append(r.key)
    return [(word, tuple(rows)) for word, rows in groups.items()]


def _pattern(words: str) -> re.Pattern:
    return re.compile(rf"(?:{words}){_GAP}(?P<n>{NUMBER}){_COUNT_UNIT}")


# How the text states the four figures of an application's year: received, carried in, settled, carried over.
_NEW = _pattern(r"(?:收到|受理|新收|接到|接收)[^\d。；;，,]{0,12}?申请")
_CARRIED_IN = _pattern(r"上年结转")
_SETTLED = _pattern(r"办结|答复")
_CARRIED_OUT = _pattern(r"结转(?:至|到)?下(?:一)?年度?|转结")


@cache
def quantities(fmt: Format) -> tuple[Quantity, ...]:
    groups = dict(_outcome_groups(fmt))
    granted, partial = groups.get("予以公开", ()), groups.get("部分公开", ())
    out = [
        Quantity("本年新收申请", _NEW, ("new",), (("new", "carried_in"),)),
        Quantity("上年结转申请", _CARRIED_IN, ("carried_in",)),
        Quantity("办结（总计）", _SETTLED, ("total",)),
        Quantity("结转下年度继续办理", _CARRIED_OUT, ("carried_out",)),
    ]
    if granted and partial:
        out.append(Quantity("予以公开及部分公开", _pattern(r"予以公开(?:及|和|与|、)部分公开"), granted + partial))
    for word, rows in groups.items():
        # 予以公开 not followed by 及部分公开 (that is the combined figure above)
        out.append(Quantity(word, _pattern(rf"{word}(?!(?:及|和|与|、)部分公开)"), rows))
    return tuple(out)


def _all_sentences(ctx: Context) -> list[tuple]:
    """(passage, sentence, normalised, about applications, about another year or scope) — once per run."""
    if "text_table.sentences" not in ctx.memo:
        out = []
        for p in ctx.passages:
            on_topic = p.section == "applications" or "申请" in p.where
            previous = ""
            for s in sentences(p.text):
                related = on_topic or "申请" in s or "申请" in previous
                previous = s
                years = {int(y) for y in _YEAR.findall(s)}
                foreign = bool(_SCOPE.search(s)) or (ctx.year is not None and bool(years - {ctx.year}))
                out.append((p, s, normalise_digits(s), related, foreign))
        ctx.memo["text_table.sentences"] = out
    return ctx.memo["text_table.sentences"]


def _own_sentences(ctx: Context, about_applications: bool = False):
    """(passage, sentence, normalised sentence) of sentences that speak of the organ's own year.

    Sentences of a wider scope or about another year (a comparison, a deadline) are skipped.
    ``about_applications``: only sentences on applications — in the 依申请公开 part of a
    dataset, or mentioning 申请 themselves or in the sentence before (其中予以公开2件 …),
    so 不予公开112件 about documents made is not read as table three.
    """
    for p, s, norm, related, foreign in _all_sentences(ctx):
        if not foreign and (related or not about_applications):
            yield p, s, norm


def _row_total(ctx: Context, rows: tuple[str, ...]) -> tuple[int | None, tuple[str, ...]]:
    keys = _total_keys(rows)
    return ctx.total(list(keys)), keys


@cache
def _total_keys(rows: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(cell_key("t3", r, "total") for r in rows)


def _stated(pattern: re.Pattern, text: str) -> list[int]:
    return [n for n in (to_int(m.group("n")) for m in pattern.finditer(text)) if n is not None]


@rule("text.t3.count", "warning", "text_table", "正文所述申请件数与表三不符",
      "正文中“收到申请N件”“办结N件”“结转下年度N件”“予以公开N件”“不予公开N件”“无法提供N件”等数字与表三相应行的总计不符"
      "（含阿拉伯数字、全角数字和中文数字；全市、全县、备案、汇总等范围更大的数字不比较）。",
      example="正文：共收到政府信息公开申请3件；表三 一、本年新收 · 总计 为2")
def t3_counts(ctx: Context):
    if "t3" not in ctx.fmt.tables:
        return
    # Each quantity's known table figures, read once, not per sentence: its rows' total; with the alternatives' after it.
    totals = []
    for q in quantities(ctx.fmt):
        figures = [_row_total(ctx, rows) for rows in (q.rows, *q.alternatives)]
        totals.append((q, [f for f in figures[:1] if f[0] is not None], [f for f in figures if f[0] is not None]))
    for p, s, norm in _own_sentences(ctx, about_applications=True):
        carried = re.search(r"含上年|包括上年", s) is not None
        # number position → [(quantity, its value, its cells)]: one number can follow two words
        # (办结上年结转的申请1件): it agrees when either reading agrees.
        readings: dict[int, list] = {}
        for (q, own, with_alternatives), stated in zip(totals, _quantities_stated(ctx.fmt.code, norm)):
            known = with_alternatives if carried else own
            for start, at, n in stated if known else ():
                readings.setdefault(at, []).append((start, q, n, known))
        for options in readings.values():
            if any(n == v for _, _, n, known in options for v, _ in known):
                continue
            _, q, n, known = max(options, key=lambda o: o[0])  # the word nearest the number
            v, keys = known[0]
            yield Hit(f"{p.where}：正文称{q.name}{n}件，表三相应的总计为{v}件。原文：“{s}”",
                      "t3", None, "total", cells=keys, quote=s)


@lru_cache(maxsize=4096)  # (a sentence read once, though the reports of a batch repeat sentences)
def _quantities_stated(fmt_code: str, norm: str) -> tuple[tuple[tuple[int, int, int], ...], ...]:
    """For each of the format's quantities, (start, start of the number, number) of each figure a sentence states."""
    return tuple(tuple((m.start(), m.start("n"), n) for m in q.pattern.finditer(norm) if (n := to_int(m.group("n"))) is not None)
                 for q in quantities(get_format(fmt_code)))


# The balance reads more ways of stating a figure than table three's comparison does: the number before its verb
# (其中18件已予以答复, 8件结转至2025年度办理, 其中4件来自上一年度结转), 完成 for 办结, 顺延 for 结转, and the year
# written out for 下年度.
_BALANCE_IN = (_pattern(r"(?:上一?年度?(?:结转|转结)|结转上一?年度?)(?:的|申请|的申请|政府信息公开申请)?"),
               re.compile(rf"(?P<n>{NUMBER})\s*件(?:申请)?(?:来自|为|系|属于?)?上一?年度?结转"))
_BALANCE_SETTLED = (_pattern(r"办结|答复|办理完成|完成"),
                    re.compile(rf"(?P<n>{NUMBER})\s*件(?:申请)?(?:已|均已)?[^\d。；;，,]{{0,12}}?(?:答复|办结)"))
_NEXT_YEAR = r"(?:结转|顺延|转结|转)(?:至|到)?(?:下一?年度?|20\d{2}\s*年度?)"  # (转下一年办理: 转 alone)
_BALANCE_OUT = (_pattern(_NEXT_YEAR),
                re.compile(rf"(?P<n>{NUMBER})\s*件(?:申请)?[^\d。；;，,]{{0,16}}?{_NEXT_YEAR}"))
_CARRIES = re.compile(r"结转|顺延|转结|转下")
# 上年度结转, 去年: a figure carried in that the readings above do not take; the balance is not checked then.
_OTHER_CARRY_IN = re.compile(r"上一?年度?|去年|往年")
# 其中，申请人主动撤销2件: applications that ended otherwise than answered (withdrawn, not handled) are neither
# settled nor carried over as read: the balance is not checked then.
_ENDED_OTHERWISE = re.compile(r"撤销|撤回|撤诉|不予处理|终止")
# (含上年结转5件), 其中4件来自上一年度结转: a figure carried in that the count before it already holds
_HELD_IN = re.compile(r"[（(]\s*含|其中\s*$")


def _read(patterns, text: str, taken: set[int]) -> list[tuple[int, int]]:
    """(position, number) of each figure the patterns read, once each, not at a position another figure took."""
    out = {}
    for pattern in patterns:
        for m in pattern.finditer(text):
            n = to_int(m.group("n"))
            if n is not None and m.start("n") not in taken:
                out[m.start("n")] = n
    return sorted(out.items())


def _next_year_only(ctx: Context, norm: str) -> bool:
    """Does the sentence name no year but the report's and the next, the year it carries applications over to?"""
    years = {int(y) for y in _YEAR.findall(norm)} - {ctx.year}
    return ctx.year is not None and years == {ctx.year + 1} and re.search(_NEXT_YEAR, norm) is not None


@rule("text.balance", "warning", "text_table", "正文所述申请的收、结、转不平衡",
      "同一句中（或收到的一句之后紧接以“其中”开头、说明办理结果的一句中）写明了本年收到的申请、办结（答复、完成）的申请和结转（顺延、转）下年度的申请（及上年结转、转结的申请）时，"
      "收到与上年结转之和应等于办结与结转下年度之和（受理11件，办结8件，结转下一年1件：差2件）；"
      "上年结转的申请已含在收到的件数中（受理455件，其中4件来自上一年度结转）时，收到的件数应等于办结与结转之和。"
      "数字写在动词之前（8件结转至2025年度办理）的也读；上年结转的写法读不出、或句中数字不止一种读法时不核对；"
      "句中还说了以其他方式了结的申请（申请人撤销、撤回，不予处理，终止）时不核对；不需要表格。",
      needs_format=False, example="受理政府信息公开申请11件，办结8件，结转下一年办理1件")
def application_balance(ctx: Context):
    if not _CARRIES.search(ctx.text):
        return  # nothing said of what was carried over: nothing to balance
    said = _all_sentences(ctx)
    for i, (p, s, norm, related, foreign) in enumerate(said):
        # 新收到……78件，结转上年度办理3件。其中，答复……75件，……结转下年度继续办理3件。: what came in, then how it ended
        following = said[i + 1] if i + 1 < len(said) else None
        if following and following[0] is p and following[1].startswith("其中") and _NEW.search(norm):
            s, norm, foreign = s + following[1], norm + following[2], foreign or following[4]
        if not related or not _CARRIES.search(norm) or _SCOPE.search(norm):
            continue
        if foreign and not _next_year_only(ctx, norm):
            continue  # another year's figures (a comparison): the carry to next year alone is the report's own
        new = _stated(_NEW, norm)
        carried_out = _read(_BALANCE_OUT, norm, set())
        carried_in = _read(_BALANCE_IN, norm, {at for at, _ in carried_out})
        settled = _read(_BALANCE_SETTLED, norm, {at for at, _ in carried_out + carried_in})
        if not (len(new) == len(settled) == len(carried_out) == 1 and len(carried_in) <= 1):
            continue  # a figure missing, or stated twice: more than one reading
        if not carried_in and _OTHER_CARRY_IN.search(norm) or _ENDED_OTHERWISE.search(norm):
            continue
        held = bool(carried_in) and carried_in[0][0] < settled[0][0] and bool(
            _HELD_IN.search(norm[max(0, carried_in[0][0] - 16):carried_in[0][0]].split("，")[-1].split(",")[-1]))
        came = new[0] + (0 if held else sum(n for _, n in carried_in))
        went = settled[0][1] + carried_out[0][1]
        if came != went:
            carried = (f"（其中上年结转{carried_in[0][1]}件）" if held else f"、上年结转{carried_in[0][1]}件") if carried_in else ""
            yield Hit(f"{p.where}：正文称收到申请{new[0]}件{carried}，办结{settled[0][1]}件、结转下年度{carried_out[0][1]}件，"
                      f"收{came}件与结、转{went}件不等。原文：“{s}”", quote=s)


_T4_GROUPS = {"行政复议": ("review",), "行政诉讼": ("litigation_direct", "litigation_after_review")}
_T4_STATED = {word: re.compile(rf"{word}[^\d。；;，,]{{0,6}}?(?P<n>{NUMBER})(?:件|起|次|宗)") for word in _T4_GROUPS}


def _t4_total(ctx: Context, groups: tuple[str, ...]) -> tuple[int | None, tuple[str, ...]]:
    keys = tuple(cell_key("t4", g, "total") for g in groups)
    return ctx.total(list(keys)), keys


@rule("text.t4.count", "warning", "text_table", "正文所述复议、诉讼件数与表四不符",
      "正文中“行政复议N件”“行政诉讼N件”与表四行政复议总计、两类行政诉讼总计之和不符。",
      example="正文：被申请行政复议2件；表四 行政复议 · 总计 为1")
def t4_counts(ctx: Context):
    if "t4" not in ctx.fmt.tables:
        return
    totals = {word: _t4_total(ctx, groups) for word, groups in _T4_GROUPS.items()}
    for p, s, norm in _own_sentences(ctx):
        for word, (total, keys) in totals.items():
            stated = _stated(_T4_STATED[word], norm)
            if stated and total is not None and total not in stated:
                said = "、".join(f"{n}件" for n in stated)
                yield Hit(f"{p.where}：正文称{word}{said}，表四为{total}件。原文：“{s}”",
                          "t4", None, "total", cells=keys, quote=s)


# 行政复议7件，诉讼9件，均获维持: every case said to be upheld (the claim's clause names which kind it covers)
_ALL_UPHELD = re.compile(r"(?:均|全部|都)(?:已被|获|被|予|得到|已)?(?:依法)?维持")
_CLAIM_SCOPE = {"行政复议": re.compile(r"复议"), "行政诉讼": re.compile(r"诉讼|起诉")}
_DECIDED_ONLY = re.compile(r"已审结|审结的")  # 已审结的均获维持: the pending ones are not said to be upheld
_NOT_UPHELD = ("corrected", "other", "pending")


@rule("text.t4.upheld", "warning", "text_table", "正文称复议、诉讼均获维持，表四却有其他结果",
      "正文说政府信息公开行政复议（或行政诉讼）“均获维持”“全部维持”，表四相应的行却有结果纠正、其他结果或尚未审结的件数。"
      "“维持”之前、同一分句内（上一个句号或分号之后）写到的是复议还是诉讼，就核对哪一行；只说已审结的均获维持的不报。",
      example="正文：行政复议7件，诉讼9件，均获维持；表四 行政复议 · 尚未审结 为2")
def t4_all_upheld(ctx: Context):
    if "t4" not in ctx.fmt.tables or "维持" not in ctx.text:
        return
    table = ctx.fmt.tables["t4"]
    for p, s, norm in _own_sentences(ctx):
        m = _ALL_UPHELD.search(norm)
        if not m or _DECIDED_ONLY.search(norm):
            continue
        clause = re.split(r"[。；;]", norm[:m.start()])[-1]
        seen = []
        for word, groups in _T4_GROUPS.items():
            if not _CLAIM_SCOPE[word].search(clause):
                continue
            for g in groups:
                row = table.row(g)
                for c in row.columns:
                    key = cell_key("t4", g, c.key)
                    n = ctx.total([key]) if c.key in _NOT_UPHELD else None
                    if n:
                        seen.append((key, f"“{' '.join(row.path)} · {c.label}”为{n}"))
        if seen:
            yield Hit(f"{p.where}：正文称“{clause[-30:]}{m.group(0)}”，表四却有{'，'.join(w for _, w in seen)}。原文：“{s}”",
                      "t4", None, None, cells=tuple(k for k, _ in seen), quote=s)


# What the text says of the year's normative documents (the standard sentence of 政府信息管理: 制发规范性文件0件，
# 废止0件，现行有效0件) → the table-2 column it is: the columns' words, as each format labels them.
# (出台了2份规范性文件: the count before the noun, counted in 份 as well)
_NORMATIVE = r"(?:(?:行政)?规范性文件(?:共计?)?(?P<n>\d+)\s*件|(?P<before>\d+)\s*[件份]\s*(?:行政)?规范性文件)"
_NORMATIVE_ANY = re.compile(r"规范性文件(?:共计?)?[0-9０-９]|[0-9０-９]\s*[件份]\s*(?:行政)?规范性文件")
_NORMATIVE_SAID = (
    (re.compile(r"(?:制定|制发|出台|印发)了?" + _NORMATIVE), ("made",)),
    # the 2019 format's 新公开; 2021 has only 制发 (公开行政规范性文件2件: published this year, as 发布)
    (re.compile(r"(?:发布|公开)了?" + _NORMATIVE), ("published", "made")),
    (re.compile(r"废止了?" + _NORMATIVE), ("repealed",)),
    (re.compile(r"现行有效的?" + _NORMATIVE), ("in_force",)),
)


@rule("text.t2.normative", "warning", "text_table", "正文所述规范性文件件数与表二不符",
      "正文所写本年制发（制定、印发；“发布”“公开”在2019年格式中为新公开，在2021年格式中按本年制发）、废止、现行有效的规范性文件件数，与表二“规范性文件”行相应栏的数不符"
      "（全县、全区等范围更大的数字不比较）。",
      example="正文：本年度制定规范性文件0件；表二 行政规范性文件 · 本年制发件数 为4")
def t2_normative(ctx: Context):
    if "t2" not in ctx.fmt.tables or not _NORMATIVE_ANY.search(ctx.text):
        return  # no count of normative documents in the text
    row = ctx.fmt.tables["t2"].row("normative_docs")
    if row is None:
        return
    columns = {c.key: c for c in row.columns}
    for p, s, norm in _own_sentences(ctx):
        if "规范性文件" not in norm:
            continue
        for pattern, keys in _NORMATIVE_SAID:
            key = next((k for k in keys if k in columns), None)
            m = pattern.search(norm) if key else None
            value = ctx.total([cell_key("t2", "normative_docs", key)]) if m else None
            if value is not None and int(m["n"] or m["before"]) != value:
                yield Hit(f"{p.where}：正文称{m.group(0)}，表二“{row.label}”行“{columns[key].label}”为{value}件。原文：“{s}”",
                          "t2", "normative_docs", key, cells=(cell_key("t2", "normative_docs", key),), quote=m.group(0))


@lru_cache(maxsize=8)
def _t2_cells_named(fmt: Format) -> tuple:
    """For each count cell of table 2: the text naming it by its row's and its column's labels, then a number
    (规章对外公开总数量1件)."""
    out = []
    for row in fmt.tables["t2"].rows:
        for c in row.columns:
            if "金额" not in c.label:  # (an amount's unit and decimals are text.* of their own)
                words = re.escape(row.label) + r"的?" + re.escape(c.label)
                out.append((re.compile(words + r"(?:为|是|共|[:：])?\s*(\d+)(?![\d.])"), row, c))
    return tuple(out)


@rule("text.t2.cell", "warning", "text_table", "正文按表二的行列名称写出的数与表二不符",
      "正文用表二某行和某栏的名称写出一个数（规章对外公开总数量1件、行政许可处理决定数量776件），与表二该行该栏的数不符。"
      "行列名称取自格式描述，金额栏不比较。",
      example="正文：规章对外公开总数量1件；表二 规章 · 对外公开总数量 为0")
def t2_cell(ctx: Context):
    if "t2" not in ctx.fmt.tables:
        return
    named = [(pattern, row, c) for pattern, row, c in _t2_cells_named(ctx.fmt) if row.label in ctx.text]
    for p, s, norm in _own_sentences(ctx) if named else ():
        for pattern, row, c in named:
            key = cell_key("t2", row.key, c.key)
            for m in pattern.finditer(norm) if row.label in norm else ():
                value = ctx.total([key])
                if value is not None and int(m[1]) != value:
                    yield Hit(f"{p.where}：正文称{m.group(0)}，表二“{row.label}”行“{c.label}”为{value}。原文：“{s}”",
                              "t2", row.key, c.key, cells=(key,), quote=m.group(0))


_NEGATION = re.compile(r"未|没有|无|不存在")
_NONE_APPLIED = re.compile(r"(?:未|没有|无)(?:收到|接到|受理|发生)?[^\d。；;，,]{0,8}?(?:依申请公开|公开申请|信息申请)")


def _clauses(text: str) -> list[str]:
    return [c for c in re.split(r"[，,；;。]", text) if c]


@rule("text.t3.none", "warning", "text_table", "正文称未收到申请，表三却有新收申请",
      "正文说“未收到政府信息公开申请”或“无依申请公开”，表三“一、本年新收政府信息公开申请数量”总计却不为0。",
      example="正文：本年度未收到政府信息公开申请；表三 一、本年新收 · 总计 为2")
def t3_none(ctx: Context):
    if "t3" not in ctx.fmt.tables:
        return
    new, keys = _row_total(ctx, ("new",))
    if not new:
        return
    for p, s, norm in _own_sentences(ctx):
        for clause in _clauses(norm):
            # (every shape of _NONE_APPLIED ends in 申请: a clause without it is not searched)
            if "申请" in clause and _NONE_APPLIED.search(clause) and not re.search(r"复议|诉讼|新的|上年|\d", clause):
                yield Hit(f"{p.where}：正文称没有收到政府信息公开申请，表三本年新收申请总计为{new}件。原文：“{s}”",
                          "t3", "new", "total", cells=keys, quote=s)
                return


@rule("text.t4.none", "warning", "text_table", "正文称无复议、诉讼，表四却不为0",
      "正文说没有发生行政复议或行政诉讼，表四相应的总计却不为0。",
      example="正文：全年未发生行政复议和行政诉讼；表四 行政复议 · 总计 为1")
def t4_none(ctx: Context):
    if "t4" not in ctx.fmt.tables:
        return
    for p, s, norm in _own_sentences(ctx):
        for clause in _clauses(norm):
            if not any(word[2:] in clause for word in _T4_GROUPS):
                continue  # (neither 复议 nor 诉讼, which the words below need: told before the searches)
            if not _NEGATION.search(clause) or "未经复议" in clause or re.search(r"[1-9]", clause):
                continue
            for word, groups in _T4_GROUPS.items():
                if word[2:] not in clause:  # 复议 / 诉讼
                    continue
                total, keys = _t4_total(ctx, groups)
                if total:
                    yield Hit(f"{p.where}：正文称没有{word}，表四{word}总计为{total}件。原文：“{s}”",
                              "t4", None, "total", cells=keys, quote=s)


_PERCENT = re.compile(rf"(?P<n>{NUMBER}){_COUNT_UNIT}[，,]?\s*(?:占|约占|比例为|占比)[^\d。；;，,]{{0,6}}?(?P<p>\d+(?:\.\d+)?)\s*%")


@rule("text.percent", "warning", "text_table", "正文中的百分比与件数不符",
      "正文“N件，占X%”中的百分比按本年新收、办理总计或新收加上年结转重新计算，均不在四舍五入范围内。",
      example="正文：予以公开2件，占50%；表三 本年新收 · 总计 为5")
def percentages(ctx: Context):
    if "t3" not in ctx.fmt.tables:
        return
    bases = [v for v in (ctx.total(["t3.new.total"]), ctx.total(["t3.total.total"]),
                         ctx.total(["t3.new.total", "t3.carried_in.total"])) if v]
    if not bases or ("%" not in ctx.text and "％" not in ctx.text):
        return
    for p, s, norm in _own_sentences(ctx, about_applications=True):
        for m in _PERCENT.finditer(norm):
            n, pct = to_int(m.group("n")), float(m.group("p"))
            if n is None:
                continue
            decimals = len(m.group("p").partition(".")[2])
            tolerance = 0.5 * 10 ** -decimals + 1e-9
            if not any(abs(n / b * 100 - pct) <= tolerance for b in bases):
                yield Hit(f"{p.where}：正文称{n}件占{m.group('p')}%，按表三（新收或办理总计{'、'.join(map(str, sorted(set(bases))))}件）"
                          f"重新计算不符。原文：“{s}”", "t3", None, "total",
                          cells=("t3.new.total", "t3.total.total"), quote=s)


# ---------------------------------------------------------------- sums stated in the text

# Chinese numerals only with a place unit (十二, 一百零五): a bare 一 is 一件事, 一条龙, not a count.
# (5.1余条: the digits after a decimal point are no count of their own; 第二十条 is an article, not twenty items)
_AMOUNT = re.compile(r"(?<![\d.．第零〇一二两三四五六七八九十百千])"
                     r"(?P<n>\d+|[零〇一二两三四五六七八九]*[十百千][零〇一二两三四五六七八九十百千]*)"
                     # (部门预决算3（45个单位公示）条: a note in brackets between the count and its unit)
                     r"(?P<approx>余|多)?(?:[（(][^（）()]{1,30}[)）])?"
                     r"(?P<unit>条|篇|件|份|项|则|期)(?!次)")  # (840条次: postings counted, not items)
_TOTAL_MARK = re.compile(r"(?:共|共计|总计|合计|累计|总数|数为|数|达)$")


@dataclass(frozen=True)
class Amount:
    value: int
    approx: bool
    start: int
    end: int
    unit: str = ""

    @property
    def high(self) -> float:
        # 200余条: somewhat more than 200 — at most a tenth more, as reports use it.
        return self.value * 1.1 if self.approx else self.value


# 焦点图片45张、政策文件2个: units a list of what was published may count some items in; never a total's or a
# part's unit on their own (6个部分, 3个部门), they only count where the whole list adds up.
_LOOSE_AMOUNT = re.compile(_AMOUNT.pattern.replace("(?P<unit>条|", "(?P<unit>张|个|幅|条|"))


def _amounts(text: str, pattern: re.Pattern = _AMOUNT) -> list[Amount]:
    return list(_amounts_in(text, pattern))


@lru_cache(maxsize=4096)  # (one reading of a sum asks of the same words several times; a batch repeats its sentences)
def _amounts_in(text: str, pattern: re.Pattern) -> tuple[Amount, ...]:
    out = []
    for m in pattern.finditer(text):
        v = to_int(m.group("n"))
        if v is not None and text[m.start() - 1:m.start()] == "各":
            # 计划规划、财政信息、人事信息各1条: one amount for each name of the 、-list before it
            v *= _clause_before(text, m.start()).count("、") + 1
        # (……(如市场体系建设等15条。: a bracket never closed in its sentence holds no count aside, the count is the list's)
        if v is not None and not (inside_brackets(text, m.start()) and re.search(r"[)）]", text[m.end():])):
            about = _ABOUT.search(text, max(0, m.start() - 2), m.start()) is not None
            out.append(Amount(v, bool(m.group("approx")) or about, m.start(), m.end(), m.group("unit")))
    return tuple(out)


# 近50条, 约300条, 逾千条, 超过200条: a count given as near, about or over a round figure is no exact one.
_PERCENT_ANY = re.compile(r"\d+(?:\.\d+)?\s*[%％]")
_ABOUT = re.compile(r"(?:近|约|逾|超|超过)$")


_CLAUSE_ENDS = "，,。；;:："


def _clause_before(text: str, pos: int) -> str:
    """The clause an amount stands in, from the last stop before it."""
    return text[max(text.rfind(c, 0, pos) for c in _CLAUSE_ENDS) + 1:pos]


def _continues(prev: str, nxt: str) -> bool:
    """Does the next sentence go on listing the parts of a total? (after 。：/；, or it opens with a label:).

    After a full stop, a sentence under a heading number of its own ((二)主动公开的类别: …) is the next item of the
    report, not a part."""
    if prev.endswith((":", "；", ";")) or _PARTS_NEXT.match(nxt) or _AMONG.match(nxt) or _REST_NEXT.match(nxt):
        return True
    # (解读政策方面：……: a new side of the work, not a label of the list)
    return ":" in nxt[:20] and not _ITEM_NUMBER.match(nxt) and not _ASPECT.match(nxt)


_ASPECT = re.compile(r"[^:，,。]{0,12}方面:")


def _second_breakdown(sents: list[str], j: int, total: Amount) -> list[Amount] | None:
    """共919条。其中政策类185条；其他666条。其中微信公开776条，网站公开183条: the total broken down a second time
    (by channel after by kind), the second list adding up to more than the total."""
    nxt = sents[j + 1] if j + 1 < len(sents) else ""
    if not nxt.startswith("其中"):
        return None
    parts = [a for a in _amounts(nxt) if a.unit == total.unit]
    if len(parts) < 2 or any(a.approx for a in parts) or total.approx or sum(a.value for a in parts) <= total.value:
        return None
    return parts


def _describes_total(sents: list[str], i: int, window: str) -> bool:
    """共463条，内容涵盖……。全方位展示了……。其中……: a sentence without a number between a total (no part named
    yet) and the 其中 that lists its parts still describes the total."""
    return (i + 1 < len(sents) and sents[i + 1].startswith("其中") and not re.search(r"\d", sents[i])
            and not _amounts(window) and not _ITEM_NUMBER.match(sents[i]))


# ……28条。其他应主动公开的政府信息16条。: the rest of the total, its last part, said in a sentence of its own
_REST_NEXT = re.compile(r"其他[^。，,；;：:\d]{0,20}?\d+\s*[条件篇][。；;]?$")


_ITEM_NUMBER = re.compile(r"\s*(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d{1,2}[.．、](?!\d))")


# A total's parts listed in brackets right after it: 共13条(其中:……11条,……2条).
# (a bracket the page's end cut off still lists its parts: 26条(权益维护8条,……英烈褒扬5条 where the excerpt stops)
_BRACKETED_PARTS = re.compile(r"\s*[(（](?:其中|包括)[:：]?([^()（）]*)(?:[)）]|\Z)")
# 栏目4篇,(部门计划2篇,招商政策6篇): a bracket right after an amount that lists amounts of its unit is its parts.
_BARE_BRACKET = re.compile(r"[,，]?\s*[(（]([^()（）]*)(?:[)）]|\Z)")


def _bare_bracket_parts(text: str, a: Amount) -> str | None:
    m = _BARE_BRACKET.match(text, a.end)
    if m and sum(x.unit == a.unit for x in _amounts(m.group(1))) >= 2:
        return m.group(1)
    return None
# Words that open a list of parts: an amount after them is a part, not a total (包括……文件数4条).
# 在主动公开的信息中，……: the parts opened as 其中 opens them.
_AMONG = re.compile(r"在[^，,。\d]{0,12}?(?:信息|文件)中[，,]")
_LIST_OPENS = re.compile(r"其中|包括|分别|主要有|" + _AMONG.pattern)
# Words that say a list of parts is not complete: its sum may be less than the total.
# 其他 with its own count (其他文件4条) is a listed part, the rest of the list, not a word of incompleteness.
# So is 等 inside a part's name (民生类等信息175条): the part counts those kinds; the list is still complete.
_REST_NAMED = re.compile(r"其[他它]")
# (其中……版块中：行政处罚74条…: the parts of one column of the total, not all of it)
_PARTIAL = re.compile(r"主要|等(?![\u4e00-\u9fff]{0,12}\d)|其[他它](?![\u4e00-\u9fff]{0,8}\d)|部分|如|含|以上|包含|例如"
                      r"|(?:版块|板块|栏目|专栏|专题)中")
_STATES_TOTAL = re.compile(r"(?<!公)共|累计|合计|总计")  # 公共 (突发公共事件4条) states no total
# 共发布包括食品、药品信息在内的各类信息516条: 包括……在内 qualifies the total, it opens no list of parts.
_INCLUDING = re.compile(r"包括[^，,。；;]*?在内")
_MOST = 0.5  # share of the total that a complete list of parts must reach before its shortfall is a slip
_CLOSE = 0.9  # share of its total that a bracketed list must reach to be read as every kind


def _names_rest(window: str, last: Amount) -> bool:
    """Is the last part 其他……N条, the rest of the total? Then the list is complete wherever the text stops."""
    amount = f"{last.value}{'余' if last.approx else ''}{last.unit}"
    return re.search(rf"其[他它][^，,。；;、\d]{{0,10}}{amount}", window) is not None


# 网上申请16件、信函申请数22件: an amount after a counted item and 、 is the next item of that list, not a total.
_LISTED_BEFORE = re.compile(r"\d+\s*[条件篇项个]、[^，,。；;、]*$")


# 共发布和更新信息756条: 共 ahead of the verb, in the same clause as the amount with no other number between — for
# items published by the whole organ: a clause naming a channel (网站共发布, 累计通过……网公开) counts that channel's,
# and applications (共受理……件) are followed by how they were handled, not by parts.
_CLAUSE_TOTAL = re.compile(r"(?:(?<!公)共(?![同享建商治])|累计|合计|总计)[^，,。；;:：、\d]{0,16}$")
_CHANNEL = re.compile(r"网|平台|公众号|微博|微信|栏|客户端|APP|号")
# 主动公开政府信息223条: all the information published, named by no kind
_ALL_INFORMATION = re.compile(r"(?:公开|发布|公布)了?(?:各类)?(?:政府|政务)?信息(?:数|总数)?(?:共|共计|累计|达)?$")
_PUBLISH_VERB = re.compile(r"公开|发布|公布|制作|制发|更新|推送|收到|受理|办理|报送|编制")


def _is_total(text: str, a: Amount) -> bool:
    before = text[max(0, a.start - 20):a.start]
    after = text[a.end:a.end + 30]  # (enough for the first part after 涉及)
    if after.startswith("、"):
        return False  # 累计发布信息8条、业务工作信息17条……: the first item of a list, not its total
    if _LIST_OPENS.search(_INCLUDING.sub("", text[:a.start])) or _LISTED_BEFORE.search(text[:a.start]):
        return False
    mark = _TOTAL_MARK.search(before[-4:])
    # 主动公开政府信息223条，工作动态113条，机构信息3条，领导信息1条。: a list of kinds straight after the count
    # (not 发布工作情况49条，公告公示59条，……: the first of the kinds, named as one)
    if (a.unit in "条篇" and after[:1] in "，," and not _amounts(text[:a.start])
            and _ALL_INFORMATION.search(before) and _uniform_list("其中" + text[a.end:])):
        return True

    # 公开政府信息数465条 is a total; 机构职能信息数2条, a kind's count with no verb before it, is a part
    # (公开政府信息828条，概况信息共7条，……: a kind's own 共 after a bigger count of its unit, with no list of its own,
    # makes it a part of that count, not a total)
    if mark and _PARTS_FOLLOW.match(after) is None and any(
            x.unit == a.unit and x.value > a.value for x in _amounts(text[:a.start])):
        return False
    if mark and (not mark.group(0).startswith("数") or _PUBLISH_VERB.search(_clause_before(text, a.start))):
        return True
    if _PARTS_FOLLOW.match(after):
        # 行政复议192件，行政诉讼73件，其中：……: the 其中 of two counts together is no breakdown of the second
        # (nor is it when they share a clause: 行政复议案件6件和行政诉讼案件3件，其中……)
        own = _clause_before(text, a.start)
        before_clause = text[:a.start - len(own)].rstrip("，,")
        previous = re.split(r"[，,；;。]", before_clause)[-1]
        return not any(x.unit == a.unit for x in _amounts(previous) + _amounts(own))
    # (共发布各类意见征集12条，政策解读信息33条……: a kind named before the count, the first of the kinds, not their total)
    return (a.unit in "条篇" and _CLAUSE_TOTAL.search(before) is not None and not _CHANNEL.search(_clause_before(text, a.start))
            and not _NAMED_KIND.search(before))


# (12条信息，其中……: the noun the count counts may stand between it and 其中; 申请70件，涉及问题楼盘32件……: the topics
# the applications concern, counted, are its parts too)
_NAMED_KIND = re.compile(r"(?:意见征集|政策解读|解读|回应|工作动态|政务动态|通知公告)(?:信息|类信息)?$")
_PARTS_FOLLOW = re.compile(r"(?:政府信息|政务信息|信息)?[,，(（]?(?:内容|主要)?(?:其中|包括"
                           # (涉及 then counts joined by 、; not 涉及道路命名信息公开1条，其他文件3条: one kind, then others)
                           r"|涉及(?=[^，,。；;\d]{1,14}\d+\s*[条件篇项个]、))")


def _nested_total(text: str, a: Amount) -> bool:
    """221条，其中，在网站发布信息31条，其中……：a part of one list broken down by a 其中 of its own."""
    return (a.unit in "条篇" and _PARTS_FOLLOW.match(text, a.end) is not None
            and _LIST_OPENS.search(text[:a.start]) is not None)


def _last_before_parts(text: str, a: Amount, following: str) -> bool:
    """_ends_before_parts, unless another count in the same unit stands before it in the sentence: 新收申请68件，上年结转
    0件。其中……: the 其中 breaks down the sentence's counts together, not the last one alone (no telling which)."""
    return _ends_before_parts(text, a, following) and not any(
        b.unit == a.unit and b.end <= a.start for b in _amounts(text))


def _ends_before_parts(text: str, a: Amount, following: str) -> bool:
    """…公开政府信息162条。其中，……: the amount that ends a sentence whose next sentence lists its parts (not a
    change from last year: ……145条，与去年相比增加45条。其中……). The amount may carry a note in brackets
    (12条（均在网站公开）。), and the parts may open with 在主动公开的信息中 for 其中."""
    rest = _TRAILING_NOTE.sub("", text[a.end:]).strip(" 。")
    # (……128条，全文电子化达100%，全部通过政府网站公开。其中……: clauses after it that count nothing still leave it last)
    counts_nothing = not re.search(r"\d", _PERCENT_ANY.sub("", rest))
    return ((not rest or _SHARE_CHANGE.match(text, a.end) or counts_nothing)
            and (_PARTS_NEXT.match(following) or _AMONG.match(following) or not rest and _kinds_next(following))
            and not _LIST_OPENS.search(text[:a.start]) and not _CHANGE.search(text[max(0, a.start - 4):a.start]))


def _kinds_next(following: str) -> bool:
    """……1296条。决策公开17条、执行和结果公开36条、……: a sentence that is nothing but its kinds, joined by 、, lists
    the parts of the count that ends the sentence before it as 其中 would."""
    return "、" in following and not _LIST_OPENS.match(following) and _uniform_list("其中" + following)


_TRAILING_NOTE = re.compile(r"^\s*[（(][^（）()]{1,30}[)）]")
# 其中可网办比例99.52%: what follows 其中 is a share of the total, with no count before the clause ends
_SHARE_FIRST = re.compile(r"[，,：:\s]*[^，,；;。\d]{0,14}\d+(?:\.\d+)?\s*[%％]")
# the verb of a total's clause (发布部门动态38条), whose return after ； opens a parallel statement
_VERB = re.compile(r"发布|公开|推送|更新|印发|制定|办理|受理|收到|转载|报送")
# The next sentence lists the parts: 其中……, or 具体包括……, 主要包括…… (a list that says it names the main ones is partial).
_PARTS_NEXT = re.compile(r"其中|(?:具体|分别)?包括")


# ……共发布各类信息126条，同比上升15.6%。其中……: the total's change from last year after it, in the same sentence, or
# any share said of it (……977条，超额完成全年目标任务40%。其中……): a clause with a percentage and no count of its own.
# (……15882条，较2020年增加53.35%。其中……: the year it is compared with may be named)
_SHARE_CHANGE = re.compile(r"[，,]\s*[^，,。；;\d]{0,14}(?:\d{4}\s*年度?[^，,。；;\d]{0,8})?\d+(?:\.\d+)?\s*[%％]\s*。?\s*$")


# 130条，依申请公开信息0条，累计发布规范性文件0件，……，其中……: a clause with a total of its own (累计, 共计) before
# the list's 其中 ends what the first total's parts can be.
# (……共42条，……共150条，总计公开信息192条: the grand total of the counts before it, no part of the first)
_ANOTHER_TOTAL = re.compile(r"[，,；;][^，,；;。]*?(?:累计|共计|合计|总计)[^，,；;。\d]{0,12}\d")
_NEXT_TOTAL = re.compile(r"[，,；;][^，,；;。]*?(?:共计|共|合计|累计)\d+[条件篇项个][，,]?\s*(?:包括|其中)")
_CHANGE = re.compile(r"(?:增加|减少|增长|下降|提高)了?$|(?:多|少)了?$")


# A website's total (not one of the site and the new media together), and an item that counts another channel's
# posts: 在某公众号公布信息387条, 通过政务微博发布…
_SITE = re.compile(r"网站|门户")
_MEDIA = re.compile(r"新媒体|公众号|微博|微信|抖音|视频号|客户端|APP|渠道|平台")
# (；全镇新媒体平台13个，发布……200余条: the channel named as the item's subject)
_OTHER_CHANNEL = re.compile(r"^\s*(?:(?:在|通过)[^，,。；;\d]{0,30}?|[^，,。；;\d]{0,12}?)"
                            r"(?:新媒体|公众号|微博|微信|抖音|视频号|客户端|APP)")
# 通过南阳晚报等多渠道发布……: an item that counts by channel, where the items before it count by kind.
_BY_CHANNEL = re.compile(r"^[。，,：:\s]*(?:其中[，,：:\s]*)?(?:通过|依托|利用"
                         # (；政务新媒体发布信息600余篇: a channel named as the clause's subject)
                         # (；安康招商官方微信公众号发布信息58条: the account named before the channel's word)
                         # (其中：区官网公开……235条；微信公众号发布……651篇: the site is a channel as the accounts are)
                         r"|[\u4e00-\u9fff“”]{0,10}?(?:政务)?(?:新媒体|公众号|微博|微信|抖音|视频号|客户端|官网)[^，,。；;\d]{0,6}?"
                         r"(?:发布|推送|公开))")
_KIND_NOTE = re.compile(r"[（(][^（）()]*[)）]")
_KINDS_SUMMED = re.compile(r"、[^，,；;、\d]{1,12}(?:合计|共计|共)\s*$")
# Where one part ends: ；, or the comma after a part's share (信息7条,占15%,业务类信息6条).
_ITEM_ENDS = re.compile(r"[；;]|(?<=%)[,，]")


# 通过政府网站公开政府信息数216条 / ，其他方式公开……: a count given by the channel it went through (table 2's 2019 rows)
_THROUGH = re.compile(r"[\s，,；;]*(?:全年|本年度?)?(?:通过|其他方式)")


def _top_level(window: str, total: Amount, site: bool = False, verb: str = "") -> list[Amount]:
    """The parts of a list: in a list of ；-separated items each item's first amount (the rest are its own parts).

    An item that states a total (；累计办理申请0件), or counts applications after a total of items, starts another
    statement: the list ends before it. So does, after a ``site``'s total (网站公开信息1342条), an item that counts
    what another channel published (；在某公众号公布信息387条).
    """
    items = []
    for n, x in enumerate(_ITEM_ENDS.split(window)):
        found = _amounts(x)
        if not items and n and found and _BY_CHANNEL.match(x):
            return []  # 公开信息27条，主要包括……等信息；通过某平台公示数据1665条: the next channel's own statement
        if items and site and _OTHER_CHANNEL.match(x):
            break
        if items and verb and x.lstrip().startswith(verb) and not items[0].lstrip(" ，,：:其中").startswith(verb):
            break  # 发布部门动态38条，其中采用5条；发布工作动态32条: the total's verb again opens the next statement
        if items and _BY_CHANNEL.match(x) and not _BY_CHANNEL.match(items[0]):
            break  # 其中政务动态51条、政策解读13条；通过报刊等渠道发布稿件2800篇: kinds, then another channel's count
        if not items and found and _BY_CHANNEL.match(x) and _STATES_TOTAL.search(x[:found[0].start]):
            return []  # ……信息44845条；通过门户网站共发布信息79603条，其中……: the next channel's own total, not parts
        # (……其他信息共计2004条: the rest of the list, counted with 共计, is its last part)
        # (；公示公告、项目公告合计719条: two kinds summed, one part of the list, not a total of its own)
        if (items and found and _STATES_TOTAL.search(x[:found[0].start]) and not _REST_NAMED.search(x[:found[0].start])
                and not _KINDS_SUMMED.search(x[:found[0].start])):
            break
        if items and found and found[0].unit == "件" != total.unit and "申请" in x[:found[0].start]:
            break  # ；受理依申请公开23件: applications, never a part of what was published
        if found:
            items.append(x)
    window = "；".join(items)
    if len(items) < 2:
        return _amounts(window)
    # 其中A3条、B74条……；另在宣传栏公开100余条: the first item is the list, the next another statement (its counts
    # may be in other measure words: 解读材料38条，解读产品13个，评论文章4篇；收到留言515条)
    for first in (_amounts(items[0]), _amounts(items[0], _LOOSE_AMOUNT)):
        if len(first) >= 2 and sum(a.value for a in first) == total.value:
            return first
    # (其中A91条，B15条，……，G99条；在某专栏发布工作信息8条: a first item that is the whole list of kinds, the items
    # after it one count each, is the list; what follows it is another statement)
    first = _amounts(items[0])
    if len(first) >= 3 and _uniform_list("其中" + items[0]) and all(len(_amounts(x)) == 1 for x in items[1:]):
        return first
    # (……规范性文件6条、其他文件8条；政务动态类信息2128条、……: an item that is only kinds and counts joined by 、
    # names siblings, not one kind and its details)
    return [a for x in items for a in (_amounts(x) if _SIBLINGS.fullmatch(x.strip(" ，,：:其中。；;")) else _amounts(x)[:1])]


# 规范性文件6条、其他文件8条: kinds, each with its count, joined by 、 and nothing else
_SIBLINGS = re.compile(r"(?:[\u4e00-\u9fff]{2,20}\d+[条件篇]、)+[\u4e00-\u9fff]{2,20}\d+[条件篇]")


# 其中年度工作报告1条,招标投标信息37条,……,机构职能1条。: one list of kinds, each a name and its count, and nothing else.
# (……2021年度政府信息公开工作年度报告1条: a kind named with its year)
_LIST_ITEM = re.compile(r"^(?:[\u4e00-\u9fff“”（）()]|(?<=[\u4e00-\u9fff])、(?=[\u4e00-\u9fff])|\d{4}年度?){2,50}?\s*\d+[条件篇项个]$")
_EACH = re.compile(r"(?P<kinds>[\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{2,12})+)各(?P<n>\d+[条件篇项个])")
# (公众号发布信息468条, 公开财政信息81条: another channel's or another verb's count, not a kind of the total;
# 公开指南0条 is a kind, the disclosure guide, and so are 公开文件2条, 公开年度报告1条; 答复“在线咨询”1555条 is other work)
# (单位公示栏上公开财务公开15条: a notice board's count; 在行政执法公示专栏完成事前公示8条: where it was published)
_CHANNEL_ITEM = re.compile(r"^\s*(?:发布|公开(?!指南|目录|年报|年度报告|文件)|推送|更新|转载|报送|答复|办理|受理|收到|在|通过)"
                           r"|公众号|网站|微博|平台|抖音|视频号|公示栏|公开栏|宣传栏")


def _uniform_list(window: str) -> bool:
    """Is what follows 其中 one list of three or more kinds, each a name and its count, ending the sentence?"""
    # (8条信息，其中……: the noun the total counts may stand between it and 其中; 其中更新概况信息3条，部门预算7条……:
    # a verb before the first kind governs the whole list)
    # (其中包括：……: both words open it)
    body = re.sub(r"^[，,：:\s]*(?:[\u4e00-\u9fff]{1,6}?[，,：:\s]*)?(?:其中[，,：:\s]*包括|其中|包括)[，,：:\s]*(?:更新|发布)?", "",
                  window.strip()).rstrip("。；;")
    # (……信息公开目录38条；重要政策均在公布前征求意见: a clause after ； with no count is the next statement;
    # ……5条；通过某政务服务网公布事项25条: nor is another channel's count)
    body = re.sub(r"[；;][^\d；;]*$", "", _own_items(body))
    # (……办理信息2条，办结率和满意率均为100%: a rate said of the last kind closes the list, no kind of its own)
    body = re.sub(r"(?<=[条件篇项个])[，,][^，,；;。\d]*?率[^，,；;。\d]*\d+(?:\.\d+)?\s*[%％]$", "", body)
    # (……重点领域信息公开306条，及时向社会公布了阶段性工作进展: a last clause without a count says what the listing
    # did, no kind of its own; one that speaks of the rest, 其余为……, says the list is not whole)
    body = re.sub(r"(?<=[条件篇项个])[，,](?![^，,；;。\d]*?(?:其余|其他|其它|另|等|还|以及))[^，,；;。\d]*$", "", body)
    # (依申请公开0条（2022年未接到申请）: a note in brackets after a kind's count is no kind of its own)
    body = re.sub(r"(?<=[条件篇项个])\s*[（(][^（）()]*[)）]", "", body)
    # 计划规划、财政信息、人事信息各1条: three kinds with one count
    if "各" in body:  # (the slow pattern needs it)
        body = _EACH.sub(lambda m: "、".join(f"{k}{m['n']}" for k in m["kinds"].split("、")), body)
    # (双随机、一公开监管信息5条: a kind whose own name holds a 、 is one entry)
    entries = re.split(r"(?<=[条件篇项个])[，,、；;]|[，,；;]", body)
    # (部门概况类信息条: a kind whose count was lost is still one of the kinds; wording.count_unit says it is lost)
    # (截止到年底累计主动公开政府信息552条: the running total since the first year, no kind of the year's)
    return len(entries) >= 3 and all((_LIST_ITEM.match(e.strip()) or _COUNT_LOST.fullmatch(e.strip()))
                                     and not _CHANNEL_ITEM.search(e) and "累计" not in e for e in entries)


_COUNT_LOST = re.compile(r"[\u4e00-\u9fff]{2,14}(?:信息|类)[条篇件]")


def _overruns(total: Amount, parts: list[Amount]) -> bool:
    """A uniform list whose kinds add up to more than the total, its first kind not the whole: a leading run of
    them that happens to make the total does not excuse the kinds after it, unless the rest makes the total again
    (其中自然人34件，企业1件，办结32件，结转3件: the total broken down twice, by who applied and by how it ended)."""
    values = [a.value for a in parts]
    twice = any(sum(values[:k]) == total.value == sum(values[k:]) for k in range(1, len(values)))
    return (len(parts) >= 3 and not total.approx and not any(a.approx for a in parts)
            and parts[0].value != total.value and sum(values) > total.value and not twice)


# ，发布公共资源交易159条: a clause that opens with its own verb, after a total with no list opened
_VERB_FIRST = re.compile(r"^[\s，,；;]*(?:发布|公布|推送|转载|报送|办理|受理|收到|处理|开展|举办|召开)")
# ，旗财政局在各类平台累计发布……: a clause whose subject is a body, then where or how it published
_SUBJECT_FIRST = re.compile(r"^[\s，,；;]*[\u4e00-\u9fff]{1,10}?(?:局|委|办|中心|政府)(?:在|通过|累计|共|全年)")
# 制发2件，废止1件，现行有效22件: the columns of a row of table 2 (made, repealed, in force), no parts of one another.
# (行政处罚本年处理决定数量803条: table 2's decisions column, another row's count)
_TABLE_TWO_COUNTS = re.compile(r"(?:废止|现行有效)(?:件数|数量|数)?\s*[:：]?\s*\d|处理决定数量\s*[:：]?\s*\d")
# 完成市级下达任务数120条的147.5%，其中……: a target the total is measured against, no count the list breaks down
_SHARE_OF = re.compile(r"的\s*\d+(?:\.\d+)?\s*[%％]")
# 意见征集数6条: a count named as a measure (……数, ……数量), as the rows of a statistics sheet are
_METRIC = re.compile(r"数量?\s*[:：为是]?\s*$")
# 涉及……等53个栏目: how many columns (kinds) the total covers
_KINDS_COUNTED = re.compile(r"(\d+)\s*个(?:栏目|类别|方面|领域|板块|专栏|子栏目)")
# 其中33件已办结: a count before the state it is in (已办结, 正在办理): the list says how they stand
_STATES_LISTED = re.compile(r"^[，,：:\s]*(?:其中)?[，,：:\s]*\d+\s*[件条](?:已|均已|均|正在|尚未|未)")
# 收到申请161件，当年办结168件……，结转下一年7件: the applications' balance said after their count, no parts of it
_SETTLED_OR_CARRIED = re.compile(r"^[，,]\s*(?:当年|本年|全年)?(?:共)?(?:办结|答复|结转)")


def _falls_short(total: Amount, parts: list[Amount]) -> bool:
    """A uniform list of kinds, in the total's own unit (篇 as 条), that adds up to less than the total: a list of kinds
    (no 主要, no 等) names every kind published, however little of the total that leaves."""
    return (len(parts) >= 3 and not total.approx and not any(a.approx for a in parts)
            and all(_ITEMS.get(a.unit, a.unit) == _ITEMS.get(total.unit, total.unit) for a in parts)
            and sum(a.value for a in parts) < total.value)


_ITEMS = {"篇": "条"}  # units that count the same things


def _own_items(listed: str) -> str:
    """The ；-items of a list up to one that states a total of its own (；累计办理依申请公开0件: another statement)
    or counts another channel's posts after kinds (；某某微信公众号发布信息58条)."""
    kept = []
    for item in re.split(r"[；;]", listed):
        digit = re.search(r"\d", item)
        if kept and digit and _STATES_TOTAL.search(item[:digit.start()]):
            break
        if kept and _BY_CHANNEL.match(item) and not _BY_CHANNEL.match(kept[0]):
            break
        kept.append(item)
    return "；".join(kept)
_OTHER_COUNT = re.compile(r"\d+\s*(?:余|多)?\s*(?:次|期|场|人次|人|户|家)(?![\u4e00-\u9fff]{0,2}信息)")


def _contradicts(total: Amount, parts: list[Amount], complete: bool, listed: int = 0) -> bool:
    """Parts that run past the total without any leading run of them adding up to it, or (a list
    that does not say it is partial) that all together stay below it."""
    low = high = 0.0
    for part in parts:
        low += part.value
        high += part.high
        if low <= total.high and high >= total.value:
            # the first i+1 parts can be the total; a first part that is the whole (其中网站公开9条，包括……)
            # is broken down by the parts after it
            return False
    if len(parts) < 2:
        return False
    # Parts that cover less than half the total are the highlights of a 其中 list, not a slip of arithmetic.
    # (a list in more than one kind of unit, 条 and 件, counts the work of the year, not the total's kinds; 条 and 篇
    # both count items)
    # (two kinds well below their total, and nothing else listed, are the year's highlights: then only a near miss
    # is a slip; ``listed`` counts the list's amounts in any unit, 图片20张 too)
    return low > total.high or (complete and (max(len(parts), listed) >= 3 or high >= _CLOSE * total.value)
                                and not total.approx and total.value * _MOST <= high < total.value
                                and all(_ITEMS.get(a.unit, a.unit) == _ITEMS.get(total.unit, total.unit) for a in parts))


@rule("text.sum", "warning", "text_table", "正文中的合计与分项之和不符",
      "正文先说“共…N条”，随后列出分项（“其中…A条、…B条”）：分项之和超过合计，且没有哪几项（从第一项起）恰好等于合计"
      "（合计为0的——共发布行政规范性文件0条，解读文件7条——是一串中的第一项，不核对；“通过”某渠道的数之后又是“通过”另一渠道、“其他方式”的数，"
      "是各渠道的数，不是分项；分项在句中第二个“其中”之前已恰好等于合计的，第二个“其中”分的是最后一项）；"
      "或列出的分项（没有“主要”“等”“其他”之类表示不全的字样；带数目的“其他××N条”是一项，分项名称中的“等”（民生类等信息175条）"
      "也不表示不全）全部加起来仍小于合计"
      "（但至少达到合计的一半：不到一半的是择要列举）。“200余条”这类约数按不超过该数的1.1倍计（“近50条”“约300条”“超过200条”也是约数，不按确数核对；带小数点的数、“第二十条”这样的条文序号不读作条数）；合计之后、“其中”之前另有一个数的（文件3条，解读6条，其中……），“其中”列的是那个数的分项；“其中”列出的一串类别到“；”为止（其后不带数字的一句是另说的事）；第一项就等于合计时，其后各项是它的细目，不核对；"
      "以“；”分隔的分项各取第一个数（其后的数是该分项的细目）；合计后紧跟括号（其中：……）时，分项就是括号里列出的各项（括号里的一串类别加起来达到合计的九成以上却不相等，也报）；"
      "句末的数后面一句以“其中”（或“具体包括”“包括”；“主要包括”是择要）开头时，该数也按合计核对（同一句中此前另有同一单位的数时不核对：新收68件，上年结转0件。其中……说的是两数之和），该句之前描述合计内容的“等”不表示分项不全；“包括……在内的各类信息N条”的N也是合计；"
      "“共”写在动词前（全年共发布和更新信息N条）也是合计，但只用于全机关发布的条数（分句中提到网站、平台、公众号等渠道的，是该渠道的数）；"
      "某数后紧跟的括号（不带“其中”）列出两个以上同一单位的数时，这些数是它的分项（括号被页面末尾截断、没有闭合的，"
      "已列出的分项超过合计也报，小于合计不报）；"
      "“甲、乙、丙各1条”按每项1条计；合计之后以“涉及”列出、以顿号连着的各项（共收到申请70件，涉及问题楼盘32件、行政许可20件……）也是分项，"
      "超过合计即报（加起来小于合计不报：所涉事项可能只列了一部分）；最后一项是“其他××N条”的列举是完整的，即使其后的文字被截断；"
      "“……等其他信息共计N条”是最后一项，不是另一个合计；列举中的一项后面又跟着自己的“其中”（其中在网站发布31条，其中……）时，"
      "这一项也按合计核对，其分项到“；”为止；合计与“其中”之间隔着一句不含数字的描述（全面展示了……。）的，“其中”列出的仍是该合计的分项；没有“其中”“包括”时，后面另一个带“共计”“累计”“总计”的数是另一个合计，不是分项（……共42条，……共150条，总计192条）；"
      "以“件”计的合计（印发文件共25件）之后只有以“条”等计的数时，那是另说的别的工作，不是分项。"
      "分项正好等于合计、随后又有一个“其中”把合计再分一次（先按类别、再按渠道）时，第二次的分项之和也不得超过合计。"
      "（一串中前几项与其余各项分别恰好等于合计的，是把合计分了两次：申请人与办理结果，不报）分项中“甲、乙合计N条”是一项，不是另一个合计；合计后同一句只说了同比增减（126条，同比上升15.6%。其中……）的，仍按句末的合计核对；分项自带的括号（含转载……）不表示分项不全；“其中”之后先说“××版块（栏目、专栏）中：”的，列的是合计中一个栏目的分项，小于合计不报。“其中”之后只是一串“类别+数目”（三项以上，没有动词、渠道，到句末为止，句末不带数目、只说这些公开起了什么作用的分句——，及时向社会公布了……——不算一项，说“其余”“其他”的除外；合计与“其中”之间可隔着所计的名词：8条信息，其中……；第一项前的“更新”“发布”管整串）时，各项都是合计的分项（类别名称中可有年份：××2021年度报告1条）：从第一项起有几项恰好等于合计，"
      "也不能解释其后各项，总和超过合计即报（页面在这一串中截断的也报）；这样一串与合计同一单位的类别加起来小于合计，也报（不论差多少：类别清单应列全）。"
      "不指明类别的“公开政府信息N条”后面不带“其中”、用逗号直接跟着这样一串类别的，N也是它们的合计（“发布工作情况49条，公告公示59条……”"
      "的第一项是一个类别，不是合计）；“甲、乙、丙各1条”在这样一串里是三个类别。"
      "以“条次”“件次”计的数（发布的次数）不是条数；表二一行的几列写成句子（制发件数2件，废止件数1件，现行有效件数22件）不是合计与分项；“其中33件已办结、答复27件……”列的是办理状态，不是分项，不核对。"
      "合计之后没有“其中”“包括”、也不是一串类别或以顿号连着的几个数，小于合计时不报（可能是接着说的别的事）；"
      "分项的单位不一（条与件，“篇”与“条”算同一种；列举中还数了次、期、场、人等的，是一年的工作，不只是合计的类别）或句中说合计涉及的栏目（类别）比列出的多（涉及……等53个栏目）时，小于合计也不报；"
      "网站的合计之后以“；在（通过）某公众号、微博……”开头或以新媒体、公众号等渠道作主语（；全镇新媒体平台13个，发布……）的分项说的是另一个渠道，不是它的分项。"
      "“其中”之后先说比例（其中可网办比例99.52%）的，不是分项；以“条”计的合计之后（没有“其中”）只有以“件”计的数的，是另说的工作；"
      "“；”之后又以合计的动词开头（发布部门动态38条，其中采用5条；发布工作动态32条）的，是并列的另一句，不是分项。"
      "合计所在的句子在它之后只有不含数目的分句（……128条，全文电子化达100%，全部通过网站公开。其中……）时，仍按句末的合计核对；"
      "一串类别中某项数目后的括号说明（依申请公开0条（当年未收到申请））不是另一项，“其中包括：”与“其中”一样开始列举，"
      "“公开文件”“公开年度报告”是类别，“答复……N条”是另外的工作；一串类别后说比率的分句（办结率和满意率均为100%）不是一项；一串类别之后“；通过某网（平台）公布……”是另一渠道的数，不在这一串中，其后各句中的“等”也不表示这一串不全；"
      "以“件”计的收到申请数之后紧接着说办结、结转的件数（当年办结168件，结转下一年7件），是一年的收结转（text.balance 核对），不是分项；"
      "句中没有闭合的括号（其他业务信息（如……等15条。）里的数仍是分项；合计之后一句以“其中”开头时，分项从“其中”读起"
      "（合计后的“同比增长45.8%”不是第一项），按渠道列的分项中网站（区官网公开……）与公众号、微博一样是一个渠道。"
      "列举句号之后单独一句“其他……N条”是合计的最后一项；合计句末之后一句只是以顿号连着的一串“类别+数目”（决策公开17条、执行和结果公开36条……）时，"
      "它们是合计的分项；类别中丢了数目的一项（部门概况类信息条）仍是一项；比它大的数之后的“××信息共7条”是那个数的一项，不是合计；"
      "合计句号之后以“××方面：”开头的是另说的工作；“主要包括”之后只用文字列出类别（机构职能、政策文件……等；）的，其后“；”之后的数是另外的工作；"
      "以“；”分隔的一项只是以顿号连着的几个“类别+数目”（规范性文件6条、其他文件8条；）时，各个数都是分项；"
      "“；”之前的第一项本身就是三个以上类别的一串、其后各项只有一个数时，那一串就是分项，其后是另说的事；"
      "“累计……N条”（截止年底累计公开552条）是历年的总数，不是一个类别；合计之后没有“其中”“包括”、下一分句以自己的动词开头"
      "（……共78条，发布公共资源交易159条）或以另一单位为主语（……报送信息168条，县财政局在各平台发布……）的，是另说的工作；"
      "一串中以“在……专栏”“通过……”开头的各项是各栏目、渠道发布的数，不是类别（小于合计不报）；"
      "没有“其中”、各项都以“……数”“……数量”命名的（解读信息发布总数5条，意见征集数6条）是并列的统计项，不是合计与分项；"
      "合计与“其中”之间说完成任务的比例（完成任务数120条的147.5%）的，“其中”列的仍是合计的分项。",
      example="正文：全年公开信息209条。平台：工作动态50篇，……，微信公众号90篇（分项合计259篇）", needs_format=False)
def stated_sums(ctx: Context):
    for p in ctx.passages:
        yield from _passage_sums(p)


# A passage's sums depend on its words alone: read once, though the reports of a batch repeat their template's passages.
@lru_cache(maxsize=1024)
def _passage_sums(p: Passage) -> tuple[Hit, ...]:
    return tuple(_sums_of(p))


def _sums_of(p: Passage):
    sents = normalised_sentences(p.text)
    for i, s in enumerate(sents):  # a sum holds whatever its scope (全县, 全域…): no sentence is skipped
        nxt = sents[i + 1] if i + 1 < len(sents) else ""
        for total in (a for a in _amounts(s) if _is_total(s, a) or _last_before_parts(s, a, nxt)
                      or _bare_bracket_parts(s, a) or _nested_total(s, a)):
            window = s[total.end:]
            j = i
            if _nested_total(s, total):  # its own list ends with the item of the outer list it stands in
                window = re.split(r"[；;]", window, maxsplit=1)[0]
            bracketed = _BRACKETED_PARTS.match(window)
            if bracketed:  # 13条(其中:动态11条,预决算2条);另在APP发布26条: the parts are those in the brackets
                window = bracketed.group(1)
            elif bare := _bare_bracket_parts(s, total):
                window, bracketed = bare, True
            listed_from = 0  # where the list of parts begins
            while not bracketed and j + 1 < len(sents) and (
                    _continues(sents[j], sents[j + 1]) or _describes_total(sents, j + 1, window)
                    or j == i and not _amounts(window) and _kinds_next(sents[j + 1])):
                if _PARTS_NEXT.match(sents[j + 1]):
                    if _amounts(window):
                        break  # 线上平台公开134条。其中……: the breakdown of that part, not of the total
                    # 共465条，内容涉及……等。其中……: the 等 describes the total, the list starts at 其中
                    listed_from = len(window)
                elif j == i and _kinds_next(sents[j + 1]):
                    listed_from = len(window)  # (the kinds' sentence is the list, as if 其中 opened it)
                j += 1
                window += sents[j]
            # 发布政务新闻共804条，主动公开政府信息数共计449条，包括：……: a second total with its own parts ends
            # the first one's list; so does any second total before the list opens, or in a list that never
            # opens (网站公开信息共计54条，公众号发布信息共计296条).
            opener = _LIST_OPENS.search(window)
            second = _NEXT_TOTAL.search(window) or (
                _ANOTHER_TOTAL.search(window, 0, opener.start() if opener else len(window))
                if not bracketed else None)
            if second:
                window = window[:second.start()]
            elif opener and not bracketed and any(not _SHARE_OF.match(window, a.end) for a in _amounts(window[:opener.start()])):
                # 发布本级文件3条，相关文件解读6条，其中……: the list after 其中 breaks down the count just before it
                window = window[:opener.start()]
            # 征求意见共181期，……公开400余条: issues (期) and items are not parts of one another
            clause = _clause_before(s, total.start)
            site = _SITE.search(clause) is not None and not _MEDIA.search(clause)
            verb = _VERB.match(clause.lstrip("，,；; 全年共累计"))
            # (……45.8%。其中：……: the parts are read from where the list opens, not from the total's own sentence)
            parts = [a for a in _top_level(window[listed_from:], total, site, verb[0] if verb else "")
                     if (a.unit == "期") == (total.unit == "期")]
            # A list that stops without its full stop was cut (a page or an excerpt ends): not complete.
            # A list whose last part is 其他…N条 has named the rest of the total, however it ends.
            # A bracket closes its list, but one that covers much less than its total may name the main kinds
            # only (财政信息6条（其中，预决算2条、三公经费1条、专项经费1条）).
            # (a bracket still open where the text stops was cut: what it lists may run past its total, but
            # cannot be said to fall short)
            cut = bool(bracketed) and s.rstrip().endswith(window.rstrip())
            closed = bool(bracketed) and not cut and sum(a.value for a in parts) >= _CLOSE * total.value
            # (新闻要闻类信息（含转载……）3条: a kind's own bracket says what it holds, not that the list is partial)
            # (a list that ends its paragraph without a stop, the next heading after it, was not cut)
            ends_paragraph = not bracketed and j + 1 < len(sents) and _ITEM_NUMBER.match(sents[j + 1]) is not None
            complete = not _PARTIAL.search(_KIND_NOTE.sub("", window[listed_from:])) and (
                closed or window.rstrip()[-1:] in "。；;！!" or bool(parts) and _names_rest(window, parts[-1])
                or ends_paragraph)
            # Every amount of the list adds up to the total (an item naming two kinds with a count each): no slip.
            # (政府信息公开制度15，公示公告21条……: a part whose measure word was lost still counts; wording.count_unit
            # says it is lost)
            unitless = sum(int(n) for n in _UNITLESS_PART.findall(window))
            if total.value == 0:
                continue  # 共发布行政规范性文件0条，解读文件7条: a kind counted none, the first of a list, not its total
            if _THROUGH.match(clause) and _THROUGH.match(window):
                continue  # 通过网站公开政府信息数216条，通过微信公开……22条: one channel's count beside the next's
            # (38条，其中政策文件7条、……、互动交流3条，其中区录用36条: the list makes the total before a second 其中,
            # which breaks down its last item, not the total)
            opened_twice = window.split("其中")
            head_text = "其中".join(opened_twice[:2])
            if len(opened_twice) >= 3 and not re.search(r"[；;。]", head_text) and len(head := _amounts(head_text)) >= 2 and (
                    sum(a.value for a in head) == total.value):
                continue
            if total.value in (sum(a.value for a in _amounts(window)),
                               sum(a.value for a in _amounts(window, _LOOSE_AMOUNT)),
                               sum(a.value for a in _amounts(window)) + unitless):
                again = _second_breakdown(sents, j, total)
                if again:
                    listed = "+".join(str(a.value) for a in again)
                    quoted = "".join(sents[i:j + 2])
                    yield Hit(f"{p.where}：正文的合计为{total.value}{total.unit}，所列分项相加正好等于合计；随后又一个“其中”"
                              f"列出的分项为{listed}，共{sum(a.value for a in again)}{total.unit}，超过合计。"
                              f"原文：“{quoted[:160]}”", quote=quoted[:160])
                continue
            if _STATES_LISTED.match(window):
                continue  # 共收到37件，其中33件已办结，答复27件……: how the applications stand, not kinds of them
            if not opener and total.unit == "件" and _SETTLED_OR_CARRIED.match(window):
                continue  # 收到申请161件，当年办结168件（含上年结转14件），结转下一年7件: the year's balance, text.balance's
            if total.unit == "件" and parts and not any(a.unit == "件" for a in parts):
                continue  # 印发文件共25件，发布解读7条，办理留言87条: documents, then other work counted in 条
            if not opener and total.unit in "条篇" and parts and all(a.unit == "件" for a in parts):
                continue  # 共制定1条规范性文件，办理政务服务事项154件，行政许可24件: the year's other work in 件
            named = re.split(r"[；;。]", window[opener.end():], maxsplit=1) if opener else []
            if len(named) == 2 and "、" in named[0] and not _amounts(named[0]):
                continue  # 32条，主要包括机构职能、……等；公开招投标信息110余条: the kinds named in words, then other work
            if opener and _SHARE_FIRST.match(window, opener.end()):
                continue  # 共发布事项1493项，其中可网办比例99.52%，……: shares of the total, not its parts
            # (……资金信息共78条，发布公共资源交易159条; ……报送信息168条，旗财政局在各平台发布……120条: no list opened,
            # the next clause's own verb or another body as its subject says other work)
            if not opener and not bracketed and parts and (
                    _VERB_FIRST.match(before := window[:parts[0].start]) or _SUBJECT_FIRST.match(before)):
                continue
            if _TABLE_TWO_COUNTS.search(window):
                continue  # 制发件数2件，废止件数1件，现行有效件数22件: table 2's columns in prose, not parts of a total
            if not opener and parts and all(_METRIC.search(window, 0, a.start) for a in parts):
                continue  # 解读信息发布总数5条，意见征集数6条，专题专栏维护数16条: measures side by side, each named 数
            said = _KINDS_COUNTED.search(s)
            if said and int(said[1]) > len(parts):
                complete = False  # 涉及……等53个栏目，其中：……: the list names some of the columns it counts
            # (a list cut by the page's end cannot be said to fall short, but what it lists can already run past)
            # (the words of the statements after the list's ；, 等基本信息, say nothing of the list)
            kinds_only = (not _PARTIAL.search(_KIND_NOTE.sub("", _own_items(window[listed_from:])))
                          and _uniform_list(window[listed_from:]))
            uniform = complete and kinds_only
            # (counts with no 其中 or 包括 before them that stay below the total may be the next statements, not
            # parts, unless they are one list: of kinds, 共52条，镇办会议20条，财政信息4条……, or joined by 、)
            opened = (bracketed or _LIST_OPENS.search(window) is not None or _uniform_list("其中" + window[listed_from:])
                      or "、" in re.split(r"[；;。]", window, maxsplit=1)[0])
            # (其中，……信息8000余条，……答复2235条，召开新闻发布会8次: a list that goes on to count events (次, 期, 场)
            # or letters (件 among 条) is the year's work, not the total's kinds alone)
            listed = _own_items(window[opener.end():] if opener else window[listed_from:])
            other_counts = _OTHER_COUNT.search(listed) is not None or (
                total.unit in "条篇" and any(a.unit == "件" for a in _amounts(listed)))
            complete = complete and not other_counts
            uniform, kinds_only = uniform and not other_counts, kinds_only and not other_counts
            # (……建议、提案40件。其中，建议13件，提案17件: a total that names its kinds, listed one by one, is complete)
            listed_count = max(len(_amounts(window, _LOOSE_AMOUNT)), 3 if _names_its_kinds(clause, window, parts) else 0)
            if ((_contradicts(total, parts, complete and opened, listed_count) or kinds_only and _overruns(total, parts)
                 or uniform and _falls_short(total, parts))
                    and not _short_list_read_flat(total, parts, window)):
                listed = "+".join(f"{a.value}{'余' if a.approx else ''}" for a in parts)
                # (from the total's own clause: two totals of one sentence, 共122条，其中专栏74条（包括……）, are two slips)
                quoted = "".join(sents[i:j + 1])[total.start - len(_clause_before(s, total.start)):]
                yield Hit(f"{p.where}：正文的合计为{total.value}{'余' if total.approx else ''}{total.unit}，"
                          f"随后列出的分项为{listed}，没有哪几项相加等于合计。原文：“{quoted[:160]}”",
                          quote=quoted[:160])


def _short_list_read_flat(total: Amount, parts: list[Amount], window: str) -> bool:
    """Does a list whose parts stay below the total make it exactly when every count is read in turn
    (……；公开年度报告1条，其他信息1条，不予公开信息8条: the last ；-item names two kinds, then something else)?"""
    if sum(a.value for a in parts) >= total.value:
        return False
    run = 0
    for a in _amounts(window):
        if a.unit == total.unit:
            run += a.value
            if run == total.value:
                return True
    return False


def _names_its_kinds(clause: str, window: str, parts: list[Amount]) -> bool:
    """Does the total's clause list kinds (A、B) that the parts, each named before its count, take up one by one?"""
    if "、" not in clause or len(parts) < 2:
        return False
    names = [re.split(r"[，,；;：:、。]", window[:a.start])[-1] for a in parts]
    return all(any(n[k:k + 2] in clause for k in range(len(n) - 1)) for n in names)


# A count right after a kind's name with no measure word, before the list's next mark.
_UNITLESS_PART = re.compile(r"(?<=[\u4e00-\u9fff])(\d{1,5})(?=[，,、；;]|$)")  # (or where the excerpt stops)


# 信息公开年报1条，占比1.1%: a part with its share of the total stated in the text.
# Only a share of the total itself (占比, 占信息公开总量的): 占全县的2% is a share of something else.
# (8条，占33.4%: a share with no base named counts as the total's too; the check asks two others to fit it)
_SHARE_OF_TOTAL = re.compile(r"(?P<n>\d+)[条件篇项个][,，]?约?占(?:比|[^,，。；;\d%]{0,10}?总[^,，。；;\d%]{0,6}?的|(?=\d))"
                             r"(?P<p>\d+(?:\.\d+)?)%")


def _share_fits(n: int, total: int, pct: str, units: float = 0.5) -> bool:
    """Within ``units`` of the last decimal printed (half a unit: rounding), or cut there (31 of 165 as 18%)."""
    decimals = len(pct.partition(".")[2])
    share = n / total * 100
    cut = math.floor(share * 10 ** decimals + 1e-9) / 10 ** decimals
    return abs(share - float(pct)) <= units * 10 ** -decimals + 1e-9 or abs(cut - float(pct)) < 1e-9


@rule("text.share", "warning", "text_table", "正文中分项所占比例算错",
      "正文先说共N条，随后列出分项及其所占比例（“……1条，占比1.1%”）：按合计重新计算（按所写的小数位四舍五入，或舍去其后的位数）不符的比例。"
      "只核对“占比”“占……总量的”这类对合计而言的比例（或“占”后直接是比例），且至少两个分项的比例与这个合计相符（确认比例是对这个合计算的）；"
      "不符的比例都与前文另一个数相符的（在公开的24条中……占比16.67%），是对那个数算的，不报。",
      needs_format=False,
      example="累计公开信息80条，其中年报1条，占比1.1%；工作动态54条，占比67.5%；领导信息11条，占比13.8%")
def stated_shares(ctx: Context):
    for p in ctx.passages:
        if "%" not in p.text and "％" not in p.text:
            continue  # no share stated: the sentences need not be read
        sents = normalised_sentences(p.text)
        for i, s in enumerate(sents):
            nxt = sents[i + 1] if i + 1 < len(sents) else ""
            for total in (a for a in _amounts(s) if _is_total(s, a) or _ends_before_parts(s, a, nxt)):
                if total.approx or total.value == 0:
                    continue
                window, j = s[total.end:], i
                while j + 1 < len(sents) and _continues(sents[j], sents[j + 1]):
                    j += 1
                    window += sents[j]
                shares = [(int(m["n"]), m["p"], m.group(0)) for m in _SHARE_OF_TOTAL.finditer(window)]
                # Shares printed to add up to 100% may have one moved by up to a unit of their last decimal (1.24 → 1.3).
                to_100 = abs(sum(float(p) for _, p, _ in shares) - 100) < 0.01
                wrong = [x for x in shares if not _share_fits(x[0], total.value, x[1], 1.0 if to_100 else 0.5)]
                # (共30条，其中主动公开24条……。在公开信息中，……4条，占比16.67%: shares of another count said before them)
                bases = {a.value for a in _amounts(s + window) if a.value > 0} - {total.value}
                if wrong and any(all(_share_fits(n, b, pct) for n, pct, _ in wrong) for b in bases):
                    continue
                if wrong and len(shares) - len(wrong) >= 2:
                    said = "；".join(f"“{w}”（应为{n / total.value * 100:.{len(pct.partition('.')[2])}f}%）"
                                    for n, pct, w in wrong)
                    yield Hit(f"{p.where}：按合计{total.value}条重新计算，这些比例不符：{said}。", quote=wrong[0][2])
