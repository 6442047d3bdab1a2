"""The processes a batch starts, and what they leave in the temporary folder, end with the batch.

Pool workers, and the Chromium each starts, ask the kernel to kill them when their parent dies
(Linux ``PR_SET_PDEATHSIG``): a batch killed with ``kill -9`` takes its workers with it, instead of
leaving them to write pages after the batch is gone. Kernels watch their parent themselves
(ipykernel's parent poller, which jupyter_client turns on with ``JPY_PARENT_PID``).

Files in the temporary folder (kernel sockets and connection files, Chromium profiles) carry the
id of the process that owns them (``nianbao-<pid>-…``); :func:`remove_orphans` removes those whose
owner is gone, as a batch killed before it could clean up leaves them.
"""

from __future__ import annotations

import ctypes
import os
import re
import secrets
import shutil
import signal
import sys
import tempfile
from pathlib import Path

_PR_SET_PDEATHSIG = 1
_OWNED = re.compile(r"nianbao-(\d+)-")
# Loaded before any fork: a preexec_fn must not load libraries (the loader's lock may be held by another thread).
_LIBC = ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None


def die_with_parent(parent: int | None = None) -> None:
    """In a child process (a pool worker's initializer, a subprocess' preexec_fn): be killed when the parent dies.

    The signal comes when the *thread* that started the child ends: workers and Chromium are started from
    the main thread of their parent, which lives as long as that process. ``parent``: the pid the child
    expects as its parent; when it is already gone (died before the call) the child leaves at once."""
    if _LIBC is None:
        return
    _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if parent is not None and os.getppid() != parent:
        os._exit(1)


def temp_prefix(kind: str) -> str:
    """A name prefix for a file or folder this process owns in the temporary folder."""
    return f"nianbao-{os.getpid()}-{kind}-"


def temp_name(kind: str) -> str:
    """A fresh path in the temporary folder owned by this process."""
    return os.path.join(tempfile.gettempdir(), temp_prefix(kind) + secrets.token_hex(6))


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs; a zombie (killed, not yet reaped by its parent or init) does not."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True  # no /proc (not Linux): trust the signal
    return state != "Z"


def remove_orphans(folder: Path | None = None) -> int:
    """Remove what processes of nianbao left in the temporary folder when they died; how many entries."""
    folder = Path(folder or tempfile.gettempdir())
    removed = 0
    for entry in folder.glob("nianbao-*"):
        owner = _OWNED.match(entry.name)
        if owner is None or _alive(int(owner.group(1))):
            continue
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except OSError:
            continue  # another user's file, or gone already
        removed += 1
    return removed
