"""`nianbao import`: a published report (scraped text, HTML, PDF or Word) → a dataset file, an import log, a cells
JSON; a clerk's workbook (.xlsx) → a dataset file."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .. import atomic
from . import EXIT_FINDINGS, cli, echo_err

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".et"}  # .xls/.et: told to save as .xlsx


@cli.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("-o", "--output", "output", type=click.Path(path_type=Path),
              help="写出数据集（YAML）的路径；不给出时把数据集打印到标准输出 / dataset file to write")
@click.option("--cells-json", "cells_json", type=click.Path(path_type=Path),
              help="另写出表格单元格的 JSON（organ、year、format、period、cells）/ flat cells JSON")
@click.option("--force", is_flag=True, help="覆盖已存在的文件 / overwrite existing files")
@click.option("--partial", is_flag=True, help="允许导入不完整的报告（页面片段）/ accept a truncated report")
def import_(file, output, cells_json, force, partial):
    """从已发布的年度报告（网页文本、HTML、PDF 或 Word .docx）或乡镇填好的工作簿（.xlsx）导入数据集。
    / Import a published report, or a clerk's workbook (.xlsx), into a dataset.

    导入日志（找到、规范化、未找到、存疑、问题）写到标准错误。没有找到的单元格不会填 0，
    而是在数据集中缺省，并在日志中列出。数据集未通过校验时仍写出（便于补全），退出码为 1。
    工作簿（.xlsx）有任何问题时不写出数据集，列出每个问题所在的工作表和单元格，退出码为 2。
    """
    from ..dump import dump, dump_to
    from ..errors import DatasetError, NianbaoError, Problem
    from ..importer import import_report
    from ..load import validate_mapping

    for target in (output, cells_json):
        if target is not None and target.exists() and not force:
            raise NianbaoError(Problem(str(target), "文件已存在，未覆盖（确需覆盖请加 --force）"))
        if target is not None and target.resolve() == file.resolve():
            raise NianbaoError(Problem(str(target), "输出文件不能是输入的报告本身"))
    if file.suffix.lower() in WORKBOOK_SUFFIXES:
        if cells_json is not None or partial:
            raise click.UsageError("--cells-json 和 --partial 只用于已发布的报告，不用于工作簿")
        _import_workbook(file, output)
        return
    result = import_report(file, partial=partial)
    raw, dataset = result.raw, result.dataset
    if output is not None:
        raw = dict(raw, id=output.stem)  # a dataset's id is its file name
        try:
            dataset = validate_mapping(raw, output)
        except DatasetError:
            dataset = None
    for entry in result.log:
        echo_err(str(entry))
    if cells_json is not None:
        atomic.write_text(cells_json, json.dumps(result.cells_json, ensure_ascii=False, indent=2) + "\n")
    if output is None:
        click.echo(dump(raw), nl=False)
    else:
        dump_to(raw, output)
        echo_err(f"已写出数据集：{output}")
    if dataset is None:
        echo_err("数据集未通过校验（原因见上面的日志）：请补全后运行 nianbao validate")
        sys.exit(EXIT_FINDINGS)


def _import_workbook(file: Path, output: Path | None) -> None:
    """A workbook is read whole or not at all: any problem (named by sheet and cell) and nothing is written."""
    from ..dump import dump, dump_to
    from ..workbook import import_workbook

    dataset = import_workbook(file)
    if output is None:
        click.echo(dump(dataset), nl=False)
        return
    dump_to(dataset, output)
    echo_err(f"已写出数据集：{output}（{dataset.organ} {dataset.year}年度，{len(dataset.cells)} 个表格单元格）")
    if output.stem != dataset.township_id:
        echo_err(f"提示：文件名“{output.stem}”与工作簿中的编号“{dataset.township_id}”不一致")
