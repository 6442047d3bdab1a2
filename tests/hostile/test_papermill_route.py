"""The single-report papermill route (`papermill notebooks/report.ipynb out.ipynb -f params/<year>/<id>.yaml`):
a bad dataset shows the Chinese message from the kernel, not the kernel's Python traceback, and no TCP warning.

papermill's command line itself still prints its own stack for the PapermillExecutionError it raises (papermill/cli.py
catches only DeadKernelError); the lines under "Exception encountered" are the kernel's, and those are the message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import make_project

from .cases import SEED, mutated

PAPERMILL = Path(sys.executable).parent / "papermill"


def _papermill(root: Path, params: str) -> str:
    r = subprocess.run([str(PAPERMILL), "notebooks/report.ipynb", "out.ipynb", "-f", params, "--no-progress-bar"],
                       cwd=root, capture_output=True, text=True, timeout=300)
    assert r.returncode != 0
    return r.stderr


def test_bad_dataset_shows_the_chinese_message_only(tmp_path):
    root = make_project(tmp_path, {SEED: mutated(("signed",), "2020-02-30"),
                                   "params/2020/150724-bycg.yaml": f"dataset: {SEED}\ntownship_id: \"150724-bycg\"\n"})
    err = _papermill(root, "params/2020/150724-bycg.yaml")
    assert "数据有误，未能生成报告" in err and "signed" in err and "应为日期" in err, err
    # The kernel's own traceback (frames of nianbao's modules, IPython's arrows) stays out of the message.
    assert "nianbao/load.py" not in err and "---->" not in err and "DatasetError" not in err, err
    assert str(tmp_path) not in err.split("Exception encountered")[-1], err
    # The kernel (spec nianbao, CurveZMQ keys provisioned) starts without ipykernel's warning about plain TCP.
    assert "Executing notebook with kernel: nianbao" in err and "without encryption" not in err, err
