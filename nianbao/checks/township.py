"""Checking one township: the one function the notebook, `nianbao check` and the batch all call.

Its inputs are the dataset, last year's dataset (looked up beside it) and the other townships
of the year (the comparison data); its output is the findings and the notices, so every
caller shows and counts the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .context import DEFAULT_COPY_THRESHOLD, Sibling
from .finding import Finding
from .previous import previous_dataset
from .runner import run_checks

if TYPE_CHECKING:
    from ..load import Loaded

NOT_COMPARED = "没有给出同年其他乡镇的比对数据（参数 comparison），正文雷同没有与其他乡镇比对"


@dataclass
class Checked:
    findings: list[Finding]
    notices: list[str] = field(default_factory=list)  # Chinese: what was noticed reading the inputs


def check_township(loaded: Loaded, siblings: tuple[Sibling, ...] | None, previous_dir: Path | None = None, *,
                   copy_threshold: float = DEFAULT_COPY_THRESHOLD) -> Checked:
    """Every rule of the catalog on one township-year.

    ``siblings``: the other townships of the year to compare the narrative with
    (:meth:`.siblings.Comparison.siblings_of`); None when no comparison data was given, which is said.
    ``previous_dir``: where last year's ``<id>.yaml`` is (default ``data/<year-1>/`` beside the dataset);
    a missing one is the finding cross.previous_missing.
    """
    ds = loaded.dataset
    previous, notices = previous_dataset(loaded.path, ds, previous_dir)
    if siblings is None:
        notices.append(NOT_COMPARED)
    found = run_checks(ds, previous=previous, siblings=siblings or (), copy_threshold=copy_threshold)
    return Checked(found, [*(str(n) for n in loaded.notices), *notices])
