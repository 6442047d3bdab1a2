"""`nianbao lab`'s working copies, and what the batch says about the master notebook (real papermill)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nbformat
from conftest import ROOT, make_project, run_nianbao, soup

from nianbao.load import load

BIN = Path(sys.executable).parent
SEED = "data/2020/150724-bycg.yaml"
OTHER = "data/2020/demo-007.yaml"


def project(tmp_path: Path) -> Path:
    return make_project(tmp_path, {rel: (ROOT / rel).read_text(encoding="utf-8") for rel in (SEED, OTHER)})


def run_copy(root: Path, copy: Path) -> nbformat.NotebookNode:
    """Run a working copy as JupyterLab would: a kernel in the copy's own folder."""
    out = copy.with_name("ran.ipynb")
    r = subprocess.run([str(BIN / "papermill"), str(copy), str(out), "--cwd", str(copy.parent)], cwd=root,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return nbformat.read(str(out), as_version=4)


def html_of(nb) -> str:
    return "".join(o.get("data", {}).get("text/html", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)


def test_working_copy_has_the_townships_parameters_and_leaves_the_master_alone(tmp_path):
    root = project(tmp_path)
    master = (root / "notebooks/report.ipynb").read_bytes()
    r = run_nianbao(root, "lab", "2020/demo-007", "--print-only")
    assert r.returncode == 0, r.stderr
    copy = root / "lab/2020/demo-007.ipynb"
    assert "已生成工作副本：lab/2020/demo-007.ipynb" in r.stderr and str(copy) in r.stdout
    assert "-m jupyterlab lab/2020/demo-007.ipynb" in r.stdout
    nb = nbformat.read(str(copy), as_version=4)
    [injected] = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert 'dataset = "data/2020/demo-007.yaml"' in injected.source and 'township_id = "demo-007"' in injected.source
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")  # not executed
    ran = run_copy(root, copy)
    html = html_of(ran)
    organ = load(root / OTHER).dataset.organ
    assert f"{organ}2020年政府信息公开工作年度报告" in html  # this township's report, not the master's default
    assert "审核意见" in html and 'class="review"' in html  # the review block shows in Lab
    assert not [o for c in ran.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert (root / "notebooks/report.ipynb").read_bytes() == master
    assert "lab/" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()


def test_an_edited_working_copy_is_never_overwritten(tmp_path):
    root = project(tmp_path)
    assert run_nianbao(root, "lab", "2020/150724-bycg", "--print-only").returncode == 0
    copy = root / "lab/2020/150724-bycg.ipynb"
    nb = nbformat.read(str(copy), as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("report.findings_frame  # 我的试验"))
    nbformat.write(nb, str(copy))
    edited = copy.read_bytes()
    r = run_nianbao(root, "lab", SEED, "--print-only")  # the same township, named by its file
    assert r.returncode == 0 and "未覆盖" in r.stderr and copy.read_bytes() == edited
    # the master changes: the copy is kept, and the analyst is told how to get a new one
    master = root / "notebooks/report.ipynb"
    m = nbformat.read(str(master), as_version=4)
    m.cells[0].source += "\n- 新的说明"
    nbformat.write(m, str(master))
    r = run_nianbao(root, "lab", "2020/150724-bycg", "--print-only")
    assert copy.read_bytes() == edited and "--fresh" in r.stderr
    r = run_nianbao(root, "lab", "2020/150724-bycg", "--fresh", "--print-only")
    assert r.returncode == 0 and "另存为 lab/2020/150724-bycg.1.ipynb" in r.stderr
    assert (root / "lab/2020/150724-bycg.1.ipynb").read_bytes() == edited
    assert "新的说明" in copy.read_text(encoding="utf-8") and "我的试验" not in copy.read_text(encoding="utf-8")


def test_lab_without_a_township_opens_the_masters_default_and_refuses_an_unknown_one(tmp_path):
    root = project(tmp_path)
    r = run_nianbao(root, "lab", "--print-only")
    assert r.returncode == 0 and (root / "lab/2020/150724-bycg.ipynb").is_file()
    r = run_nianbao(root, "lab", "2020/nope", "--print-only")
    assert r.returncode == 2 and "data/2020/nope.yaml" in r.stderr and "Traceback" not in r.stderr
    assert not (root / "lab/2020/nope.ipynb").exists()


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args], cwd=root, check=True,
                   capture_output=True)


def test_batch_says_when_the_master_is_not_clean_and_scratch_cells_stay_off_the_published_page(tmp_path):
    root = project(tmp_path)
    assert run_nianbao(root, "params").returncode == 0
    former = root / "output/2020/demo-007.html"  # a page of the earlier layout (review and published in one folder)
    former.parent.mkdir(parents=True)
    former.write_text("<html>审核意见</html>", encoding="utf-8")
    # Not a git repository: a clean master, nothing said about "committed".
    r = run_nianbao(root, "batch", "--no-progress")
    assert not former.exists()
    assert r.returncode == 0, r.stdout + r.stderr
    summary = json.loads((root / "output/2020/summary.json").read_text(encoding="utf-8"))
    assert summary["master"]["committed"] is None and summary["master"]["has_outputs"] is False
    assert "注意" not in r.stderr and "提交" not in soup(root / "output/2020/index.html").get_text()

    _git(root, "init", "-q")
    _git(root, "add", "notebooks/report.ipynb")
    _git(root, "commit", "-q", "-m", "master")
    # An analyst runs the master in place and adds a scratch cell, then saves: outputs, and not HEAD's version.
    master = root / "notebooks/report.ipynb"
    nb = nbformat.read(str(master), as_version=4)
    scratch = nbformat.v4.new_code_cell('from IPython.display import HTML\nHTML("<p class=scratch>试验输出</p>")')
    nb.cells.append(scratch)
    nb.cells[2].execution_count = 1
    nbformat.write(nb, str(master))
    r = run_nianbao(root, "batch", "--no-progress")
    assert r.returncode == 0, r.stdout + r.stderr
    summary = json.loads((root / "output/2020/summary.json").read_text(encoding="utf-8"))
    assert summary["master"]["committed"] is False and summary["master"]["has_outputs"] is True
    assert len(summary["master"]["sha256"]) == 64
    assert "带有运行结果" in r.stderr and "与 git 中已提交的版本不同" in r.stderr
    warnings = soup(root / "output/2020/index.html").find("ul", class_="master-warnings").get_text()
    assert "带有运行结果" in warnings and "与 git 中已提交的版本不同" in warnings
    for key in ("150724-bycg", "demo-007"):
        assert "试验输出" not in (root / f"output/2020/published/{key}.html").read_text(encoding="utf-8")
        assert "试验输出" in (root / f"output/2020/review/{key}.html").read_text(encoding="utf-8")
