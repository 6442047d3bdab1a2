"""Every bad-input class of tests/hostile/cases.py: exit 1 or 2, a Chinese message, no traceback, nothing run,
nothing written outside the project; and docs/bad-input.md says exactly what the user sees."""

from __future__ import annotations

import pytest

from .cases import CASES, ROOT, Seen, message, project, run
from .write_doc import ELSEWHERE, PATH, outcome, render

RESULTS: dict[int, tuple[int, str]] = {}  # filled by test_case, read by the doc test (which runs after)


@pytest.mark.parametrize("index", range(len(CASES)), ids=[f"{i + 1}-{c.name}" for i, c in enumerate(CASES)])
def test_case(index, tmp_path):
    case = CASES[index]
    root = project(tmp_path, case)
    seen: Seen = run(root, case.args)
    text = message(seen, root)
    assert seen.code in (1, 2), seen.output
    assert text, seen.output  # a Chinese message
    assert "Traceback" not in seen.output and "内部错误" not in seen.output, seen.output
    assert str(tmp_path) not in seen.output, seen.output  # files named relative to the project
    assert not list(tmp_path.rglob("PWNED")), "a file smuggled code that ran"
    assert [p.name for p in tmp_path.iterdir()] == ["proj"]  # nothing written beside the project
    RESULTS[index] = (seen.code, text)


def test_bad_input_doc_is_current():
    results = {i: RESULTS.get(i) or outcome(c) for i, c in enumerate(CASES)}
    assert PATH.read_text(encoding="utf-8") == render(results), "docs/bad-input.md is stale: python -m tests.hostile.write_doc"


@pytest.mark.parametrize("test", [row[-1] for row in ELSEWHERE])
def test_the_doc_names_tests_that_exist(test):
    """The doc's classes covered by tests of their own name real tests."""
    file, _, name = test.partition("::")
    source = (ROOT / file).read_text(encoding="utf-8")
    assert not name or f"def {name}(" in source, test
