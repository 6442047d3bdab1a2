"""The report as a whole: does its table format fit its year; a published report's sections and tables."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .. import formats as F
from ..sections import SUB_HEADING, find_headings, heading, left_out, named_by_words, of_title
from .context import Context
from .finding import Hit
from .numerals import cn_to_int, normalise_digits
from .outline import outlines, overview_items
from .registry import rule
from .text import around


def _years(fmt: F.Format) -> str:
    return f"{fmt.first_year}年度起" if fmt.last_year is None else f"{fmt.first_year}至{fmt.last_year}年度"


_WHICH = "，".join(f"{_years(f)}用{f.name}" for f in F.all_formats().values())


@rule("format.year", "error", "format", "表格格式与报告年度不符",
      f"数据集的表格格式应是其报告年度适用的格式（{_WHICH}），如新年度仍用旧版格式。", needs_format=False,
      example="year: 2021，format: \"2019\"")
def year_format(ctx: Context):
    fmt, year = ctx.fmt, ctx.year
    if year is None or (fmt is not None and fmt.covers(year)):
        return  # a page that states no year has no format to be held to
    if ctx.source is not None and len(_formats_in_text(ctx.text)) > 1:
        return  # a published table with both formats' columns: format.mixed says so, once
    right = F.for_year(year)
    advice = f"，应使用{right.name}" if right else ""
    if fmt is None:
        message = f"{year}年度没有适用的表格格式"
    elif fmt.last_year is not None and year > fmt.last_year:
        message = f"{year}年度报告使用旧版格式：{fmt.name}只适用于{_years(fmt)}{advice}"
    else:
        message = f"{year}年度报告使用了{fmt.name}，该格式适用于{_years(fmt)}{advice}"
    yield Hit(message + "。", evidence={"year": year, "format": fmt.code if fmt else None})


# ---------------------------------------------------------------- a published report's structure

def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", normalise_digits(text))


def _squeeze_lines(text: str) -> str:
    """:func:`_squeeze` with the line breaks kept (a heading is a line's start)."""
    return re.sub(r"[ \t\u3000]+", "", normalise_digits(text))


@cache
def telltale_labels() -> dict[str, tuple[str, ...]]:
    """Per format, the table labels no other format has (nor contains): 本年新制作数量 vs 本年制发件数."""
    labels = {code: {_squeeze(x) for _, r, c in f.cells() for x in (r.label, c.label)}
              for code, f in F.all_formats().items()}
    out = {}
    for code, mine in labels.items():
        others = [x for c, ls in labels.items() if c != code for x in ls]
        out[code] = tuple(sorted(x for x in mine if len(x) >= 4 and not any(x in o or o in x for o in others)))
    return out


@cache
def _as_cell(label: str) -> re.Pattern:
    """``label`` standing alone as a table cell: wrapped anywhere, but not inside a sentence (公开政府集中采购信息)
    nor an item of an enumeration in one (审计结果、政府集中采购、部门预算), nor a heading of the narrative that a stop or
    colon closes (9.政府集中采购。在……), nor a clause of one, after its comma and before its amount (……，采购总金额796.85万元)."""
    return re.compile(r"(?<![\u4e00-\u9fff、，,；;])" + r"\s*".join(map(re.escape, label)) + r"(?![\u4e00-\u9fff、。：:；;，,])")


def _formats_in_text(text: str) -> dict[str, list[str]]:
    squeezed = _squeeze(text)
    digits = normalise_digits(text)
    return {code: found for code, labels in telltale_labels().items()
            if (found := [x for x in labels if x in squeezed and _as_cell(x).search(digits)])}


@rule("format.mixed", "warning", "format", "表格混用两版格式",
      "已发布报告的表格中同时出现两版格式特有的栏目（如2021年版的“本年制发件数”和2019年版的“本年新制作数量”）。",
      needs_format=False, example="表二用2021年版栏目，表三（六）其他处理却只有一行、表二仍有“上一年项目数量”")
def mixed_format(ctx: Context):
    if ctx.source is None:
        return
    found = _formats_in_text(ctx.text)
    if len(found) > 1:
        said = "；".join(f"{F.get(code).name}：{'、'.join(labels[:3])}" for code, labels in found.items())
        yield Hit(f"表格中出现了两版格式特有的栏目（{said}）。", evidence={"labels": found})


@rule("format.text_year", "error", "format", "已发布报告的表格格式与报告年度不符",
      "已发布报告的表格只用了不适用于报告年度的格式的栏目（如2022年度报告仍用“本年新制作数量”“上一年项目数量”）。",
      needs_format=False, example="2022年度报告的表二栏目为“本年新制作数量 本年新公开数量 对外公开总数量”")
def text_format_year(ctx: Context):
    if ctx.source is None or ctx.year is None or ctx.fmt is None or not ctx.fmt.covers(ctx.year):
        return  # tables read in the wrong format: format.year says so, once
    found = _formats_in_text(ctx.text)
    if len(found) == 1:
        code = next(iter(found))
        fmt = F.get(code)
        if not fmt.covers(ctx.year):
            right = F.for_year(ctx.year)
            yield Hit(f"{ctx.year}年度报告的表格使用{fmt.name}的栏目（{'、'.join(found[code][:3])}）"
                      f"{f'，应使用{right.name}' if right else ''}。", evidence={"labels": found[code]})


# Part 一 headed before the first heading found: a line numbered 一、 (1., a dash for 一), 一、总体情况 run on after the
# page's own lines, or a short line of 总体情况 (not 总体情况 named in the opening's outline, nor 概况类信息 in the text)
_PART_ONE_SAID = re.compile(r"^[ \t\u3000]*[一1—－-]\s*[、.．]|[一1—－-]\s*[、.．]\s*(?:总体情况|概述|概况)"
                            r"|^[ \t\u3000]*[^\n]{0,6}(?:总体情况|概述|概况)[^\n]{0,4}$", re.M)
# The page starts at the report: its title or opening (the Regulation cited, 现将……报告如下) before the first heading
_OPENING = re.compile(r"条例|如下|年度报告|本报告")


def _run_on(text: str, title: str) -> bool:
    """Is a part's numbered title (一、总体情况) written inside a line, run on after the opening's last sentence?"""
    number, words = title.split("、", 1)
    return re.search(rf"[：:。]\s*{number}\s*、\s*{words[:2]}", text) is not None


def _unheaded_part_one(text: str, found: list[tuple[str, int, int]]) -> str | None:
    """The first part heading of a report whose opening runs straight on into part 一's text and then 二、 (or
    into 一、 for a later part), part 一's own heading left out; None when part 一 is headed or the page does not
    start at the report.

    (A first sub-heading (一) straight after the opening is not enough: scraped copies lose headings of one level,
    and the reference auditor leaves such pages unmarked.)"""
    if not found or found[0][0] == "overview":
        return None
    at = found[0][1]
    before = text[:at]
    # (the opening stands above part 一's first sub-heading: a page that starts at (一) was cut above it)
    sub = SUB_HEADING.search(before)
    if not _OPENING.search(before, 0, sub.start() if sub else at) or _PART_ONE_SAID.search(before):
        return None
    return text[at:].split("\n", 1)[0].strip()[:30]


_SIGNED_END = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")


@rule("format.sections", "warning", "format", "六个部分缺失或顺序不对",
      "已发布报告应有六个部分（一、总体情况 至 六、其他需要报告的事项），且按顺序排列；只在正文中找到至少三个部分标题时核对"
      "（抓取时丢失了全部标题的页面不核对；页面从某一部分开始或没有以落款日期结束时，只核对找到的第一个与最后一个标题之间）。"
      "只找到一两个部分标题的摘录，只核对“一、总体情况”：前言（引了《条例》或说“报告如下”）之后先是总体情况的正文、随后直接是“二、……”"
      "（或把后面的部分编成“一、”），其前没有“一、”一行、“一、总体情况”或单独一行的“总体情况”“概述”时，报缺少该标题"
      "（前言之后直接是“（一）……”小标题的不报：抓取的页面常丢掉一级标题）。"
      "部分标题接在前言末句之后、写在同一行（……报告如下： 一、总体情况 ……）的不算缺少。"
      "各部分是2019年以前结构的报告（部分标题或前言的部分列表是那时的）由 format.superseded 报一条，不再核对。",
      example="正文有“一、总体情况”“二、主动公开政府信息情况”“五、…”“六、…”，缺少三、四")
def sections(ctx: Context):
    if ctx.source is None or _old_parts(ctx.text):
        return  # a dataset's report is rendered from the format; the structure before 2019 is format.superseded's
    found = find_headings(ctx.text)
    if len(found) < 3:
        # (an excerpt shows one or two parts: only part 一's heading can be told missing, from what comes first)
        first = _unheaded_part_one(ctx.text, found)
        if first:
            title = ctx.fmt.sections[0].title
            yield Hit(f"没有找到这些部分的标题：{title}（前言之后直接是“{first}”）。", evidence={"missing": [title]},
                      quote=first)
        return
    keys = [k for k, _, _ in found]
    order = [s.key for s in ctx.fmt.sections]
    # A page that starts at a heading began mid-report, one that stops without its signature date was
    # cut: the sections before the first / after the last heading found are missing only from the copy.
    first, last = min(order.index(k) for k in keys), max(order.index(k) for k in keys)
    starts = found[0][1] > 0 and bool(ctx.text[:found[0][1]].strip())
    ends = _SIGNED_END.search(ctx.text[-120:]) is not None
    missing = [s.title for i, s in enumerate(ctx.fmt.sections) if s.key not in keys
               and (first < i < last or (i < first and starts) or (i > last and ends)) and not _run_on(ctx.text, s.title)]
    if missing:
        yield Hit(f"没有找到这些部分的标题：{'、'.join(missing)}。", evidence={"missing": missing})
    if keys != sorted(keys, key=order.index):
        titles = {s.key: s.title for s in ctx.fmt.sections}
        yield Hit(f"各部分的顺序不对：{' → '.join(titles[k] for k in keys)}。", evidence={"order": keys})


@rule("format.collapsed_row", "warning", "format", "应分项填写的行印成了一行",
      "格式要求分项填写的行（如2021年版表三“（六）其他处理”的1至3项）在表格中只印成一行、没有各分项：该行的数字保留在"
      " --cells-json 中（t3.other.*），不拆分到各分项。只在表格在该行之后继续（页面没有在此截断）时核对。",
      needs_format=True, example="2022年度报告的表三：“（六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0”，随后是“（七）总计”")
def collapsed_rows(ctx: Context):
    if ctx.source is None:
        return  # a dataset's tables are rendered from the format: every item is there
    text = _squeeze(ctx.text)
    for table in ctx.fmt.tables.values():
        groups: dict[str, list[F.Row]] = {}
        for r in table.rows:
            if len(r.path) >= 3 and re.search(r"\.\d+$", r.key):
                groups.setdefault(r.path[-2], []).append(r)
        for label, items in groups.items():
            at = text.find(_squeeze(label))
            if at < 0:
                continue
            after = text[at + len(_squeeze(label)):]
            rest = [r for r in table.rows if table.rows.index(r) > table.rows.index(items[-1])]
            ends = [i for i in (after.find(_squeeze(r.path[-1])) for r in rest) if i >= 0]
            if not ends:
                continue  # the page stops here: the items may follow on a page not published
            shown = [r for r in items if _squeeze(_item_text(r.path[-1])) in after[:min(ends)]]
            if not shown and re.match(r"[|\d\s]*\d", after):
                yield Hit(f"{table.short}“{label}”只印成一行，缺少{ctx.fmt.name}要求的{len(items)}个分项"
                          f"（{'、'.join(r.path[-1][:12] for r in items)}）。", table.key, quote=label)


@rule("format.extra_row", "warning", "format", "表格中有格式没有的行",
      "已发布报告的表格中，在格式的两行之间多出一行带数字的行（如表二把“其他对外管理服务事项”拆成“行政检查”“行政确认”，"
      "或多出一行格式没有的文件类别）：该行的数字不读入任何单元格。每张表一条。",
      needs_format=True, example="表二：“行政许可 | 0 | 0 | 0”之后是“行政检查 | 0 | 0 | 0”")
def extra_rows(ctx: Context):
    if ctx.source is None:
        return  # a dataset's tables are rendered from the format
    for tkey, labels in ctx.source.extra_rows.items():
        table = ctx.fmt.tables.get(tkey)
        labels = [x for x in labels if table is None or cut_row_label(table, x) is None]  # wording.table_label's
        if table is not None and labels:
            yield Hit(f"{table.short}有{ctx.fmt.name}没有的行：{'、'.join(f'“{x[:20]}”' for x in labels)}，"
                      f"其数字未读入任何单元格；请按格式的行填写。", table.key, quote=labels[0][:40])


def cut_row_label(table: F.Table, label: str) -> str | None:
    """The format's row label that ``label`` is the end of, with words of its start left out (规范性文件 for
    行政规范性文件 in a 2021 table), or None: a shortened label, not a row the format does not have."""
    words = _squeeze(label)
    if len(words) < 3:
        return None
    return next((r.path[-1] for r in table.rows if (full := _squeeze(_item_text(r.path[-1]))) != words
                 and full.endswith(words)), None)


def _item_text(label: str) -> str:
    """An item's words without its number (1.属于国家秘密 → 属于国家秘密), as pages print them with any numbering."""
    return re.sub(r"^\d{1,2}[.．、]", "", label)


def tables_not_printed(ctx: Context) -> list[tuple[F.Section, F.Table]]:
    """(section, table) of a published report whose section has a heading but no word of its table before the next one."""
    if ctx.source is None or ctx.fmt is None:
        return []
    headings = find_headings(ctx.text)
    order = [s.key for s in ctx.fmt.sections]
    gone = []
    for i, (key, _, end) in enumerate(headings):
        section = next(s for s in ctx.fmt.sections if s.key == key)
        if not section.table:
            continue
        # The last heading's part ends where a paragraph opens on a later part's subject (二、…主动公开 / 依申请公开
        # 政府信息。…): the parts after it written as paragraphs inside it. A text that just stops is a cut page.
        stop = headings[i + 1][1] if i + 1 < len(headings) else _later_part_at(ctx.text, end, order.index(key), order)
        if stop is None:
            continue
        body = _squeeze(ctx.text[end:stop])
        table = ctx.fmt.tables[section.table]
        labels = {_squeeze(x) for r in table.rows for x in (r.path[-1], *[c.label for c in r.columns])}
        if not any(x in body for x in labels if len(x) >= 2):
            gone.append((section, table))
    return gone


_PARAGRAPH_OPENING = re.compile(r"^[ \t\u3000]*([^。：:\n]{2,14})", re.M)


def _later_part_at(text: str, start: int, after: int, order: list[str]) -> int | None:
    """Where a paragraph after ``start`` opens on the subject of a part after the ``after``-th, if one does."""
    for m in _PARAGRAPH_OPENING.finditer(text, start):
        key = of_title(m.group(1))
        if key is not None and order.index(key) > after:
            return m.start()
    return None


@rule("format.table_missing", "warning", "format", "表格缺失",
      "格式要求的表格（表二、表三、表四）所在部分有标题，但标题与下一部分标题之间没有表格的任何栏目（表格缺失、"
      "改写成文字或只发布了图片），无法核对。最后一个部分标题之下，以后面部分的内容开头的段落（依申请公开政府信息。……）"
      "也算下一部分的开始；文字就此结束的，是页面被截断，不报。"
      "各部分是2019年以前结构的报告（部分标题或前言的部分列表是那时的）由 format.superseded 报一条，不再核对；"
      "只在“六、其他需要报告的事项”中写了那时的分项的，表格仍应有。", needs_format=True,
      example="“三、收到和处理政府信息公开申请情况”之后只有一句话，紧接着是“四、……”")
def table_missing(ctx: Context):
    if _old_parts(ctx.text):
        return  # a report in the structure before 2019 has no such tables: format.superseded says it once
    gone = tables_not_printed(ctx)
    if gone:  # one finding: the tables of a page are published (or not) the same way
        yield Hit("、".join(f"“{s.title}”之下没有{t.short}" for s, t in gone) + "（缺失、写成文字或只有图片），这些数字无法核对。",
                  gone[0][1].key if len(gone) == 1 else None)


@rule("format.superseded", "warning", "format", "沿用2019年以前的报告结构",
      "报告列出或使用了2019年以前格式才有的部分（如“政府信息公开的收费及减免情况”，作为标题、列举的一项或在前言的部分列表中；只在说没有这类情况的句子里"
      "或说指南的内容时（对收费及减免情况进行了说明）用到这些字的不算），前言的部分列表列的是那时的部分（概述、"
      "回应社会关切、举报投诉、重点领域、不予公开、咨询处理；文末附统计表两种格式的报告都有，不算），或部分标题是那时的结构（一、概述；三、依申请公开办理情况；"
      "小标题（一）公开的主要内容、（二）公开形式，或（一）主动公开政府信息的数量、（二）……的主要类别、（三）……的形式三者俱全），"
      "应按适用的格式编写六个部分。一篇报告报一条，列出所见之处。2019年度以前的报告（当时适用的正是那种结构）不报。",
      needs_format=False, example="全文分为概述、主动公开情况、政府信息公开的收费及减免情况等部分")
def superseded(ctx: Context):
    if ctx.year is not None and ctx.year < min(f.first_year for f in F.all_formats().values()):
        return  # a report of a year before any format: that structure was the one in force
    seen, quote = _old_structure(ctx.text)
    if seen:
        yield Hit(f"报告{'；'.join(seen)}，应按适用的格式编写六个部分。", quote=quote)


def _old_structure(text: str) -> tuple[list[str], str | None]:
    """Where a text shows the structure before 2019, and the words to quote.

    The outline's list, a part named in the text and the headings are three places the old structure shows;
    they are one defect of the report (one finding, naming each place seen)."""
    seen = []
    lines = _squeeze_lines(text)
    part = next((p for p in _superseded_parts() if _names_part(lines, p)), None)
    if part is not None:
        seen.append(f"列出了2019年以前格式的部分“{part}”")
    words = superseded_outline()
    listed = next((m.group(0) for _, o, _ in outlines(text) if (m := words.search(o.group("list")))), None)
    if listed is not None and (part is None or listed not in part):
        seen.append(f"前言的部分列表列有2019年以前格式的“{listed}”")
    line = _old_heading(text)
    if line:
        seen.append(f"部分标题“{line}”是2019年以前格式的结构")
    else:
        line = _old_items(text)
        if line:
            seen.append(f"小标题“{line}”是2019年以前格式的结构")
    return seen, part or listed or line


def _old_parts(text: str) -> bool:
    """Are the report's parts those of the structure before 2019: an old part as a part's heading (三、政府信息公开的收费
    及减免情况), or old parts in the outline, or an old part's heading (一、概述)? (An old item under the format's
    六、其他需要报告的事项 leaves the parts the format's: their tables are still owed.)"""
    lines = _squeeze_lines(text)
    # (the part's name must stand in the text before the slow search for it as a heading is worth running)
    as_part = any(p in lines and re.search(rf"(?:^|[\n。])[一二三四五六七]、[^。\n]{{0,12}}{re.escape(p)}", lines)
                  for p in _superseded_parts())
    words = superseded_outline()
    return as_part or any(words.search(o.group("list")) for _, o, _ in outlines(text)) or _old_heading(text) is not None


# 全年无政府信息公开行政复议、诉讼和申诉情况: the old part's words in a sentence that says there was none.
_NONE_BEFORE = re.compile(r"(?:无|未|没有|未发生|未产生|未出现)[^。；;，,：:]*$")


# Where a part's name stands as a heading or an item of a list of parts: in a numbered line's first words
# (五)政务信息公开的收费及减免情况), after a list's punctuation (、，：), or in a sentence that outlines the report
# (包括……, 由……组成).
_AS_PART = re.compile(r"(?:^|[、，,：:；;\n])[ \t\u3000]*$"
                      r"|(?:^|[\n。；;：:])[ \t\u3000]*[（(]?[一二三四五六七八九十\d]{1,2}[、.．)）][^。，,；;\n]{0,12}$")
_OUTLINE_CUE = re.compile(r"包括|组成|分为|内容有|部分[：:]")


def _names_part(text: str, part: str) -> bool:
    """Does the text name an old part (as a heading or an outline's item), not only say there was none of it, nor
    mention what the part was about (在指南中对收费及减免情况进行了说明)?"""
    for m in re.finditer(re.escape(part), text):
        before = text[max(0, m.start() - 40):m.start()]
        start = max(text.rfind(stop, 0, m.start()) for stop in "。\n") + 1
        ends = [i for i in (text.find(stop, m.end()) for stop in "。\n") if i >= 0]
        sentence = text[start:min(ends, default=len(text))]
        if not _NONE_BEFORE.search(before) and (_AS_PART.search(before) or _OUTLINE_CUE.search(sentence)):
            return True
    return False


@cache
def _superseded_parts() -> tuple[str, ...]:
    return tuple(sorted({p for f in F.all_formats().values() for p in f.superseded_parts}, key=lambda p: (-len(p), p)))


@rule("format.outline", "warning", "format", "前言把总体情况的分项列为报告的部分",
      "前言“本报告由……组成”列出的部分中有“一、总体情况”之下的分项（政府信息管理、政府信息公开平台建设、监督保障），"
      "而不是格式规定的六个部分（一、总体情况 至 六、其他需要报告的事项）。", needs_format=False,
      example="本报告由主动公开、依申请公开、政府信息管理、平台建设、监督保障等内容组成")
def outline_parts(ctx: Context):
    for s, m, _ in outlines(ctx.text):
        listed = overview_items(m.group("list"))
        if listed:
            titles = "、".join(sec.title for sec in (ctx.fmt or F.get(F.codes()[-1])).sections)
            yield Hit(f"前言把“一、总体情况”的分项“{'”“'.join(listed)}”列为报告的部分，格式规定的六个部分为：{titles}。"
                      f"原文：“{s[:120]}”", quote=listed[0])
            return  # one outline a report


@cache
def superseded_outline() -> re.Pattern:
    """Words an outline uses only for the parts of the structure before 2019 (基本概况, 举报投诉 …)."""
    return re.compile("|".join(f.superseded_outline for f in F.all_formats().values() if f.superseded_outline))


def _old_heading(text: str) -> str | None:
    """The first section heading of the structure before 2019 (一、概述) in a text, if any."""
    headings = {h for f in F.all_formats().values() for h in f.superseded_headings}
    for line in text.splitlines():
        m = _TOP_HEADING.match(line) if "、" in line else None  # (a heading's number ends in 、)
        if m and any(re.match(rf"(?:(?:政府)?信息(?:公开)?(?:工作)?的?)?{h}", m.group(1)) for h in headings):
            return line.strip()
    return None


_TOP_HEADING = re.compile(r"^\s*[一二三四五六七]\s*、\s*([^。，]{2,24})$")
# (一)主动公开政府信息的数量。2021年，……: a sub-heading's title, to its first stop (it may run on into its text)
_ITEM_HEADING = re.compile(r"^\s*[（(][一二三四五六七八九十][)）]\s*([^。，,：:；;\n]{2,20})", re.M)


def _old_items(text: str) -> str | None:
    """The item headings of the structure before 2019 ((一)公开的主要内容 …(二)公开形式), when a text has every item of
    one of its sets as sub-headings (a heading may join two: ……的数量及主要类别)."""
    if "公开" not in text:
        return None
    titles = [(m.group(0).strip(), [p.strip() for p in re.split(r"及|和|、", m.group(1).strip())])
              for m in _ITEM_HEADING.finditer(text)]
    for f in F.all_formats().values():
        for items in f.superseded_items:
            # (each title with the items it names: one pass over the titles for the set)
            named = [(line, {i for i in items for p in pieces if re.fullmatch(i, p)}) for line, pieces in titles]
            if set().union(*(hits for _, hits in named)) == set(items):
                return "”“".join(line for line, hits in named if hits)
    return None


@rule("format.section_title", "warning", "format", "部分标题与格式不符",
      "已发布报告的部分标题只有序号和开头的字与格式相同，说的却是另一回事（一、总体要求 应为 一、总体情况）。"
      "只是少了字的标题（二、主动公开信息情况）是文字问题，由 wording.fixed_phrase 报告。"
      "格式允许的写法（二、主动公开政府信息的情况；五、政府信息公开工作存在的主要问题及改进情况；一、总体公开情况）、断行或截断的标题（四、政府信息公）"
      "和标题中重复的词（wording.doubled_word 报告）不算；沿用2019年以前结构的报告（前言、部分或标题任一处）由 format.superseded 报告。"
      "正文已按格式的部分分节（至少两个部分标题与格式相同）时，某一序号的部分标题完全说的是别的事（五、政府信息公开工作创新性做法；"
      "一、加强组织领导，明确责任部门），"
      "也报；第一部分的标题写作“一、基本情况”（××工作的基本情况）、“一、综述”或“一、工作概述”（“概述”前不是“总体”）的也报，但其下是前言（本报告……编制）的“一、工作基本情况”"
      "和表格中带序号的行名（一、本年新收……，断行的“三、本年度”）不算。部分标题的序号与格式不符（没有“一、总体情况”，"
      "各部分从“一、主动公开政府信息情况”排起）也报，只报第一处。"
      "部分的序号单独占一行时，下一行的文字作为标题核对（二、／主要公开政府信息情况）；"
      "下一行已是正文时报标题缺字（一、／某街道成立……）。没有一个部分标题是格式的、却从“一、”“二、”起另列了自己的部分"
      "（一、信息公开机构建立情况；二、信息公开措施落实情况）的，报一条。第一部分另起了标题、其下以“（一）总体情况”起把格式的各部分列为小标题的"
      "（一、报告内容／（一）总体情况／（二）政府信息主动公开情况），也报。", needs_format=False,
      example="一、总体要求 …… 二、主动公开政府信息情况 ……")
def section_title(ctx: Context):
    if ctx.source is None or _old_structure(ctx.text)[0]:
        return  # headings of the structure before 2019 are format.superseded's one finding
    sections = F.get(F.codes()[-1]).sections
    titles = {sec.key: sec.title for sec in sections}
    basic = _BASIC_HEADING.search(ctx.text)
    if basic and not _OPENING_PART.match(ctx.text, basic.end()):
        yield Hit(f"部分标题写作“{basic.group(0).strip()}”，格式规定第一部分为“{sections[0].title}”。",
                  quote=basic.group(0).strip())
    first = sections[0].title.split("、", 1)[1]
    for m in _PARTS_DEMOTED.finditer(ctx.text) if f"）{first}" in ctx.text or f"){first}" in ctx.text else ():
        if m["sub"] == first and not m["words"].startswith(first):
            yield Hit(f"部分标题写作“{m.group('line').strip()}”，其下以“（一）{first}”起把格式的部分列为小标题："
                      f"格式规定第一部分为“{sections[0].title}”，各部分都是一级标题。", quote=m.group("line").strip())
    found = find_headings(ctx.text)
    for key, start, end in found:
        line = ctx.text[start:end].strip()
        words = _TOP_NUMBER.sub("", line)
        title = titles[key].split("、", 1)[1]
        # (一、工作概述: 概述 names part 一 only alone or with 总体; 一、概述 and ……情况概述 are the old structure's
        # headings, format.superseded's)
        other_summary = key == "overview" and "概述" in words and words != "概述" and not re.search("总体|情况", words)
        if other_summary or not (named_by_words(line) or title.startswith(words) or _DOUBLED.search(words)
                                 or left_out(words, title) or _one_word_more(words, title)):
            yield Hit(f"部分标题写作“{line}”，格式规定为“{titles[key]}”。", quote=line)
    yield from _split_headings(ctx.text, sections)
    # 一、主动公开政府信息情况 / 二、收到和处理……: the parts numbered from another part than the format's (总体情况
    # left out, or one part skipped): said once, at the first heading numbered otherwise.
    for key, start, end in found:
        line = ctx.text[start:end].strip()
        number = _TOP_NUMBER.match(line)
        if number and number.group(0)[0] != titles[key][0] and not _names_other_thing(_TOP_NUMBER.sub("", line)):
            first_lost = sections[0].key not in {k for k, _, _ in found} and start == found[0][1]
            lost = f"，报告没有第一部分“{titles[sections[0].key]}”" if first_lost else ""
            yield Hit(f"部分标题“{line}”的序号与格式不符：格式规定为“{titles[key]}”{lost}。", quote=line)
            break
    # (a cut excerpt may hold one of them: 二、主动公开政府信息情况 after the text's 一、 is enough)
    if not found:  # 一、信息公开机构建立情况 / 二、信息公开措施落实情况: parts of its own, none of the format's
        own = [m for m in _NUMBERED_LINE.finditer(ctx.text)
               if not heading(m.group(0), numbered=True) and not _names_other_thing(m.group("words"))]
        if [m.group("n") for m in own[:2]] == ["一", "二"]:
            listed = "；".join(m.group(0).strip() for m in own[:3])
            yield Hit(f"报告的部分标题（{listed}）都不是格式规定的部分，应按格式编写六个部分（一、总体情况；"
                      f"二、主动公开政府信息情况……）。", quote=own[0].group(0).strip())
    if len(found) < 2 and not (found and found[0][0] == sections[1].key):
        return  # the format's parts are not how this text is divided: its own headings are not compared
    # 五、政府信息公开工作创新性做法 among the format's headings: a part's heading that names none of the format's parts
    starts = {start for _, start, _ in found}
    for m in _NUMBERED_LINE.finditer(ctx.text):
        number, words = m.group("n"), m.group("words")
        if m.start() in starts or heading(m.group(0), numbered=True) or _names_other_thing(words):
            continue
        expected = sections[_NUMERALS.index(number)].title if _NUMERALS.index(number) < len(sections) else None
        # (四、政府信息公开行 at a cut page's end: the format's heading, cut short)
        if expected and not (m.end() >= len(ctx.text.rstrip()) and _TOP_NUMBER.sub("", expected).startswith(words)):
            yield Hit(f"部分标题写作“{m.group(0).strip()}”，格式规定第{number}部分为“{expected}”。", quote=m.group(0).strip())


# 二、 alone on its line, the heading's words on the next (or none: the part's text starts there).
_NUMBER_ALONE = re.compile(r"^[ \t]*(?P<n>[一二三四五六])[ \t]*、[ \t]*\n[ \t]*(?P<next>[^\n]*)", re.M)
_TITLE_MAX = 24  # characters a part's heading stays within (五、政府信息公开工作存在的主要问题及改进情况 is 23)


def _split_headings(text: str, sections) -> Iterator[Hit]:
    """A part's number on a line of its own: the words on the next line are its heading, compared with the format's;
    a sentence there means the heading has no words at all."""
    for m in _NUMBER_ALONE.finditer(text) if "、\n" in text or "、 \n" in text else ():
        expected = sections[_NUMERALS.index(m["n"])].title
        title = expected.split("、", 1)[1]
        words = m["next"].strip()
        if len(words) > _TITLE_MAX or re.search(r"[。，,；;]", words):
            yield Hit(f"部分标题只有序号“{m['n']}、”，没有标题文字（格式规定为“{expected}”），其后直接是正文："
                      f"“{around(text, m.start(), m.end())}”。", quote=m.group(0).strip()[:30])
        elif words and not (title.startswith(words) or left_out(words, title) or _one_word_more(words, title)
                            or named_by_words(f"{m['n']}、{words}")):
            yield Hit(f"部分标题写作“{m['n']}、{words}”（序号与文字分在两行），格式规定为“{expected}”。",
                      quote=words)


def _one_word_more(words: str, title: str) -> bool:
    """The format's title with one of the words it may do without put in (一、总体公开情况, 一、总体工作情况)."""
    return any(w in words and words.replace(w, "", 1) == title for w in F.wording()["optional"])


_NUMERALS = "一二三四五六七"
# 一、基本情况 over the part's (一)主动公开情况…: part 一 under the older name. (一、工作基本情况 over the opening's
# 本报告……编制 is the opening's heading, not part 一's.)
# (一、综述: part 一 under a summary's name)
_BASIC_HEADING = re.compile(r"^[ \t]*一[ \t]*[、.．][ \t]*(?:[^。，,；;：:\n]{0,24}基本情况|(?:工作)?综述)[ \t]*$", re.M)
# 一、报告内容 / （一）总体情况 / （二）政府信息主动公开情况: a heading of its own over the format's parts, which are
# numbered as its sub-parts.
_PARTS_DEMOTED = re.compile(r"^(?P<line>[ \t]*一[ \t]*[、.．][ \t]*(?P<words>[^。，,；;：:\n]{2,12}?))[ \t]*\n\s*"
                            r"[（(]一[)）][ \t]*(?P<sub>[^。，,；;：:\n]{2,8}?)[ \t]*$", re.M)
_OPENING_PART = re.compile(r"\s*(?:本(?:年度)?报告|根据|依据|按照)[^。]{0,80}?编制")
# A line that is only a top-level number and a few words: a part's heading.
_NUMBERED_LINE = re.compile(r"^[ \t]*(?P<n>[一二三四五六])[ \t]*、[ \t]*(?P<words>[^。；;：:\n]{4,30}?)[ \t]*$", re.M)
# 一、工作基本情况 is part 一 in other words; the tables' own numbered rows (一、本年新收…) and their labels cut at a
# line's end (三、本年度) are no part headings.
def _names_other_thing(words: str) -> bool:
    return "基本情况" in words or any(label.startswith(words) or words.startswith(label) for label in _table_labels())


@cache
def _table_labels() -> frozenset[str]:
    """Every table row's label of every format without its number (本年度办理结果 …)."""
    return frozenset(_TOP_NUMBER.sub("", part) for f in F.all_formats().values() for t in f.tables.values()
                     for r in t.rows for part in r.path)


_TOP_NUMBER = re.compile(r"^[一二三四五六七]\s*[、.．]\s*")
_DOUBLED = re.compile(r"([\u4e00-\u9fff]{2,4})\1")


@cache
def _table_row_labels() -> frozenset[str]:
    """The table labels without their item numbers and notes too (（六）其他处理 → 其他处理, 1.属于国家秘密 → 属于国家秘密)."""
    return frozenset(re.sub(r"^(?:[（(][一二三四五六七八九十][)）]|\d+\.)", "", label).split("（")[0] for label in _table_labels())


# （一）主动公开情况⏎（二）依申请公开情况: a sub-heading alone on its line, the next one's line right after it.
_EMPTY_SUBPART = re.compile(r"(?m)^[ \t]*[（(](?P<n>[一二三四五六七八九])[)）](?P<title>[^\n。；;，,：:]{2,20})[ \t]*\n(?:[ \t]*\n)*"
                            r"[ \t]*[（(](?P<next>[一二三四五六七八九十])[)）][^\n]*\n(?:[ \t]*\n)*[ \t]*(?P<then>[^\n]{0,3})")


@rule("format.empty_subpart", "warning", "format", "小标题之下没有内容",
      "正文中一个小标题（（一）主动公开情况）单独占一行，下一行就是下一个小标题（（二）……），这一项没有写任何内容。"
      "接连几个小标题都没有内容的（前言中的提纲、目录）和表格的行名（（六）其他处理、（七）总计）不算。", needs_format=False,
      example="（一）主动公开情况／（二）依申请公开情况／本年度未收到政府信息公开申请。（／为换行）")
def empty_subpart(ctx: Context):
    if ctx.source is None:
        return  # a dataset's narrative is written in its fields, not under printed sub-headings
    for m in _EMPTY_SUBPART.finditer(ctx.text):
        if m["title"].strip() in _table_row_labels():
            continue  # （六）其他处理⏎（七）总计: table three's rows, their cells printed elsewhere
        follows = cn_to_int(m["next"]) == cn_to_int(m["n"]) + 1
        # (（一）……⏎（二）……⏎（三）……: a list of headings, an outline, not one empty sub-part)
        if follows and not re.match(r"[（(][一二三四五六七八九十][)）]", m["then"]):
            yield Hit(f"小标题“（{m['n']}）{m['title'].strip()}”之下没有内容，紧接着就是（{m['next']}）。",
                      quote=m.group(0).split("\n")[0].strip())
