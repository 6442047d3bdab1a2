"""The report as a whole: does its table format fit its year; a published report's sections and tables."""

from __future__ import annotations

import re
from functools import cache

from .. import formats as F
from .context import Context
from .finding import Hit
from .numerals import normalise_digits
from .registry import rule
from .text import find_headings


def _years(fmt: F.Format) -> str:
    return f"{fmt.first_year}年度起" if fmt.last_year is None else f"{fmt.first_year}至{fmt.last_year}年度"


_WHICH = "，".join(f"{_years(f)}用{f.name}" for f in F.all_formats().values())


@rule("format.year", "error", "format", "表格格式与报告年度不符",
      f"数据集的表格格式应是其报告年度适用的格式（{_WHICH}），如新年度仍用旧版格式。", needs_format=False,
      example="year: 2021，format: \"2019\"")
def year_format(ctx: Context):
    fmt, year = ctx.fmt, ctx.year
    if fmt is not None and fmt.covers(year):
        return
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


def _formats_in_text(text: str) -> dict[str, list[str]]:
    squeezed = _squeeze(text)
    return {code: found for code, labels in telltale_labels().items() if (found := [x for x in labels if x in squeezed])}


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


_SIGNED_END = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")


@rule("format.sections", "warning", "format", "六个部分缺失或顺序不对",
      "已发布报告应有六个部分（一、总体情况 至 六、其他需要报告的事项），且按顺序排列；只在正文中找到至少三个部分标题时核对"
      "（抓取时丢失了全部标题的页面不核对；页面从某一部分开始或没有以落款日期结束时，只核对找到的第一个与最后一个标题之间）。",
      example="正文有“一、总体情况”“二、主动公开政府信息情况”“五、…”“六、…”，缺少三、四")
def sections(ctx: Context):
    if ctx.source is None:
        return  # a dataset's report is rendered from the format: sections cannot go missing
    found = find_headings(ctx.fmt, ctx.text)
    if len(found) < 3:
        return
    keys = [k for k, _, _ in found]
    order = [s.key for s in ctx.fmt.sections]
    # A page that starts at a heading began mid-report, one that stops without its signature date was
    # cut: the sections before the first / after the last heading found are missing only from the copy.
    first, last = min(order.index(k) for k in keys), max(order.index(k) for k in keys)
    starts = found[0][1] > 0 and bool(ctx.text[:found[0][1]].strip())
    ends = _SIGNED_END.search(ctx.text[-120:]) is not None
    missing = [s.title for i, s in enumerate(ctx.fmt.sections) if s.key not in keys
               and (first < i < last or (i < first and starts) or (i > last and ends))]
    if missing:
        yield Hit(f"没有找到这些部分的标题：{'、'.join(missing)}。", evidence={"missing": missing})
    if keys != sorted(keys, key=order.index):
        titles = {s.key: s.title for s in ctx.fmt.sections}
        yield Hit(f"各部分的顺序不对：{' → '.join(titles[k] for k in keys)}。", evidence={"order": keys})
