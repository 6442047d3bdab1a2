"""Running the catalog on one dataset: rules → hits → findings, in report order."""

from __future__ import annotations

from ..dataset import DatasetBase
from .context import Context
from .finding import Finding, Hit, json_value
from .labels import location
from .registry import Rule, rules


def _finding(ctx: Context, rule: Rule, hit: Hit) -> Finding:
    evidence = hit.evidence
    if evidence is None:
        # Absent cells stay out of evidence: a missing key is its own fact, not a blank (None).
        evidence = {k: json_value(ctx.cells[k]) for k in hit.cells if k in ctx.cells}
    return Finding(
        id=rule.id, severity=rule.severity, category=rule.category, message=hit.message,
        table=hit.table, row=hit.row, column=hit.column,
        location=location(ctx.fmt, hit.table, hit.row, hit.column) if ctx.fmt else None,
        evidence=evidence, cells=list(hit.cells),
    )


def run_checks(ds: DatasetBase) -> list[Finding]:
    """Every rule of the catalog on a dataset; findings sorted by report position, then rule id."""
    ctx = Context(ds)
    found = [
        _finding(ctx, rule, hit)
        for rule in rules()
        if ctx.fmt is not None or not rule.needs_format
        for hit in rule.check(ctx)
    ]
    # Stable sort: hits of one rule at one place keep the order the rule produced them in.
    return sorted(found, key=lambda f: (ctx.position(f.table, f.row, f.column), f.id))
