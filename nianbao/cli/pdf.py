"""`nianbao pdf`: print published pages to A4 PDF with headless Chromium."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path

import click

from .. import atomic
from ..errors import NianbaoError
from ..paths import PUBLISHED, project_root
from . import EXIT_FINDINGS, cli, echo_err


def _pages(root: Path, year: int | None) -> list[Path]:
    """The published township pages of output/ (never the review pages: the review block is not for print)."""
    pages = (root / "output").glob(f"{year or '*'}/{PUBLISHED}/*.html")
    return sorted(p for p in pages if not p.name.startswith(atomic.TEMP_PREFIX))  # a killed writer's leftovers


@cli.command()
@click.argument("pages", nargs=-1, type=click.Path(path_type=Path))
@click.option("--year", type=int, help="只处理某一年度 / only this report year")
def pdf(pages, year):
    """把发布页面打印为 A4 PDF（与 HTML 同名同目录）。不指定页面时处理 output/<年度>/published/ 下全部发布页面。

    Print published pages to A4 PDF next to them (default: every page under output/<year>/published/).
    Needs Debian's chromium and fonts-noto-cjk.

    退出码 / exit status: 0 全部完成 / all printed, 1 有页面失败 / a page failed, 2 参数有误 / unusable arguments.
    """
    from ..pipeline.lock import batch_lock
    from ..publish.pdf import chromium, to_pdf

    chromium()
    root = project_root()
    targets = list(pages) or _pages(root, year)
    if not targets:
        raise NianbaoError("没有可打印的页面：先运行 nianbao batch，或指定 HTML 文件")
    for page in targets:
        if page.suffix.lower() not in (".html", ".htm"):
            raise NianbaoError(f"{page}：不是 HTML 页面（应为 .html 文件）")
    output = (root / "output").resolve()
    # A page of output/ is printed beside files a batch replaces: never while one runs.
    inside = any(page.resolve().is_relative_to(output) for page in targets)
    failed = 0
    with batch_lock(root / "output", command="pdf") if inside else nullcontext():
        for page in targets:
            try:
                click.echo(f"PDF: {to_pdf(page, page.with_suffix('.pdf'))}")
            except NianbaoError as e:
                failed += 1
                echo_err(f"✗ {e}")
    if failed:
        sys.exit(EXIT_FINDINGS)
