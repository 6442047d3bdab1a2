"""One batch at a time on a project's output/: a second one waits for the first, never interleaves with it.

An advisory lock (``flock``) on ``output/.nianbao-batch.lock``. The kernel drops it when its holder
exits in any way, ``kill -9`` included, so a killed batch never leaves a stale lock behind. The file
holds the holder's process id, only for the message the waiting batch shows.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .. import atomic

LOCK_NAME = ".nianbao-batch.lock"


@contextmanager
def batch_lock(output: Path, waiting: Callable[[str], None]) -> Iterator[None]:
    """Hold the batch lock of ``output`` (created if need be); ``waiting`` is told, in Chinese, when another holds it."""
    path = atomic.make_dir(output) / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as e:
        raise atomic.output_error(path, e) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "未知"
            waiting(f"{atomic.shown(output)}/ 正由另一个 nianbao batch（进程 {holder}）写入，等它结束后再开始……")
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # releases the lock
