"""The clerk's workbook: written from every bundled dataset and read back exactly; bad workbooks named by cell."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from nianbao import cells as C
from nianbao import formats as F
from nianbao.dump import dump
from nianbao.errors import DatasetError
from nianbao.load import load_dataset, validate_mapping
from nianbao.workbook import import_workbook, write_dataset, write_new
from nianbao.workbook.plan import plans
from nianbao.workbook.write import FILL_INPUT, FILL_PREFILLED

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = sorted((ROOT / "data").glob("*/*.yaml"))


def _same(a, b) -> None:
    assert dump(a) == dump(b)
    assert a.cells == b.cells and a.info_fees == b.info_fees
    assert a.model_dump() == b.model_dump()


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_round_trip_every_bundled_dataset(path, tmp_path):
    ds = load_dataset(path)
    book = tmp_path / "t.xlsx"
    write_dataset(ds, book)
    _same(import_workbook(book), ds)


def _edited(ds, **update):
    raw = ds.model_dump(mode="python", by_alias=True, exclude_none=True)
    raw.update(update)
    return validate_mapping(raw, Path("edited.yaml"))


def test_round_trip_keeps_blank_na_units_and_odd_text(tmp_path):
    """Blank stays blank, "/" stays "/", money keeps its unit and digits, text that looks like a formula stays text."""
    ds = load_dataset(ROOT / "data/2021/demo-005.yaml")
    raw = ds.model_dump(mode="python", by_alias=True, exclude_none=True)
    raw["tables"]["t3"]["new"]["natural"] = None
    raw["tables"]["t3"]["new"]["research"] = "/"
    raw["tables"]["t2"]["fees"]["amount_wan"] = "1.50万元"
    raw["tables"]["t2"]["licensing"]["decisions"] = None
    raw["contact"]["phone"] = "0470-0012345"
    raw["contact"]["postcode"] = "021000"
    raw["narrative"]["other"] = "=SUM(A1)\n第二段\n"
    raw["info_fees"] = "120元"
    raw["period"] = {"start": dt.date(2021, 1, 1), "end": dt.date(2021, 12, 31)}
    raw["waivers"] = [{"rule": "cross.t3.carry", "cells": ["t3.carried_in.natural"], "reason": "乡镇合并"}]
    ds = validate_mapping(raw, Path("x.yaml"))
    book = tmp_path / "t.xlsx"
    write_dataset(ds, book)
    back = import_workbook(book)
    _same(back, ds)
    assert back.cells["t3.new.natural"] is None and back.cells["t3.new.research"] == C.NA
    assert back.cells["t2.fees.amount_wan"] == C.Money(Decimal("1.50"), "万元")
    assert str(back.cells["t2.fees.amount_wan"]) == "1.50万元"


def test_2019_amount_without_unit_in_header_keeps_its_own_unit(tmp_path):
    for name, unit in (("150724-bycg", "万元"), ("demo-004", None)):  # demo-004: the amount has no unit (a defect)
        ds = load_dataset(ROOT / f"data/2020/{name}.yaml")
        book = tmp_path / f"{name}.xlsx"
        write_dataset(ds, book)
        assert import_workbook(book).cells["t2.procurement.amount"].unit == unit


def test_sheets_carry_every_label_of_the_format_and_lock_them(tmp_path):
    for code, path in (("2019", "data/2020/demo-001.yaml"), ("2021", "data/2021/demo-001.yaml")):
        fmt = F.get(code)
        book = tmp_path / f"{code}.xlsx"
        write_dataset(load_dataset(ROOT / path), book)
        wb = load_workbook(book)
        for table in fmt.tables.values():
            ws = wb[table.short]
            texts = {c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
            wanted = {label for r in table.rows for label in r.path} | {c.label for r in table.rows for c in r.columns}
            wanted |= {p for c in table.columns for p in c.path} if table.layout != "blocks" else set()
            assert wanted <= texts, wanted - texts
            assert ws.protection.sheet
            plan = next(p for p in plans(fmt) if p.table.key == table.key)
            for inp in plan.inputs:
                cell = ws[inp.box.address]
                assert not cell.protection.locked and cell.fill.fgColor.rgb.endswith(FILL_INPUT.fgColor.rgb[-6:])
            for label in plan.labels:
                assert ws[label.box.address].protection.locked
            assert len(ws.data_validations.dataValidation) > 0
            for check in plan.checks:  # the identities, read from the format description
                assert ws[check.box.address].value.startswith("=IF(COUNT(")
        ids = {i.id for i in fmt.identities}
        assert {c.identity.id for p in plans(fmt) for c in p.checks} == ids


# ---------------------------------------------------------------- bad workbooks

@pytest.fixture
def book(tmp_path):
    path = tmp_path / "demo-001.xlsx"
    write_dataset(load_dataset(ROOT / "data/2021/demo-001.yaml"), path)
    return path


def _edit(path: Path, sheet: str, address: str, value) -> None:
    wb = load_workbook(path)
    wb[sheet][address] = value
    wb.save(path)


def _error(path: Path) -> str:
    with pytest.raises(DatasetError) as e:
        import_workbook(path)
    return str(e.value)


def _address(code: str, key: str) -> str:
    table = key.split(".")[0]
    plan = next(p for p in plans(F.get(code)) if p.table.key == table)
    return next(i.box.address for i in plan.inputs if i.key == key)


@pytest.mark.parametrize("value, expected", [
    ("三", "应为非负整数"),
    (-1, "不能为负数"),
    (2.5, "不能是小数"),
    ("2.5", "不能是小数"),
    (True, "应为非负整数"),
    (dt.datetime(2021, 1, 2), "日期"),
])
def test_a_bad_count_names_the_sheet_cell_and_labels(book, value, expected):
    address = _address("2021", "t3.new.natural")
    _edit(book, "表三", address, value)
    message = _error(book)
    assert f"表三!{address}" in message
    assert "一、本年新收政府信息公开申请数量" in message and "自然人" in message
    assert expected in message


def test_every_bad_cell_is_reported_at_once(book):
    wb = load_workbook(book)
    wb["表三"][_address("2021", "t3.new.natural")] = "三"
    wb["表四"][_address("2021", "t4.review.total")] = -2
    wb.save(book)
    message = _error(book)
    assert "表三!" in message and "表四!" in message


def test_a_blank_cell_stays_blank_never_zero(book):
    _edit(book, "表三", _address("2021", "t3.granted.natural"), None)
    ds = import_workbook(book)
    assert "t3.granted.natural" in ds.cells and ds.cells["t3.granted.natural"] is None


def test_na_and_full_width_digits_are_read_as_a_dataset_file_would(book):
    wb = load_workbook(book)
    wb["表三"][_address("2021", "t3.new.legal")] = "／"
    wb["表三"][_address("2021", "t3.new.social")] = "３"
    wb.save(book)
    ds = import_workbook(book)
    assert ds.cells["t3.new.legal"] == C.NA and ds.cells["t3.new.social"] == 3


def test_a_deleted_row_is_named(book):
    wb = load_workbook(book)
    wb["表三"].delete_rows(10)
    wb.save(book)
    message = _error(book)
    assert re.search(r"表三![A-C]10：找不到“[^”]+”：这一行或列被删除了", message), message


def test_a_renamed_sheet_is_named(book):
    wb = load_workbook(book)
    wb["表三"].title = "Sheet3"
    wb.save(book)
    message = _error(book)
    assert "找不到工作表“表三”" in message and "Sheet3" in message


def test_a_workbook_of_the_other_format(tmp_path):
    """Last year's (2019-format) workbook with the year changed to 2021: the tables are the wrong format."""
    path = tmp_path / "old.xlsx"
    write_dataset(load_dataset(ROOT / "data/2020/demo-001.yaml"), path)
    wb = load_workbook(path)
    ws = wb["基本信息"]
    row = next(r for r in range(1, 40) if ws.cell(r, 1).value == "报告年度")
    ws.cell(row, 2).value = 2021
    wb.save(path)
    message = _error(path)
    assert "表二" in message and F.get("2019").name in message and F.get("2021").name in message


def test_a_password_protected_workbook(book):
    msoffcrypto = pytest.importorskip("msoffcrypto", reason="msoffcrypto-tool makes the encrypted test file")
    from msoffcrypto.format.ooxml import OOXMLFile

    locked = book.with_name("locked.xlsx")
    with book.open("rb") as src, locked.open("wb") as out:
        OOXMLFile(src).encrypt("secret", out)
    assert msoffcrypto is not None
    message = _error(locked)
    assert str(locked) in message and "密码" in message


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 not really a zip", b"just text"])
def test_a_corrupt_file(tmp_path, content, book):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(content or book.read_bytes()[:3000])
    message = _error(bad)
    assert str(bad) in message and "损坏" in message


def test_a_formula_without_a_saved_result_is_named(book):
    address = _address("2021", "t3.new.natural")
    _edit(book, "表三", address, "=1+1")
    message = _error(book)
    assert f"表三!{address}" in message and "公式" in message


def test_a_missing_required_field_names_its_cell(book):
    wb = load_workbook(book)
    ws = wb["基本信息"]
    row = next(r for r in range(1, 40) if str(ws.cell(r, 1).value).startswith("单位名称"))
    ws.cell(row, 2).value = None
    wb.save(book)
    message = _error(book)
    assert f"基本信息!B{row}" in message and "单位名称" in message and "缺少必填字段" in message


def test_a_part_with_title_but_no_text(book):
    wb = load_workbook(book)
    ws = wb["基本信息"]
    row = next(r for r in range(1, 80) if ws.cell(r, 1).value == "一、总体情况：第1项 正文")
    ws.cell(row, 2).value = None
    wb.save(book)
    assert f"基本信息!B{row}" in _error(book)


# ---------------------------------------------------------------- a new year, pre-filled

def test_new_year_is_prefilled_from_last_year_and_marked(tmp_path):
    last = load_dataset(ROOT / "data/2021/demo-002.yaml")
    path = tmp_path / "new.xlsx"
    write_new(2022, "demo-002", last, path)
    wb = load_workbook(path)
    fmt = F.get("2021")
    for col in fmt.tables["t3"].columns:
        cell = wb["表三"][_address("2021", f"t3.carried_in.{col.key}")]
        assert cell.value == last.cells[f"t3.carried_out.{col.key}"]
        assert cell.fill.fgColor.rgb.endswith(FILL_PREFILLED.fgColor.rgb[-6:]) and "已预填" in cell.comment.text
    in_force = wb["表二"][_address("2021", "t2.normative_docs.in_force")]
    assert in_force.value == last.cells["t2.normative_docs.in_force"] and in_force.comment is not None
    assert wb["表三"][_address("2021", "t3.new.natural")].value is None  # this year's own figures start blank
    info = wb["基本信息"]
    values = {info.cell(r, 1).value: info.cell(r, 2).value for r in range(1, 60)}
    assert values["编号"] == "demo-002" and values["报告年度"] == "2022"
    assert values["单位名称（必填）"] == last.organ
    assert values["五、存在的主要问题及改进情况（必填）"] is None  # never last year's narrative


def test_new_year_across_the_format_change_and_2019_item_counts(tmp_path):
    last = load_dataset(ROOT / "data/2020/demo-001.yaml")
    path = tmp_path / "2021.xlsx"
    write_new(2021, "demo-001", last, path)
    ws = load_workbook(path)["表三"]
    assert ws[_address("2021", "t3.carried_in.total")].value == last.cells["t3.carried_out.total"]
    # 2019 format both years: 上一年项目数量 = last year's + 本年增/减
    older = last.model_copy(update={"year": 2019})
    path = tmp_path / "2020.xlsx"
    write_new(2020, "demo-001", older, path)
    ws = load_workbook(path)["表二"]
    want = last.cells["t2.coercion.prev_items"] + last.cells["t2.coercion.change"]
    assert ws[_address("2019", "t2.coercion.prev_items")].value == want


def test_a_filled_new_workbook_imports(tmp_path):
    last = load_dataset(ROOT / "data/2021/demo-003.yaml")
    path = tmp_path / "new.xlsx"
    write_new(2022, "demo-003", last, path)
    wb = load_workbook(path)
    ws = wb["基本信息"]
    for r in range(1, 60):
        label = ws.cell(r, 1).value or ""
        if label.startswith(("五、", "六、")):
            ws.cell(r, 2).value = "本年度没有需要报告的事项。"
    wb.save(path)
    ds = import_workbook(path)
    assert ds.year == 2022 and ds.organ == last.organ and ds.contact == last.contact
    assert ds.cells["t3.carried_in.total"] == last.cells["t3.carried_out.total"]
    assert ds.cells["t3.new.natural"] is None


def test_an_old_xls_file_is_told_to_be_saved_as_xlsx(tmp_path):
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)  # an OLE compound file, not encrypted
    message = _error(old)
    assert ".xls" in message and "另存为 .xlsx" in message
