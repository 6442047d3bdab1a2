"""The nianbao kernel spec's provisioner: a batch's kernels start without ipykernel's debugger, others keep it.

Real kernels, started through the installed ``nianbao`` kernel spec as papermill starts them.
"""

from __future__ import annotations

import pytest
from jupyter_client.manager import KernelManager

from nianbao.pipeline import kernel


def _kernel_facts(monkeypatch, batch: bool) -> tuple[list[str], str]:
    """(the kernel's supported features, whether debugpy is imported in it) of a fresh ``nianbao`` kernel."""
    if batch:
        monkeypatch.setenv(kernel.BATCH, "1")
    else:
        monkeypatch.delenv(kernel.BATCH, raising=False)
    km = KernelManager(kernel_name=kernel.NAME, transport="ipc")
    km.start_kernel()
    kc = km.client()
    try:
        kc.start_channels()
        kc.wait_for_ready(timeout=60)
        features = kc.kernel_info(reply=True, timeout=60)["content"].get("supported_features", [])
        out = []
        kc.execute_interactive("import sys; print(sys.modules.get('debugpy') is not None)", timeout=60,
                               output_hook=lambda msg: out.append(msg["content"].get("text", "")))
        return features, "".join(out).strip()
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


@pytest.mark.parametrize("batch", [True, False], ids=["batch", "jupyterlab"])
def test_only_batch_kernels_start_without_the_debugger(monkeypatch, tmp_path, batch):
    monkeypatch.chdir(tmp_path)  # the ipc sockets go here
    features, debugpy_loaded = _kernel_facts(monkeypatch, batch)
    assert ("debugger" in features) is not batch, features
    assert debugpy_loaded == str(not batch)


def test_a_hand_edited_spec_is_launched_as_written(monkeypatch):
    monkeypatch.setenv(kernel.BATCH, "1")
    cmd = ["/opt/python", "-m", "my_kernel", "-f", "conn.json"]
    assert kernel.launch_command(cmd) == cmd
    ours = ["/opt/python", "-m", "ipykernel_launcher", "-f", "conn.json"]
    assert kernel.launch_command(ours) == ["/opt/python", "-m", "nianbao.pipeline.batch_kernel", "-f", "conn.json"]
    monkeypatch.delenv(kernel.BATCH)
    assert kernel.launch_command(ours) == ours
