"""Check speed: the whole catalog on ≥10,000 generated datasets, each with last year's dataset.

Prints datasets/s and the ratio against a baseline measured in the same run: validating the
same raw mappings (validate_mapping), i.e. what reading a dataset costs before any check.
The catalog runs in a process pool (default: 2 workers, the target machine's cores).
Target: ≥ 500 datasets/s on 2 cores.  Run: .venv/bin/python benchmarks/check_bench.py [N] [WORKERS]
"""

from __future__ import annotations

import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from counts import counts  # noqa: E402

from nianbao import checks  # noqa: E402
from nianbao.devtools import synth  # noqa: E402
from nianbao.load import validate_mapping  # noqa: E402

_WHERE = Path("bench.yaml")


def _pairs(start: int, stop: int):
    """(2021 dataset, its 2020 dataset) of townships start+1 … stop (generated in the worker)."""
    out = []
    for i in range(start + 1, stop + 1):
        t = synth.Township.make(i)
        out.append((validate_mapping(synth.township_dataset(t, 2021), _WHERE),
                    validate_mapping(synth.township_dataset(t, 2020), _WHERE)))
    return out


def _check(bounds: tuple[int, int]) -> tuple[int, int, float]:
    pairs = _pairs(*bounds)
    t0 = time.perf_counter()
    findings = sum(len(checks.run_checks(ds, previous=prev)) for ds, prev in pairs)
    return len(pairs), findings, time.perf_counter() - t0


def main(n: int = 10_000, workers: int = 2) -> None:
    raws = synth.generate(min(n, 2000), 2021)
    t0 = time.perf_counter()
    for raw in raws:
        validate_mapping(raw, _WHERE)
    baseline_rate = len(raws) / (time.perf_counter() - t0)

    chunk = -(-n // workers)
    bounds = [(s, min(n, s + chunk)) for s in range(0, n, chunk)]
    with ProcessPoolExecutor(workers) as pool:
        results = list(pool.map(_check, bounds))
    done = sum(r[0] for r in results)
    found = sum(r[1] for r in results)
    # Workers run side by side: the wall time of the checking is the slowest worker's.
    wall = max(r[2] for r in results)
    rate = done / wall
    print(f"{done} 个数据集（2021年度，各带2020年度数据集），{workers} 个进程，共 {found} 条审核意见，{len(checks.rules())} 条规则")
    print(f"全部规则：{rate:.0f} 个/秒（{wall * 1000 / done * workers:.2f} ms/个/进程）；目标 ≥ 500 个/秒")
    print(f"基线（单进程校验同样的数据 validate_mapping）：{baseline_rate:.0f} 个/秒；审核速度为基线的 {rate / baseline_rate:.2f} 倍")


if __name__ == "__main__":
    main(**counts(__doc__, n=10_000, workers=2))
