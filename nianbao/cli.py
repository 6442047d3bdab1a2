"""The ``nianbao`` command. Messages are Simplified Chinese; help is bilingual."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import __version__
from .errors import NianbaoError
from .paths import project_root

EXIT_FINDINGS = 1  # ran, but found errors / a report failed
EXIT_INPUT = 2  # the user's input (files, options) is wrong


def _echo_err(text: str) -> None:
    click.echo(text, err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="nianbao")
def cli():
    """nianbao：政府信息公开工作年度报告的数据校验、审核与批量生成。

    nianbao: reproducible 政府信息公开工作年度报告 — validate datasets, check them,
    render every township's report with papermill and publish HTML.
    """


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
def validate(files):
    """校验数据文件（YAML）的格式与内容类型。/ Validate dataset files."""
    from .errors import DatasetError
    from .load import load

    bad = 0
    for f in files:
        try:
            loaded = load(f)
        except DatasetError as e:
            bad += 1
            _echo_err(f"✗ {e}")
            continue
        ds = loaded.dataset
        click.echo(f"✓ {f}：{ds.organ} {ds.year}年度，{ds.fmt.name}，{len(ds.cells)} 个表格单元格")
        for n in loaded.notices:
            click.echo(f"  提示：{n}")
    if bad:
        _echo_err(f"{bad} 个文件未通过校验")
        sys.exit(EXIT_INPUT)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出审核结果 / print findings as JSON")
def check(files, as_json):
    """对数据文件运行审核规则（勾稽关系等）。/ Run the check catalog on datasets.

    退出码 / exit status: 0 无错误 / no errors, 1 有错误 / errors found, 2 输入有误 / input problem.
    """
    from . import checks
    from .errors import DatasetError
    from .load import load

    all_findings, had_input_problem = [], False
    for f in files:
        try:
            ds = load(f).dataset
        except DatasetError as e:
            had_input_problem = True
            _echo_err(f"✗ {e}")
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


@cli.command("params")
@click.option("--check", "check_only", is_flag=True, help="只检查是否与 data/ 一致，不写文件 / only report drift")
def params_cmd(check_only):
    """按 data/ 生成或更新 params/ 下的 papermill 参数文件。/ Keep params/ in step with data/."""
    from . import params

    root = project_root()
    result = params.sync(root, write=not check_only)
    verb = "需新建" if check_only else "新建"
    for label, paths in ((verb, result.created), ("需更新" if check_only else "更新", result.updated),
                         ("需删除" if check_only else "删除", result.removed),
                         ("手工编写，未改动", result.kept_by_hand)):
        for p in paths:
            click.echo(f"{label}：{p.relative_to(root)}")
    click.echo(f"参数文件 {len(result.unchanged)} 个未变。")
    if check_only and not result.in_step:
        _echo_err("params/ 与 data/ 不一致：运行 nianbao params 更新")
        sys.exit(EXIT_FINDINGS)


@cli.command()
@click.option("--year", type=int, help="只生成某一年度 / only this report year")
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="并行数，默认为 CPU 核数 / parallel reports (default: cores)")
@click.option("--fail-on", type=click.Choice(["failure", "error"]), default="failure", show_default=True,
              help="failure：有报告生成失败时返回非零；error：有错误级审核意见时也返回非零 / "
                   "also exit non-zero on error-level findings")
@click.option("--publish", is_flag=True, help="发布模式：页面不含审核意见 / publish mode: no review block")
@click.option("--no-progress", is_flag=True, help="不显示进度条 / no progress bar")
def batch(year, jobs, fail_on, publish, no_progress):
    """为每个参数文件运行母版笔记本并导出 HTML。/ Render every township-year to output/."""
    from . import params
    from .batch import run_batch

    root = project_root()
    drift = params.sync(root, write=False)
    for p in drift.created:
        _echo_err(f"提示：{p.relative_to(root)} 尚不存在，对应的数据不会生成：运行 nianbao params")
    outcomes = run_batch(root, year=year, jobs=jobs, review=not publish, progress=not no_progress)
    failed = [o for o in outcomes if not o.ok]
    with_errors = [o for o in outcomes if o.ok and o.errors]
    click.echo(f"\n共 {len(outcomes)} 份：成功 {len(outcomes) - len(failed)}，失败 {len(failed)}；"
               f"有错误级审核意见 {len(with_errors)} 份。")
    for o in failed:
        click.echo(f"✗ {o.year}/{o.id}：{o.message}")
    for o in with_errors:
        click.echo(f"! {o.year}/{o.id} {o.organ}：{o.errors} 个错误，{o.warnings} 个警告")
    for y in sorted({o.year for o in outcomes}):
        click.echo(f"索引页 / index: {root / 'output' / y / 'index.html'}")
    if failed or (fail_on == "error" and with_errors):
        sys.exit(EXIT_FINDINGS)


def main() -> None:
    try:
        cli.main(standalone_mode=False, prog_name="nianbao")
    except NianbaoError as e:
        _echo_err(str(e))
        sys.exit(EXIT_INPUT)
    except click.exceptions.Abort:
        _echo_err("已中断")
        sys.exit(130)
    except click.ClickException as e:
        _echo_err(f"命令用法有误：{e.format_message()}（运行 nianbao --help 查看用法）")
        sys.exit(EXIT_INPUT)
    except SystemExit:
        raise
    except Exception as e:  # never a traceback for the user; NIANBAO_DEBUG=1 shows it to a developer
        if os.environ.get("NIANBAO_DEBUG"):
            raise
        _echo_err(f"内部错误：{type(e).__name__}: {e}（设置 NIANBAO_DEBUG=1 可查看详细信息）")
        sys.exit(3)
