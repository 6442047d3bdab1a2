"""The batch's outputs under kills, concurrency and a machine that refuses writes (real batches, real kernels).

Whatever happens, every file under output/ is whole (or absent), the index and summary describe only pages on
disk, no process of the batch outlives it, and the next run gives the bytes of a clean run.
"""

from __future__ import annotations

import json
import os
import random
import re
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import nbformat
import pytest
from conftest import ROOT, make_project, run_nianbao, soup

from nianbao import atomic
from nianbao.pipeline.lock import LOCK_NAME

TOWNSHIPS = ("demo-001", "demo-002", "demo-003")
KILLS = 10
SEED = 13


def _project(tmp_path: Path, name: str = "p", townships: tuple[str, ...] = TOWNSHIPS) -> Path:
    root = make_project(tmp_path / name, {f"data/2020/{t}.yaml": (ROOT / f"data/2020/{t}.yaml").read_text("utf-8")
                                          for t in townships})
    assert run_nianbao(root, "params").returncode == 0
    return root


def _batch(root: Path, *args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "nianbao", "batch", "--no-progress", "--jobs", "2", *args], cwd=root,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def _outputs(root: Path) -> dict[str, bytes]:
    out = root / "output"
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name != LOCK_NAME}


def _assert_whole(root: Path) -> None:
    """Every output file complete and valid (temporary files of a killed writer aside); the index and summary,
    when there, name only files that are on disk."""
    out = root / "output"
    if not out.is_dir():  # killed before it wrote anything (an early instant on a slow, loaded machine)
        return
    for p in out.rglob("*"):
        if not p.is_file() or p.name == LOCK_NAME or p.name.startswith(atomic.TEMP_PREFIX):
            continue
        data = p.read_bytes()
        if p.suffix == ".json":
            json.loads(data)
        elif p.suffix == ".ipynb":
            nbformat.validate(nbformat.reads(data.decode("utf-8"), as_version=4))
        elif p.suffix == ".html":
            assert data.rstrip().endswith(b"</html>"), p
        elif p.suffix == ".sqlite":
            with sqlite3.connect(f"{p.as_uri()}?mode=ro", uri=True) as db:
                assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",), p
        elif p.suffix == ".xlsx":
            with zipfile.ZipFile(p) as z:
                assert z.testzip() is None, p
        elif p.suffix == ".csv":
            assert data.decode("utf-8-sig").endswith("\n"), p
        else:
            raise AssertionError(f"unexpected output {p}")
    for year in out.iterdir():
        if (year / "index.html").is_file():
            links = [a["href"] for a in soup(year / "index.html").find_all("a", href=True)]
            assert all((year / href).is_file() for href in links if "://" not in href), links
        if (year / "summary.json").is_file():
            for o in json.loads((year / "summary.json").read_text(encoding="utf-8"))["townships"]:
                named = [o[k] for k in ("notebook", "published", "review", "findings", "pdf") if o[k]]
                assert all((year / name).is_file() for name in named) or not o["ok"], o


def _processes_in(root: Path) -> list[str]:
    """Processes working in the project folder (the batch's workers, kernels and browsers all do)."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit() or int(proc.name) == os.getpid():
            continue
        try:
            cwd = Path(os.readlink(proc / "cwd"))
            cmd = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z" and (cwd == root or root in cwd.parents):
            found.append(f"{proc.name}: {cmd}")
    return found


def _no_processes_left(root: Path, wait: float = 10) -> None:
    """Kernels notice their worker is gone within a second (ipykernel's parent poller); allow a loaded machine more."""
    deadline = time.monotonic() + wait
    while _processes_in(root) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _processes_in(root) == []


def _orphans_in_tmp() -> list[str]:
    """Entries of the temp folder owned (by name) by a process that is gone."""
    left = []
    for p in Path(tempfile.gettempdir()).glob("nianbao-*"):
        m = re.match(r"nianbao-(\d+)-", p.name)
        if m and not Path(f"/proc/{m.group(1)}").exists():
            left.append(p.name)
    return left


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> tuple[dict[str, bytes], float]:
    """A clean run's outputs, and how long it took."""
    root = _project(tmp_path_factory.mktemp("clean"))
    started = time.monotonic()
    r = run_nianbao(root, "batch", "--no-progress", "--jobs", "2")
    assert r.returncode == 0 and "失败 0" in r.stdout, r.stdout + r.stderr
    _no_processes_left(root)
    return _outputs(root), time.monotonic() - started


def test_two_clean_runs_in_different_folders_are_byte_identical(clean, tmp_path):
    """Notebooks carry no timings and no machine paths: another clone elsewhere gives the same bytes, every file."""
    root = _project(tmp_path, "elsewhere-with-a-longer-name")
    r = run_nianbao(root, "batch", "--no-progress", "--jobs", "1")
    assert "失败 0" in r.stdout, r.stdout + r.stderr
    mine = _outputs(root)
    assert sorted(mine) == sorted(clean[0])
    assert [k for k in mine if mine[k] != clean[0][k]] == []
    nb = json.loads(mine["2020/demo-001.ipynb"])
    assert nb["metadata"]["papermill"]["input_path"] == "notebooks/report.ipynb"
    assert nb["metadata"]["papermill"]["parameters"]["findings_path"] == "output/2020/demo-001.findings.json"
    assert str(tmp_path) not in mine["2020/demo-001.ipynb"].decode("utf-8")


def test_kill_9_at_random_moments(clean, tmp_path):
    """≥ 10 kill -9 instants (seeded) across a batch: after each, whole files only, an index describing only
    pages on disk, no process left; the rerun after each kill cleans the leftovers and gives a clean run's bytes."""
    expected, duration = clean
    before = set(_orphans_in_tmp())  # left by other tests of the session (killed on purpose): not this test's to judge
    root = _project(tmp_path)
    rng = random.Random(SEED)
    instants = sorted(rng.uniform(0.2, duration) for _ in range(KILLS))
    for instant in instants:
        batch = _batch(root, "--force")
        time.sleep(instant)
        batch.send_signal(signal.SIGKILL)
        batch.communicate()
        _no_processes_left(root)
        _assert_whole(root)
        # The rerun renders only what the killed run had not finished (its state records each township once written).
        r = run_nianbao(root, "batch", "--no-progress", "--jobs", "2")
        assert "失败 0" in r.stdout, f"kill at {instant:.1f}s: " + r.stdout + r.stderr
        _no_processes_left(root)
        got = _outputs(root)
        assert got == expected, f"kill at {instant:.1f}s: {[k for k in got if got[k] != expected.get(k)]}"
    assert not [p for p in (root / "output").rglob(f"{atomic.TEMP_PREFIX}*")]
    assert set(_orphans_in_tmp()) - before == set()


def _children() -> dict[str, str]:
    """This process's children (pid → state and command), zombies (exited, never reaped: "defunct") included; not
    multiprocessing's resource tracker, the one helper it starts per process on first use and keeps until that
    process exits."""
    found = {}
    for proc in Path("/proc").iterdir():
        try:
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            cmd = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except (OSError, IndexError):
            continue
        if int(fields[1]) == os.getpid() and "multiprocessing.resource_tracker" not in cmd:
            found[proc.name] = f"({fields[0]}) {cmd}"
    return found


def test_a_finished_batch_leaves_no_process_not_even_a_defunct_one(tmp_path):
    """The batch called in this process (as from a notebook): when it returns, every worker, kernel and browser it
    started has exited and been reaped."""
    from nianbao.pipeline.batch import run_batch

    root = _project(tmp_path, townships=TOWNSHIPS[:2])
    before = _children()
    outcomes = run_batch(root, jobs=2, progress=False, pdf=shutil.which("chromium") is not None)
    assert [o.ok for o in outcomes] == [True, True], [o.message for o in outcomes]
    assert {pid: c for pid, c in _children().items() if pid not in before} == {}


def test_a_second_batch_waits_for_the_first(tmp_path):
    """Review and publish batches started together: the second waits, then renders alone; no township fails and
    no page mixes the modes."""
    root = _project(tmp_path, townships=TOWNSHIPS[:2])
    first = _batch(root)
    lock = root / "output" / LOCK_NAME
    deadline = time.monotonic() + 60
    while not (lock.is_file() and lock.read_text().split()[:1] == [str(first.pid)]) and time.monotonic() < deadline:
        time.sleep(0.05)
    second = _batch(root, "--publish")
    out1, err1 = first.communicate(timeout=600)
    out2, err2 = second.communicate(timeout=600)
    assert "失败 0" in out1 and "失败 0" in out2, out1 + err1 + out2 + err2
    assert f"正由另一个 nianbao batch（进程 {first.pid}）写入" in err2, err2
    for t in TOWNSHIPS[:2]:
        assert "审核意见" not in soup(root / "output" / "2020" / "published" / f"{t}.html").get_text()
    _assert_whole(root)


def test_a_failed_township_leaves_no_page(tmp_path):
    """Every township fails (the master notebook lost its parameters tag): no page of the earlier run stays,
    and the index links none."""
    root = _project(tmp_path, townships=TOWNSHIPS[:2])
    assert "失败 0" in run_nianbao(root, "batch", "--no-progress", "--jobs", "2").stdout
    master = root / "notebooks" / "report.ipynb"
    nb = json.loads(master.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        cell.get("metadata", {}).pop("tags", None)
    master.write_text(json.dumps(nb, ensure_ascii=False), encoding="utf-8")
    r = run_nianbao(root, "batch", "--no-progress", "--jobs", "2")
    assert r.returncode == 1 and "失败 2" in r.stdout, r.stdout + r.stderr
    out = root / "output" / "2020"
    assert [p.name for p in out.rglob("demo-*") if p.suffix in (".html", ".json", ".pdf", ".docx")] == []
    assert [a["href"] for a in soup(out / "index.html").find_all("a", href=True) if "demo" in a["href"]] == []
    assert not any(o["ok"] for o in json.loads((out / "summary.json").read_text(encoding="utf-8"))["townships"])
    _assert_whole(root)


def _limited(size: int):
    """A preexec_fn: files larger than ``size`` bytes cannot be written (the kernel says EFBIG, as a full disk
    says ENOSPC); Python ignores SIGXFSZ, so the write fails instead of killing the process."""
    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (size, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))


def test_a_disk_that_refuses_writes(tmp_path):
    """Notebooks do not fit: each township fails with a Chinese message naming its file; the comparison does not
    fit: the batch stops with exit 2 and a message naming it. Never a truncated file or an English OSError."""
    root = _project(tmp_path)
    r = subprocess.run([sys.executable, "-m", "nianbao", "batch", "--no-progress", "--jobs", "2"], cwd=root,
                       capture_output=True, text=True, preexec_fn=_limited(45_000))
    assert r.returncode == 1 and f"失败 {len(TOWNSHIPS)}" in r.stdout, r.stdout + r.stderr
    assert "output/2020/demo-001.ipynb：无法写入（文件超过系统允许的大小）" in r.stdout
    assert "OSError" not in r.stdout + r.stderr and "Traceback" not in r.stdout + r.stderr
    _assert_whole(root)
    assert not list((root / "output").rglob(f"{atomic.TEMP_PREFIX}*"))

    for p in (root / "output" / "2020").iterdir():
        p.unlink()
    r = subprocess.run([sys.executable, "-m", "nianbao", "batch", "--no-progress"], cwd=root,
                       capture_output=True, text=True, preexec_fn=_limited(10_000))
    assert r.returncode == 2, r.stdout + r.stderr
    assert "output/2020/comparison.sqlite：无法写入" in r.stderr and "Traceback" not in r.stderr
    assert list((root / "output" / "2020").iterdir()) == []


def test_output_that_is_a_file_or_links_outside(tmp_path):
    root = _project(tmp_path)
    (root / "output").write_text("a file, not a folder", encoding="utf-8")
    r = run_nianbao(root, "batch", "--no-progress")
    assert r.returncode == 2 and "output" in r.stderr and "应为文件夹" in r.stderr, r.stderr
    assert (root / "output").read_text(encoding="utf-8") == "a file, not a folder"

    (root / "output").unlink()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (root / "output").mkdir()
    (root / "output" / "2020").symlink_to(elsewhere)
    r = run_nianbao(root, "batch", "--no-progress")
    assert r.returncode == 2 and "符号链接" in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert list(elsewhere.iterdir()) == []


def _refused_writes() -> list[str]:
    """A command prefix under which the kernel enforces file permissions for this user. Tests run as root in CI
    (where root writes anywhere): there the batch runs as root without the capabilities that override permission
    bits (setpriv drops them from its bounding set), so a folder without write permission refuses it for real, with
    EACCES, wherever the checkout lies (/root included, which an unprivileged user could not even read)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("没有 setpriv（Debian 软件包 util-linux）：以 root 运行时无法让 output/ 的只读权限生效")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]


def _read_only(folder: Path) -> None:
    for p in [folder, *folder.rglob("*")]:
        p.chmod(0o555 if p.is_dir() else 0o444)


@pytest.mark.parametrize("folder", ["output", "output/2020"])
def test_a_read_only_output(tmp_path, folder):
    """output/ (or its year folder) made read-only after a run: the batch, every township forced, stops with exit 2
    and a Chinese message naming the folder's file and the reason; every file of the earlier run is still there."""
    root = _project(tmp_path, townships=TOWNSHIPS[:1])
    assert "失败 0" in run_nianbao(root, "batch", "--no-progress").stdout
    before = _outputs(root)
    _read_only(root / folder)
    try:
        r = subprocess.run([*_refused_writes(), sys.executable, "-m", "nianbao", "batch", "--no-progress", "--force"],
                           cwd=root, capture_output=True, text=True, timeout=600)
    finally:
        for p in [root / "output", *(root / "output").rglob("*")]:
            p.chmod(0o755 if p.is_dir() else 0o644)
    assert r.returncode == 2, r.stdout + r.stderr
    assert re.search(rf"^{folder}/\S*：无法写入（没有写入权限）", r.stderr, re.M), r.stderr
    assert "Traceback" not in r.stdout + r.stderr and "Error" not in r.stdout + r.stderr, r.stdout + r.stderr
    assert _outputs(root) == before
    _no_processes_left(root)


def test_a_size_limit_leaves_no_bytecode_cut_short(tmp_path):
    """compileall reports success for a bytecode file a full disk or a size limit cut short; the batch's compile
    step must leave none behind, or every later import of that module fails (EOFError: marshal data too short)."""
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "big.py").write_text("".join(f"def f{i}():\n    return {i!r} * 3\n" for i in range(3000)), encoding="utf-8")
    code = "import sys; from pathlib import Path; from nianbao.pipeline.batch import _compile_package; " \
           "_compile_package(Path(sys.argv[1]))"
    r = subprocess.run([sys.executable, "-c", code, str(package)], capture_output=True, text=True,
                       preexec_fn=_limited(20_000), cwd=ROOT)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([sys.executable, "-c", "import big; print(big.f2999())"], capture_output=True, text=True,
                       cwd=package)
    assert r.returncode == 0 and r.stdout.strip() == "8997", r.stderr
