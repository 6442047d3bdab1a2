"""文字规范: doubled punctuation and words, misnamed documents, unbalanced marks, pinyin residue,
traditional script, and an outline that does not list the parts it announces."""

from __future__ import annotations

import itertools
import os
import re
from difflib import SequenceMatcher
from functools import cache, lru_cache

import ahocorasick

from .. import formats as F
from .. import sections, segment
from ..names import counted
from ..script import TONED_SYLLABLE, glosses, to_simplified
from ..spam import spam_in
from .context import Context
from .finding import Hit
from .format_rules import cut_row_label, superseded_outline
from .integrity import garbled_near
from .numerals import normalise_digits
from .outline import TOPICS, items, outlines, overview_items, topics
from .registry import rule
from .text import (
    PRINTED_TWICE,
    SENTENCE_END,
    around,
    at_places,
    each_match,
    inside_quotes,
    line_matches,
    normalised_sentences,
    paragraphs,
    repeated_paragraphs,
    sentences,
)

# 。。 ，， or two stops of different kinds (，。 ；， ,、): half-width ones as pages print them too.
# A comma then a half-width full stop (工作,.结合) too, unless it opens an ellipsis or a number.
_DOUBLED_PUNCT = re.compile(r"([。，、；：！？])\1|[。，；,;][。，；、,;]|、[。，；,;]|[，,；;、。]\.(?![.\d])")
# Two marks side by side, as every match of _DOUBLED_PUNCT is (tests/checks hold it to the pattern): found fast, and a
# text without any is not scanned.
_PUNCT_PAIR = re.compile(r"[。，、；：！？,;][。，、；：！？,;.]")


@rule("wording.doubled_punct", "warning", "wording", "标点重复",
      "连续两个句号、逗号等（。。 ，， 。， ,.）；省略号（……）和破折号（——）不算。全文报一条，列出各处。", needs_format=False,
      example="……等信息公开。。结合新出台的")
def doubled_punct(ctx: Context):
    # (a page whose converter doubled its marks throughout, ，, and ，、 and ，。: one finding naming its places)
    spans = [m.span() for m in _DOUBLED_PUNCT.finditer(ctx.text)] if _PUNCT_PAIR.search(ctx.text) else []
    if spans:
        yield Hit(f"标点重复{at_places(ctx.text, spans)}。", quote=ctx.text[spans[0][0]:spans[0][1]])


# A word of 2–4 characters written twice (规定规定, 常务会议常务会议), or a clause written twice.
_DOUBLED_WORD = re.compile(r"([\u4e00-\u9fff]{2,4})\1")
# (建立协调机制，协调机制成员单位由……: words taken up again after a comma as the next clause's subject are not doubled;
# a clause written twice ends where its copy ends)
_DOUBLED_CLAUSE = re.compile(r"([\u4e00-\u9fff][\u4e00-\u9fff、“”]{5,40})(?:\1|[，,、；;]\1(?=[，,、；;。：:\s”]|$))", re.M)
# （四）政府信息公开平台建设：政府信息公开平台建设。: a heading said again as a clause of its own after its colon or
# stop (领导小组。领导小组下设…, 政府信息管理：政府信息管理持续夯实 go on and are not doubled).
# (a heading starts a line or follows its number's closing bracket)
# 一、总体情况 / 一、总体情况: a part's heading printed twice, on two lines running.
_HEADING_LINE_TWICE = re.compile(r"^[ \t]*([一二三四五六七八九十]、[ \t]*[\u4e00-\u9fff]{2,20})[ \t]*\n[ \t]*\1[ \t]*$", re.M)
_DOUBLED_HEADING = re.compile(r"(?:^|(?<=[）)、]))[ \t]*([\u4e00-\u9fff]{4,40})[：:。][ \t]*\1(?=[。；;，,：:]|\s*$)", re.M)
# 主动加大主动公开力度, 进行政府信息进行公开: a verb written again a few characters on in one clause, no conjunction
# between (主动公开主动公开, the whole word twice, is _DOUBLED_WORD's)
_VERB_AGAIN = re.compile(r"(进行|主动)(?:(?![和及并与或])[\u4e00-\u9fff]){1,6}?\1")
# “干事、干事、干成事”: a short item of a 、-list written again as the next item.
_DOUBLED_ITEM = re.compile(r"(?<=[“、，,：:])([\u4e00-\u9fff]{2,5})、\1(?=[、，,。；;”和及与等])")
# (the ones whose matches stay within a line and see nothing beyond it, as text.line_matches reads them)
_WITHIN_A_LINE = (_DOUBLED_CLAUSE, _DOUBLED_WORD)
# (……年度报告报告如下：: 如下 with its colon ends a sentence, no field's label)
_FIELD_LABEL = re.compile(r"(?!如下|如次)[\u4e00-\u9fff]{0,4}[:：]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LIST_BOUND = re.compile(r"[，,。；;：:\n]")


def _distinct_items(text: str, start: int, end: int) -> bool:
    """Are the 、-items of the clause around text[start:end] all different (的 aside)?"""
    before = [b.end() for b in _LIST_BOUND.finditer(text, max(0, start - 80), start)]
    after = _LIST_BOUND.search(text, end)
    items = [x.replace("的", "") for x in text[before[-1] if before else max(0, start - 80):
                                              after.start() if after else end + 80].split("、")]
    return len(set(items)) == len(items)
_FIELD_NAME = re.compile(r"公开(?:范围|时限|方式|形式|日期|类别|主体)")
_FIELD_VALUE = re.compile(r"(?:时\s*效\s*性|有\s*效\s*性|效力状态)\s*[:：]\s*$")
# Reduplications that are words of their own.
_REDUPLICATED = {"研究研究", "讨论讨论", "商量商量", "看一看看"}


# ……中，政策文件及解读2条；……；政策文件及解读2条；……: one item of a list of kinds and counts written twice in it.
_LIST_ITEM = re.compile(r"(?<=[；;、，,：:中])([\u4e00-\u9fff“”]{3,16}?)(\d+)(条|篇|件|个|项)(?=[；;、，,。]|$)")
# (another channel's list, or a second list opened with 其中, may count a kind of its own again)
_LIST_RESTARTS = re.compile(r"网站|微信|微博|公众号|平台|客户端|抖音|头条|公开栏|政务号|其中|包括|共|复议|诉讼")


@rule("wording.repeated_item", "warning", "wording", "同一列举中一项写了两遍",
      "一句的列举中同一项写了两遍：以顿号列举的同一类别（规划总结2条、……、规划总结2条；机构职能、政策法规、工作动态、政策法规；"
      "财政预决算、……、财政预决算信息），或以分号列举的同一类别连同同一条数（政策文件及解读2条；……；政策文件及解读2条）。"
      "分号列举中两次之间提到另一渠道（网站、微信、公众号、平台等）、行政复议或诉讼（各自的“结果维持1件”），或又以“其中”“包括”“共”"
      "开始另一串列举的，不算；几个渠道各自之后用同样的字说明各自做了什么的（热线回复、解决诉求5件、微平台回复、解决诉求1件），不算。",
      needs_format=False, example="公开的信息中，政策文件2条；办事指南1条；政策文件2条。")
def repeated_item(ctx: Context):
    text = ctx.text
    reported = []  # (start, end, item) of each sentence's ；-list items written twice
    for sentence in re.finditer(r"[^。\n]+", text) if "；" in text or "、" in text else ():
        seen: dict[tuple[str, str], int] = {}
        again = []
        for m in _LIST_ITEM.finditer(sentence.group(0)):
            key = (m[1], m[2] + m[3])
            if key in seen and not _LIST_RESTARTS.search(sentence.group(0), seen[key], m.start()):
                again.append(m)
            seen.setdefault(key, m.end())
        if again:  # one finding for the list, naming each item written twice
            names = "、".join(f"“{m.group(0)}”" for m in again)
            spans = [(sentence.start() + m.start(), sentence.start() + m.end()) for m in again]
            reported += [(sentence.start(), sentence.end(), m[1]) for m in again]
            yield Hit(f"同一列举中{names}写了两遍{at_places(text, spans)}。", quote=again[0].group(0))
    for s, twice in _listed_twice(text):
        start = max(0, text.find(s[:12]))
        places = []
        for item in twice:
            at = text.find(item, start)
            # (政策文件2条、……、政策文件2条: one list, found once)
            if not any(a <= at < b and (x == item or x.endswith(item)) for a, b, x in reported):
                places.append((at, item))
        if places:  # one finding for the sentence, naming each item written twice
            names = "".join(f"“{item}”" for _, item in places)
            at, first = places[0]
            yield Hit(f"列举中{names}写了两遍：“{around(text, at, at + len(first))}”。", quote=first)


# 、规划总结2条、……、规划总结2条: one item of an enumeration of counts listed twice.
_COUNTED_ITEM = re.compile(r"(?:(?<=[、，,：:])|(?<=其中))(?!其中)([\u4e00-\u9fff]{2,10}?)\d+[条件篇项个](?=[、，,；;。])")


def _listed_twice(text: str):
    """(sentence, items) for each sentence whose 、-lists hold an item written twice."""
    for s in sentences(text):
        if "、" in s and (items := _listed_twice_in(s)):  # an enumeration of counts is listed with 、
            yield s, items


@lru_cache(maxsize=4096)  # (a sentence's lists are its own: read once, though the reports of a batch repeat sentences)
def _listed_twice_in(s: str) -> tuple[str, ...]:
    out = []
    # 通知公告60条（其中，某镇30条、某乡16条）；工作动态43条（其中，某镇17条、……）: each bracket is a list of its own.
    # (重大民生信息（执法监督）32条、重大民生信息（城乡建管）22条: a bracket that qualifies the name is part of it)
    unbracketed = _BRACKETED.sub(lambda m: "" if re.search(r"[\d、，,]", m.group(1)) else m.group(1), s)
    for part in (unbracketed, *_BRACKETED.findall(s)):
        found = [m for m in _COUNTED_ITEM.finditer(part) if "、" in part[max(0, m.start() - 1):m.end() + 1]]
        items = [m.group(1) for m in found]
        for x in dict.fromkeys(items):
            places = [m for m in found if m.group(1) == x]
            # (共17件，其中邮寄8件、……，办公室13件，其中邮寄5件: a second list opened after the first, as in a ；-list)
            again = [b for a, b in zip(places, places[1:]) if not _LIST_RESTARTS.search(part, a.end(), b.start())]
            if again and not _each_after_its_own_head(part, places):
                out.append(x)
    # 机构职能、政策法规、工作动态、政策法规、公共服务: a name listed twice in one run of 、
    for run in _ENUMERATION.findall(s):
        # (财政预决算、……、财政预决算信息: a name listed again with 信息 after it is the same kind)
        names = [_KIND_SUFFIX.sub("", x) for x in run.split("、")]
        # (x、x side by side is a phrase written twice: found as such above)
        out += (x for x in dict.fromkeys(names) if len(x) >= 3 and names.count(x) > 1 and f"{x}、{x}" not in run)
    return tuple(out)


_BRACKETED = re.compile(r"[（(]([^（）()]*)[)）]")
_KIND_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff]{3})(?:类)?信息$")
_ENUMERATION = re.compile(r"(?:[\u4e00-\u9fff“”]{2,10}、){2,}[\u4e00-\u9fff“”]{2,10}")


def _each_after_its_own_head(part: str, places: list[re.Match]) -> bool:
    """热线回复、解决群众诉求5件、微平台回复、解决群众诉求1件: each time after a different uncounted 、-item (a channel
    and its verb), the same words say what each channel did, not one item listed twice."""
    heads = [re.split(r"[、，,：:；;]", part[:m.start()].rstrip("、"))[-1] for m in places]
    return len(set(heads)) == len(heads) and all(h and not re.search(r"\d+\s*[条件篇项个]$", h) for h in heads)


@rule("wording.doubled_word", "warning", "wording", "词语或分句重复",
      "同一个词（规定规定、工作工作）或同一个分句紧挨着写了两遍（逗号后把上一分句末尾的词重提为主语的“建立协调机制，协调机制成员单位由……”不算），小标题在冒号后又单独写了一遍（（四）平台建设：平台建设。）；地名的“旗”“镇”字重复（自治旗旗政府）或机关名称的“局”字重复（某局局编制；局局长、局局办公室不算）；连词“和”写了两遍（复议和和诉讼）；一句中同一处所写了两遍（在镇中心的公众号上对活动在公众号上公开）；"
      "一个短语写了两遍、第二遍多一个字（可通过可以通过）；介词在动词前后各写一遍（对加强对……的学习）；一个字写了两遍、两遍各自成词（区商务委委主动发布、内容的的公平；部门门户、件件有着落、人名不算）；动词在“主动”前后各写一遍（在网站公开主动公开85条信息），“进行”“主动”在一个分句中隔几个字又写一遍（主动加大主动公开力度、进行政府信息进行公开）；一句中“共”写了两遍（共收到申请共9件）或“目前”写了两遍（目前，平台目前共上线……）、“如”写了两遍（如对本报告如有疑问），“其中”“同时”在逗号前后各写一遍（其中，其中人事信息3件）、“包括”在冒号前后各写一遍（主要包括：包括政府网站群）；民族乡名称中“乡”写了两遍（乌林乡朝鲜族乡）；“根据”在一句中写了两遍（根据《条例》，根据《条例》编制本报告）；列举中的一项紧挨着写了两遍（“干事、干事、干成事”）；联系方式中同一项连同其值写了两遍（邮编：242807，邮箱：……，邮编：242807）；地址中门牌号前的“路”写了两遍（某中路路70号）；数目后的量词写了两遍（报送信息40余条条）；固定短语的第一个字在引号前又写了一遍（坚持以“以公开为常态……”）；部分标题连印两行（两行都是“一、总体情况”）。"
      "竖排表头（结 结 其 尚）不算。", needs_format=False,
      example="按照国家有关规定规定执行")
def doubled_word(ctx: Context):
    text = ctx.text
    seen = set()
    for pattern in (_DOUBLED_CLAUSE, _DOUBLED_HEADING, _HEADING_LINE_TWICE, _DOUBLED_WORD, _DOUBLED_ITEM, _VERB_AGAIN):
        for m in line_matches(pattern, text) if pattern in _WITHIN_A_LINE else pattern.finditer(text):
            # 结结其尚, 持 正 果 结: a header printed vertically (one character per line), not a doubled word.
            # ××镇人民政府政府信息公开工作年度报告: the organ's name, then the report's.
            organ_then_name = m.group(1) == "政府" and text[m.start() - 2:m.start()] == "人民" \
                and text.startswith("信息", m.end())
            # 公开方式：主动公开公开时限：长期公开: a page's metadata value run into the next field's label (its
            # colon lost too: 公开方式主动公开公开范围面向全社会).
            field_label = _FIELD_LABEL.match(text, m.end()) or _FIELD_NAME.match(text, m.start() + len(m.group(1)))
            # 废止日期： 时效性：有效有效: a page field's value shown twice by the page's markup, not the report's words
            field_value = _FIELD_VALUE.search(text, max(0, m.start() - 12), m.start()) is not None
            # 广东省人民政府办公厅、广州市人民政府办公厅、广州市荔湾区……: a list of different names sharing their words,
            # the "repeat" starting and ending inside its items (an item listed twice is still doubled)
            inside_items = ("、" in m.group(1) and _HAN.match(text, m.start() - 1) and _HAN.match(text, m.end())
                            and _distinct_items(text, m.start(), m.end()))
            # 《盐城市城市管理局: a two-character city whose name ends in 城 (after a mark or a province), then 城市 of
            # the bureau's name (提升城市城市管理 is a word written twice)
            city_then_word = (m.group(1) == "城市" and m.start() >= 1 and _HAN.match(text, m.start() - 1) is not None
                              and (m.start() < 2 or text[m.start() - 2] in "省区" or not _HAN.match(text, m.start() - 2)))
            if (m.group(0) in _REDUPLICATED or re.search(r"(.)\1", m.group(1)) or " ".join(m.group(1)) in ctx.original_text
                    or organ_then_name or city_then_word or field_label or field_value or inside_items
                    or any(m.start() >= a and m.end() <= b for a, b in seen)
                    or spam_in(m.group(1))):  # an advertisement written twice is integrity.spam's
                continue
            seen.add((m.start(), m.end()))
            yield Hit(f"“{m.group(1)}”重复：“{around(text, m.start(), m.end())}”。", quote=m.group(0))
    # The pair (镇镇, 和和) must be in the text before its context is worth a regex scan.
    doubled_units = [p for p, pairs in ((_DOUBLED_UNIT, _UNIT_PAIRS), (_DOUBLED_CONJUNCTION, ("和和",)))
                     if any(x in text for x in pairs)]
    for pattern in doubled_units:
        for m in pattern.finditer(text):
            if ctx.organ and m.group(0) in ctx.organ:
                continue  # 湖镇镇人民政府: the town 湖镇's government, the pair is the organ's own name
            yield Hit(f"“{m.group(1) or m.group(2)}”字重复：“{around(text, m.start(), m.end())}”。", quote=m.group(0))
    for m in _ADDRESS_UNIT_TWICE.finditer(text) if "地址" in text else ():
        if "地址" in text[max(0, m.start() - 40):m.start()]:
            yield Hit(f"地址中的“{m.group(1)}”字写了两遍：“{around(text, m.start(), m.end())}”。", quote=text[m.start() - 2:m.end() + 3])
    for m in _COUNT_UNIT_TWICE.finditer(text):
        yield Hit(f"量词“{m.group(1)}”写了两遍：“{around(text, m.start(), m.end())}”。", quote=m.group(0))
    for m in _DOUBLED_PLACE.finditer(text):
        yield Hit(f"一句中“在{m['place']}”写了两遍：“{around(text, m.start(), m.end())}”。", quote=m.group(0))
    for m in (_DOUBLED_TOTAL.finditer(text) if text.count("共") >= 2 else ()):
        yield Hit(f"“共”字在一句中写了两遍：“{around(text, m.start(), m.end())}”。", quote=m.group(0))
    for m in (_DOUBLED_BASIS.finditer(text) if "根据" in text or "依据" in text else ()):
        if m["title"] not in m.group(0)[:-len(m["title"])]:
            continue  # 根据有关规定，根据本街道的工作情况: two bases, each said once
        yield Hit(f"“{m.group(1)}”在一句中写了两遍：“{around(text, m.start(), m.end())}”。", quote=m.group(0)[:30])
    heads = _phrase_heads()
    for m in _OPENING_QUOTE.finditer(text):
        at = m.start()
        before = text[at - 1:at]
        if before in heads and any(text.startswith(h, at + 1) for h in heads[before]):
            yield Hit(f"“{before}”字在引号前后各写了一遍：“{around(text, at - 1, at + 2)}”。", quote=text[at - 1:at + 8])
    for m in _ETHNIC_UNIT_TWICE.finditer(text) if "族乡" in text or "族镇" in text else ():  # (its 族 before the unit again)
        yield Hit(f"民族乡（镇）名称中“{m.group(1)}”字多写了一个：“{m.group(0)}”（应为“{m.group(0).replace(m.group(1), '', 1)}”）。",
                  quote=m.group(0))
    for m in _CONTACT_TWICE.finditer(text) if "：" in text or ":" in text else ():
        yield Hit(f"联系方式中“{m['label']}”写了两遍：“{around(text, m.start(), m.end())}”。", quote=m.group(0))
    for m in _DOUBLED_NOW.finditer(text) if _NOW_SAID.search(text) else ():
        yield Hit(f"“{m.group(1) or m.group(2) or m.group(3)}”在一句中写了两遍：“{around(text, m.start(), m.end())}”。",
                  quote=m.group(0))
    for m in _VERB_TWICE.finditer(text) if "主动" in text else ():
        yield Hit(f"“{m.group(1)}”写了两遍：“{around(text, m.start(), m.end())}”。", quote=m.group(0))
    for m in _DOUBLED_PREPOSITION.finditer(text):
        yield Hit(f"“{m.group(1)}”多写了一个：“{around(text, m.start(), m.end())}”。", quote=m.group(0))
    for m in _doubled_chars(text):
        yield Hit(f"“{m.group(1)}”字写了两遍：“{around(text, m.start(), m.end())}”。", quote=m.group(0))
    for start, end, word in _near_doubles(text):
        if not any(start >= a and end <= b for a, b in seen) and " ".join(word[:2]) not in ctx.original_text:
            yield Hit(f"“{word}”写了两遍（第二遍多了一个字）：“{around(text, start, end)}”。", quote=text[start:end])


# 宝塔中路路70号: a road's 路 (a lane's 巷, 弄) written twice before the door number.
_ADDRESS_UNIT_TWICE = re.compile(r"([路巷弄])\1(?=\d{1,5}\s*号)")
# 共收到依申请公开共9件: 共 said before the verb and again before the count of one clause.
# (共计发布各类信息共408条: 共计 before the verb as well)
# (its first character before the lookbehind: found fast)
# (共主动公开信息共144份: the verb's adverb between)
_DOUBLED_TOTAL = re.compile(r"共(?<![公总]共)计?(?:主动|依法|新)?(?:收到|受理|公开|发布|办理|答复|处理)[\u4e00-\u9fff]{0,12}共计?(?=\d)")
# 根据《条例》（以下简称《条例》），根据《条例》编制本报告: one document given as the basis twice, one 根据 too many
# (按照…，按照… is a parallel of two measures, and two different bases are left alone).
_DOUBLED_BASIS = re.compile(r"(根据|依据)[^。；;\n]{2,80}?[，,]\s*\1\s*(?P<title>《[^《》]{1,40}》)")
# 乌林乡朝鲜族乡: an ethnic township's name with its 乡 (镇) written after the place as well (乌林朝鲜族乡).
_ETHNIC_UNIT_TWICE = re.compile(r"[\u4e00-\u9fff]{2}([乡镇])[\u4e00-\u9fff]{1,6}?族\1")
# 目前，集约化平台目前共上线……: the same "now" said at the head of the sentence and again before its verb.
_NOW_WORDS, _OPENING_WORDS = "目前|当前", "其中|同时|此外|另外|包括"
_DOUBLED_NOW = re.compile(rf"({_NOW_WORDS})[，,]?[^。；;，,\n]{{1,16}}?\1"
                          # 其中，其中人事信息3件: a word that opens a clause, written again right after its comma
                          rf"|({_OPENING_WORDS})[，,：:]\s*\2"
                          # 如对本报告如有疑问: the condition's 如 said before its object and again before 有
                          r"|(如|若)对[^。；;，,\n]{1,12}?[如若](?=有)")
# What each of its shapes holds, from the same words: a text with none of them is not scanned (every shape written
# out with its first character: found fast).
_NOW_SAID = re.compile("|".join([_NOW_WORDS, *(f"{w}[，,：:]" for w in _OPENING_WORDS.split("|")), "如对", "若对"]))
# 邮编：242807，邮箱：……，邮编：242807: one item of the contact given again with the same value
_CONTACT_TWICE = re.compile(r"(?P<label>邮编|邮政编码|电话|联系电话|传真|邮箱|电子邮箱)[:：]\s*(?P<value>[0-9A-Za-z@.\-]{5,})"
                            r"[^。\n]{0,60}?(?<![\u4e00-\u9fff])(?P=label)[:：]\s*(?P=value)")
# 在网站公开主动公开85条信息: the verb said before 主动 and again after it (政务公开、全面公开主动公开制度 and
# 政府信息公开主动公开…, a part's name, are not).
# (集中公开主动公开的文件: the second verb inside a noun phrase with 的)
# (the verb first, the lookbehinds after it, reaching back over its two characters: found fast)
_VERB_TWICE = re.compile(r"(公开|发布)(?<!政务..)(?<!主动..)(?<!全面..)(?<!信息..)主动\1(?![、，,和及的])")
# 对加强对新条例的学习: a preposition before a verb and again before its object (the first one is stray).
_DOUBLED_PREPOSITION = re.compile(r"([对就把将])(?:加强|强化|做好|开展|进行|推进|落实|规范|完善|深化)\1")
# 鄂温克族自治旗旗政府, 镇镇介绍, 某区区行政中心: the unit of a place name written twice before what it names.
# (市市 is left out: 津市市政府 is the government of 津市市, and 某市市政府 is how cities are often written.)
# (某局局编制, 某局局认真落实: a bureau's 局 twice before its verb; 局局长, 局局机关, 局局办公室 are the bureau's own)
_DOUBLED_UNIT = re.compile(r"(?<![乡])([镇乡旗县区])\1(?=人民政府|政府|介绍|概况|党委|行政中心"
                           r"|严格|认真|坚持|全面|持续|深入|扎实|始终|高度|积极)"  # 二街镇镇严格按照……
                           r"|(局)\2(?=编制|严格|认真|坚持|全面|持续|深入|扎实|始终|高度|积极)")
_UNIT_PAIRS = tuple(c + c for c in "镇乡旗县区局")
# 在镇中心的公众号上对重大活动在公众号上予以公开: where it is done, said twice in one clause.
_DOUBLED_PLACE = re.compile(r"在[\u4e00-\u9fff]{0,10}?(?P<place>[\u4e00-\u9fff]{2,5}[上中内])[^，,。；;！？\n]{1,20}?在(?P=place)")
# 行政诉讼和和行政复议: 和 written twice (和和美美, 和和气气 are words; 调和, 总和, 温和 … end with 和; 以及及时, 参与与
# are two words, so only 和). The pair first: found fast.
_DOUBLED_CONJUNCTION = re.compile(r"(和)和(?![和气美睦])(?<![和调总缓温柔平共亲附唱应]..)")
# 区商务委委主动发布, 内容的的公平公正: one character written twice where each copy is a word alone (部门门户 is two
# words sharing one, 常常 a word of its own). Numerals and measure words reduplicate (件件有着落, 一一对应); units and 和
# have their rules above.
_DOUBLED_CHAR = re.compile(r"([\u4e00-\u9fff])\1(?=[\u4e00-\u9fff]{2})")
_REDUPLICATING = frozenset("一二三四五六七八九十百千万件事样条项个人天年月日时处层级户村家步镇乡旗县区和")
# 报送信息40余条条，: a measure word written twice after its count, the clause ending there (3条条款 is a count of 条款).
_COUNT_UNIT_TWICE = re.compile(r"(?<=\d)[余多]?([条件篇项个份次])\1(?![\u4e00-\u9fff])")
_PREPOSITIONS = frozenset("对在将把被向从按")
_PAIR_WORDS = re.compile(r"对对[子碰]|从从容")  # the words a doubled preposition starts
_NAME_AFTER = re.compile(r"联系|同志|先生|女士|[（(，,：:]")  # 请与办公室曾茜茜联系: a given name
_PAIR_CONTEXT = 10  # characters each side that decide the words around a pair


def _doubled_chars(text: str):
    for m in _DOUBLED_CHAR.finditer(text):
        pair = m.group(0)
        if m.group(1) in _REDUPLICATING or _NAME_AFTER.match(text, m.end()):
            continue
        # 对对需要公开的文件: a preposition written twice, though the dictionary knows 对对 (对对子)
        if segment.frequency(pair) and (m.group(1) not in _PREPOSITIONS or _PAIR_WORDS.match(text, m.start())):
            continue
        if m.start() >= 2 and text[m.start() - 2] == text[m.start() - 1]:
            continue  # 实实在在: the second half of a doubled pair of words
        near = max(0, m.start() - 2 * _PAIR_CONTEXT)
        nearby = text[near:m.end() + 2 * _PAIR_CONTEXT]
        if nearby.count(pair) > 1:
            continue  # 结结其尚 果果他未: a table's header printed one character a line, run together
        if any(a <= m.start() - near and m.end() - near <= b for a, b, _ in _find(_garbled_finder(), nearby)):
            continue  # 过程性性信息: a fixed phrase's slip, which fixed_phrase names
        start = max(0, m.start() - _PAIR_CONTEXT)
        at, bounds = start, []
        for word in segment.words(text[start:m.end() + _PAIR_CONTEXT]):
            bounds.append((at, at + len(word)))
            at += len(word)
        if (m.start(), m.start() + 1) in bounds and (m.start() + 1, m.end()) in bounds or (m.start(), m.end()) in bounds:
            yield m


_NEAR_MIN, _NEAR_MAX = 3, 6
# For each length n: a Han character at i that comes again at i + n, with 2n + 1 Han characters from i.
_NEAR_SHAPES = {n: rf"[\u4e00-\u9fff]{{{n - 1}}}\1[\u4e00-\u9fff]{{{n}}}" for n in range(_NEAR_MIN, _NEAR_MAX + 1)}
_NEAR_STARTS = tuple((n, re.compile(rf"(?=([\u4e00-\u9fff]){shape})")) for n, shape in _NEAR_SHAPES.items())
# Where any of them holds: one scan of the text instead of one per length.
_NEAR_ANY = re.compile(rf"(?=([\u4e00-\u9fff])(?:{'|'.join(_NEAR_SHAPES.values())}))")


def _near_doubles(text: str):
    """可通过可以通过: a phrase followed by itself with one character added inside (a correction left in)."""
    found = []
    # The regex finds, in C, where both copies start alike; the rest is tested only there.
    for i in (m.start() for m in line_matches(_NEAR_ANY, text)):
        for n, starts in _NEAR_STARTS:
            if starts.match(text, i):
                end = i + 2 * n + 1
                a, b = text[i:i + n], text[i + n:end]
                if a[-1] == b[-1] and any(b[:k] + b[k + 1:] == a for k in range(1, n)):
                    found.append((i, end, a))
    yield from sorted(found)


_PAIRS = (("“", "”"), ("《", "》"), ("(", ")"), ("〈", "〉"))
_QUOTE_MAX = 30  # characters a quoted phrase of these reports (a principle, a slogan) stays within
# 1) 一) ①): a list number closed by a bracket it never opened, at the start of an item.
_LIST_NUMBER = re.compile(r"(?:^|[\s。；;：:，,])[\d一二三四五六七八九十]{1,2}$")


def _unbalanced(line: str, open_: str, close: str) -> list[int]:
    """Positions of the marks without their partner in a line: each close with nothing open before it, and each
    open left unclosed at the line's end (a bracket missing before one address and another left open after a later
    one are two slips; three addresses each left open are three places of one)."""
    opened, lone = [], []
    # Only the marks themselves are walked (found in C), not every character of the line.
    for m in re.finditer(f"[{re.escape(open_ + close)}]", line):
        if m.group() == open_:
            opened.append(m.start())
        elif opened:
            opened.pop()
        else:
            lone.append(m.start())
    return lone + opened


# “以公开为原则，不公开为例外。”的基本要求: a quoted phrase inside the sentence, its full stop put inside the quote.
_STOP_IN_EMBEDDED_QUOTE = re.compile(r"。”(的|原则|要求|精神|理念|方针)")


# 围绕“六稳“、”六保”: of two quoted items in a row, the first closed with an opening mark, the second opened with a
# closing one (the pair balances, so the walk below does not see it).
_TURNED_QUOTES = re.compile(r"“[^“”\n]{1,12}“[、，,；;和及与]”[^“”\n]{1,12}”")


@rule("wording.quotes", "warning", "wording", "引号、书名号或括号不成对或套用有误",
      "同一段中“”、《》、〈〉或（）不成对（如 鸭南微讯”微信公众号 缺少前引号；国务院令第711号）缺少前括号；"
      "关于印发中华人民共和国……格式〉的通知 缺少〈）；书名号内又用书名号（《关于印发《……格式》的通知》，内层应为〈〉）；"
      "中文引语用了半角直引号（\"以公开为常态……\"，应为“”；全文一条，列出各处）；作为句子成分的引语在引号内用了句号（“……为例外。”的要求）；"
      "并列的两个引语引号方向用反了（“六稳“、”六保”）。"
      "同一段中缺了前一半的各处报一条、没有闭合的另报一条（网址前缺“（”、联系方式的“（”没有闭合是两处错误；"
      "没有闭合的，同时引出它所在句子的末尾，即应补后一半的地方）；"
      "页面在段中截断时，截断前未闭合的不报（其后已有句号的仍报）。"
      "序号“1)”“一)”不算（其他小标题写作“(一)”时，写成“二)”的算）；"
      "只剩数字的日期后的“)”（202115日)）是日期写错的一部分，由 period.garbled_date 报告。", needs_format=False,
      example="积极运用鸭南微讯”微信公众号")
def quotes(ctx: Context):
    for m in _TURNED_QUOTES.finditer(ctx.text) if "“" in ctx.text else ():
        yield Hit(f"引号方向用反了（前引号写成后引号或后引号写成前引号）：“{around(ctx.text, m.start(), m.end())}”。", quote=m.group(0))
    text = ctx.text.replace("（", "(").replace("）", ")")
    pairs = [(a, b) for a, b in _PAIRS if a in text or b in text]  # a mark the text never uses needs no walk
    # the text's sub-headings mostly written (一): the one written 二) lost its bracket
    half_style_is_a_slip = len(sections.SUB_HEADING.findall(text)) > max(1, len(_HALF_HEADING.findall(text)))
    lines = list(paragraphs(text))
    for n, line in enumerate(lines, 1):
        # An opening mark left open in the last line, stopping mid-sentence: the page (or excerpt) was cut there.
        cut = n == len(lines) and not line.rstrip().endswith(tuple("。！？；”》)）"))
        lone: dict[tuple[str, str], list[int]] = {}  # (pair, the mark left alone) → where: one finding per slip
        for open_, close, pos in ((o, c, pos) for o, c in pairs for pos in _unbalanced(line, o, c)):
            if (line[pos] == ")" and _LIST_NUMBER.search(line[:pos])
                    and not (_HALF_HEADING.match(line) and half_style_is_a_slip)):
                continue
            if garbled_near(line, pos) or line[pos] in ")）" and _GLOSS_END.search(line, max(0, pos - 8), pos):
                continue  # the partner was lost with the garbled characters (?wù): a gloss's): integrity.fragment's finding
            if line[pos] == ")" and _DIGITS_DATE_BEFORE.search(line, 0, pos):
                continue  # 202115日): the bracket lost with the date's 年 and 月, period.garbled_date's one finding
            if line[pos] == ")" and not line[:pos].strip():
                continue  # )政府信息管理情况: a sub-heading's bracket and number lost, integrity.template's one finding
            # …in the last line, unless a quote opened there runs on past a clause (“三审三校机制,层层把关……): its
            # close was left out before the cut.
            runs_on = open_ == "“" and len(line) - pos > _QUOTE_MAX and "," in line[pos:].replace("，", ",")
            # (an open mark with a full stop after it was left open before the text went on: not the cut's)
            if not (line[pos] == open_ and cut and not runs_on and "。" not in line[pos:]):
                lone.setdefault((open_ + close, line[pos]), []).append(pos)
        for (pair, mark), places in lone.items():
            # (an opening mark left alone is shown with more of what follows it: the title or words it was to enclose)
            shown = [(p, min(len(line), p + 20)) if mark == pair[0] else (p, p + 1) for p in places]
            yield Hit(f"{pair}不成对{at_places(line, shown, 8 if mark == pair[0] else 15)}{_left_open(line, pair, mark, places[0])}。",
                      quote=around(line, places[0], places[0] + 1, 15))
        # (a 《 left open before the next is the unpaired mark above, not a nesting)
        nested = line.count("《") > 1 and not _unbalanced(line, "《", "》")
        for m in _NESTED_TITLE.finditer(line) if nested else ():
            yield Hit(f"书名号内又用了书名号，内层应为〈〉：“{around(line, m.end() - 1, m.end(), 20)}”。",
                      quote=line[m.end() - 1:m.end() + 20])
    for m in _STOP_IN_EMBEDDED_QUOTE.finditer(ctx.text) if "。”" in ctx.text else ():
        yield Hit(f"引语是句子的一部分（其后接着“{m.group(1)}”），句号不应在引号内：“{around(ctx.text, m.start(), m.end())}”。",
                  quote=ctx.text[max(0, m.start() - 12):m.end()])
    # (the import turns them into “”: they are looked for in the page as published)
    published = ctx.original_text
    straight = [m.span() for m in _STRAIGHT_QUOTED.finditer(published)] if '"' in published else []
    if straight:
        yield Hit(f"引号用了半角直引号（\"\"），应为“”{at_places(published, straight)}。",
                  quote=published[straight[0][0]:straight[0][1]])


# Where a mark left open should have closed: its sentence's end (联系(地址：……，电子邮箱：……@126.com。), quoted so
# that the reader finds the place to mend, not only the mark.
_SENTENCE_END = re.compile(r"[。；;！!？?]")


def _left_open(line: str, pair: str, mark: str, pos: int) -> str:
    end = _SENTENCE_END.search(line, pos)
    if mark != pair[0] or end is None or end.start() - pos < 20:
        return ""
    comma = max(line.rfind("，", pos, end.start()), line.rfind(",", pos, end.start()))  # (from its last clause)
    start = comma + 1 if comma != -1 and end.start() - comma <= 40 else max(pos + 1, end.start() - 20)
    return f"，“{mark}”到句末（“…{line[start:end.end()]}”）仍未闭合"


# 坚持"以公开为常态、不公开为例外"原则: a Chinese phrase quoted with ASCII straight quotes.
_STRAIGHT_QUOTED = re.compile(r'"(?=[\u4e00-\u9fff])[^"\n<>=]{1,40}?(?<=[\u4e00-\u9fff])"')
# 《……关于印发《……格式》的通知》: a title inside a title marked 《》 again, where the inner one takes 〈〉.
_NESTED_TITLE = re.compile(r"《[^《》\n]*《")
_DIGITS_DATE_BEFORE = re.compile(r"(?<!\d)\d{5,8}\s*日\s*$")
# 二)依申请公开 among (一)主动公开 …: a sub-heading's opening bracket lost, where the text's other sub-headings
# have both (a list numbered 一) 二) throughout is a style of its own).
_HALF_HEADING = re.compile(r"^[ \t]*[一二三四五六七八九十]{1,2}\)", re.M)


# a pinyin gloss's end (…?wù) before its closing bracket: its opening one was lost with a garbled character
_GLOSS_END = re.compile(TONED_SYLLABLE + "$")


@rule("wording.pinyin", "warning", "wording", "正文夹有拼音",
      "汉字后面带括号的拼音（根據(jù)、發(fā)揮），多为网页“繁体”转换插件留下的残迹。", needs_format=False,
      example="根據(jù)新修訂的《條例》")
def pinyin(ctx: Context):
    text = ctx.original_text
    hits = [text[m.start() - 1:m.end()] for m in glosses(text)]  # (each with the character it glosses)
    if hits:
        examples = "、".join(dict.fromkeys(hits[:8]))
        yield Hit(f"正文中有{len(hits)}处汉字后带拼音（如 {examples}）。", quote=hits[0], evidence={"count": len(hits)})


# Share of Han characters that change from traditional to simplified above which a text is traditional.
_TRADITIONAL_SHARE = 0.02
_MIN_TRADITIONAL = 5
# Fewer traditional characters in a simplified text (全麵 for 全面: a converter's slip or a copied line) count from
# this many, once a page's link to its traditional version (繁體) is set aside.
_FEW_TRADITIONAL = 3
_SCRIPT_LINK = re.compile(r"[繁简簡正][體体](?:中文|版)?")
_PROSE_MARK = re.compile(r"[，,。]")


@lru_cache(maxsize=4)  # a page's text, converted once for the rules that read it in a row
def _simplified(text: str) -> str:
    return to_simplified(text)


def _traditional_page(text: str) -> tuple[str, ...]:
    """The traditional characters of a page written in traditional script (more than 2% of its Han characters),
    or () for a simplified page."""
    simplified = _simplified(text)
    if simplified == text or len(simplified) != len(text):
        return ()
    changed = tuple(a for a, b in zip(text, simplified) if a != b)
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    return changed if len(changed) >= _MIN_TRADITIONAL and len(changed) / han > _TRADITIONAL_SHARE else ()


@rule("wording.traditional", "warning", "wording", "使用繁体字",
      "报告应使用规范简体字：正文中可转换为简体的繁体字超过汉字的2%（如网页“繁体”插件转换后的页面），"
      f"或简体正文中夹有{_FEW_TRADITIONAL}个以上繁体字（全麵推進；只数有逗号或句号的文字行，"
      "页面菜单和切换繁简的链接“繁體”不算）。", needs_format=False,
      example="鄂溫克族自治旗巴彥嵯崗蘇木政府信息公開工作年度報告")
def traditional(ctx: Context):
    text = ctx.original_text
    simplified = _simplified(text)
    if simplified == text:  # the usual case, decided in C: nothing to count
        return
    han = re.findall(r"[\u4e00-\u9fff]", text)
    if not han:
        return
    changed = _traditional_page(text)
    if changed:
        examples = "".join(dict.fromkeys(changed))[:12]
        yield Hit(f"正文中有{len(changed)}个繁体字（如 {examples}），报告应使用简体字。",
                  evidence={"count": len(changed), "han": len(han)})
        return
    # Only prose (lines with a comma or a full stop): a page's menus (繁體, 無障礙) are not the report's text.
    bare = _SCRIPT_LINK.sub("", "\n".join(x for x in text.splitlines() if _PROSE_MARK.search(x)))
    simplified = to_simplified(bare)
    few = [a for a, b in zip(bare, simplified) if a != b] if len(simplified) == len(bare) else []
    if len(few) >= _FEW_TRADITIONAL:
        at = next(i for i, (a, b) in enumerate(zip(bare, simplified)) if a != b)
        yield Hit(f"简体正文中夹有{len(few)}个繁体字（如 {''.join(dict.fromkeys(few))[:12]}）：“{around(bare, at, at + 1)}”，"
                  "报告应使用简体字。", quote=bare[at], evidence={"count": len(few), "han": len(han)})


@cache
def _regional_words() -> re.Pattern:
    words = F.wording()["regional"]
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


# (档案 for 文件 after a kind of document, 政策档案 and 规范性档案: a converter's, never a mainland writer's; 公开档案
# may be open archives)
_TAIWAN_ONLY = frozenset({"网际网路", "入口网站", "伺服器", "软体", "硬体", "最佳化", "规范性档案", "政策档案", "部门档案",
                          "法规档案", "档案精神", "档案解读"})


@rule("wording.regional", "warning", "wording", "繁体转换带入的台湾用语",
      "以“台湾正体”方式转换成繁体的页面（政府网站的繁体版、转载网站），转换器不但改了字形，还把词语换成了台湾用语"
      "（信息→資訊、网络→網路、程序→程式、质量→品質、门户网站→入口網站、规范性文件→規範性檔案、优化→最佳化、计划→計畫）；"
      "转回简体后这些词仍不是报告应有的用语。"
      "只检查繁体页面（简体报告中的“资讯”“品质”是正常用词），且至少有两个不同的台湾用语（只有一个“资讯”可能是原文用词），"
      "大陆不用的词（网际网路、入口网站、伺服器、软体、硬体、最佳化）出现一个也报；"
      "词表见 nianbao/formats/phrases.yaml 的 regional。",
      needs_format=False, example="政府資訊公開工作堅持高品質發展")
def regional(ctx: Context):
    text = ctx.original_text
    simplified = _simplified(text)
    if simplified == text or not _traditional_page(text):
        return
    words = F.wording()["regional"]
    # a Taiwan form that simplifies to the mainland word (計畫 → 计划) is found as printed
    printed = {w for w in words if _simplified(w) != w}
    found = sorted([*_regional_words().finditer(simplified),
                    *(m for m in _regional_words().finditer(text) if m.group(0) in printed)], key=lambda m: m.start())
    # A converter in Taiwan mode swaps every word it knows: one 资讯 alone may be the writer's own word, but no
    # mainland writer uses 网际网路 or 入口网站 (nor these others) at all.
    if len({m.group(0) for m in found}) >= 2 or any(m.group(0) in _TAIWAN_ONLY for m in found):
        seen = "、".join(f"{w}（应为{words[w]}）" for w in dict.fromkeys(m.group(0) for m in found))
        first = found[0]
        yield Hit(f"繁体页面中有转换器换成的台湾用语{len(found)}处：{seen}。原文：“{around(text, first.start(), first.end())}”。",
                  quote=text[first.start():first.end()], evidence={"count": len(found)})


# An item of an outline written again, the second time with 的 or with more words after it (主动公开政府信息情况、
# 主动公开政府信息的情况; 因……被申请行政复议、因……被申请行政复议和提起行政诉讼情况).
_OPTIONAL_IN_ITEM = re.compile(r"[的\s]")


_QUOTED_ITEM = re.compile(r"“[^“”]{2,30}”")


def _listed_again(listed: str, items: list[str]) -> str | None:
    if _DOUBLED_CLAUSE.search(listed):
        return None  # a span written twice in a row is wording.doubled_word's (one finding for one span of text)
    bare = [_OPTIONAL_IN_ITEM.sub("", x) for x in items]
    for i, x in enumerate(bare):
        for j, y in enumerate(bare):
            # the second time with more words after it (……情况的情况) or before it (政府信息公开工作存在的……)
            if i != j and x and (y == x or (len(x) >= 6 and j > i and (y.startswith(x) or y.endswith(x)))):
                return items[i]
    return None


# 全文包括：年度报告应当包括总体情况；……: article 50 of the 条例, the items it requires, pasted in as the outline
_STATUTE_LIST = re.compile(r"包括\s*[:：]?\s*年度报告应当包括")


@rule("wording.outline", "warning", "wording", "前言列出的部分与所称部分数不符",
      "前言“本报告由……等N部分组成”：所列部分数与N不符，或N不是六（六个部分缺了哪一个），或同一部分列了两次"
      "（第二次多了“的”或前后多了字也算：主动公开政府信息情况、……、主动公开政府信息的情况；存在的主要问题及改进情况、"
      "政府信息公开工作存在的主要问题及改进情况）；"
      "“本报告包括……等内容”“现将……公开如下”没有写部分数时，列出四项以上却缺了某一部分；第四部分只列了行政复议或行政诉讼之一。"
      "各项都加了引号时按引号内的项数计（“行政复议”“行政诉讼情况”是两项）；两个部分的名称连写、中间没有顿号"
      "（……申请情况政府信息公开行政复议……）、最后一部分只写到“其他需要报告”（少了“的事项”）、各部分的顺序与格式不同（第三部分列在行政复议与行政诉讼之间）也报；部分列表照抄《条例》第五十条（全文包括：年度报告应当包括总体情况；……）也报。第一部分写作旧称“概述”、其余是六个部分的，按六个部分核对所称的部分数。",
      needs_format=False, example="本报告由总体情况、主动公开……、存在的主要问题及改进情况、其他需要报告的事项等五部分组成")
def outline(ctx: Context):
    for s, m, n in outlines(ctx.text):
        if statute := _STATUTE_LIST.search(s):
            yield Hit(f"前言的部分列表照抄了《条例》的条文（“年度报告应当包括……”），不是本报告的部分：“{s[:120]}”",
                      quote=statute.group(0))
        if overview_items(m.group("list")):
            continue  # the items of 一、总体情况 listed as the report's parts: format.outline says so
        named = topics(m.group("list"))
        twice = _listed_again(m.group("list"), items(m.group("list")))
        missing = [k for k in TOPICS if k not in named]
        problems = []
        if twice:
            problems.append(f"“{twice}”列了两次")
        if n is not None and n != len(TOPICS):
            problems.append(f"称{m.group('n')}部分，年度报告应为六个部分")
        # 由A、B、C等六个部分组成: 等 says the list is not complete.
        # 等 after five of six is an outline that forgot one; after two or three it is a short list.
        complete = not m.group("etc") or len(named) > (n or 7) / 2
        old_words = {w.group(0) for w in superseded_outline().finditer(m.group("list"))}
        # 由概述、主动公开政府信息情况、……、其他需要报告的事项等五个部分组成: the six parts with 一 under its old name
        # (format.superseded says so), counted by the outline, are counted as the six parts
        if old_words and not (old_words == {"概述"} and len(named) >= 5 and n is not None):
            # An outline of the structure before 2019: format.superseded says so; here only whether it counts
            # its own parts right (items between the list's main separators, ，when it has them).
            # (……申请行政复议、提起行政诉讼的情况: part 四's two halves joined by 、 are one part)
            listed = re.sub(r"复议、(?=[^、，,]{0,6}诉讼)", "复议和", m.group("list"))
            parts = [x for x in re.split(r"[，,]" if re.search(r"[，,]", listed) else "、", listed) if x.strip(" 和及以")]
            # (等五部分组成 after four: 等 closes a list it counts; after one or two it may stand for the rest)
            if n is not None and (not m.group("etc") or len(parts) > n / 2) and len(parts) != n:
                yield Hit(f"前言的部分列表有误：称{m.group('n')}部分，实际列出{len(parts)}部分。原文：“{s[:160]}”",
                          quote=s[:160])
            continue
        # Items each in quotes (“总体情况”、“……”) are counted as printed: 行政复议 and 行政诉讼 quoted apart are two.
        quoted = _QUOTED_ITEM.findall(m.group("list"))
        whole = len(quoted) >= 3 and not _QUOTED_ITEM.sub("", m.group("list")).strip("、，,；;和及以 ")
        listed = len(quoted) if whole else len(named)
        if complete and n is not None and listed != n and not twice:
            problems.append(f"称{m.group('n')}部分，实际列出{listed}部分")
        titles = {s_.key: s_.title for s_ in ctx.fmt.sections} if ctx.fmt else {}
        if complete and missing and len(named) >= 3:
            problems.append("没有列出" + "、".join(titles.get(k, k) for k in missing))
        # 政府信息公开行政复议、存在的主要问题……: section 四 named by only one of its two halves.
        half = [w for w in ("复议", "诉讼") if w in m.group("list")]
        if "reviews" in named and len(half) == 1:
            problems.append(f"第四部分只列了行政{half[0]}（应为“{titles.get('reviews', 'reviews')}”）")
        run_on = next((x for x in items(m.group("list")) if _PARTS_RUN_ON.search(x)), None)
        if run_on:
            problems.append(f"“{run_on}”是几个部分的名称连写，中间缺少顿号")
        order = [t[0] for t in map(topics, items(m.group("list"))) if len(t) == 1]
        back = next((b for a, b in zip(order, order[1:]) if list(TOPICS).index(b) < list(TOPICS).index(a)), None)
        if back:
            problems.append(f"各部分的顺序与格式不同，“{titles.get(back, back)}”列在了后面的部分之后")
        cut = next((x for x in items(m.group("list")) if _OTHER_CUT.search(x)), None)
        if cut:
            problems.append(f"“{cut.strip()}”少了“的事项”（第六部分为“其他需要报告的事项”）")
        if problems:
            # (……存在的主要问题及改进情况5个部分组成: a count other than six flagged with the last part listed before it)
            last = items(m.group("list"))[-1:] if n is not None and n != len(TOPICS) else []
            quote = s[s.rfind(last[0], 0, m.end("list")):m.end()] if last else s[:160]
            yield Hit(f"前言的部分列表有误：{'；'.join(problems)}。原文：“{s[:160]}”", quote=quote)


# 收到和处理政府信息公开申请情况政府信息公开行政复议…: one part's name ending in 情况 run into the next one's.
_PARTS_RUN_ON = re.compile(r"情况(?=(?:政府信息公开|因政府信息公开|行政机关)?(?:主动公开|收到和处理|行政复议|申请行政复议"
                           r"|被申请行政复议|工作存在|存在的?主要问题|其[他它]需要?报告))")


# ……、其他需要报告。: part 六's name stopped on its verb, its object 的事项 lost.
_OTHER_CUT = re.compile(r"其[他它]需要报告\s*$")


# 坚持以“以公开为常态…”: a set phrase quoted with its first character written before the quote too.
_OPENING_QUOTE = re.compile(r"[“\"‘]")


@cache
def _phrase_heads() -> dict[str, tuple[str, ...]]:
    """First character → the set phrases' openings (以公开为常态, whatever stop follows it) that start with it."""
    out: dict[str, list[str]] = {}
    for p in {p.split("、")[0] for p in F.wording()["phrases"]}:
        if len(p) >= 4:
            out.setdefault(p[0], []).append(p)
    return {k: tuple(v) for k, v in out.items()}


# ---------------------------------------------------------------- the format's fixed wording


@cache
def _fixed_phrases() -> tuple[str, ...]:
    """The fixed wording to compare against: section titles, table labels (without their numbers) and phrases.yaml."""
    listed = set(F.wording()["phrases"])  # set phrases of five characters count too (依申请公开)
    out = {re.sub(r"^[一二三四五六七八九十]+、", "", sec.title) for f in F.all_formats().values() for sec in f.sections}
    out |= _table_wording()
    out = {p for p in out if len(p) >= 6} | {p for p in listed if len(p) >= 5}
    # each half of a two-part phrase on its own (以公开为原则，不公开例外: the older first half, 为 lost in the second)
    out |= {part for p in listed for part in p.split("、") if len(part) >= 5}
    return tuple(sorted(out, key=lambda p: (-len(p), p)))  # (ties by text: the same order in every process)


@cache
def _table_wording() -> frozenset[str]:
    """The tables' row and column labels, without their numbers."""
    out: set[str] = set()
    for f in F.all_formats().values():
        for t in f.tables.values():
            for r in t.rows:
                out.update(re.sub(r"^(?:[（(][一二三四五六七八九十]+[)）]|\d{1,2}\.|[一二三四五六七八九十]+、)", "", x)
                           for x in r.path)
                out.update(c.label for c in r.columns)
    return frozenset(out)


# 现行有效数154件, 结转下年度办理14件: a table's label said in other words before a count in running text, its
# measure word (the count's own 件 follows) or its adverb dropped
# (除去本年度结转下年度办理的: the label's words as a clause of prose, 的 after them)
_COUNT_AFTER = re.compile(r"量?[0-9０-９]|的")
_PROSE_DROPS = ("件", "继续")
_CLAUSE_ENDS = re.compile(r"[\u4e00-\u9fff]{0,4}[。，,；;]")


@cache
def _shortened() -> dict[str, str]:
    """Each fixed phrase with one character (or, in long phrases, two together) left out → the phrase.

    Only inside the phrase (a phrase cut at either end is just a shorter quote) and never an optional
    word (政府, 工作, 的, 和 …: 主动公开信息 is a variant of 主动公开政府信息, not a mistake).
    """
    optional = set(F.wording()["optional"])
    phrases = _fixed_phrases()
    out: dict[str, str] = {}
    for p in phrases:
        for width in (1, 2):
            if width == 2 and len(p) < 8:
                continue
            for k in range(1, len(p) - width):
                gone = p[k:k + width]
                if gone in optional or any(ch in optional or not "\u4e00" <= ch <= "\u9fff" for ch in gone):
                    continue
                variant = p[:k] + p[k + width:]
                if not any(variant in q for q in phrases):  # still a fixed phrase (or part of one)
                    out.setdefault(variant, p)
    return out


@cache
def _garbled() -> dict[str, tuple[str, str]]:
    """Each fixed phrase with one character written twice (过程性性信息), two of its words swapped (政府信息申请公开)
    or one character moved ahead of the word before it (重大预决策公开) → (the phrase, what went wrong)."""
    phrases = _fixed_phrases()
    optional = set(F.wording()["optional"])
    out: dict[str, tuple[str, str]] = {}
    for p in phrases:
        for k in range(1, len(p) - 1):
            if p[k] not in (p[k - 1], p[k + 1]) and "\u4e00" <= p[k] <= "\u9fff":
                out.setdefault(p[:k + 1] + p[k:], (p, f"“{p[k]}”字多写了一遍"))
        for k in range(0, len(p) - 3):
            a, b = p[k:k + 2], p[k + 2:k + 4]
            if a != b and re.fullmatch(r"[\u4e00-\u9fff]{4}", a + b):
                variant = p[:k] + b + a + p[k + 4:]
                if not any(variant in q for q in phrases):
                    out.setdefault(variant, (p, f"“{a}”与“{b}”顺序颠倒"))
        # 重大预决策公开: one character moved ahead of the two-character word before it
        for k in range(3, len(p)):
            c, word = p[k], p[k - 2:k]
            # (所列的数据: an optional word such as 的 may stand before or after)
            if re.fullmatch(r"[\u4e00-\u9fff]{3}", word + c) and c not in word and c not in optional:
                variant = p[:k - 2] + c + word + p[k + 1:]
                if not any(variant in q for q in phrases):
                    out.setdefault(variant, (p, f"“{c}”字的位置错了，应在“{word}”之后"))
    return out


def _automaton(variants) -> ahocorasick.Automaton:
    # Thousands of literal variants: Aho-Corasick finds them in one pass (a regex alternation tries each
    # at every position, and cost most of the check time).
    automaton = ahocorasick.Automaton()
    for v in variants:
        automaton.add_word(v, v)
    automaton.make_automaton()
    return automaton


@cache
def _garbled_finder() -> ahocorasick.Automaton:
    return _automaton(_garbled())


@cache
def _shortened_finder() -> ahocorasick.Automaton:
    return _automaton(_shortened())


def _find(automaton: ahocorasick.Automaton, text: str):
    """(start, end, variant) of each match, leftmost and longest, not overlapping (as the alternation did)."""
    for last, variant in automaton.iter_long(text):
        yield last + 1 - len(variant), last + 1, variant


@rule("wording.fixed_phrase", "warning", "wording", "格式规定的文字缺字、多字或词序颠倒",
      "格式描述中的固定文字（各部分标题、表格的行列标签）以及 nianbao/formats/phrases.yaml 所列的条例名称、标准语句和常用词组，"
      "在正文中少写了一个字（长的少写连着的两个字），如“收到和处理政府信息公开情况”（少“申请”）、“发挥积极用”（少“作用”的“作”）。"
      "“政府”“工作”“的”等可省的字不算（部分标题中少了也算：二、主动公开信息情况），少了字后的末字与下一个字成词的（平台设置）不算，常用的简写“其他需报告的事项”（需要写作需）也不算；同样核对其中一个字写了两遍（过程性性信息）和相邻两个词颠倒（政府信息申请公开），"
      "以及部分标题（八字以上）中间多了一个字（存在的主要问题及改进其情况；多的是“的”“和”等可省的字或“类”——政府信息公开类行政复议——不算）；"
      "部分标题末尾少了字（一、总体情，下一行不是接着写的“况”）、第三部分标题中的“政府信息公开申请”少了“政府”或“公开”（收到和处理政府信息申请情况）、固定说法中一个字移到了前一个词之前"
      "（重大预决策公开；移动的是“的”等可省的字不算）、所引条文的序号前少了“第”（《条例》二十条）、带括号的项号写成“款”（第二十条第（二）款）也报。"
      "同一处错误在各编号标签中重复（第二十条（五）项、第二十条（六）项）只报一次；正文中紧接数字的表格标签的简写"
      "（现行有效数154件，结转下年度办理14件）是叙述用语，不报。",
      needs_format=False,
      example="本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开情况……")
def fixed_phrase(ctx: Context):
    text = re.sub(r"\s+", "", ctx.text)
    shortened, garbled = _shortened(), _garbled()
    # 第二十条（五）项, 第二十条（六）项 …: one slip repeated in each numbered label is one finding.
    # (start, end, as written, what went wrong, the phrase) of each slip
    slips: dict[str, list[tuple[int, int, str, str, str]]] = {}
    for finder in (_shortened_finder(), _garbled_finder()):
        for start, end, found in _find(finder, text):
            if found in shortened:
                what, full = "少了字", shortened[found]
                gone = _left_out(found, full)
                # 规范政府信息公开平台设置: its last character opens a word with the next (设置), no slip (a table's
                # label is held to its words however the next one reads: 现行有效数量)
                if (end < len(text) and full not in _table_wording() and not full.endswith(found[-1] + text[end])
                        and segment.frequency(found[-1] + text[end]) > 1000):
                    continue

                if text.startswith(gone, end):
                    continue  # the character only moved to after the phrase (国务院第711号令), nothing is missing
                if text[max(0, start - len(gone)):start] == gone:  # 转结下年度: moved before it, out of its place
                    start, what = start - len(gone), f"，“{gone}”字的位置颠倒"
                elif gone in _PROSE_DROPS and full in _table_wording() and (_COUNT_AFTER.match(text, end)
                                                                             or _CLAUSE_ENDS.match(text, end)):
                    # prose that counts in its own words, or ends its clause there (剩余26件结转下年度办理。): auditors
                    # mark only labels cut in the table
                    continue
            else:
                full, what = garbled[found]
                what = "，" + what
            if start and _WORD_BEFORE.match(text, start - 1):
                continue  # 现行规范性文件: the 行 is 现行's, 行政 was never meant
            slips.setdefault(_NUMBERING.sub("（）", found), []).append((start, end, text[start:end], what, full))
    for where in slips.values():
        _, _, found, what, full = where[0]
        yield Hit(f"“{found}”{what}，格式规定的文字为“{full}”{at_places(text, [(a, b) for a, b, *_ in where])}。",
                  quote=found)
    # A section heading with characters left out of the format's title (二、主动公开信息情况): 政府, which the
    # phrases above may drop in running text, belongs in a heading.
    slipped = [found for where in slips.values() for _, _, found, _, _ in where]
    for key, start, end in sections.find_headings(ctx.text):
        line, title = ctx.text[start:end].strip(), sections.titles()[key]
        words = sections.words_of(line)
        if sections.left_out(words, title) and not any(f in words for f in slipped):
            yield Hit(f"部分标题“{line}”少了字，格式规定为“{title}”。", quote=line)
        elif _cut_at_its_end(words, title, ctx.text[end:]):
            yield Hit(f"部分标题“{line}”末尾少了字，格式规定为“{title}”。", quote=line)
    # 收到和处理政府信息申请情况: part 三's title with half of its term 政府信息公开申请 lost (政府 or 公开, each optional
    # elsewhere, makes another term here)
    for m in _PART_THREE_CUT.finditer(text):
        yield Hit(f"“{m.group(0)}”少了字，格式规定的文字为“收到和处理政府信息公开申请情况”：“{around(text, m.start(), m.end())}”。",
                  quote=m.group(0))
    for m in _ARTICLE_WITHOUT_DI.finditer(text):
        yield Hit(f"条文序号“{m['n']}条”前少了“第”：“{around(text, m.start(), m.end())}”。", quote=m.group(0))
    for m in _ITEM_AS_CLAUSE.finditer(text) if "款" in text else ():
        yield Hit(f"“{m.group(0)}”应为“{m.group(0)[:-1]}项”（带括号的序号是“项”，“款”写作第一款、第二款）："
                  f"“{around(text, m.start(), m.end())}”。", quote=m.group(0))
    # 存在的主要问题及改进其情况: a character added inside a part's title (的 and the optional words are allowed)
    for title, finder in _titles_with_one_more():
        for m in finder.finditer(text):
            extra = m.group(m.lastgroup)
            yield Hit(f"“{m.group(0)}”多了“{extra}”字，格式规定的文字为“{title}”：“{around(text, m.start(), m.end())}”。",
                      quote=m.group(0))


_PART_THREE_CUT = re.compile(r"收到和处理(?:信息公开申请|政府信息申请)的?情况")
# 《政府信息公开条例》二十条: an article of a regulation cited without its 第 (第二十条、二十一条 lists under one 第).
_ARTICLE_WITHOUT_DI = re.compile(r"(?:条例》?|规定》)(?P<n>[一二三四五六七八九十]{1,4})条(?![例件])")
# 第二十条第(二)款: an item's number, in brackets, cited as a paragraph (款 are numbered 第一款, 第二款 without brackets).
_ITEM_AS_CLAUSE = re.compile(r"第[（(][一二三四五六七八九十]{1,3}[)）]款")


@cache
def _titles_with_one_more() -> tuple[tuple[str, re.Pattern], ...]:
    """(title, finder) of each part's title (without its number) with one character added inside it."""
    # (政府信息公开类行政复议、行政诉讼情况: 类 makes the words before it a kind, in a sentence that speaks of such cases)
    allowed = "".join(re.escape(w) for w in F.wording()["optional"] if len(w) == 1) + "类"
    titles = {re.sub(r"^[一二三四五六七八九十]+、", "", sec.title) for f in F.all_formats().values() for sec in f.sections}
    out = []
    for t in sorted(t for t in titles if len(t) >= 8):  # (总体情况 is short enough to take words: 总体工作情况)
        spots = "|".join(re.escape(t[:i]) + rf"(?P<extra{i}>(?![{allowed}])[\u4e00-\u9fff])" + re.escape(t[i:])
                         for i in range(2, len(t) - 1))
        out.append((t, re.compile(spots)))
    return tuple(out)


@cache
def _cut_terms() -> re.Pattern:
    """Each term of phrases.yaml without its last character, right before a count (部门决 1 条) or before the noun a
    term qualifies (行政许事项, 行政处决定)."""
    terms = sorted(F.wording()["terms"], key=len, reverse=True)
    return re.compile("(" + "|".join(re.escape(t[:-1]) for t in terms) + r")(?=\s*\d+\s*余?\s*[条件篇项个]|事项|决定|结果|清单|公示)")


@rule("wording.term", "warning", "wording", "数量前的名称少了末字",
      "列举“名称+数量”时（部门预算1条、部门决算1条），nianbao/formats/phrases.yaml 的 terms 所列的信息类别或事项名称"
      "少了最后一个字：“部门决 1 条”“政策解1条”“政务信40余条”，"
      "或在“事项”“决定”“结果”“清单”“公示”之前少了最后一个字（行政许事项），或数量前的“××信息”少了“息”（财政信2条）、"
      "“政府信息公开申请”少了“申请”（共受理政府信息公开1件）、“政府信息公开”在“工作”“水平”前少了“公开”（提高政府信息水平；"
      "主动公开政府信息工作不算），或“因（收到）政府信息公开申请”“政府信息公开指南”少了“公开”（因政府信息申请引发行政复议、未收到政府信息申请）、“政府信息公开”少了“政”（农业农村局府信息公开工作），或“行政审批”“行政规范性文件”“行政许可”等少了“行”（梳理政审批事项）。同一错误在文中多次出现只报一次。"
      "以顿号列举的一项比同列的其他各项（两项以上，以同样三四个字结尾）少了末字，也报（财政类信息、……环保类信、科教类信息）。",
      needs_format=False,
      example="公开部门预算 1 条、部门决 1 条")
def term(ctx: Context):
    text = ctx.text
    whole = {t[:-1]: t for t in F.wording()["terms"]}
    seen: set[str] = set()
    cut_spans = []
    for m in _cut_terms().finditer(text):
        written = m.group(1)
        cut_spans.append(m.span())
        if written not in seen:
            seen.add(written)
            yield Hit(f"“{written}”少了字，应为“{whole[written]}”：“{around(text, m.start(), m.end())}”。", quote=written)
    for m in _GOVERNMENT_CUT.finditer(text) if "府信息公开" in text else ():
        yield Hit(f"“政府信息公开”少了“政”字：“{around(text, m.start(), m.end())}”。", quote=text[max(0, m.start() - 2):m.end()])
    for m in _CUT_XIN.finditer(text) if "信" in text else ():
        if any(a <= m.start() < b for a, b in cut_spans):
            continue  # 政务信40余条: the term's own finding above
        yield Hit(f"“{text[m.start() - 1:m.end()]}”少了“息”字：“{around(text, m.start(), m.end())}”。", quote=text[m.start() - 1:m.end()])
    for m in _APPLICATIONS_CUT.finditer(text) if "政府信息公开" in text else ():
        if "申请" not in m["how"]:
            yield Hit(f"“政府信息公开”后少了“申请”：“{around(text, m.start(), m.end())}”。", quote=m.group(0))
    for m in _DISCLOSURE_CUT.finditer(text) if "政府信息" in text else ():
        yield Hit(f"“政府信息公开”少了“公开”：“{around(text, m.start(), m.end())}”。", quote=m.group(0))
    for m in _ADMINISTRATIVE_CUT.finditer(text) if "政" in text else ():
        yield Hit(f"“{m.group(0)}”少了“行”字，应为“行{m.group(0)}”：“{around(text, m.start(), m.end())}”。", quote=m.group(0))
    for item, ending in _cut_items(text) if "、" in text else ():
        yield Hit(f"列举中“{item}”少了末字，同列各项都以“{ending}”结尾：应为“{item}{ending[-1]}”。", quote=item)


# 梳理政审批事项, 规章和政规范性文件: 行 lost from 行政 before the kinds of administrative acts (not after a word that
# ends in 政 itself: 林政、矿政审批, 市政, 财政, 党政, 路政 …)
_ADMINISTRATIVE_CUT = re.compile(r"(?<=[\u4e00-\u9fff])(?<![行市财民邮党家执参议施内新勤廉林矿农盐路港航渔水地警军商税学国宪])"
                                 r"政(?:审批|规范性文件|许可|处罚|强制|复议|诉讼)")


# 共受理政府信息公开1件, 收到并依法答复政府信息公开95件: the applications counted with 申请 lost (申请政府信息公开1件, 依申请
# 政府信息公开3件 name the application before it).
_APPLICATIONS_CUT = re.compile(r"(?:收到|受理|答复|办理|接到)(?P<how>[^。，,；;\d]{0,10}?)政府信息公开(?=\d+\s*件)")
# 提高政府信息水平, 推动政府信息工作走深走实: 公开 lost from 政府信息公开 (主动公开政府信息工作, 依申请公开政府信息工作
# name the work of disclosing them: 公开 stands before).
# (因政府信息申请引发行政复议, 确立了政府信息指南: the application and the guide lose it too; 申请相关政府信息指南 … is
# the information applied for)
_DISCLOSURE_CUT = re.compile(r"政府信息(?<!公开政府信息)(?<!开展政府信息)的?(?:工作|水平)"
                             r"|(?<=因|到)政府信息申请(?!公开)|(?<![相关])政府信息指南")
# 农业农村局府信息公开工作: 政 lost from 政府信息公开 (政 府信息公开, a line broken inside the word, keeps it).
_GOVERNMENT_CUT = re.compile(r"府信息公开(?<![政\s]府信息公开)")  # (its first character before the lookbehind: found fast)
# 财政信2条, 综合类信124条: 信息 cut to 信 before a count (微信, 短信, 来信 … are words that end in 信).
# (its first character before the lookbehind: found fast)
_CUT_XIN = re.compile(r"信(?<=[\u4e00-\u9fff]信)(?<![微短来书诚电征彩回通]信)(?=\s*\d+\s*余?\s*[条篇件])")


def _cut_items(text: str):
    """财政类信息、……、国土资源类信、科教类信息: an item of a 、-list that stops one character short of the ending
    (three or four Han characters) its siblings, two or more, share."""
    for clause in re.split(r"[。；;，,：:\n]", text):
        listed = clause.split("、")
        if len(listed) < 3:
            continue
        for item in listed:
            for width in (3, 4):
                cut = item[-(width - 1):]
                endings = {x[-width:] for x in listed if x != item and x[-width:-1] == cut}
                if (len(item) >= width and re.fullmatch(r"[\u4e00-\u9fff]+", cut) and len(endings) == 1
                        and sum(x[-width:-1] == cut for x in listed if x != item) >= 2
                        and re.fullmatch(r"[\u4e00-\u9fff]+", ending := endings.pop())):
                    yield item, ending
                    break


def _cut_at_its_end(words: str, title: str, after: str) -> bool:
    """一、总体情 over a line of text: the title's last characters left out, not carried to the next line as a heading
    broken at the line's end is (一、总体情 / 况)."""
    rest = title[len(words):]
    return (len(words) >= 3 and bool(rest) and title.startswith(words)
            and not after.lstrip().startswith(rest[0]) and after.strip() != "")


def _left_out(variant: str, phrase: str) -> str:
    """What a shortened variant lacks of its phrase (国务院令711号, 国务院令第711号 → 第)."""
    k = next((i for i, (a, b) in enumerate(zip(variant, phrase)) if a != b), len(variant))
    return phrase[k:k + len(phrase) - len(variant)]


_NUMBERING = re.compile(r"[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}\.")
# A word ending in the first character of a shortened phrase (现行 before 规范性文件, 进行 before 复议): that character
# is the word's, so the phrase (行政规范性文件, 行政复议) was not the one written.
_WORD_BEFORE = re.compile(r"[现执进运实施试推履发举]行")


@cache
def _typos() -> dict[str, dict]:
    return {t["wrong"]: t for t in F.typos()}


@cache
def _typo_finder() -> ahocorasick.Automaton:
    return _automaton(_typos())


@rule("wording.typo", "warning", "wording", "常见错别字或常用词缺字",
      "nianbao/formats/typos.yaml 所列的常见错别字（布署→部署，做为→作为）"
      "和常用词中缺的字（累公开→累计公开，统计限→统计期限，政策解1条→政策解读）。"
      "同一错误在文中多次出现只报一次，注明次数。转换为简体时会被改掉的异体字形（审査的“査”）按页面原文查找。", needs_format=False,
      example="本镇累公开信息60条，其中政策解1条")
def typo(ctx: Context):
    typos = _typos()
    seen: dict[str, list[int]] = {}
    # A form the script conversion would replace (審査 → 审查) is looked for in the text as written.
    for text, finder in ((ctx.text, _typo_finder()), (ctx.original_text, _glyph_finder())):
        seen.update(_typo_places(text, finder, typos))
    for wrong, starts in seen.items():
        text = ctx.original_text if wrong in _glyphs() else ctx.text
        spans = [(at, at + len(wrong)) for at in starts]
        yield Hit(f"“{wrong}”应为“{typos[wrong]['right']}”{at_places(text, spans)}。", quote=wrong)


@cache
def _glyphs() -> dict[str, dict]:
    """The entries that the script conversion changes: never in the converted text."""
    return {w: t for w, t in _typos().items() if to_simplified(w) != w}


@cache
def _glyph_finder() -> ahocorasick.Automaton:
    return _automaton(_glyphs())


def _typo_places(text: str, finder: ahocorasick.Automaton, typos: dict) -> dict[str, list[int]]:
    """wrong → where it is written, each place whose conditions hold (\\d in `then` matches full-width digits too)."""
    seen: dict[str, list[int]] = {}
    # every match, overlapping ones too: one whose conditions fail (立了以 of 成立了以) must not hide the next (以由)
    for last, wrong in finder.iter(text):
        start, end = last + 1 - len(wrong), last + 1
        t = typos[wrong]
        if (t.get("then") and not re.match(t["then"], text[end:])) or (start and text[start - 1] in t.get("not_after", "")):
            continue
        if spam_in(text[max(0, start - 8):end + 8]):
            continue  # (beat365体育登陆网址: an advertisement's words are integrity.spam's)
        seen.setdefault(wrong, []).append(start)
    return seen


# A year written without 年: run into the next word (2021度, 2023全年, 《2020政务公开工作安排》, 。2022依托……),
# before a comma and a name (2023，螺溪街道) or before the report's name on its line or the next (××镇2023 /
# 政府信息公开工作年度报告). Counts (2000篇), document numbers (〔2021〕), a phone's extension (52564588-2029,) and
# decimals are not years; a year just after a list number (1.2021，) is not a decimal.
# (the year first, the lookbehinds after it, reaching back over its four digits: found fast)
_YEAR_WITHOUT_NIAN = re.compile(r"(20[0-4]\d)(?:(?<![\d.〔［\[(（\-—－]....)|(?<=\n\d\.....))"
                                r"(?:度|[，,](?=[\u4e00-\u9fff]{2,})|(?=\s*政府信息公开)"
                                # (造林2000亩, 2000平方米: an area, a weight or things counted are no year)
                                r"|(?=[\u4e00-\u9fff])(?![年件条个项次份余多万元号届期版级篇家户人起字批场至到和及与或"
                                r"亩吨辆套册株棵头只米斤间栋幢枚盏块千百亿]|平方|公里|公顷|立方)"
                                # (2019中国国际数字经济博览会: an event named with its year; 2018、2019、2020三年: the
                                # last of a list of years, then how many years they are)
                                r"(?!中国|全国|国际|世界|[一二两三四五六七八九十]年))")


@rule("wording.year_unit", "warning", "wording", "年份后缺少“年”字",
      "年份后面少了“年”字：“2021度”“2023，××街道……”“2023全年”“××镇2023政府信息公开工作年度报告”“《2020政务公开工作安排》”，"
      "或句子以年份开头、直接接着正文（。2022依托……）。同一年份随后又写了“年”（2025××乡2025年度……，年份重复）"
      "或几个字后接着月份（2020你那12月，日期写错）的，由年份重复、日期写错的规则报告；带年份的活动名称（2019中国国际数字经济博览会）、一串年份之后说几年（2018、2019、2020三年）不算。",
      needs_format=False, example="2021度，本乡共公开信息60条")
def year_unit(ctx: Context):
    text = normalise_digits(ctx.text)
    for m in _YEAR_WITHOUT_NIAN.finditer(text):
        after = text[m.end():m.end() + 24]
        if f"{m.group(1)}年" in after or re.match(r"\D{0,3}\d{1,2}月", after):
            continue  # the year written twice, or a garbled date: one finding for one span, by those rules
        if spam_in(text[max(0, m.start() - 16):m.end() + 16]):
            continue  # 2024欧洲杯 in an advertisement a mirror put in: integrity.spam's
        yield Hit(f"年份后缺少“年”字：“{around(text, m.start(), m.end())}”。", quote=m.group(0))


# ……130条。二是通过……: a list of points whose 一是 was never written.
_SECOND_POINT = re.compile(r"二是(?:(?<=^二是)|(?<=[。；;：:，,\s]二是))", re.M)  # (二是 before the lookbehinds: found fast)
# 一是……；二加大……；三重视……: an enumeration that opens with 一是 and drops 是 later.
_ENUM_ITEM = re.compile(r"(?<=[。；;，,：:])\s*([二三四五六七八九])(是)?(?=[\u4e00-\u9fff])")


_NUMERALS = "一二三四五六七八九十"


# —、总体情况: a part's number 一 typed as a dash (a line that starts with the dash and 、, then the heading's words).
# 1信息发布情况。: an item's number run into its heading, its point (1.) or 、 lost
_NUMBER_WITHOUT_POINT = re.compile(r"^[ \t\u3000]*\d(?=[\u4e00-\u9fff]{2,14}(?:情况|方面|工作)[。：:\s])", re.M)
_DASH_NUMBER = re.compile(r"^[ \t]*[—－─―][ \t]*、[ \t]*[\u4e00-\u9fff]{2,20}[ \t]*$", re.M)


@cache
def _number_lost() -> re.Pattern:
    """、总体情况 opening a line: a part's title of the format with its number lost, its 、 left."""
    return re.compile(r"(?m)^[ \t\u3000]*、[ \t]*(?:" + "|".join(map(re.escape, F.section_titles())) + r")[ \t\u3000]*$")


# (二)是依申请公开情况。: a sub-heading's number, then 是 of the 一是、二是 style, then the heading's words.
_NUMBER_THEN_SHI = re.compile(r"^[ \t\u3000]*[（(][一二三四五六七八九十]{1,2}[)）]是"
                              r"(?=[\u4e00-\u9fff]{2,16}?(?:情况|工作|建设|管理)[。：:\s])", re.M)


# 采取了以下五项措施：一是……四是……: a list that announces its count, then lists another (up to the next heading).
_ORDINALS = "一二三四五六七八九十"
_ANNOUNCED = re.compile(r"以下(?P<n>[二三四五六七八九十])(?P<unit>项|个方面|方面|点|条)[^。：:\n]{0,12}[：:]")
_NEXT_HEADING = re.compile(r"\n[ \t]*(?:[一二三四五六七八九十]、|[（(][一二三四五六七八九十][)）])")


@rule("wording.enumeration", "warning", "wording", "列举的序号缺字或跳号",
      "同一段中以“一是”开头的列举，后面的序号少了“是”（一是……；二加大……；三重视……），或各段分别以“一是”“二是”“三是”开头、"
      "中间一段的序号少了“是”（二政府信息管理方面。）；同一部分的小标题跳了号"
      "（（一）之后是（三），（二）印成了没有序号的一行），或第一个小标题印成了没有（一）的一行，其后是（二）（三），"
      "或部分标题之下先是一段正文、第一个小标题就是（二）（（一）丢失或并进了正文），"
      "或格式所列的下一个小标题（（一）主动公开、（二）依申请公开之后的“政府信息管理”）单独成行却没有序号，"
      "或同一序号连用两次（（二）主动公开……（二）依申请公开），或列举从“二是”开始、前面没有“一是”，"
      "或部分标题的序号“一”写成了横线（—、总体情况）或丢失、只剩顿号（、总体情况），或第一部分的标题“总体情况”单独成行却没有“一、”、其下就是（一），"
      "或两个以上部分标题（总体情况、主动公开政府信息情况……）单独成行却都没有序号，"
      "或部分之下（没有表格的部分）的小标题用了部分标题的序号（一、总体情况之下又是一、加强组织领导，二、……），"
      "或小标题的序号后多了“是”（（二）是依申请公开情况），或分项标题的序号后缺少点号（1信息发布情况。）；或前文说“采取了以下五项措施：”，到下一个标题之前只列出了“一是”至“四是”"
      "（页面在列举中截断的不报）。", needs_format=False,
      example="一是完善制度；二加大公开力度；三重视解读回应。")
def enumeration(ctx: Context):
    yield from _skipped_sub_headings(ctx.text)
    yield from _sub_parts_numbered_as_parts(ctx.text)
    for m in _ANNOUNCED.finditer(ctx.text) if "以下" in ctx.text else ():
        announced = _ORDINALS.index(m["n"]) + 1
        end = _NEXT_HEADING.search(ctx.text, m.end())
        if end is None:
            continue  # the page ends inside the list: the rest may have been cut
        listed = 0
        while listed < len(_ORDINALS) and _ORDINALS[listed] + "是" in ctx.text[m.end():end.start()]:
            listed += 1
        if listed and listed != announced:
            yield Hit(f"前文说“以下{m['n']}{m['unit']}”，其后列出的是{_ORDINALS[listed - 1]}项（一是……{_ORDINALS[listed - 1]}是）："
                      f"“{around(ctx.text, m.start(), m.end())}”。", quote=m.group(0))
    for m in _NUMBER_THEN_SHI.finditer(ctx.text) if ")是" in ctx.text or "）是" in ctx.text else ():
        yield Hit(f"小标题的序号后多了“是”（序号与“一是”“二是”混用）：“{around(ctx.text, m.start(), m.end() + 8)}”。",
                  quote=ctx.text[m.start():m.end() + 8].strip())
    for m in _DASH_NUMBER.finditer(ctx.text) if "、" in ctx.text else ():
        yield Hit(f"部分标题的序号“一”写成了横线：“{m.group(0).strip()}”。", quote=m.group(0).strip())
    for m in _number_lost().finditer(ctx.text) if "、" in ctx.text else ():
        yield Hit(f"部分标题的序号丢失，只剩顿号：“{m.group(0).strip()}”。", quote=m.group(0).strip())
    for m in _NUMBER_WITHOUT_POINT.finditer(ctx.text):
        yield Hit(f"分项标题的序号后缺少点号或顿号：“{around(ctx.text, m.start(), m.end() + 6)}”。",
                  quote=ctx.text[m.start():m.end() + 6].strip())
    unnumbered = list(_bare_part_titles().finditer(ctx.text))
    if len(unnumbered) >= 2:  # (part 一's title alone is the finding just below)
        yield Hit(f"部分标题没有序号（一、二、……）{at_places(ctx.text, [m.span(1) for m in unnumbered])}。",
                  quote=unnumbered[0].group(1))
    bare = _bare_part_one().search(ctx.text) if len(unnumbered) < 2 else None
    if bare:
        yield Hit(f"部分标题“{bare.group(1)}”没有序号“一、”，其下就是第一个小标题：“{around(ctx.text, bare.start(1), bare.end() + 6)}”。",
                  quote=bare.group(1))
    # Each list of points has its 一是 since the last list's 二是 (……；二是……。把网站列为……，二是……: the second list's
    # first point lost). (a page that begins at 二是 was cut before its 一是: nothing to say)
    since = 0
    for second in _SECOND_POINT.finditer(ctx.text) if "二是" in ctx.text else ():
        if "一是" not in ctx.text[since:second.start()] and ctx.text[:second.start()].strip():
            yield Hit(f"列举从“二是”开始，前面没有“一是”：“{around(ctx.text, second.start(), second.end() + 6)}”。",
                      quote=ctx.text[second.start():second.end() + 6])
            break
        since = second.end()
    for para in paragraphs(ctx.text):
        start = para.find("一是")
        if start < 0:
            continue
        items = [m for m in _ENUM_ITEM.finditer(para, start) if not m.group(2)]
        numbered = {m.group(1) for m in _ENUM_ITEM.finditer(para, start) if m.group(2)}
        bare = [m for m in items if m.group(1) not in numbered and not para[m.end(1):].startswith(("是", "个", "次", "十"))]
        if bare:
            m = bare[0]
            yield Hit(f"列举以“一是”开头，“{m.group(1)}”后少了“是”：“{around(para, m.start(1), m.end(1) + 4)}”。",
                      quote=para[m.start(1):m.end(1) + 4])
    # 一是……方面。 / 二政府信息管理方面。 / 三是……: points that each open a paragraph, the middle one's 是 lost
    for m in _POINT_LINES.finditer(ctx.text) if "是" in ctx.text else ():
        before, middle, after = (_ORDINALS.index(m[k]) for k in ("a", "b", "c"))
        if before + 1 == middle == after - 1:
            yield Hit(f"列举以“{m['a']}是”“{m['c']}是”分段，“{m['b']}”后少了“是”：“{around(ctx.text, m.start('b'), m.end('b') + 6)}”。",
                      quote=ctx.text[m.start("b"):m.end("b") + 6])


# (the three points' first lines; the middle one's numeral followed by a word, not 是, 、 or a stop)
_POINT_LINES = re.compile(r"(?m)^[ \t\u3000]*(?P<a>[一二三四五六七八])是[^\n]*\n(?:[ \t\u3000]*\n)*"
                          r"[ \t\u3000]*(?P<b>[二三四五六七八九])(?=[\u4e00-\u9fff])(?![是项个次十])[^\n]*\n(?:[ \t\u3000]*\n)*"
                          r"[ \t\u3000]*(?P<c>[三四五六七八九十])是")


_LOST_BEFORE = re.compile(r"[?？\ufffd]")  # a character lost to the page's encoding


@cache
def _bare_part_titles() -> re.Pattern:
    """A part's title of the format alone on its line, without its number (总体情况 / 主动公开政府信息情况 …)."""
    return re.compile(r"(?m)^[ \t\u3000]*(" + "|".join(map(re.escape, F.section_titles())) + r")[ \t\u3000]*$")


@cache
def _bare_part_one() -> re.Pattern:
    """总体情况 alone on a line, its sub-heading （一） next: part 一's heading printed without its number."""
    title = F.get(F.codes()[-1]).sections[0].title.split("、", 1)[1]
    return re.compile(rf"(?m)^[ \t\u3000]*({re.escape(title)})[ \t\u3000]*\n\s*[（(]一[)）]")


def _untabled_parts(text: str):
    """(section key, heading start, start, end) of each part of a text that the format gives no table: only there are
    numbered lines sub-headings (a table's rows, 一、本年新收…… or （一）予以公开, are numbered so by the format)."""
    found = sections.find_headings(text)
    tabled = {sec.key for sec in F.get(F.codes()[-1]).sections if sec.table}
    for (key, head, start), nxt in zip(found, [*found[1:], (None, len(text), None)]):
        if key not in tabled:
            yield key, head, start, nxt[1]


# 一、总体情况 / 一、加强组织领导 / 二、……: a part's sub-parts numbered with the parts' own numerals
_PART_NUMBERED = re.compile(r"^[ \t\u3000]*([一二三四五六七八九十])、(?=\S)", re.M)


def _sub_parts_numbered_as_parts(text: str):
    """Sub-parts under a part without a table numbered 一、二、… as the parts are, not （一）（二）…: the reader cannot
    tell where part 二 begins. (A table's rows, 一、本年新收……, are numbered so by the format.)"""
    if text.count("一、") < 2:
        return
    for _, _, start, end in _untabled_parts(text):
        lines = list(_PART_NUMBERED.finditer(text, start, end))
        if len(lines) >= 2 and [m.group(1) for m in lines[:2]] == ["一", "二"]:
            shown = [(m.start(1), m.end(1) + 1) for m in lines]
            yield Hit(f"部分之下的小标题用了部分标题的序号（一、二、……），应为（一）（二）……{at_places(text, shown)}。",
                      quote=text[lines[0].start(1):lines[0].start(1) + 12])


def _skipped_sub_headings(text: str):
    """（一）… then （三）… in one part: the sub-heading between printed without its number, or left out; or
    （二）… then （二）… again, one number given twice.
    (A part whose first sub-heading is not （一） is not judged: the page's cut or a heading's line often takes it.
    Only the parts without a table: a table's numbered rows (（一）予以公开 …) wrap over lines as a page lays them.)"""
    if not any(f"{a}{n}{b}" in text for n in "二三" for a, b in ("（）", "()")):
        return
    parts = {sec.key: sec.parts for sec in F.get(F.codes()[-1]).sections}
    for key, head, start, end in _untabled_parts(text):
        numbers = [(_NUMERALS.index(m.group(1)), m) for m in sections.SUB_HEADING.finditer(text, start, end)]
        lost = _unnumbered_next(text, end, numbers, parts.get(key, ()))
        if lost:
            k = len(numbers)
            yield Hit(f"小标题缺少序号：（{_NUMERALS[k - 1]}）之后的小标题“{lost.group(1)}”没有写（{_NUMERALS[k]}）："
                      f"“{around(text, lost.start(1), lost.end(1))}”。", quote=lost.group(1))
        unnumbered = _unnumbered_first(text, head, start, end, numbers)
        if unnumbered:
            yield Hit(f"小标题缺少序号：（二）之前的小标题“{unnumbered.group(1)}”没有写（一）："
                      f"“{around(text, unnumbered.start(1), unnumbered.end(1) + 8)}”。", quote=unnumbered.group(1))
            return
        # (一、总体情况 / ?。ㄒ唬…: the （一） lost to an encoding error, which integrity.fragment tells)
        if unnumbered is False and not _LOST_BEFORE.search(text, start, numbers[0][1].start()):
            m = numbers[0][1]
            yield Hit(f"小标题从（二）开始，前面没有（一）：“{around(text, m.start(), m.end() + 10)}”。",
                      quote=text[m.start():m.end() + 10].strip())
            return
        for (a, before), (b, m) in zip(numbers, numbers[1:]):
            # (（一）… （一）… again is a new list under a sub-heading, numbered from its start)
            if numbers[0][0] == 0 and b == a > 0:
                yield Hit(f"小标题序号重复：（{_NUMERALS[a]}）之后又是（{_NUMERALS[b]}）：“{around(text, m.start(), m.end() + 8)}”。",
                          quote=m.group(0).strip())
            # (（三）政府信息管理 （四）平台建设……: the number between inside a line, after a bare heading, is there)
            if numbers[0][0] == 0 and b == a + 2 and not re.search(
                    rf"[（(]{_NUMERALS[a + 1]}[)）]", text[before.end():m.start()]):
                yield Hit(f"小标题跳号：（{_NUMERALS[a]}）之后是（{_NUMERALS[b]}），缺少（{_NUMERALS[a + 1]}）："
                          f"“{around(text, m.start(), m.end() + 8)}”。", quote=m.group(0).strip())
                return


# 主动公开实效情况。我局……: a line that opens with a heading's words (……情况 / ……工作), then its text.
_HEADING_LINE = re.compile(r"^[ \t\u3000]*([\u4e00-\u9fff]{2,12}(?:情况|工作))(?:[。：:]|$)", re.M)


def _unnumbered_next(text: str, end: int, numbers: list, parts: tuple[str, ...]) -> re.Match | None:
    """（一）主动公开 （二）依申请公开, then a line that is only 政府信息管理: the next sub-part the format lists, its
    number left out."""
    k = len(numbers)
    if not k or k >= len(parts) or [n for n, _ in numbers] != list(range(k)):
        return None
    # (政府信息管理情况。根据……: the heading with 情况 and its text on the line)
    line = re.compile(rf"^[ \t\u3000]*({re.escape(parts[k])}(?:情况|工作)?)(?:[ \t\u3000]*$|[。：:])", re.M)
    return line.search(text, numbers[-1][1].end(), end)


_FIRST_NUMBER = re.compile(r"[（(]一[)）]|^[ \t\u3000]*一[)）]|[（(]一(?=[\u4e00-\u9fff]{2})", re.M)


def _unnumbered_first(text: str, head: int, start: int, end: int, numbers: list) -> re.Match | bool | None:
    """The part's heading, then a line of a sub-heading's words without a number, then （二）, （三）: the first
    sub-heading printed without （一） (nowhere in the part, not even run into the heading's line). False: the part's
    sub-headings start at （二） with no such line to name (its first sub-heading lost, or run into a paragraph)."""
    if not numbers or numbers[0][0] != 1 or _FIRST_NUMBER.search(text, head, end):
        return None  # (一) there, or with one of its brackets lost (一)…: wording.quotes's)
    body = text.find("\n", start, numbers[0][1].start())  # the lines after the part's own heading line
    if body < 0 or not text[body:numbers[0][1].start()].strip():
        return None  # （二） right under the part's heading: nothing before it to have been （一）
    line = _HEADING_LINE.search(text, body, numbers[0][1].start())
    return line if line and [n for n, _ in numbers[:2]] == [1, 2] else False


# （三）、 (四)、: a number in brackets is marked off by its brackets; a 、 after them doubles the mark.
# Only at the start of a line or a sentence: 第二十条（一）、（二）项 lists the items of an article.
_BRACKET_NUMBER_COMMA = re.compile(r"(?:^|(?<=[。；;：:！!？?]))[ \t\u3000]*[（(][一二三四五六七八九十\d]{1,3}[)）]"
                                   r"[ \t\u3000]*、(?=[ \t\u3000]*[\u4e00-\u9fff])", re.M)


@rule("wording.number_comma", "warning", "wording", "括号序号后多了顿号",
      "带括号的序号（（一）（二）、(1)）本身已把序号与标题隔开，后面不再加顿号：“（三）、依申请公开情况”应为“（三）依申请公开情况”。"
      "只看行首或句首的序号（第二十条（一）、（二）项的列举不算）；一篇报告报一条，注明处数。", needs_format=False,
      example="（三）、依申请公开情况")
def number_comma(ctx: Context):
    text = ctx.text
    if "）、" not in text and ")、" not in text:
        return  # the usual text, decided in C
    found = list(_BRACKET_NUMBER_COMMA.finditer(text))
    if found:
        yield Hit(f"括号序号后多了顿号{at_places(text, [m.span() for m in found])}，括号序号后不加顿号。",
                  quote=found[0].group(0).strip())


# 2025年大垅乡2025年度政府信息公开工作年度报告: the year written twice in the report's name (its title).
# (2024年政府信息公开工作年度报告乐清市某镇2024年……报告: two titles run together, each naming its year once)
_YEAR_TWICE = re.compile(r"(?<!\d)(20\d{2})年?度?(?:(?!报告)[\u4e00-\u9fff]){0,20}?(?<!\d)\1年?度?(?:政府)?信息公开工作年度报告")


@rule("wording.year_twice", "warning", "wording", "报告名称中年份写了两遍",
      "报告标题或所引报告名称中同一年份写了两遍（2025年××乡2025年度政府信息公开工作年度报告）。", needs_format=False,
      example="2025年青松乡2025年度政府信息公开工作年度报告")
def year_twice(ctx: Context):
    if "信息公开工作年度报告" not in ctx.text:
        return  # no report's name to look at, decided in C
    m = _YEAR_TWICE.search(normalise_digits(ctx.text))
    if m:
        yield Hit(f"报告名称中年份“{m.group(1)}”写了两遍：“{m.group(0)}”。", quote=m.group(0))


# 公开村务信息，2条: a comma between a thing and its count.
# (发布信息289期，1500余条: a second count of the same thing, in another unit, after the first.)
# (the comma first, the lookbehinds after it: found fast)
# (其中包括,5条其他类信息: a comma between 包括 and the first count it lists)
_STRAY_COMMA = re.compile(r"[，,](?<=[\u4e00-\u9fff][，,])(?<!\d[期条件篇项个次][，,])(\d+(?:余|多)?[条件篇项个])(?=[；;。，,]|$)"
                          r"|(?<=其中包括)[，,](?=\d+(?:余|多)?[条件篇项个])")


@rule("wording.stray_comma", "warning", "wording", "数量前多了逗号",
      "事项与它的数量之间多了一个逗号（公开村务信息，2条），或“其中包括”与其后的数量之间多了逗号（其中包括，5条其他类信息）。",
      needs_format=False, example="在公示栏公开村务信息，2条；")
def stray_comma(ctx: Context):
    yield from each_match(_STRAY_COMMA, normalise_digits(ctx.text), "数量前多了逗号：“{}”。")


# 竞争信息13条食品药品监管信息199条: two counted items of a list with no mark between them (a conjunction,
# 和 及 以及 与 并 或 等, joins them rightly).
# (86条其中…: the comma before 其中 is wording.sentence_stop's, one finding for one span.)
# (17个重点领域累计更新信息151条: a subject counted, then its verb and its own count, not two items)
# (预警信息400余期预警短信900余万条: approximate counts, issues of a bulletin and messages by the ten thousand too)
# (one digit first, not a repeat: found fast)
_COUNT_RUN_ON = re.compile(r"\d\d*\s*[余多]?[条件篇项个期](?![和及与并或等]|以及|其中|[\u4e00-\u9fff]{0,8}?(?:累计|共计|更新|发布|推送))"
                           r"(?=[\u4e00-\u9fff]{2,12}?(?:信息|文件|动态|公告|指南|解读|报告|通知|短信)\s*\d+\s*[余多]?万?[条件篇项个期])")


@rule("wording.count_comma", "warning", "wording", "两项计数之间缺少标点",
      "列举各类信息的条数时，前一项的数量与后一项的名称之间没有逗号或顿号（××信息13条××监管信息199条）；"
      "约数和以“期”“万条”计的也算（预警信息400余期预警短信900余万条）；以“和”“及”“等”相连的不算。", needs_format=False,
      example="发布竞争执法信息13条食品安全信息19条")
def count_comma(ctx: Context):
    text = normalise_digits(ctx.text)
    for m in _COUNT_RUN_ON.finditer(text):
        yield Hit(f"两项计数之间缺少逗号或顿号：“{around(text, m.start(), m.end(), 15)}”。", quote=text[m.start():m.end() + 8])


# 工作专栏公布信息135。: a count of what was published or received with its measure word (条, 件) lost.
# 财政信息3通过微信公众号: or run straight into the next clause's words.
# Measure words and what else follows a number (1904室, an address's room; 2天, a time taken); 体 of a gambling
# site's 365体育 (integrity.spam's).
_AFTER_NUMBER = "条件篇项个次期份年月日号余多万亿元人家所类张幅批场户部宗例大名册本起体则处封块台轮位室楼栋层级天周时分秒岁版"
_COUNT_WITHOUT_UNIT = re.compile(r"(?:公开|发布|公布|更新|推送|收到|受理|制发|印发|办结|办理|信息|要闻|动态|刊发|稿件)"
                                 r"[”\u4e00-\u9fff]{0,10}?"
                                 # (申请数量为0: a count named as one, 数量为, needs no measure word; ……数为1 still does)
                                 r"(?<![年月日第号共计])(?<!\d)(?<!数量为)(?<!数量[:：])"
                                 r"(?!20[0-4]\d|123\d\d)\d{1,5}"  # a year; 12345 热线
                                 r"(?![,，]\d{3}(?!\d))"  # (超6,700篇: a thousands comma, inside the number)
                                 rf"(?:(?=[。，,；;、）)])|(?=\n(?!\s*[{_AFTER_NUMBER}]))|(?=[\u4e00-\u9fff])(?![{_AFTER_NUMBER}]))"
                                 # 典型案例70批次367发布……: a second number right after a count's measure word
                                 # (办结657件12345诉求件: a hotline's number naming what follows, no count)
                                 rf"|(?:(?<=\d批次)|(?<=\d[批次期条件篇项个]))(?!123\d\d)\d{{1,5}}(?=[\u4e00-\u9fff])(?![{_AFTER_NUMBER}])")


# ……、审计信息、重要部署执行8、建议提案办理、……等: a figure after one name of a 、-list of names that count nothing
# (a four-digit year, 盘点2023, is a column's name).
_FIGURE_IN_NAMES = re.compile(r"(?<=[\u4e00-\u9fff]{2}、)[\u4e00-\u9fff]{2,12}?\d{1,3}(?=、[\u4e00-\u9fff]{2,12}[、等])")


# 回复各类私信、留言2400余;: an approximate count with its measure word lost.
_APPROX_WITHOUT_UNIT = re.compile(r"(?<![\d.])\d+[余多](?=[。，,；;、）)])")
_APPROX = re.compile(r"\d[余多]")  # (a cheap look first: most texts have no approximate count)
# 其他政务动态信息860条余。: 余 of an approximate count after the measure word, not before it
_APPROX_AFTER_UNIT = re.compile(r"(?<=\d)[条件篇项个份]余(?=[。，,；;、）)])")


@rule("wording.count_unit", "warning", "wording", "数量后缺少量词或量词前缺少数量",
      "公开、发布、收到的数量后少了“条”“件”等量词（工作专栏公布信息135。财政信息3通过公众号……；数字在行末、下一行不以量词开头；约数2400余；；以“条”计数的列举中某一项只有数字：政策文件1条，联系我们1，），或信息类别后的量词前少了数量"
      "（发布政策解读信息条，公开政府信息的数量条，共收到件依申请公开政府信息，共对项政策法规进行了解读，共受理信息公开申请件，全年共主动公开条，予以公开2件，部分公开件。），或数字前后各写了一个“条”（相关信息条5条），或不计数的顿号列举中某个类别名称后夹了一个数字（审计信息、重要部署执行8、建议提案办理等；带年份的栏目名不算），或以“类”结尾的类别又以“类”计数（解读回应类4类），或约数的“余”写在了量词之后（信息860条余。），或说一年收到的申请却没有数目（2019年全年收到政府信息公开申请。）。",
      needs_format=False,
      example="通过工作专栏公布信息135。")
def count_unit(ctx: Context):
    text = normalise_digits(ctx.text)
    # one finding for each kind of slip, however often the writer made it
    for pattern, what, cheap in ((_COUNT_WITHOUT_UNIT, "数量后缺少量词（条、件等）", _DIGIT_THEN_STOP.search(text)),
                                 (_UNIT_WITHOUT_COUNT, "量词前缺少数量", "条" in text or "件" in text),
                                 (_KIND_AS_UNIT, "类别名称后的量词写成了“类”（应为条、件）", "类" in text),
                                 (_APPROX_WITHOUT_UNIT, "约数后缺少量词（条、件等）", _APPROX.search(text)),
                                 (_APPROX_AFTER_UNIT, "约数的“余”写在了量词之后（应为“N余条”）", "余" in text),
                                 (_UNIT_BOTH_SIDES, "数字前后各写了一个“条”", "条" in text),
                                 (_RECEIVED_UNCOUNTED, "收到申请的数量和量词都缺失", "申请" in text),
                                 (_FIGURE_IN_NAMES, "列举的类别名称中夹了一个数字（多了数字或漏了量词）", "、" in text)):
        # (公开和188比分直播: the digits of an advertisement a mirror put in are integrity.spam's)
        found = [m for m in pattern.finditer(text) if not spam_in(text[max(0, m.start() - 4):m.end() + 8])] if cheap else []
        spans = [m.span() for m in found]
        if pattern is _COUNT_WITHOUT_UNIT and "条" in text:
            ends = {end for _, end in spans}  # (the same number read both ways is one place)
            spans = sorted({*spans, *(span for span in _unitless_items(text) if span[1] not in ends)})
        if spans:
            start, end = spans[0]
            start = start - 2 if end - start == 1 else start  # 信息条: the word with its measure word
            yield Hit(f"{what}{at_places(text, spans)}。", quote=text[max(0, start):end])


# 政策文件1条，联系我们1，法治政府年度报告1: in a list whose items count in 条 (or 件), an item whose number has none.
# Each number after a word and before a list's mark (or a line's end; an item at the text's very end may be where an
# excerpt was cut: not read); numbers joined by one mark and a few words make one list.
# (a digit first, the lookbehind after it: found fast)
_LIST_COUNT = re.compile(r"(?P<n>\d(?<=[\u4e00-\u9fff”]\d)\d{0,4})(?P<unit>[条件]?)(?:(?P<mark>[，,、；;])|(?=。|[ \t]*\n\s*\S))")
_ITEM_NAME = re.compile(r"[\u4e00-\u9fff“”]{2,14}")


def _unitless_items(text: str) -> list[tuple[int, int]]:
    """The spans of the items without a measure word in lists whose other items (two or more) have one."""
    out: list[tuple[int, int]] = []
    chain: list[re.Match] = []
    for m in _LIST_COUNT.finditer(text):
        prev = chain[-1] if chain else None
        if prev is None or not prev["mark"] or not _ITEM_NAME.fullmatch(text, prev.end(), m.start()):
            out += _unitless(chain)
            chain = []
        chain.append(m)
    return out + _unitless(chain)


def _unitless(chain: list[re.Match]) -> list[tuple[int, int]]:
    if len(chain) < 3 or sum(1 for m in chain if m["unit"]) < 2:
        return []
    return [m.span("n") for m in chain if not m["unit"]]


_DIGIT_THEN_STOP = re.compile(rf"\d(?:[。，,；;、）)\n]|(?![{_AFTER_NUMBER}])[\u4e00-\u9fff])")
# 发布政策解读信息条，/ 公开政府信息的数量条，: a kind of information, or the count's own word, with the number
# lost before 条.
# (条 and 件 first, the words before them looked at behind: the scan stops only at a measure word)
_UNIT_WITHOUT_COUNT = re.compile(r"条(?<=(?:信息|解读|动态|文件|公告|数量|总数|数为|共计|累计|合计|决算|预算|指南|计划|公开|发布|公布)条)"
                                 r"(?=[。，,；;、])"
                                 r"|条(?<=(?:数量|总数)[为是]条)(?=[。，,；;、])"
                                 # 共收到件依申请公开政府信息78件: the measure word before the noun, its number lost
                                 r"|件(?<=(?:收到|受理|办理|答复)件)(?=依申请|政府信息|申请)"
                                 # 予以公开2件，部分公开件。: an outcome of table 3 with its number lost
                                 r"|件(?<=(?:予以公开|部分公开|不予公开|无法提供|不予处理)件)(?=[。，,；;、])"
                                 # 共对项政策法规进行了解读 / 共受理信息公开申请件，: the number lost after 共
                                 r"|(?<=共)(?:对|发布|公开|收到|受理|办理)?[项条篇](?![数目例款])"
                                 r"|(?<=共)(?:受理|收到|办理)[\u4e00-\u9fff]{0,10}?申请件(?=[。，,；;])")


# 2019年全年收到政府信息公开申请。: the year's applications received, their number and measure word both lost (未收到……申请。
# says there were none: 未 before the verb)
_RECEIVED_UNCOUNTED = re.compile(r"(?:(?:\d{4}年度?|本年度?|今年)(?:全年)?|全年)共?(?:收到|受理|接到)"
                                 r"(?:政府信息公开|依申请公开|信息公开)?申请(?=[。；;])")
# 规划计划相关信息条5条: the measure word written before the count as well (第5条, 法条 and 今日头条, an app, are words)
_UNIT_BOTH_SIDES = re.compile(r"条(?<=[\u4e00-\u9fff]条)(?<![第法头]条)\d+条")  # (its first character before the lookbehind: found fast)


# 解读回应类4类: a kind named with 类 counted in 类 again, its measure word (件, 条) lost
_KIND_AS_UNIT = re.compile(r"类\d+类")


# 本年新制作数量 本年新制作数量 对外公开总数量: a column label printed twice in a row of the header.
@cache
def _column_labels() -> tuple[str, ...]:
    return tuple(sorted({c.label for f in F.all_formats().values() for _, _, c in f.cells() if len(c.label) >= 4}))


@rule("wording.table_label", "warning", "wording", "表头栏目重复",
      "表格的同一栏目名称紧挨着印了两遍（“本年新制作数量 本年新制作数量”），另一栏的名称被覆盖；或两栏的名称都被截断成共同的开头"
      "（“本年新 | 本年新”）：读者无法分辨各栏的数字。已发布报告的表格中某一行的名称少了开头的字（2021年版表二的“规范性文件”"
      "应为“行政规范性文件”），或某一栏的名称少了开头或末尾的字（“现行有效件”应为“现行有效件数”，“制作数量”应为“本年新制作数量”）"
      "也报一条；栏目名称折成两格（本年新 | 制作数量）或页面在栏目名称中间结束的不算。",
      needs_format=False, example="信息内容 | 本年新制作数量 | 本年新制作数量 | 对外公开总数量")
def table_label(ctx: Context):
    text = ctx.original_text
    # A label printed twice is in the text twice: str.count rules out most labels before any regex runs.
    for label in _column_labels():
        if text.count(label) >= 2 and re.search(rf"{re.escape(label)}[\s|]+{re.escape(label)}(?![\u4e00-\u9fff])", text):
            yield Hit(f"表头栏目“{label}”紧挨着印了两遍。", quote=label)
    for cut, labels in _shared_starts().items():
        if text.count(cut) >= 2 and re.search(rf"(?<![\u4e00-\u9fff]){cut}[\s|]+{cut}(?![\u4e00-\u9fff])", text):
            yield Hit(f"表头栏目被截断：两栏都只印了“{cut}”（应为“{'”“'.join(labels)}”）。", quote=cut)
    # A row printed with the start of its label left out (规范性文件 in a 2021 table 二): the importer kept it apart.
    extra = ctx.source.extra_rows.items() if ctx.source is not None and ctx.fmt is not None else ()
    for tkey, rows in extra:
        table = ctx.fmt.tables.get(tkey)
        for label in rows if table is not None else ():
            full = cut_row_label(table, label)
            if full is not None:
                yield Hit(f"{table.short}的行“{label}”少了字，{ctx.fmt.name}的行为“{full}”，其数字未读入任何单元格。",
                          tkey, quote=label)
    if ctx.source is not None:  # a dataset's tables are rendered from the format's own labels
        yield from _cut_columns(text)


def _cut_columns(text: str):
    """Header cells printed with characters of the format's column label left out (现行有效件 for 现行有效件数,
    制作数量 for 本年新制作数量, 本年增/ for 本年增/减), among other cells of a table: one finding a table.
    A label wrapped over two cells (本年新 | 制作数量) and a page that ends mid-label are not mistakes."""
    finder, cuts, table_words = _column_cuts()
    seen: dict[str, dict[str, str]] = {}  # table → cut → label
    for m in finder.finditer(text):
        cut = m.group("cut")
        short, label, left_out = cuts[cut]
        before = [c.strip() for c in _CELL_SPLIT.split(text[max(0, m.start() - 80):m.start()])]
        after = [c.strip() for c in _CELL_SPLIT.split(text[m.end():m.end() + 80])]
        prev = next((c for c in reversed(before) if c), "")
        nxt = next((c for c in after if c), "")
        if not nxt or (left_out and left_out in (prev, nxt)) or not ({prev, nxt} & table_words):
            continue
        seen.setdefault(short, {})[cut] = label
    for short, cut in seen.items():
        listed = "；".join(f"“{c}”应为“{label}”" for c, label in cut.items())
        yield Hit(f"{short}的表头栏目少了字：{listed}。", quote=next(iter(cut)))


_CELL_SPLIT = re.compile(r"[|\n]")


@cache
def _column_cuts() -> tuple[re.Pattern, dict[str, tuple[str, str, str]], frozenset[str]]:
    """(finder of a header cell that is a column label with 1–3 characters of its start or end, or one or two
    characters anywhere, left out; cut → (table, label, what was left out at an end or ""), the words of the
    tables' headers and rows a header cell stands among)."""
    labels = {c.label: t.short for f in F.all_formats().values() for t, _, c in f.cells()}
    rows = {_ITEM_NUMBER.sub("", x) for f in F.all_formats().values() for t in f.tables.values() for r in t.rows
            for x in r.path}
    cuts: dict[str, tuple[str, str, str]] = {}

    def keep(cut: str, gone: str, label: str, end: str) -> None:
        if (len(cut) >= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", gone) and cut not in labels
                and cut not in rows and re.match(r"[\u4e00-\u9fff].*[\u4e00-\u9fff/]$", cut)):
            cuts.setdefault(cut, (labels[label], label, end))

    for label in labels:
        for n in (1, 2, 3):
            keep(label[n:], label[:n], label, label[:n])
            keep(label[:-n], label[-n:], label, label[-n:])
        # 本年发件 for 本年制发件数: characters gone from inside the label (a cell of its own, so not a wrapped label).
        for gone in itertools.chain.from_iterable(itertools.combinations(range(1, len(label)), k) for k in (1, 2)):
            keep("".join(ch for i, ch in enumerate(label) if i not in gone), "".join(label[i] for i in gone), label, "")
    alternatives = "|".join(map(re.escape, sorted(cuts, key=len, reverse=True)))
    finder = re.compile(rf"(?:^|\|)[ \t\u3000]*(?P<cut>{alternatives})[ \t\u3000]*(?=$|\|)", re.M)
    return finder, cuts, frozenset(labels) | frozenset(rows) | {"信息内容"}


@cache
def _shared_starts() -> dict[str, tuple[str, ...]]:
    """The words two column labels of a table start with (本年新 of 本年新制作数量 and 本年新公开数量), 3 characters or more."""
    out: dict[str, tuple[str, ...]] = {}
    for f in F.all_formats().values():
        for t in f.tables.values():
            labels = sorted({c.label for r in t.rows for c in r.columns})
            for a, b in itertools.combinations(labels, 2):
                cut = os.path.commonprefix([a, b])
                if len(cut) >= 3 and cut not in (a, b):
                    out.setdefault(cut, (a, b))
    return out


# 通知公告3条，信息总量的5.00%: a share stated without 占.
_SHARE = re.compile(r"\d+[条件项篇个][，,](?!占|约占)(?P<what>[\u4e00-\u9fff]{2,12}的)\d+(?:\.\d+)?%")


@rule("wording.share", "warning", "wording", "比例前缺少“占”字",
      "“N条，占……的X%”少了“占”字（通知公告3条，信息总量的5.00%）。", needs_format=False,
      example="其中通知公告3条，信息总量的5.00%")
def share(ctx: Context):
    text = normalise_digits(ctx.text)
    if "%" in text:  # (the pattern ends in it)
        yield from each_match(_SHARE, text, "比例前缺少“占”字：“{}”。")


# 极大得方便: 得 after an adverb, before the verb it qualifies, where 地 belongs (得到, 得以 are words of their own).
_DE_FOR_DI = re.compile(r"(?:极大|大大|有效|切实|充分|积极|不断|全面|扎实|稳步|认真|及时|更好|很好)得"
                        r"(?![到以益力当体出])(?=[\u4e00-\u9fff]{2})")
# 及时准确的更新各栏目: 的 for 地 between such an adverb and a verb that takes an object (的更新 alone can be a noun,
# so only the verbs of the work a report describes, and not before a noun they head: 主动的公开质量); before a
# preposition that opens the verb's phrase (积极的与上级沟通, 热情的向客商介绍); before a verb and its 了 (较好的完成了).
# (得到及时的回应, 提供有效的保障: 的 heads a noun after a verb that takes one)
_DE_ADVERB = (r"(?:积极|主动|及时|准确|全面|有效|依法|认真|切实|持续|不断|扎实|稳步|深入|广泛|充分|有序|高效|更好|较好|很好"
              r"|尽可能|热情|严格)")
_DE_FOR_DI_VERB = re.compile(rf"(?<!得到)(?<!给予)(?<!作出)(?<!做出)(?<!进行)(?<!受到)(?<!提供)(?<!获得){_DE_ADVERB}的"
                             r"(?:(?:公开|更新|发布|推进|落实|开展|做好|加强|回应|保障|提升|提高|维护|促进|推动|满足|反映|报道"
                             r"|贯彻|了解|掌握|解决|办理|答复|深入开展|深入推进)"
                             r"(?=[\u4e00-\u9fff])(?!质量|工作|情况|水平|力度|范围|内容|渠道|形式|效果|机制|制度|平台|要求|能力|事项|措施|方式)"
                             r"|[与向把对][\u4e00-\u9fff]{1,10}?(?:沟通|对接|联系|介绍|宣传|反馈|公开|解释|说明|进行|开展)"
                             r"|[\u4e00-\u9fff]{2}了(?![解结])(?=[\u4e00-\u9fff]))")


@rule("wording.de_di", "warning", "wording", "“地”写成了“得”或“的”",
      "修饰动词的副词后应写“地”（极大地保障、有效地推进），写成了“得”（“得到”“得以”等不算），"
      "或在“及时准确”等与带宾语的动词（及时准确的更新各栏目）、与介词引出的动作（积极的与上级部门沟通）、与带“了”的动词（较好的完成了）之间"
      "写成了“的”（“得到及时的回应”“提供有效的保障”中的“的”是对的）。同一种写法全文报一条，列出各处。", needs_format=False,
      example="极大得方便了群众查询")
def de_for_di(ctx: Context):
    text = ctx.text
    for pattern, written in ((_DE_FOR_DI, "得"), (_DE_FOR_DI_VERB, "的")):
        spans = [m.span() for m in pattern.finditer(text)]
        if spans:  # one writer's habit, however often: one finding naming its places
            yield Hit(f"“地”写成了“{written}”{at_places(text, spans)}。", quote=text[spans[0][0]:spans[0][1]])


# 不予公开信息数为0条.内容涵盖: a half-width full stop between Chinese words (a sentence end typed in English).
# (……推进政府信息公开工作. ⏎: at a paragraph's end as well)
# (……电子邮箱:xx@ta.shandong.cn).⏎: after the bracket that closes a sentence's last words, too)
_HALFWIDTH_STOP = re.compile(r"(?<=[\u4e00-\u9fff)）])\.(?=[\u4e00-\u9fff]|[ \t]*(?:\n|$))")


@rule("wording.halfwidth_stop", "warning", "wording", "句末用了半角句点",
      "中文句子之间或段末用了英文半角句点“.”（应为“。”；句末的括号之后也算）；编号（1.）、小数和网址中的点不算。", needs_format=False,
      example="不予公开信息0条.内容涵盖财政、教育等领域")
def halfwidth_stop(ctx: Context):
    if "." in ctx.text:  # (the scan is slow, the mark rare)
        yield from each_match(_HALFWIDTH_STOP, ctx.text, "中文句子之间用了半角句点“.”，应为“。”：“{}”。")


# 知情权，参与权和监督权: three items of one kind (the same last character) with a comma where 、 belongs before 和.
# (A comma among 、-items is often a clause boundary, 先审查、后公开，谁公开、谁负责: not checked.)
# 通过电子屏幕,公告栏等公开渠道: the channels of one 通过……等渠道 separated by a comma.
_CHANNELS_COMMA = re.compile(r"(?:通过|利用|依托|借助)[\u4e00-\u9fff“”]{2,10}[,，][\u4e00-\u9fff“”]{2,10}(?:、[\u4e00-\u9fff“”]{2,10})*"
                             r"等[\u4e00-\u9fff]{0,4}(?:渠道|方式|平台|形式|载体|途径)")
# 信息查询、信息公开申请,办事咨询等服务: the last item of a 、-list set off by a comma before its 等 (not a clause of
# its own: 、规范答复,制定会商机制等 and ……便民原则，通过政府网站等 open with a verb or a preposition).
_LAST_ITEM_COMMA = re.compile(r"、[\u4e00-\u9fff]{2,8}[，,](?!制定|建立|加强|开展|完善|推进|落实|做好|规范|强化|提升|健全|实行|实施|组织"
                              r"|通过|依托|利用|借助|按照|根据|围绕|结合"
                              # (做到依法、审慎、及时，未出现超期等情况: a clause of what did not happen)
                              r"|未|没有|不|均|并|确保|做到|实现|杜绝|避免|防止)"
                              r"[\u4e00-\u9fff]{2,8}等(?=[\u4e00-\u9fff]{0,4}[，,。；;])")
# 社会最敏感，反映最强烈的热点问题; 从加强督导，规范操作入手: two parallel phrases of one frame set apart by a comma.
_PARALLEL_COMMA = re.compile(r"最[\u4e00-\u9fff]{1,3}[,，][\u4e00-\u9fff]{1,3}最[\u4e00-\u9fff]{1,3}的"
                             r"|从[\u4e00-\u9fff]{2,6}[,，][\u4e00-\u9fff]{2,6}(?:入手|着手)"
                             # 具有涵盖范围广，涉及部门多等特点: the features listed before 等特点
                             r"|具有[\u4e00-\u9fff]{3,6}[,，][\u4e00-\u9fff]{3,6}等(?:特点|特征|优势)")
_LIST_COMMA = re.compile(r"[\u4e00-\u9fff]{1,3}(?P<kind>[\u4e00-\u9fff])[,，]"
                         r"[\u4e00-\u9fff]{1,3}(?P=kind)[和及与][\u4e00-\u9fff]{1,3}(?P=kind)")


@cache
def _set_enumerations() -> re.Pattern:
    """The set phrases of phrases.yaml with a 、 written with a space in its place (a comma is usual there, and
    auditors leave 应公开，尽公开 unmarked: 0 of 5 restored reports)."""
    listed = [p.split("、") for p in F.wording()["phrases"] if "、" in p]
    return re.compile("|".join(r"\s+".join(map(re.escape, words)) for words in listed))


# 责任到位，措施到位、落实到位; 真实性，完整性、准确性: items that end alike, a comma before one and 、 before the next.
# (该公开的不公开，搞半公开、假公开: a verb opens a clause of its own after the comma)
_SAME_END_COMMA = re.compile(r"(?P<s>[\u4e00-\u9fff]{1,2})[，,](?![搞又也并还再更要把将做])"
                             r"(?P<b>[\u4e00-\u9fff]{1,3}?)(?P=s)(?:、[\u4e00-\u9fff]{1,3}?(?P=s)"
                             r"(?=[，,。；;和及等\s])|(?=等))")  # (部门动态，旗县动态等其他信息: two such items before 等)


# 《……审议制度》。《……评估制度》等相关制度: a full stop between two titles of one list ended by 等.
_TITLES_STOP = re.compile(r"》。《[^《》\n。]{2,60}》等")


@rule("wording.list_comma", "warning", "wording", "列举中夹了逗号",
      "同类的三项并列（知情权、参与权和监督权）中，应为顿号的地方用了逗号：“知情权，参与权和监督权”；"
      "“通过……等渠道（方式、平台）”列举的各项之间用了逗号（通过电子屏幕，公告栏等公开渠道）；顿号列举的最后一项前用了逗号，或同一框架中的两个并列短语用了逗号（社会最敏感，反映最强烈的问题；从加强督导，规范操作入手）"
      "（信息查询、信息公开申请，办事咨询等服务；以动词开头的是另一分句，不算）；以“等”结尾的文件名称列举中两个书名之间用了句号（《甲制度》。《乙制度》等）也报；同样结尾的并列项之间一处用了逗号、一处用了顿号（责任到位，措施到位、落实到位），或“等”前的两项之间用了逗号（部门动态，旗县动态等）；"
      "nianbao/formats/phrases.yaml 中带顿号的固定说法顿号写成了空格（写成逗号的，如应公开，尽公开，不报）。",
      needs_format=False,
      example="切实保障公民知情权，参与权和监督权")
def list_comma(ctx: Context):
    for m in line_matches(_LIST_COMMA, ctx.text):
        yield Hit(f"列举中应为顿号“、”的地方用了逗号：“{around(ctx.text, m.start(), m.end())}”。", quote=m.group(0))
    yield from each_match(_PARALLEL_COMMA, ctx.text, "并列的短语之间应为顿号“、”，用了逗号：“{}”。")
    yield from each_match(_SAME_END_COMMA, ctx.text, "同样结尾的并列项之间应为顿号“、”，用了逗号：“{}”。")
    if "等" in ctx.text:
        yield from each_match(_CHANNELS_COMMA, ctx.text, "列举中应为顿号“、”的地方用了逗号：“{}”。")
        yield from each_match(_LAST_ITEM_COMMA, ctx.text, "列举的最后一项前应为顿号“、”，用了逗号：“{}”。")
        yield from each_match(_TITLES_STOP, ctx.text, "列举的文件名称之间应为顿号“、”，用了句号：“{}”。")
    # The text as published: normalising the text drops a space between two Chinese characters.
    yield from each_match(_set_enumerations(), ctx.original_text, "固定说法中应为顿号“、”的地方用了空格：“{}”。")


# 包括其、文物地点、保护现状: a pronoun or a conjunction cannot end a list's item: the item's words were lost.
# (碳中和、, 政通人和、: too many words end in 和 for it to say an item was lost)
_ITEM_LOST = re.compile(r"(?<=[\u4e00-\u9fff])(?P<word>(?<![尤极与何])其|或)、(?=[\u4e00-\u9fff])")


@cache
def _columns_together() -> re.Pattern:
    """Two column names of phrases.yaml written one straight after the other (工作动态财政预决算)."""
    names = "|".join(map(re.escape, sorted(F.wording()["columns"], key=len, reverse=True)))
    return re.compile(rf"(?P<a>{names})(?P<b>{names})")


@rule("wording.list_gap", "warning", "wording", "列举的两项之间缺少顿号",
      "列举网站栏目或信息类别时，两个类别名称（nianbao/formats/phrases.yaml 的 columns：工作动态、财政预决算、机构设置、"
      "机构职能、领导分工……）连写，中间没有顿号（工作动态财政预决算、机构设置机构职能）。这些名称互不修饰，连写只能是漏了顿号。"
      "顿号前只有代词“其”或连词“或”（包括其、文物地点等），说明列举的一项漏了字，也报（尤其、极其等词的末字不算）。",
      needs_format=False, example="公开领导信息、机构设置、工作动态财政预决算等内容")
def list_gap(ctx: Context):
    for m in _ITEM_LOST.finditer(ctx.text):
        yield Hit(f"顿号前只有“{m['word']}”，列举的这一项漏了字：“{around(ctx.text, m.start(), m.end())}”。", quote=m.group(0))
    for m in _columns_together().finditer(ctx.text):
        if m["a"] != m["b"]:  # (工作动态工作动态 is a word written twice: wording.doubled_word's)
            yield Hit(f"两个类别名称之间缺少顿号：“{m.group(0)}”应为“{m['a']}、{m['b']}”：“{around(ctx.text, m.start(), m.end())}”。",
                      quote=m.group(0))


# ---------------------------------------------------------------- sentence boundaries

# Sentences that only ever open a sentence (如对本报告有疑问), glued to the end of the one before.
# ……公开如下本报告中所列数据: the sentence that announces what follows, run on into the next one.
# (对本报告如有任何疑问: the sentence's own opening, 对 before it)
# (each shape opens with its first character, its lookbehind after it: found fast)
_OPENER = re.compile(r"如(?<=[\u4e00-\u9fffA-Za-z\d)）”》]如)(?:对本(?:年度)?报告|(?<!报告如)有任何疑问|对本?年报)"
                     r"|本(?<=如下本)(?:年度)?报告中?所列"
                     # 编制本报告现向社会公开……, 编制此报告现将……: the opening's sentence that compiles, then the next
                     r"|现(?<=编制本报告现|编制此报告现|编制该报告现)(?=[将向予在])"
                     # ……政务服务工作现将我镇2021年……报告如下: the work described, then the sentence that reports it
                     r"|现将(?<=工作现将|提升现将|提高现将|成效现将|进展现将)(?=[我本]|\d{4}年|[\u4e00-\u9fff]{2,12}\d{4}年)")
# ……实施情况120条强化营商环境信息公开: a count, then the verb that opens the next clause, with no stop between.
_COUNT_THEN_CLAUSE = re.compile(r"(?<=\d[条件篇项个次])(?:强化|加强|推进|做好|深化|持续|积极|严格|认真|进一步|切实|不断|全面|扎实|坚持"
                                r"|聚焦|主要(?:涉及|包括))")
# 聚焦“四件大事”聚力“四个创建”: two parallel phrases, each with its slogan in quotes, with no comma between.
_QUOTED_RUN_ON = re.compile(r"(?<=”)(?:聚焦|聚力|围绕|坚持|推进|加强|强化|深化|突出|紧扣|立足)(?=[\u4e00-\u9fff]{0,4}“)")
# 逐一对照整改、以便能更好地服务: a 、 between a clause and its purpose or result, where a comma belongs.
# (its first character before the lookbehind: found fast)
# (……办理质效、2023年我局未收到……; 意见征集、2020年共进行……: the next clause, opened by its year, after a 、)
_CLAUSE_DUN = re.compile(r"、(?<=[\u4e00-\u9fff]、)(?=以便|从而|进而|以确保|以期"
                         r"|\d{4}\s*年度?(?:[，,]|共|我|全年|本|该|未|累计))")
# 按照……文件精神结合我中心工作实际: the basis of the work, then what it was fitted to, with no comma between.
_BASIS_RUN_ON = re.compile(r"(?:精神|要求|部署|规定)结合(?=[我本]|[\u4e00-\u9fff]{0,6}实际)")
# 谁主办谁负责谁发布谁负责: two items of the 谁……谁负责 principle run together with no 、 between them.
_WHO_RUN_ON = re.compile(r"谁[\u4e00-\u9fff]{1,3}谁负责(?=谁[\u4e00-\u9fff]{1,3}谁)")
# ……不公开为例外原则紧紧围绕中心工作: the principle named, then the next clause's verb with no comma between.
_PRINCIPLE_RUN_ON = re.compile(r"为例外[”\"]?(?:的)?原则(?=紧紧|严格|认真|全面|持续|深入|扎实|切实|不断|进一步|积极|及时|大力|着力)")
# 在县委、县政府的正确领导党委政府的精心指导下: two agents of the frame 在……下 run together (以及, 和 join them).
_TWO_AGENTS = re.compile(r"的(?:正确|坚强|大力)?(?:领导|指导|支持)(?!以及|和|及|与|[，,、])(?=[\u4e00-\u9fff]{2,12}的"
                         r"(?:精心|大力|悉心|正确|坚强)?(?:指导|支持|帮助|领导)下)")
# 贯彻落实《……条例》（以下简称《条例》）根据……精神: a document's short name, then a new clause with no stop between.
# (由某办（以下简称某办）根据……编制: an organ's short name is the subject of what follows.)
_SHORT_NAME_THEN_CLAUSE = re.compile(r"以下简称《[^》]{1,12}》[)）](?=根据|按照|依据)")
# 主动公开信息86条其中更新动态56条: the parts' 其中 run on from the count before it, with no comma.
# (its first character before the lookbehind: found fast)
_COUNT_THEN_PARTS = re.compile(r"其中(?<=[件条篇项]其中)(?=[^，,。；;：:]{0,12}?\d)")
# ……现将本镇工作总结如下 as a paragraph of its own, before the first heading: the lead-in has lost its colon.
_LEAD_IN_END = re.compile(r"[\u4e00-\u9fff]{2}如下(?=[ \t\u3000]*\n)")
# ……规范化二是强化审核: the next point of a 一是、二是 list run on to the last word of the one before.
# (the numeral first and what stands before it looked at behind: the scan stops only at a numeral)
_POINT_RUN_ON = re.compile(r"[二三四五六七八九](?<=[\u4e00-\u9fff\d%）)”][二三四五六七八九])(?<![第十].)是")
# 占33.58%县(区)政府……: a share, then the next clause with no stop between (not 100%的, 占40%以上).
# (全文电子化率100%围绕大局: a rate, then the next clause)
_SHARE_THEN_CLAUSE = re.compile(r"(?:占(?:比)?|率)\d+(?:\.\d+)?%(?=[\u4e00-\u9fff])(?![的以左及和至到])")
# 规范政府信息公开内容创新政府信息公开形式: two parallel verb phrases on the same object run together.
_PARALLEL_RUN_ON = re.compile(r"(?:规范|创新|拓展|完善|突出|提升|加强|丰富|优化|健全|深化|扩大|强化)((?:政府信息)?公开)[\u4e00-\u9fff]{2}"
                              r"(?=(?:规范|创新|拓展|完善|突出|提升|加强|丰富|优化|健全|深化|扩大|强化)\1)")
# 《……条例》上一年度积极主动公开: a document's title, then a clause opening with its time, with no stop between.
_TITLE_THEN_TIME = re.compile(r"》(?=上一?年度|本年度|全年|今年)")
# 认真贯彻《……条例》依托区政府网站平台: a document carried out, then the next clause's verb with no stop between
# (按照《……》做好……, 依据《……》认真……: the document a preposition names, before the clause's own verb, is no run-on)
_CARRIED_OUT_THEN_CLAUSE = re.compile(r"(?:落实|贯彻|执行|实施)《[^《》\n]{2,60}》"
                                      r"(?=健全|依托|加强|严格|认真|推进|坚持|切实|进一步|不断|持续|扎实|深化|强化|做好|建立)")
# ……全面、及时、准确严格按照……: a 、-list of how the work is done, then an adverb and the verb of the next clause
# (组织各社区、公司积极开展: a list of who, the subject of that verb, is no run-on).
# (……的正确性、真实性、客观性严禁涉密信息上网: a list of qualities, then the next clause's verb)
_LIST_THEN_CLAUSE = re.compile(r"、(?:及时|准确|全面|规范|完整|高效|便民|透明|公开)(?:严格|认真|切实|积极|扎实|持续|不断)"
                               r"(?:按照|落实|贯彻|做好|推进|开展|执行)"
                               r"|、[\u4e00-\u9fff]{1,3}性(?=严禁|严格|确保|坚决|杜绝|防止|切实|认真|做到|避免)")
# The adverbs and verbs that open a first sentence (认真落实……, 依法依规……, 按照……要求).
_CLAUSE_ADVERB = "依法|认真|严格|积极|坚持|始终|高度重视|按照|根据|依据|围绕|进一步|不断|持续|切实|紧紧"
# (一)信息主动公开情况我镇坚持……: a sub-heading run into the first sentence under it.
# (（二）依申请公开情况依法依规……, 3、政府信息管理情况认真落实……, 主动公开情况按照……: a sub-heading named 情况, numbered
# or not (its bracket or number lost), then the subject, the year or the verb's adverb of its first sentence)
_HEADING_THEN_TEXT = re.compile(r"(?:[（(][一二三四五六七八九十][)）]|(?m:^)[ \t]*(?:\d[.、．]?|[)）]))[^。，,；;：:\n]{2,16}情况"
                                r"(?=[我本]|20\d{2}年|" + _CLAUSE_ADVERB + ")"
                                r"|(?m:^)[ \t]*(?:主动公开|依申请公开|政府信息管理|政府信息公开平台建设|监督保障)[^。，,；;：:\n]{0,6}情况"
                                r"(?=" + _CLAUSE_ADVERB + ")"
                                # （二）依申请公开办理全年共收到……: a sub-heading, then the year's count
                                r"|(?m:^)[ \t]*[（(][一二三四五六七八九十][)）][\u4e00-\u9fff]{2,16}?"
                                r"(?=(?:全年|本年度?|今年)(?:共|累计|收到|受理|主动|新|未|没有))"
                                # 1.主动公开东疏镇始终坚持……: a part's item heading, then the township and its verb
                                r"|(?m:^)[ \t]*\d[.、．][ \t]*(?:主动公开|依申请公开|政府信息管理|平台建设|监督保障)(?:情况)?"
                                r"(?=[\u4e00-\u9fff]{2,4}(?:镇|乡|街道)(?:始终|坚持|认真|严格|按照|积极|持续|高度|紧紧|围绕|通过|依托))")


@cache
def _subpart_run_on() -> re.Pattern:
    """（一）主动公开对照上级……目录体系，: a sub-heading of the format's own name (the parts its formats list under
    一、总体情况; 平台建设 for 政府信息公开平台建设) run straight into the sentence under it, which goes on to a comma.
    (（一）主动公开全面落实。 / （一）主动公开提质增效⏎: the heading's own few words, closed by a stop or a line break)"""
    names = {p for f in F.all_formats().values() for s in f.sections for p in s.parts}
    names |= {p.removeprefix("政府信息公开") for p in names if len(p.removeprefix("政府信息公开")) >= 4}
    alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.compile(rf"(?m)^[ \t]*[（(][一二三四五六七八九十][)）](?:{alternatives})"
                      # (（一）主动公开的内容还需进一步规范，: a problem about the work, not its heading)
                      r"(?!的)(?P<rest>[\u4e00-\u9fff“”]{6,30})(?<!情况|方面|工作)[，,]")


# 1.主动公开方面严格落实…… beside 2.依申请公开工作方面。: a numbered lead run into its text while a sibling's is
# closed by a stop (or colon): the same kind of lead punctuated two ways.
_ASPECT_LEAD = re.compile(r"(?:^|(?<=[\n。；;]))[ \t]*(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,2}[)）])[ \t]*"
                          r"[\u4e00-\u9fff]{2,14}?方面(?P<after>[。：:，,；;]|(?=[\u4e00-\u9fff]))", re.M)
# 全年共主动公开政府信息58条,其中本乡政务公开工作按照……。: 其中 with no part counted after it, to the sentence's end.
# (其中包括履职依据、机关简介……: the kinds named without counts, a list of its own)
# (……57项，其中政务服务事项已全部在……公开: what became of one of the kinds counted, a statement of its own)
_EMPTY_PARTS = re.compile(r"\d\s*[条件篇项个][，,]?\s*其中(?![，,：:]?(?:包括|主要|涉及|涵盖|含|有))"
                          r"(?![^。；;\d\n]{0,10}?(?:已|均|全部|都))"
                          # (其中一件申请人主动撤销: a part counted in words)
                          r"(?![，,：:]?[^。；;\d\n]{0,10}?[一二两三四五六七八九十]+\s*[条件篇项个])"
                          r"(?=[，,：:]?[^。；;\d\n]{6,}[。；;\n])")
# 二是完善制度建设制定了《……》: a point's heading (a task ending in its noun) run into the sentence under it.
_POINT_THEN_TEXT = re.compile(r"[一二三四五六七八九]是[\u4e00-\u9fff]{1,8}(?:建设|工作|机制|制度|管理|体系|队伍|力度|水平)"
                              r"(?=(?:制定|建立|开展|印发|成立|出台|完善|组织)了)")
# （三）完善公开平台，推动政民互动按照……部署: a sub-heading run into its first sentence, which opens with 按照 (根据…).
_HEADING_THEN_BASIS = re.compile(r"(?m)^[ \t]*[（(][一二三四五六七八九十][)）][^。；;\n按根依:：\s]{4,20}(?<![，,、])"
                                 r"(?=按照|根据|依据|依托|围绕)")
# ……统计期限自2022年1月1日至2022年12月31日，⏎（一）主动公开情况: a paragraph that stops on a comma before the next
# heading, its sentence never finished (a line broken on a comma inside a paragraph goes on with its words).
# (the comma first, the lookbehind after it: found fast)
_COMMA_BEFORE_HEADING = re.compile(r"[，,](?<=[\u4e00-\u9fff\d%）)”][，,])[ \t\u3000]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*"
                                   r"(?=[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|\d{1,2}[、.．](?!\d))")
# ……等相关数据。以及存在的主要问题……: a full stop inside a sentence, before the 以及 that goes on with it.
_STOP_BEFORE_AND = re.compile(r"。(?=以及)")
# ……编制由总体情况、……等6部分组成本报告中所列数据……: the outline's sentence run into the sentences before and after it.
# (……等六部分组成内容涵盖……: any sentence after it)
_OUTLINE_RUN_ON = re.compile(r"(?:编制|要求)(?=由总体情况)|(?:组成|构成)(?=本(?:年度)?报告中?所列)"
                             r"|(?<=部分)(?:组成|构成)(?![的部])(?=[\u4e00-\u9fff])"
                             # (……等六部分内容报告中所列数据……)
                             r"|(?<=部分内容)(?=(?:本(?:年度)?)?报告中?所列)")
# 现公开某局2025年……年度报告本报告所列数据……: the report's name, then the period's sentence with no stop between.
_NAME_THEN_PERIOD = re.compile(r"(?<=年度报告)(?=本(?:年度)?报告中?所列)")
# ……事事有着落”2025年度，收到……: a sentence that ends on a quote, the next one opening with its year.
_QUOTE_THEN_YEAR = re.compile(r"(?<=”)[ \t]*20\d{2}年度?[，,](?=[\u4e00-\u9fff])")
# Each run-on as (pattern, a substring the text must hold before the pattern is worth running, what is missing,
# read with the digits normalised).
_RUN_ONS = (
    (_COUNT_THEN_CLAUSE, "", "两句之间缺少标点", True),
    (_POINT_THEN_TEXT, "是", "分项的标题与其后的句子之间缺少标点", False),
    (_EMPTY_PARTS, "其中", "“其中”之后没有列出分项", True),
    (_LIST_THEN_CLAUSE, "、", "两句之间缺少标点", False),
    (_SHARE_THEN_CLAUSE, "%", "两句之间缺少标点", True),
    (_TITLE_THEN_TIME, "》", "两句之间缺少标点", False),
    (_CARRIED_OUT_THEN_CLAUSE, "》", "两句之间缺少标点", False),
    (_QUOTED_RUN_ON, "”", "两个短语之间缺少逗号", False),
    (_TWO_AGENTS, "下", "两个短语之间缺少顿号或逗号", False),
    (_SHORT_NAME_THEN_CLAUSE, "以下简称", "两句之间缺少标点", False),
    (_COUNT_THEN_PARTS, "其中", "“其中”前缺少逗号", False),
    (_LEAD_IN_END, "如下", "“……如下”结束了段落却没有冒号", False),
    (_POINT_RUN_ON, "二是", "分项“二是”“三是”……前缺少标点", False),  # (no 二是, no list of points)
    (_PRINCIPLE_RUN_ON, "例外", "原则之后缺少逗号", False),
    (_COMMA_BEFORE_HEADING, "\n", "段落以逗号结束，句子没有写完", False),
    (_OUTLINE_RUN_ON, "总体情况", "两句之间缺少标点", False),
    (_NAME_THEN_PERIOD, "所列", "两句之间缺少标点", False),
    (_QUOTE_THEN_YEAR, "”", "两句之间缺少句号", True),
    (_STOP_BEFORE_AND, "。以及", "句中多了句号（“以及”接着前面的话说）", False),
    (_WHO_RUN_ON, "谁负责谁", "两个短语之间缺少顿号", False),
    (_CLAUSE_DUN, "、", "分句之间用了顿号（应为逗号）", False),
    (_BASIS_RUN_ON, "结合", "两个短语之间缺少逗号", False),
    (_PARALLEL_RUN_ON, "公开", "并列的两个短语之间缺少标点", False),
)
# A year opening a sentence (2024年，…) right after a word: only a preposition or a conjunction may precede it.
# (2024年，…; 2024年我乡通过…: the year, then the subject and its verb)
_YEAR_OPENER = re.compile(r"(?<=(?P<prev>[\u4e00-\u9fff]))(?P<y>20\d{2})年度?"
                          r"(?:[，,](?=[\u4e00-\u9fff])|(?=[我本][乡镇局委办区县市旗](?:通过|共|累计|主动|全年|收到|未|在|严格|认真|坚持|按照|围绕)))")
_BEFORE_YEAR = set("在于至到从自止截为和与及同较比即是对将了前后起今、从据按照入以由截度的共")
# ……开展互动2023年发布微博……, ……予以答复2024年因……: the next sentence's year, then its verb, after the last word of a
# clause; not after the organ that is its subject (我局2021年共……, 门户网站2025年累计……), nor after a governing word
# (印发2023年……), nor where it is carried over (结转2023年办理).
_YEAR_VERB_OPENER = re.compile(r"(?<=(?P<prev>[\u4e00-\u9fff]{2}))(?P<y>20\d{2})年"
                               r"(?=因|通过|共|累计|未|没有|收到|受理|发布|新收|主动公开)")
_SUBJECT_END = set("局镇乡委办区市县道心位站所院厅处府会转请")
# Words after which a name or a year is the object (印发2023年……, 指导某局……) or the clause goes on (同时某局……): no
# new sentence starts there.
_GOVERNING_WORDS = ("指导", "督促", "要求", "推动", "组织", "协调", "促使", "引导", "帮助", "支持", "鼓励", "配合", "联合", "会同",
                    "推进", "确保", "保证", "保障", "代表", "作为", "通知", "安排", "责成", "明确", "部署", "涵盖", "编制", "包括",
                    "同时", "此外", "另外", "其中", "公布", "发布", "全文包括", "简称", "联系", "展现", "展示", "梳理", "更新", "承办",
                    "围绕", "结合", "通过", "依托", "利用", "印发", "制定", "完成", "开展", "截至", "截止", "报送", "做好", "落实",
                    "对照", "关于", "召开", "举办", "启动", "实施", "执行", "形成", "上报", "汇总", "统计", "审核", "讨论", "研究",
                    "审议", "起草", "下达", "转发", "印制")


# ……主动公开工作西城区财政局共主动公开……: the organ's own name opening the next sentence, run on after a clause's last
# word. Not after a word that governs it (编制、指导、涵盖……, 我们, 同时), a place before the name (州审计局, 阿拉善左旗
# 某苏木人民政府) or an advertisement a mirror put in.
_CLAUSE_OPENS = (r"(?:按照|根据|依据|依照|在|严格|共|高度|认真|始终|坚持|积极|进一步|全面|围绕|持续|切实|不断|紧紧|深入|扎实|着力|大力"
                 r"|未|收到|全年|年内|依法|采取)")
_GOVERNS_NAME = set("在由对向与和及经为是了将把被的等中以给于同至从按据请使让令并或即就跟替归属共暨"
                    "年度日月期各全本我市县区省镇乡府旗州盟们")
_PROVINCE = re.compile(r"^[\u4e00-\u9fff]{2,3}省(?=[\u4e00-\u9fff]{4})")  # (云南省易门县气象局, written 易门县气象局 in the text)


# 来源：国家文化和旅游部根据《条例》……: the page's source field, the text run on after it, is no sentence of the report
_FIELD_BEFORE = re.compile(r"(?:来源|发布机构|发布单位|发文机关)\s*[:：][^\n。]{0,12}$")


def _organ_opens_sentence(ctx: Context):
    names = {n for n in (ctx.organ or "", _PROVINCE.sub("", ctx.organ or "")) if len(n) >= 4 and n in ctx.text}
    if not names:
        return
    text = ctx.text
    for m in re.finditer("(?:" + "|".join(map(re.escape, names)) + f")(?={_CLAUSE_OPENS})", text):
        before = text[max(0, m.start() - 4):m.start()]
        if (len(before) < 2 or not "\u4e00" <= before[-1] <= "\u9fff" or before[-1] in _GOVERNS_NAME
                or before.endswith(_GOVERNING_WORDS) or spam_in(text[max(0, m.start() - 20):m.start() + 5])
                or _FIELD_BEFORE.search(text, max(0, m.start() - 16), m.start())):
            continue
        span = around(text, m.start(), m.end() + 4)
        yield Hit(f"两句之间缺少句号：“{span}”。", quote=span)
        return  # one slip of the kind a report


@rule("wording.sentence_stop", "warning", "wording", "两句之间缺少句号",
      "一句话结束处没有句号：新的一句（如对本报告有疑问……、2024年，……、……如下本报告所列……、编制本报告现将……）直接接在上一句的末字之后；"
      "引出下文的“……报告如下”“……总结如下”结束了段落却没有冒号；列出分项的“其中”直接接在计数之后，没有逗号"
      "（主动公开信息86条其中工作动态56条）；文件简称的括号后直接开始新的分句（……（以下简称《条例》）根据……）；"
      "计数之后直接开始新的分句（……实施情况120条强化营商环境……）；“在……的领导、……的指导下”两个短语之间没有顿号"
      "（在县委的正确领导党委政府的精心指导下）；两个带引号的并列短语之间没有逗号（聚焦“四件大事”聚力“四个创建”）；"
      "分项的“二是”“三是”直接接在上一项的末字之后（……规范化二是强化审核），或分项的标题直接接着其后的句子（二是完善制度建设制定了……）；“……不公开为例外原则”之后直接接着下一分句的动词；"
      "计数后的“其中”之后没有列出任何分项（……58条，其中本乡政务公开工作按照……。）；比例之后直接开始新的分句（占33.58%县政府……）；小标题直接接着正文（（一）主动公开情况我镇坚持……；（二）依申请公开办理全年共收到……；3、政府信息管理情况认真落实……；序号丢失的“主动公开情况按照……”亦然；格式所列的小标题直接接着其后写到逗号的句子：（一）主动公开对照上级……目录体系，——所有这样写的小标题报一条）；顿号列举的工作要求（及时、准确……）之后直接接着“严格按照”“认真落实”等（及时、准确严格按照……），或列举的“……性”之后直接接着“严禁”“确保”等（真实性、客观性严禁……）；文件名称之后直接开始以时间开头的分句（《……条例》上一年度积极……），或所贯彻、落实的文件名称之后直接接着下一分句的动词（认真贯彻《……条例》依托区政府网站……；按照、依据《……》做好……不算）；“谁……谁负责”的两项之间没有顿号（谁主办谁负责谁发布谁负责）；分句与其后表目的、结果的“以便”“从而”之间或与以年份开头的下一分句之间用了顿号（……整改、以便……；……意见征集、2020年共进行……）；“按照……要求”“……文件精神”之后直接接着“结合……实际”（……文件精神结合我局工作实际）。"
      "带序号的分项标题“……方面”直接接着正文，而同级的其他分项标题后有句号（1.主动公开方面严格落实……；2.依申请公开工作方面。）的，"
      "段落在下一个小标题（序号）之前以逗号结束、句子没有写完的，小标题直接接着以“按照”“根据”等开头的正文（（三）完善公开平台按照……）的，"
      "所述工作之后直接接着“现将……报告如下”（……政务服务工作现将我镇……）的，前言列出各部分的句子与前后句之间没有标点（……编制由总体情况……等6部分组成本报告中所列数据……）的，报告名称后直接接着“本报告所列数据……”的，"
      "以引号结束的句子后直接接着以年份开头的下一句（……事事有着落”2025年度，收到……）的，"
      "分句末字之后直接接着以本单位名称开头的下一句（……主动公开工作某区财政局共主动公开……；名称前是支配它的词（指导、同时）或地名的不算）的，"
      "分句末字之后直接接着下一句的年份和动词（……予以答复2024年因……、……开展互动2023年发布……；年份前是主语（我局2021年共……）、"
      "以年度计划为宾语的动词（印发2023年……）或“结转”的不算）的，"
      "句中“以及”之前用了句号（……相关数据。以及存在的主要问题……）的，比例之后直接接着下一句（……电子化率100%围绕大局）的，"
      "同一宾语的两个并列动宾短语连写（规范政府信息公开内容创新政府信息公开形式）的，也报。"
      "（段落末尾、下一个序号之前少了句号的不报：审核时不标注。）", needs_format=False,
      example="切实提高政务公开工作水平2023年我镇通过网站发布信息90条。")
def sentence_stop(ctx: Context):
    text = ctx.text
    yield from _organ_opens_sentence(ctx)
    for m in _OPENER.finditer(text):
        yield Hit(f"两句之间缺少句号：“{around(text, m.start(), m.end())}”。", quote=around(text, m.start(), m.end()))
    # Sub-headings run into the text under them: one finding for all (the writer wrote them alike); the year that
    # opens such a text is that same place, no second finding. A space between the two in the page as published
    # (normalising drops it) is a line break flattened, not a run-on.
    headings = [m.span() for m in [*_HEADING_THEN_TEXT.finditer(text), *_HEADING_THEN_BASIS.finditer(text)]
                if text[m.end() - 4:m.end() + 2] in ctx.original_text]
    headings += [m.span() for m in _subpart_run_on().finditer(text)
                 if text[m.start("rest") - 2:m.end("rest")] in ctx.original_text]
    places: list[tuple[int, int]] = []
    for a, b in sorted(set(headings)):
        if not places or a >= places[-1][1]:
            places.append((a, b))
    if places:
        yield Hit(f"小标题与正文之间缺少标点或换行{at_places(text, places)}。", quote=around(text, *places[0]))
    for m in _YEAR_OPENER.finditer(normalise_digits(text)):
        if m.group("prev") not in _BEFORE_YEAR and not any(a <= m.start() <= b for a, b in places):
            yield Hit(f"两句之间缺少句号：“{around(text, m.start(), m.end())}”。", quote=around(text, m.start(), m.end()))
    for m in _YEAR_VERB_OPENER.finditer(normalise_digits(text)) if "年" in text else ():
        prev = m.group("prev")
        if prev[-1] not in _BEFORE_YEAR and prev[-1] not in _SUBJECT_END and not prev.endswith(_GOVERNING_WORDS):
            yield Hit(f"两句之间缺少句号：“{around(text, m.start(), m.end() + 4)}”。", quote=around(text, m.start(), m.end() + 4))
    leads = list(_ASPECT_LEAD.finditer(text)) if "方面" in text else []
    if any(m["after"] for m in leads):
        bare = [m for m in leads if not m["after"]]
        if bare:
            yield Hit(f"分项的标题与其后的句子之间缺少句号（同级的其他分项标题后有句号）{at_places(text, [m.span() for m in bare])}。",
                      quote=bare[0].group(0).strip())
    for pattern, needs, what, digits in _RUN_ONS:
        # the same run-on again in one report (占33.58%县…, 占66.42%通过…): one finding that says how often
        found = list(pattern.finditer(normalise_digits(text) if digits else text)) if needs in text else []
        if found:
            yield Hit(f"{what}{at_places(text, [m.span() for m in found])}。",
                      quote=around(text, found[0].start(), found[0].end()))


# A span of the year: from 1月1日 to 12月31日 (the statistics period as openings state it).
_SPAN = re.compile(r"(?:(\d{4})\s*年\s*)?1\s*月\s*1\s*日[^。]{0,12}?(?:(\d{4})\s*年\s*)?12\s*月\s*31\s*日")
_PERIOD_WORD = re.compile(r"统计|数据|期限")
_NOT_WORD = re.compile(r"[\W_]")


@lru_cache(maxsize=4096)  # (a batch repeats its sentences)
def _bare(sentence: str) -> str:
    """A sentence's words without its marks."""
    return _NOT_WORD.sub("", sentence)


def _same_span(a: str, b: str) -> bool:
    """Both sentences state one span of dates as the statistics period."""
    if "31" not in a or "31" not in b:
        return False  # no 12月31日: the regexes below cannot match
    sa, sb = _SPAN.search(a), _SPAN.search(b)
    if not (sa and sb and sa.group(1) and _PERIOD_WORD.search(a) and _PERIOD_WORD.search(b)):
        return False
    return (sa.group(1), sa.group(2) or sa.group(1)) == (sb.group(1), sb.group(2) or sb.group(1))


@rule("wording.repeated_paragraph", "warning", "wording", "同一段文字印了两遍",
      "正文中一段50字以上的文字（所引文件名称、数字和标点不计）在别处又一字不差（或几乎一字不差）地出现：前言又作为第一部分的第一段，"
      "或一个标题和其下一段整段重复。页面的“内容概述”“摘要”等字段照录前言，不算；"
      "三段以上依次重复的，是页面（或其副本）把同一段内容显示了两遍，不报。改写过的大段雷同由 content.restated 报告。",
      needs_format=False,
      example="一、总体情况／2023年度政务公开工作围绕……（全段）……／2023年度政务公开工作围绕……（同一段再次出现）")
def repeated_paragraph(ctx: Context):
    twice = [later for _, later, share in repeated_paragraphs(ctx.text) if share >= PRINTED_TWICE]
    if len(twice) >= 3:
        return  # several paragraphs again in turn: the page (or its copy) rendered twice, not a slip of the report's
    for later in twice:
        yield Hit(f"同一段文字印了两遍：“{later[:40]}……”。", quote=_last_words(ctx.text, later))


def _last_words(text: str, paragraph: str) -> str | None:
    """A quote of a paragraph that the text holds as printed: its end (a paragraph joined from wrapped lines holds
    line breaks the join took out)."""
    end = paragraph[-20:]
    return end if end in text else None


@rule("wording.repeated_sentence", "warning", "wording", "同一句话连写两遍",
      "相邻的两句话内容相同：一字不差（标点、空格不计），或都在说同一段统计期限（所列数据统计期限为……。所列数据自……起至……止。）；"
      "或一句长句（20字以上）在其后几句之内又写了一遍，只改了一两个字；或一个分句（6字以上）隔一两个分句又写了一遍"
      "（建立健全信息发布机制，严格落实审核制度，建立健全信息发布机制。）。",
      needs_format=False,
      example="本报告所列数据的统计期限为2024年1月1日至12月31日。报告中所列数据自2024年1月1日起至12月31日止。")
def repeated_sentence(ctx: Context):
    for m in _CLAUSE_AGAIN.finditer(ctx.text):
        yield Hit(f"同一分句写了两遍：“{around(ctx.text, m.start(), m.end())}”。", quote=m.group(1))
    said = normalised_sentences(ctx.text)
    # A title line shown twice is the page's, not the text's: only sentences that end as sentences.
    ended = [s.endswith(tuple(SENTENCE_END)) for s in said]
    bare = [_bare(s) if e else "" for s, e in zip(said, ended)]
    # where each long sentence's first words stand: only those are compared for a sentence written again
    opening: dict[str, list[int]] = {}
    for i, b in enumerate(bare):
        if len(b) >= 20:
            opening.setdefault(b[:4], []).append(i)
    for i in range(len(said) - 1):
        if not (ended[i] and ended[i + 1]):
            continue
        a, b = said[i], said[i + 1]
        if (len(bare[i]) >= 10 and bare[i] == bare[i + 1]) or _same_span(a, b):
            yield Hit(f"同一内容连写了两遍：“{a[:60]}”“{b[:60]}”。", quote=b[:60])
            continue
        # the opening sentence pasted again a few sentences on, a word or two changed
        for j in opening.get(bare[i][:4], ()) if len(bare[i]) >= 20 else ():
            if i + 2 <= j < i + _NEAR and _nearly_same(bare[i], bare[j]):
                how = "一字不差" if bare[i] == bare[j] else "略有改动"
                yield Hit(f"同一句话写了两遍（{how}）：“{said[i][:60]}”“{said[j][:60]}”。", quote=said[j][:60])
                break


_NEAR = 8  # sentences apart within which a sentence written again is a slip, not a summary that repeats it
# 建立健全信息发布机制，严格……，建立健全信息发布机制，: a clause written again a clause or two on, within one sentence.
_CLAUSE_AGAIN = re.compile(r"(?<=[，,。；;：:\n])([\u4e00-\u9fff“”]{6,})(?=[，,；;])(?:[^\n。]{1,80}?[，,；;：:])\1(?=[，,。；;])")


def _nearly_same(a: str, b: str) -> bool:
    """Two long sentences that differ in a few characters (文件等有关规定 / 等文件有关规定)."""
    if len(a) < 20 or not b or abs(len(a) - len(b)) > 4 or a[:4] != b[:4]:
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.9


# ---------------------------------------------------------------- the report's own name

# (…工作情况报告如下: 报告 is the verb there, not the name.)
# The report's name with 年度 left out or moved: 工作报告, 工作情况报告, 年度工作报告. (政府信息公开年度报告, the
# short name most reports use, is left alone: auditors do not mark it; without 政府 as well, they do.)
# (信息公开年度工作报告1篇: a kind of document counted among those published, not this report's name)
# (完成年度政府信息公开工作报告编制: the task of making the report, not its name; 政府信息公开年度工作报告编制有关工作通知:
# 年度 and 工作 swapped, a slip whatever follows)
_NOT_NAME = r"(?!如下|如次|于下|\s*\d+\s*[篇份条个件])"
_MISNAMED = rf"信息公开(?:工作(?:情况|的年度|的)?报告{_NOT_NAME}(?!的?编制|编写)|年度工作报告{_NOT_NAME})"
# (each shape opens with its first character, 政府 written out rather than optional and the lookbehinds after 政务: found fast)
_REPORT_NAME = re.compile(rf"政府{_MISNAMED}|{_MISNAMED}"
                          # 现公布某镇2022年政务公开工作年度报告: 政务公开 for 政府信息公开 in the report's own name
                          # (现将2020年政务公开年度报告……: 工作 left out as well)
                          # (某局2020年度政务信息公开工作年度报告: 政务 for 政府)
                          r"|政务(?:(?<=\d年政务)|(?<=\d年度政务))(?:信息)?公开(?:工作)?年度报告(?!\s*\d)")


@rule("wording.report_name", "warning", "wording", "报告名称不是“政府信息公开工作年度报告”",
      "报告称自己为“政府信息公开工作报告”“政府信息公开工作情况报告”“政府信息公开年度工作报告”“政府信息公开工作的年度报告”“政府信息公开工作的报告”"
      "或“××××年政务公开（工作）年度报告”“××××年政务信息公开工作年度报告”："
      "格式规定的名称是“政府信息公开工作年度报告”（书名号内引用的其他文件名称不算，书名号内就是本报告名称的算；"
      "“现将……工作情况报告如下”的“报告”是动词，也不算，带年份的“现将2022年政府信息公开工作报告如下”算；列在公开的信息类别中的“……、工作动态、信息公开年度工作报告等”也不算）；名称末尾的字序颠倒（政府信息公开工作告年度报）、"
      "名称中多了或少了一个字（政府信息公开年工作年度报告、政府信息公开工年度报告，在所引文件名称中也算）也报一条；"
      "年份前后各写一遍地名（某市人民政府2024年某市政府信息公开工作年度报告）、名称缺字（标题第二行只有“年度报”；"
      "所引通知中的“做好……政府信息公开工作年度编制发布工作”缺了“报告”；政府信息工作年度报告缺了“公开”）也报；"
      "段首作主语的报告名称被逗号断开（2020年，某局政府信息公开工作年度报告是根据……编制）也报；"
      "标题或前言中本报告的名称少了“政府”（现公布2021年度某局信息公开工作年度报告、某乡2024年度信息公开年度报告）也报"
      "（所引通知名称中的和网页导航中的不算）。",
      needs_format=False,
      example="现公布本镇2024年度政府信息公开工作报告")
def report_name(ctx: Context):
    text = ctx.text
    name = F.wording()["document"].removeprefix("中华人民共和国").removesuffix("格式")
    seen = set()  # the title and the opening name the report alike: one finding for each wrong form
    for m in _REPORT_NAME.finditer(text):
        opened = text.rfind("《", 0, m.start())
        if opened > text.rfind("》", 0, m.start()) and not text.startswith("》", m.end()):
            continue  # inside the title of another document (a title that ends with the match is this report's own)
        if m.group(0) in seen or counted(text, m.end(), m.start()):
            continue  # (……、工作动态、政务信息公开年度工作报告等: reports among the kinds published, not this one's name)
        seen.add(m.group(0))
        yield Hit(f"报告名称写作“{m.group(0)}”，格式规定的名称为“{name}”：“{around(text, m.start(), m.end())}”。",
                  quote=m.group(0))
    if "政府信息公开" in text:
        for start, written in _name_one_character_off(text, name):
            how = "多了一个字" if len(written) > len(name) else "少了一个字"
            yield Hit(f"报告名称{how}：“{written}”，应为“{name}”：“{around(text, start, start + len(written))}”。",
                      quote=written)
        for m in _NAME_END.finditer(text):
            end = m.group("end")
            if end not in _NAME_ENDS and "".join(sorted(end)) in _NAME_ENDS.values():
                yield Hit(f"报告名称的字序颠倒：“{m.group(0)}”，应为“{name}”：“{around(text, m.start(), m.end())}”。",
                          quote=m.group(0))
        for start, end, place in _place_twice(text):
            yield Hit(f"报告名称中“{place}”写了两遍：“{around(text, start, end)}”。", quote=text[start:end])
    for m in _NAME_CUT.finditer(text) if "政府信息" in text else ():
        yield Hit(f"报告名称缺字：“{m.group(0).strip()}”，应为“{name}”：“{around(text, m.start(), m.end())}”。",
                  quote=m.group(0).strip())
    for m in _NAME_AS_FOLLOWS.finditer(text) if "报告如下" in text else ():
        if m.group("name") not in seen:
            seen.add(m.group("name"))
            yield Hit(f"报告名称写作“{m.group('name')}”，格式规定的名称为“{name}”：“{around(text, m.start(), m.end())}”。",
                      quote=m.group("name"))
    for m in _NO_GOVERNMENT.finditer(text) if "信息公开" in text else ():
        if text.rfind("《", 0, m.start()) > text.rfind("》", 0, m.start()):
            continue  # (关于做好2019年度信息公开年度报告编制发布工作的通知: a notice's title)
        if m.group("name") not in seen:
            seen.add(m.group("name"))
            yield Hit(f"报告名称少了“政府”：“{m.group('name')}”，应为“{name}”：“{around(text, m.start(), m.end())}”。",
                      quote=m.group("name"))
    for m in _YEAR_SPLIT_OFF.finditer(text) if "年度报告" in text else ():
        yield Hit(f"报告名称被逗号断开，年份与名称的其余部分分成了两截：“{m.group(0)}”。", quote=m.group(0))


# 现公布2021年某县应急管理局信息公开工作年度报告, 2023年度我局信息公开年度报告: the report's own name without
# 政府 (not 政务信息公开, nor 政府 and the rest parted by a space). Only where the clause names the year or publishes
# the report: a column or a kind of document (部门信息公开年度报告、……) is not this report's name.
# (某镇人民政府2019年信息公开年度报告: the name after the year lacks 政府 all the same; ……报告 > 县级部门: a breadcrumb)
_NO_GOVERNMENT = re.compile(r"(?:公布|编制|制定|发布|现将|特将|现公开|(?=\d{4}\s*年))"
                            r"(?P<name>(?![和并及])[^\n，,。；;>|、]{0,36}?"
                            # (本级政府（机关）信息公开……: 政府 is there, before a bracket)
                            r"(?<![府务\s])(?<!政府（机关）)(?<!政府\(机关\))信息公开(?:工作)?(?:年度报告|年报))(?!\s*\d|\s*>|汇总|目录|专栏|栏目|[、》])")
# 现将2022年度政府信息公开工作报告如下: the report named with its year and without 年度 before 如下 (……工作情况报告如下
# reports on the work: 报告 a verb, not checked).
_NAME_AS_FOLLOWS = re.compile(r"\d{4}\s*年度?[^，。,；;\n]{0,20}?(?P<name>政府信息公开工作报告)(?=如下)")
# 2020年，省粮食和储备局政府信息公开工作年度报告是根据……编制: the name that opens a paragraph as its subject,
# its year cut off by a comma.
_YEAR_SPLIT_OFF = re.compile(r"^\s*\d{4}\s*年度?[，,][\u4e00-\u9fff（）()]{0,24}?政府信息公开(?:工作)?年度报告"
                             r"(?=是|由|根据|依据|依照|按照)", re.M)


# 汨罗市人民政府2024年汨罗市政府信息公开工作年度报告: the organ's place before the year and again after it. Found
# from each year (a digit is rare), the place looked for on either side of it.
_YEAR_IN_NAME = re.compile(r"\d\d{3}\s*年度?")  # (one digit first, not a repeat: found fast)
_NAME_AFTER_PLACE = re.compile(r"[\u4e00-\u9fff]{0,6}?政府信息公开")


def _place_twice(text: str):
    for m in _YEAR_IN_NAME.finditer(text):
        if "公开" not in text[m.end():m.end() + 14]:
            continue  # a year that no report's name follows
        window = max(0, m.start() - 10)
        before = re.sub(r"(?:人民政府|政府)?\s*$", "", text[window:m.start()])  # 汨罗市(人民政府)2024年
        for k in (3, 4, 5):  # the place's name and its unit (汨罗市), the shortest first
            place = before[-k:]
            if (len(place) == k and place[-1] in "省市县区旗镇乡" and text.startswith(place, m.end())
                    and _NAME_AFTER_PLACE.match(text, m.end() + k)):
                yield window + len(before) - k, m.end() + k, place
                break


def _name_one_character_off(text: str, name: str):
    """(start, as written) of the report's name with one character slipped in (政府信息公开年工作年度报告) or left
    out (政府信息公开工年度报告), wherever it is written (in another document's title too: a slip, not a choice of
    name). 的 before 年度 is the misnaming above. Tried only on runs one longer or shorter than the name that start
    and end as it does: found in C."""
    for extra in (1, -1):
        window = re.compile(f"(?=({re.escape(name[:2])}[\u4e00-\u9fff]{{{len(name) - 3 + extra}}}{re.escape(name[-1])}))")
        for m in window.finditer(text):
            written = m.group(1)
            longer, shorter = (written, name) if extra > 0 else (name, written)
            if any(longer[:k] + longer[k + 1:] == shorter and (extra < 0 or written[k] != "的")
                   for k in range(2, len(longer) - 1)):
                yield m.start(), written


# 政府信息公开工作 / 年度报 (a title's second line without 告), 做好政府信息公开工作年度编制发布工作: the name's
# last character or its 报告 left out (年度报表 is another word).
_NAME_CUT = re.compile(r"政府信息公开工作\s*年度(?:报(?![告表])|(?=编制|发布))|政府信息工作年度报告")  # (公开 left out)
# 政府信息公开工作告年度报: the name's last words with their characters out of order (the title ends there).
_NAME_END = re.compile(r"政府信息公开(?P<end>[工作年度报告]{4,6})(?![\u4e00-\u9fff])")
# The endings the name is written with (the format's, the short 年度报告, and the misnamings wording.report_name
# reports) → their characters in order, to tell a shuffled ending from a word missing.
_NAME_ENDS = {e: "".join(sorted(e)) for e in ("工作年度报告", "年度报告", "工作报告", "年度工作报告")}


@cache
def _misnamed_outcome() -> tuple[re.Pattern, dict[str, str]]:
    """The reasons the format files under 无法提供 and 不予处理 (本机关不掌握相关政府信息, 重复申请 …), each followed by
    不予公开 (……不掌握相关政府信息而不予公开), and reason → the outcome the format gives it."""
    kinds: dict[str, str] = {}
    for f in F.all_formats().values():
        for r in f.tables["t3"].rows if "t3" in f.tables else ():
            if len(r.path) >= 3 and re.search(r"无法提供|不予处理", r.path[-2]):
                kinds.setdefault(re.sub(r"^本机关", "", _ITEM_NUMBER.sub("", r.path[-1])), r.path[-2])
    alternatives = "|".join(map(re.escape, sorted(kinds, key=len, reverse=True)))
    return re.compile(rf"(?P<reason>{alternatives})[而被，,]{{0,2}}不予公开"), kinds


_ITEM_NUMBER = re.compile(r"^\d{1,2}[.．、]")


@rule("wording.outcome", "warning", "wording", "申请的处理结果说错了类别",
      "正文把格式中属于“（四）无法提供”或“（五）不予处理”的情形（本机关不掌握相关政府信息、没有现成信息需要另行制作、"
      "重复申请等）说成“不予公开”（5件因本机关不掌握相关政府信息而不予公开）。", needs_format=False,
      example="3件因本机关不掌握相关政府信息而不予公开")
def outcome(ctx: Context):
    text = ctx.text
    if "不予公开" not in text:
        return
    finder, kinds = _misnamed_outcome()
    for m in finder.finditer(text):
        yield Hit(f"“{m['reason']}”属于表三“{kinds[m['reason']]}”，不是“不予公开”：“{around(text, m.start(), m.end())}”。",
                  quote=m.group(0))


# 人民政府办公室的悉心指导下，……: the frame 在……的……下 without its 在 (in the clause that ends with 下).
_UNDER = re.compile(r"的[^的，,。；;！？!?\n：:]{0,8}(?:领导|指导|关心|支持|帮助|部署|引领|带领)下(?=[，,。；;！？!?\n：:]|$)")
_CLAUSE_END = re.compile(r"[，,。；;！？!?\n：:]")
# 在厅党组的正确领导，……, 在市委、市政府的统一部署，……: the same frame without its closing 下.
_UNDER_LEFT_OPEN = re.compile(r"在[^，,。；;！？!?\n：:]{1,30}?的[^的，,。；;\n：:]{0,8}?(?:领导|指导|部署)(?=[，,])")


# 成立了镇长和分管领导组成的领导小组: the members of a group set up, with no 由 before them.
_MEMBERS_WITHOUT_BY = re.compile(r"成立了?(?![^，,。；;]{0,30}?由)(?P<members>[^，,。；;]{2,30}?)组成的"
                                 r"[^，,。；;]{0,16}?(?:领导小组|工作小组|工作专班)")


@rule("wording.missing_preposition", "warning", "wording", "介词短语缺字（在……的领导下、请与……联系）",
      "“在上级的正确领导下”“在××的悉心指导下”这类状语少了开头的“在”（××办公室的悉心指导下，本镇……）"
      "或结尾的“下”（在厅党组的正确领导，……；在市委、市政府的统一部署，……）；联系方式中“请与××联系”少了“与”（请××党政办公室联系）；成立的小组“由××组成”少了“由”（成立了镇长和分管领导组成的领导小组）。",
      needs_format=False, example="2021年，县政府办公室的悉心指导下，本镇依法推进政务公开。")
def missing_preposition(ctx: Context):
    text = ctx.text
    for m in _UNDER.finditer(text):
        start = max((c.end() for c in _CLAUSE_END.finditer(text, max(0, m.start() - 60), m.start())), default=0)
        clause = text[start:m.end()].strip()
        if "在" not in clause:
            yield Hit(f"“{clause}”前缺少“在”（在……的……下）：“{around(text, start, m.end())}”。", quote=clause)
    for m in _UNDER_LEFT_OPEN.finditer(text) if "领导" in text or "指导" in text or "部署" in text else ():
        yield Hit(f"“{m.group(0)}”后缺少“下”（在……的……下）：“{around(text, m.start(), m.end())}”。", quote=m.group(0))
    for m in _CONTACT_WITHOUT_WITH.finditer(text) if "联系" in text else ():
        yield Hit(f"“请”后缺少“与”（请与……联系）：“{around(text, m.start(), m.end())}”。", quote=m.group(0))
    for m in _MEMBERS_WITHOUT_BY.finditer(text) if "组成的" in text else ():
        yield Hit(f"“{m['members']}组成的”前缺少“由”（由……组成的小组）：“{around(text, m.start(), m.end())}”。",
                  quote=m.group(0))


# 请乌鲁木齐市某局党政办公室联系: the office to contact named with no 与 before it (请联系某办, 请致电…, 请登录… are whole).
# (请直接与某局联系, 请及时与……: an adverb before 与)
_CONTACT_WITHOUT_WITH = re.compile(r"请(?!(?:您|直接|及时|径直|尽快|先)?(?:与|和|向)|致电|拨打|联系|登录|访问|通过|到|在|径)"
                                   r"[\u4e00-\u9fff]{4,30}?"
                                   r"(?:办公室|办|局|中心|科|股|室)联系")


# 我共收到……: 我 standing alone for the organ (我镇, 我局 with the organ's word lost); 我们, 我国, 我为群众办实事,
# 自我, 我辖区, 我地区 (a prefecture) and the organ words are not.
# (我要收藏, 我要留言: a page's buttons, not the text)
# (我 first, the lookbehind after it: found fast)
# (我关: a customs district's self-name; 我室, an office's; 我州, 我盟, a prefecture's; 我分局, a branch bureau's)
_BARE_SELF = re.compile(r"我(?<![自“\"《]我)"
                        r"(?![们国省市县区旗州盟乡镇苏街村社局委办厅院署部中单系机站所处室司队馆校会场厂公党辖为行集地关\s]|政府|分局"
                        r"|要(?:收藏|留言|纠错|打印|分享|咨询|评价|建议|写信|投诉))"
                        r"(?=[\u4e00-\u9fff]|\d{4}\s*年)")  # (我政府 is a government's self-name; 我政务公开工作 lost its 镇;
# “我向省长建言”, “我为群众办实事”: a quoted channel's or campaign's name; 现将我2022年度……报告如下: its 乡 lost before
# the year)


@rule("wording.missing_self_name", "warning", "wording", "“我”后缺少单位简称",
      "正文以“我”自称本单位时少了单位的简称（我共收到申请2件、本年度我未收到复议、现将我2022年度……报告如下，应为我镇、我局等）。",
      needs_format=False, example="2021年，我共收到政府信息公开申请2件。")
def missing_self_name(ctx: Context):
    # (“社保有事我帮您”专栏: a column's or slogan's own words, quoted)
    # (插我一区二区……: words of an advertisement a mirror put in are integrity.spam's)
    found = [m for m in _BARE_SELF.finditer(ctx.text) if not inside_quotes(ctx.text, m.start())
             and not spam_in(ctx.text[max(0, m.start() - 16):m.end() + 16])] if "我" in ctx.text else []
    if found:  # one slip of the writer's, however often it recurs
        yield Hit(f"“我”后缺少单位简称（我镇、我局等）{at_places(ctx.text, [m.span() for m in found])}。",
                  quote=found[0].group(0))


# 本报告电子版可在××网站××板块。: where to get it, but not what to do there.
# 本报告由总体情况、……和其他需要报告的事项。: the outline's frame 由……组成 left without its verb.
# (the list may stop short of the last part: ……政府信息公开行政复议、行政诉讼情况。)
# (……、下一步工作打算等五个部分。: whatever the last part is called, a count of parts closes the list)
_MADE_OF = re.compile(r"(?:报告|全文|年报)(?:内容)?由(?:总体情况|概述)[^。]{20,200}"
                      r"(?:(?:事项|情况|措施)(?:等)?(?:[六五四654]个?部分)?|等?[六五四三654]个?部分)。$")
_MADE_OF_END = re.compile(r"组成|构成")
# 根据……要求，由某街道办事处编制的2020年度政府信息公开年度报告。: the report named, the sentence's verb never said
# (本报告是……, 现公布……).
_NAMED_ONLY = re.compile(r"(?:^|[，,])由[^。，,]{2,40}编制的[^。，,]{0,40}报告。$")
_SAYS_SOMETHING = re.compile(r"是|为|现|特|公布|发布|印发|形成")
# 所列数据的统计期限2022年1月1日至12月31日: the period stated with no 为 (是, ：, 自) between the term and the date.
_PERIOD_WITHOUT_VERB = re.compile(r"统计(?:期限|时限|时段|区间)(?=[0-9０-９]{4}年)")
_WHERE_TO_GET = re.compile(r"电子版[本]?[^。；;]{0,6}?可(?:以)?(?:在|从|通过|于|登录|到)")
_GET_VERB = re.compile(r"下载|查阅|查看|获取|浏览|阅览|查询|获得|阅读|看到|全文公开|予以公[开布]|刊登|登载|找到")


# ，“以公开为常态、不公开为例外”原则，加强……: a principle named between two commas with nothing that holds to it.
# Found from its end (”原则，), rare, before the opening quote and what stands before it are looked at.
_PRINCIPLE_END = re.compile(r"[”\"]\s*的?(?:基本)?原则(?=[，,。；;])")
_BARE_PRINCIPLE = re.compile(r"(?:^|[，,。；;：:])\s*[“\"][^“”\"\n]{4,40}$", re.M)


# 由主要领导组长，分管领导副组长: who heads the group, the verb 任 (担任) lost between the post and 组长.
_POST_WITHOUT_VERB = re.compile(r"由[^，,。；;、\n]{0,10}?(?P<post>领导|局长|书记|主任|镇长|乡长|县长|区长|市长|同志)"
                                r"(?P<head>副?组长)(?=[，,、；;])")


# 成立以某局长为组长，某副局长为副组长，负责……: the body set up never named (……的领导小组 lost).
_SET_UP_LEADER = re.compile(r"成立(?:了)?以[^。]{2,40}?为组长")
_BODY_SET_UP = re.compile(r"小组|工作组|专班|委员会|领导机构|班子|专题组|指挥部")
# 根据《条例》（以下简称《条例》）的有关规定。: the grounds alone, closed by a full stop, with nothing done on them.
_GROUNDS_ONLY = re.compile(r"\s*(?:根据|按照|依据)[^。，,；;\n]{0,150}?(?:规定|要求|精神|部署)。$")


# 紧紧市政府中心工作: 紧紧 straight before a body's or a place's name, its verb (围绕) lost.
_CLOSELY_WITHOUT_VERB = re.compile(r"紧紧(?=(?:[市县区镇乡省州旗]|党中央|中央|党委|党工委|县委|市委|区委|镇党委|上级)"
                                   r"[\u4e00-\u9fff]{0,8}?(?:中心|重点|决策|部署|工作|要求|目标))")


# 如有疑问请与某局(联系地址:……;联系电话:……)。: the contact sentence's verb left out (联系 inside the bracket names
# the address, it is not the verb).
_CONTACT_VERB = re.compile(r"联系|联络|咨询|沟通|反映|接洽")


@rule("wording.missing_verb", "warning", "wording", "句子缺少谓语动词",
      "说明电子版获取方式的句子（本报告电子版可在……）只写了地点，缺少“下载”“查阅”等动词；"
      "或引号中的原则夹在两个逗号之间，前面没有“坚持”“按照”“遵循”等动词（……，“以公开为常态、不公开为例外”原则，……）；"
      "或前言“本报告由总体情况……其他需要报告的事项”一句（列出的部分不全的也算）缺少“组成”；或开头一句只有“根据……，由某单位编制的××年度……报告。”，"
      "没有谓语；或“统计期限”与日期之间缺少“为”（所列数据的统计期限2022年1月1日至12月31日）；"
      "或领导小组的组成“由……领导任组长”少了“任”（由主要领导组长，分管领导副组长）；"
      "或一句只有“根据……的有关规定。”，没有主句；或“成立以某某为组长……”一句没有写出所成立的机构（领导小组）；"
      "或“紧紧”之后直接是单位或地方的工作（紧紧市政府中心工作），少了“围绕”等动词；"
      "或“如有疑问，请与某单位（地址……电话……）。”一句在括号外没有“联系”“咨询”等动词。",
      needs_format=False, example="本报告电子版可在区政府网站信息公开专栏。")
def missing_verb(ctx: Context):
    for m in _CLOSELY_WITHOUT_VERB.finditer(ctx.text) if "紧紧" in ctx.text else ():
        yield Hit(f"“紧紧”之后缺少动词（围绕、抓住等）：“{around(ctx.text, m.start(), m.end() + 6)}”。", quote=m.group(0))
    for m in _POST_WITHOUT_VERB.finditer(ctx.text) if "组长" in ctx.text else ():
        yield Hit(f"“由……{m.group('post')}{m.group('head')}”缺少“任”（担任）：“{around(ctx.text, m.start(), m.end())}”。",
                  quote=m.group(0))
    for s in sentences(ctx.text):
        m = _WHERE_TO_GET.search(s)
        if m and not _GET_VERB.search(s[m.end():]):
            yield Hit(f"句子缺少动词（下载、查阅等）：“{s[:120]}”。", quote=s[:120])
        if _MADE_OF.search(s) and not _MADE_OF_END.search(s):
            yield Hit(f"“由……”的句子缺少“组成”：“{s[:120]}”。", quote=s[:120])
        named = _NAMED_ONLY.search(s) if "编制的" in s else None
        if named and not _SAYS_SOMETHING.search(s[:named.start()]):
            yield Hit(f"句子只有“由……编制的……报告”，缺少谓语（如“本报告是……”）：“{s[:120]}”。", quote=s[:120])
        # (a sentence the page's cut ends, ……领导小, may have named it)
        if "为组长" in s and s.rstrip().endswith("。") and _SET_UP_LEADER.search(s) and not _BODY_SET_UP.search(s):
            yield Hit(f"句子说成立了以某人为组长的机构，却没有写出所成立的机构（如“……领导小组”）：“{s[:120]}”。",
                      quote=s[:120])
        asked = s[s.find("请与"):] if "请与" in s else ""
        if asked and s.rstrip().endswith("。") and not _CONTACT_VERB.search(_BRACKETED.sub("", asked)):
            yield Hit(f"“请与……”之后缺少“联系”：“{s[:120]}”。", quote=asked[:120])
        if s.lstrip().startswith(("根据", "按照", "依据")) and _GROUNDS_ONLY.match(s):  # (the words first: found fast)
            yield Hit(f"句子只有“根据……规定”，缺少主句（依据什么做了什么）：“{s[:120]}”。", quote=s[:120])
    text = ctx.text
    for m in _PERIOD_WITHOUT_VERB.finditer(text) if "统计" in text else ():
        yield Hit(f"“{m.group(0)}”与日期之间缺少“为”：“{around(text, m.start(), m.end() + 10)}”。", quote=m.group(0))
    for end in _PRINCIPLE_END.finditer(text) if "原则" in text else ():
        m = _BARE_PRINCIPLE.search(text, max(0, end.start() - 44), end.start())
        if m:
            principle = (m.group(0) + text[end.start():end.end()]).lstrip("，,。；;：: \n")
            yield Hit(f"{principle}前缺少动词（坚持、按照、遵循等）：“{around(text, m.start(), end.end())}”。",
                      quote=principle)
