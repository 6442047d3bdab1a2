"""The generated workbooks recalculate in a real spreadsheet (LibreOffice headless): no error cells, and every
live check cell says what the identities of the format say about the dataset."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import soffice
from openpyxl import load_workbook

from nianbao import cells as C
from nianbao.load import load_dataset
from nianbao.workbook import write_dataset
from nianbao.workbook.plan import plans

ROOT = Path(__file__).resolve().parents[2]
# a clean township per format, and defects that break each identity (data/README.md)
CASES = ["2020/demo-001", "2021/demo-001", "2020/demo-003", "2020/demo-007", "2021/demo-005", "2021/demo-006",
         "2021/demo-010", "2021/demo-009"]
ERRORS = ("#VALUE!", "#REF!", "#NAME?", "#DIV/0!", "#N/A", "#NUM!", "#NULL!", "Err:")



@pytest.fixture(scope="module")
def recalculated(tmp_path_factory):
    command = soffice("libreoffice-calc")
    work = tmp_path_factory.mktemp("lo")
    books = []
    for case in CASES:
        book = work / f"{case.replace('/', '-')}.xlsx"
        write_dataset(load_dataset(ROOT / "data" / f"{case}.yaml"), book)
        books.append(book)
    out = work / "out"
    subprocess.run([command, f"-env:UserInstallation=file://{work}/profile", "--headless", "--norestore",
                    "--convert-to", "xlsx", "--outdir", str(out), *map(str, books)],
                   check=True, capture_output=True, timeout=300)
    return {case: out / book.name for case, book in zip(CASES, books)}


def _expected(ds, check) -> str:
    """What a check cell must show, computed here from the dataset, not from the workbook."""
    plan_cells = {}
    for plan in plans(ds.fmt):
        plan_cells.update({i.box.address + plan.title: i.key for i in plan.inputs})
    title = ds.fmt.tables[check.identity.table].short
    left = [ds.cells.get(plan_cells[a + title]) for a in check.left]
    right = [ds.cells.get(plan_cells[a + title]) for a in check.right]
    if not all(C.is_number(v) for v in left + right):
        return "未填完"
    return "✓ 相符" if sum(left) == sum(right) else f"✗ {sum(left)}≠{sum(right)}"


@pytest.mark.parametrize("case", CASES)
def test_recalculates_without_errors_and_checks_agree(recalculated, case):
    ds = load_dataset(ROOT / "data" / f"{case}.yaml")
    wb = load_workbook(recalculated[case], data_only=True)
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                assert not (isinstance(v, str) and v.startswith(ERRORS)), f"{ws.title}: {v}"
    shown = []
    for plan in plans(ds.fmt):
        ws = wb[plan.title]
        for check in plan.checks:
            value = ws[check.box.address].value
            assert value == _expected(ds, check), f"{plan.title}!{check.box.address} {check.identity.id}"
            shown.append(value)
    assert shown


def test_broken_identities_show_in_the_check_cells(recalculated):
    """The deliberate defects are visible to the clerk before sending."""
    def marks(case):
        wb = load_workbook(recalculated[case], data_only=True)
        return [c for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row
                if isinstance(c, str) and c.startswith(("✗", "未填完"))]

    assert marks("2021/demo-001") == [] and marks("2020/demo-001") == []
    for case in ("2020/demo-003", "2021/demo-005", "2021/demo-006", "2021/demo-010"):
        assert any(m.startswith("✗") for m in marks(case)), case
    assert "未填完" in marks("2020/demo-007")  # blank cells are never counted as 0
