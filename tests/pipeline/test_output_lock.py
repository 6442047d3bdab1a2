"""`nianbao pdf` and `nianbao docx` write beside the batch's pages: they wait for the batch's lock on output/, and
agree on exit statuses (1: a page or township failed, the others still written; 2: unusable arguments)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, SEED, make_project, run_nianbao

from nianbao.pipeline.lock import batch_lock


def _started(root: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "nianbao", *args], cwd=root, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _waits_for_the_lock(root: Path, written: Path, *args: str) -> str:
    """Run the command while this process holds the batch lock: it writes nothing until the lock is free."""
    with batch_lock(root / "output"):
        proc = _started(root, *args)
        time.sleep(8)  # long enough to load a dataset and write it, on a loaded machine
        assert proc.poll() is None and not written.exists()
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, out + err
    assert written.is_file()
    return err


def test_docx_waits_for_a_running_batch(tmp_path):
    root = make_project(tmp_path, {SEED: (ROOT / SEED).read_text(encoding="utf-8")})
    err = _waits_for_the_lock(root, root / "output/2020/published/150724-bycg.docx", "docx", SEED)
    assert f"output/ 正由另一个 nianbao batch（进程 {os.getpid()}）写入" in err, err


def test_pdf_of_a_page_in_output_waits_for_a_running_batch(tmp_path):
    if shutil.which("chromium") is None:
        if os.environ.get("CI"):
            pytest.fail("CI 中必须有 chromium（.ci/run 安装）")
        pytest.skip("chromium 未安装")
    root = make_project(tmp_path, {"output/2020/published/a.html": "<html><body><p>页面</p></body></html>\n"})
    err = _waits_for_the_lock(root, root / "output/2020/published/a.pdf", "pdf")
    assert "正由另一个 nianbao batch" in err, err


def test_docx_a_failed_township_is_1_a_wrong_argument_2(tmp_path):
    good = (ROOT / SEED).read_text(encoding="utf-8")
    root = make_project(tmp_path, {SEED: good, "data/2020/bad-001.yaml": good.replace("year: 2020", "year: [")})
    r = run_nianbao(root, "docx")
    assert r.returncode == 1, r.stdout + r.stderr
    assert "✗ data/2020/bad-001.yaml" in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert (root / "output/2020/published/150724-bycg.docx").is_file()
    r = run_nianbao(root, "docx", SEED, "notes.txt")
    assert r.returncode == 2 and "notes.txt" in r.stderr, r.stderr
