"""Workbook speed: write and read back N workbooks (every bundled dataset, repeated), on a pool of worker processes.

Prints workbooks/s (write + read + validate, each workbook a file on disk), by the wall clock and by the
workers' CPU time (what dedicated cores would give on a shared machine), and the ratio against a
baseline measured in the same run on the same pool: the same datasets dumped to YAML and loaded
back (nianbao.dump + nianbao.load), i.e. the cost of the plain-text round trip.
Target: ≥ 20 workbooks/s on a 2-core machine.
Run: .venv/bin/python benchmarks/xlsx_bench.py [N] [--jobs J]   (defaults: 1000, 2)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nianbao.dump import dump_to  # noqa: E402
from nianbao.load import load_dataset  # noqa: E402
from nianbao.workbook import import_workbook, write_dataset  # noqa: E402

SOURCES = sorted((ROOT / "data").glob("*/*.yaml"))
_datasets: list = []


def _init() -> None:
    _datasets.extend(load_dataset(p) for p in SOURCES)


def _workbooks(job: tuple[int, int, int, str]) -> tuple[int, float]:
    """Write and read back the workbooks ``start, start+step, …`` below ``n``; returns the cells read, CPU seconds."""
    start, n, step, folder = job
    cells, cpu = 0, time.process_time()
    for i in range(start, n, step):
        ds = _datasets[i % len(_datasets)]
        path = Path(folder) / f"{i}.xlsx"
        write_dataset(ds, path)
        back = import_workbook(path)
        assert back.cells == ds.cells, path
        cells += len(back.cells)
    return cells, time.process_time() - cpu


def _yaml(job: tuple[int, int, int, str]) -> tuple[int, float]:
    start, n, step, folder = job
    cells, cpu = 0, time.process_time()
    for i in range(start, n, step):
        ds = _datasets[i % len(_datasets)]
        path = Path(folder) / str(i) / f"{ds.township_id}.yaml"  # a dataset file is named by its id
        dump_to(ds, path)
        cells += len(load_dataset(path).cells)
    return cells, time.process_time() - cpu


def _run(pool, fn, n: int, jobs: int, folder: str) -> tuple[float, int, float]:
    """Wall seconds, cells read, CPU seconds of the workers (the machine may be shared: both are shown)."""
    # the work is split in `jobs` interleaved shares so each worker gets the same mix of formats
    shares = [(k, n, jobs, folder) for k in range(jobs)]
    t0 = time.perf_counter()
    done = list(pool.map(fn, shares))
    return time.perf_counter() - t0, sum(c for c, _ in done), sum(s for _, s in done)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="nianbao-xlsx-bench-") as folder, \
            ProcessPoolExecutor(args.jobs, initializer=_init) as pool:
        list(pool.map(_workbooks, [(k, k + 1, 1, folder) for k in range(args.jobs)]))  # warm every worker
        base_s, base_cells, base_cpu = _run(pool, _yaml, args.n, args.jobs, folder)
        wb_s, wb_cells, wb_cpu = _run(pool, _workbooks, args.n, args.jobs, folder)
    assert wb_cells == base_cells
    load = os.getloadavg()[0]
    print(f"{args.n} 个工作簿（{len(SOURCES)} 个随附数据集轮流），{args.jobs} 个进程，CPU 核数 {os.cpu_count()}，"
          f"负载 {load:.1f}；共读回 {wb_cells} 个表格单元格，全部与原数据集一致")
    print(f"工作簿（写出 + 读回 + 校验）：{args.n / wb_s:.1f} 个/秒（墙钟）；每个 {wb_cpu * 1000 / args.n:.1f} ms CPU，"
          f"即 {args.jobs} 个独占核上 {args.n * args.jobs / wb_cpu:.1f} 个/秒；目标 ≥ 20 个/秒")
    print(f"基线（YAML dump + load）：{args.n / base_s:.1f} 个/秒（墙钟），每个 {base_cpu * 1000 / args.n:.1f} ms CPU")
    print(f"工作簿耗时为基线的 {wb_s / base_s:.2f} 倍（墙钟），{wb_cpu / base_cpu:.2f} 倍（CPU）")


if __name__ == "__main__":
    main()
