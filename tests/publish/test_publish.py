"""The published pages without a browser: determinism, size, self-containment, safe text, the
nbconvert template by hand, the index page with its charts and downloads."""

from __future__ import annotations

import filecmp
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import openpyxl
import pandas as pd
import pytest
from bs4 import BeautifulSoup, Comment
from conftest import PAYLOAD_ID, ROOT, make_project, payload_dataset, run_nianbao, soup

from nianbao import __version__
from nianbao.categories import CATEGORIES
from nianbao.errors import NianbaoError
from nianbao.paths import PUBLISHED, REVIEW
from nianbao.pipeline.batch import Outcome
from nianbao.pipeline.master import MasterState
from nianbao.publish import html as publish
from nianbao.publish import index
from nianbao.publish.figures import FIGURES

MAX_PAGE = 60 * 1024
BIN = Path(sys.executable).parent
# Attributes through which a page could fetch or navigate somewhere.
URL_ATTRS = ("src", "href", "srcset", "action", "formaction", "poster", "data", "background")


def outside_references(doc: BeautifulSoup) -> list[str]:
    """Every reference that is not an in-page anchor or a sibling file of the output folder."""
    bad = []
    for el in doc.find_all(True):
        if el.name in ("script", "link", "iframe", "object", "embed", "base"):
            bad.append(f"<{el.name}>")
        for attr in URL_ATTRS:
            value = el.get(attr)
            if value is None:
                continue
            if not re.fullmatch(r"#[\w.\-]+|((published|review)/)?[\w.\-]+\.(html|json|csv|xlsx|pdf)", value):
                bad.append(f"{el.name}[{attr}={value!r}]")
        if any(a.lower().startswith("on") for a in el.attrs):
            bad.append(f"{el.name} with an event handler")
    for style in doc.find_all("style"):
        css = style.get_text()
        if "@import" in css or re.search(r"url\((?!#)", css):
            bad.append("style fetching a URL")
    return bad


# ---------------------------------------------------------------- every page


def test_page_sizes(rendered):
    """A township page is at most 60 KB (nbconvert's lab page was ~305 KB)."""
    sizes = {f"{p.parents[1].name}/{p.name}": p.stat().st_size for p in rendered.pages()}
    review = {f"{p.parents[1].name}/{p.name}": p.stat().st_size for p in rendered.pages(REVIEW)}
    print("\npage sizes (bytes, publish / review):")
    for name in sorted(sizes):
        print(f"  {name:28} {sizes[name]:>7} / {review.get(name, '-'):>7}")
    print(f"  largest: {max(sizes.values())} / {max(review.values())}")
    assert len(sizes) == len(review) == len(list((ROOT / "data").glob("*/*.yaml"))) + 1
    assert max(sizes.values()) <= MAX_PAGE
    assert max(review.values()) <= MAX_PAGE


@pytest.mark.parametrize("mode", [PUBLISHED, REVIEW])
def test_pages_fetch_nothing(rendered, mode):
    for page in rendered.pages(mode) + rendered.indexes():
        doc = soup(page)
        assert outside_references(doc) == [], page.name
        if PAYLOAD_ID not in page.name:  # the payload page quotes a URL as text, on purpose
            assert not re.search(r"https?:|//[a-z]", page.read_text(encoding="utf-8").replace(
                "http://www.w3.org/", "")), page.name


def test_page_head_and_footer(rendered):
    page = rendered.page("2020/150724-bycg.html")
    html = page.read_text(encoding="utf-8")
    doc = soup(page)
    assert html.startswith("<!DOCTYPE html>") and doc.html["lang"] == "zh"
    assert doc.title.get_text() == "巴彦嵯岗苏木人民政府2020年政府信息公开工作年度报告"
    assert doc.find("meta", attrs={"name": "generator"})["content"] == f"nianbao {__version__}"
    # nothing of JupyterLab: no wrappers, prompts, code or its highlighting CSS
    assert "jp-" not in html and "highlight" not in html and "In&nbsp;[" not in html
    # A government site's page: neither the tool nor an internal path in sight; both in an HTML comment.
    footer = doc.find("footer", class_="colophon")
    assert "2020年12月31日" in footer.get_text()  # no signing date in the seed: the period's end, not today
    visible = page_text(page)
    assert "nianbao" not in visible and "data/" not in visible and ".yaml" not in visible
    [comment] = footer.find_all(string=lambda s: isinstance(s, Comment))
    assert f"nianbao {__version__}" in comment and "数据文件：data/2020/150724-bycg.yaml" in comment
    # The review page names both in plain sight, in its review block.
    provenance = soup(rendered.page("2020/150724-bycg.html", REVIEW)).find("p", class_="provenance").get_text()
    assert f"nianbao {__version__}" in provenance and "data/2020/150724-bycg.yaml" in provenance


def page_text(page: Path) -> str:
    """What a reader of a page sees: its text without style sheets, scripts or comments."""
    doc = soup(page)
    for hidden in doc.find_all(["style", "script", "title"]):
        hidden.decompose()
    return doc.get_text()


def test_generated_date_is_the_signing_date(rendered):
    footer = soup(rendered.page("2021/demo-001.html")).find("footer", class_="colophon")
    assert "data/2021/demo-001.yaml" in str(footer)
    assert "2022年1月" in footer.get_text() and "2021年12月31日" not in footer.get_text()


def test_publish_mode_has_no_review_panel(rendered):
    for page in rendered.pages():
        doc = soup(page)
        assert doc.find("section", class_="review") is None, page.name
        assert len(doc.find_all("h1")) == 1


def test_review_links_reach_highlighted_cells(rendered):
    doc = soup(rendered.page("2020/demo-007.html", REVIEW))
    panel = doc.find("section", class_="review")
    groups = panel.find_all("section", class_="review-group")
    order = list(CATEGORIES)
    assert [order.index(g["data-category"]) for g in groups] == sorted(order.index(g["data-category"]) for g in groups)
    [blank] = [g for g in groups if g["data-category"] == "blank"]
    rows = blank.find_all("tr", class_="finding")
    # t3 denied.8 (7 blank cells, one finding for the row) and t2 fees.change (one cell); every cell linked
    assert len(rows) == 2 and sorted(len(r["data-cells"].split()) for r in rows) == [1, 7]
    assert all(r["data-finding"] == "cell.blank" for r in rows)
    ids = {el["id"] for el in doc.find_all(id=True)}
    for row in rows:
        keys = row["data-cells"].split()
        links = [a["href"] for a in row.find("td", class_="cells").find_all("a")]
        assert links == [f"#c-{k}" for k in keys]
        for k in keys:
            assert f"c-{k}" in ids
            assert doc.find("td", id=f"c-{k}")["data-cell"] == k
    style = panel.find("style").get_text()
    assert r"#c-t3\.denied\.8\.natural" in style and r"#c-t2\.fees\.change" in style
    # the category index links to each group
    assert [a["href"] for a in panel.find("p", class_="toc").find_all("a")] == [f"#{g['id']}" for g in groups]


def test_report_html_is_the_same_in_both_modes(rendered):
    """The review panel only adds itself: the report (and the importer's view of it) is unchanged."""
    for name in ("2020/demo-007.html", "2021/demo-010.html"):
        pub = soup(rendered.page(name)).find("div", class_="nianbao-report")
        reports = soup(rendered.page(name, REVIEW)).find_all("div", class_="nianbao-report")
        assert str(reports[-1]) == str(pub)


# ---------------------------------------------------------------- determinism


def test_two_renders_are_byte_identical(rendered, tmp_path):
    """The same inputs, rendered again in another folder, give the same bytes (pages, index, downloads)."""
    keep = ["data/2020/150724-bycg.yaml", "data/2020/demo-007.yaml", "data/2021/demo-010.yaml"]
    root = make_project(tmp_path, {rel: rendered.datasets[rel] for rel in keep})
    assert run_nianbao(root, "params").returncode == 0
    r = run_nianbao(root, "batch", "--no-progress", "--jobs", "1")
    assert r.returncode == 0, r.stdout + r.stderr
    for rel in keep:  # (a review page depends on the year's other townships too: the copy-paste rule)
        year, key = Path(rel).parent.name, Path(rel).stem
        first = rendered.page(f"{year}/{key}.html")
        assert first.read_bytes() == (root / "output" / year / PUBLISHED / f"{key}.html").read_bytes(), rel
    # the index of the same outcomes, written twice, is the same too (charts, CSV and workbook included)
    summary = json.loads((rendered.output / "2021" / "summary.json").read_text())
    outcomes = [Outcome(**o) for o in summary["townships"]]
    for out in (tmp_path / "i1", tmp_path / "i2"):
        index.write_index(out, "2021", outcomes, MasterState(**summary["master"]))
    for name in ("index.html", "figures.csv", "figures.xlsx"):
        assert filecmp.cmp(tmp_path / "i1" / name, tmp_path / "i2" / name, shallow=False), name
        assert (tmp_path / "i1" / name).read_bytes() == (rendered.output / "2021" / name).read_bytes(), name


# ---------------------------------------------------------------- safe text


def test_script_payload_renders_as_text(rendered):
    page = rendered.page(f"2020/{PAYLOAD_ID}.html")
    doc = soup(page)
    assert doc.find_all(["script", "img", "iframe"]) == []
    assert not doc.find_all(href=re.compile("^javascript:", re.I))
    text = doc.get_text()
    for fragment in ("<script>window.__pwned = 'script'</script>", "<img src=x onerror=",
                     "<a href=\"javascript:window.__pwned = 'link'\">点此查看</a>", "<b>加粗</b>",
                     "javascript:window.__pwned = 'download'"):
        assert fragment in text, fragment
    assert doc.title.get_text() == "巴彦嵯岗苏木人民政府<script>window.__pwned = 'organ'</script>2020年政府信息公开工作年度报告"


# ---------------------------------------------------------------- the template by hand


def test_plain_nbconvert_with_our_template_gives_the_same_page(rendered, tmp_path):
    """The README's command: jupyter nbconvert --to html with the template folder and name."""
    notebook = rendered.output / "2020" / "150724-bycg.ipynb"
    r = subprocess.run([str(BIN / "jupyter"), "nbconvert", "--to", "html",
                        f"--TemplateExporter.extra_template_basedirs={publish.TEMPLATE_DIR.relative_to(ROOT)}",
                        "--template", "nianbao", str(notebook), "--output-dir", str(tmp_path)],
                       cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    by_hand = (tmp_path / "150724-bycg.html").read_bytes()
    assert by_hand == (rendered.page("2020/150724-bycg.html")).read_bytes()


def test_template_extends_nbconvert_lab():
    conf = json.loads((publish.TEMPLATE_DIR / "nianbao" / "conf.json").read_text())
    assert conf["base_template"] == "lab"
    source = (publish.TEMPLATE_DIR / "nianbao" / "index.html.j2").read_text()
    assert "{%- extends 'lab/index.html.j2' -%}" in source


def _cell(source, html, tags=(), text=None):
    data = {"text/html": html} if html else {}
    if text:
        data["text/plain"] = text
    cell = nbformat.v4.new_code_cell(source, outputs=[nbformat.v4.new_output("display_data", data=data)])
    cell.metadata["tags"] = list(tags)
    return cell


def test_publish_keeps_only_html_outputs():
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# 说明 should not show"),
        nbformat.v4.new_code_cell("print('x')", outputs=[
            nbformat.v4.new_output("stream", name="stderr", text="UserWarning: leaked"),
            nbformat.v4.new_output("error", ename="ValueError", evalue="boom", traceback=["Traceback boom"]),
        ]),
        _cell("x", "<h1 class=\"title\">标题甲</h1>", ["report"], text="plain repr"),
        _cell("y", None, ["report"], text="only text"),
    ]
    nb.cells[1].metadata["tags"] = ["report"]
    html = publish.page_html(nb)
    doc = soup(html)
    assert doc.title.get_text() == "标题甲" and doc.html["lang"] == "zh"
    for leak in ("说明", "leaked", "boom", "Traceback", "plain repr", "only text", "print("):
        assert leak not in html, leak
    assert doc.find("h1").get_text() == "标题甲"


# Pieces of markup around a title: nesting, end tags that close more than the title, elements without content,
# strings that are not text (script, style, rt, template, comments), CDATA, entities, line breaks of every kind.
TITLE_PIECES = ['<h1 class="title">', '<h1 class="x title">', '<H1 CLASS=title>', '<h1 class=title/>', '<h1>', '</h1>',
                '</H1 >', '<div>', '</div>', '<b>', '</b>', '<br>', '</br>', '<img src=x>', '<p>', '</p>',
                '<script>s<b>x</b></script>', '<style>st</style>', '<rt>', '</rt>', '<template>', '</template>',
                '<!--c-->', '<![CDATA[cd]]>', '<!DOCTYPE html>', '<?pi?>', '<title>t</title>', '<textarea>ta</textarea>',
                ' 文本 ', 'a', '\n', '\r', '\r\n', '\u2028', '\u3000字\u3000', '&amp;', '&amp', '&nbsp;', '&#128;', '&foo;',
                'x&y', '&#x4e00;', '<span class="title">', '</span>', '<b\n>']


def test_page_title_is_what_beautifulsoup_reads():
    """The title is found without parsing the whole report, yet it is the text BeautifulSoup's full parse gives."""
    import random

    rng = random.Random(8)
    for _ in range(3000):
        html = "".join(rng.choice(TITLE_PIECES) for _ in range(rng.randint(1, 14)))
        h1 = BeautifulSoup(html, "html.parser").find("h1", class_="title")
        nb = nbformat.v4.new_notebook()
        nb.cells = [_cell("x", "<p>审核意见</p>", ["review-only"]), _cell("y", html, ["report"])]
        assert publish._report_title(nb) == (None if h1 is None else h1.get_text(strip=True)), html


def tagged_notebook():
    """A master's run: a report cell, the review block (review-only) and an analyst's untagged scratch cell."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [_cell("report.findings_panel()", "<section class=\"review\">审核意见甲</section>", ["review-only"]),
                _cell("report.document()", "<h1 class=\"title\">报告乙</h1>", ["report"]),
                _cell("report.findings_frame", "<table class=\"dataframe\"><td>试验丙</td></table>"),
                _cell("x", "<p>两者丁</p>", ["report", "review-only"])]
    return nb


def test_review_only_and_scratch_cells_never_reach_the_published_page():
    published, review = publish.page_html(tagged_notebook()), publish.page_html(tagged_notebook(), review=True)
    assert "报告乙" in published and "报告乙" in review
    for kept_for_review in ("审核意见甲", "试验丙", "两者丁"):
        assert kept_for_review not in published and kept_for_review in review, kept_for_review


def test_published_page_from_the_plain_nbconvert_command_drops_review_only_cells(tmp_path):
    """The template's own preprocessor, without our exporter's tag-removal configuration: the same page."""
    notebook = tmp_path / "run.ipynb"
    nbformat.write(tagged_notebook(), str(notebook))
    r = subprocess.run([str(BIN / "jupyter"), "nbconvert", "--to", "html",
                        f"--TemplateExporter.extra_template_basedirs={publish.TEMPLATE_DIR}",
                        "--template", "nianbao", str(notebook), "--output-dir", str(tmp_path)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "run.html").read_text(encoding="utf-8") == publish.page_html(tagged_notebook())


def test_a_master_without_report_cells_publishes_nothing():
    nb = nbformat.v4.new_notebook()
    nb.cells = [_cell("report.document()", "<h1 class=\"title\">报告乙</h1>")]
    with pytest.raises(NianbaoError, match="report"):
        publish.page_html(nb)


# ---------------------------------------------------------------- index page


def test_index_page(rendered):
    page = rendered.output / "2021" / "index.html"
    doc = soup(page)
    assert doc.html["lang"] == "zh"
    reports = doc.find("table", class_="reports")
    rows = {tr["data-id"]: tr for tr in reports.find("tbody").find_all("tr")}
    assert sorted(rows) == [f"demo-{i:03d}" for i in range(1, 11)]
    # both pages of each township, each saying what it is
    assert rows["demo-010"].find("a")["href"] == "published/demo-010.html"
    pages = rows["demo-010"].find("td", class_="pages")
    assert [(a["class"], a["href"], a.get_text()) for a in pages.find_all("a")] == [
        (["published"], "published/demo-010.html", "发布页面"), (["review"], "review/demo-010.html", "审核页面")]
    explained = doc.find("p", class_="pages").get_text()
    assert "发布页面" in explained and "审核页面" in explained and "不得发布" in explained
    summary = json.loads((rendered.output / "2021" / "summary.json").read_text())
    assert doc.find("code", class_="master-sha256").get_text() == summary["master"]["sha256"][:12]
    assert doc.find("ul", class_="master-warnings") is None  # a clean master: nothing to say
    assert rows["demo-010"].find_all("td")[2].get_text() == "有错误"
    # counts by category: demo-010 breaks a 表四 identity, demo-009 uses the old format
    cats = doc.find("table", class_="categories")
    heads = [th["data-category"] for th in cats.find("thead").find_all("th", attrs={"data-category": True})]
    assert {"arithmetic", "format"} <= set(heads)
    row = cats.find("tr", attrs={"data-id": "demo-010"})
    assert row.find("td", attrs={"data-category": "arithmetic"}).get_text() == "错误1"
    assert row.find("td", attrs={"data-category": "format"}).get_text() == ""
    assert cats.find("tr", attrs={"data-id": "demo-009"}).find("td", attrs={"data-category": "format"}).get_text() == "错误1"
    # key figures side by side, from the datasets
    figures = doc.find("table", class_="figures")
    summary = {o["township_id"]: o for o in json.loads((rendered.output / "2021" / "summary.json").read_text())["townships"]}
    for tr in figures.find("tbody").find_all("tr"):
        for td in tr.find_all("td"):
            expected = summary[tr["data-id"]]["figures"][td["data-figure"]]
            assert td.get_text() == ("" if expected is None else str(expected))
    assert summary["demo-010"]["figures"]["reviews"] == 1  # 表四 行政复议 总计 of demo-010
    # at least two inline SVG charts, labelled, with ids unique on the page
    svgs = doc.find_all("svg")
    assert len(svgs) >= 2 and all(s.get("role") == "img" and s.get("aria-label") for s in svgs)
    ids = [el["id"] for el in doc.find_all(id=True)]
    assert len(ids) == len(set(ids))
    assert "Date" not in page.read_text(encoding="utf-8") and "<metadata" not in page.read_text(encoding="utf-8")
    links = {a["href"] for a in doc.find_all("a", download=True)}
    assert links == {"figures.csv", "figures.xlsx"}


def test_index_downloads_hold_the_same_figures(rendered):
    out = rendered.output / "2021"
    summary = json.loads((out / "summary.json").read_text())["townships"]
    assert (out / "figures.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads the Chinese
    csv = pd.read_csv(out / "figures.csv", encoding="utf-8-sig", dtype={"编号": str})
    xlsx = pd.read_excel(out / "figures.xlsx", dtype={"编号": str})
    assert list(csv["编号"]) == list(xlsx["编号"]) == [o["township_id"] for o in summary]
    for f in FIGURES:
        column = f"{f.group}·{f.label}"
        expected = [o["figures"][f.key] for o in summary]
        assert [None if pd.isna(v) else int(v) for v in csv[column]] == expected, column
        assert [None if pd.isna(v) else int(v) for v in xlsx[column]] == expected, column
    props = openpyxl.load_workbook(out / "figures.xlsx").properties
    assert props.creator == f"nianbao {__version__}"
    assert props.created.year == 2021 and props.modified == props.created


# ---------------------------------------------------------------- PDF without a browser


def test_pdf_without_chromium_says_what_to_install(tmp_path):
    page = tmp_path / "a.html"
    page.write_text("<html></html>", encoding="utf-8")
    env = {**os.environ, "PATH": str(tmp_path)}  # no browser on this PATH
    r = subprocess.run([sys.executable, "-m", "nianbao", "pdf", str(page)], capture_output=True, text=True,
                       env=env, cwd=ROOT, timeout=120)
    assert r.returncode == 2
    assert "未找到 Chromium" in r.stderr and "fonts-noto-cjk" in r.stderr and "Traceback" not in r.stderr
    assert not page.with_suffix(".pdf").exists()


def test_pdf_of_a_missing_page(tmp_path):
    if not any(os.path.exists(os.path.join(d, "chromium")) for d in os.environ["PATH"].split(os.pathsep)):
        pytest.skip("chromium 未安装")
    r = run_nianbao(ROOT, "pdf", str(tmp_path / "nope.html"))
    assert r.returncode == 1 and "页面文件不存在" in r.stderr


def test_payload_dataset_is_valid():
    """The fixture's payload must pass validation, or the tests above would prove nothing."""
    import yaml

    from nianbao.load import validate_mapping

    ds = validate_mapping(yaml.safe_load(payload_dataset()), Path(f"{PAYLOAD_ID}.yaml"))
    assert "<script>" in ds.organ and "<iframe" in ds.narrative.other


def test_review_style_takes_only_cell_keys():
    """A finding's cells go into the panel's style sheet and links: anything but a cell key is dropped."""
    from nianbao.checks import Finding
    from nianbao.render import findings_panel_html

    finding = Finding(id="x", severity="error", category="arithmetic", message="m", location="",
                              cells=["t3.new.natural", "</style><script>alert(1)</script>", "a b{}", "t3"])
    html = findings_panel_html([finding])
    assert "<script>" not in html and "alert" not in html
    doc = soup(html)
    assert [a["href"] for a in doc.find_all("a") if a["href"].startswith("#c-")] == ["#c-t3.new.natural"]
    assert doc.find("style").get_text().strip() == r"#c-t3\.new\.natural{background:#fbd5d5}"


def test_nianbao_pdf_prints_published_pages_only(tmp_path):
    from nianbao.cli.pdf import _pages

    for rel in ("2020/published/a.html", "2020/review/a.html", "2020/index.html", "2021/published/b.html"):
        (tmp_path / "output" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "output" / rel).write_text("<html></html>", encoding="utf-8")
    assert [p.relative_to(tmp_path / "output").as_posix() for p in _pages(tmp_path, None)] == [
        "2020/published/a.html", "2021/published/b.html"]
    assert [p.name for p in _pages(tmp_path, 2021)] == ["b.html"]
