"""Findings prepared for the review block (审核意见).

Findings are duck-typed: any object with ``id``, ``severity``, ``category``,
``message`` and ``location`` will do (``cells``, the cell keys involved, if it has
them); this module does not import the checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..categories import CATEGORIES

SEVERITY_LABELS = {"error": "错误", "warning": "警告"}


_ORDER = {"error": 0, "warning": 1}


@dataclass(frozen=True)
class FindingView:
    id: str
    severity: str
    severity_label: str
    category: str
    category_label: str
    message: str
    location: str
    cells: str  # the cell keys involved, space-separated (for highlighting), or ""


@dataclass(frozen=True)
class Review:
    findings: tuple[FindingView, ...]
    errors: int
    warnings: int
    notices: tuple[str, ...] = ()  # what was noticed reading the file (encoding, file name)


def _location(loc) -> str:
    if loc is None:
        return ""
    if isinstance(loc, str):
        return loc
    try:
        return " · ".join(str(part) for part in loc if part)
    except TypeError:
        return str(loc)


def _view(f) -> FindingView:
    severity = str(getattr(f, "severity", "") or "")
    category = str(getattr(f, "category", "") or "")
    return FindingView(
        id=str(getattr(f, "id", "") or ""),
        severity=severity,
        severity_label=SEVERITY_LABELS.get(severity, severity),
        category=category,
        category_label=CATEGORIES.get(category, category),
        message=str(getattr(f, "message", "") or ""),
        location=_location(getattr(f, "location", None)),
        cells=" ".join(getattr(f, "cells", None) or ()),
    )


def review(findings: Iterable, notices: Iterable = ()) -> Review:
    """Errors before warnings (otherwise in the order given), with the counts of each."""
    views = sorted((_view(f) for f in findings), key=lambda v: _ORDER.get(v.severity, 2))
    return Review(
        findings=tuple(views),
        errors=sum(v.severity == "error" for v in views),
        warnings=sum(v.severity == "warning" for v in views),
        notices=tuple(str(n) for n in notices),
    )
