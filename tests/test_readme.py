"""The README's examples, followed literally in a throw-away project (its .venv is this checkout's)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import nbformat
from conftest import ROOT, make_project

README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start:end]


def commands(text: str) -> list[str]:
    """The shell commands of a README section, in order: inline code and code blocks (comments dropped)."""
    found = re.findall(r"`((?:sed|make|\.venv/bin/)[^`\n]+)`|```sh\n(.*?)```", text, re.S)
    out = []
    for inline, block in found:
        lines = [inline] if inline else block.splitlines()
        out += [re.sub(r"\s+#.*$", "", line).strip() for line in lines if line.strip()]
    return out


def shell(root: Path, command: str) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", command], cwd=root, capture_output=True, text=True, timeout=900)


def project(tmp_path: Path) -> Path:
    files = {rel: (ROOT / rel).read_text(encoding="utf-8") for rel in ("data/2021/demo-001.yaml", "data/2020/demo-001.yaml")}
    root = make_project(tmp_path, files)
    (root / ".venv").symlink_to(ROOT / ".venv")
    return root


def make_recipe(target: str) -> str:
    """What `make TARGET` runs (the Makefile would reinstall into the shared .venv from a copied project)."""
    r = subprocess.run(["make", "-n", "-s", target, "STAMP="], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    return r.stdout.strip()


def test_add_a_township_as_the_readme_says_then_open_it_in_lab(tmp_path):
    root = project(tmp_path)
    steps = commands(section("增加一个乡镇"))
    assert steps[0].startswith("sed ") and steps[-1] == "make report", steps
    for step in steps:
        if step.startswith("make "):
            step = make_recipe(step.split()[1])
            assert step == ".venv/bin/nianbao batch"
        r = shell(root, step)
        assert r.returncode in (0, 1) and "Traceback" not in r.stdout + r.stderr, (step, r.stdout, r.stderr)
        assert "✗" not in r.stdout + r.stderr, (step, r.stdout, r.stderr)  # validate, check: no refusal
    assert "失败 0" in r.stdout, r.stdout
    new = re.search(r"data/(\d{4})/([\w-]+)\.yaml", steps[0])
    year, key = new.groups()
    assert (root / f"output/{year}/published/{key}.html").is_file() and (root / f"output/{year}/review/{key}.html").is_file()

    # The Lab instructions, for the new township: its working copy runs as it is, nothing to edit.
    [lab] = [c for c in commands(section("在 JupyterLab 中编辑")) if " lab " in f"{c} "]
    lab = re.sub(r"\d{4}/[\w-]+$", f"{year}/{key}", lab)
    r = shell(root, f"{lab} --print-only")
    assert r.returncode == 0, r.stderr
    copy = root / "lab" / year / f"{key}.ipynb"
    out = copy.with_name("ran.ipynb")
    r = shell(root, f".venv/bin/papermill {copy} {out} --cwd {copy.parent}")
    assert r.returncode == 0, r.stderr
    html = "".join(o.get("data", {}).get("text/html", "") for c in nbformat.read(str(out), as_version=4).cells
                   if c.cell_type == "code" for o in c.outputs)
    assert 'class="title"' in html and 'class="review"' in html


def test_make_lab_calls_nianbao_lab():
    assert make_recipe("lab") == ".venv/bin/nianbao lab"
    assert subprocess.run(["make", "-n", "-s", "lab", "T=2021/demo-001", "STAMP="], cwd=ROOT, capture_output=True,
                          text=True).stdout.strip() == ".venv/bin/nianbao lab 2021/demo-001"
