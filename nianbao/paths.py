"""Where things are: the project root, the bundled data, the output tree."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def project_root(start: Path | None = None) -> Path:
    """The nearest folder holding this project's pyproject.toml and notebooks/.

    A kernel started by JupyterLab runs in notebooks/, papermill's in the caller's
    folder: dataset paths are written relative to the project root so both work.
    """
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "pyproject.toml").is_file() and (folder / "notebooks").is_dir():
            return folder
    # Installed elsewhere: the checkout the package lives in, else the current folder.
    repo = PACKAGE_DIR.parent
    if (repo / "pyproject.toml").is_file() and (repo / "notebooks").is_dir():
        return repo
    return here


def resolve(path: str | Path, root: Path | None = None) -> Path:
    """A user-given path: absolute, or relative to the current folder, else to the project root."""
    p = Path(path).expanduser()
    if p.is_absolute() or p.exists():
        return p
    return (root or project_root()) / p


def master_notebook(root: Path | None = None) -> Path:
    return (root or project_root()) / "notebooks" / "report.ipynb"
