"""Where things are: the project root, the bundled data, the output tree."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from .errors import NianbaoError, Problem

PACKAGE_DIR = Path(__file__).resolve().parent
# A township's two pages from one run, each in its folder of output/<year>/: the page for the public site
# (PDF and Word are made from it), and the same page with the review block, for the analyst.
PUBLISHED, REVIEW = "published", "review"


# What an OSError means, in the words a clerk can act on (strerror is English).
OS_ERRORS = {
    errno.ENOENT: "文件或目录不存在",
    errno.ENOTDIR: "路径中有一部分是文件，不是目录",
    errno.EISDIR: "这是一个目录，不是文件",
    errno.EACCES: "没有访问权限",
    errno.EPERM: "没有访问权限",
    errno.EROFS: "只读文件系统",
    errno.ENOSPC: "磁盘已满",
    errno.EDQUOT: "磁盘配额已用完",
    errno.ELOOP: "符号链接循环",
    errno.ENAMETOOLONG: "文件名过长",
}


def os_error(e: OSError) -> str:
    return OS_ERRORS.get(e.errno, e.strerror or type(e).__name__)


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


def check_input(path: Path, limit: int, what: str) -> None:
    """Refuse, before opening, an input that is not a regular file (a FIFO would block, /dev/zero never end)
    or is larger than ``limit`` (``what`` names the kind of file)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise NianbaoError(Problem(str(path), "文件不存在")) from None
    except OSError as e:
        raise NianbaoError(Problem(str(path), f"无法读取文件（{os_error(e)}）")) from None
    if stat.S_ISDIR(st.st_mode):
        raise NianbaoError(Problem(str(path), f"这是一个目录，不是{what}"))
    if not stat.S_ISREG(st.st_mode):
        raise NianbaoError(Problem(str(path), f"不是普通文件（管道、设备等），不能作为{what}读取"))
    if st.st_size > limit:
        raise NianbaoError(Problem(str(path), f"文件过大（{st.st_size // 1024} KB，{what}最大 {limit // 1024} KB）"))


def read_input(path: Path, limit: int, what: str) -> bytes:
    """The bytes of an input file the user named, refused as :func:`check_input` says."""
    check_input(path, limit, what)
    try:
        with open(path, "rb") as f:
            return f.read(limit + 1)
    except OSError as e:
        raise NianbaoError(Problem(str(path), f"无法读取文件（{os_error(e)}）")) from None


def master_notebook(root: Path | None = None) -> Path:
    return (root or project_root()) / "notebooks" / "report.ipynb"
