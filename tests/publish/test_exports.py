"""Spreadsheet downloads and charts hold whatever text a dataset carries, safely."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from nianbao.pipeline.batch import Outcome
from nianbao.publish import charts, exports

HOSTILE = ["=HYPERLINK(\"http://x\",\"点此\")", "+1+1", "-2", "@SUM(A1)", "甲镇\r乙镇", "控制\x1b[31m字符", "$\\frac$镇"]


@pytest.mark.parametrize("text", HOSTILE)
def test_cell_text_is_never_a_formula_nor_a_control_character(text):
    out = exports.cell_text(text)
    assert not out.startswith(("=", "+", "-", "@"))
    assert not any(ord(ch) < 32 or ord(ch) == 127 for ch in out)


def test_cell_text_keeps_ordinary_names():
    assert exports.cell_text("巴彦嵯岗苏木人民政府") == "巴彦嵯岗苏木人民政府"
    assert exports.cell_text("=1") == "'=1"


def _outcomes():
    return [Outcome(year="2021", township_id=f"t-{i}", ok=True, organ=organ, figures={}) for i, organ in enumerate(HOSTILE)]


def test_csv_has_one_row_per_township_and_no_formula(tmp_path):
    path = exports.write_csv(exports.figures_frame(_outcomes()), tmp_path / "figures.csv")
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    assert len(rows) == 1 + len(HOSTILE)
    assert [r[1] for r in rows[1:]] == [exports.cell_text(o) for o in HOSTILE]


def test_xlsx_stores_text_not_formulas(tmp_path):
    path = exports.write_xlsx(exports.figures_frame(_outcomes()), tmp_path / "figures.xlsx", "2021", "2021年度主要数据")
    ws = load_workbook(path).active
    organs = [ws.cell(row=r, column=2) for r in range(2, 2 + len(HOSTILE))]
    assert all(c.data_type == "s" for c in organs), [(c.value, c.data_type) for c in organs]


def test_chart_draws_names_with_mathtext_syntax_as_written():
    svg = charts.grouped_bars("k", "标题", ["$\\frac$镇", "甲$x$乡"], {"新收": [1, None]})
    assert "$\\frac$镇" in svg and "甲$x$乡" in svg
