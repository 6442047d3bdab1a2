"""Finding last year's dataset of a township: ``data/<year-1>/<id>.yaml`` beside the dataset."""

from __future__ import annotations

from pathlib import Path

from ..dataset import DatasetBase
from ..errors import NianbaoError
from .context import Missing


def previous_path(path: Path, ds: DatasetBase, folder: Path | None = None) -> Path:
    """Where last year's dataset of the township read from ``path`` is (it may not exist)."""
    folder = folder if folder is not None else Path(path).resolve().parent.parent / str(ds.year - 1)
    return folder / f"{ds.township_id}.yaml"


def previous_dataset(path: Path, ds: DatasetBase, folder: Path | None = None) -> tuple[DatasetBase | Missing, list[str]]:
    """(last year's dataset, or :class:`Missing`; notices in Chinese) for the dataset read from ``path``.

    ``folder``: where last year's ``<id>.yaml`` is; default ``<data>/<year-1>/`` beside ``path``.
    A file that exists but cannot be read is Missing too, with a notice saying why.
    """
    from ..load import load  # load → dataset → … never imports the checks; keep it that way

    candidate = previous_path(path, ds, folder)
    shown = _shown(candidate)
    if not candidate.is_file():
        return Missing(shown, ds.year - 1), []
    try:
        return load(candidate).dataset, []
    except NianbaoError as e:
        return Missing(shown, ds.year - 1), [f"上一年度数据集无法读取，跨年衔接未核对：{e}"]


def _shown(path: Path) -> str:
    """A path as the user would write it: relative to the working directory when it is inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
