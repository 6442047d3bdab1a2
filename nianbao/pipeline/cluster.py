"""Townships as dask.distributed tasks: a scheduler given by address, or a LocalCluster.

Workers must see the project folder at the same path as the process that submits (a shared
folder on a cluster): a task carries paths, not files. One thread per worker, so a warm
kernel (``--reuse-kernels``) serves one township at a time.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from concurrent.futures import Executor
from contextlib import contextmanager

from distributed import Client, LocalCluster, WorkerPlugin


class WarmKernels(WorkerPlugin):
    """Shuts down a worker's warm kernels when the worker closes."""

    name = "nianbao-warm-kernels"

    def teardown(self, worker):
        from .execute import shutdown_warm_kernels

        shutdown_warm_kernels()


@contextmanager
def dask_executor(address: str | None, workers: int) -> Iterator[Executor]:
    """A concurrent.futures executor on dask: the scheduler at ``address``, else a LocalCluster of ``workers`` processes."""
    cluster = None
    if address is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=logging.ERROR)
    try:
        with Client(cluster or address) as client:
            client.register_plugin(WarmKernels())
            with client.get_executor(pure=False) as ex:
                yield ex
    finally:
        if cluster is not None:
            cluster.close()
