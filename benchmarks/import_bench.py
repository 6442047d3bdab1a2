"""Import speed: ≥1,000 report pages (every bundled dataset rendered as HTML and as scraped text, repeated).

Prints reports/s and the ratio against a baseline measured in the same run: reading the same
files and normalising their text (decode + OpenCC + regexes), i.e. what any importer must pay.
Target: ≥ 50 reports/s on a 2-core machine.  Run: .venv/bin/python benchmarks/import_bench.py [N]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from counts import counts  # noqa: E402

from nianbao.importer import import_report  # noqa: E402
from nianbao.importer.decode import decode  # noqa: E402
from nianbao.importer.log import ImportLog  # noqa: E402
from nianbao.importer.normalise import normalise_text  # noqa: E402
from nianbao.load import load_dataset  # noqa: E402
from nianbao.render import report_html  # noqa: E402

sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "importer")]
from test_import import scraped_text  # noqa: E402


def main(n: int = 1000) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="nianbao-import-bench-"))
    pages = []
    for f in sorted((ROOT / "data").glob("*/*.yaml")):
        html = report_html(load_dataset(f))
        for suffix, text in (("html", html), ("txt", scraped_text(html))):
            page = tmp / f"{f.parent.name}-{f.stem}.{suffix}"
            page.write_text(text, encoding="utf-8")
            pages.append(page)
    work = [pages[i % len(pages)] for i in range(n)]
    import_report(work[0])  # warm caches (OpenCC, format labels) outside the timing

    t0 = time.perf_counter()
    for page in work:
        normalise_text(decode(page)[0], ImportLog())
    baseline = time.perf_counter() - t0

    t0 = time.perf_counter()
    cells = 0
    for page in work:
        cells += len(import_report(page).cells_json["cells"])
    elapsed = time.perf_counter() - t0

    print(f"{n} 份报告（{len(pages)} 个不同页面：HTML 与纯文本各半），共读取 {cells} 个单元格")
    print(f"导入：{n / elapsed:.1f} 份/秒（{elapsed * 1000 / n:.2f} ms/份）；目标 ≥ 50 份/秒")
    print(f"基线（读文件 + 规范化文字）：{n / baseline:.1f} 份/秒；导入耗时为基线的 {elapsed / baseline:.2f} 倍")


if __name__ == "__main__":
    main(**counts(__doc__, n=1000))
