"""The kernel of a batch: ipykernel without its debugger (``python -m nianbao.pipeline.batch_kernel -f CONNECTION``).

ipykernel imports debugpy whenever it is installed, to offer JupyterLab's debugger, and no configuration turns that
off: about 60 ms of CPU at every kernel start, a fifth of the kernel's start. papermill never debugs, so a batch's
kernels start without it (:class:`.kernel.CurveProvisioner` launches this module instead of ``ipykernel_launcher``);
a kernel started from JupyterLab keeps its debugger.
"""

import sys

sys.modules["debugpy"] = None  # import debugpy → ImportError: ipykernel then runs without the debugger

from ipykernel import kernelapp  # noqa: E402

if __name__ == "__main__":
    kernelapp.launch_new_instance()
