"""Write docs/bad-input.md from tests/hostile/cases.py: every bad-input class tried and what the user sees.

Run: ``.venv/bin/python -m tests.hostile.write_doc`` (tests/hostile/test_cases.py fails when the page is stale).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from .cases import CASES, ROOT, SECONDS, Case, message, project, run

PATH = ROOT / "docs" / "bad-input.md"

# Classes that need a real batch, a kill, another user or papermill itself: each has a test of its own, named here.
ELSEWHERE = (
    ("单份报告用 papermill 命令运行，数据有误", "`papermill notebooks/report.ipynb out.ipynb -f params/…`", 1,
     "哪个笔记本运行失败、输出笔记本已保存（含出错的单元格），以及中文的错误信息；没有回溯，没有 TCP 警告",
     "tests/hostile/test_papermill_route.py"),
    ("同一批中有数值过大、控制字符、日期不存在、别名炸弹、夹带代码的参数文件", "`nianbao batch`", 1,
     "好的乡镇照常生成，坏的各自失败并说明文件；索引、汇总、下载文件照常写出；夹带的代码从不运行",
     "tests/hostile/test_batch_alone.py"),
    ("output/（或年度目录）只读", "`nianbao batch --force`", 2,
     "output/…：无法写入（没有写入权限）…；上次的文件一个不少", "tests/pipeline/test_kill.py::test_a_read_only_output"),
    ("磁盘写满（文件超过系统允许的大小）", "`nianbao batch`", "1 或 2",
     "output/2020/<编号>.ipynb：无法写入（文件超过系统允许的大小）…；不留下写了一半的文件",
     "tests/pipeline/test_kill.py::test_a_disk_that_refuses_writes"),
    ("批量生成中途被 kill -9（10 个随机时刻）", "`nianbao batch`", "—",
     "没有写了一半的文件，索引只列出磁盘上的页面，没有残留进程和套接字文件；重新运行的结果与干净运行逐字节相同",
     "tests/pipeline/test_kill.py::test_kill_9_at_random_moments"),
    ("两个批量生成同时运行（审核与发布）", "`nianbao batch` ×2", 0,
     "output/ 正由另一个 nianbao batch（进程 …）写入，等它结束后再开始……",
     "tests/pipeline/test_kill.py::test_a_second_batch_waits_for_the_first"),
    ("批量生成运行时打印 PDF、生成 Word", "`nianbao pdf`、`nianbao docx`", 0,
     "output/ 正由另一个 nianbao batch（进程 …）写入，等它结束后再开始……", "tests/pipeline/test_output_lock.py"),
    ("随机变异的数据、参数文件和报告文本（hypothesis）", "`nianbao validate/check/batch/import`", "1 或 2",
     "从不出现内部错误（退出码 3）、挂起，或在 output/ 之外写入", "tests/hostile/test_fuzz.py"),
)


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
    codes = [code for code, _ in results.values()]
    lines += [f"退出码 2：{codes.count(2)} 类；退出码 1：{codes.count(1)} 类；内部错误（退出码 3）：{codes.count(3)} 类。"
              f"每类限时 {SECONDS} 秒，超时即测试失败：全部按时结束。", ""]
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
    lines += [f"## 由专门测试覆盖的情况（{len(ELSEWHERE)} 类）", "",
              "真实的批量生成、kill -9、只读目录或 papermill 命令本身，不便放进上表，各有专门的测试。", "",
              "| 输入 | 命令 | 退出码 | 用户看到的信息 | 测试 |", "|---|---|---|---|---|"]
    lines += [f"| {name} | {command} | {code} | {_md(seen)} | `{test}` |" for name, command, code, seen, test in ELSEWHERE]
    lines.append("")
    return "\n".join(lines)


def main() -> None:
    PATH.write_text(render({i: outcome(c) for i, c in enumerate(CASES)}), encoding="utf-8")
    print(PATH)


if __name__ == "__main__":
    main()
