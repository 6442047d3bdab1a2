"""Running the master notebook for one township with papermill, safely in parallel."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import papermill as pm
from jupyter_client.manager import AsyncKernelManager
from zmq.error import ZMQError

# Several kernels at once on a small machine: one BLAS thread each, or they fight for cores.
KERNEL_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "PYDEVD_DISABLE_FILE_VALIDATION": "1"}


class IPCKernelManager(AsyncKernelManager):
    """A kernel reached over local sockets instead of TCP ports.

    Concurrent kernel starts over TCP race for ports ("Address already in use",
    nteract/papermill#511); IPC files in the runtime folder do not.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("transport", "ipc")
        # A socket-path prefix of its own: the default ("kernel-ipc" in the working folder)
        # is shared by every kernel started there, so concurrent kernels would collide.
        kwargs.setdefault("ip", os.path.join(tempfile.gettempdir(), f"nianbao-{uuid.uuid4().hex[:12]}"))
        super().__init__(**kwargs)

    async def start_kernel(self, **kw):
        # The kernel's own log lines (shutdown chatter) would interleave with the batch's progress
        # bar; whatever a cell prints or raises still reaches the notebook.
        kw.setdefault("stdout", subprocess.DEVNULL)
        kw.setdefault("stderr", subprocess.DEVNULL)
        await super().start_kernel(**kw)


def run_notebook(notebook: Path, output: Path, parameters: dict, cwd: Path, retries: int = 2) -> None:
    """Execute ``notebook`` into ``output`` with ``parameters``; raises papermill's errors."""
    os.environ.update(KERNEL_ENV)
    output.parent.mkdir(parents=True, exist_ok=True)
    for attempt in range(retries + 1):
        try:
            pm.execute_notebook(
                str(notebook),
                str(output),
                parameters=parameters,
                cwd=str(cwd),
                progress_bar=False,
                log_output=False,
                request_save_on_cell_execute=False,  # one write at the end, not one per cell
                kernel_manager_class=IPCKernelManager,
            )
            return
        except (ZMQError, RuntimeError) as e:
            # Only kernel start-up races are retried; a failing cell raises PapermillExecutionError.
            if attempt == retries or "kernel" not in str(e).lower() and not isinstance(e, ZMQError):
                raise
            time.sleep(0.5 * (attempt + 1))
