"""The importer's parts: normalisation, tolerant labels, cell placement (dropped, split, blank), HTML tables."""

from __future__ import annotations

from pathlib import Path

from nianbao.importer import import_report
from nianbao.importer.html import Line, html_lines
from nianbao.importer.log import ImportLog
from nianbao.importer.normalise import normalise, normalise_text
from nianbao.importer.tables import read_tables
from nianbao.importer.tokens import tokenise


def _tables(text: str):
    return read_tables(tokenise(normalise([Line(t) for t in text.splitlines()], ImportLog())))


def test_pinyin_removed_but_real_brackets_kept():
    log = ImportLog()
    out = normalise_text("根據(jù)《條例》(以下簡稱)網站(https://www.gov.cn/)第(一)項 現（xiàn）", log)
    assert out == "根据《条例》（以下简称）网站(https://www.gov.cn/)第（一）项现"
    assert any("拼音" in e.message for e in log.entries) and any("繁体" in e.message for e in log.entries)


def test_untoned_pinyin_removed_only_where_a_page_has_several():
    out = normalise_text("國(guo)資(zi)委堅(jian)持以中(zhong)(zhong)國(guo)特色", ImportLog())
    assert out == "国资委坚持以中国特色"
    assert normalise_text("开通了阳光(ping)小程序", ImportLog()) == "开通了阳光(ping)小程序"


def test_widths_numbering_quotes():
    out = normalise_text('１２３件\n1、属于\n2．其他\n危及"三安全一稳定"', ImportLog())
    assert out.splitlines() == ["123件", "1.属于", "2.其他", "危及“三安全一稳定”"]


def test_site_chrome_stripped():
    lines = [Line("首页 > 政务公开 > 年报"), Line("字体：[大 中 小]"), Line("正文一段。"),
             Line("网站标识码：1234567890 蒙ICP备1号 公网安备 1号")]
    assert [x.text for x in normalise(lines, ImportLog())] == ["正文一段。"]
    # a line of page tools alone, each shown twice (heldout19d c09); a sentence that names them is text
    lines = [Line("打印 打印 纠错 纠错"), Line("【关闭】"), Line("本镇在公示栏张贴打印的公告。")]
    assert [x.text for x in normalise(lines, ImportLog())] == ["本镇在公示栏张贴打印的公告。"]
    # a breadcrumb written with slashes, ending on the page's 正文 (heldout182d h10): not the title's first words
    lines = [Line("首页/ 政府信息公开 / 政府信息公开年报 / 正文"), Line("青松市林业局2023年政府信息公开工作年度报告")]
    assert [x.text for x in normalise(lines, ImportLog())] == ["青松市林业局2023年政府信息公开工作年度报告"]


def test_tolerant_labels_split_headers_and_missing_item_numbers():
    text = "\n".join([
        "第二十条第", "信息内容", "本年新", "制作数量", "本年新", "公开数量", "对外公开", "总数量",
        "规章（制度）", "1", "2", "3",
        "规 范 性 文 件", "4", "5", "6",
        "第二十条第", "信息内容", "上一年项目数量", "本年增\\减", "处理决定数量",
        "行政许可", "7", "减2", "9",
    ])
    r = _tables(text)
    assert r.formats["t2"] == "2019"
    assert r.cells["t2.rules.total_published"] == 3
    assert r.cells["t2.normative_docs.made"] == 4
    assert r.cells["t2.licensing.change"] == -2


def test_split_number_and_dropped_cells_are_reported_not_guessed():
    text = "\n".join([
        "第二十条第（五）项 | 信息内容 | 本年处理决定数量",
        "行政许可 | 2 | 0",  # "20" split over two cells
        "第二十条第（一）项 | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数",
        "行政规范性文件",
        "3",  # two of three cells dropped
        "行政处罚 | 5",
    ])
    r = _tables(text)
    assert "t2.licensing.decisions" not in r.cells
    assert not any(k.startswith("t2.normative_docs.") for k in r.cells)
    assert r.cells["t2.punishment.decisions"] == 5
    messages = [m for kind, m, _ in r.entries if kind == "problem"]
    assert any("拆到两个单元格" in m for m in messages)
    assert any("空单元格被丢弃" in m for m in messages)


def test_empty_cells_kept_as_blank_lines_are_placed_and_flagged():
    header = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "自然人",
              "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    text = "\n\n".join(header) + "\n\n一、本年新收政府信息公开申请数量\n\n\n\n\n\n\n\n 4\n\n二、上年结转政府信息公开申请数量\n\n1\n\n0\n\n0\n\n0\n\n0\n\n0\n\n1"  # noqa: E501
    r = _tables(text)
    assert r.cells["t3.new.total"] == 4 and r.cells["t3.new.natural"] is None
    assert r.cells["t3.carried_in.natural"] == 1 and r.cells["t3.carried_in.total"] == 1
    assert any(kind == "ambiguous" and "空行" in m for kind, m, _ in r.entries)


def test_total_column_first_in_header():
    text = "\n".join([
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况",
        "总计 | 自然人 | 法人或其他组织", "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他",
        "一、本年新收政府信息公开申请数量 | 9 | 5 | 4 | 0 | 0 | 0 | 0",
    ])
    r = _tables(text)
    assert r.cells["t3.new.total"] == 9 and r.cells["t3.new.natural"] == 5 and r.cells["t3.new.commercial"] == 4


def test_html_rowspan_colspan_nbsp_br_p(tmp_path):
    html = """<div><h1>示例县某乡人民政府2021年政府信息公开工作年度报告</h1>
<table><tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发<br>件数</td><td><p>本年废止</p><p>件数</p></td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>&nbsp;</td><td>/</td></tr>
<tr><td>行政规范性<br/>文件</td><td><p>1</p></td><td>0</td><td>2</td></tr></table>
<table><tr><th rowspan="2">行政复议</th></tr></table></div>"""
    lines = html_lines(html)
    assert [x.exact for x in lines] == [False] + [True] * 5
    page = tmp_path / "p.html"
    page.write_text(html, encoding="utf-8")
    cells = import_report(page, partial=True).cells_json["cells"]
    assert cells["t2.rules.made"] == 0 and cells["t2.rules.repealed"] is None and cells["t2.rules.in_force"] == "/"
    assert cells["t2.normative_docs.made"] == 1 and cells["t2.normative_docs.in_force"] == 2


def test_html_data_row_spanned_unlike_its_header(tmp_path):
    # a CMS table (real HTML report, benchmarks/real_html_labels.yaml) whose data row merges other cells than its
    # header row: the row's cells are still its values in order; empty cells hold &nbsp; in a <p>
    html = """<p>某市人民政府办公厅2019年政府信息公开工作年度报告</p><table>
<tr><td colspan="5">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td colspan="2">本年增/减</td><td>处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="2"><p align="center">3</p></td><td>1</td><td>4</td></tr>
<tr><td>其他对外管理服务事项</td><td colspan="2"><p>&nbsp;</p></td><td><p>&nbsp;</p></td><td>2</td></tr></table>"""
    page = tmp_path / "p.html"
    page.write_text(html, encoding="utf-8")
    cells = import_report(page, partial=True).cells_json["cells"]
    assert [cells[f"t2.licensing.{c}"] for c in ("prev_items", "change", "decisions")] == [3, 1, 4]
    assert [cells[f"t2.other_services.{c}"] for c in ("prev_items", "change", "decisions")] == [None, None, 2]


def test_mixed_formats_are_reported(tmp_path):
    text = "\n".join([
        "某镇人民政府2021年政府信息公开工作年度报告",
        "第二十条第（五）项 | 信息内容 | 本年处理决定数量", "行政许可 | 3",
        "（六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0",
        "（七）总计 | 0 | 0 | 0 | 0 | 0 | 0 | 0",
        "五、存在的主要问题及改进情况", "问题。", "六、其他需要报告的事项", "无。",
    ])
    page = Path(tmp_path / "m.txt")
    page.write_text(text, encoding="utf-8")
    r = import_report(page)
    assert r.cells_json["format"]["t2"] == "2021" and r.cells_json["format"]["t3"] == "2019"
    assert any("混用" in e.message for e in r.entries("ambiguous"))
    assert "t3.other.total" in r.cells_json["cells"] and "other" not in r.raw["tables"].get("t3", {})


def test_a_taiwan_mode_converters_label_is_the_formats():
    # heldout24d h02: 規範性檔案 (檔案 for 文件) is the row 规范性文件 of the 2019 format
    text = "\n".join([
        "第二十条第（一）项 | 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量",
        "规章 | 0 | 0 | 0",
        "規範性檔案 | 2 | 2 | 19",
    ])
    r = _tables(text)
    assert [r.cells.get(f"t2.normative_docs.{c}") for c in ("made", "published", "total_published")] == [2, 2, 19]
