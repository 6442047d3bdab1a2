"""Rendering a dataset to HTML: titles, section order, merged cells of the official tables, values, escaping."""

from __future__ import annotations

import copy
import re
from collections import Counter

import pytest
from bs4 import BeautifulSoup, Tag
from conftest import soup

from nianbao import formats as F
from nianbao.checks import Finding
from nianbao.dataset import dataset_model
from nianbao.render import (
    findings_panel_html,
    preamble_html,
    report_html,
    report_title,
    section_html,
    signature_html,
    title_html,
)
from nianbao.render.layout import column_headers, row_headers, spans, table_layout

SECTION_TITLES = [
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
]
CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
SCRIPT = "<script>alert(1)</script>"


# ---------------------------------------------------------------- fixtures


def make_raw(code: str, year: int, **overrides) -> dict:
    """A small valid raw dataset of format ``code``; ``overrides`` replace top-level keys."""
    raw = {
        "id": "150724-001",
        "organ": "示例镇人民政府",
        "county": "示例县",
        "year": year,
        "format": code,
        "signed": "2021-01-20",
        "contact": {
            "office": "示例镇人民政府党政综合办公室",
            "address": "示例县示例镇人民路1号",
            "phone": "0470-0000000",
            "email": "shili@example.cn",
            "download": "示例县人民政府门户网站",
        },
        "narrative": {
            "overview": {
                "intro": "本年度工作平稳推进。",
                "parts": [
                    {"title": "主动公开", "text": "主动公开文字。"},
                    {"title": "依申请公开", "text": "依申请公开文字。"},
                ],
            },
            "problems": "问题与改进文字。",
            "other": "无其他需要报告的事项。",
        },
        "tables": {"t3": {"new": {"natural": 2, "total": 2}}},
    }
    raw.update(copy.deepcopy(overrides))
    return raw


def make_ds(code: str = "2019", year: int | None = None, **overrides):
    year = year or (2020 if code == "2019" else 2021)
    return dataset_model(code).model_validate(make_raw(code, year, **overrides))


# ---------------------------------------------------------------- parsing


def parse(html: str) -> BeautifulSoup:
    """The fragment's tree. html.parser closes unclosed tags and drops stray end tags silently,
    so the end tags of the markup are counted against the elements it opened."""
    doc = soup(html)
    opened = Counter(t.name for t in doc.find_all(True) if not t.is_empty_element)
    closed = Counter(name.lower() for name in re.findall(r"</([A-Za-z][\w-]*)\s*>", html))
    assert opened == closed, f"unclosed: {opened - closed}, stray: {closed - opened}"
    return doc


def classes(tag: Tag) -> list[str]:
    return tag.get("class", [])


def span(tag: Tag, name: str) -> int:
    return int(tag.get(name, 1))


def table(doc: Tag, key: str) -> Tag:
    return doc.find("table", attrs={"data-table": key})


def th(tbl: Tag, label: str) -> Tag:
    hits = [n for n in tbl.find_all("th") if n.get_text() == label]
    assert hits, f"no header {label!r}"
    return hits[0]


def data_cells(tbl: Tag) -> dict[str, Tag]:
    return {n["data-cell"]: n for n in tbl.find_all("td", attrs={"data-cell": True})}


def grid_widths(tbl: Tag) -> list[int]:
    """Width of every <tr> once rowspans from the rows above are counted (HTML table model)."""
    carry: dict[int, int] = {}  # grid column → rows still covered from above
    widths = []
    for tr in tbl.find_all("tr"):
        col, taken = 0, dict(carry)
        for cell in tr.find_all(["th", "td"], recursive=False):
            while taken.get(col, 0) > 0:
                col += 1
            for k in range(span(cell, "colspan")):
                if span(cell, "rowspan") > 1:
                    carry[col + k] = span(cell, "rowspan")
            col += span(cell, "colspan")
        while taken.get(col, 0) > 0:
            col += 1
        widths.append(max([col] + [c + 1 for c, n in taken.items() if n > 0]))
        carry = {c: n - 1 for c, n in carry.items() if n - 1 > 0}
    return widths


@pytest.fixture(params=["2019", "2021"])
def code(request):
    return request.param


@pytest.fixture
def doc(code):
    return parse(report_html(make_ds(code)))


# ---------------------------------------------------------------- structure


def test_title_is_exact():
    ds = make_ds("2019")
    doc = parse(report_html(ds))
    assert report_title(ds) == "示例镇人民政府2020年政府信息公开工作年度报告"
    assert [h.get_text() for h in doc.find_all("h1")] == [report_title(ds)]


def test_fragment_root_and_inline_style(doc):
    roots = doc.find_all(True, recursive=False)
    assert len(roots) == 1
    root = roots[0]
    assert root.name == "div" and "nianbao-report" in classes(root) and root["lang"] == "zh"
    style = root.find("style").get_text()
    assert "Noto Serif CJK SC" in style and "FangSong" in style and "KaiTi" in style and "SimHei" in style
    assert "overflow-x" in style
    # self-contained: nothing is fetched
    assert not doc.find_all(["link", "script", "img", "iframe"])
    assert "url(" not in style and "@import" not in style


def test_section_titles_and_order(doc, code):
    sections = doc.select('section[class="part"]')
    assert [s.find("h2").get_text() for s in sections] == SECTION_TITLES
    assert [s["data-section"] for s in sections] == [s.key for s in F.get(code).sections]
    assert [s["data-section"] for s in sections] == [
        "overview", "proactive", "applications", "reviews", "problems", "other"
    ]


def test_tables_sit_in_their_sections(doc):
    where = {s["data-section"]: [t["data-table"] for t in s.find_all("table")]
             for s in doc.select('section[class="part"]')}
    assert where == {"overview": [], "proactive": ["t2"], "applications": ["t3"], "reviews": ["t4"],
                     "problems": [], "other": []}


@pytest.mark.parametrize("code,cells,rows", [("2019", 161, 23), ("2021", 175, 25)])
def test_t3_cells_and_corner(code, cells, rows):
    doc = parse(report_html(make_ds(code)))
    t3 = table(doc, "t3")
    keys = list(data_cells(t3))
    assert len(keys) == cells
    assert len(t3.find("tbody").find_all("tr")) == rows
    expected = [f"t3.{r.key}.{c.key}" for r in F.get(code).tables["t3"].rows for c in r.columns]
    assert keys == expected
    corner = t3.select_one('th[class="corner"]')
    assert corner.get_text() == CORNER
    assert (span(corner, "rowspan"), span(corner, "colspan")) == (3, 3)


@pytest.mark.parametrize("code,results", [("2019", 20), ("2021", 22)])
def test_t3_row_header_spans(code, results):
    t3 = table(parse(report_html(make_ds(code))), "t3")
    assert span(th(t3, "三、本年度办理结果"), "rowspan") == results
    assert span(th(t3, "（三）不予公开"), "rowspan") == 8
    assert span(th(t3, "（四）无法提供"), "rowspan") == 3
    assert span(th(t3, "（五）不予处理"), "rowspan") == 5
    assert span(th(t3, "一、本年新收政府信息公开申请数量"), "colspan") == 3
    assert span(th(t3, "四、结转下年度继续办理"), "colspan") == 3
    assert span(th(t3, "（一）予以公开"), "colspan") == 2
    assert span(th(t3, "1.属于国家秘密"), "colspan") == 1
    other = th(t3, "（六）其他处理")
    if code == "2019":
        assert (span(other, "colspan"), span(other, "rowspan")) == (2, 1)
    else:
        assert (span(other, "colspan"), span(other, "rowspan")) == (1, 3)
        assert span(th(t3, "3.其他"), "colspan") == 1


def test_t3_column_header_spans(doc):
    t3 = table(doc, "t3")
    head = t3.find("thead")
    assert span(th(head, "申请人情况"), "colspan") == 7
    assert span(th(head, "自然人"), "rowspan") == 2
    assert span(th(head, "法人或其他组织"), "colspan") == 5
    assert span(th(head, "总计"), "rowspan") == 2
    assert [n.get_text() for n in head.find_all("tr")[2].find_all("th")] == [
        "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"
    ]


def test_t4_headers_and_one_data_row(doc):
    t4 = table(doc, "t4")
    assert span(th(t4, "行政复议"), "colspan") == 5
    assert span(th(t4, "行政诉讼"), "colspan") == 10
    assert span(th(t4, "未经复议直接起诉"), "colspan") == 5
    assert span(th(t4, "复议后起诉"), "colspan") == 5
    rows = t4.find("thead").find_all("tr")
    assert len(rows) == 3
    review_labels = [n for n in rows[1].find_all("th") if span(n, "rowspan") == 2]
    assert [n.get_text() for n in review_labels] == ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    assert len(rows[2].find_all("th")) == 10
    body_rows = t4.find("tbody").find_all("tr")
    assert len(body_rows) == 1 and len(body_rows[0].find_all("td")) == 15
    assert list(data_cells(t4))[:2] == ["t4.review.upheld", "t4.review.corrected"]
    assert list(data_cells(t4))[-1] == "t4.litigation_after_review.total"


def test_every_table_is_rectangular(doc):
    for key, width in (("t2", 4), ("t3", 10), ("t4", 15)):
        assert set(grid_widths(table(doc, key))) == {width}, key


def test_t2_labels_2019():
    t2 = table(parse(report_html(make_ds("2019"))), "t2")
    titles = [n.get_text() for n in t2.select('th[class="block"]')]
    assert titles == [f"第二十条第（{n}）项" for n in ("一", "五", "六", "八", "九")]
    assert all(span(n, "colspan") == 4 for n in t2.select('th[class="block"]'))
    labels = {n.get_text() for n in t2.find_all("th")}
    for label in ("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量",
                  "本年增/减", "处理决定数量", "其他对外管理服务事项", "采购项目数量", "采购总金额",
                  "政府集中采购", "规范性文件"):
        assert label in labels
    assert span(th(t2, "采购总金额"), "colspan") == 2
    assert span(data_cells(t2)["t2.procurement.amount"], "colspan") == 2
    assert len(data_cells(t2)) == 6 + 6 + 6 + 2 + 2


def test_t2_labels_2021():
    t2 = table(parse(report_html(make_ds("2021"))), "t2")
    titles = [n.get_text() for n in t2.select('th[class="block"]')]
    assert titles == [f"第二十条第（{n}）项" for n in ("一", "五", "六", "八")]
    labels = {n.get_text() for n in t2.find_all("th")}
    for label in ("本年制发件数", "本年废止件数", "现行有效件数", "行政规范性文件", "本年处理决定数量",
                  "本年收费金额（单位：万元）"):
        assert label in labels
    assert not any("（九）" in x or "采购" in x for x in labels)
    assert span(th(t2, "本年收费金额（单位：万元）"), "colspan") == 3
    assert span(th(t2, "本年处理决定数量"), "colspan") == 3
    assert len(data_cells(t2)) == 6 + 1 + 2 + 1


# ---------------------------------------------------------------- values


def test_cell_values_2019():
    ds = make_ds("2019", tables={
        "t2": {"licensing": {"change": 13}, "punishment": {"change": "减2"},
               "procurement": {"amount": "981.93万元", "projects": 0}},
        "t3": {"new": {"natural": 3, "commercial": None, "research": "/"}},
        "t4": {"review": {"upheld": 0}},
    })
    cells = data_cells(parse(report_html(ds)))
    assert cells["t2.licensing.change"].get_text() == "增13"
    assert cells["t2.punishment.change"].get_text() == "减2"
    assert cells["t2.procurement.amount"].get_text() == "981.93万元"
    assert cells["t2.procurement.projects"].get_text() == "0"
    assert cells["t3.new.natural"].get_text() == "3"
    assert "num" in classes(cells["t3.new.natural"]) and "blank" not in classes(cells["t3.new.natural"])
    na = cells["t3.new.research"]
    assert na.get_text() == "/" and "na" in classes(na)
    blank = cells["t3.new.commercial"]
    assert blank.get_text() == "" and "blank" in classes(blank) and "missing" not in classes(blank)
    missing = cells["t3.new.social"]
    assert missing.get_text() == "" and "missing" in classes(missing) and "blank" not in classes(missing)
    assert cells["t4.review.upheld"].get_text() == "0"


def test_cell_values_2021_money_in_wan():
    ds = make_ds("2021", tables={"t2": {"fees": {"amount_wan": "1.5"}}})
    assert data_cells(parse(report_html(ds)))["t2.fees.amount_wan"].get_text() == "1.5"  # the header says 单位：万元


# ---------------------------------------------------------------- text


def test_narrative_is_escaped_everywhere():
    narrative = {
        "preamble": f"前言{SCRIPT}",
        "overview": {"intro": f"开头{SCRIPT}", "parts": [{"title": f"标题{SCRIPT}", "text": f"正文{SCRIPT}"}]},
        "proactive": f"说明{SCRIPT}",
        "problems": f"问题{SCRIPT}",
        "other": f"其他{SCRIPT}",
    }
    html = report_html(make_ds("2019", narrative=narrative, organ=f"示例镇{SCRIPT}"))
    doc = parse(html)
    assert not doc.find_all("script")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    texts = [p.get_text() for p in doc.find_all("p")]
    for expected in ("前言", "开头", "正文", "说明", "问题", "其他"):
        assert expected + SCRIPT in texts


def test_paragraphs_split_on_newlines():
    narrative = {"overview": {"intro": "第一段。\n\n第二段。\n第三段。\n  \n"}, "problems": "问题。", "other": "无。"}
    section = parse(section_html(make_ds("2019", narrative=narrative), "overview"))
    assert [p.get_text() for p in section.find_all("p")] == ["第一段。", "第二段。", "第三段。"]


def test_overview_parts_numbered():
    narrative = {
        "overview": {"parts": [{"title": t, "text": "文字。"} for t in ("主动公开", "依申请公开", "（三）政府信息管理")]},
        "problems": "问题。",
        "other": "无。",
    }
    section = parse(section_html(make_ds("2019", narrative=narrative), "overview"))
    assert [h.get_text() for h in section.find_all("h3")] == ["（一）主动公开", "（二）依申请公开", "（三）政府信息管理"]


def test_optional_table_text_comes_before_the_table():
    narrative = {"overview": {}, "applications": "本年度共收到申请2件。", "problems": "问题。", "other": "无。"}
    section = parse(section_html(make_ds("2019", narrative=narrative), "applications"))
    kids = [n.name for n in section.find("section").find_all(True, recursive=False)]
    assert kids == ["h2", "p", "div"]
    assert section.find("p").get_text() == "本年度共收到申请2件。"


def test_generated_preamble():
    ds = make_ds("2021", period={"start": "2021-01-01", "end": "2021-12-31"})
    text = parse(preamble_html(ds)).get_text()
    assert "《中华人民共和国政府信息公开条例》" in text
    assert "2021年1月1日至2021年12月31日" in text
    assert "；".join(SECTION_TITLES) in text
    for fact in ("示例县人民政府门户网站", "示例镇人民政府党政综合办公室", "示例县示例镇人民路1号",
                 "0470-0000000", "shili@example.cn"):
        assert fact in text


def test_generated_preamble_default_period_and_missing_contact():
    ds = make_ds("2019", contact={"office": "示例镇人民政府办公室"})
    text = parse(preamble_html(ds)).get_text()
    assert "2020年1月1日至2020年12月31日" in text
    assert "示例镇人民政府办公室" in text
    assert "电话" not in text and "电子邮箱" not in text and "电子版" not in text


def test_given_preamble_replaces_generated():
    narrative = {"preamble": "自拟前言。", "overview": {}, "problems": "问题。", "other": "无。"}
    doc = parse(preamble_html(make_ds("2019", narrative=narrative)))
    assert [p.get_text() for p in doc.find_all("p")] == ["自拟前言。"]


def test_signature():
    doc = parse(signature_html(make_ds("2019")))
    assert [p.get_text() for p in doc.find_all("p")] == ["示例镇人民政府", "2021年1月20日"]
    doc = parse(signature_html(make_ds("2019", signed=None)))
    assert [p.get_text() for p in doc.find_all("p")] == ["示例镇人民政府"]


def test_report_is_built_from_its_pieces():
    ds = make_ds("2021")
    html = report_html(ds)
    pieces = [title_html(ds), preamble_html(ds), *(section_html(ds, s.key) for s in ds.fmt.sections),
              signature_html(ds)]
    positions = [html.index(p) for p in pieces]
    assert positions == sorted(positions)


def test_unknown_section_key():
    with pytest.raises(KeyError):
        section_html(make_ds("2019"), "nope")


# ---------------------------------------------------------------- review block

FINDINGS = [
    Finding(id="blank.t3", severity="warning", category="blank", message="表三有空白单元格",
            location="表三 · 一、本年新收政府信息公开申请数量 · 商业企业"),
    Finding(id="arith.t3.balance", severity="error", category="arithmetic",
            message=f"勾稽关系不成立{SCRIPT}", location="表三 自然人",
            cells=["t3.new.natural", "t3.total.natural"]),
]


def test_findings_panel_only_with_findings():
    ds = make_ds("2019")
    assert not parse(report_html(ds)).select('section[class="review"]')
    assert "审核意见" not in report_html(ds)
    doc = parse(report_html(ds, findings=FINDINGS))
    (block,) = doc.select('section[class="review"]')
    assert block.find("h2").get_text() == "审核意见"
    assert not doc.find_all("script")


def test_review_block_lists_findings_with_counts():
    block = parse(findings_panel_html(FINDINGS))
    assert block.select_one('span[class="count-error"]').get_text() == "1"
    assert block.select_one('span[class="count-warning"]').get_text() == "1"
    rows = block.select('tr[class="finding sev-error"]') + block.select('tr[class="finding sev-warning"]')
    assert [r["data-finding"] for r in block.find_all("tr", attrs={"data-finding": True})] == [
        "arith.t3.balance", "blank.t3"]
    assert len(rows) == 2
    assert rows[0]["data-cells"] == "t3.new.natural t3.total.natural"
    assert not rows[1].has_attr("data-cells")
    # grouped by category in the catalog's order, each finding linking to its cells' anchors
    groups = block.select('section[class="review-group"]')
    assert [g["data-category"] for g in groups] == ["arithmetic", "blank"]
    assert [g.find("h3").get_text() for g in groups] == ["勾稽关系：错误1条，警告0条", "空白单元格：错误0条，警告1条"]
    assert [a["href"] for a in rows[0].find_all("a")] == ["#c-t3.new.natural", "#c-t3.total.natural"]
    assert r"#c-t3\.new\.natural,#c-t3\.total\.natural{background" in block.find("style").get_text()
    text = block.get_text()
    assert "勾稽关系不成立" + SCRIPT in text
    assert "表三 · 一、本年新收政府信息公开申请数量 · 商业企业" in text
    assert "空白单元格" in text and "错误" in text and "警告" in text


def test_review_block_without_findings():
    block = parse(findings_panel_html([]))
    assert "未发现问题" in block.get_text()


# ---------------------------------------------------------------- the span algorithm


def test_spans_are_one_merge_seen_on_two_axes():
    paths = [("A",), ("B", "x"), ("B", "y", "1"), ("B", "y", "2")]
    s = {(x.label, x.level): (x.start, x.length, x.depth) for x in spans(paths)}
    assert s == {("A", 0): (0, 1, 3), ("B", 0): (1, 3, 1), ("x", 1): (1, 1, 2), ("y", 1): (2, 2, 1),
                 ("1", 2): (2, 1, 1), ("2", 2): (3, 1, 1)}
    cols = [(h.label, h.rowspan, h.colspan) for row in column_headers(paths) for h in row]
    rows = [(h.label, h.colspan, h.rowspan) for row in row_headers(paths) for h in row]
    assert sorted(cols) == sorted(rows)


def test_spans_reject_ambiguous_paths():
    with pytest.raises(ValueError):
        spans([("A",), ("A", "x")])


def test_layout_reads_the_format_only(code):
    fmt = F.get(code)
    for t in fmt.tables.values():
        layout = table_layout(t)
        expected = {f"{t.key}.{r.key}.{c.key}" for r in t.rows for c in r.columns}
        assert {d.key for d in layout.data_cells()} == expected


def test_acknowledged_findings_shown_but_not_counted():
    from nianbao.render import findings_panel_html

    F = Finding
    found = [F(id="arith.t3.balance", severity="error", category="arithmetic", message="勾稽关系不成立",
               location="表三 · 自然人", cells=["t3.new.natural"], acknowledged="乡镇合并，上年结转数据来自原两乡"),
             F(id="cell.blank", severity="warning", category="blank", message="空白", location="表三",
               cells=["t3.new.legal"], acknowledged=None)]
    html = findings_panel_html(found)
    assert '错误<span class="count-error">0</span>条' in html and '警告<span class="count-warning">1</span>条' in html
    assert "已确认<span class=\"count-acknowledged\">1</span>条" in html and "乡镇合并，上年结转数据来自原两乡" in html
    assert "#c-t3\\.new\\.natural" not in html  # an acknowledged cell is not highlighted
    assert "#c-t3\\.new\\.legal" in html
