"""Batch speed: a generated province-sized year, rendered every way the batch can, in one run.

Generates N fictional townships for 2021 plus their 2020 datasets (last year's, for the cross-year
rules) and measures, against the baseline of the same run — the by-hand loop, `papermill` then
`jupyter nbconvert` per township, on a sample of 10 (half before the batches, half after them: on a
shared machine the load changes during a run, and a baseline taken at one moment alone skews every ratio):
the fresh-kernel batch, `--reuse-kernels`, `--dask --reuse-kernels` on a LocalCluster, a rerun with
nothing changed, and a rerun after one dataset changed (how many pages were rewritten).
Growth: per-township time of `--reuse-kernels` at N against N/10. Peak memory per worker: the
largest resident size of one worker process with its kernel, sampled while each batch runs.

Targets (2 cores): --reuse-kernels ≥ 30× the by-hand loop per township, fresh kernels ≥ 8×;
growth ≤ 1.25; rerun of 400 unchanged ≤ 10 s; peak per worker ≤ 400 MB.
Run: .venv/bin/python benchmarks/batch_bench.py [N=1000] [WORKERS=2]
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil
from counts import counts

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
YEAR, LAST = 2021, 2020
SAMPLE = 10
TEMPLATES = ROOT / "nianbao" / "templates" / "nbconvert"


def make_project(folder: Path, n: int) -> Path:
    from nianbao.devtools import synth
    from nianbao.dump import dump

    (folder / "notebooks").mkdir(parents=True)
    shutil.copy(ROOT / "notebooks" / "report.ipynb", folder / "notebooks")
    shutil.copy(ROOT / "pyproject.toml", folder)
    for year in (LAST, YEAR):
        (folder / "data" / str(year)).mkdir(parents=True)
        for raw in synth.generate(n, year):
            (folder / "data" / str(year) / f"{raw['id']}.yaml").write_text(dump(raw), encoding="utf-8")
    run(folder, [str(BIN / "nianbao"), "params"])
    return folder


def run(cwd: Path, args: list[str]) -> None:
    r = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    if r.returncode not in (0, 1):  # 1: some townships carry error-level findings, by design of the generator
        raise SystemExit(f"{' '.join(args)} failed:\n{r.stdout[-2000:]}\n{r.stderr[-2000:]}")


class PeakMemory:
    """Largest RSS of one child of a process together with its descendants (a worker and its kernel)."""

    def __init__(self, pid: int):
        self.pid, self.peak, self._stop = pid, 0, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self):
        while not self._stop.wait(0.2):
            try:
                for child in psutil.Process(self.pid).children():
                    tree = [child, *child.children(recursive=True)]
                    self.peak = max(self.peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            except psutil.Error:
                continue

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak / 2**20


def timed_batch(root: Path, *args: str) -> tuple[float, float]:
    """(wall seconds, peak MB per worker) of one `nianbao batch --year YEAR` run."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([str(BIN / "nianbao"), "batch", "--year", str(YEAR), "--no-progress", *args], cwd=root,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    mem = PeakMemory(proc.pid)
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    peak = mem.stop()
    if proc.returncode not in (0, 1) or not re.search(r"失败 0", out):
        raise SystemExit(f"batch {args} failed:\n{out[-2000:]}\n{err[-2000:]}")
    return wall, peak


def township_pages(root: Path) -> list[Path]:
    """The year's township pages, published/ and review/."""
    return sorted((root / "output" / str(YEAR)).glob("*/*.html"))


def pages(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in township_pages(root)}


def by_hand(root: Path, ids: list[str]) -> float:
    """Seconds per township of papermill + jupyter nbconvert, one township after another, as the README shows."""
    out = root / "by-hand"
    out.mkdir(exist_ok=True)
    t0 = time.perf_counter()
    for i in ids:
        run(root, [str(BIN / "papermill"), "notebooks/report.ipynb", str(out / f"{i}.ipynb"),
                   "-f", f"params/{YEAR}/{i}.yaml", "--no-progress-bar"])
        run(root, [str(BIN / "jupyter"), "nbconvert", "--to", "html", f"--TemplateExporter.extra_template_basedirs={TEMPLATES}",
                   "--template", "nianbao", str(out / f"{i}.ipynb")])
    return (time.perf_counter() - t0) / len(ids)


def main(n: int = 1000, workers: int = 2) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="nianbao-batch-bench-"))
    try:
        t0 = time.perf_counter()
        big = make_project(tmp / "big", n)
        small = make_project(tmp / "small", max(1, n // 10))
        print(f"生成 {n} 个乡镇（{YEAR}年度，另有{LAST}年度作为上一年度）及 {max(1, n // 10)} 个乡镇的小项目："
              f"{time.perf_counter() - t0:.1f} 秒；{workers} 个工作进程")
        ids = sorted(p.stem for p in (big / "params" / str(YEAR)).glob("*.yaml"))[:SAMPLE]
        hand_before, load_before = by_hand(big, ids[:SAMPLE // 2]), os.getloadavg()[0]
        j = ["--jobs", str(workers)]
        results, batches = {}, []
        for label, args in (("批量，每个乡镇新内核", [*j, "--force"]),
                            ("批量 --reuse-kernels", [*j, "--force", "--reuse-kernels"]),
                            ("批量 --dask（LocalCluster）--reuse-kernels", [*j, "--force", "--dask", "--reuse-kernels"])):
            wall, peak = timed_batch(big, *args)
            results[label] = pages(big)
            batches.append((label, wall / n, peak))
        hand_after, load_after = by_hand(big, ids[SAMPLE // 2:]), os.getloadavg()[0]
        hand = (hand_before + hand_after) / 2
        rows = [("手工逐个（papermill + nbconvert，抽样10个）", hand, None, None)]
        rows += [(label, per, hand / per, peak) for label, per, peak in batches]
        rerun, _ = timed_batch(big, *j)
        # One dataset changes (a figure of table 3): only its page is rewritten.
        changed = big / "data" / str(YEAR) / f"{ids[0]}.yaml"
        changed.write_text(re.sub(r"(natural: )(\d+)", lambda m: f"{m.group(1)}{int(m.group(2)) + 1}",
                                  changed.read_text(encoding="utf-8"), count=1), encoding="utf-8")
        before = {p: p.stat().st_mtime_ns for p in township_pages(big)}
        one, _ = timed_batch(big, *j)
        rewritten = sorted(f"{p.parent.name}/{p.name}" for p in township_pages(big) if p.stat().st_mtime_ns != before.get(p))
        small_wall, _ = timed_batch(small, *j, "--force", "--reuse-kernels")
        growth = (rows[2][1]) / (small_wall / max(1, n // 10))

        print(f"手工逐个：批量之前 {hand_before:.2f} 秒/乡镇（1 分钟负载 {load_before:.1f}），"
              f"批量之后 {hand_after:.2f} 秒/乡镇（负载 {load_after:.1f}）；取平均")
        print(f"\n{'方式':<44}{'秒/乡镇':>10}{'比手工快':>10}{'峰值内存/工作进程':>18}")
        for label, per, ratio, peak in rows:
            print(f"{label:<40}{per:>10.3f}{'' if ratio is None else f'{ratio:.1f}×':>10}"
                  f"{'' if peak is None else f'{peak:.0f} MB':>18}")
        first = next(iter(results.values()))
        same = all(r == first for r in results.values())
        print(f"\n三种批量方式的页面逐字节相同：{'是' if same else '否'}（{len(first)} 页）")
        print(f"增长：{n} 个乡镇的每乡镇时间 / {max(1, n // 10)} 个的 = {growth:.2f}（--reuse-kernels；目标 ≤ 1.25）")
        print(f"无变化重跑 {n} 个乡镇：{rerun:.1f} 秒（目标：400 个 ≤ 10 秒）")
        print(f"改动一个数据集后重跑：{one:.1f} 秒，重写的页面：{', '.join(rewritten) or '无'}")
        print("目标：--reuse-kernels ≥ 30×，新内核批量 ≥ 8×，峰值内存/工作进程 ≤ 400 MB"
              "（2 核且与他人共用时数字有噪声，以同一次运行内的比值为准）")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(**counts(__doc__, n=1000, workers=2))
