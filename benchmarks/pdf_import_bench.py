"""PDF import speed: every bundled dataset's page printed to A4 PDF by Chromium (as `nianbao pdf` does),
then imported again and again on 2 worker processes (the target machine has 2 cores).

Prints reports/s for PDF, and the same figure for importing the same reports' HTML pages in
the same run (the baseline), and their ratio. Target: ≥ 5 PDF reports/s on 2 cores.
Run: .venv/bin/python benchmarks/pdf_import_bench.py [N]   (needs chromium and fonts-noto-cjk)
"""

from __future__ import annotations

import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from counts import counts  # noqa: E402

from nianbao.importer import import_report  # noqa: E402
from nianbao.load import load_dataset  # noqa: E402
from nianbao.publish.pdf import to_pdf  # noqa: E402
from nianbao.render import report_html  # noqa: E402

WORKERS = 2


def _cells(path: Path) -> int:
    return len(import_report(path).cells_json["cells"])


def _rate(pool: ProcessPoolExecutor, work: list[Path]) -> tuple[float, int]:
    list(pool.map(_cells, work[:WORKERS * 2]))  # warm each worker (imports, OpenCC, PDFium) outside the timing
    t0 = time.perf_counter()
    cells = sum(pool.map(_cells, work, chunksize=4))
    return len(work) / (time.perf_counter() - t0), cells


def main(n: int = 200) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="nianbao-pdf-bench-"))
    pages, pdfs = [], []
    for f in sorted((ROOT / "data").glob("*/*.yaml")):
        page = tmp / f"{f.parent.name}-{f.stem}.html"
        page.write_text(f"<!DOCTYPE html><html lang=\"zh\"><meta charset=\"utf-8\"><body>"
                        f"{report_html(load_dataset(f))}</body></html>", encoding="utf-8")
        pages.append(page)
        pdfs.append(to_pdf(page, page.with_suffix(".pdf")))
    size = sum(p.stat().st_size for p in pdfs) // len(pdfs)
    html_work = [pages[i % len(pages)] for i in range(n)]
    pdf_work = [pdfs[i % len(pdfs)] for i in range(n)]
    with ProcessPoolExecutor(WORKERS) as pool:
        html_rate, html_cells = _rate(pool, html_work)
        pdf_rate, pdf_cells = _rate(pool, pdf_work)
    t0 = time.perf_counter()
    for p in pdfs:
        _cells(p)
    one = (time.perf_counter() - t0) / len(pdfs)

    print(f"{n} 份报告（{len(pdfs)} 个不同的 PDF，Chromium 打印，平均 {size // 1024} KB），{WORKERS} 个进程")
    print(f"PDF 导入：{pdf_rate:.1f} 份/秒（单进程每份 {one * 1000:.0f} ms）；目标 ≥ 5 份/秒；读取单元格 {pdf_cells}")
    print(f"基线（同样报告的 HTML 页面导入）：{html_rate:.1f} 份/秒；读取单元格 {html_cells}")
    same = "相同" if pdf_cells == html_cells else "不同"
    print(f"PDF 导入耗时为 HTML 导入的 {html_rate / pdf_rate:.2f} 倍；两者读取的单元格数{same}")


if __name__ == "__main__":
    main(**counts(__doc__, n=200))
