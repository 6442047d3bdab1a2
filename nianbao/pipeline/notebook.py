"""The thin API the master notebook calls: open a dataset, check it, show it.

Everything here is plain library code; the notebook only wires parameters to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from IPython.display import HTML

from .. import checks, render
from ..errors import NianbaoError, Problem
from ..load import Loaded, load
from ..paths import resolve


@dataclass
class Report:
    """One township-year: the validated dataset and its findings."""

    loaded: Loaded
    findings: list

    @property
    def dataset(self):
        return self.loaded.dataset

    @property
    def findings_frame(self) -> pd.DataFrame:
        return checks.findings_frame(self.findings)

    def findings_panel(self) -> HTML:
        """The findings panel (审核意见): notices from reading the file and every finding."""
        return HTML(render.wrap_html(render.findings_panel_html(self.findings, self.loaded.notices)))

    def document(self) -> HTML:
        """The report itself, as it is published."""
        return HTML(render.report_html(self.dataset, source=self.loaded.path))

    def save_findings(self, path: str | Path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(checks.findings_json(self.findings), encoding="utf-8")
        return path


def _siblings(loaded: Loaded) -> tuple:
    """The other townships' datasets of the same folder (data/<year>/), for the copy-paste rule.

    A sibling that does not load is left out here: it is reported where it is rendered itself.
    """
    out = []
    for path in sorted(loaded.path.parent.glob("*.yaml")):
        if path.resolve() == loaded.path.resolve():
            continue
        try:
            out.append(load(path).dataset)
        except NianbaoError:
            continue
    return tuple(out)


def open_report(dataset: str | Path, township_id: str | None = None, findings_path: str | Path = "",
                siblings: bool = False) -> Report:
    """load → validate → check one dataset; optionally write its findings JSON.

    ``siblings``: also compare the narrative with the other townships of the same folder.
    """
    if township_id is not None and not isinstance(township_id, str):
        raise NianbaoError(
            f"参数 township_id 应为字符串，实际是 {township_id!r}（{type(township_id).__name__}）："
            "在参数文件中给编号加引号，或用 papermill -r 传入"
        )
    loaded = load(resolve(dataset))
    if township_id and loaded.dataset.township_id != township_id:
        raise NianbaoError(f"{loaded.path}：参数 township_id 为“{township_id}”，但数据文件的编号是“{loaded.dataset.township_id}”")
    # Last year's dataset (data/<year-1>/<id>.yaml) for the cross-year rules; its absence is a notice
    # of the review block (the findings are about this report, not about what else is on disk).
    previous, notices = checks.previous_dataset(loaded.path, loaded.dataset)
    if isinstance(previous, checks.Missing):
        notices.append(f"没有找到上一年度（{previous.year}年度）的数据集 {previous.path}，跨年衔接没有核对")
        previous = None
    loaded.notices.extend(Problem(str(loaded.path), n) for n in notices)
    others = _siblings(loaded) if siblings else ()
    report = Report(loaded, checks.run_checks(loaded.dataset, previous=previous, siblings=others))
    if findings_path:
        report.save_findings(resolve(findings_path))
    return report

