"""A township's counts in the batch's summary: open findings by severity and by category, acknowledged ones left out.

One real batch (papermill, one kernel) over a township whose findings are known: two errors and a
warning that are open, and a warning its dataset acknowledges with a waiver.
"""

from __future__ import annotations

import json

import yaml
from conftest import ROOT, make_project, run_nianbao

from nianbao.dump import dump

LAST_YEAR = "data/2020/demo-001.yaml"
THIS_YEAR = "data/2021/demo-001.yaml"


def test_summary_counts_open_findings_by_severity_and_category(tmp_path):
    raw = yaml.safe_load((ROOT / THIS_YEAR).read_text(encoding="utf-8"))
    t3 = raw["tables"]["t3"]
    # One more carried in: 上年结转 no longer matches last year's 结转下年度 (cross_year warning, waived below),
    # and breaks 一+二=（七）+四 in its column and the row total of 上年结转 (two arithmetic errors).
    t3["carried_in"]["natural"] += 1
    t3["new"]["commercial"] = None  # a blank cell: a warning of its own category
    raw["waivers"] = [{"rule": "cross.t3.carry", "cells": ["t3.carried_in.natural"], "reason": "乡镇合并"}]
    root = make_project(tmp_path, {LAST_YEAR: (ROOT / LAST_YEAR).read_text(encoding="utf-8"), THIS_YEAR: dump(raw)})
    assert run_nianbao(root, "params").returncode == 0
    r = run_nianbao(root, "batch", "--year", "2021", "--no-progress")
    assert r.returncode == 0, r.stdout + r.stderr

    out = root / "output" / "2021"
    found = json.loads((out / "demo-001.findings.json").read_text(encoding="utf-8"))
    assert sorted((f["id"], f["acknowledged"]) for f in found) == [
        ("arith.t3.balance", None), ("arith.t3.row_total", None), ("cell.blank", None), ("cross.t3.carry", "乡镇合并")]

    [outcome] = json.loads((out / "summary.json").read_text(encoding="utf-8"))["townships"]
    assert (outcome["errors"], outcome["warnings"]) == (2, 1)
    assert outcome["by_category"] == {"arithmetic": {"error": 2, "warning": 0}, "blank": {"error": 0, "warning": 1}}
    assert "2021/demo-001" in r.stdout and "2 个错误，1 个警告" in r.stdout
