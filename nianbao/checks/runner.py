"""Running the catalog on one dataset: rules → hits → findings, in report order; waivers applied."""

from __future__ import annotations

from ..dataset import DatasetBase
from .context import DEFAULT_COPY_THRESHOLD, Context, Missing, Sibling
from .finding import Finding, Hit, json_value
from .labels import location
from .registry import Rule, rules
from .source import ReportSource
from .waivers import acknowledge


def _finding(ctx: Context, rule: Rule, hit: Hit) -> Finding:
    evidence = hit.evidence
    if evidence is None:
        # Absent cells stay out of evidence: a missing key is its own fact, not a blank (None).
        evidence = {k: json_value(ctx.cells[k]) for k in hit.cells if k in ctx.cells}
    if hit.quote is not None:
        evidence = {**evidence, "quote": hit.quote}
    return Finding(
        id=rule.id, severity=rule.severity, category=rule.category, message=hit.message,
        table=hit.table, row=hit.row, column=hit.column,
        location=location(ctx.fmt, hit.table, hit.row, hit.column) if ctx.fmt else None,
        evidence=evidence, cells=list(hit.cells),
    )


def _run(ctx: Context, selected: list[Rule]) -> list[Finding]:
    return [
        _finding(ctx, rule, hit)
        for rule in selected
        if ctx.fmt is not None or not rule.needs_format
        for hit in rule.check(ctx)
    ]


def run_checks(ds: DatasetBase | None, previous: DatasetBase | Missing | None = None,
               siblings: tuple[Sibling | DatasetBase, ...] = (), source: ReportSource | None = None,
               *, copy_threshold: float = DEFAULT_COPY_THRESHOLD) -> list[Finding]:
    """Every rule of the catalog; findings sorted by report position, then rule id.

    ``previous``: last year's dataset of the same township (cross-year rules, copy-paste),
    or :class:`Missing` when it was looked for and not found; None: not looked for.
    ``siblings``: the other townships of the same year to compare the narrative with (copy-paste);
    :func:`.township.check_township` gives them from a :class:`.siblings.Comparison`.
    ``source``: a published report (:func:`.source.from_import`); ``ds`` may then be None.
    Findings a waiver of the dataset matches carry its reason in ``acknowledged``.
    """
    ctx = Context(ds, previous, siblings, source, copy_threshold)
    first = [r for r in rules() if not r.after]
    found = _run(ctx, first)
    waivers = getattr(ds, "waivers", None)
    if waivers:
        found = acknowledge(found, waivers)
    ctx.findings = found
    found = found + _run(ctx, [r for r in rules() if r.after])
    # Stable sort: hits of one rule at one place keep the order the rule produced them in.
    return sorted(found, key=lambda f: (ctx.position(f.table, f.row, f.column), f.id))


def open_findings(findings: list[Finding]) -> list[Finding]:
    """Findings no waiver acknowledges."""
    return [f for f in findings if f.acknowledged is None]

