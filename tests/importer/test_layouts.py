"""The seed re-laid out the ways other sites flatten tables: every layout gives the seed's cells exactly."""

from __future__ import annotations

import pytest
from conftest import ROOT

from nianbao.importer import import_report
from nianbao.load import load_dataset

SEED = ROOT.parent / "shared" / "seeds" / "000_d58dcb8ff1b8f53b.txt"


def _is_row(line: str) -> bool:
    return " | " in line or line.rstrip().endswith("|")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("|")]


def _relayout(text: str, layout: str) -> str:
    lines = text.splitlines()
    if layout == "one_line":
        return " ".join(lines)
    out: list[str] = []
    for line in lines:
        if not _is_row(line):
            out.append(line)
        elif layout == "cell_per_line_pipes":  # each cell on its line ending ' |', rows closed by '|||'
            out += [c + " |" for c in _cells(line)] + ["|||"]
        elif layout == "blank_separated":  # one cell per line, blank lines between cells
            out += [x for c in _cells(line) for x in (c, "")]
        elif layout == "leading_pipe":
            out.append("| " + line)
    return "\n".join(out)


@pytest.fixture(scope="module")
def expected():
    if not SEED.exists():
        pytest.skip("../shared/seeds not available")
    return load_dataset(ROOT / "data" / "2020" / "150724-bycg.yaml").cells


@pytest.mark.parametrize("layout", ["cell_per_line_pipes", "blank_separated", "leading_pipe", "one_line"])
def test_seed_in_other_layouts(layout, expected, tmp_path):
    path = tmp_path / f"{layout}.txt"
    path.write_text(_relayout(SEED.read_text(encoding="utf-8"), layout), encoding="utf-8")
    result = import_report(path, partial=True)
    cells = {k: v for k, v in result.cells_json["cells"].items()}
    assert len(cells) == len(expected) == 198
    assert cells["t2.procurement.amount"] == "981.93万元" and cells["t2.punishment.change"] == 80
    assert {k for k, v in cells.items() if k.startswith("t3.")} == {k for k in expected if k.startswith("t3.")}
    assert all(v == 0 for k, v in cells.items() if k[:3] in ("t3.", "t4."))
    assert result.cells_json["organ"] == "巴彦嵯岗苏木人民政府" and result.cells_json["year"] == 2020
    # The narrative is found too (also when the line breaks were lost): the dataset validates.
    assert result.dataset is not None, result.log_text()
    assert "无其他需报告事项" in result.dataset.narrative.other and "主办单位" not in result.dataset.narrative.other
