"""The rule reference (docs/rules.md), generated from the catalog.

Every rule's id, category, severity, title, description and an example that triggers it
come from its registration, so the page cannot drift from the rules; ``tests/test_checks_rules.py``
fails when the committed file differs from :func:`render_rules`.

Regenerate with ``python -m nianbao.devtools.rulesdoc`` (writes docs/rules.md) or ``… -`` (prints it).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..categories import SEVERITY_LABELS
from ..checks.registry import CATEGORIES, RETIRED, rules

PATH = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_rules() -> str:
    lines = [
        "# 审核规则一览 · Check rules",
        "",
        "<!-- 由 nianbao/devtools/rulesdoc.py 生成，请勿手工修改：python -m nianbao.devtools.rulesdoc -->",
        "",
        "`nianbao check` 和母版笔记本运行的全部规则，按类别排列。级别：错误（报告中不可能正确的内容）、警告（需要核实）。",
        "数据集中的 `waivers` 可以确认某条审核意见（规则编号 + 单元格或原文 + 理由），确认后不计入未处理的错误和警告。",
        "",
    ]
    by_category: dict[str, list] = {}
    for r in rules():
        by_category.setdefault(r.category, []).append(r)
    for code, zh in CATEGORIES.items():
        if code not in by_category:
            continue
        lines += [f"## {zh}（`{code}`）", "", "| 规则 | 级别 | 内容 | 触发示例 |", "|---|---|---|---|"]
        for r in by_category[code]:
            lines.append(f"| `{r.id}` | {SEVERITY_LABELS[r.severity]} | **{_md(r.title)}**：{_md(r.description)} | {_md(r.example)} |")
        lines.append("")
    if RETIRED:
        lines += ["## 已停用的规则", "", "编号不再使用；数据集 waivers 中仍写着它们时会提示删除。", "", "| 规则 | 停用原因 |", "|---|---|"]
        lines += [f"| `{id_}` | {_md(why)} |" for id_, why in sorted(RETIRED.items())]
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    text = render_rules()
    if argv[:1] == ["-"]:
        sys.stdout.write(text)
    else:
        PATH.write_text(text, encoding="utf-8", newline="\n")
        print(PATH)


if __name__ == "__main__":
    main(sys.argv[1:])
