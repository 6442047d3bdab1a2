"""Running the master notebook for one township with papermill, safely in parallel.

Two papermill engines: papermill's own (a fresh kernel per notebook) and ``nianbao-warm``
(:class:`WarmKernelEngine`, registered in papermill's engine registry), which keeps one kernel
per worker and runs township after township in it.
"""

from __future__ import annotations

import multiprocessing.util
import os
import queue
import subprocess
import threading
import time
from pathlib import Path

import nbformat
import papermill as pm
from jupyter_client.asynchronous import AsyncKernelClient
from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import run_sync
from papermill.engines import NBClientEngine, papermill_engines
from papermill.exceptions import PapermillExecutionError
from traitlets import Type
from zmq.error import ZMQError

from .. import atomic
from . import kernel, processes

# Several kernels at once on a small machine: one BLAS thread each, or they fight for cores. Kernels without the
# debugger (kernel.BATCH). Kernels write no bytecode: the batch compiled the package before they start, and a cache
# file a kernel cut short on a full disk would break every later import of its module.
KERNEL_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "PYDEVD_DISABLE_FILE_VALIDATION": "1",
              "PYTHONDONTWRITEBYTECODE": "1", kernel.BATCH: "1"}


class IPCKernelManager(AsyncKernelManager):
    """A kernel reached over local sockets instead of TCP ports.

    Concurrent kernel starts over TCP race for ports ("Address already in use",
    nteract/papermill#511); IPC files in the runtime folder do not.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("transport", "ipc")
        # A socket-path prefix of its own: the default ("kernel-ipc" in the working folder)
        # is shared by every kernel started there, so concurrent kernels would collide. The sockets and
        # the connection file carry this process's id: a run after a kill removes them (processes.remove_orphans).
        name = processes.temp_name("kernel")
        kwargs.setdefault("ip", name)
        kwargs.setdefault("connection_file", name + ".json")
        super().__init__(**kwargs)

    async def start_kernel(self, **kw):
        # The kernel's own log lines (shutdown chatter) would interleave with the batch's progress
        # bar; whatever a cell prints or raises still reaches the notebook.
        kw.setdefault("stdout", subprocess.DEVNULL)
        kw.setdefault("stderr", subprocess.DEVNULL)
        await super().start_kernel(**kw)


class WarmKernelClient(AsyncKernelClient):
    """The one client of a warm kernel, kept from notebook to notebook.

    nbclient asks a kernel manager for a client at every notebook, starts its channels and waits until the kernel
    answers on them (``wait_for_ready``: ~0.1-0.2 s, mostly waiting for IOPub to connect). A kept client's channels
    are started and connected once; before each later notebook, the state reset's reply on this very client is
    the kernel's answer. nbclient ignores the IOPub messages of earlier requests (it follows its own msg ids).
    """

    started = False
    ready = False

    def start_channels(self, *args, **kwargs) -> None:
        if not self.started:
            super().start_channels(*args, **kwargs)
            self.started = True

    async def wait_for_ready(self, timeout: float | None = None) -> None:
        if not self.ready:
            await super().wait_for_ready(timeout=timeout)
            self.ready = True


class WarmKernelManager(IPCKernelManager):
    """A kernel kept for many notebooks, with the one client every notebook on it uses."""

    client_factory = Type(klass=WarmKernelClient)

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.kept: WarmKernelClient | None = None

    def client(self, **kwargs) -> WarmKernelClient:
        if self.kept is None:
            self.kept = super().client(**kwargs)
        return self.kept

    async def reset(self) -> bool:
        """Clear the kernel's state; False when the kernel is gone or does not answer."""
        if self.kept is None or not self.kept.ready or not await self.is_alive():
            return False
        try:  # the reply on the shell channel: unlike IOPub, never lost to a late subscription
            reply = await self.kept.execute(RESET, silent=True, store_history=False, reply=True, timeout=60)
        except (RuntimeError, TimeoutError, queue.Empty):
            return False
        return reply["content"]["status"] == "ok"

    def close(self) -> None:
        """Close the kept client and shut the kernel down."""
        if self.kept is not None:
            self.kept.stop_channels()
            self.kept = None
        if self.has_kernel:
            run_sync(self.shutdown_kernel)(now=True)


# What the previous township left in the kernel goes: its variables, its output history and the
# execution counter (new_session), so a notebook runs as in a fresh kernel. Imported modules stay:
# that is the point of a warm kernel.
RESET = "get_ipython().reset(new_session=True)"

_warm: dict[tuple[str, int], WarmKernelManager] = {}  # (kernel name, thread) → its kernel


class WarmKernelEngine(NBClientEngine):
    """papermill engine ``nianbao-warm``: one kernel per worker (process or thread), reused notebook after notebook.

    Before each notebook the kernel's state is reset; a notebook that fails (a cell raised, or the
    kernel died or timed out) has its kernel shut down, so the next one starts a fresh kernel.
    """

    @classmethod
    def execute_managed_notebook(cls, nb_man, kernel_name, **kwargs):
        slot = (kernel_name, threading.get_ident())
        km = _warm.get(slot)
        if km is not None and not run_sync(km.reset)():
            _discard(slot)
            km = None
        if km is None:
            # Not started here: nbclient starts it on first use (in papermill's cwd) and, not owning it, keeps it
            # and its client.
            km = _warm[slot] = WarmKernelManager(kernel_name=kernel_name)
        try:
            nb = super().execute_managed_notebook(nb_man, kernel_name, km=km, **kwargs)
        except BaseException:
            _discard(slot)
            raise
        if nb_man.nb.metadata.get("papermill", {}).get("exception"):
            _discard(slot)  # a failing township never hands its kernel to the next
        return nb


def _discard(slot) -> None:
    km = _warm.pop(slot, None)
    if km is not None:
        km.close()


def shutdown_warm_kernels() -> None:
    """Shut down this process's warm kernels (a worker that stops)."""
    for slot in list(_warm):
        _discard(slot)


papermill_engines.register("nianbao-warm", WarmKernelEngine)
# A pool worker leaves through multiprocessing's exit path: its warm kernel goes with it.
multiprocessing.util.Finalize(None, shutdown_warm_kernels, exitpriority=100)


def run_notebook(notebook: Path, output: Path, parameters: dict, cwd: Path, retries: int = 2,
                 engine_name: str | None = None) -> None:
    """Execute ``notebook`` into ``output`` with ``parameters``; raises papermill's errors.

    papermill writes to a temporary name; the notebook reaches ``output`` whole, made reproducible
    (:func:`reproducible`), also when a cell failed (it shows the error).
    ``engine_name``: a papermill engine (None: papermill's own, a fresh kernel; "nianbao-warm": a warm kernel).
    """
    os.environ.update(KERNEL_ENV)
    tmp = atomic.temp_path(atomic.make_dir(output.parent) / output.name)
    try:
        try:
            _execute(notebook, tmp, parameters, cwd, retries, engine_name)
        except PapermillExecutionError:
            if tmp.is_file():
                _place(tmp, notebook, output, cwd)
            raise
        except OSError as e:  # papermill writing the notebook: disk full, folder gone
            raise atomic.output_error(output, e) from None
        _place(tmp, notebook, output, cwd)
    finally:
        tmp.unlink(missing_ok=True)


# Set by papermill and nbclient to the clock and to where the run happened: two runs of the same inputs
# would differ in them, and two clones of the project in different folders always would.
TIMING = ("start_time", "end_time", "duration")


def reproducible(nb: nbformat.NotebookNode, notebook: Path, output: Path, cwd: Path) -> nbformat.NotebookNode:
    """The executed notebook without timings, with paths relative to the project and a fixed id on papermill's
    injected cell (nbformat gives it a random one)."""
    meta = nb.metadata.get("papermill", {})
    for key in TIMING:
        meta.pop(key, None)
    for key, path in (("input_path", notebook), ("output_path", output)):
        if key in meta:
            meta[key] = _relative(path, cwd)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        for key in TIMING:
            cell.metadata.get("papermill", {}).pop(key, None)
        if "injected-parameters" in cell.metadata.get("tags", ()):
            cell.id = "injected-parameters"
    return nb


def _relative(path: Path, root: Path) -> str:
    try:
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(root)).as_posix()
    except ValueError:
        return Path(path).name  # outside the project: its name only, never the machine's folders


def _place(tmp: Path, notebook: Path, output: Path, cwd: Path) -> None:
    nb = reproducible(nbformat.read(str(tmp), as_version=4), notebook, output, cwd)
    atomic.write_text(output, nbformat.writes(nb) + "\n")


def _execute(notebook: Path, output: Path, parameters: dict, cwd: Path, retries: int, engine_name: str | None) -> None:
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
                engine_name=engine_name,
                # A kernel of papermill's own serves one notebook: once its last reply is in, it is stopped at once
                # (a graceful shutdown waits ~0.3 s for the kernel to wind down). A warm kernel is not stopped.
                shutdown_kernel="immediate",
            )
            return
        except (ZMQError, RuntimeError) as e:
            # Only kernel start-up races are retried; a failing cell raises PapermillExecutionError.
            if attempt == retries or "kernel" not in str(e).lower() and not isinstance(e, ZMQError):
                raise
            time.sleep(0.5 * (attempt + 1))
