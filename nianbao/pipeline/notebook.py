"""The thin API the master notebook calls: open a dataset, check it, show it.

Everything here is plain library code; the notebook only wires parameters to it.
pandas is imported only when a user asks for the findings as a DataFrame: a batch kernel never does.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from IPython.display import HTML

from .. import atomic, checks, render
from ..errors import NianbaoError, Problem
from ..load import Loaded, load
from ..paths import resolve

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class Report:
    """One township-year: the validated dataset and its findings."""

    loaded: Loaded
    findings: list
    notices: list[str]  # what was noticed reading the inputs (encoding, file name, last year's file)

    @property
    def dataset(self):
        return self.loaded.dataset

    @property
    def findings_frame(self) -> pd.DataFrame:
        return checks.findings_frame(self.findings)

    def findings_panel(self) -> HTML:
        """The findings panel (审核意见): what made the page from which file, notices from reading the file and
        every finding."""
        return HTML(render.wrap_html(render.findings_panel_html(self.findings, self.notices, self.loaded.path)))

    def document(self) -> HTML:
        """The report itself, as it is published."""
        return HTML(render.report_html(self.dataset, source=self.loaded.path))

    def save_findings(self, path: str | Path) -> Path:
        return atomic.write_text(Path(path), checks.findings_json(self.findings))


def open_report(dataset: str | Path, township_id: str | None = None, findings_path: str | Path = "",
                comparison: str | Path = "") -> Report:
    """load → validate → check one dataset with :func:`nianbao.checks.check_township`; optionally write its findings JSON.

    ``comparison``: the batch's comparison file (the other townships of the year, for the copy-paste
    rule); empty: the narrative is not compared with other townships, and the review block says so.
    """
    if township_id is not None and not isinstance(township_id, str):
        raise NianbaoError(
            f"参数 township_id 应为字符串，实际是 {township_id!r}（{type(township_id).__name__}）："
            "在参数文件中给编号加引号，或用 papermill -r 传入"
        )
    loaded = load(resolve(dataset))
    if township_id and loaded.dataset.township_id != township_id:
        raise NianbaoError(Problem(str(loaded.path), f"参数 township_id 为“{township_id}”，"
                                                     f"但数据文件的编号是“{loaded.dataset.township_id}”"))
    siblings = checks.read_siblings(resolve(comparison), loaded.path.stem) if comparison else None
    checked = checks.check_township(loaded, siblings)
    report = Report(loaded, checked.findings, checked.notices)
    if findings_path:
        report.save_findings(resolve(findings_path))
    return report
