"""Fuzzing with hypothesis: mutated datasets, params files and report texts never give an internal error (exit 3),
never hang, never run anything, and write nothing outside output/ (or the path the user named).

Most cases call the real entry point in-process (tests/hostile/cases.run, each under a time bound); a handful go
through a subprocess, as a user runs nianbao.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .cases import PARAMS, SEED, SEED_TEXT, Case, project, run, seed

SETTINGS = settings(max_examples=50, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Text a clerk or an attacker might type: any unicode (surrogates excluded: a file cannot hold them), control
# characters, zero-width and direction marks, markup, YAML and formula syntax.
NASTY = st.sampled_from(["\x1b[2J", "\x00", "\u200b", "\u202e", "$\\frac$", "=HYPERLINK(\"x\")", "&a", "*a",
                         "<script>", "{{7*7}}", "\r", "javascript:", "../", "😀", "\ufeff"])
TEXT = st.one_of(st.text(st.characters(blacklist_categories=("Cs",)), max_size=200), NASTY,
                 st.lists(NASTY, max_size=5).map("".join))
SCALAR = st.one_of(TEXT, st.integers(min_value=-10**40, max_value=10**40), st.floats(), st.booleans(), st.none(),
                   st.dates().map(str))
VALUE = st.recursive(SCALAR, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                     st.dictionaries(TEXT, inner, max_size=4)), max_leaves=12)


def _paths(node, prefix=()):
    """Every key path of the seed dataset."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield prefix + (k,)
            yield from _paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield prefix + (i,)
            yield from _paths(v, prefix + (i,))


PATHS = sorted(set(_paths(seed())), key=str)


def _outside_output(root: Path, before: set[Path]) -> list[Path]:
    """Files that appeared in the project outside output/."""
    now = {p for p in root.rglob("*") if not p.is_relative_to(root / "output")}
    return sorted(now - before)


def _check(files: dict, args: tuple) -> None:
    with tempfile.TemporaryDirectory() as d:
        root = project(Path(d), Case("fuzz", "fuzz", args, files))
        before = {p for p in root.rglob("*")}
        seen = run(root, args, seconds=20)
        assert seen.code != 3 and "Traceback" not in seen.output and "内部错误" not in seen.output, seen.output
        assert not _outside_output(root, before), _outside_output(root, before)
        assert [p.name for p in Path(d).iterdir()] == ["proj"]


@SETTINGS
@given(mutations=st.lists(st.tuples(st.sampled_from(PATHS), VALUE), min_size=1, max_size=3))
def test_mutated_datasets(mutations):
    data = seed()
    for path, value in mutations:
        node = data
        try:
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation replaced the parent
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    _check({SEED: text}, ("validate", SEED))


@SETTINGS
@given(cut=st.integers(0, len(SEED_TEXT)), insert=st.one_of(TEXT, st.sampled_from(
    ["&x ", "*x", "[[[[", "{", ": ", "\t", "!!python/object:os.system ", "<<: *x", "---\n", "%YAML 2.0\n"])))
def test_corrupted_dataset_text(cut, insert):
    _check({SEED: SEED_TEXT[:cut] + insert + SEED_TEXT[cut:]}, ("check", SEED))


@SETTINGS
@given(params=st.dictionaries(TEXT, VALUE, max_size=4), keep_dataset=st.booleans())
def test_params_files(params, keep_dataset):
    if keep_dataset:
        params = {"dataset": SEED, **params}
    text = yaml.safe_dump(params, allow_unicode=True)
    _check({PARAMS: text, SEED: SEED_TEXT.replace("year: 2020", "year: 二〇二〇")}, ("batch", "--no-progress"))


@SETTINGS
@given(text=st.lists(st.one_of(TEXT, st.sampled_from(
    ["政府信息公开工作年度报告", "一、总体情况", "<table><tr><td>1</td></tr></table>", "统计期限", "\n"])), max_size=30))
def test_report_texts(text):
    _check({"report.txt": "".join(text)}, ("import", "report.txt"))


def test_a_handful_through_subprocesses(tmp_path):
    """The same inputs as a user runs them: a separate process, the installed entry point."""
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 9) + "]\n" for i in range(8))
    root = project(tmp_path, Case("fuzz", "fuzz", (), {
        SEED: bomb, PARAMS: f"dataset: {SEED}\n\"x\\nopen('PWNED', 'w')\\ny\": 1\n", "report.txt": "\x1b[2J" * 1000}))
    for args in (("validate", SEED), ("batch", "--no-progress"), ("import", "report.txt"), ("import", "/dev/zero")):
        r = subprocess.run([sys.executable, "-m", "nianbao", *args], cwd=root, capture_output=True, text=True, timeout=60)
        assert r.returncode in (1, 2), (args, r.stdout, r.stderr)
        assert "Traceback" not in r.stderr and "内部错误" not in r.stderr + r.stdout
    assert not (root / "PWNED").exists()
