"""Render every township-year: papermill in a bounded process pool, one progress bar.

A township that fails never stops the others; each outcome says why in Chinese.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml
from tqdm import tqdm

from ..errors import NianbaoError
from ..paths import master_notebook
from ..publish import index
from . import params


@dataclass
class Job:
    root: Path
    params_file: Path
    review: bool = True
    pdf: bool = False

    @property
    def year(self) -> str:
        return self.params_file.parent.name

    @property
    def township_id(self) -> str:
        return self.params_file.stem

    @property
    def out_dir(self) -> Path:
        return self.root / "output" / self.year


@dataclass
class Outcome:
    year: str
    township_id: str
    ok: bool
    message: str = ""
    organ: str | None = None
    errors: int = 0
    warnings: int = 0
    notebook: str | None = None
    html: str | None = None
    findings: str | None = None
    pdf: str | None = None
    by_category: dict = field(default_factory=dict)  # category → {"error": n, "warning": n}
    figures: dict = field(default_factory=dict)  # key figure → int, or None when unknown
    seconds: float = 0.0

    @property
    def status(self) -> str:
        if not self.ok:
            return "生成失败"
        return "有错误" if self.errors else "有警告" if self.warnings else "通过"

    def to_dict(self) -> dict:
        return asdict(self)


def _open_counts(findings_path: Path) -> tuple[dict, dict]:
    """Open (not waived) findings of a findings JSON file: counts by severity, and by category."""
    totals = {"error": 0, "warning": 0}
    by_category: dict = {}
    for f in json.loads(findings_path.read_text(encoding="utf-8")):
        if f.get("acknowledged"):
            continue
        totals[f["severity"]] += 1
        by_severity = by_category.setdefault(f["category"], {"error": 0, "warning": 0})
        by_severity[f["severity"]] += 1
    return totals, by_category


def _clear_previous(job: Job) -> None:
    """Remove this township's outputs of an earlier run, so a failure never leaves a stale page."""
    for suffix in (".ipynb", ".html", ".findings.json", ".pdf"):
        (job.out_dir / f"{job.township_id}{suffix}").unlink(missing_ok=True)


def _read_params(job: Job) -> dict:
    rel = job.params_file.relative_to(job.root)
    try:
        data = yaml.safe_load(job.params_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise NianbaoError(f"{rel}：参数文件无法读取（{type(e).__name__}）") from None
    if not isinstance(data, dict) or not isinstance(data.get("dataset"), str):
        raise NianbaoError(f"{rel}：参数文件缺少 dataset（数据文件路径）")
    if "township_id" in data and not isinstance(data["township_id"], str):
        raise NianbaoError(f"{rel}：township_id 应为字符串（请加引号），实际是 {data['township_id']!r}")
    return data


def run_one(job: Job) -> Outcome:
    """Load, execute and export one township; every failure becomes an Outcome, never an exception."""
    # Imported here so the parent process stays light; each worker pays it once.
    from papermill.exceptions import PapermillExecutionError

    from ..load import load
    from ..publish.figures import key_figures
    from ..publish.html import to_html
    from .execute import run_notebook

    started = time.perf_counter()
    out = Outcome(year=job.year, township_id=job.township_id, ok=False)
    try:
        _clear_previous(job)
        p = _read_params(job)
        loaded = load(job.root / p["dataset"])  # fail fast, with the loader's message, before a kernel starts
        ds = loaded.dataset
        out.organ = ds.organ
        out.figures = key_figures(ds.cells)
        nb_path = job.out_dir / f"{job.township_id}.ipynb"
        findings_path = job.out_dir / f"{job.township_id}.findings.json"
        run_notebook(
            master_notebook(job.root),
            nb_path,
            parameters={**p, "review": job.review, "findings_path": str(findings_path), "siblings": True},
            cwd=job.root,
        )
        out.notebook = nb_path.name
        html = to_html(nb_path, job.out_dir / f"{job.township_id}.html")
        out.html, out.findings = html.name, findings_path.name
        counts, out.by_category = _open_counts(findings_path)
        out.errors, out.warnings = counts["error"], counts["warning"]
        if job.pdf:
            from ..publish.pdf import to_pdf

            out.pdf = to_pdf(html, html.with_suffix(".pdf")).name
        out.ok = True
    except NianbaoError as e:
        out.message = str(e)
    except PapermillExecutionError as e:
        out.message = f"笔记本运行失败：{e.evalue or e.ename}"
        out.notebook = f"{job.township_id}.ipynb"
    except Exception as e:  # a bug or an environment problem: still one line, still the others go on
        out.message = f"内部错误：{type(e).__name__}: {e}"
    out.seconds = round(time.perf_counter() - started, 2)
    return out


def run_batch(root: Path, year: int | None = None, jobs: int | None = None, review: bool = True,
              progress: bool = True, pdf: bool = False) -> list[Outcome]:
    files = params.params_files(root, year)
    if not files:
        where = f"params/{year}/" if year else "params/"
        raise NianbaoError(f"{where} 下没有参数文件：先运行 nianbao params")
    if pdf:
        from ..publish.pdf import chromium

        chromium()  # no browser: say so before any kernel starts
    work = [Job(root, f, review, pdf) for f in files]
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(work)))
    outcomes: list[Outcome] = []
    # spawn: workers must not inherit a forked copy of a parent holding ZMQ/threads.
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
        futures = [pool.submit(run_one, j) for j in work]
        with tqdm(total=len(work), desc="生成报告", unit="份", disable=not progress) as bar:
            for fut in as_completed(futures):
                o = fut.result()
                outcomes.append(o)
                bar.set_postfix_str(f"{o.year}/{o.township_id} {'完成' if o.ok else '失败'}")
                bar.update()
    outcomes.sort(key=lambda o: (o.year, o.township_id))
    for y in sorted({o.year for o in outcomes}):
        mine = [o for o in outcomes if o.year == y]
        index.write_index(root / "output" / y, y, mine)
        (root / "output" / y / "summary.json").write_text(
            json.dumps([o.to_dict() for o in mine], ensure_ascii=False, indent=2), encoding="utf-8")
    return outcomes
