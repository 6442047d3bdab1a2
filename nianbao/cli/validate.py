"""`nianbao validate`: check dataset files against the schema."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import EXIT_INPUT, cli, echo_err


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
def validate(files):
    """校验数据文件（YAML）的格式与内容类型。/ Validate dataset files."""
    from ..errors import DatasetError
    from ..load import load

    bad = 0
    for f in files:
        try:
            loaded = load(f)
        except DatasetError as e:
            bad += 1
            echo_err(f"✗ {e}")
            continue
        ds = loaded.dataset
        click.echo(f"✓ {f}：{ds.organ} {ds.year}年度，{ds.fmt.name}，{len(ds.cells)} 个表格单元格")
        for n in loaded.notices:
            click.echo(f"  提示：{n}")
    if bad:
        echo_err(f"{bad} 个文件未通过校验")
        sys.exit(EXIT_INPUT)
