"""Normalisation of a scraped report before anything is read from it; every change is logged.

Order matters: pinyin left by a conversion widget goes first (it would otherwise
be read as brackets), then traditional → simplified (OpenCC), widths, numbering,
quotes, spaces, and last the site chrome, which is recognised by simplified words.
The line count is kept until the chrome is removed, so table rows stay where they were.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import formats as F
from ..script import strip_glosses, to_simplified
from ..sections import heading as section_heading
from .html import Line
from .log import ImportLog

_FULLWIDTH = re.compile(r"[０-９Ａ-Ｚａ-ｚ＋－．／％＠]")
_ASCII_PARENS = re.compile(r"\(([^()\n]{1,120})\)")
_CJK = re.compile(r"[\u3400-\u9fff]")
_NUMBERING = re.compile(r"(^|\|\s*|\s)(\d{1,2})[、．](?=[^\d\s])", re.M)
_STRAIGHT_QUOTES = re.compile(r'"([^"\n]{1,200})"')
_CJK_PUNCT = re.compile(r"(?<=[\u3400-\u9fff）”》])([,:;!?])(?!//)")
# A space before a section number (…情况 三、收到和处理…) is where a line break was lost: it stays, for unfold.
_CJK_SPACE = re.compile(r"(?<=[\u3400-\u9fff，。、；：）”])[ \u3000]+(?=[\u3400-\u9fff（“])(?![一二三四五六七]、)")
_NUM_SPACE = re.compile(r"(?<=\d)[ \u3000]+(?=[年月日号件条项])|(?<=[年月])[ \u3000]+(?=\d)")
_PUNCT_MAP = str.maketrans({",": "，", ":": "：", ";": "；", "!": "！", "?": "？"})

# Site chrome: navigation, page tools, metadata and footer lines of government portals.
_CHROME = re.compile(
    r"主办单位|承办单位|网站标识码|ICP备|公网安备|站点地图|网站地图|版权所有|技术支持|Copyright|"
    r"字体[：:]?\s*[\[【]?\s*大|打印本页|关闭窗口|【打印】|【关闭】|分享到|分享至|当前位置|您的位置|"
    r"(?:浏览次数|访问量)\s*[：:]|发布时间[：:]|来源[：:]|索引号|发布机构|生成日期|有效期限|主题分类|扫一扫|"
    r"手机版|无障碍|繁體|^首页\s*[>＞»/／]|[>＞»/／]\s*首页|"
    # a line of page tools alone, each word maybe shown twice (打印 打印 纠错 纠错)
    r"^(?:\s*[【\[]?(?:打印|纠错|关闭|收藏|分享|返回顶部|返回|字号|默认|[大中小])[】\]]?)+\s*$",
    re.I,
)
_FILLER = re.compile(r"^[|\s]*$")
# A page number printed between two rows of a table in text copied from a PDF (- 3 -, 第3页 共5页); a bare
# number is left: in a one-cell-per-line table it is a cell.
_PAGE_NUMBER = re.compile(r"^(?:[-—–－]{1,2}\s*\d{1,4}\s*[-—–－]{1,2}|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?)$")
_CHROME_MAX = 160  # longer lines are report text that merely mentions such a word


def _parens(m: re.Match) -> str:
    inner = m[1]
    # (一) (2) (区分处理的…) become Chinese brackets; (https://…) (tufwp.cn) stay as written.
    if _CJK.search(inner) or re.fullmatch(r"\d{1,2}", inner):
        return f"（{inner}）"
    return m[0]


def normalise_text(text: str, log: ImportLog) -> str:
    """Simplified, single-width, uniformly numbered and quoted text; the number of lines is unchanged."""
    text, n = strip_glosses(text)
    if n:
        log.add("normalised", f"删除转换插件留下的拼音注音 {n} 处（如“據(jù)”→“據”）")
    simplified = to_simplified(text)
    if simplified != text:
        changed = sum(1 for a, b in zip(text, simplified) if a != b)
        log.add("normalised", f"繁体字转为简体字 {changed} 个（OpenCC）")
        text = simplified
    text, n = _FULLWIDTH.subn(lambda m: chr(ord(m[0]) - 0xFEE0), text)
    if n:
        log.add("normalised", f"全角数字、字母和符号转为半角 {n} 处")
    before = text
    text = _ASCII_PARENS.sub(_parens, text)
    if text != before:
        log.add("normalised", "半角括号统一为中文括号（网址等保持不变）")
    text, n = _NUMBERING.subn(r"\1\2.", text)
    if n:
        log.add("normalised", f"编号“1、”“1．”统一为“1.” {n} 处")
    text, n = _STRAIGHT_QUOTES.subn(r"“\1”", text)
    text = text.replace("「", "“").replace("」", "”").replace("『", "‘").replace("』", "’")
    if n:
        log.add("normalised", f"直引号改为中文引号 {n} 处")
    text, n = _CJK_PUNCT.subn(lambda m: m[1].translate(_PUNCT_MAP), text)
    if n:
        log.add("normalised", f"汉字后的半角标点改为全角 {n} 处")
    text, n1 = _CJK_SPACE.subn("", text)
    text, n2 = _NUM_SPACE.subn("", text)
    if n1 + n2:
        log.add("normalised", f"删除汉字之间、数字与年月日之间多余的空格 {n1 + n2} 处")
    return text


def strip_chrome(lines: list[Line], log: ImportLog) -> list[Line]:
    """Drop navigation, page tools, metadata and footer lines, page numbers, and lines made only of ``|``."""
    kept, chrome, filler, pages = [], [], 0, 0
    for line in lines:
        t = line.text.strip()
        if _PAGE_NUMBER.match(t):
            pages += 1
            continue
        # A sentence of the report that mentions 访问量 or 来源 ends like one; chrome lines do not.
        if t and len(t) <= _CHROME_MAX and _CHROME.search(t) and not (len(t) > 40 and t.endswith("。")):
            chrome.append(t)
        elif t and _FILLER.match(t) and len(t) > 8:
            filler += 1
        else:
            kept.append(line)
    if chrome:
        sample = "；".join(c[:30] for c in chrome[:3])
        log.add("normalised", f"删除网站页面元素（导航、页面工具、页脚等）{len(chrome)} 行：{sample}{'……' if len(chrome) > 3 else ''}")
    if filler:
        log.add("normalised", f"删除只由“|”组成的排版残留行 {filler} 行")
    if pages:
        log.add("normalised", f"删除页码行（如“- 3 -”“第3页”）{pages} 行")
    return kept


# A report whose line breaks were lost (a .docx flattened to one line) is unfolded at sentence
# ends and before section headings, so headings stand on lines of their own as in any other layout.
_LONG_LINE = 600
_SENTENCE_END = re.compile(r"(?<=[。！？])(?=[^”’）\s|])")
_HEADING_START = re.compile(r"(?<![\u3400-\u9fff])(?=[一二三四五六]、)")
# The site footer that follows the last sentence: split off so strip_chrome removes it.
_FOOTER_START = re.compile(r"\s*(?=主办单位|承办单位|网站标识码|版权所有)")
_HEADING_MAX_LEN = 40
_CLAUSE_MARK = re.compile(r"[，,。；;]")


def _split_heading(piece: str) -> list[str]:
    """``五、存在的主要问题及改进情况 今年以来…`` → the heading and the text after it, when it is one."""
    number = re.match(r"[一二三四五六七]、\s*", piece)
    # 一、总体情况根据……: a format's own title, with the text run on after it (the space was lost).
    title = next((t for t in F.section_titles() if number and piece.startswith(t, number.end())), None)
    if title and len(piece) > number.end() + len(title):
        end = number.end() + len(title)
        return [piece[:end].strip(), piece[end:].strip()]
    for end in range(min(len(piece), _HEADING_MAX_LEN), 3, -1):
        if _CLAUSE_MARK.search(piece, 0, end):
            continue  # (截至2019年底，累计主动公开政府信息64627条: a sentence's clause, not a heading, cut inside a number)
        if section_heading(piece[:end]) and (end == len(piece) or not section_heading(piece[:end + 1])):
            head, rest = piece[:end].strip(), piece[end:].strip()
            return [head, rest] if rest else [head]
    return [piece]


def unfold(lines: list[Line], log: ImportLog) -> list[Line]:
    out: list[Line] = []
    unfolded = 0
    for line in lines:
        if line.exact or len(line.text) < _LONG_LINE:
            out.append(line)
            continue
        unfolded += 1
        for sentence in _SENTENCE_END.split(line.text):
            for part in _FOOTER_START.split(sentence):
                for piece in _HEADING_START.split(part):
                    out.extend(Line(t) for t in _split_heading(piece.strip()) if t)
    if unfolded:
        log.add("normalised", f"{unfolded} 个超长行（换行丢失）按句号和部分标题拆分为多行")
    return out


def normalise(lines: list[Line], log: ImportLog) -> list[Line]:
    """Normalise every line (keeping which lines are exact table rows), unfold run-on lines, strip site chrome."""
    text = normalise_text("\n".join(line.text for line in lines), log)
    out = [replace(line, text=t) for line, t in zip(lines, text.split("\n"))]
    return strip_chrome(unfold(out, log), log)
