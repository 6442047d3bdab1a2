"""The ``nianbao`` command: the group, error handling, and one module per subcommand.

Messages are Simplified Chinese; help is bilingual.
"""

from __future__ import annotations

import os
import sys

import click

from .. import __version__
from ..errors import NianbaoError

EXIT_FINDINGS = 1  # ran, but found errors / a report failed
EXIT_INPUT = 2  # the user's input (files, options) is wrong


def echo_err(text: str) -> None:
    click.echo(text, err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="nianbao")
def cli():
    """nianbao：政府信息公开工作年度报告的数据校验、审核与批量生成。

    nianbao: reproducible 政府信息公开工作年度报告 — validate datasets, check them,
    render every township's report with papermill and publish HTML.
    """


def main() -> None:
    try:
        cli.main(standalone_mode=False, prog_name="nianbao")
    except NianbaoError as e:
        echo_err(str(e))
        sys.exit(EXIT_INPUT)
    except click.exceptions.Abort:
        echo_err("已中断")
        sys.exit(130)
    except click.ClickException as e:
        echo_err(f"命令用法有误：{e.format_message()}（运行 nianbao --help 查看用法）")
        sys.exit(EXIT_INPUT)
    except SystemExit:
        raise
    except Exception as e:  # never a traceback for the user; NIANBAO_DEBUG=1 shows it to a developer
        if os.environ.get("NIANBAO_DEBUG"):
            raise
        echo_err(f"内部错误：{type(e).__name__}: {e}（设置 NIANBAO_DEBUG=1 可查看详细信息）")
        sys.exit(3)


# Subcommands register themselves on `cli` when imported.
from . import batch, check, docx, import_, lab, params, pdf, validate, xlsx  # noqa: E402,F401
