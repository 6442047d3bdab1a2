"""`nianbao xlsx` and `nianbao import FILE.xlsx`, run as the user runs them."""

from __future__ import annotations

from conftest import ROOT, make_project, run_nianbao
from openpyxl import load_workbook

DATASET = "data/2021/demo-004.yaml"


def _project(tmp_path):
    return make_project(tmp_path, {DATASET: (ROOT / DATASET).read_text(encoding="utf-8")})


def test_xlsx_then_import_gives_the_same_file_and_never_overwrites(tmp_path):
    root = _project(tmp_path)
    done = run_nianbao(root, "xlsx", DATASET, "-o", "out/demo-004.xlsx")
    assert done.returncode == 0, done.stderr
    again = run_nianbao(root, "xlsx", DATASET, "-o", "out/demo-004.xlsx")
    assert again.returncode == 2 and "文件已存在" in again.stderr and "--force" in again.stderr
    assert run_nianbao(root, "xlsx", DATASET, "-o", "out/demo-004.xlsx", "--force").returncode == 0

    back = run_nianbao(root, "import", "out/demo-004.xlsx", "-o", "back/demo-004.yaml")
    assert back.returncode == 0, back.stderr
    assert (root / "back/demo-004.yaml").read_text(encoding="utf-8") == (root / DATASET).read_text(encoding="utf-8")
    kept = run_nianbao(root, "import", "out/demo-004.xlsx", "-o", "back/demo-004.yaml")
    assert kept.returncode == 2 and "文件已存在" in kept.stderr
    assert run_nianbao(root, "validate", "back/demo-004.yaml").returncode == 0


def test_import_of_a_bad_workbook_names_the_cell_and_writes_nothing(tmp_path):
    root = _project(tmp_path)
    assert run_nianbao(root, "xlsx", DATASET, "-o", "w.xlsx").returncode == 0
    wb = load_workbook(root / "w.xlsx")
    wb["表四"]["A6"] = "一件"
    wb.save(root / "w.xlsx")
    done = run_nianbao(root, "import", "w.xlsx", "-o", "data/2021/x.yaml")
    assert done.returncode == 2
    assert "表四!A6" in done.stderr and "行政复议" in done.stderr and "结果维持" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (root / "data/2021/x.yaml").exists()


def test_new_workbook_prefilled_from_last_year(tmp_path):
    root = _project(tmp_path)
    done = run_nianbao(root, "xlsx", "--new", "--year", "2022", "--id", "demo-004", "-o", "new.xlsx")
    assert done.returncode == 0, done.stderr
    assert "data/2021/demo-004.yaml" in done.stderr and "预填" in done.stderr
    lonely = run_nianbao(root, "xlsx", "--new", "--year", "2022", "--id", "demo-999", "-o", "lonely.xlsx")
    assert lonely.returncode == 0 and "没有预填" in lonely.stderr
    wrong = run_nianbao(root, "xlsx", "--new", "--year", "2022", "-o", "x.xlsx")
    assert wrong.returncode == 2 and "--id" in wrong.stderr
