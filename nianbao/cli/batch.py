"""`nianbao batch`: render every township-year with papermill."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .. import atomic
from ..paths import project_root
from . import EXIT_FINDINGS, cli, echo_err


@cli.command()
@click.option("--year", type=int, help="只生成某一年度 / only this report year")
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="并行数，默认为 CPU 核数 / parallel reports (default: cores)")
@click.option("--fail-on", type=click.Choice(["failure", "error"]), default="failure", show_default=True,
              help="failure：有报告生成失败时返回非零；error：有错误级审核意见时也返回非零 / "
                   "also exit non-zero on error-level findings")
@click.option("--publish", is_flag=True,
              help="只生成发布页面（output/<年度>/published/），不生成审核页面 / published pages only, no review pages")
@click.option("--pdf", is_flag=True, help="同时生成 A4 PDF（需要 chromium 和 fonts-noto-cjk）/ also print each page to A4 PDF")
@click.option("--docx", is_flag=True, help="同时生成送审用的 Word 文档（只含报告本身）/ also write each report as Word")
@click.option("--no-progress", is_flag=True, help="不显示进度条 / no progress bar")
@click.option("--reuse-kernels", is_flag=True,
              help="每个工作进程只启动一个内核，逐个乡镇复用（乡镇之间清空状态）/ one warm kernel per worker")
@click.option("--dask", "dask", is_flag=False, flag_value="", default=None, metavar="[SCHEDULER_ADDRESS]",
              help="在 dask.distributed 上运行；不给地址时启动本机 LocalCluster / run on dask (a LocalCluster without an address)")
@click.option("--force", is_flag=True, help="全部重新生成，包括输入未变的乡镇 / rerun every township, changed or not")
def batch(year, jobs, fail_on, publish, pdf, docx, no_progress, reuse_kernels, dask, force):
    """为每个参数文件运行母版笔记本并导出 HTML。/ Render every township-year to output/.

    每个乡镇运行一次，导出两个页面：发布页面 output/<年度>/published/<编号>.html（只含报告）和审核页面
    output/<年度>/review/<编号>.html（附审核意见）；PDF、Word 由发布页面生成。
    / Each township runs once and is exported twice: published/ (the report only) and review/ (with the review block).

    输入（数据、上一年度数据、比对数据、母版、模板、版本、模式）未变的乡镇保留上次的结果。
    / Townships whose inputs did not change keep their outputs.
    """
    from ..pipeline import params
    from ..pipeline.batch import run_batch
    from ..pipeline.master import master_state

    root = project_root()
    drift = params.sync(root, write=False)
    for p in drift.created:
        echo_err(f"提示：{p.relative_to(root)} 尚不存在，对应的数据不会生成：运行 nianbao params")
    for problem in drift.problems:
        if not problem.file.startswith("params/"):  # a params file's own problems: its township's failure below
            echo_err(f"提示：{problem}")
    try:
        outcomes = run_batch(root, year=year, jobs=jobs, review=not publish, progress=not no_progress, pdf=pdf,
                             docx=docx, reuse_kernels=reuse_kernels, dask=dask, force=force)
    except OSError as e:  # output/ is a file, read-only or full: the user's environment, not a bug
        raise atomic.output_error(Path(e.filename or "output"), e) from None
    failed = [o for o in outcomes if not o.ok]
    with_errors = [o for o in outcomes if o.ok and o.errors]
    click.echo(f"\n共 {len(outcomes)} 份：成功 {len(outcomes) - len(failed)}，失败 {len(failed)}；"
               f"有错误级审核意见 {len(with_errors)} 份。")
    for o in failed:
        click.echo(f"✗ {o.year}/{o.township_id}：{o.message}")
    for o in with_errors:
        click.echo(f"! {o.year}/{o.township_id} {o.organ}：{o.errors} 个错误，{o.warnings} 个警告")
    for w in master_state(root).warnings:
        echo_err(f"注意：{w}")
    for y in sorted({o.year for o in outcomes}):
        click.echo(f"索引页 / index: output/{y}/index.html")
    if failed or (fail_on == "error" and with_errors):
        sys.exit(EXIT_FINDINGS)
