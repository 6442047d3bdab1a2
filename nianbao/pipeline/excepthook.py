"""What the papermill command line shows when the master notebook stops at an input error.

``papermill notebooks/report.ipynb out.ipynb -f params/<year>/<id>.yaml`` lets the PapermillExecutionError of a
failed cell reach Python's top level (papermill/cli.py catches only a dead kernel), and Python prints papermill's
own stack before the kernel's message. The process that starts the ``nianbao`` kernel loads its provisioner
(:mod:`.kernel`), which installs :func:`show_input_error` as ``sys.excepthook``: for an error the kernel raised as one
of nianbao's input errors (already worded in Chinese) it prints which notebook failed, that the output notebook
was saved with the failing cell, and the kernel's message; anything else goes to the hook that was there before.
Python still exits with status 1 (a report that failed).
"""

from __future__ import annotations

import sys
import traceback

from .. import atomic  # noqa: F401  OutputError, a NianbaoError worded like the others, is defined there
from ..errors import NianbaoError

_previous = sys.excepthook


def _input_errors() -> set[str]:
    names, todo = set(), [NianbaoError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo += cls.__subclasses__()
    return names


def _paths(tb) -> tuple[str, str] | None:
    """The input and output notebooks as papermill's execute_notebook was given them (its call is on the stack)."""
    for frame, _ in traceback.walk_tb(tb):
        if frame.f_code.co_name == "execute_notebook" and frame.f_globals.get("__name__") == "papermill.execute":
            return str(frame.f_locals.get("input_path")), str(frame.f_locals.get("output_path"))
    return None


def show_input_error(kind, error, tb) -> None:
    exceptions = sys.modules.get("papermill.exceptions")  # not loaded: the error cannot be papermill's
    if exceptions is None or not isinstance(error, exceptions.PapermillExecutionError) or error.ename not in _input_errors():
        _previous(kind, error, tb)
        return
    paths = _paths(tb)
    where = f"{paths[0]} 运行失败" if paths else "笔记本运行失败"
    saved = f"输出笔记本 {paths[1]} 已保存" if paths else "输出笔记本已保存"
    message = exceptions.strip_color("\n".join(error.traceback)).strip() or f"{error.ename}：{error.evalue}"
    print(f"{where}（In [{error.exec_count}]），{saved}，出错的单元格在其中：\n{message}", file=sys.stderr, flush=True)


def install() -> None:
    """Make :func:`show_input_error` this process's hook for uncaught exceptions (once)."""
    global _previous
    if sys.excepthook is not show_input_error:
        _previous = sys.excepthook
        sys.excepthook = show_input_error
