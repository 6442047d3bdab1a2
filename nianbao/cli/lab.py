"""`nianbao lab`: a township's working copy of the master notebook, opened in JupyterLab."""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

import click

from ..paths import project_root
from . import cli, echo_err


def lab_command(root: Path, notebook: Path, port: int | None, browser: bool) -> list[str]:
    """JupyterLab serving the project (so the notebook reaches data/ and output/), opening ``notebook``."""
    cmd = [sys.executable, "-m", "jupyterlab", notebook.relative_to(root).as_posix(), f"--ServerApp.root_dir={root}"]
    if port:
        cmd.append(f"--ServerApp.port={port}")
    if not browser:
        cmd.append("--no-browser")
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # containers and CI run as root; Lab refuses without this
        cmd.append("--allow-root")
    return cmd


@cli.command("lab")
@click.argument("target", required=False, metavar="[年度/编号]")
@click.option("--fresh", is_flag=True,
              help="已有工作副本时另存为 <编号>.N.ipynb，并按母版重新生成 / keep the old copy aside, make a new one")
@click.option("--port", type=click.IntRange(1, 65535), help="JupyterLab 的端口 / JupyterLab's port")
@click.option("--no-browser", is_flag=True, help="不打开浏览器 / do not open a browser")
@click.option("--print-only", is_flag=True, help="只生成工作副本并显示启动命令，不启动 JupyterLab / make the copy, do not start Lab")
def lab(target, fresh, port, no_browser, print_only):
    """在 JupyterLab 中打开某个乡镇的工作副本（lab/<年度>/<编号>.ipynb）。

    \b
    nianbao lab 2020/150724-bycg
    nianbao lab data/2021/demo-001.yaml

    工作副本由母版 notebooks/report.ipynb 生成，已填好 dataset 和 township_id 参数（不需要再改参数），
    在 lab/ 目录中（git 不跟踪）。在副本中运行、试验、保存都不影响母版和批量生成的报告；
    已有的工作副本不会被覆盖。不给出乡镇时使用母版的默认数据。
    / Open a township's working copy of the master notebook in JupyterLab (parameters filled in; the master
    notebook is never edited; an existing copy is never overwritten).
    """
    from ..pipeline.workcopy import dataset_of, working_copy

    root = project_root()
    copy = working_copy(root, dataset_of(root, target), fresh=fresh)
    shown = copy.path.relative_to(root)
    if copy.kept_as is not None:
        echo_err(f"原工作副本已另存为 {copy.kept_as.relative_to(root)}")
    if copy.created:
        echo_err(f"已生成工作副本：{shown}（参数已填好；母版 notebooks/report.ipynb 不受影响）")
    else:
        echo_err(f"已有工作副本 {shown}：未覆盖（保留你的修改），直接打开")
        if copy.stale:
            echo_err("提示：母版笔记本在此副本生成后有改动；需要按新母版重新生成时加 --fresh（旧副本会另存）")
    cmd = lab_command(root, copy.path, port, browser=not no_browser)
    click.echo(f"工作副本 / working copy: {copy.path}")
    click.echo(f"启动 / start: {shlex.join(cmd)}")
    if print_only:
        return
    os.chdir(root)
    sys.stdout.flush()
    os.execv(sys.executable, cmd)  # Lab replaces this process: Ctrl-C (or stopping it) ends Lab itself
