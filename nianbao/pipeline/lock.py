"""One writer at a time on a project's output/: a second one waits for the first, never interleaves with it.

An advisory lock (``flock``) on ``output/.nianbao-batch.lock``, held by ``nianbao batch`` and by the commands that
write beside its pages (``nianbao pdf``, ``nianbao docx``). The kernel drops it when its holder exits in any way,
``kill -9`` included, so a killed batch never leaves a stale lock behind. The file holds the holder's process id
and command, only for the message the waiting one shows.
"""

from __future__ import annotations

import fcntl
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .. import atomic

LOCK_NAME = ".nianbao-batch.lock"


def _on_stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextmanager
def batch_lock(output: Path, waiting: Callable[[str], None] = _on_stderr, command: str = "batch") -> Iterator[None]:
    """Hold the lock of ``output`` (created if need be) for the nianbao ``command`` that writes there; ``waiting``
    is told, in Chinese, when another holds it."""
    path = atomic.make_dir(output) / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as e:
        raise atomic.output_error(path, e) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            words = os.pread(fd, 64, 0).decode("ascii", "replace").split()  # "<pid> <command>"
            pid, holder = (words + ["未知"])[0], " ".join(words[1:2]) or "batch"
            waiting(f"{atomic.shown(output)}/ 正由另一个 nianbao {holder}（进程 {pid}）写入，等它结束后再开始……")
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()} {command}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # releases the lock
