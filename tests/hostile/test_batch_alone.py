"""Every township fails alone: hostile townships beside good ones, one real batch (real kernels, real papermill).

The good townships render; the bad ones fail with a Chinese message naming their file; the index, the summary and
the downloads are written; no message carries the machine's paths; a params file's smuggled code never runs.
"""

from __future__ import annotations

import json

from conftest import make_project, run_nianbao

from .cases import SEED, SEED_TEXT, mutated, replaced


def test_bad_townships_fail_alone(tmp_path):
    tricky = replaced('id: "150724-bycg"', 'id: "tricky"').replace(
        "organ: 巴彦嵯岗苏木人民政府", "organ: \"=HYPERLINK(\\\"http://x\\\") $\\\\frac{1}{2}$ 镇😀\"")
    root = make_project(tmp_path, {
        SEED: SEED_TEXT,
        "data/2020/tricky.yaml": tricky,
        "data/2020/huge.yaml": mutated(("tables", "t3", "new", "natural"), 10**30).replace('150724-bycg', "huge"),
        "data/2020/ctrl.yaml": mutated(("organ",), "甲镇\x1b[31m").replace('150724-bycg', "ctrl"),
        "data/2020/feb30.yaml": mutated(("signed",), "2020-02-30").replace('150724-bycg', "feb30"),
        "data/2020/bomb.yaml": "a: &a [x, x]\nb: [*a, *a]\n",
    })
    assert run_nianbao(root, "params").returncode == 0
    (root / "params/2020/evil.yaml").write_text(
        f"dataset: {SEED}\n\"x\\nopen('PWNED', 'w').write('1')\\ny\": 1\n", encoding="utf-8")
    r = run_nianbao(root, "batch", "--no-progress", "-j", "2")
    out = r.stdout + r.stderr
    assert r.returncode == 1, out
    assert "Traceback" not in out and "内部错误" not in out and str(tmp_path) not in out, out
    summary = json.loads((root / "output/2020/summary.json").read_text(encoding="utf-8"))["townships"]
    ok = {o["township_id"] for o in summary if o["ok"]}
    assert ok == {"150724-bycg", "tricky"}, summary
    failed = {o["township_id"]: o["message"] for o in summary if not o["ok"]}
    assert set(failed) == {"huge", "ctrl", "feb30", "bomb", "evil"}
    for township_id, message in failed.items():
        assert township_id in message or "evil" in message, message
        assert str(tmp_path) not in message
    assert "锚点" in failed["bomb"] and "未知的参数" in failed["evil"]
    for name in ("index.html", "figures.csv", "figures.xlsx"):
        assert (root / "output/2020" / name).stat().st_size > 0
    assert not list(tmp_path.rglob("PWNED"))
