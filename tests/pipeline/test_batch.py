"""The batch at scale: one way to check a township, warm kernels, dask, incremental reruns (real kernels)."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import nbformat
from conftest import ROOT, make_project, run_nianbao

from nianbao.pipeline import params

# A parameters file written by hand whose township_id does not match its dataset: the dataset loads in the
# batch, the notebook then fails in its kernel. Sorted first, so with one worker the next township inherits
# whatever that failure left.
BAD_PARAMS = ("params/2020/000-bad.yaml", "dataset: data/2020/demo-001.yaml\ntownship_id: \"demo-999\"\n")


def pages(out: Path) -> dict[str, bytes]:
    """Every township page of an output tree, published and review: "<year>/<folder>/<id>.html" → bytes."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.glob("*/*/*.html"))}


def test_check_cli_gives_the_notebooks_findings(rendered, tmp_path):
    """For every bundled dataset, `nianbao check --json` says what the batch's notebook wrote: same inputs, same rules."""
    root = make_project(tmp_path, rendered.datasets)
    r = run_nianbao(root, "check", "--json", *rendered.datasets)
    assert r.returncode == 1, r.stderr  # the demo county carries deliberate errors
    by_file = defaultdict(list)
    for item in json.loads(r.stdout):
        by_file[item.pop("file")].append(item)
    for rel in rendered.datasets:
        year, key = Path(rel).parent.name, Path(rel).stem
        notebook = json.loads((rendered.output / year / f"{key}.findings.json").read_text(encoding="utf-8"))
        assert by_file[rel] == notebook, rel
    # Both read last year's dataset (2021 finds 2020's; 2020 finds none) and the folder's other townships
    # (the payload dataset is the seed's text under another id).
    for rel, items in by_file.items():
        assert ("cross.previous_missing" in {f["id"] for f in items}) == rel.startswith("data/2020/"), rel
    assert "content.copy_sibling" in {f["id"] for f in by_file["data/2020/payload-01.yaml"]}


def test_warm_kernels_give_the_same_pages(rendered, tmp_path):
    """--reuse-kernels: every bundled page byte for byte as with a fresh kernel each; a failing township
    restarts the kernel and the next one is untouched."""
    root = make_project(tmp_path, {**rendered.datasets, BAD_PARAMS[0]: BAD_PARAMS[1]})
    assert run_nianbao(root, "params").returncode == 0
    r = run_nianbao(root, "batch", "--no-progress", "--reuse-kernels", "--jobs", "1")
    assert r.returncode == 1, r.stdout + r.stderr
    assert "失败 1" in r.stdout and "000-bad" in r.stdout and "demo-999" in r.stdout
    mine = pages(root / "output")
    assert mine == pages(rendered.output) and len(mine) == 2 * len(rendered.datasets)
    for rel in rendered.datasets:
        year, key = Path(rel).parent.name, Path(rel).stem
        assert (root / "output" / year / f"{key}.findings.json").read_bytes() == \
            (rendered.output / year / f"{key}.findings.json").read_bytes(), rel
    # State reset between townships: each notebook counts its cells from 1, as in a fresh kernel.
    nb = nbformat.read(str(root / "output/2020/demo-002.ipynb"), as_version=4)
    assert [c.execution_count for c in nb.cells if c.cell_type == "code"] == [1, 2, 3, 4, 5]


def test_dask_local_cluster_gives_the_same_outcomes(rendered, tmp_path):
    keep = ["data/2020/150724-bycg.yaml", "data/2020/demo-003.yaml", "data/2021/demo-010.yaml"]
    root = make_project(tmp_path, {**{rel: rendered.datasets[rel] for rel in keep}, BAD_PARAMS[0]: BAD_PARAMS[1],
                                   "data/2020/demo-001.yaml": rendered.datasets["data/2020/demo-001.yaml"]})
    assert run_nianbao(root, "params").returncode == 0
    r = run_nianbao(root, "batch", "--publish", "--no-progress", "--dask", "--jobs", "2", "--reuse-kernels")
    assert r.returncode == 1, r.stdout + r.stderr
    assert "共 5 份：成功 4，失败 1" in r.stdout and "000-bad" in r.stdout
    mine = pages(root / "output")  # --publish: the published pages only
    assert mine == {k: v for k, v in pages(rendered.output).items() if k in mine} and len(mine) == 4
    assert all("/published/" in k for k in mine) and not list((root / "output").glob("*/review"))


def _mtimes(out: Path) -> dict[str, int]:
    """The townships' notebooks and pages (published and review) → when they were written."""
    return {p.relative_to(out).as_posix(): p.stat().st_mtime_ns
            for p in [*out.glob("*/*.ipynb"), *out.glob("*/*/*.html")]}


def test_rerun_keeps_what_did_not_change(tmp_path):
    files = {rel: (ROOT / rel).read_text(encoding="utf-8")
             for rel in ("data/2020/demo-001.yaml", "data/2020/demo-002.yaml", "data/2021/demo-001.yaml",
                         "data/2021/demo-002.yaml")}
    root = make_project(tmp_path, files)
    out = root / "output"
    assert run_nianbao(root, "params").returncode == 0
    assert run_nianbao(root, "batch", "--no-progress", "--reuse-kernels").returncode in (0, 1)
    first, index = _mtimes(out), (out / "2021" / "index.html").read_bytes()

    # Nothing changed: nothing rendered again, same index.
    assert run_nianbao(root, "batch", "--no-progress").returncode in (0, 1)
    assert _mtimes(out) == first and (out / "2021" / "index.html").read_bytes() == index

    # Last year's dataset of demo-001 changes: its 2020 page and its 2021 page (cross-year inputs) are rendered again.
    path = root / "data/2020/demo-001.yaml"
    path.write_text(re.sub(r"(projects: )(\d+)", lambda m: f"{m.group(1)}{int(m.group(2)) + 1}",
                           path.read_text(encoding="utf-8"), count=1), encoding="utf-8")
    assert run_nianbao(root, "batch", "--no-progress").returncode in (0, 1)
    now = _mtimes(out)
    assert {k for k in now if now[k] != first[k]} == {
        f"{y}/{f}demo-001.{s}" for y in ("2020", "2021") for f, s in (("", "ipynb"), ("published/", "html"),
                                                                         ("review/", "html"))}

    # A dataset that is gone takes its outputs with it; --force renders everything again.
    (root / "data/2021/demo-002.yaml").unlink()
    assert params.sync(root).removed
    assert run_nianbao(root, "batch", "--no-progress", "--force").returncode in (0, 1)
    assert not list((out / "2021").rglob("demo-002.*"))  # published, review and the notebook
    assert (out / "2021" / "published" / "demo-001.html").is_file() and (out / "2021" / "review" / "demo-001.html").is_file()
    after = _mtimes(out)
    assert all(after[k] != now[k] for k in after)
    assert json.loads((out / "2021" / "state.json").read_text(encoding="utf-8")).keys() == {"demo-001"}


def test_rerun_follows_the_master_notebook(tmp_path):
    root = make_project(tmp_path, {"data/2021/demo-001.yaml": (ROOT / "data/2021/demo-001.yaml").read_text("utf-8")})
    assert run_nianbao(root, "params").returncode == 0
    assert run_nianbao(root, "batch", "--no-progress").returncode in (0, 1)
    before = _mtimes(root / "output")
    nb = root / "notebooks" / "report.ipynb"
    nb.write_text(nb.read_text(encoding="utf-8").replace("keep this notebook thin.", "keep it thin."), encoding="utf-8")
    assert run_nianbao(root, "batch", "--no-progress").returncode in (0, 1)
    after = _mtimes(root / "output")
    assert all(after[k] != before[k] for k in before)
