"""The numbers a benchmark script takes on its command line (how many townships or reports, how many workers):
positive whole numbers with defaults, and --help from the script's docstring."""

from __future__ import annotations

import argparse

HELP = {"n": "生成多少个（乡镇或报告）/ how many to generate", "workers": "工作进程数 / worker processes"}


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"应为正整数，实际是 {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"应为正整数，实际是 {value}")
    return value


def counts(doc: str, **defaults: int) -> dict[str, int]:
    """The script's numbers, by name (``n=1000, workers=2``): positional, each optional."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    for name, default in defaults.items():
        parser.add_argument(name, nargs="?", type=_positive, default=default,
                            help=f"{HELP.get(name, name)}（默认 {default}）")
    return vars(parser.parse_args())
