"""The state of the master notebook a batch ran: its hash, whether it carries outputs, whether it is the
committed version. The master is edited only on purpose (exploration happens in ``nianbao lab``'s working
copies), so a batch says when it is not clean."""

from __future__ import annotations

import hashlib
import json
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path

from ..paths import master_notebook, read_input
from .params import NOTEBOOK_MAX_BYTES


@dataclass(frozen=True)
class MasterState:
    path: str  # relative to the project
    sha256: str
    has_outputs: bool  # someone ran it in place (and saved)
    committed: bool | None  # the same bytes as git HEAD's; None: no git repository (nothing to say)

    @property
    def warnings(self) -> list[str]:
        out = []
        if self.has_outputs:
            out.append(f"母版笔记本 {self.path} 带有运行结果（有人直接运行并保存了母版）：请在 nianbao lab 的"
                       "工作副本中试验，并清除母版的输出")
        if self.committed is False:
            out.append(f"母版笔记本 {self.path} 与 git 中已提交的版本不同：本批报告由未提交的母版生成")
        return out

    def to_dict(self) -> dict:
        return asdict(self)


def _has_outputs(data: bytes) -> bool:
    try:
        cells = json.loads(data).get("cells", [])
    except (ValueError, AttributeError):
        return False  # papermill will say what is wrong with it
    return any(c.get("outputs") or c.get("execution_count") for c in cells if isinstance(c, dict))


def _committed(root: Path, rel: str, data: bytes) -> bool | None:
    """Whether ``data`` is HEAD's version of ``rel``; None when the project is not in a git repository."""
    try:
        inside = subprocess.run(["git", "-C", str(root), "rev-parse", "--is-inside-work-tree"],
                                capture_output=True, text=True, timeout=30)
        if inside.returncode != 0 or inside.stdout.strip() != "true":
            return None
        head = subprocess.run(["git", "-C", str(root), "show", f"HEAD:./{rel}"], capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return head.returncode == 0 and head.stdout == data  # not in HEAD (new, or no commit yet): not committed


def master_state(root: Path) -> MasterState:
    """Read once per batch, before any township: a master that is missing, not a file (a FIFO would block)
    or too large is the whole batch's input error."""
    path = master_notebook(root)
    rel = path.relative_to(root).as_posix()
    data = read_input(path, NOTEBOOK_MAX_BYTES, "母版笔记本")
    return MasterState(rel, hashlib.sha256(data).hexdigest(), _has_outputs(data), _committed(root, rel, data))
