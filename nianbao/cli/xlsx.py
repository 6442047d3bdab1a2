"""`nianbao xlsx`: the workbook a township clerk fills in (for one dataset, or a new year pre-filled from last year)."""

from __future__ import annotations

from pathlib import Path

import click

from . import cli, echo_err


@cli.command("xlsx")
@click.argument("dataset", required=False, type=click.Path(path_type=Path))
@click.option("-o", "--output", "output", required=True, type=click.Path(path_type=Path),
              help="写出的工作簿（.xlsx）/ workbook to write")
@click.option("--new", "new", is_flag=True, help="为新的年度生成空白工作簿 / an empty workbook for a new year")
@click.option("--year", type=int, help="新工作簿的报告年度（与 --new 一起用）/ report year (with --new)")
@click.option("--id", "township", help="新工作簿的乡镇编号（与 --new 一起用）/ township id (with --new)")
@click.option("--previous", "previous", type=click.Path(path_type=Path),
              help="上一年度的数据集；默认为 data/<年度-1>/<编号>.yaml / last year's dataset")
@click.option("--force", is_flag=True, help="覆盖已存在的文件 / overwrite an existing file")
def xlsx(dataset, output, new, year, township, previous, force):
    """生成乡镇填报用的 Excel 工作簿。/ Write the clerk's Excel workbook.

    \b
    nianbao xlsx data/2021/demo-001.yaml -o 福冲乡2021.xlsx
    nianbao xlsx --new --year 2022 --id demo-001 -o 福冲乡2022.xlsx

    --new 时按上一年度的数据集预填（上年结转＝上年结转下年度，上一年项目数量、现行有效件数沿用上年），
    预填的格子标为黄色。填好的工作簿用 nianbao import 导入。
    """
    from ..errors import NianbaoError, Problem
    from ..formats import for_year
    from ..load import load_dataset
    from ..paths import project_root
    from ..workbook import write_dataset, write_new

    if output.suffix.lower() != ".xlsx":
        raise NianbaoError(Problem(str(output), "工作簿的文件名应以 .xlsx 结尾"))
    if output.exists() and not force:
        raise NianbaoError(Problem(str(output), "文件已存在，未覆盖（确需覆盖请加 --force）"))
    if not new:
        if dataset is None or year is not None or township is not None or previous is not None:
            raise click.UsageError("请给出一个数据集（或用 --new --year 年度 --id 编号 生成新年度的工作簿）")
        write_dataset(load_dataset(dataset), output)
        echo_err(f"已写出工作簿：{output}")
        return
    if dataset is not None or year is None or not township:
        raise click.UsageError("--new 需要 --year 和 --id，不要同时给出数据集")
    if for_year(year) is None:
        raise NianbaoError(Problem("", f"{year}年度没有适用的表格格式", field="--year"))
    if previous is None:
        previous = project_root() / "data" / str(year - 1) / f"{township}.yaml"
        last = load_dataset(previous) if previous.exists() else None
    else:
        last = load_dataset(previous)
    if last is not None and (last.township_id != township or last.year != year - 1):
        raise NianbaoError(Problem(str(previous), f"这是{last.township_id} {last.year}年度的数据集，不是{township} {year - 1}年度的"))
    write_new(year, township, last, output)
    if last is None:
        echo_err(f"没有找到上一年度的数据集 {previous}：工作簿没有预填")
    else:
        echo_err(f"已按 {previous} 预填（黄色格子）")
    echo_err(f"已写出工作簿：{output}")
