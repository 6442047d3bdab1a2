"""The master notebook's kernel, ``nianbao``: IPython with its messages encrypted (CurveZMQ).

A kernel reached over TCP without encryption warns on every start ("Kernel is running over TCP without
encryption"), and that warning reached a clerk running ``papermill`` by hand. jupyter_client provisions CurveZMQ
keys when the kernel manager's ``transport_encryption`` policy asks for it; papermill's command line gives no way
to set it, so the kernel spec names this provisioner, which asks for it at each launch.

The provisioner runs in the process that starts the kernel (papermill's command line, the batch's workers): there
it also installs :mod:`.excepthook`, so that a clerk running papermill by hand sees an input error's Chinese message
without papermill's traceback. In a batch's workers (:data:`BATCH` set in their environment) it starts
:mod:`.batch_kernel`, a kernel without the debugger nobody uses there.

``python -m nianbao.pipeline.kernel`` installs the kernel spec into the environment (``make setup`` does).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from jupyter_client.provisioning import LocalProvisioner

from . import excepthook

NAME = "nianbao"
PROVISIONER = "nianbao-curve"  # the entry point in pyproject.toml (jupyter_client.kernel_provisioners)
BATCH = "NIANBAO_BATCH_KERNEL"  # set to "1" in a process whose kernels only serve papermill
_LAUNCHER = ["-m", "ipykernel_launcher"]


class CurveProvisioner(LocalProvisioner):
    """The local provisioner, with the manager's CurveZMQ keys provisioned ("auto": the spec declares curve)."""

    async def pre_launch(self, **kwargs: Any) -> dict[str, Any]:
        excepthook.install()
        kwargs.setdefault("transport_encryption", "auto")
        kwargs = await super().pre_launch(**kwargs)
        kwargs["cmd"] = launch_command(kwargs["cmd"])
        return kwargs


def launch_command(cmd: list[str]) -> list[str]:
    """The kernel's command line: :mod:`.batch_kernel` instead of ``ipykernel_launcher`` when this process runs a
    batch (:data:`BATCH`); a spec edited by hand is launched as it is written."""
    if os.environ.get(BATCH) == "1" and cmd[1:3] == _LAUNCHER:
        return [cmd[0], "-m", "nianbao.pipeline.batch_kernel", *cmd[3:]]
    return cmd


def spec() -> dict:
    return {
        # This environment's interpreter: a bare "python" could be one without nianbao.
        "argv": [sys.executable, *_LAUNCHER, "-f", "{connection_file}"],
        "display_name": "Python 3 (nianbao)",
        "language": "python",
        "metadata": {"supported_encryption": ["curve"], "kernel_provisioner": {"provisioner_name": PROVISIONER}},
    }


def install(prefix: str = sys.prefix) -> Path:
    folder = Path(prefix) / "share" / "jupyter" / "kernels" / NAME
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "kernel.json").write_text(json.dumps(spec(), indent=1) + "\n", encoding="utf-8")
    return folder


if __name__ == "__main__":
    print(install())
