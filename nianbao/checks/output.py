"""Findings as a table, as JSON, and as counts."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .finding import FIELDS, Finding
from .registry import SEVERITIES

if TYPE_CHECKING:
    import pandas as pd


def findings_frame(findings: Iterable[Finding]) -> pd.DataFrame:
    """One row per finding, columns in FIELDS order (an empty frame keeps the columns)."""
    import pandas as pd  # here, not at import: a kernel of the batch never builds a frame (pandas costs ~0.5 s)

    return pd.DataFrame([f.to_dict() for f in findings], columns=list(FIELDS))


def findings_json(findings: Iterable[Finding]) -> str:
    return json.dumps([f.to_dict() for f in findings], ensure_ascii=False, indent=2)


def summary(findings: Iterable[Finding]) -> dict[str, int]:
    """{"error": n, "warning": n}."""
    counts = dict.fromkeys(SEVERITIES, 0)
    for f in findings:
        counts[f.severity] += 1
    return counts
