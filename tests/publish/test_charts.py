"""inline_svg: matplotlib's SVG document made an element several charts can share a page with."""

from __future__ import annotations

import re

import pytest
from conftest import soup

from nianbao.publish.charts import grouped_bars, inline_svg

# The shape of matplotlib's output, cut down: prolog, DOCTYPE, metadata, group ids, a clip path and its reference.
SVG = """<?xml version="1.0" encoding="utf-8" standalone="no"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"
  "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns:xlink="http://www.w3.org/1999/xlink" width="144pt" height="72pt" viewBox="0 0 144 72"
     xmlns="http://www.w3.org/2000/svg" version="1.1">
 <metadata>
  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description>nianbao</rdf:Description></rdf:RDF>
 </metadata>
 <g id="figure_1">
  <g id="patch_1"><path d="M 0 0 L 9 9" clip-path="url(#p6df35f8bcb)"/></g>
  <g id="patch_2"><path d="M 1 1 L 8 8"/></g>
  <g id="text_1"><text x="1" y="2">&lt;/text&gt;&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; 乙</text></g>
 </g>
 <defs><clipPath id="p6df35f8bcb"><rect x="0" y="0" width="10" height="10"/></clipPath></defs>
</svg>
""".encode()
LABEL = '表三"><script>alert(2)</script>申请'


@pytest.fixture(scope="module")
def out() -> str:
    return inline_svg(SVG, LABEL, "chart-t3")


def test_an_element_without_prolog_doctype_or_metadata(out):
    assert out.startswith("<svg") and out.rstrip().endswith("</svg>")
    assert "<?xml" not in out and "<!DOCTYPE" not in out and "metadata" not in out and "rdf:" not in out
    [svg] = soup(out).find_all("svg")
    assert not svg.has_attr("width") and not svg.has_attr("height")  # the page scales it
    assert svg["viewbox"] == "0 0 144 72"


def test_labelled_for_screen_readers(out):
    svg = soup(out).find("svg")
    assert (svg["role"], svg["aria-label"]) == ("img", LABEL)


def test_clip_path_ids_prefixed_with_their_references_and_group_ids_dropped(out):
    doc = soup(out)
    assert [el["id"] for el in doc.find_all(id=True)] == ["chart-t3-p6df35f8bcb"]
    assert doc.find("clippath")["id"] == "chart-t3-p6df35f8bcb"
    assert [el["clip-path"] for el in doc.find_all(attrs={"clip-path": True})] == ["url(#chart-t3-p6df35f8bcb)"]


def test_text_stays_escaped(out):
    doc = soup(out)
    assert doc.find("script") is None and len(doc.find_all("svg")) == 1
    assert doc.find("text").get_text() == "</text></svg><script>alert(1)</script> & 乙"


def test_names_from_the_datasets_are_escaped_in_a_drawn_chart():
    name = "示例镇<script>alert(3)</script>"
    doc = soup(grouped_bars("t3-new", "本年新收申请", [name, "乙镇"], {"新收": [2, None]}))
    assert doc.find("script") is None
    assert name in [t.get_text() for t in doc.find_all("text")]


def _charts() -> list[str]:
    names, series = ["甲镇", "乙镇", "丙镇"], {"新收": [3, 0, None], "办结": [2, 1, 4]}
    return [grouped_bars(key, "申请", names, series) for key in ("new", "done")]


def test_two_charts_of_one_page_share_no_id():
    ids = [[el["id"] for el in soup(chart).find_all(id=True)] for chart in _charts()]
    assert all(ids) and not set(ids[0]) & set(ids[1])
    assert all(i.startswith("new-") for i in ids[0]) and all(i.startswith("done-") for i in ids[1])


def test_every_reference_in_a_drawn_chart_resolves_within_it():
    for chart in _charts():
        doc = soup(chart)
        ids = {el["id"] for el in doc.find_all(id=True)}
        refs = re.findall(r"url\(#([^)]+)\)", chart) + [el["xlink:href"].removeprefix("#")
                                                         for el in doc.find_all(attrs={"xlink:href": True})]
        assert refs and set(refs) <= ids, sorted(set(refs) - ids)
