"""The dataset as a whole: does its table format fit its report year."""

from __future__ import annotations

from .. import formats as F
from .context import Context
from .finding import Hit
from .registry import rule


def _years(fmt: F.Format) -> str:
    return f"{fmt.first_year}年度起" if fmt.last_year is None else f"{fmt.first_year}至{fmt.last_year}年度"


_WHICH = "，".join(f"{_years(f)}用{f.name}" for f in F.all_formats().values())


@rule("format.year", "error", "format", "表格格式与报告年度不符",
      f"数据集的表格格式应是其报告年度适用的格式（{_WHICH}），如新年度仍用旧版格式。", needs_format=False)
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
