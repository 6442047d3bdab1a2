"""The single-report papermill route (`papermill notebooks/report.ipynb out.ipynb -f params/<year>/<id>.yaml`):
a bad dataset shows which notebook failed and the Chinese message from the kernel, no traceback at all (neither
the kernel's nor papermill's own), and no TCP warning; exit status 1 (a report that failed)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import make_project

from .cases import SEED, mutated

PAPERMILL = Path(sys.executable).parent / "papermill"
PARAMS = "params/2020/150724-bycg.yaml"


def _papermill(root: Path, params: str) -> subprocess.CompletedProcess:
    r = subprocess.run([str(PAPERMILL), "notebooks/report.ipynb", "out.ipynb", "-f", params, "--no-progress-bar"],
                       cwd=root, capture_output=True, text=True, timeout=300)
    assert r.returncode == 1, r.stderr
    return r


def _project(tmp_path: Path, dataset: str) -> Path:
    return make_project(tmp_path, {SEED: dataset, PARAMS: f"dataset: {SEED}\ntownship_id: \"150724-bycg\"\n"})


def test_bad_dataset_shows_the_chinese_message_only(tmp_path):
    root = _project(tmp_path, mutated(("signed",), "2020-02-30"))
    err = _papermill(root, PARAMS).stderr
    assert "notebooks/report.ipynb 运行失败" in err and "输出笔记本 out.ipynb 已保存" in err, err
    assert "数据有误，未能生成报告" in err and f"{SEED} 第" in err and "signed" in err and "应为日期" in err, err
    # No stack of any process: papermill's (click, papermill/execute.py) nor the kernel's (nianbao's modules).
    assert "Traceback" not in err and "papermill/" not in err and "nianbao/load.py" not in err, err
    assert "Error" not in err and "---->" not in err and str(tmp_path) not in err, err
    # The kernel (spec nianbao, CurveZMQ keys provisioned) starts without ipykernel's warning about plain TCP.
    assert "Executing notebook with kernel: nianbao" in err and "without encryption" not in err, err
    # The output notebook is there, with the failing cell and its message.
    cells = json.loads((root / "out.ipynb").read_text(encoding="utf-8"))["cells"]
    failed = [o for c in cells for o in c.get("outputs", ()) if o.get("output_type") == "error"]
    assert [o["ename"] for o in failed] == ["DatasetError"]


def test_a_bug_in_the_notebook_keeps_its_traceback(tmp_path):
    """Only nianbao's input errors are shown short: a notebook cell that fails otherwise keeps papermill's report."""
    root = _project(tmp_path, (Path(__file__).resolve().parents[2] / SEED).read_text(encoding="utf-8"))
    master = root / "notebooks" / "report.ipynb"
    nb = json.loads(master.read_text(encoding="utf-8"))
    nb["cells"].insert(2, {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
                           "source": "1 / 0"})
    master.write_text(json.dumps(nb, ensure_ascii=False), encoding="utf-8")
    err = _papermill(root, PARAMS).stderr
    assert "Traceback" in err and "ZeroDivisionError" in err and "运行失败" not in err, err
