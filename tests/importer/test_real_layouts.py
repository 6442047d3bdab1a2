"""Layouts of real published reports beyond the corpus: a bundled 2021 report re-laid out the way sites print it.

Every page here is built from our own bundled dataset (rendered, then flattened like a scraper
does), then changed the way real pages differ: a year inside a column header, （六）其他处理 on
one line, a table with labels and no number, one cell per line with bare "|" for empty cells,
a page cut inside a row, a title with the year first or quoted inside a sentence.
"""

from __future__ import annotations

import pytest
from conftest import ROOT
from test_import import scraped_text

from nianbao.cells import plain
from nianbao.importer import import_report
from nianbao.load import load_dataset
from nianbao.render import report_html

DATASET = ROOT / "data" / "2021" / "demo-001.yaml"


@pytest.fixture(scope="module")
def page() -> str:
    return scraped_text(report_html(load_dataset(DATASET)))


def _import(tmp_path, text: str, partial: bool = False):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return import_report(path, partial=partial)


def test_year_inside_column_headers_keeps_every_cell(page, tmp_path):
    text = page.replace("本年制发件数", "本年（2021）制发件数").replace("现行有效件数", "现行有效件数(2021年)")
    r = _import(tmp_path, text)
    want = load_dataset(DATASET).cells
    assert r.cells_json["format"]["t2"] == "2021"
    assert {k: v for k, v in r.cells_json["cells"].items() if k.startswith("t2.")} == {
        k: plain(v) for k, v in want.items() if k.startswith("t2.")}
    assert not r.entries("ambiguous") or all("混用" not in e.message for e in r.entries("ambiguous"))


def test_other_printed_as_one_row_is_kept_under_the_row_key(page, tmp_path):
    lines = page.splitlines()
    start = next(i for i, x in enumerate(lines) if x.startswith("（六）其他处理"))
    one_row = "（六）其他处理 | 1 | 0 | 0 | 0 | 0 | 0 | 1"
    text = "\n".join(lines[:start] + [one_row] + lines[start + 3:])
    r = _import(tmp_path, text)
    cells = r.cells_json["cells"]
    assert cells["t3.other.natural"] == 1 and cells["t3.other.total"] == 1
    assert not any(k.startswith("t3.other.1") for k in cells)  # no item is guessed
    assert r.dataset is not None and "t3.other.natural" not in r.dataset.cells  # not a cell of the 2021 format
    assert any("其他处理" in e.message for e in r.entries("problem"))


def test_a_table_with_labels_and_no_number_is_read_as_blank(page, tmp_path):
    lines = page.splitlines()
    first = next(i for i, x in enumerate(lines) if x.startswith("（本列数据的勾稽关系"))
    last = next(i for i, x in enumerate(lines) if x.startswith("四、结转下年度继续办理"))
    # The site printed every cell of 表三 empty and dropped the empty cells: labels one per line.
    labels = [c.strip() for x in lines[first:last + 1] for c in x.split("|") if c.strip() and not c.strip().isdigit()]
    r = _import(tmp_path, "\n".join(lines[:first] + labels + lines[last + 1:]))
    t3 = {k: v for k, v in r.cells_json["cells"].items() if k.startswith("t3.")}
    assert len(t3) == 175 and set(t3.values()) == {None}


def test_one_cell_per_line_with_bare_pipes_for_empty_cells(tmp_path):
    rows = ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量"]
    table = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |", "申请人情况 |", "||||||||",
             "自然人 |", "法人或其他组织 |", "总计 |", "|||||||", "商业企业 |", "科研机构 |", "社会公益组织 |",
             "法律服务机构 |", "其他 |", "|||||"]
    for label in rows:
        table += [label + " |"] + ["|"] * 6 + ["2 |", "||"]
    text = "\n".join(["某镇2022年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", *table])
    cells = _import(tmp_path, text, partial=True).cells_json["cells"]
    assert cells["t3.new.total"] == 2 and cells["t3.carried_in.total"] == 2
    assert [cells[f"t3.new.{c}"] for c in ("natural", "commercial", "research", "social", "legal", "other_org")] == [None] * 6


def test_a_page_cut_inside_a_row_keeps_what_it_shows(tmp_path):
    text = "\n\n".join(["某乡2023年政府信息公开工作年度报告", "二、主动公开政府信息情况", "第二十条第(一)项", "信息内容",
                        "本年制发件数", "本年废止件数", "现行有效件数", "规章", "0", "0", "0", "行政规范性文件", "1", "0"])
    r = _import(tmp_path, text, partial=True)
    cells = r.cells_json["cells"]
    assert cells["t2.normative_docs.made"] == 1 and cells["t2.normative_docs.repealed"] == 0
    assert "t2.normative_docs.in_force" not in cells  # cut off the page: not read


def test_a_piped_row_cut_after_its_separator_keeps_what_it_shows(tmp_path):
    # Seen on heldout16d z16: the page stops after "0 | 0 | " in the first row of 三、本年度办理结果.
    text = "\n".join([
        "某局2024年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况",
        "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||",
        "自然人 | 法人或其他组织 | 总计 | |||||||",
        "| 商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||",
        "一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 | ||",
        "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||",
        "三、本年度办理结果 | (一)予以公开 | 1 | 0 | "])
    cells = _import(tmp_path, text, partial=True).cells_json["cells"]
    assert cells["t3.granted.natural"] == 1 and cells["t3.granted.commercial"] == 0
    assert "t3.granted.research" not in cells  # cut off the page: not read


def test_title_with_the_year_first(tmp_path):
    text = "2022年度某某镇政府信息公开工作年度报告\n一、总体情况\n本镇依申请公开工作正常。"
    r = _import(tmp_path, text, partial=True)
    assert r.cells_json["organ"] == "某某镇" and r.cells_json["year"] == 2022


def test_a_title_quoted_in_a_sentence_yields_to_the_text(tmp_path):
    text = ("根据上级要求，按时编制完成青松街道2025年政府信息公开年度报告。\n一、总体情况\n"
            "本年度统计期限为2025年1月1日至2025年12月31日。青松街道办事处共收到政府信息公开申请2件。")
    r = _import(tmp_path, text, partial=True)
    assert r.cells_json["organ"] == "青松街道办事处"
    text = ("本镇编制了《某镇2020年政府信息公开工作年度报告》，统计期限为2021年1月1日至2021年12月31日。\n"
            "一、总体情况\n2021年依申请公开工作正常。")
    assert _import(tmp_path, text, partial=True).cells_json["year"] == 2021  # the statistical year, not the quote


def test_one_row_other_is_a_format_finding_of_the_published_report(page, tmp_path):
    from nianbao.cli.check import check_report

    lines = page.splitlines()
    start = next(i for i, x in enumerate(lines) if x.startswith("（六）其他处理"))
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines[:start] + ["（六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0"] + lines[start + 3:]),
                    encoding="utf-8")
    _, found, _ = check_report(path, 0.6)
    [f] = [f for f in found if f.id == "format.collapsed_row"]
    assert f.category == "format" and f.table == "t3"


@pytest.mark.parametrize("header", ["采购总金额(万元)", "采购总金额(单位:万元)", "采购总金额（单位：万元，保留4位小数）"])
def test_a_unit_written_in_the_header_of_a_money_column(tmp_path, header):
    rows = ["第二十条第(九)项 |", f"信息内容 | 采购项目数量 | {header} |", "政府集中采购 | 13 | 477.35 |"]
    text = "\n".join(["某街道2020年政府信息公开工作年度报告", "二、主动公开政府信息情况", *rows])
    cells = _import(tmp_path, text, partial=True).cells_json["cells"]
    assert cells["t2.procurement.projects"] == 13 and cells["t2.procurement.amount"] == "477.35万元"


def test_zeros_run_onto_their_label_are_cells_other_digits_are_not_guessed(tmp_path):
    text = ("2020年某某乡政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
            "信息内容 本年新制作数量 本年新公开数量 对外公开总数量\n规章000\n规范性文件120\n")
    cells = _import(tmp_path, text, partial=True).cells_json["cells"]
    assert [cells[f"t2.rules.{c}"] for c in ("made", "published", "total_published")] == [0, 0, 0]
    assert not any(k.startswith("t2.normative_docs") for k in cells)  # 120: 1,2,0 or 12,0 … never guessed


def test_a_filling_note_inside_a_row_label(tmp_path):
    text = ("2020年某某镇政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n本年新制作数量\n"
            "本年新公开数量\n对外公开总数量\n规章（按本级职权说明填写的注释文字）\n0\n0\n0\n规范性文件（另附的填写说明文字）\n3\n1\n5\n")
    cells = _import(tmp_path, text, partial=True).cells_json["cells"]
    assert cells["t2.rules.made"] == 0 and cells["t2.normative_docs.total_published"] == 5


def test_title_with_the_year_after_it_in_brackets(tmp_path):
    r = _import(tmp_path, "某区青松镇政府信息公开工作年度报告（2019年）\n一、总体情况\n本镇工作正常。", partial=True)
    assert r.cells_json["organ"] == "青松镇" and r.cells_json["year"] == 2019


def test_no_title_the_organ_to_contact_is_the_organ_unless_it_is_an_office(tmp_path):
    text = "本报告统计期限为2021年1月1日至2021年12月31日。如有疑问，请与某某县农业农村局联系。\n一、总体情况\n正文。"
    assert _import(tmp_path, text, partial=True).cells_json["organ"] == "某某县农业农村局"
    text = text.replace("某某县农业农村局", "某某县农业农村局办公室")
    assert _import(tmp_path, text, partial=True).cells_json["organ"] is None


def test_a_report_on_one_line_keeps_headings_that_only_a_space_separates(tmp_path):
    body = "本镇认真落实条例，主动公开各类信息。" * 40
    text = (f"一、总体情况 {body} 二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况 "
            f"四、政府信息公开行政复议、行政诉讼情况 五、存在的主要问题及改进情况 上年问题已整改。")
    lines = _import(tmp_path, text, partial=True).text.splitlines()
    assert lines[0] == "一、总体情况" and "二、主动公开政府信息情况" in lines and "三、收到和处理政府信息公开申请情况" in lines


def test_a_report_on_one_line_keeps_a_sentence_that_names_a_part_whole(tmp_path):
    # 截至2019年底，累计主动公开政府信息64627条: a clause that names 主动公开政府信息 is no heading to split off,
    # whatever number follows it
    body = "本镇认真落实条例，主动公开各类信息。" * 40
    text = f"一、总体情况 {body}截至2019年底，累计主动公开政府信息64627条。（二）依申请公开情况 全年未收到申请。"
    r = _import(tmp_path, text, partial=True)
    assert "截至2019年底，累计主动公开政府信息64627条。" in r.text.splitlines()


def test_a_county_of_one_character_comes_off_the_organ(tmp_path):
    r = _import(tmp_path, "某县青松镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n正文。", partial=True)
    assert r.cells_json["organ"] == "青松镇人民政府"
