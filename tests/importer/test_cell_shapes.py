"""Shapes of real published pages found on a third held-out set (benchmarks/heldout3_labels.yaml), each
rebuilt here with our own wording: a page cut just after a table, an organ named only through its office or
by its bare township name, numbers with thousands separators, page numbers inside a table, a row label
wrapped over two lines."""

from __future__ import annotations

import pytest
from conftest import ROOT
from pydantic_core import PydanticCustomError
from test_import import scraped_text

from nianbao.cells import parse_count, plain
from nianbao.importer import import_report
from nianbao.load import load_dataset
from nianbao.render import report_html

DATASET = ROOT / "data" / "2021" / "demo-001.yaml"


def _import(tmp_path, text: str, partial: bool = True):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return import_report(path, partial=partial)


_T2_2019 = ["二、主动公开政府信息情况", "第二十条第(一)项", "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量",
            "规章", "0", "0", "0", "规范性文件", "1", "1", "1",
            "第二十条第(五)项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量", "行政许可", "0", "0", "0",
            "其他对外管理服务事项", "0", "0", "0",
            "第二十条第(六)项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量", "行政处罚", "0", "0", "0",
            "行政强制", "0", "0", "0",
            "第二十条第(八)项", "信息内容", "上一年项目数量", "本年增/减", "行政事业性收费", "0", "0",
            "第二十条第(九)项", "信息内容", "采购项目数量", "采购总金额", "政府集中采购", "3", "4"]


def test_a_page_cut_just_after_a_table_leaves_its_last_row_whole(tmp_path):
    # The page stops on "20" of the sentence after the table (2020年…): it is not a third cell.
    text = "\n\n".join(["青松乡2020年政府信息公开工作年度报告", *_T2_2019, "20"])
    r = _import(tmp_path, text)
    cells = r.cells_json["cells"]
    assert cells["t2.procurement.projects"] == 3 and cells["t2.procurement.amount"] == "4"
    # The same three numbers in one printed row are three cells for two columns: not read, reported.
    row = "\n".join(["青松乡2020年政府信息公开工作年度报告", *_T2_2019[:-3], "政府集中采购 | 3 | 4 | 20"])
    r = _import(tmp_path, row)
    assert "t2.procurement.projects" not in r.cells_json["cells"]
    assert any("多于 2 列" in e.message for e in r.entries("problem"))


def test_the_organ_whose_office_is_the_contact_when_the_text_speaks_of_it(tmp_path):
    text = ("一、总体情况\n2020年，县林业局认真落实条例，主动公开信息30条。\n"
            "如对本报告有疑问，请联系某某县林业局办公室。\n二、主动公开政府信息情况\n")
    assert _import(tmp_path, text).cells_json["organ"] == "某某县林业局"
    # Only the office, and the text never speaks of the bureau: not the organ.
    alone = "一、总体情况\n本单位认真落实条例。\n如对本报告有疑问，请联系某某县林业局办公室。\n二、主动公开政府信息情况\n"
    assert _import(tmp_path, alone).cells_json["organ"] is None


def test_the_organ_the_opening_says_compiled_the_report(tmp_path):
    text = ("本报告由某某市林业局依据《中华人民共和国政府信息公开条例》编制。统计期限为2022年1月1日至12月31日。\n"
            "一、总体情况\n全年主动公开信息30条。\n二、主动公开政府信息情况\n")
    assert _import(tmp_path, text).cells_json["organ"] == "某某市林业局"
    said = text.replace("本报告由某某市林业局依据", "本年报依据").replace("编制。", "，根据2022年某某市林业局信息公开工作实际编制。")
    assert _import(tmp_path, said).cells_json["organ"] == "某某市林业局"
    assert _import(tmp_path, text.replace("由某某市林业局", "")).cells_json["organ"] is None


def test_the_organ_whose_office_is_the_contact_when_the_report_speaks_as_it(tmp_path):
    text = ("一、总体情况\n2020年，我局认真落实条例，主动公开信息30条。\n"
            "如对本报告有疑问，请联系某某市某某区林业局办公室。\n二、主动公开政府信息情况\n")
    assert _import(tmp_path, text).cells_json["organ"] == "某某市某某区林业局"
    assert _import(tmp_path, text.replace("我局", "我们")).cells_json["organ"] is None


def test_a_township_that_names_itself_without_its_government(tmp_path):
    text = ("一、总体情况\n2022年，青松乡政务公开工作在县委领导下有序推进，我乡主动公开信息50条。\n"
            "全年在县政府网站青松乡专栏发布信息，我乡未收到依申请公开。\n二、主动公开政府信息情况\n")
    assert _import(tmp_path, text).cells_json["organ"] == "青松乡"
    # A bureau's report that names a township it works with is not that township's report.
    bureau = text.replace("我乡主动公开", "我局主动公开").replace("我乡未收到", "青松乡未收到")
    assert _import(tmp_path, bureau).cells_json["organ"] is None
    county = text.replace("我乡主动公开", "我县主动公开").replace("我乡未收到", "青松乡未收到")
    assert _import(tmp_path, county).cells_json["organ"] is None
    # Named once only: not enough to call it the organ.
    once = "一、总体情况\n2022年，青松乡政务公开工作有序推进，我乡主动公开信息50条。\n二、主动公开政府信息情况\n"
    assert _import(tmp_path, once).cells_json["organ"] is None


@pytest.fixture(scope="module")
def page() -> str:
    return scraped_text(report_html(load_dataset(DATASET)))


def _cells_of(r) -> dict:
    want = {k: plain(v) for k, v in load_dataset(DATASET).cells.items()}
    got = r.cells_json["cells"]
    return {k: got.get(k, "未读") for k in want if got.get(k, "未读") != want[k]}


def test_counts_with_thousands_separators():
    assert parse_count("1,213") == 1213 and parse_count("１，２１３") == 1213 and parse_count("12,345,678") == 12345678
    with pytest.raises(PydanticCustomError):
        parse_count("12,13")  # not thousands: two numbers run together, never guessed


def test_a_count_with_thousands_separators_in_a_table(page, tmp_path):
    row = next(x for x in page.splitlines() if x.startswith("行政许可 |"))
    r = _import(tmp_path, page.replace(row, "行政许可 | 2,045"), partial=False)
    assert r.cells_json["cells"]["t2.licensing.decisions"] == 2045


def test_page_numbers_between_the_rows_of_a_table(page, tmp_path):
    lines = page.splitlines()
    k = next(i for i, x in enumerate(lines) if x.startswith("4.保护第三方"))
    for number in ("- 3 -", "— 12 —", "第 3 页 共 5 页"):
        r = _import(tmp_path, "\n".join(lines[:k] + [number] + lines[k:]), partial=False)
        assert _cells_of(r) == {}, number


def test_a_row_label_wrapped_over_two_lines(page, tmp_path):
    lines = page.splitlines()
    for start in ("（二）部分公开", "5.要求行政机关确认"):
        w = next(i for i, x in enumerate(lines) if x.startswith(start))
        label = lines[w].split(" | ")[0]
        cut = len(label) * 2 // 3
        r = _import(tmp_path, "\n".join(lines[:w] + [lines[w][:cut], lines[w][cut:]] + lines[w + 1:]), partial=False)
        assert _cells_of(r) == {}, start


@pytest.mark.parametrize("title, organ", [
    ("关于青松镇2021年度政府信息公开工作的年度报告", "青松镇"),
    ("2021年度青松镇人民政府信息公开工作年度报告", "青松镇人民政府"),
    ("青松镇2021年度政府信息公开工作情况报告", "青松镇"),
])
def test_titles_in_other_words(title, organ, tmp_path):
    text = f"{title}\n一、总体情况\n本镇依法公开政府信息。\n二、主动公开政府信息情况\n"
    r = _import(tmp_path, text)
    assert (r.cells_json["organ"], r.cells_json["year"]) == (organ, 2021)


def test_the_year_from_the_signature_when_nothing_else_states_it(tmp_path):
    body = "一、总体情况\n本镇依法公开政府信息。\n二、主动公开政府信息情况\n六、其他需要报告的事项\n无。\n青松镇人民政府\n"
    assert _import(tmp_path, body + "2022年1月20日").cells_json["year"] == 2021
    # The text's own year still comes first.
    assert _import(tmp_path, "2020年，" + body + "2022年1月20日").cells_json["year"] == 2020


def test_a_period_copied_from_last_year_gives_way_to_the_title_in_the_text_and_the_texts_years(tmp_path):
    opening = ("根据《条例》要求，本局编制了2021年政府信息公开工作年度报告。本报告所列数据的统计期限自2020年1月1日起至"
               "2020年12月31日止。\n一、总体情况\n")
    assert _import(tmp_path, opening + "2021年，本局依法公开。2021年共公开信息10条。").cells_json["year"] == 2021
    # the text's years on the period's side: the period still decides (the opening names another year's report)
    assert _import(tmp_path, opening + "2020年，本局依法公开。2020年共公开信息10条。").cells_json["year"] == 2020


def test_a_row_printed_with_no_number_among_complete_rows_is_blank(tmp_path):
    # 行政许可 then at once the next row's label: its cells were printed empty, in a table whose other rows show all
    # their numbers
    cells = ["二、主动公开政府信息情况", "第二十条第（一）项", "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量",
             "规章", "0", "0", "0", "规范性文件", "4", "4", "130", "第二十条第（五）项", "信息内容", "上一年项目数量",
             "本年增/减", "处理决定数量", "行政许可", "其他对外管理服务事项", "第二十条第（六）项", "信息内容", "上一年项目数量",
             "本年增/减", "处理决定数量", "行政处罚", "行政强制", "第二十条第（八）项", "信息内容", "上一年项目数量", "本年增/减",
             "行政事业性收费", "第二十条第（九）项", "信息内容", "采购项目数量", "采购总金额", "政府集中采购", "2", "10"]
    text = "青松乡2020年政府信息公开工作年度报告\n" + "\n".join(cells) + "\n三、收到和处理政府信息公开申请情况\n"
    got = _import(tmp_path, text).cells_json["cells"]
    assert got["t2.normative_docs.total_published"] == 130 and got["t2.procurement.projects"] == 2
    assert [got[f"t2.licensing.{c}"] for c in ("prev_items", "change", "decisions")] == [None, None, None]
    assert got["t2.fees.change"] is None and got["t2.coercion.decisions"] is None


def test_a_row_printed_with_no_number_on_a_page_that_drops_empty_cells_is_blank_and_not_marked(tmp_path):
    # 规章 with one number of three (which column is not told: not read), 行政许可 followed at once by the next label:
    # the numbers after a label are its row's, so that row's cells were all printed empty. A page that drops its
    # empty cells shows an empty row that way: the cells are blank, and cell.blank does not mark them.
    from nianbao import checks

    cells = ["二、主动公开政府信息情况", "第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
             "规章", "0", "行政规范性文件", "第二十条第（五）项", "信息内容", "本年处理决定数量", "行政许可",
             "第二十条第（六）项", "信息内容", "本年处理决定数量", "行政处罚", "23", "行政强制",
             "第二十条第（八）项", "信息内容", "本年收费金额（单位：万元）", "行政事业性收费"]
    text = "青松乡2022年政府信息公开工作年度报告\n" + "\n".join(cells) + "\n三、收到和处理政府信息公开申请情况\n"
    r = _import(tmp_path, text)
    got = r.cells_json["cells"]
    assert got["t2.punishment.decisions"] == 23 and got["t2.licensing.decisions"] is None
    assert [got[f"t2.normative_docs.{c}"] for c in ("made", "repealed", "in_force")] == [None, None, None]
    assert not any(k.startswith("t2.rules.") for k in got)
    assert {"normative_docs", "licensing", "coercion"} <= set(r.bare_rows["t2"])
    ds, source = checks.from_import(r, str(tmp_path / "page.txt"))
    assert "cell.blank" not in {f.id for f in checks.run_checks(ds, source=source)}


def test_a_table_cut_after_its_second_row_with_no_number_under_its_header_is_blank(tmp_path):
    head = ["三、收到和处理政府信息公开申请情况", "申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构",
            "社会公益组织", "法律服务机构", "其他"]
    text = "青松乡2022年政府信息公开工作年度报告\n" + "\n".join(
        head + ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、"])
    got = _import(tmp_path, text).cells_json["cells"]
    assert [got[f"t3.new.{c}"] for c in ("natural", "total")] == [None, None]
    assert got["t3.carried_in.legal"] is None


def test_the_year_compared_with_is_not_the_year_of_the_text(tmp_path):
    # 2020 written more often than 2021, but each time as the year compared with (较2020年, 与2020年相比)
    body = ("一、总体情况\n2021年，我委依法公开。行政许可16项，较2020年减少1项；行政处罚30项，较2020年无增减；"
            "行政强制1项，较2020年无增减；收费1项，与2020年相比无变化。\n二、主动公开政府信息情况\n")
    assert _import(tmp_path, body).cells_json["year"] == 2021


def test_last_years_report_among_the_items_published_is_not_the_reports_title(tmp_path):
    # 2025 is written twice, and last year's report is one of the year's published items, named in a 、-list
    body = ("一、总体情况\n2025年，青松区住建局依法公开。公开信息16条，其中：2025年住房保障信息3条、"
            "青松区住建局2024年政府信息公开工作年度报告、2025年其他办理结果等。\n二、主动公开政府信息情况\n")
    assert _import(tmp_path, body).cells_json["year"] == 2025


def test_the_year_applications_are_carried_over_to_is_the_one_after_the_report(tmp_path):
    # The only year the page writes is the one the open applications were carried over to.
    body = ("一、总体情况\n全年受理申请86件，办理完成78件，余8件转2023年度办理。\n二、主动公开政府信息情况\n")
    assert _import(tmp_path, body).cells_json["year"] == 2022


def test_a_page_cut_inside_a_row_printed_one_cell_a_line_each_closed_by_a_bar(tmp_path):
    # 规范性文件 | / 0 | / 0 | and the page ends: the bars close each line, the two numbers are the first two cells.
    lines = ["青松乡2020年政府信息公开工作年度报告", "二、主动公开政府信息情况", "第二十条第(一)项 |", "信息内容 |",
             "本年新制作数量 |", "本年新公开数量 |", "对外公开总数量 |", "规章 |", "0 |", "0 |", "0 |", "规范性文件 |", "4 |", "2 |"]
    cells = _import(tmp_path, "\n      \n".join("       " + x + " " for x in lines) + "\n      ").cells_json["cells"]
    assert [cells.get(f"t2.normative_docs.{c}") for c in ("made", "published")] == [4, 2]
    assert "t2.normative_docs.total_published" not in cells


def test_a_row_of_zeros_run_together_is_a_zero_in_each_column(tmp_path):
    # 0000000 under table 3's seven columns: the separators lost; every cell 0, no other reading possible.
    head = ["青松乡2021年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况",
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "自然人", "法人或其他组织",
            "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    rows = ["一、本年新收政府信息公开申请数量", "0000000", "二、上年结转政府信息公开申请数量", "0000000"]
    cells = _import(tmp_path, "\n\n".join(head + rows + ["三、本年度办理结果"])).cells_json["cells"]
    assert [cells.get(f"t3.new.{c}") for c in ("natural", "commercial", "total")] == [0, 0, 0]
    # a run of another length, or other digits, is not split
    other = _import(tmp_path, "\n\n".join(head + ["一、本年新收政府信息公开申请数量", "1001002", "二、上年结转政府信息公开申请数量",
                                                    "000000", "三、本年度办理结果"])).cells_json["cells"]
    assert not any(k.startswith(("t3.new.", "t3.carried_in.")) for k in other)


def test_a_one_cell_row_printed_empty_in_a_one_cell_per_line_page(tmp_path):
    cells = ["二、主动公开政府信息情况", "第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
             "规章", "0", "0", "0", "行政规范性文件", "1", "0", "2", "第二十条第（五）项", "信息内容", "本年处理决定数量",
             "行政许可", "7", "第二十条第（六）项", "信息内容", "本年处理决定数量", "行政处罚", "0", "行政强制", "0",
             "第二十条第（八）项", "信息内容", "本年收费金额（单位：万元）", "行政事业性收费"]
    text = "青松乡2022年政府信息公开工作年度报告\n\n" + "\n\n".join(cells)
    # The fee's cell printed empty: more blank lines than between two cells, then the next section.
    r = _import(tmp_path, text + "\n\n\n \n\n三、收到和处理政府信息公开申请情况\n")
    assert r.cells_json["cells"]["t2.fees.amount_wan"] is None and r.cells_json["cells"]["t2.licensing.decisions"] == 7
    # The next section right after the label, as after any cell: nothing tells the cell was there.
    r = _import(tmp_path, text + "\n\n三、收到和处理政府信息公开申请情况\n")
    assert "t2.fees.amount_wan" not in r.cells_json["cells"]


def test_rows_with_their_group_labels_on_the_same_line_as_in_pdf_text(page, tmp_path):
    # Text copied from a PDF: a row's cells on one line after a space, the merged group cells' words
    # (三、本年度办理结果, （三）不予公开) printed before the first row of their group.
    out = []
    for line in page.splitlines():
        parts = [p.strip() for p in line.split("|")] if " | " in line else None
        if parts is None:
            out.append(line)
            continue
        words = [p for p in parts if p and not p[0].isdigit()]
        numbers = [p for p in parts if p and p[0].isdigit()]
        out.append(" ".join(words + numbers))
    assert any(x.startswith("三、本年度办理结果 （一）予以公开") for x in out)
    assert _cells_of(_import(tmp_path, "\n".join(out), partial=False)) == {}


@pytest.mark.parametrize("title, organ", [
    ("青松镇二〇二一年度政府信息公开工作年度报告", "青松镇"),
    ("二〇二一年青松镇政府信息公开工作年度报告", "青松镇"),
    ("青松街道办2021年政府信息公开工作年度报告", "青松街道办"),
    ("青松镇2021年度政务公开工作年度报告", "青松镇"),
])
def test_titles_with_the_year_in_chinese_numerals_or_short_names(title, organ, tmp_path):
    text = f"{title}\n一、总体情况\n本镇依法公开政府信息。\n二、主动公开政府信息情况\n"
    r = _import(tmp_path, text)
    assert (r.cells_json["organ"], r.cells_json["year"]) == (organ, 2021)


def test_a_department_named_by_its_level_alone_takes_the_place_the_text_names(tmp_path):
    text = ("一、总体情况\n2022年，区林业局认真落实条例，主动公开信息30条。\n本报告电子版可在某某市青山区政府网站下载。"
            "如对本报告有疑问，请联系区林业局办公室（地址：青山区行政中心三楼）。\n二、主动公开政府信息情况\n")
    assert _import(tmp_path, text).cells_json["organ"] == "青山区林业局"
    # Two districts named: which one is not known, the name stays as written.
    two = text.replace("地址：青山区", "地址：绿水区")
    assert _import(tmp_path, two).cells_json["organ"] == "区林业局"


def test_a_township_the_title_shortens_is_named_in_full_by_the_pages_fields(tmp_path):
    text = ("某某区青松街道2023年政府信息公开工作年度报告\n信息来源：某某区青松街道办事处\n"
            "一、总体情况\n2023年，街道认真落实条例，主动公开信息30条。\n二、主动公开政府信息情况\n")
    assert _import(tmp_path, text).cells_json["organ"] == "青松街道办事处"
    assert _import(tmp_path, text.replace("信息来源：某某区青松街道办事处\n", "")).cells_json["organ"] == "青松街道"


# ---------------------------------------------------------------- rules10b: a row label in the other format's words

def test_a_2021_table_row_printed_with_the_2019_label_is_read_under_its_2021_row(tmp_path):
    text = ("青松乡2022年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n"
            "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n规章 | 0 | 0 | 0\n规范性文件 | 2 | 1 | 5\n"
            "第二十条第（五）项\n信息内容 | 本年处理决定数量\n行政许可 | 3\n")
    r = _import(tmp_path, text)
    assert r.cells_json["format"]["t2"] == "2021"
    assert [r.cells_json["cells"][f"t2.normative_docs.{c}"] for c in ("made", "repealed", "in_force")] == [2, 1, 5]
    assert r.foreign_labels == {"t2": [("规范性文件", "行政规范性文件")]} and not r.extra_rows
    # The word alone in the text, no cells after it: not a row.
    plain_text = text.replace("规范性文件 | 2 | 1 | 5\n", "") + "本乡清理规范性文件\n规范性文件\n"
    assert _import(tmp_path, plain_text).foreign_labels == {}


def test_a_row_printed_short_among_complete_rows_is_reported_not_read(tmp_path):
    rows = ["规章", "0", "0", "0", "规范性文件", "1", "1", "1", "第二十条第(八)项", "信息内容", "上一年项目数量", "本年增/减",
            "行政事业性收费", "3", "第二十条第(九)项", "信息内容", "采购项目数量", "采购总金额", "政府集中采购", "2", "6",
            "三、收到和处理政府信息公开申请情况"]
    head = ["青松乡2020年政府信息公开工作年度报告", "二、主动公开政府信息情况", "第二十条第(一)项", "信息内容",
            "本年新制作数量", "本年新公开数量", "对外公开总数量"]
    r = _import(tmp_path, "\n\n".join(head + rows))
    assert r.short_rows == {"t2": [("fees", 1)]}
    assert not any(k.startswith("t2.fees.") for k in r.cells_json["cells"])
    # Where other rows lack numbers too, the page dropped its empty cells: nothing is said about one row.
    sparse = [x for x in rows if x not in ("1",)]
    assert _import(tmp_path, "\n\n".join(head + sparse)).short_rows == {}


def test_a_block_whose_own_header_names_fewer_columns_is_read_by_that_header(tmp_path):
    # A 2019 table whose (五)(六) blocks carry the 2021 header 本年处理决定数量 alone, empty cells kept as | |: each
    # number goes to the column its header names, not to the format's first column.
    text = ("青松乡2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项 | | |\n"
            "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量\n规章 | 0 | 0 | 0\n规范性文件 | 1 | 2 | 3\n"
            "第二十条第(五)项 | | |\n信息内容 | 本年处理决定数量 | |\n行政许可 | 117 | |\n"
            "第二十条第(六)项 | | |\n信息内容 | 处理决定数量 | |\n行政处罚 | 2 | |\n行政强制 | 0 | |\n"
            "第二十条第(八)项 | | |\n信息内容 | 本年度收费金额(单位:万元) | |\n行政事业性收费 | 6 | |\n")
    cells = _import(tmp_path, text).cells_json["cells"]
    assert [cells.get(f"t2.{r}.decisions") for r in ("licensing", "punishment", "coercion")] == [117, 2, 0]
    assert not any(f"t2.{r}.{c}" in cells for r in ("licensing", "punishment", "coercion") for c in ("prev_items", "change"))
    # The fee's header names a column the 2019 row does not have: the number is not put in 上一年项目数量.
    assert not any(k.startswith("t2.fees.") for k in cells)
    # A header cell no format names (本年新, cut short) tells nothing: the numbers go by the format's columns.
    cut = text.replace("本年新制作数量 | 本年新公开数量", "本年新 | 本年新")
    cut_cells = _import(tmp_path, cut).cells_json["cells"]
    assert [cut_cells[f"t2.normative_docs.{c}"] for c in ("made", "published", "total_published")] == [1, 2, 3]


def test_a_row_label_in_the_site_menu_is_not_a_table(tmp_path):
    # The site's menu lists 行政规范性文件 (a row label of the 2021 table 2) above a 2019 report with no table.
    menu = ["政策", "行政规范性文件", "其他文件", "政府信息公开年报"]
    body = ["青松局2019年政府信息公开工作年度报告", "本局依法推进政务公开。", "一、总体情况", "本局公开信息12条。"]
    r = _import(tmp_path, "\n\n".join(menu + body))
    assert r.cells_json["format"]["t2"] is None
    # The same label with its numbers after it is the row, whatever else is missing.
    r = _import(tmp_path, "\n\n".join(body + ["行政规范性文件", "1", "0", "3"]))
    assert r.cells_json["format"]["t2"] == "2021"


def test_a_sign_written_twice_keeps_its_cell_place_and_is_not_guessed(tmp_path):
    rows = list(_T2_2019)
    i = rows.index("行政处罚")
    rows[i + 1:i + 4] = ["253", "--253", "0"]
    r = _import(tmp_path, "\n\n".join(["青松乡2020年政府信息公开工作年度报告", *rows, "三、收到和处理政府信息公开申请情况"]))
    cells = r.cells_json["cells"]
    assert cells["t2.punishment.prev_items"] == 253 and cells["t2.punishment.decisions"] == 0
    assert "t2.punishment.change" not in cells  # not read as -253: the page's sign is wrong, the log says so
    assert not r.short_rows
    assert any("--253" in str(e) and "无法读取" in str(e) for e in r.log)


def test_a_row_printed_with_its_label_blank_is_read_by_the_formats_order(tmp_path):
    # heldout32d h11, rebuilt: one cell a line; the 规章 row's label cell printed blank between the header and
    # 行政规范性文件. Its numbers are the format's row before that one; with no header before them they are not.
    head = "二、主动公开政府信息情况\n\n第二十条第（一）项\n\n信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件数\n\n"
    rows = "  \n\n1\n\n0\n\n2\n\n行政规范性文件\n\n0\n\n0\n\n3\n\n第二十条第（五）项\n\n信息内容\n\n本年处理决定数量\n\n行政许可\n\n4\n"
    cells = _import(tmp_path, "青松镇2024年政府信息公开工作年度报告\n" + head + rows).cells_json["cells"]
    assert [cells.get(f"t2.rules.{c}") for c in ("made", "repealed", "in_force")] == [1, 0, 2]
    assert cells["t2.normative_docs.in_force"] == 3
    loose = "全年公开信息\n\n1\n\n0\n\n2\n\n行政规范性文件\n\n0\n\n0\n\n3\n"
    cells = _import(tmp_path, "青松镇2024年政府信息公开工作年度报告\n" + head.replace("现行有效件数\n\n", "现行有效件数\n\n说明\n\n")
                    + loose).cells_json["cells"]
    assert "t2.rules.made" not in cells


def test_last_years_report_counted_among_what_was_published_is_not_the_title(tmp_path):
    text = ("一、总体情况\n2022年，我局认真贯彻落实条例，以门户网站为公开渠道。\n（一）主动公开方面\n"
            "2022年我局主动公开政府信息154条，其中规划计划1条、工作动态152条、青松市建设局2021年度政府信息公开工作年度报告1条。\n")
    assert _import(tmp_path, text).cells_json["year"] == 2022


@pytest.mark.parametrize("decisions, projects, amount", [("5368（件）", "53", "211.5万"), ("5368", "53批次", "2601.953875万")])
def test_a_count_or_an_amount_with_its_measure_word_is_read_as_printed(decisions, projects, amount, tmp_path):
    # 5368（件）, 53批次: the measure word beside the count; 211.5万: 万 without 元. The number is the one printed.
    cells = ["二、主动公开政府信息情况", "第二十条第（五）项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量",
             "行政许可", "18", "-2", decisions, "其他对外管理服务事项", "21", "+1", "0", "第二十条第（九）项", "信息内容",
             "采购项目数量", "采购总金额", "政府集中采购", projects, amount]
    got = _import(tmp_path, "青松乡2020年政府信息公开工作年度报告\n" + " |\n".join(cells) + " |\n三、收到和处理政府信息公开申请情况\n")
    c = got.cells_json["cells"]
    assert (c["t2.licensing.prev_items"], c["t2.licensing.change"], c["t2.other_services.prev_items"]) == (18, -2, 21)
    assert (c["t2.licensing.decisions"], c["t2.procurement.projects"], c["t2.procurement.amount"]) == (5368, 53, amount)


@pytest.mark.parametrize("sep", [" |\n", " "])
def test_a_character_lost_to_the_encoding_before_a_cell_s_number_leaves_the_number(tmp_path, sep):
    # ? 0: the page's encoding lost a character in front of the 0 (a cell per line ending " |", or a row with spaces)
    rows = ["规章", "0", "? 0", "0", "规范性文件", "1", "? 0", "1"] if sep != " " else ["规章 0 ? 0 0", "规范性文件 1 ? 0 1"]
    head = ["青松乡2022年政府信息公开工作年度报告", "二、主动公开政府信息情况", "第二十条第（一）项",
            "信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
    text = sep.join(head + rows) if sep != " " else "\n".join(head + rows)
    cells = _import(tmp_path, text + "\n三、收到和处理政府信息公开申请情况\n").cells_json["cells"]
    assert [cells.get(f"t2.rules.{k}") for k in ("made", "repealed", "in_force")] == [0, 0, 0]
    assert [cells.get(f"t2.normative_docs.{k}") for k in ("made", "repealed", "in_force")] == [1, 0, 1]


def test_a_whole_table_printed_on_one_line_with_its_headers(tmp_path):
    # Every header, row label and number of table 2 on one line, spaces only between words; the spaces between
    # Chinese characters are dropped in normalising, so each row label runs on after the headers before it.
    line = ("二、主动公开政府信息情况 第二十条第(一)项 信息内容 本年制发件数 本年废止件数 现行有效件数 规 章 0 0 0 "
            "行政规范性文件 1 0 4 第二十条第(五)项 信息内容 本年处理决定数量 行政许可 37 "
            "第二十条第(六)项 信息内容 本年处理决定数量 行政处罚 9 行政强制 0 "
            "第二十条第(八)项 信息内容 本年收费金额(单位:万元) 行政事业性收费 0")
    cells = _import(tmp_path, "\n".join(["一、总体情况", "本局依法公开信息。", line])).cells_json["cells"]
    assert [cells.get(k) for k in ("t2.rules.made", "t2.rules.in_force", "t2.normative_docs.in_force",
                                   "t2.licensing.decisions", "t2.punishment.decisions")] == [0, 0, 4, 37, 9]


def test_a_cells_number_with_the_writers_note_in_brackets(tmp_path):
    # heldout144d h12, rebuilt: 行政许可 | 164 | -164(因机构改革，……(含……)划转……) | 42 | — the note, brackets and all, is no
    # part of the change's cell
    rows = "\n".join(["青松县公路局2019年政府信息公开工作年度报告", "第二十条第(五)项 |",
                      "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |",
                      "行政许可 | 164 | -164(因机构改革，自5月起将路政职能(含行政许可6大项)划转市交通运输局行使) | 42 |",
                      "其他对外管理服务事项 | 0 | 0 | 0 |"])
    cells = _import(tmp_path, rows).cells_json["cells"]
    assert (cells["t2.licensing.prev_items"], cells["t2.licensing.change"], cells["t2.licensing.decisions"]) == (164, -164, 42)
    # a short bracket after a number (16368（件）) is its measure word, read as before; a note of few words stays unread
    short = rows.replace("-164(因机构改革，自5月起将路政职能(含行政许可6大项)划转市交通运输局行使)", "-164(见说明)")
    assert "t2.licensing.change" not in _import(tmp_path, short).cells_json["cells"]


@pytest.mark.parametrize("written", ["未增未减", "0/0"])
def test_a_change_column_that_says_no_change_in_words_is_read_as_zero(tmp_path, written):
    # 本年增/减 printed 未增未减 (or 0/0, 增0/减0) on every row: each row read, the change 0, no row left out
    rows = list(_T2_2019)
    for label in ("行政许可", "其他对外管理服务事项", "行政处罚", "行政强制", "行政事业性收费"):
        i = rows.index(label)
        rows[i + 2] = written
    r = _import(tmp_path, "\n\n".join(["青松乡2020年政府信息公开工作年度报告", *rows, "三、收到和处理政府信息公开申请情况"]))
    cells = r.cells_json["cells"]
    assert all(cells[f"t2.{row}.change"] == 0 for row in ("licensing", "other_services", "punishment", "coercion", "fees"))
    assert cells["t2.licensing.decisions"] == 0 and cells["t2.fees.prev_items"] == 0


def test_a_table_that_prints_none_as_a_word_is_read_as_zero_and_a_cut_after_it_is_one_cut(tmp_path):
    # 无 in a cell of table 2 (a count and an amount): none, read as 0; table 3 cut after its first row, its
    # leftover marks (||, a lone bracket) no text of a later part: one cut, said once.
    t2 = ["二、主动公开政府信息情况", "第二十条第(一)项 |", "信息内容 |", "本年制发件数 |", "本年废止件数 |", "现行有效件数 |",
          "规章 |", "无 |", "无 |", "无 |", "行政规范性文件 |", "无 |", "1 |", "无 |",
          "第二十条第(五)项 |", "信息内容 |", "本年处理决定数量 |", "行政许可 |", "无 |",
          "第二十条第(六)项 |", "信息内容 |", "本年处理决定数量 |", "行政处罚 |", "2 |", "行政强制 |", "无 |",
          "第二十条第(八)项 |", "信息内容 |", "本年收费金额（单位：万元） |", "行政事业性收费 |", "无 |"]
    t3 = ["三、收到和处理政府信息公开申请情况", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |",
          "申请人情况 |", "自然人 |", "法人或其他组织 |", "总计 |", "商业企业 |", "科研机构 |", "社会公益组织 |", "法律服务机构 |",
          "其他 |", "一、本年新收政府信息公开申请数量 |", "|", "|", "|", "|", "|", "|", "无 |", "||", "("]
    r = _import(tmp_path, "\n".join(["青松区住建局", "2022年政府信息公开工作年度报告", "一、总体情况", "本局依法公开信息。",
                                     *t2, *t3]))
    cells = r.cells_json["cells"]
    assert (cells["t2.rules.made"], cells["t2.normative_docs.repealed"], cells["t2.punishment.decisions"]) == (0, 1, 2)
    assert cells["t2.fees.amount_wan"] == "0万元" and cells["t3.new.total"] == 0 and cells["t3.new.natural"] is None
    assert r.truncated


def test_a_row_that_says_in_words_the_body_has_no_such_power_is_not_applicable(tmp_path):
    # 规章 and 行政处罚 printed with a sentence in each cell (this office makes no rules / imposes no penalties):
    # "/" as the format writes it, every other row read as printed, nothing reported as unreadable.
    rows = list(_T2_2019)
    for label, words in (("规章", "本单位无制定规章职能"), ("行政处罚", "本机关没有行政处罚职能")):
        i = rows.index(label)
        rows[i + 1:i + 4] = [words] * 3
    r = _import(tmp_path, "\n\n".join(["青松乡2020年政府信息公开工作年度报告", *rows, "三、收到和处理政府信息公开申请情况"]))
    cells = r.cells_json["cells"]
    assert [cells[f"t2.rules.{c}"] for c in ("made", "published", "total_published")] == ["/"] * 3
    assert cells["t2.punishment.decisions"] == "/" and cells["t2.normative_docs.made"] == 1
    assert not [e for e in r.entries("problem") if "规章" in e.message or "行政处罚" in e.message]
    # Any other sentence in a cell is not a value: the row is not read.
    rows[rows.index("规章") + 1:rows.index("规章") + 4] = ["本单位正在制定规章"] * 3
    r = _import(tmp_path, "\n\n".join(["青松乡2020年政府信息公开工作年度报告", *rows, "三、收到和处理政府信息公开申请情况"]))
    assert "t2.rules.made" not in r.cells_json["cells"]
