"""`nianbao check`: run the check catalog on datasets, without a kernel."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import EXIT_FINDINGS, EXIT_INPUT, cli, echo_err


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出审核结果 / print findings as JSON")
def check(files, as_json):
    """对数据文件运行审核规则（勾稽关系等）。/ Run the check catalog on datasets.

    退出码 / exit status: 0 无错误 / no errors, 1 有错误 / errors found, 2 输入有误 / input problem.
    """
    from .. import checks
    from ..errors import DatasetError
    from ..load import load

    all_findings, had_input_problem = [], False
    for f in files:
        try:
            ds = load(f).dataset
        except DatasetError as e:
            had_input_problem = True
            echo_err(f"✗ {e}")
            continue
        found = checks.run_checks(ds)
        all_findings.extend({"file": str(f), **x.to_dict()} for x in found)
        if not as_json:
            counts = checks.summary(found)
            click.echo(f"{f}：{ds.organ} {ds.year}年度 — 错误 {counts['error']}，警告 {counts['warning']}")
            for x in found:
                sev = "错误" if x.severity == "error" else "警告"
                click.echo(f"  [{sev}] {x.id}  {x.location or ''}\n      {x.message}")
    if as_json:
        click.echo(json.dumps(all_findings, ensure_ascii=False, indent=2))
    if had_input_problem:
        sys.exit(EXIT_INPUT)
    if any(x["severity"] == "error" for x in all_findings):
        sys.exit(EXIT_FINDINGS)
