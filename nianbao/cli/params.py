"""`nianbao params`: keep params/ in step with data/."""

from __future__ import annotations

import sys

import click

from ..paths import project_root
from . import EXIT_FINDINGS, EXIT_INPUT, cli, echo_err


@cli.command("params")
@click.option("--check", "check_only", is_flag=True, help="只检查是否与 data/ 一致，不写文件 / only report drift")
def params_cmd(check_only):
    """按 data/ 生成或更新 params/ 下的 papermill 参数文件。/ Keep params/ in step with data/."""
    from ..pipeline import params

    root = project_root()
    result = params.sync(root, write=not check_only)
    verb = "需新建" if check_only else "新建"
    for label, paths in ((verb, result.created), ("需更新" if check_only else "更新", result.updated),
                         ("需删除" if check_only else "删除", result.removed),
                         ("手工编写，未改动", result.kept_by_hand)):
        for p in paths:
            click.echo(f"{label}：{p.relative_to(root)}")
    click.echo(f"参数文件 {len(result.unchanged)} 个未变。")
    for problem in result.problems:
        echo_err(str(problem))
    if result.problems:
        echo_err(f"以上 {len(result.problems)} 个问题需要改正（对应的乡镇不会生成报告）")
        sys.exit(EXIT_INPUT)
    if check_only and not result.in_step:
        echo_err("params/ 与 data/ 不一致：运行 nianbao params 更新")
        sys.exit(EXIT_FINDINGS)
