"""run_notebook's retry: kernel start-up races are retried, anything else is raised at once, and it gives up.

papermill's execute_notebook is replaced by a recorder that raises a given sequence of errors, so no
kernel starts; the waits between attempts are recorded instead of slept.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import nbformat
import pytest
from papermill.exceptions import PapermillExecutionError
from zmq.error import ZMQError

from nianbao.pipeline import execute

PORT_RACE = ZMQError(98, "Address already in use")
KERNEL_DIED = RuntimeError("Kernel died before replying to kernel_info")
CELL_FAILED = PapermillExecutionError(cell_index=3, exec_count=3, source="load(dataset)", ename="ValueError",
                                      evalue="boom", traceback=[])


class Starts:
    """Stands in for papermill: each call raises the next error of ``errors``; once they run out, succeeds."""

    def __init__(self, *errors: BaseException):
        self.errors = list(errors)
        self.calls: list[dict] = []

    def execute_notebook(self, notebook, output, **kw):
        self.calls.append({"notebook": notebook, "output": output, **kw})
        if self.errors:
            raise self.errors.pop(0)
        nbformat.write(nbformat.v4.new_notebook(), output)  # what papermill leaves at the path it was given


class Runner:
    """``run(*errors, retries=2)``: run_notebook while papermill raises ``errors``; ``starts`` and ``waits``
    record the attempts and the pauses between them, also when run_notebook raised."""

    def __init__(self, monkeypatch, tmp_path: Path):
        self.monkeypatch, self.tmp_path = monkeypatch, tmp_path
        self.waits: list[float] = []
        monkeypatch.setattr(execute, "time", SimpleNamespace(sleep=self.waits.append))

    def __call__(self, *errors: BaseException, retries: int = 2) -> None:
        self.starts = Starts(*errors)
        self.monkeypatch.setattr(execute, "pm", self.starts)
        execute.run_notebook(Path("report.ipynb"), self.tmp_path / "out" / "x.ipynb", {"dataset": "d.yaml"},
                             self.tmp_path, retries=retries)


@pytest.fixture
def run(monkeypatch, tmp_path) -> Runner:
    for name in execute.KERNEL_ENV:  # run_notebook exports these; the environment gets them back afterwards
        monkeypatch.setenv(name, "")
    return Runner(monkeypatch, tmp_path)


def test_one_start_when_nothing_goes_wrong(run, tmp_path):
    run()
    [call] = run.starts.calls
    assert call["parameters"] == {"dataset": "d.yaml"} and call["cwd"] == str(tmp_path)
    assert call["kernel_manager_class"] is execute.IPCKernelManager
    assert run.waits == [] and (tmp_path / "out").is_dir()


@pytest.mark.parametrize("error", [PORT_RACE, KERNEL_DIED, RuntimeError("KERNEL didn't respond in 60 seconds")],
                         ids=["zmq", "kernel-died", "kernel-any-case"])
def test_start_up_races_are_retried(run, error):
    run(error, error)
    assert len(run.starts.calls) == 3  # two failures, then the start that works
    assert len(run.waits) == 2 and 0 < run.waits[0] < run.waits[1]  # a pause before each retry, growing


@pytest.mark.parametrize("error", [CELL_FAILED, RuntimeError("dataset is broken"), ValueError("kernel")],
                         ids=["cell-failed", "runtime-not-kernel", "other-type"])
def test_other_errors_are_raised_at_once(run, error):
    with pytest.raises(type(error)) as raised:
        run(error)
    assert raised.value is error
    assert len(run.starts.calls) == 1 and run.waits == []


@pytest.mark.parametrize("retries", [0, 1, 2])
def test_gives_up_after_retries(run, retries):
    errors = [ZMQError(98, f"Address already in use ({i})") for i in range(retries + 1)]
    with pytest.raises(ZMQError) as raised:
        run(*errors, ZMQError(98, "never reached"), retries=retries)
    assert raised.value is errors[-1]  # the last attempt's own error
    assert len(run.starts.calls) == retries + 1
    assert len(run.waits) == retries


def test_a_cell_error_after_a_retried_start_is_raised(run):
    with pytest.raises(PapermillExecutionError):
        run(PORT_RACE, CELL_FAILED)
    assert len(run.starts.calls) == 2
