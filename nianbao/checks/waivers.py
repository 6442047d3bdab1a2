"""Waivers: a dataset acknowledges a finding (rule id + cells or quote + reason).

An acknowledged finding stays in the list (shown as 已确认, with the reason) but is not
open; since the waiver lives in the dataset it holds on every rerun. A waiver that no
longer matches any finding is itself reported, so stale waivers do not hide new errors.
"""

from __future__ import annotations

from dataclasses import replace

from ..dataset import Waiver
from .context import Context
from .finding import Finding, Hit
from .registry import RETIRED, rule, rules


def matches(waiver: Waiver, f: Finding) -> bool:
    """Same rule, every cell the waiver names among the finding's cells, its quote in the message or quote."""
    if waiver.rule != f.id:
        return False
    if waiver.cells and not set(waiver.cells) <= set(f.cells):
        return False
    if waiver.quote:
        return waiver.quote in f.message or waiver.quote in str(f.evidence.get("quote", ""))
    return True


def acknowledge(findings: list[Finding], waivers: list[Waiver]) -> list[Finding]:
    """The findings, those a waiver matches carrying its reason in ``acknowledged``."""
    if not waivers:
        return findings
    out = []
    for f in findings:
        w = next((w for w in waivers if matches(w, f)), None)
        out.append(replace(f, acknowledged=w.reason) if w else f)
    return out


def _named(w: Waiver) -> str:
    what = "、".join(w.cells) if w.cells else f"“{w.quote}”"
    return f"规则 {w.rule}（{what}，理由：{w.reason}）"


@rule("waiver.unmatched", "warning", "content", "已确认的审核意见不再出现",
      "数据集 waivers 中的一项确认没有对应的审核意见（数据已改正、规则编号或单元格写错）：请删除或改正该项，以免掩盖新的问题。",
      needs_format=False, after=True,
      example="waivers: [{rule: cross.t3.carry, cells: [t3.carried_in.natural], reason: 乡镇合并}]，但上年结转已与上年报告一致")
def unmatched(ctx: Context):
    if not getattr(ctx.ds, "waivers", None):
        return
    known = {r.id for r in rules()}
    for i, w in enumerate(ctx.ds.waivers, 1):
        if w.rule in RETIRED:
            yield Hit(f"waivers 第{i}项：规则 {w.rule} 已停用（{RETIRED[w.rule]}），请删除该项。",
                      evidence={"waiver": i, "rule": w.rule})
        elif w.rule not in known:
            yield Hit(f"waivers 第{i}项：没有编号为 {w.rule} 的审核规则（规则列表见 docs/rules.md）。",
                      evidence={"waiver": i, "rule": w.rule})
        elif not any(matches(w, f) for f in ctx.findings):
            yield Hit(f"waivers 第{i}项 {_named(w)} 没有对应的审核意见，请删除或改正。",
                      cells=tuple(w.cells), evidence={"waiver": i, "rule": w.rule})
