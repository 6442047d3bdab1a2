"""Row labels of a published report's tables printed in another format's words (the importer reads them)."""

from __future__ import annotations

from .context import Context
from .finding import Hit
from .registry import rule


@rule("wording.row_label", "warning", "wording", "表格行标签是另一版格式的写法",
      "已发布报告的表格中，某行的标签用的是另一版格式的写法（2021年版表二的“行政规范性文件”印成2019年版的“规范性文件”）："
      "该行的数字按本格式的行读取，标签应按适用的格式改正。每张表一条。",
      needs_format=True, example="2022年度报告的表二：“规范性文件 | 0 | 0 | 0”（应为“行政规范性文件”）")
def foreign_row_label(ctx: Context):
    if ctx.source is None:
        return  # a dataset's tables are rendered from the format's own labels
    for tkey, pairs in ctx.source.foreign_labels.items():
        table = ctx.fmt.tables.get(tkey)
        if table is not None:
            said = "、".join(f"“{printed}”应为“{own}”" for printed, own in dict.fromkeys(pairs))
            yield Hit(f"{table.short}的行标签不是{ctx.fmt.name}的写法：{said}（数字已按该行读取）。", table.key,
                      quote=pairs[0][0])
