"""The check catalog: rules with a stable id, severity and category; findings as plain data.

    from nianbao.checks import run_checks, findings_frame, findings_json, summary, catalog
    findings = run_checks(ds)          # list[Finding], report order
    findings = run_checks(ds, previous=last_year, siblings=batch, source=report)
    checked = check_township(loaded, comparison.siblings_of(key))  # findings + notices, as every caller shows them

Rules live in small modules by kind and register themselves in :mod:`.registry`;
importing this package imports them all, so the catalog is complete.
"""

from . import (  # noqa: F401 - registers the rules
    arithmetic,
    cell_values,
    citations,
    contact,
    content,
    cross_year,
    fees,
    format_rules,
    integrity,
    organ,
    period,
    proactive,
    row_labels,
    text_table,
    units,
    waivers,
    wording,
)
from .context import DEFAULT_COPY_THRESHOLD, Missing, Sibling
from .finding import FIELDS, Finding
from .output import findings_frame, findings_json, summary
from .previous import previous_dataset, previous_path
from .registry import CATEGORIES, SEVERITIES, Rule, catalog, rules
from .runner import open_findings, run_checks
from .siblings import Comparison, read_siblings
from .source import ReportSource, from_import, with_previous
from .township import Checked, check_township

__all__ = [
    "CATEGORIES", "DEFAULT_COPY_THRESHOLD", "FIELDS", "SEVERITIES", "Checked", "Comparison", "Finding", "Missing", "ReportSource",
    "Rule", "Sibling", "catalog", "check_township", "findings_frame", "findings_json", "from_import", "open_findings",
    "previous_dataset", "previous_path", "read_siblings", "rules", "run_checks", "summary", "with_previous",
]
