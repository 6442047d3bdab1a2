"""The one place where rules are registered, and the catalog they form.

A rule is a function ``check(ctx) -> Iterable[Hit]`` plus its descriptor (stable id,
severity, category, Chinese title and description). Rule modules register with the
:func:`rule` decorator (or :func:`register` when one function serves several ids, as
the identities of the format descriptions do). The runner turns hits into findings,
so rule functions never repeat the descriptor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .context import Context
    from .finding import Hit

from ..categories import CATEGORIES, SEVERITIES

Check = Callable[["Context"], Iterable["Hit"]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    category: str
    title: str
    description: str
    check: Check = field(repr=False, compare=False)
    # Rules that read tables cannot run when the dataset's year has no format at all.
    needs_format: bool = True
    example: str = ""  # a short case that triggers the rule (docs/rules.md)
    # Rules that read the other rules' findings (ctx.findings) run after all the others.
    after: bool = False

    def __post_init__(self):
        # Fail at import time, not in a reviewer's report, when a rule is mis-declared.
        if self.severity not in SEVERITIES:
            raise ValueError(f"rule {self.id}: unknown severity {self.severity!r}")
        if self.category not in CATEGORIES:
            raise ValueError(f"rule {self.id}: unknown category {self.category!r}")

    @property
    def category_zh(self) -> str:
        return CATEGORIES[self.category]

    def descriptor(self) -> dict:
        return {
            "id": self.id,
            "severity": self.severity,
            "category": self.category,
            "category_zh": self.category_zh,
            "title": self.title,
            "description": self.description,
        }


def _once(check: Check) -> Check:
    """The rule's hits without repeats: the same text flagged twice (it appears twice) is one finding."""

    def distinct(ctx):
        seen = set()
        for hit in check(ctx):
            key = (hit.quote if hit.quote is not None else hit.message, hit.table, hit.row, hit.column, hit.cells)
            if key not in seen:
                seen.add(key)
                yield hit

    distinct.__doc__ = check.__doc__
    return distinct


_RULES: dict[str, Rule] = {}


def register(rule: Rule) -> Rule:
    if rule.id in _RULES:
        raise ValueError(f"rule id {rule.id!r} registered twice")
    _RULES[rule.id] = rule
    return rule


def rule(id: str, severity: str, category: str, title: str, description: str, *,
         needs_format: bool = True, example: str = "", after: bool = False):
    """Decorator: register ``check(ctx)`` under a stable id with its descriptor."""

    def deco(check: Check) -> Check:
        register(Rule(id, severity, category, title, description, _once(check), needs_format, example, after))
        return check

    return deco


# Ids once published and then withdrawn: never reused, and named in a waiver they get their reason, not "unknown".
RETIRED = {
    "period.unstated": "已发布报告的前言不写统计期限并不违反格式，审核时不作为问题标注（2026年12月停用）",
}

_ORDERED: list[Rule] = []  # rules() sorted once: every check of every dataset asks


def rules() -> list[Rule]:
    """Every registered rule, in the order of the catalog."""
    if len(_ORDERED) != len(_RULES):
        order = list(CATEGORIES)
        _ORDERED[:] = sorted(_RULES.values(), key=lambda r: (order.index(r.category), r.id))
    return list(_ORDERED)


def catalog() -> list[dict]:
    """Descriptors of every rule (id, severity, category, category_zh, title, description)."""
    return [r.descriptor() for r in rules()]
