"""Render every township-year: papermill in a bounded pool of workers (processes, or dask), one progress bar.

Before any kernel starts, the batch reads each dataset once: a dataset that does not load fails
here, without a kernel; the others give their year's comparison data (one file per year, for
the copy-paste rule) and each township's rerun key. A township whose key is that of its last
good render keeps its outputs; outputs of townships that are gone are removed.
A township that fails never stops the others; each outcome says why in Chinese.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tqdm import tqdm

from .. import __version__, atomic
from ..errors import NianbaoError
from ..paths import PACKAGE_DIR, PUBLISHED, REVIEW, master_notebook
from . import params, processes
from .lock import batch_lock
from .master import MasterState, master_state

# One township's files: (folder of output/<year>/, suffix). One run, exported twice; PDF and Word from the published page.
OUTPUTS = (("", ".ipynb"), ("", ".findings.json"), (PUBLISHED, ".html"), (REVIEW, ".html"),
           (PUBLISHED, ".pdf"), (PUBLISHED, ".docx"))
# Pages of the earlier layout (beside the notebook, review and published alike): removed with the township's outputs.
FORMER = (("", ".html"), ("", ".pdf"), ("", ".docx"))
COMPARISON = "comparison.sqlite"  # the year's comparison data, a parameter of every notebook of the year
STATE = "state.json"  # township → rerun key and outcome of its last render
YEAR_FILES = ("index.html", "summary.json", "figures.csv", "figures.xlsx", COMPARISON, STATE)


@dataclass
class Job:
    root: Path
    params_file: Path
    review: bool = True  # also write the review page (--publish: the published page only)
    pdf: bool = False
    docx: bool = False
    reuse_kernels: bool = False
    # Filled by the batch before any kernel starts:
    params: dict = field(default_factory=dict)
    comparison: str = ""  # the year's comparison file, relative to root
    organ: str | None = None
    figures: dict = field(default_factory=dict)
    key: str = ""  # hash of every input of the township's outputs

    @property
    def year(self) -> str:
        return self.params_file.parent.name

    @property
    def township_id(self) -> str:
        return self.params_file.stem

    @property
    def out_dir(self) -> Path:
        return self.root / "output" / self.year

    def path(self, folder: str, suffix: str) -> Path:
        return self.out_dir / folder / f"{self.township_id}{suffix}"

    def outputs(self) -> list[Path]:
        """The files a good render leaves."""
        optional = {(REVIEW, ".html"): self.review, (PUBLISHED, ".pdf"): self.pdf, (PUBLISHED, ".docx"): self.docx}
        return [self.path(*o) for o in OUTPUTS if optional.get(o, True)]


@dataclass
class Outcome:
    year: str
    township_id: str
    ok: bool
    message: str = ""
    organ: str | None = None
    errors: int = 0
    warnings: int = 0
    # The township's files, relative to output/<year>/:
    notebook: str | None = None
    published: str | None = None  # the page for the public site
    review: str | None = None  # the same run's page with the review block, for the analyst
    findings: str | None = None
    pdf: str | None = None
    by_category: dict = field(default_factory=dict)  # category → {"error": n, "warning": n}
    figures: dict = field(default_factory=dict)  # key figure → int, or None when unknown

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


def _output_paths(root: Path, year: str, township_id: str) -> list[Path]:
    """Every file a render of the township may have left, in this layout or the former one."""
    return [root / "output" / year / folder / f"{township_id}{suffix}" for folder, suffix in OUTPUTS + FORMER]


def _clear_previous(root: Path, year: str, township_id: str, keep: Sequence[Path] = ()) -> None:
    """Remove a township's outputs of an earlier run (but the files in ``keep``), so a failure never leaves a stale page."""
    for path in _output_paths(root, year, township_id):
        if path not in keep:
            path.unlink(missing_ok=True)


def _rel(job: Job, path: Path) -> str:
    return path.relative_to(job.out_dir).as_posix()


def run_one(job: Job) -> Outcome:
    """Execute and export one township; every failure becomes an Outcome, never an exception."""
    # Imported here so the parent process stays light; each worker pays it once.
    from papermill.exceptions import PapermillExecutionError

    from ..publish.html import to_html
    from .execute import run_notebook

    out = Outcome(year=job.year, township_id=job.township_id, ok=False, organ=job.organ, figures=job.figures)
    try:
        # Each output replaces the earlier run's when written whole; an earlier output this render does
        # not write (a PDF no longer asked for) goes now.
        _clear_previous(job.root, job.year, job.township_id, keep=job.outputs())
        nb_path = job.path("", ".ipynb")
        findings_path = job.path("", ".findings.json")
        run_notebook(
            master_notebook(job.root),
            nb_path,
            parameters={**job.params, "findings_path": findings_path.relative_to(job.root).as_posix(),
                        "comparison": job.comparison},
            cwd=job.root,
            engine_name="nianbao-warm" if job.reuse_kernels else None,
        )
        out.notebook = nb_path.name
        html = to_html(nb_path, job.path(PUBLISHED, ".html"))
        out.published, out.findings = _rel(job, html), findings_path.name
        if job.review:
            out.review = _rel(job, to_html(nb_path, job.path(REVIEW, ".html"), review=True))
        counts, out.by_category = _open_counts(findings_path)
        out.errors, out.warnings = counts["error"], counts["warning"]
        if job.pdf:
            from ..publish.pdf import to_pdf

            out.pdf = _rel(job, to_pdf(html, html.with_suffix(".pdf")))
        if job.docx:
            # Read again in the worker, and only here: a dataset does not travel to a worker (its model
            # class is made per format at run time).
            from ..load import load
            from ..publish.docx import to_docx

            to_docx(load(job.root / job.params["dataset"]).dataset, html.with_suffix(".docx"))
        out.ok = True
    except NianbaoError as e:
        out.message = str(e)
    except PapermillExecutionError as e:
        out.message = f"笔记本运行失败：{e.evalue or e.ename}"
        out.notebook = f"{job.township_id}.ipynb"
    except Exception as e:  # a bug or an environment problem: still one line, still the others go on
        out.message = f"内部错误：{type(e).__name__}: {e}"
    if not out.ok:  # no page of an earlier run stays behind a failure; a notebook that shows the failure does
        _clear_previous(job.root, job.year, job.township_id, keep=[job.path("", ".ipynb")] if out.notebook else [])
    return out


# ---------------------------------------------------------------- before any kernel: read, compare, key

def _digest(parts) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()


def _shared_inputs(master: MasterState) -> bytes:
    """What every township's outputs depend on: the master notebook, the templates, the package version."""
    templates = sorted(p for p in (PACKAGE_DIR / "templates").rglob("*") if p.is_file())
    parts = [master.sha256.encode(), __version__.encode()]
    parts += [p.relative_to(PACKAGE_DIR).as_posix().encode() + b"\0" + p.read_bytes() for p in templates]
    return _digest(parts).encode()


def _prepare(work: list[Job], master: MasterState) -> tuple[list[Job], list[Outcome]]:
    """Read each dataset once; write each year's comparison file; give every loadable township its rerun key."""
    from .. import checks
    from ..checks.siblings import updated
    from ..load import load
    from ..publish.figures import key_figures

    ready, failed = [], []
    by_year: dict[str, list] = {}
    for job in work:
        try:
            job.params = params.read_params(job.root, job.params_file)
            loaded = load(job.root / job.params["dataset"])
        except NianbaoError as e:
            failed.append(Outcome(year=job.year, township_id=job.township_id, ok=False, message=str(e)))
            continue
        job.organ, job.figures = loaded.dataset.organ, key_figures(loaded.dataset.cells)
        by_year.setdefault(job.year, []).append((job, loaded))
    shared = _shared_inputs(master) if by_year else b""
    for townships in by_year.values():
        path = townships[0][0].out_dir / COMPARISON
        comparison = updated(path, {loaded.path.stem: checks.Sibling.of(loaded.dataset) for _, loaded in townships})
        for job, loaded in townships:
            job.comparison = path.relative_to(job.root).as_posix()
            previous = checks.previous_path(loaded.path, loaded.dataset)
            mode = json.dumps([job.params, job.review, job.pdf, job.docx], ensure_ascii=False, sort_keys=True)
            job.key = _digest([loaded.path.read_bytes(), previous.read_bytes() if previous.is_file() else b"",
                               comparison.fingerprint(loaded.path.stem).encode(), shared, mode.encode()])
            ready.append(job)
    return ready, failed


# ---------------------------------------------------------------- what an earlier run left

def _read_state(out_dir: Path) -> dict:
    try:
        state = json.loads(_read_text(out_dir / STATE) or "{}")
    except ValueError:
        return {}
    return state if isinstance(state, dict) else {}  # anything else: as if there were no earlier run


def _read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _kept(job: Job, state: dict) -> Outcome | None:
    """The outcome of the township's last render when none of its inputs changed and its files are there."""
    entry = state.get(job.township_id) or {}
    if entry.get("key") != job.key or not all(p.is_file() for p in job.outputs()):
        return None
    try:
        kept = Outcome(**entry["outcome"])
    except (KeyError, TypeError):
        return None
    return kept if kept.ok else None


def _remove_gone(root: Path, states: dict[str, dict], present: dict[str, set[str]]) -> None:
    """Remove the outputs this batch wrote for townships (and years) whose parameters files are gone
    (``states``: each year's state as the batch found it)."""
    for year, state in sorted(states.items()):
        out_dir = root / "output" / year
        for township_id in set(state) - present.get(year, set()):
            _clear_previous(root, year, township_id)
        if year not in present:
            for name in YEAR_FILES:
                (out_dir / name).unlink(missing_ok=True)
        for folder in (PUBLISHED, REVIEW):
            if (out_dir / folder).is_dir() and not any((out_dir / folder).iterdir()):
                (out_dir / folder).rmdir()


# ---------------------------------------------------------------- where the townships run

@contextmanager
def _executor(jobs: int, dask: str | None) -> Iterator[Executor]:
    if dask is not None:
        from .cluster import dask_executor

        with dask_executor(dask or None, jobs) as ex:
            yield ex
        return
    # spawn: workers must not inherit a forked copy of a parent holding ZMQ/threads. A worker dies with the
    # batch (kill -9 included): none goes on writing pages for a batch that is gone.
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                             initializer=processes.die_with_parent, initargs=(os.getpid(),)) as pool:
        yield pool


def _compile_package(package: Path = PACKAGE_DIR) -> None:
    """The package's bytecode, written once before any kernel starts.

    Every fresh kernel imports nianbao. Without bytecode beside the sources (an editable install used with
    PYTHONDONTWRITEBYTECODE set, as pip does not compile those) each kernel would compile the same sources again,
    ~60 ms of CPU per township. compileall skips modules whose bytecode is current and says nothing
    when the package's folder cannot be written.

    A full disk or a file-size limit can cut a bytecode file short while compileall reports success (CPython
    writes it with one unchecked write, as it does when an import caches a module); a cut file would break every
    later import of its module, so a bytecode file that does not load is removed (the kernels, which write no
    bytecode, compile that module themselves). Reading them all back costs a few milliseconds a batch.
    """
    import compileall
    import marshal

    compileall.compile_dir(package, quiet=2)
    for cached in package.rglob("__pycache__/*.pyc"):
        try:
            marshal.loads(cached.read_bytes()[16:])  # past the 16-byte header: the code object
        except (OSError, EOFError, ValueError, TypeError):
            cached.unlink(missing_ok=True)


def _result(fut: Future, job: Job) -> Outcome:
    """The outcome of a submitted township; a worker that died is that township's failure, not the batch's."""
    try:
        return fut.result()
    except Exception as e:
        return Outcome(year=job.year, township_id=job.township_id, ok=False, organ=job.organ, figures=job.figures,
                       message=f"内部错误：工作进程失败（{type(e).__name__}: {e}）")


def run_batch(root: Path, year: int | None = None, jobs: int | None = None, review: bool = True,
              progress: bool = True, pdf: bool = False, docx: bool = False, *, reuse_kernels: bool = False,
              dask: str | None = None, force: bool = False) -> list[Outcome]:
    """Render every township with a parameters file (of ``year``, or all).

    ``reuse_kernels``: one warm kernel per worker (papermill engine ``nianbao-warm``) instead of one per township.
    ``dask``: run on dask.distributed: a scheduler address, or "" for a LocalCluster of ``jobs`` workers.
    ``force``: render every township, even those whose inputs did not change since their last render.
    """
    files = params.params_files(root, year)
    if not files:
        where = f"params/{year}/" if year else "params/"
        raise NianbaoError(f"{where} 下没有参数文件：先运行 nianbao params")
    if pdf:
        from ..publish.pdf import chromium

        chromium()  # no browser: say so before any kernel starts
    master = master_state(root)
    work = [Job(root, f, review, pdf, docx, reuse_kernels) for f in files]
    with batch_lock(root / "output"):
        # What a killed batch left: temporary files under output/, kernel sockets and connection files.
        atomic.remove_leftovers(root / "output")
        processes.remove_orphans()
        years = {j.year for j in work}
        if year is None:  # years rendered before whose parameters are all gone
            years |= {p.parent.name for p in (root / "output").glob(f"*/{STATE}")}
        for y in years:
            atomic.inside(root / "output" / y, root / "output")
        return _run_locked(root, master, work, years, progress, jobs, dask, force)


def _run_locked(root: Path, master: MasterState, work: list[Job], years: set[str], progress: bool, jobs: int | None, dask: str | None,
                force: bool) -> list[Outcome]:
    # Here, not at the top: each worker imports this module for run_one, and the index's charts and spreadsheets
    # (matplotlib, pandas: ~100 MB and ~1 s of CPU) would be imported by every worker for nothing.
    from ..publish import index

    states = {y: _read_state(root / "output" / y) for y in years}
    ready, outcomes = _prepare(work, master)
    todo = []
    for job in ready:
        kept = None if force else _kept(job, states[job.year])
        if kept is None:
            todo.append(job)
        else:
            outcomes.append(kept)
    present = {y: {j.township_id for j in work if j.year == y} for y in {j.year for j in work}}
    # Townships whose outputs this run may replace or remove: their year's index and summary go first, so
    # that a batch killed half-way leaves no index describing pages that are not (or no longer) there.
    changing = {(j.year, j.township_id) for j in todo}
    changing |= {(o.year, o.township_id) for o in outcomes if not o.ok and _has_outputs(root, o)}
    changing |= {(y, t) for y in years for t in set(states[y]) - present.get(y, set())}
    done = {y: dict(s) for y, s in states.items()}  # each year's state on disk: the renders a rerun after a kill may keep
    for y in years:
        mine = {t for year, t in changing if year == y}
        if mine or y not in present:
            done[y] = _forget(root / "output" / y, states[y], mine)
    for o in outcomes:  # datasets that did not load: no page of an earlier run stays
        if not o.ok:
            _clear_previous(root, o.year, o.township_id)
    keys = {(j.year, j.township_id): j.key for j in ready}
    with tqdm(total=len(work), initial=len(outcomes), desc="生成报告", unit="份", disable=not progress) as bar:
        if todo:
            _compile_package()
            with _executor(max(1, min(jobs or os.cpu_count() or 1, len(todo))), dask) as ex:
                futures = {ex.submit(run_one, j): j for j in todo}
                for fut in as_completed(futures):
                    o = _on_disk(_result(fut, futures[fut]), root)
                    outcomes.append(o)
                    if o.ok:  # recorded once its files are on disk: a rerun after a kill renders only the rest
                        done[o.year][o.township_id] = {"key": keys[(o.year, o.township_id)], "outcome": o.to_dict()}
                        _write_state(root / "output" / o.year, done[o.year])
                    bar.set_postfix_str(f"{o.year}/{o.township_id} {'完成' if o.ok else '失败'}")
                    bar.update()
    _remove_gone(root, states, present)
    outcomes.sort(key=lambda o: (o.year, o.township_id))
    for y in sorted({o.year for o in outcomes}):
        mine = [o for o in outcomes if o.year == y]
        out_dir = root / "output" / y
        summary = json.dumps({"master": master.to_dict(), "townships": [o.to_dict() for o in mine]},
                             ensure_ascii=False, indent=2)
        # The same outcomes give the same index, byte for byte: an unchanged year keeps it (its charts are
        # the slowest part of a rerun).
        if not (out_dir / "index.html").is_file() or _read_text(out_dir / "summary.json") != summary:
            index.write_index(out_dir, y, mine, master)
            atomic.write_text(out_dir / "summary.json", summary)
        state = {o.township_id: {"key": keys[(y, o.township_id)], "outcome": o.to_dict()}
                 for o in mine if o.ok and (y, o.township_id) in keys}
        _write_state(out_dir, state)
    return outcomes


def _has_outputs(root: Path, o: Outcome) -> bool:
    return any(p.exists() for p in _output_paths(root, o.year, o.township_id))


def _forget(out_dir: Path, state: dict, township_ids: set[str]) -> dict:
    """Before the outputs of ``township_ids`` change: the year's index and summary go, and the state forgets them
    (a run killed while their new outputs are written must not take them for its last good render); the state kept."""
    for name in ("index.html", "summary.json"):
        (out_dir / name).unlink(missing_ok=True)
    kept = {t: entry for t, entry in state.items() if t not in township_ids}
    _write_state(out_dir, kept)
    return kept


def _write_state(out_dir: Path, state: dict) -> None:
    atomic.write_text(out_dir / STATE, json.dumps(state, ensure_ascii=False, indent=1))


def _on_disk(o: Outcome, root: Path) -> Outcome:
    """The outcome, failed when a file it names is not on disk (a worker elsewhere, a folder cleaned meanwhile)."""
    named = [getattr(o, kind) for kind in ("notebook", "published", "review", "findings", "pdf")]
    missing = [name for name in named if name and not (root / "output" / o.year / name).is_file()]
    if o.ok and missing:
        o.ok = False
        o.message = f"输出文件缺失：{'、'.join(missing)}"
        _clear_previous(root, o.year, o.township_id)
    return o
