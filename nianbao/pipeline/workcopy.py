"""Working copies of the master notebook: one per township, for exploring in JupyterLab.

``lab/<year>/<id>.ipynb`` (git ignores ``lab/``) is the master notebook with the township's parameters
injected by papermill (not executed). An analyst runs it, adds scratch cells, saves: the master
notebook — which the batch runs for every township — is never touched. An existing working copy is
never overwritten; ``fresh`` keeps it under another name and makes a new one.
"""

from __future__ import annotations

import ast
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import nbformat

from .. import atomic
from ..errors import NianbaoError, Problem
from ..paths import master_notebook, resolve
from .batch import COMPARISON
from .params import params_of

LAB_DIR = "lab"  # in .gitignore


@dataclass(frozen=True)
class WorkingCopy:
    path: Path
    created: bool  # False: an existing copy, kept as the analyst left it
    stale: bool  # made from another version of the master notebook
    kept_as: Path | None = None  # fresh: where the previous copy went


def dataset_of(root: Path, target: str | None) -> Path:
    """The dataset a working copy is for: ``YEAR/ID``, a dataset file, or (None) the master's default."""
    if target is None:
        from papermill.inspection import inspect_notebook

        default = inspect_notebook(str(master_notebook(root)))["dataset"]["default"]
        path = root / ast.literal_eval(default)
    elif m := re.fullmatch(r"(\d{4})/([^/\\]+?)(\.ya?ml)?", target):
        path = root / "data" / m[1] / f"{m[2]}.yaml"
    else:
        path = resolve(target, root)
    if not path.is_file():
        raise NianbaoError(Problem(str(target or path), f"没有这个数据文件（{_shown(path, root)}）：应为“年度/编号”"
                                                        "（如 2020/150724-bycg）或 data/<年度>/<编号>.yaml"))
    try:
        path.resolve().relative_to((root / "data").resolve())
    except ValueError:
        raise NianbaoError(Problem(str(target), "数据文件应在项目的 data/<年度>/ 目录中")) from None
    return path.resolve()


def _shown(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def working_copy(root: Path, dataset: Path, fresh: bool = False) -> WorkingCopy:
    """The township's working copy: made from the master notebook if there is none (or ``fresh``)."""
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    root = root.resolve()
    master = master_notebook(root).read_bytes()
    path = root / LAB_DIR / dataset.parent.name / f"{dataset.stem}.ipynb"
    kept_as = None
    if path.exists():
        if not fresh:
            try:
                made_from = nbformat.read(str(path), as_version=4).metadata.get("nianbao", {}).get("master_sha256")
            except Exception:  # the analyst's file, whatever state it is in, stays as it is
                made_from = None
            return WorkingCopy(path, created=False, stale=made_from != _sha256(master))
        kept_as = next(p for n in range(1, 10_000) if not (p := path.with_name(f"{dataset.stem}.{n}.ipynb")).exists())
        path.rename(kept_as)
    nb = load_notebook_node(str(master_notebook(root)))  # as papermill reads it: every cell with its tags list
    for cell in nb.cells:  # a master someone ran in place: its outputs are another township's
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    parameters = params_of(root, dataset)
    comparison = root / "output" / dataset.parent.name / COMPARISON  # the last batch's, if any
    if comparison.is_file():
        parameters["comparison"] = comparison.relative_to(root).as_posix()
    nb = parameterize_notebook(nb, parameters, comment="nianbao lab：本乡镇的参数 / this township's parameters")
    nb.metadata["nianbao"] = {"master_sha256": _sha256(master), "master": master_notebook(root).relative_to(root).as_posix()}
    atomic.write_text(path, nbformat.writes(nb) + "\n")
    return WorkingCopy(path, created=True, stale=False, kept_as=kept_as)
