"""内容质量: empty sections, text repeated from last year or from another township, 规章 of a township."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import formats as F
from ..dataset import DatasetBase
from ..formats import cell_key
from ..names import township
from ..sections import find_headings
from .context import Context, narrative_text
from .finding import Hit
from .labels import row_name
from .numerals import normalise_digits
from .registry import rule
from .text import PRINTED_TWICE, around, normalised_sentences, repeated_paragraphs

_EMPTY = re.compile(r"^[\s。.]*(?:无|暂无|没有|无\w{0,8}问题)?[\s。.]*$")


def section_text(ctx: Context, key: str) -> str | None:
    """The text of one section: the dataset's field, or in a report what lies between its heading and the next."""
    if ctx.source is None:
        return getattr(getattr(ctx.ds, "narrative", None), key, None)
    return _section(ctx.fmt, ctx.text, key) if ctx.fmt is not None else None


def _section(fmt, text: str, key: str) -> str | None:
    """What lies between a report's heading of section ``key`` and the next heading."""
    headings = find_headings(text)
    for i, (k, _, end) in enumerate(headings):
        if k == key:
            stop = headings[i + 1][1] if i + 1 < len(headings) else len(text)
            return text[end:stop]
    return None


def bounded_section_text(ctx: Context, key: str) -> str | None:
    """Like :func:`section_text`, but in a report only a section with a heading after it: text that
    simply stops after a heading is a cut page, not an empty section."""
    if ctx.source is None:
        return section_text(ctx, key)
    keys = [k for k, _, _ in find_headings(ctx.text)] if ctx.fmt else []
    if key not in keys or keys[-1] == key:
        return None
    return section_text(ctx, key)


@rule("content.problems_empty", "warning", "content", "“五、存在的主要问题及改进情况”为空或只写“无”",
      "第五部分应写明存在的问题和改进措施，不能为空或只写“无”。", needs_format=False,
      example="problems: 无。")
def problems_empty(ctx: Context):
    text = bounded_section_text(ctx, "problems")
    if text is not None and _EMPTY.match(text):
        yield Hit(f"第五部分“{text.strip() or '（空白）'}”没有写明存在的问题和改进措施。", quote=text.strip())


# ---------------------------------------------------------------- copy-paste

_CLAUSE = re.compile(r"[^，,；;。！？!?：:\n]+")
_DIGIT_RUN = re.compile(r"\d\d*")  # (one digit first, not a repeat: found fast)
_MIN_CLAUSE = 8  # shorter clauses (一是, 全年) repeat in any two reports


@lru_cache(maxsize=4096)
def clauses(text: str) -> tuple[tuple[str, int, int], ...]:
    """(clause with digits masked, start, end) of a narrative: 主动公开信息94条 and …88条 are the same clause."""
    # A line break ends a clause: read line by line, each line once (the reports of a batch repeat their lines).
    out, at = [], 0
    for line in text.split("\n"):
        out += ((masked, at + start, at + end) for masked, start, end in _line_clauses(line))
        at += len(line) + 1
    return tuple(out)


@lru_cache(maxsize=4096)
def _line_clauses(line: str) -> tuple[tuple[str, int, int], ...]:
    out = []
    # Digits masked in one pass over the line, not clause by clause: a digit is no clause mark, so the masked line's
    # clauses are the line's, one for one.
    for m, masked in zip(_CLAUSE.finditer(line), _CLAUSE.findall(_DIGIT_RUN.sub("#", line))):
        masked = masked.strip()
        if len(masked) >= _MIN_CLAUSE:
            out.append((masked, m.start(), m.end()))
    return tuple(out)


def repeated(text: str, other: str) -> tuple[float, str]:
    """(share of ``text``'s clause characters also in ``other``, the longest run of repeated clauses as written)."""
    mine = clauses(text)
    if not mine:
        return 0.0, ""
    theirs = {c for c, _, _ in clauses(other)}
    total = sum(len(c) for c, _, _ in mine)
    count, best, run_start = 0, (0, 0), None
    for c, start, end in mine:
        if c in theirs:
            count += len(c)
            run_start = start if run_start is None else run_start
            if end - run_start > best[1] - best[0]:
                best = (run_start, end)
        else:
            run_start = None
    return count / total, text[best[0]:best[1]]


def _copy_hit(share: float, longest: str, whom: str, threshold: float) -> Hit:
    return Hit(f"正文有{share:.0%}与{whom}相同（阈值{threshold:.0%}），最长的相同段落：“{longest[:120]}”",
               quote=longest[:120], evidence={"share": round(share, 3), "threshold": threshold})


@rule("content.copy_previous", "warning", "content", "正文与上一年度报告大量雷同",
      "本年正文中与同一乡镇上一年度正文相同的分句（数字不计）所占比例超过阈值（默认60%，nianbao check --similarity 可调；"
      "第一部分之前的前言每年照例相同，不计），"
      "并引用最长的相同段落。上一年度为数据集（--previous 目录），或已发布的报告（check --report 本年报告 --previous 上年报告）。",
      needs_format=False, example="2021年正文与2020年正文只有数字不同")
def copy_previous(ctx: Context):
    prev = ctx.previous
    if isinstance(prev, DatasetBase):
        last, whom = narrative_text(prev), f"上一年度（{prev.year}年）报告"
    elif ctx.source is not None and ctx.source.previous_text:
        last, whom = ctx.source.previous_text, "上一年度已发布的报告"  # a published report checked with last year's
    else:
        return
    share, longest = repeated(_after_opening(ctx.text), _after_opening(last))
    if share > ctx.copy_threshold:
        yield _copy_hit(share, longest, whom, ctx.copy_threshold)


def _after_opening(text: str) -> str:
    """The text from its first part's heading on: the opening (the regulation and notice cited, the statistics
    period, the contact) is the same every year by design, not a copy."""
    found = find_headings(text)
    return text[found[0][1]:] if found else text


@rule("content.copy_sibling", "warning", "content", "正文与同年其他乡镇的报告大量雷同",
      "同一目录（同一年度）的其他乡镇中与本报告最相近的几个（按分句的 MinHash 近邻查找），相同分句（数字不计）"
      "所占比例最高者超过阈值时提示，并引用最长的相同段落。",
      needs_format=False, example="同一批检查的两个乡镇，正文除乡镇名称和数字外完全相同")
def copy_sibling(ctx: Context):
    same_year = [s for s in ctx.siblings if s.year == ctx.year]
    if not same_year:
        return
    share, longest, other = max((repeated(ctx.text, s.text) + (s,) for s in same_year), key=lambda r: r[0])
    if share > ctx.copy_threshold:
        yield _copy_hit(share, longest, f"{other.organ}（{other.township_id}）的报告", ctx.copy_threshold)


def _previous_problems(ctx: Context) -> str | None:
    """Last year's 五、存在的主要问题及改进情况: the previous dataset's, or that section of last year's published report."""
    prev = ctx.previous
    if isinstance(prev, DatasetBase):
        return getattr(getattr(prev, "narrative", None), "problems", None)
    if ctx.source is not None and ctx.source.previous_text and ctx.fmt is not None:
        return _section(ctx.fmt, ctx.source.previous_text, "problems")
    return None


@rule("content.problems_repeated", "warning", "content", "“五、存在的主要问题及改进情况”照抄上一年度",
      "第五部分与同一单位上一年度报告的第五部分大量相同（分句相同的比例超过阈值，数字不计）：问题和改进措施照抄上年，"
      "看不出上年的问题是否解决。上一年度为数据集（--previous）或已发布的报告。", needs_format=False,
      example="2022年第五部分的问题和措施与2021年第五部分逐句相同")
def problems_repeated(ctx: Context):
    mine = bounded_section_text(ctx, "problems")
    last = _previous_problems(ctx)
    if not mine or not last:
        return
    share, longest = repeated(mine, last)
    if share > ctx.copy_threshold:
        yield _copy_hit(share, longest, "上一年度报告的第五部分", ctx.copy_threshold)


# What an account of last year's problems says: the year before, 整改, 已解决 / 已改进 …
_FOLLOW_UP = re.compile(r"上一?年度?|去年|上年|前一年|整改|已(?:经)?(?:解决|改进|完善|落实|整改|改善)|得到(?:解决|改善|改进)"
                        r"|改进情况|针对.{0,12}问题")


@rule("content.problems_followup", "warning", "content", "第五部分没有说明上一年度问题的改进情况",
      "已发布报告的“五、存在的主要问题及改进情况”只写了今年的问题和打算，没有交代上一年度报告所列问题的整改或改进情况"
      "（没有提到上年、去年、整改、已解决等）。只核对第五部分完整（其后还有第六部分）的报告。", needs_format=False,
      example="五、…… 存在信息更新不及时的问题。下一步将加强培训。 六、……")
def problems_followup(ctx: Context):
    if ctx.source is None or ctx.year is None:
        return
    text = bounded_section_text(ctx, "problems")
    if text and len(text.strip()) >= 30 and not _FOLLOW_UP.search(text) and str(ctx.year - 1) not in text:
        yield Hit(f"第五部分没有说明上一年度（{ctx.year - 1}年）报告所列问题的改进情况。", quote=text.strip()[:60])


# An organ's level, from its name: a township or street office (青松镇, 青松镇人民政府), or a county-level government or
# department (青松县人民政府, 青松区教育局); None when the name does not tell.
_COUNTY_LEVEL = re.compile(r"(?:县|区|旗)(?:人民政府(?:办公[室厅])?)?$|(?:县|区|旗)[\u4e00-\u9fff]{2,}?(?:局|委员会)$")
# 辽源市财政局, 某州人民政府: a city's (or prefecture's) organ, below the province only
_CITY_LEVEL = re.compile(r"(?:市|州|盟)(?:人民政府(?:办公[室厅])?)?$|(?:市|州|盟)[\u4e00-\u9fff]{2,}?(?:局|委员会)$")


def _level(organ: str) -> str | None:
    if township(organ):
        return "township"
    return "county" if _COUNTY_LEVEL.search(organ) else "city" if _CITY_LEVEL.search(organ) else None


# A report whose organ was not found still says what it is: 我镇, 本乡, 我街道.
_TOWNSHIP_SELF = re.compile(r"[我本](?:镇|乡|苏木|街道)")


@rule("t2.township_rules", "warning", "content", "乡镇或县级单位填报了规章",
      "乡镇人民政府、街道办事处，以及县、区、旗的人民政府及其部门无权制定规章（规章由国务院部门和省、设区的市人民政府制定），"
      "表二“规章”行应为0（没有找到单位名称时，按正文自称“我镇”“本乡”等判断；县级市的单位名称看不出层级，不判断）。",
      example="××镇人民政府 表二 规章 · 本年制发件数 为1")
def township_rules(ctx: Context):
    below = _level(ctx.organ) in ("township", "county") if ctx.organ else _TOWNSHIP_SELF.search(ctx.text)
    if not below or "t2" not in ctx.fmt.tables:
        return
    table = ctx.fmt.tables["t2"]
    r = table.row("rules")
    if r is None:
        return
    keys = [cell_key("t2", "rules", c.key) for c in r.columns]
    if any(isinstance(ctx.cells.get(k), int) and ctx.cells.get(k) > 0 for k in keys):
        yield Hit(f"表二“{row_name(r)}”行不为0：{ctx.organ}无权制定规章，请核实（是否把规范性文件填进了规章行）。",
                  "t2", "rules", cells=tuple(keys))


# 2020年度部门财政决算: the final accounts of a year are drawn up after it ends.
# (2021年部门预算和部门决算, 2021年度财政预算、决算: the year said once for the budget and the accounts together may be
# the budget's alone, the accounts published beside it last year's: not said to be wrong)
_FINAL_ACCOUNTS = re.compile(r"(?P<y>\d{4})\s*年度?(?![\u4e00-\u9fff]{0,6}?预算\s*(?:[、和及与]|以及))"
                             r"(?:部门|单位|财政|政府|本级)*(?<!预)决算")
_PUBLISHED = re.compile(r"公开|公布|发布|公示|上网")
# 2023年度报告：发布2022年部门预算、2021年部门决算: the budget and the accounts both a year behind, last year's sentence
_BUDGET = re.compile(r"(?P<y>\d{4})\s*年度?(?:部门|单位|财政|政府|本级)*预算")


@rule("content.final_accounts_year", "warning", "period", "称已公开报告年度本身的决算",
      "一个年度的决算要在该年度结束后编制：报告年度内公开的应是上一年度的决算。正文写本年度内公开了报告年度本身的决算"
      "（2020年度报告：全面公开了2020年度部门财政决算），年份多半写错；年份同时说预算和决算的（2021年部门预算和部门决算），"
      "年份可能只说预算，不报。同一句说公开了上一年度的预算和再前一年度的决算（2023年度报告：发布2022年部门预算、2021年部门决算），"
      "两个年份都早了一年，多为沿用上一年度报告的文字，也报。", needs_format=False,
      example="2020年度报告：全面公开了2020年度部门财政决算信息及2020年财政预算信息")
def final_accounts_year(ctx: Context):
    if ctx.year is None:
        return
    for s in normalised_sentences(ctx.text):
        m = next((m for m in _FINAL_ACCOUNTS.finditer(s) if int(m.group("y")) == ctx.year), None) if "决算" in s else None
        if m and _PUBLISHED.search(s):
            yield Hit(f"{ctx.year}年度报告称公开了“{m.group(0)}”：{ctx.year}年度的决算在{ctx.year + 1}年才能编制，"
                      f"本年度公开的应是{ctx.year - 1}年度决算，请核对年份。原文：“{s[:120]}”", quote=s[:120])
            continue
        budget = next((b for b in _BUDGET.finditer(s) if int(b["y"]) == ctx.year - 1), None) if "预算" in s else None
        old = next((m for m in _FINAL_ACCOUNTS.finditer(s) if int(m["y"]) == ctx.year - 2), None) if budget else None
        if old and _PUBLISHED.search(s):
            yield Hit(f"{ctx.year}年度报告称公开了“{budget.group(0)}”和“{old.group(0)}”：本年度公开的应是{ctx.year}年度预算和"
                      f"{ctx.year - 1}年度决算，两个年份都早了一年（多为沿用上一年度报告的文字），请核对。原文：“{s[:120]}”",
                      quote=s[:120])


# 组织机构类信息6条，……，组织机构类信息2条: one kind of information counted twice in a sentence, with two counts
# (a kind named with its count, from a list's mark or the sentence's start: the whole name, not the end of a longer one)
_KIND_COUNT = re.compile(r"(?:^|(?<=[，,、；;：:（(“]))(?P<kind>[\u4e00-\u9fff]{2,14}?(?:类信息|信息))”?\s*(?P<n>\d+)\s*[条篇]")
_LIST_VERB = re.compile(r"^(?:其中|发布|公开|主动公开|包括|共|另)+")
# (共发布政务信息439条，其中：……政务信息330条: the total, then one of its parts named as it is)
_PARTS_AFTER = re.compile(r"\s*[，,：:]?\s*(?:其中|包括)")


@rule("content.kind_twice", "warning", "content", "同一类信息列了两次、数目不同",
      "同一句的列举中，同一类信息（“××类信息”“××信息”，四字以上）出现两次、数目不同（规划计划类信息134条，……，规划计划类信息162条）："
      "多为拼接两份材料或改数时漏改了一处，读者无从知道哪个数是对的。第一次出现的是合计、其后以“其中”列出分项的"
      "（共发布政务信息439条，其中……政务信息330条）不报。", needs_format=False,
      example="其中组织机构类信息6条，政策文件类信息20条，组织机构类信息2条。")
def kind_twice(ctx: Context):
    for s in normalised_sentences(ctx.text):
        if "信息" not in s:
            continue
        seen: dict[str, re.Match] = {}
        for m in _KIND_COUNT.finditer(s):
            kind = _LIST_VERB.sub("", m["kind"])
            first = seen.setdefault(kind, m) if len(kind) >= 4 else m
            if first is not m and first["n"] != m["n"] and not _PARTS_AFTER.match(s, first.end()):
                yield Hit(f"同一类信息列了两次、数目不同：“{first.group(0)}”与“{m.group(0)}”。原文：“{s[:160]}”",
                          quote=m.group(0))
                break


@lru_cache(maxsize=1)
def _dated() -> tuple[tuple[re.Pattern, int, str], ...]:
    """(finder, last year, why) of each dated phrase of phrases.yaml."""
    return tuple((re.compile(re.escape(d["phrase"])), d["until"], d.get("why", "")) for d in F.wording().get("dated", ()))


@rule("content.dated_phrase", "warning", "content", "沿用往年的工作提法",
      "nianbao/formats/phrases.yaml 的 dated 所列只属于某些年度的工作提法（统筹疫情防控和经济社会发展，到2022年度为止），"
      "出现在之后年度的报告中：多半照抄了往年的报告。"
      "引用的编制通知或工作提示（《……关于做好××××年政府信息公开工作年度报告编制发布工作的通知》）说的是另一年度的报告，"
      "或引用的政务公开工作要点（重点工作任务）是报告年度以前的，也是如此：每年的通知、要点布置的是当年的工作。",
      needs_format=False,
      example="2023年度报告：围绕统筹疫情防控和经济社会发展，深入推进政务公开")
def dated_phrase(ctx: Context):
    if ctx.year is None:
        return
    text = ctx.text
    for finder, until, why in _dated():
        m = finder.search(text) if ctx.year > until else None
        if m:
            yield Hit(f"{ctx.year}年度报告沿用了{until}年度以前的工作提法“{m.group(0)}”{f'（{why}）' if why else ''}，"
                      f"请核对是否照抄了往年的报告：“{around(text, m.start(), m.end())}”。", quote=m.group(0))
    for m in _NOTICE_ON_REPORTS.finditer(normalise_digits(text)):
        if int(m["y"]) != ctx.year:
            yield Hit(f"{ctx.year}年度报告引用的是布置{m['y']}年度报告编制的通知：“{m.group(0)}”，请核对是否照抄了往年的报告。",
                      quote=m.group(0))
    for m in _KEY_POINTS.finditer(normalise_digits(text)):
        if int(m["y"]) < ctx.year:
            yield Hit(f"{ctx.year}年度报告引用的是{m['y']}年的政务公开工作要点（任务）：“{m.group(0)}”，"
                      "每年的要点只布置当年的工作，请核对是否照抄了往年的报告。", quote=m.group(0))


# The writer's instructions, from the format notice or a higher office's notice, left in the report as its text:
# 主要报告本机关上一年度……重在聚焦主题主线 (the notice's guidance for part 一), 年度报告应简洁明了、文字精炼……,
# ……等情况纳入年度报告 (what the report is told to hold).
# (23条(请根据实际情况填写): a drafting template's note to fill in, left after the figure)
_INSTRUCTION = re.compile(r"主要报告本(?:机关|单位|行政机关)上一?年度|重在聚焦主题主线"
                          r"|年度报告(?:应当?|要)(?:简洁|简明|突出|注重|全面|做到)|(?:情况|内容)纳入年度报告(?!中)"
                          r"|[（(]请?(?:根据|按照|结合)?(?:实际|具体)?情况(?:如实)?填写[)）]|[（(]请(?:据实|如实)?填写[^（）()]{0,10}[)）]")


@rule("content.instructions", "warning", "content", "报告中留有编写要求",
      "格式通知或上级通知中写给编写者的要求被当作正文留在报告里（主要报告本机关上一年度……，重在聚焦主题主线；"
      "年度报告应简洁明了、文字精炼；将……等情况纳入年度报告），或模板中提示填写的括注留在数字之后（23条（请根据实际情况填写）），"
      "报告本身没有写出要求所说的内容。", needs_format=False,
      example="主要报告本机关上一年度政府信息公开工作总体情况，重在聚焦主题主线。")
def instructions(ctx: Context):
    # (年度报告 stands in two of the pattern's shapes, the others' words are given)
    m = _INSTRUCTION.search(ctx.text) if any(w in ctx.text for w in ("年度报告", "主要报告本", "重在聚焦主题主线", "填写")) else None
    if m:
        yield Hit(f"报告中留有写给编写者的要求：“{around(ctx.text, m.start(), m.end())}”，应写出本机关的实际情况。",
                  quote=m.group(0))


# 《天水市2020年政务公开工作要点》 in a 2021 report: each year's key points (or task list) set that year's work
_KEY_POINTS = re.compile(r"《[^《》]{0,40}?(?P<y>\d{4})\s*年度?[^《》]{0,12}?政务公开(?:工作)?"
                         r"(?:要点|重点工作任务|重点任务)[^《》]{0,30}》")
# 《…关于做好2023年政府信息公开工作年度报告编制发布工作的通知》: each year's notice is on that year's reports
# (……年度报告及政府网站年度报表编制和发布工作的工作提示: a 工作提示 sent in a notice's place)
_NOTICE_ON_REPORTS = re.compile(r"关于做好(?P<y>\d{4})\s*年度?(?:政府信息公开|政务公开)[^》〉>。]{0,12}?年度报告"
                                r"[^》〉>。]{0,24}?(?:通知|工作提示)")


# The scopes above an organ of each level: a township's report that organises 全县's disclosure, or a county's that
# organises 全省's, carries the words of a higher organ's report (copied, or written from its template).
_ABOVE = {"township": "县区旗市州盟省", "county": "市州盟省", "city": "省"}
_SCOPE_WORK = re.compile(r"(?:组织推动|推动|指导|统筹推进|统筹|督促|部署|组织)全(?P<scope>[县区旗市州盟省])"
                         r"(?:各级|各地|各部门|各单位|各乡镇)?[^，,。；;]{0,8}?(?:政府信息公开|政务公开)工作")


# 综合全区各镇（街办）、各部门……工作情况编制: the report a county compiles from its townships and departments.
_SCOPE_COMPILED = re.compile(r"(?:综合|汇总)全(?P<scope>[县区旗市州盟省])各(?:乡镇|镇|乡|街道|街办|部门|单位)")
# 调整充实某市政府信息公开工作领导小组: the leading group of a higher government, set up or adjusted by a township.
_SCOPE_GROUP = re.compile(r"(?:调整|成立|健全|充实)[^，,。；;]{0,4}?(?P<place>[\u4e00-\u9fff]{0,8}?(?P<scope>[省市县区旗]))"
                          r"(?:人民政府|政府)?(?:政府信息公开|政务公开)工作领导小组")
# 履行政府信息公开工作主管部门职责: the government office's duty (条例第三条), claimed in a township's report.
_IN_CHARGE = re.compile(r"(?:履行|承担)[^，,。；;]{0,14}?(?:政府信息公开|政务公开)工作主管部门(?:的)?职责")


@rule("content.scope", "warning", "content", "正文所述工作范围高于本单位",
      "乡镇、街道的报告写“组织推动全县（全区、全市）政府信息公开工作”“综合全区各镇、各部门……情况编制”，"
      "县区级单位的报告写“组织推动全省（全市）……工作”，市级单位的报告写“组织推动全省……工作”；乡镇、街道“调整充实××市政府信息公开工作领导小组”，"
      "或自称“履行政府信息公开工作主管部门职责”"
      "（主管部门是本级政府办公室）：这是上级单位报告的提法，多为照抄或套用模板。"
      "只核对“推动、指导、统筹、部署……全×……政府信息公开（政务公开）工作”“综合（汇总）全×各……”和“主管部门职责”的说法。",
      needs_format=False, example="（青松县的报告）一、总体情况 （一）组织推动全省政府信息公开工作。")
def scope(ctx: Context):
    level = _level(ctx.organ or "")
    if level is None:
        return
    # One slip of copying: the first place that shows it.
    if "全" in ctx.text:
        for m in (*_SCOPE_WORK.finditer(ctx.text), *_SCOPE_COMPILED.finditer(ctx.text)):
            if m["scope"] in _ABOVE[level]:
                yield Hit(f"{ctx.organ}的报告称“{m.group(0)}”，“全{m['scope']}”的工作不是本单位的："
                          f"“{around(ctx.text, m.start(), m.end())}”。", quote=m.group(0))
                return
    for m in _SCOPE_GROUP.finditer(ctx.text) if "领导小组" in ctx.text else ():
        if m["scope"] in _ABOVE[level]:
            yield Hit(f"{ctx.organ}的报告称“{m.group(0)}”，{m['place']}的领导小组不由本单位调整或成立："
                      f"“{around(ctx.text, m.start(), m.end())}”。", quote=m.group(0))
            return
    m = _IN_CHARGE.search(ctx.text) if level == "township" and "主管部门" in ctx.text else None
    if m:
        yield Hit(f"{ctx.organ}的报告称“{m.group(0)}”：政府信息公开工作的主管部门是本级政府的办公室（办公厅），"
                  f"不是乡镇、街道：“{around(ctx.text, m.start(), m.end())}”。", quote=m.group(0))


# （二）依申请公开 over a paragraph that speaks of something else (proposals handled, a work meeting): the sub-part on
# applications with nothing on applications. Only a paragraph with a heading after it (not one a cut page ended) and
# with none of the words an account of requests uses.
_NEXT_HEADING = r"[ \t]*(?:[（(][一二三四五六][）)]|[一二三四五六][、.．]|\d+[.．、])"  # (二), 三、 or 2. at a line's start
_APPLICATIONS_PART = re.compile(r"^[ \t]*[（(][一二三四][）)][ \t]*依申请公开[^。\n]{0,12}?[。.：:]?[ \t]*(?P<body>[^\n]*"
                                rf"(?:\n(?!{_NEXT_HEADING})[^\n]*){{0,4}})\n(?={_NEXT_HEADING})", re.M)
_ON_REQUESTS = re.compile(r"申请|要求公开|请求|受理|案件|来信|来访|来电")
# …… the page cut inside the sub-part: its words so far may still be another sub-part's, when they count what was
# published of the organ's own accord (2020年我局主动公开……政府信息共计185条)
_APPLICATIONS_PART_CUT = re.compile(r"^[ \t]*[（(][一二三四][）)][ \t]*依申请公开[^。\n]{0,12}?[。.：:]?[ \t]*(?P<body>[^\n]{100,})\Z",
                                    re.M)
_PROACTIVE_COUNT = re.compile(r"主动公开[^。；;]{0,20}?\d+\s*条")


@rule("content.restated", "warning", "content", "正文中一段与另一段大段雷同",
      "正文中两段50字以上的文字（所引文件名称、数字和标点不计），较短一段中一半以上的文字（按8字的连续片段计）在另一段中原样出现，"
      "只改了几个词：如第一部分（三）政府信息管理照抄第一部分开头的一段，第二部分的一个小节照抄第一部分的另一小节。"
      "一字不差的重复由 wording.repeated_paragraph 报告。", needs_format=False,
      example="（一）……由业务熟、写作能力强的工作人员负责信息公开工作……（二）……由写作能力强的工作人员负责信息公开工作……")
def restated(ctx: Context):
    for earlier, later, share in repeated_paragraphs(ctx.text):
        if share < PRINTED_TWICE:  # (the same paragraph printed again is wording.repeated_paragraph's)
            yield Hit(f"这一段与前文一段大段雷同（{share:.0%}的文字相同）：“{later[:30]}……”，前文：“{earlier[:30]}……”。",
                      quote=later[-20:] if later[-20:] in ctx.text else None)


@rule("content.section_topic", "warning", "content", "“依申请公开”小标题下没有写申请",
      "第一部分的小标题“（二）依申请公开”下的一段（其后还有下一个标题，不是被截断的）没有一处说到申请"
      "（申请、要求公开、受理、来信来访、案件等），写的是别的工作（建议提案办理、工作会议），多为套用或错放了内容；"
      "页面在这一段中截断的，已读到的一百字以上没有说到申请、却写了主动公开的条数时，也报。",
      needs_format=False, example="（二）依申请公开 全年承办建议提案13件，均按期办结。 （三）政府信息管理")
def section_topic(ctx: Context):
    for m in _APPLICATIONS_PART.finditer(ctx.text) if "依申请公开" in ctx.text else ():
        body = m["body"].strip()
        if len(body) >= 15 and not _ON_REQUESTS.search(body):
            yield Hit(f"小标题“依申请公开”下没有写政府信息公开申请：“{around(ctx.text, m.start('body'), m.end('body'))}”。",
                      quote=body[:40])
    cut = _APPLICATIONS_PART_CUT.search(ctx.text.rstrip()) if "依申请公开" in ctx.text else None
    if cut and not _ON_REQUESTS.search(cut["body"]) and (count := _PROACTIVE_COUNT.search(cut["body"])):
        yield Hit(f"小标题“依申请公开”下写的是主动公开的数量，没有写政府信息公开申请：“{count.group(0)}”。",
                  quote=cut["body"][:40])
