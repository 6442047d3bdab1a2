"""Write docs/bad-input.md from tests/hostile/cases.py: every bad-input class tried and what the user sees.

Run: ``.venv/bin/python -m tests.hostile.write_doc`` (tests/hostile/test_cases.py fails when the page is stale).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from .cases import CASES, ROOT, Case, message, project, run

PATH = ROOT / "docs" / "bad-input.md"


def outcome(case: Case) -> tuple[int, str]:
    """Run one case in a throw-away project: its exit code and the message a user reads."""
    with tempfile.TemporaryDirectory() as d:
        root = project(Path(d), case)
        seen = run(root, case.args)
        return seen.code, message(seen, root)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").replace("`", "'")


def render(results: dict[int, tuple[int, str]]) -> str:
    lines = [
        "# 错误输入一览 · Bad input and what the user sees",
        "",
        "<!-- 由 tests/hostile/write_doc.py 根据 tests/hostile/cases.py 生成，请勿手工修改："
        "python -m tests.hostile.write_doc -->",
        "",
        f"共 {len(CASES)} 类错误或恶意输入，逐一由 `tests/hostile/test_cases.py` 运行：每一类的退出码都是 1（审核意见、乡镇生成失败）"
        "或 2（输入有误），信息为中文，不含 Python 回溯，也不会运行文件中夹带的代码。`<项目>` 是项目根目录。",
        "",
    ]
    groups: dict[str, list[int]] = {}
    for i, case in enumerate(CASES):
        groups.setdefault(case.group, []).append(i)
    for group, indexes in groups.items():
        lines += [f"## {group}（{len(indexes)} 类）", "", "| # | 输入 | 命令 | 退出码 | 用户看到的信息 |", "|---|---|---|---|---|"]
        for i in indexes:
            code, text = results[i]
            case = CASES[i]
            lines.append(f"| {i + 1} | {_md(case.name)} | `{_md(case.command)[:80]}` | {code} | {_md(text)} |")
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    PATH.write_text(render({i: outcome(c) for i, c in enumerate(CASES)}), encoding="utf-8")
    print(PATH)


if __name__ == "__main__":
    main()
