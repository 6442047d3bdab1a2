"""Writing an output file whole or not at all: a temporary name in the same folder, fsync, then a rename.

A reader (a web server, the index, a rerun) sees the old file or the new one, never half of one, even when
the writer is killed: what a killed writer leaves is a temporary file (``.nianbao-tmp-…``), which
:func:`remove_leftovers` clears. The rename replaces a symbolic link at the target instead of writing
through it. A write the machine refuses (disk full, read-only folder, a file where a folder should be)
becomes a :class:`OutputError` naming the file, in Chinese.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import NianbaoError

TEMP_PREFIX = ".nianbao-tmp-"

_REASONS = {
    errno.ENOSPC: "磁盘空间已满",
    errno.EDQUOT: "超出磁盘配额",
    errno.EFBIG: "文件超过系统允许的大小",
    errno.EROFS: "所在磁盘为只读",
    errno.EACCES: "没有写入权限",
    errno.EPERM: "没有写入权限",
    errno.ENOTDIR: "路径中有一个应为文件夹的位置是文件",
    errno.EEXIST: "路径中有一个应为文件夹的位置是文件",
    errno.EISDIR: "目标位置是一个文件夹",
    errno.ENAMETOOLONG: "文件名过长",
    errno.EIO: "磁盘读写出错（磁盘可能已满或损坏）",
}


class OutputError(NianbaoError):
    """An output the machine would not let us write; the user can fix it (space, permissions, a stray file)."""


def output_error(path: Path, e: OSError) -> OutputError:
    reason = _REASONS.get(e.errno, e.strerror or "写入失败")
    return OutputError(f"{shown(path)}：无法写入（{reason}），未留下不完整的文件：请处理后重新运行")


def shown(path: Path) -> str:
    """The path as the user knows it: relative to the current folder when it is inside it."""
    try:
        return Path(os.path.abspath(path)).relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


def temp_path(path: Path) -> Path:
    """A fresh temporary name beside ``path``, ending like it (tools that look at the suffix still work)."""
    return path.with_name(f"{TEMP_PREFIX}{os.getpid()}-{secrets.token_hex(4)}-{path.name}")


def make_dir(folder: Path) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as e:  # a file where the folder should be
        raise output_error(folder, OSError(errno.ENOTDIR, e.strerror)) from None
    except OSError as e:
        raise output_error(folder, e) from None
    return folder


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return  # a folder that cannot be opened for reading: the rename still happened
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def writing(path: Path) -> Iterator[Path]:
    """For writers that want a path (papermill, Chromium, python-docx, SQLite): yields a temporary path;
    when the block ends without an exception the file there is synced and renamed to ``path``, else removed."""
    path = Path(path)
    make_dir(path.parent)
    tmp = temp_path(path)
    try:
        yield tmp
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as e:
        if e.errno in _REASONS:
            raise output_error(path, e) from None
        raise
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)
    _fsync_dir(path.parent)


def write_bytes(path: Path, data: bytes) -> Path:
    with writing(path) as tmp, open(tmp, "xb") as f:
        f.write(data)
        f.flush()
    return Path(path)


def write_text(path: Path, text: str) -> Path:
    """UTF-8, newlines as given."""
    return write_bytes(path, text.encode("utf-8"))


def remove_leftovers(folder: Path) -> int:
    """Remove the temporary files writers killed under ``folder`` left; how many. Call only while no writer runs
    there (the batch holds its lock)."""
    removed = 0
    for tmp in folder.rglob(f"{TEMP_PREFIX}*"):
        if tmp.is_file() or tmp.is_symlink():
            tmp.unlink(missing_ok=True)
            removed += 1
    return removed


def inside(folder: Path, top: Path) -> Path:
    """``folder`` created, refused when it (through a symbolic link) lies outside ``top``."""
    make_dir(folder)
    if not folder.resolve().is_relative_to(top.resolve()):
        raise OutputError(f"{shown(folder)}：是指向 {shown(top)} 之外的符号链接，不会在那里写入：请删除这个链接后重新运行")
    return folder
