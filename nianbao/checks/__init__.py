"""The check catalog: rules with a stable id, severity and category; findings as plain data.

    from nianbao.checks import run_checks, findings_frame, findings_json, summary, catalog
    findings = run_checks(ds)          # list[Finding], report order

Rules live in small modules by kind and register themselves in :mod:`.registry`;
importing this package imports them all, so the catalog is complete.
"""

from . import arithmetic, cells, proactive, structure, units  # noqa: F401 - registers the rules
from .finding import FIELDS, Finding
from .output import findings_frame, findings_json, summary
from .registry import CATEGORIES, SEVERITIES, Rule, catalog, rules
from .runner import run_checks

__all__ = [
    "CATEGORIES", "FIELDS", "SEVERITIES", "Finding", "Rule",
    "catalog", "findings_frame", "findings_json", "rules", "run_checks", "summary",
]
