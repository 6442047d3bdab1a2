"""`nianbao check`: run the check catalog on datasets or published reports, without a kernel."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..categories import SEVERITY_LABELS
from . import EXIT_FINDINGS, EXIT_INPUT, cli, echo_err


def _print(label: str, found, as_json: bool, notices=()) -> None:
    from .. import checks

    if as_json:
        return
    counts = checks.summary(checks.open_findings(found))
    acknowledged = len(found) - len(checks.open_findings(found))
    extra = f"，已确认 {acknowledged}" if acknowledged else ""
    click.echo(f"{label} — 错误 {counts['error']}，警告 {counts['warning']}{extra}")
    for n in notices:
        click.echo(f"  [提示] {n}")
    for x in found:
        sev = "已确认" if x.acknowledged else SEVERITY_LABELS[x.severity]
        click.echo(f"  [{sev}] {x.id}  {checks.CATEGORIES[x.category]}  {x.location or ''}\n      {x.message}")
        if x.acknowledged:
            click.echo(f"      确认理由：{x.acknowledged}")


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出审核结果 / print findings as JSON")
@click.option("--previous", "previous_dir", type=click.Path(path_type=Path, file_okay=False),
              help="上一年度数据集所在目录（其中的 <编号>.yaml）；默认为数据文件旁的 data/<年度-1>/ "
                   "/ folder of last year's datasets (default: data/<year-1>/ beside each dataset)")
@click.option("--report", "reports", multiple=True, type=click.Path(path_type=Path),
              help="已发布的报告（文本、HTML、PDF 或 Word .docx），经导入后审核；可重复 / "
                   "a published report (text, HTML, PDF, .docx) to import and check (repeatable)")
@click.option("--similarity", type=click.FloatRange(0, 1), default=None,
              help="与上年或同批其他乡镇正文雷同比例的提示阈值（0–1，默认0.6）/ copy-paste threshold")
def check(files, as_json, previous_dir, reports, similarity):
    """对数据文件或已发布的报告运行全部审核规则。/ Run the check catalog on datasets or published reports.

    与 nianbao batch 相同的输入：上一年度的数据集用于跨年衔接，同一目录（同一年度）的其他乡镇用于比对正文雷同。
    / The same inputs as the batch: last year's dataset, and the other townships of the dataset's folder.
    退出码 / exit status: 0 无错误 / no errors, 1 有错误 / errors found, 2 输入有误 / input problem.
    """
    from .. import checks
    from ..errors import NianbaoError
    from ..load import load

    if not files and not reports:
        raise click.UsageError("请给出至少一个数据文件，或用 --report 给出已发布的报告")
    threshold = checks.DEFAULT_COPY_THRESHOLD if similarity is None else similarity
    output, had_input_problem = [], False

    loaded = []
    for f in files:
        try:
            loaded.append(load(f))
        except NianbaoError as e:
            had_input_problem = True
            echo_err(f"✗ {e}")
    # The same inputs as the batch: the other townships of the dataset's folder, compared once per folder.
    known = {x.path.resolve(): x.dataset for x in loaded}
    comparisons: dict[Path, checks.Comparison] = {}
    for x in loaded:
        folder = x.path.resolve().parent
        if folder not in comparisons:
            comparisons[folder] = checks.Comparison.of_folder(folder, known)
        checked = checks.check_township(x, comparisons[folder].siblings_of(x.path.stem), previous_dir,
                                        copy_threshold=threshold)
        output.extend({"file": str(x.path), **f.to_dict()} for f in checked.findings)
        _print(f"{x.path}：{x.dataset.organ} {x.dataset.year}年度", checked.findings, as_json, checked.notices)

    for r in reports:
        try:
            ds, found = check_report(r, threshold)
        except NianbaoError as e:
            had_input_problem = True
            echo_err(f"✗ {e}")
            continue
        output.extend({"file": str(r), **f.to_dict()} for f in found)
        _print(f"{r}：{ds.organ if ds else '已发布的报告'}", found, as_json)

    if as_json:
        click.echo(json.dumps(output, ensure_ascii=False, indent=2))
    if had_input_problem:
        sys.exit(EXIT_INPUT)
    if any(x["severity"] == "error" and not x["acknowledged"] for x in output):
        sys.exit(EXIT_FINDINGS)


def check_report(path: Path, threshold: float):
    """Import a published report and run the catalog on what could be read: (dataset or None, findings)."""
    from .. import checks
    from ..importer import import_report

    # A cut-off page is still checked as far as it goes; integrity.truncated says it is cut off.
    result = import_report(path, partial=True)
    ds, source = checks.from_import(result, str(path))
    return ds, checks.run_checks(ds, source=source, copy_threshold=threshold)
