"""`nianbao pdf`: print published pages to A4 PDF with headless Chromium."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import NianbaoError
from ..paths import PUBLISHED, project_root
from . import EXIT_FINDINGS, cli, echo_err


def _pages(root: Path, year: int | None) -> list[Path]:
    """The published township pages of output/ (never the review pages: the review block is not for print)."""

    return sorted((root / "output").glob(f"{year or '*'}/{PUBLISHED}/*.html"))


@cli.command()
@click.argument("pages", nargs=-1, type=click.Path(path_type=Path))
@click.option("--year", type=int, help="只处理某一年度 / only this report year")
def pdf(pages, year):
    """把发布页面打印为 A4 PDF（与 HTML 同名同目录）。不指定页面时处理 output/<年度>/published/ 下全部发布页面。

    Print published pages to A4 PDF next to them (default: every page under output/<year>/published/).
    Needs Debian's chromium and fonts-noto-cjk.
    """
    from ..publish.pdf import chromium, to_pdf

    chromium()
    targets = list(pages) or _pages(project_root(), year)
    if not targets:
        raise NianbaoError("没有可打印的页面：先运行 nianbao batch，或指定 HTML 文件")
    failed = 0
    for page in targets:
        if page.suffix.lower() not in (".html", ".htm"):
            raise NianbaoError(f"{page}：不是 HTML 页面（应为 .html 文件）")
        try:
            click.echo(f"PDF: {to_pdf(page, page.with_suffix('.pdf'))}")
        except NianbaoError as e:
            failed += 1
            echo_err(f"✗ {e}")
    if failed:
        sys.exit(EXIT_FINDINGS)
