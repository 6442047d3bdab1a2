"""统计期限: the report year against the title, the 统计期限 and the dates the text writes."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .. import sections
from .context import Context
from .finding import Hit
from .numerals import normalise_digits
from .registry import rule
from .source import title_year
from .text import around, normalised_sentences, sentences, times

_DATE = r"(?:(?P<{p}y>\d{{4}})\s*年\s*)?(?P<{p}m>\d{{1,2}})\s*月\s*(?P<{p}d>\d{{1,2}})\s*日"
_PERIOD = re.compile(r"统计(?:期限|时限|时间|期间|区间|周期|期(?=[自从为是:：]))[^。\d]{0,12}?" + _DATE.format(p="a")
                     + r"[^。\d]{0,8}?" + _DATE.format(p="b"))


# 统计起止时间为12月31日: a period stated with one date, its start lost.
_ONE_DATE = re.compile(r"(?:统计期限|起止时间|统计时限|统计时间|统计区间|统计周期)\s*(?:为|是|:|：)\s*"
                       r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?=止?\s*[。，,；;])")
_YEAR_SPAN = re.compile(r"(?P<y>\d{4})\s*年\s*1\s*月\s*1\s*日[^。\d]{0,4}至\s*(?:(?P=y)\s*年\s*)?12\s*月\s*(?P<d>\d{1,2})\s*日")


def _date(m: re.Match, p: str, year: int | None) -> dt.date | None:
    y = m.group(p + "y")
    try:
        return dt.date(int(y) if y else year, int(m.group(p + "m")), int(m.group(p + "d")))
    except (TypeError, ValueError):
        return None


@rule("period.range", "error", "period", "统计期限不是报告年度的1月1日至12月31日",
      "统计期限应为报告年度的1月1日至12月31日：数据集的 period 字段，以及正文“统计期限为……至……”所写的日期；"
      "不带“统计期限”字样、写明报告年度1月1日至12月某日的期间（涵盖2020年1月1日至12月21日……），也要到12月31日；"
      "统计期限只写了一个日期、起始日期缺失的（统计起止时间为12月31日）也报。",
      needs_format=False, example="2024年度报告：本报告统计期限为2023年1月1日至2023年12月31日")
def statistical_period(ctx: Context):
    year = ctx.year
    if year is None:
        return
    want = (dt.date(year, 1, 1), dt.date(year, 12, 31))
    if getattr(ctx.ds, "period", None) is not None:
        got = (ctx.ds.period.start, ctx.ds.period.end)
        if got != want:
            yield Hit(f"数据集的统计期限为{got[0]}至{got[1]}，{year}年度报告应为{want[0]}至{want[1]}。",
                      evidence={"period": [str(got[0]), str(got[1])], "year": year})
    for s in normalised_sentences(ctx.text):
        m = _PERIOD.search(s)
        one = _ONE_DATE.search(s) if not m and ("统计" in s or "起止" in s) else None
        if one:
            yield Hit(f"统计期限只写了一个日期，缺少起始日期：“{one.group(0)}”，{year}年度报告应为{year}年1月1日至12月31日。"
                      f"原文：“{s}”", quote=one.group(0))
            continue
        if not m:
            # 涵盖2020年1月1日至12月21日……: the year's span said without 统计期限, ending before 12月31日
            short = _YEAR_SPAN.search(s) if "1月1日" in s else None
            if short and int(short["y"]) == year and int(short["d"]) != 31:
                yield Hit(f"正文所写的期间为{year}年1月1日至12月{short['d']}日，{year}年度报告应统计到12月31日。原文：“{s}”",
                          quote=short.group(0))
            continue
        start = _date(m, "a", year)
        end = _date(m, "b", start.year if start else year)
        if start and end and (start, end) != want:
            yield Hit(f"正文所写统计期限为{start.year}年{start.month}月{start.day}日至{end.year}年{end.month}月{end.day}日，"
                      f"{year}年度报告应为{year}年1月1日至12月31日。原文：“{s}”", quote=s)


@rule("period.title_year", "error", "period", "标题年份与报告年度不符",
      "报告标题中的年份（××××年政府信息公开工作年度报告；标题少了“年”或“政府”的，2022度某街道信息公开工作年度报告，也读）应为报告年度。没有标题行时，正文中列为已公开信息的"
      "往年报告（包括……2020年……年度报告、……；……年度报告1条）和所引其他文件书名号内的年份（《关于做好2022年……年度报告……的工作提示》）"
      "不是标题；开头“现向社会公布……报告”的年份由 period.announced_year 核对。",
      needs_format=False,
      example="2021年度的数据，标题写作“2020年政府信息公开工作年度报告”")
def title(ctx: Context):
    if ctx.source is None or ctx.year is None:
        return  # a dataset's title is made from its year
    y = title_year(ctx.source.text)
    if y is not None and y != ctx.year:
        yield Hit(f"标题年份为{y}年，报告年度为{ctx.year}年。", evidence={"title_year": y, "year": ctx.year})


# 202020年, 20201月1日, 2025111231日: digits run together; 1月日, 2020年月1日: a number missing (2025年月浦镇: a
# place whose name begins with 月 after the year);
# 2023 1 1 日: 年 and 月 lost between spaced numbers (a PDF's text layer); 2022 1月1日, 2021 1231日: 年 lost
# after a year that a space still keeps apart from the month; 12月31止: 日 lost before 止/至.
# 至2020你那12月31日: other characters typed in place of 年 in a date of a span. 于1225日: 月 lost between month
# and day.
_GARBLED = re.compile(r"\d{5,}\s*[年月日]|\d\s*月\s*日|\d{4}\s*年\s*月(?=\s*(?:\d|日|[至止起到底]))|\d\s*月\s*\d{1,2}\s*(?=[止至到起])"
                      r"|\d{4}\s+(?:\d{1,2}\s+\d{1,2}\s*日|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{3,4}\s*日)"
                      r"|(?<=[至到自从])20\d{2}(?!年)[\u4e00-\u9fff]{1,2}\d{1,2}\s*月\s*\d{1,2}\s*日"
                      r"|(?<=[于至到自从])(?:1[0-2]|0?[1-9])(?:[0-2]\d|3[01])\s*日"
                      # 2023年1月1日一2023年12月31日: the numeral 一 for the dash between two dates
                      r"|\d\s*日\s*一\s*(?=20\d{2}\s*年)"
                      # 12月31号止: the spoken 号 for the written 日
                      r"|\d{1,2}\s*月\s*\d{1,2}\s*号"
                      # 截至202012我局……: a year and a month run together, 年 and 月 both lost
                      r"|(?<=[截至止到于])20[0-4]\d(?:0[1-9]|1[0-2])(?![\d年月日])"
                      # 统计期限自20251120251231: both dates of the span run together, every 年月日 and 至 lost
                      r"|(?<=[自从起])20[0-4]\d{9,12}(?!\d)"
                      # 统计期限从2023年1月1日12月31日: the two dates of a span with 至 lost between them
                      r"|\d\s*日\s*(?=(?:20[0-4]\d\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)"
                      # 规划（20212035）: the two years of a plan's span with the dash between them lost
                      r"|(?<=[（(])20[0-4]\d20[0-4]\d(?=[)）])")
_DIGIT = re.compile(r"\d")
_FULL_DATE = re.compile(r"(\d\d{3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")  # (one digit first, not a repeat: found fast)


@lru_cache(maxsize=4096)  # (a sentence read once, though the reports of a batch repeat sentences)
def _garbled_in(sentence: str) -> tuple[re.Match, ...]:
    # (every shape of _GARBLED holds a digit: a sentence without one is not scanned)
    return tuple(_GARBLED.finditer(sentence)) if _DIGIT.search(sentence) else ()


@rule("period.garbled_date", "error", "period", "日期错乱",
      "正文中的日期写错：数字连写（202020年、20201月1日、2025111231日）、缺少年月日（1月日、2023 1 1 日、2022 1月1日、12月31止），"
      "期限中的年份后打成了别的字（至2020你那12月31日），月日连写（于1225日收到申请），年月连写（截至202012），日写成了“号”（至2023年12月31号止），"
      "或月、日不存在（2月30日），或落款、标题下的日期只剩数字（××局⏎2021113），"
      "或期限的两个日期之间缺了“至”（统计期限从2023年1月1日12月31日）、括号中起止年份之间缺了连接号（规划（20212035））。",
      needs_format=False, example="统计期限为20201月1日至2020年12月31日")
def garbled_dates(ctx: Context):
    text = normalise_digits(ctx.text)
    # One finding per report: a period written wrong where it is stated and again where it is repeated
    # (截至20211231日) is one slip to the reader; every place is quoted.
    places = [(s, _garbled_in(s)) for s in sentences(text)]
    places = [(s, found) for s, found in places if found]
    if places:
        said = "；".join(f"{'、'.join(f'“{m.group(0)}”' for m in found)}（原文：“{s[:60]}”）" for s, found in places)
        s, found = places[0]
        # the words that carry the slip, a few characters each side: not the whole sentence it is in
        yield Hit(f"日期写错{times(len(places))}：{said}。", quote=s[max(0, found[0].start() - 6):found[-1].end() + 2])
    for m in _DIGITS_ONLY_DATE.finditer(text) if "\n" in text else ():
        # (quoted with the line it stands under, the signature's organ or the title)
        yield Hit(f"日期只剩数字：“{m.group(1)}”缺少年、月、日：“{around(text, m.start(1), m.end(1), 16)}”。",
                  quote=" ".join(m.group(0).split()))
    for m in _FULL_DATE.finditer(text):
        try:
            dt.date(*(int(g) for g in m.groups()))
        except ValueError:
            yield Hit(f"日期不存在：“{around(text, m.start(), m.end())}”。", quote=m.group(0))


# 四川省发展和改革委员会⏎2021113: the date under a signature written as bare digits (年, 月 and 日 lost).
# 竹泓镇2025政府信息公开工作年度报告⏎20261: or under the title, the day left out too.
_DIGITS_ONLY_DATE = re.compile(r"^[ \t\u3000]*(?:[\u4e00-\u9fff（）()]{4,30}|[^\n]{4,60}报告)[ \t\u3000]*\n(?:[ \t\u3000]*\n)*"
                            r"[ \t\u3000]*(20[0-4]\d(?:1[0-2]|0?[1-9])(?:3[01]|[12]\d|0?[1-9])?)[ \t\u3000]*$", re.M)


_CARRY_YEAR = re.compile(r"(?:结转|转结)(?:至|到)?(\d{4})\s*年")


@rule("period.carry_year", "warning", "period", "结转年份不是下一年度",
      "结转的申请应在下一年度办理：正文“结转至××××年”的年份应为报告年度加1（同一句（到“；”为止）先说上一年度收到、结转至本年度的，"
      "是上年结转，不报）。", needs_format=False,
      example="2024年度报告：0件转结2024年办结")
def carry_year(ctx: Context):
    if ctx.year is None:
        return
    text = normalise_digits(ctx.text)
    for m in _CARRY_YEAR.finditer(text):
        # 2023年收到，结转至2024年答复 in a 2024 report: last year's application carried into this year.
        # (……2024年结转183件；全年办理1875件，结转2025年344件: last year's carry-in is another statement, after ；)
        clause = text[max(0, max(text.rfind(c, 0, m.start()) for c in "。；;") + 1):m.start()]
        carried_in = int(m.group(1)) == ctx.year and (f"{ctx.year - 1}年" in clause or "上年" in clause)
        if int(m.group(1)) != ctx.year + 1 and not carried_in:
            yield Hit(f"{ctx.year}年度报告写结转到{m.group(1)}年，应为{ctx.year + 1}年：“{around(text, m.start(), m.end())}”。",
                      quote=m.group(0))


# A title line: the organ and 政府信息公开…报告, with or without the year.
_TITLE_LINE = re.compile(r"^[\u4e00-\u9fff（）]{2,40}(?:政府)?信息公开(?:工作)?(?:年度)?(?:工作)?报告$")


@rule("period.title_no_year", "warning", "period", "标题没有年份",
      "已发布报告的标题（××政府信息公开工作年度报告）没有写明是哪一年度的报告。", needs_format=False,
      example="青松街道办事处政府信息公开工作年度报告")
def title_without_year(ctx: Context):
    if ctx.source is None:
        return  # a dataset's title is made from its year
    # (定西市政府信息公开工作年度报告 |: a table cell's bar left at a scraped title's end)
    lines = [x.strip(" \t|") for x in ctx.source.text.splitlines()[:8] if x.strip(" \t|")]
    titled = [x for x in lines if _TITLE_LINE.match(x)]
    # The year may stand on a title line of its own (2023年 / 政府信息公开…报告), not in the opening's sentences,
    # or end the line the title breaks after, its 年 carried to the next (某某办公室2020 / 政府信息公开工作年度报告).
    title_block = [x for x in lines if len(x) <= 40 and not re.search(r"[，,。；;]", x)]
    if titled and not any(re.search(r"\d{4}\s*年|(?<!\d)(?:19|20)\d{2}$", x) for x in title_block):
        yield Hit(f"标题“{titled[0]}”没有写明年度。", quote=titled[0])


# 截至2019年12月30日: the data of a year counted up to a day before its end.
_CUTOFF = re.compile(r"(?:截至|截止|截止到|截止至)\s*(\d{4})\s*年度?\s*(?:12\s*月\s*(\d{1,2})\s*日|年?底|末)")
# 较截至2020年底增加……: an earlier year's end given as the base of a comparison, not as the figures' date
_COMPARED = re.compile(r"较|比|(?<!新)增|减|同期|以来")
# 截至2018年12月31日，我局新增主动公开……266条 in a 2019 report: the year's new figures dated to the year before,
# wrong even where the text gives this year's end elsewhere
_NEW_THIS_YEAR = re.compile(r"新增|新发布|新公开|新制作")


@rule("period.cutoff", "warning", "period", "数据截止日期不是本年度的12月31日",
      "正文所写的本年度数据截止日期（截至××××年12月×日）应为12月31日，否则统计期限不完整；"
      "写成另一年的年底（2022年度报告：截至2021年底，我镇……）的，是套用了其他年度报告的句子"
      "（同一句在作比较的——较、同比、增减、以来——或正文另写明截至本年度年底的，不报；但同一句说的是“新增”“新发布”的数、"
      "又没有写别的年份的，仍报：截至2018年12月31日，我局新增……，在2019年度报告中）。", needs_format=False,
      example="截至2020年12月30日，本镇共公开信息120条")
def cutoff(ctx: Context):
    if ctx.year is None:
        return
    text = normalise_digits(ctx.text)
    found = list(_CUTOFF.finditer(text))
    # a text that dates its own figures to this year's end and gives another year's too is comparing the two
    own_year_given = any(int(m.group(1)) == ctx.year for m in found)
    for m in found:
        year, day = int(m.group(1)), m.group(2)
        quoted = around(text, m.start(), m.end())
        if year == ctx.year and day is not None and int(day) != 31:
            yield Hit(f"数据截止到{year}年12月{day}日，本年度应统计到12月31日：“{quoted}”。", quote=m.group(0))
        elif year != ctx.year and not _COMPARED.search(sentence := _sentence_at(text, m.start())) and (
                not own_year_given or (_NEW_THIS_YEAR.search(sentence) and len(set(re.findall(r"\d{4}(?=\s*年)", sentence))) == 1)):
            yield Hit(f"{ctx.year}年度报告的数据截止到{year}年年底（{m.group(0)}），应为{ctx.year}年12月31日：“{quoted}”。",
                      quote=m.group(0))


def _sentence_at(text: str, pos: int) -> str:
    start = max(text.rfind(c, 0, pos) for c in "。；;\n") + 1
    ends = [i for i in (text.find(c, pos) for c in "。；;\n") if i >= 0]
    return text[start:min(ends, default=len(text))]


@rule("period.unsigned", "warning", "period", "没有落款日期",
      "报告末尾应有落款单位和成文日期（落款日期）；没有日期的报告无从判断是否按时公布。",
      needs_format=False, example="数据集没有 signed 字段，或已发布的报告末尾只有单位名称")
def unsigned(ctx: Context):
    if ctx.ds is not None and ctx.ds.signed is None:
        yield Hit("报告没有落款日期：请在数据集中填写 signed（如 2021-01-20），页面末尾将在单位名称下写明日期。",
                  evidence={"signed": None})


@rule("period.signed_early", "error", "period", "落款日期早于统计期限终止日",
      "落款日期（成文日期）应在统计期限结束之后：一年的报告不能在这一年结束之前写成。",
      needs_format=False, example="2021年度报告，落款日期为2021年12月1日")
def signed_early(ctx: Context):
    if ctx.ds is None or ctx.ds.signed is None:
        return
    end = ctx.ds.statistical_period.end
    if ctx.ds.signed <= end:
        yield Hit(f"落款日期为{ctx.ds.signed}，不晚于统计期限终止日{end}：年度报告应在统计年度结束后成文，请核对落款日期或年度。",
                  evidence={"signed": str(ctx.ds.signed), "period_end": str(end)})



# A report named with its year: 2024年政府信息公开工作年度报告, 2020年度呈贡区司法局政府信息公开年度报告.
_NAMED_REPORT = r"(?P<ry>\d{4})\s*年度?[\u4e00-\u9fff（）]{0,24}?政府信息公开(?:工作)?(?:年度)?(?:工作)?报告"
# The opening that publishes the report: 现公布…, 特向社会公布…, 现予以公开….
# (现就……情况，向社会公布某局2023年度……: 向社会 without 现 or 特 before it)
_ANNOUNCES = re.compile(r"(?:(?:现|特)(?:向社会)?|向社会)(?:予以|将)?(?:公布|发布|公开|公示)[《〈“]?[\u4e00-\u9fff（）]{0,24}?"
                        + _NAMED_REPORT
                        # 结合2024年某街道政府信息公开工作实际，编制本报告: the year whose work the report is compiled on
                        + r"|结合(?P<wy>\d{4})\s*年度?[^。，,]{0,24}?(?:政府信息公开|政务公开)[^。，,]{0,6}?实际"
                        # 完成2020年政府信息公开工作，形成本报告: the year whose work the report sums up
                        r"|完成(?P<cy>\d{4})\s*年度?[^。，,]{0,24}?(?:政府信息公开|政务公开)工作[，,]\s*(?:形成|编制|撰写)了?本(?:年度)?报告")
# A report said to be published on or before a date: …年度报告，并于2024年1月15日之前在…公布.
_PUBLISHED_BY = re.compile(_NAMED_REPORT + r"[^。；]{0,12}?[于在]\s*(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
                           r"\s*(?:之前|以前|前)?[^。；]{0,40}?(?:公布|发布|公开|上网)")


@rule("period.announced_year", "error", "period", "开头所发布的报告年度与本报告不符",
      "报告开头“现公布（特向社会公布、向社会公布）××××年……政府信息公开工作年度报告”“结合××××年……政府信息公开工作实际”"
      "或“完成××××年政府信息公开工作，形成本报告”中的年份"
      "应为本报告的年度；写成另一年，多为套用其他年度报告的文字。", needs_format=False,
      example="2019年度报告的开头：特向社会公布2020年度本局政府信息公开年度报告")
def announced_year(ctx: Context):
    if ctx.source is None or ctx.year is None:
        return  # a dataset's report is written from its year
    text = normalise_digits(ctx.text[:800])
    if "公" not in text:
        return
    for m in _ANNOUNCES.finditer(text):
        if int(m["ry"] or m["wy"] or m["cy"]) != ctx.year:
            what = (f"发布的是{m['ry']}年度的报告" if m["ry"] else f"说本报告结合的是{m['wy']}年的工作实际" if m["wy"]
                    else f"说本报告总结的是{m['cy']}年的工作")
            yield Hit(f"{ctx.year}年度报告的开头{what}：“{m.group(0)}”。", quote=m.group(0))
            return


@rule("period.published_early", "error", "period", "报告的发布日期早于其统计年度结束",
      "正文说某年度的报告于某日（之前）公布，而该日期不晚于那一年的12月31日：一年的报告只能在这一年结束后发布，"
      "多为沿用上一年的句子只改了年份。", needs_format=False,
      example="完成本街道2024年政府信息公开年度报告，并于2024年1月15日前在区政府网站公布")
def published_early(ctx: Context):
    for s in normalised_sentences(ctx.text):
        if "报告" not in s or "日" not in s:
            continue  # a cheap test: most sentences name no report and no date
        for m in _PUBLISHED_BY.finditer(s):
            on = _date(m, "", None)
            if on is not None and on <= dt.date(int(m["ry"]), 12, 31):
                yield Hit(f"{m['ry']}年度的报告说于{on.year}年{on.month}月{on.day}日（之前）发布，早于该年度结束："
                          f"“{around(s, m.start(), m.end())}”。", quote=m.group(0)[:60])


# 2021年将从以下方面进行改进 / 2021年工作计划: plans are for the year after the report's.
_PLAN = re.compile(r"(?P<y>\d{4})\s*年度?[，,]?(?:[我本][\u4e00-\u9fff]{1,3}|[\u4e00-\u9fff]{2,6}(?:镇|乡|街道|苏木|局|委|办))?"
                   r"(?:将|计划|拟|打算)(?:从|继续|进一步|着力|重点|加大|持续|不断|围绕|做好|加强)"
                   r"|(?P<wy>\d{4})\s*年度?(?:工作)?(?:计划|打算|思路|工作重点|工作安排|改进措施)[:：]")
_PLAN_WORD = re.compile(r"将|计划|拟|打算|思路|工作重点|工作安排|改进措施")
_RECOUNTED = re.compile(r"上一?年|去年|报告中|提出")  # last year's plans recounted: 上年报告提出2021年将……
# 2022年,我镇在网站主动公开政府信息223条 (in the 2023 report): a sentence that opens with a year and counts what
# was done (after its item's number and heading), with no other year and no comparison in it, gives the report's own figures.
# (……做到应公开尽公开,2021年度共主动公开政府信息4条。: or a clause after the sentence's first that opens so)
_DATED_COUNT = re.compile(r"(?:^\s*(?:(?:\d[.、．]|[（(][一二三四五六七八九十\d][)）])(?:[^。；;，,\d\s]{2,16}\s)?)?|[，,])"
                          # (2020年政府信息公开年报1条: a document counted, not the year's work)
                          r"\s*(?P<y>\d{4})\s*年度?[，,]?(?![^。；;，,\d]{0,16}(?:年报|报告)\s*\d)"
                          r"[^。；;，,\d]{0,40}?(?:公开|发布|公布|收到|受理|制定|制发|印发|办理|更新|推送|产生|制作)"
                          r"[^。；;，,\d]{0,20}?\d+\s*[条件篇次个]")
# 2024年某乡未收到和办理依申请公开信息 (in the 2025 report): the year's none said under another year.
_DATED_NONE = re.compile(r"(?:^|(?<=[，,]))\s*(?P<y>\d{4})\s*年度?[，,]?[^。；;，,\d]{0,16}?"
                         r"(?:未收到|没有收到|未受理|未发生|未办理)")
# (2024年全区结转政府信息公开申请14件, in the 2025 report: last year's carried over, named by its year)
_COMPARES = re.compile(r"较|比|增|减|分别|以来|累计|结转")


@rule("period.other_year", "warning", "period", "正文把本年度的数字或计划写成了别的年份",
      "句首（或句中逗号后的分句开头）写明年份、接着说本机关公开（发布、受理、制定……）了多少条（件）或没有收到（发生）什么的，"
      "年份应为报告年度（2023年度报告：2022年，我镇在网站主动公开政府信息223条；……做到应公开尽公开，2022年度共主动公开政府信息4条；"
      "2022年某乡未收到依申请公开）；对改进工作的打算应是下一年度的（“××××年将从以下方面改进”"
      "“××××年工作计划：”的年份不应早于或等于报告年度）。多为沿用上一年报告的句子没有改年份。"
      "句中另有年份或作比较（较、同比、增减、累计、以来）的，说上年结转的，回顾上年报告所提计划的，不报。第一部分（总体情况）开头一句的年份不是报告年度的"
      "（2023年度报告：一、总体情况 2022年，某局认真贯彻……；年份后不带逗号、直接是主语的，2022年某街道办事处按照……，也算；"
      "2022年以来、2022年底不算）也报，"
      "其后各分项的开头一句也一样（（二）依申请公开政府信息情况。2022年，……）；本年制定、印发的工作要点、任务分工、实施方案"
      "写的是过去的年度（2023年度报告：制定2022年度政府信息公开任务分工表）的也报。", needs_format=False,
      example="2021年度报告第五部分：2021年将从以下方面进行改进")
def other_year(ctx: Context):
    if ctx.year is None or "年" not in ctx.text:
        return
    # 一、总体情况 / 2022年，某局认真贯彻……: part 一 opening with another year, last year's opening kept
    headings = sections.find_headings(ctx.text)
    overview = next((end for key, _, end in headings if key == "overview"), None)
    opening = _PART_ONE_OPENS.match(ctx.text, overview) if overview is not None else None
    if opening and int(opening["y"]) != ctx.year:
        yield Hit(f"{ctx.year}年度报告第一部分开头写的是{opening['y']}年：“{around(ctx.text, opening.start('y'), opening.end() + 12)}”。",
                  quote=ctx.text[opening.start("y"):opening.end()])
    # （二）依申请公开政府信息情况。2022年，……: a later sub-part of part 一 opening with another year, as above
    later = min((start for _, start, _ in headings if overview is not None and start > overview), default=len(ctx.text))
    for m in _SUB_PART_OPENS.finditer(ctx.text, overview, later) if overview is not None else ():
        if int(m["y"]) != ctx.year:
            yield Hit(f"{ctx.year}年度报告第一部分的分项开头写的是{m['y']}年：“{around(ctx.text, m.start('y'), m.end() + 12)}”。",
                      quote=ctx.text[m.start("y"):m.end()])
    for m in _PAST_PLAN_MADE.finditer(ctx.text) if "年" in ctx.text else ():
        if int(m["y"]) < ctx.year:
            yield Hit(f"{ctx.year}年度报告称本年制定的工作安排是{m['y']}年度的：“{around(ctx.text, m.start(), m.end())}”。",
                      quote=m.group(0))
    for s in normalised_sentences(ctx.text):
        if "年" not in s:
            continue
        m = _DATED_COUNT.search(s) or _DATED_NONE.search(s)
        if m and int(m["y"]) != ctx.year and len(set(_YEARS.findall(s))) == 1 and not _COMPARES.search(s):
            yield Hit(f"{ctx.year}年度报告把本机关的数字写在{m['y']}年名下：“{around(s, m.start('y'), m.end())}”。",
                      quote=s[m.start('y'):m.end()])
        if not _PLAN_WORD.search(s) or _RECOUNTED.search(s):
            continue
        for m in _PLAN.finditer(s):
            year = int(m["y"] or m["wy"])
            if year <= ctx.year:
                yield Hit(f"{ctx.year}年度报告写的是{year}年的计划，应为{ctx.year + 1}年：“{around(s, m.start(), m.end())}”。",
                          quote=m.group(0))


_YEARS = re.compile(r"(\d\d{3})\s*年")  # (one digit first, not a repeat: found fast)
# （一）主动公开 / 2022年，……: after part 一's heading, the year that opens its first paragraph (under its first
# sub-heading).
# 制定2022年度政府信息公开任务分工表 in a 2023 report: the year's own plan made for a past year, last year's sentence kept
_PAST_PLAN_MADE = re.compile(r"(?:制定|印发|出台|制发|编制)了?《?[\u4e00-\u9fff]{0,12}?(?P<y>\d{4})年度?[\u4e00-\u9fff]{0,16}?"
                             r"(?:工作要点|任务分工|实施方案|工作计划|任务清单)")
_SUB_PART_OPENS = re.compile(r"^[ \t\u3000]*[（(][二三四五六七八九十][)）][^\n。]{0,24}?[。\s：:]\s*(?P<y>\d{4})\s*年度?[，,]", re.M)
_PART_ONE_OPENS = re.compile(r"[^\S\n]*\n(?:\s*[（(]一[)）][^\n]{0,30}\n)?\s*(?:[（(]一[)）][^\n。]{0,20}?[。\s])?"
                             # (2022年某街道办事处按照……: the year and then the subject, no comma between)
                             r"\s*(?P<y>\d{4})\s*年度?(?:[，,]|(?![以来前底初末中上下起至])(?=[\u4e00-\u9fff]{4}))")


# Meetings a report may cite, by the day they opened: a report is published early in the year after its own.
_EVENTS = {
    "十九届四中全会": dt.date(2019, 10, 28),
    "十九届五中全会": dt.date(2020, 10, 26),
    "十九届六中全会": dt.date(2021, 11, 8),
    "二十大": dt.date(2022, 10, 16),
    "二十届一中全会": dt.date(2022, 10, 23),
    "二十届二中全会": dt.date(2023, 2, 26),
    "二十届三中全会": dt.date(2024, 7, 15),
    "二十届四中全会": dt.date(2025, 10, 20),
}
# 二十大 only as the congress (党的二十大, 二十大精神), not 二十大类 or 二十大项
_EVENT = re.compile("|".join(n for n in _EVENTS if n != "二十大") + r"|二十大(?<=党的二十大)|二十大(?=精神|报告|胜利|召开|以来|代表)")
_PUBLISHED_BY_MONTH = 5  # annual reports are due by 31 January, and the late ones still appear by spring


@rule("period.later_event", "warning", "period", "正文引用了报告年度之后才召开的会议",
      "报告在下一年年初发布，正文却引用了在那之后才召开的会议（2020年度报告引用2021年11月召开的十九届六中全会）："
      "报告的年份（标题、统计期限）多半沿用了上一年的没有改。", needs_format=False,
      example="2020年度报告：坚持以党的十九届六中全会精神为指导")
def later_event(ctx: Context):
    if ctx.year is None or "会" not in ctx.text:
        return
    latest = dt.date(ctx.year + 1, _PUBLISHED_BY_MONTH, 1)
    for m in _EVENT.finditer(ctx.text):
        opened = _EVENTS[m.group(0)]
        if opened >= latest:
            yield Hit(f"{ctx.year}年度报告引用了{opened.year}年{opened.month}月召开的{m.group(0)}，"
                      f"报告的年度或统计期限可能写错：“{around(ctx.text, m.start(), m.end())}”。", quote=m.group(0))
            return
