"""`nianbao docx`: the published report as a Word document (output/<year>/published/<id>.docx) for sign-off."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from ..errors import NianbaoError, Problem
from ..paths import PUBLISHED, project_root
from . import EXIT_FINDINGS, cli, echo_err

# The generator line of a page names its data file (an HTML comment in the published page's footer, see
# templates/report/colophon.html.j2; the review block of a review page).
_SOURCE = re.compile(r"数据文件：([^；<\s]+\.ya?ml)")
PAGES = (".html", ".htm")


def _dataset_of(page: Path, root: Path) -> Path:
    """The data file a published page was made from, as its generator line names it."""
    try:
        text = page.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise NianbaoError(Problem(str(page), "页面文件不存在或无法读取")) from None
    m = _SOURCE.search(text)
    if m is None:
        raise NianbaoError(Problem(str(page), "不是 nianbao 生成的页面（页脚没有写明数据文件）：请直接给出数据文件"))
    source = Path(m[1])
    return source if source.is_absolute() else root / source


@cli.command("docx")
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--year", type=int, help="只处理某一年度 / only this report year")
def docx_(inputs, year):
    """生成送审用的 Word 文档（output/<年度>/published/<编号>.docx）：只含报告本身，公文格式。

    参数可以是数据文件（.yaml）或 nianbao 生成的页面（.html）；不给出时处理 data/ 下全部数据文件。
    Write the published report as Word (A4, official fonts, merged table headers, page numbers)
    for each dataset or page given (default: every dataset under data/).

    退出码 / exit status: 0 全部完成 / all written, 1 有乡镇失败 / a township failed, 2 参数有误 / unusable arguments.
    """
    from ..load import load
    from ..pipeline.lock import batch_lock
    from ..pipeline.params import dataset_files
    from ..publish.docx import to_docx

    root = project_root()
    targets = list(inputs) or [p for p in dataset_files(root) if year is None or p.parent.name == str(year)]
    if not targets:
        raise NianbaoError("没有可生成的数据：data/ 下没有数据文件，请指定数据文件或页面")
    for target in targets:
        if target.suffix.lower() not in (*PAGES, ".yaml", ".yml"):
            raise NianbaoError(Problem(str(target), "应为数据文件（.yaml）或 nianbao 生成的页面（.html）"))
    failed = 0
    with batch_lock(root / "output", command="docx"):  # beside the batch's pages: never while a batch runs
        for target in targets:
            try:
                source = _dataset_of(target, root) if target.suffix.lower() in PAGES else target
                ds = load(source).dataset
                if year and ds.year != year:
                    continue
                out = to_docx(ds, root / "output" / str(ds.year) / PUBLISHED / f"{source.stem}.docx")
                click.echo(f"Word: {out}")
            except NianbaoError as e:
                failed += 1
                echo_err(f"✗ {e}")
    if failed:
        sys.exit(EXIT_FINDINGS)
