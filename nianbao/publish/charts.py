"""Static SVG charts comparing townships, for the index page: deterministic bytes.

matplotlib draws without pyplot (no global state); the SVG keeps text as text (small,
selectable, drawn in the page's fonts), its ids come from a fixed salt and its metadata
carries no date, so the same figures give the same bytes.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Sequence

from lxml import etree
from matplotlib import rc_context
from matplotlib.figure import Figure

# Open CJK fonts first (Debian fonts-noto-cjk), then common office fonts; DejaVu for digits.
FONTS = ["Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans SC", "WenQuanYi Zen Hei", "SimHei",
         "Microsoft YaHei", "DejaVu Sans"]
RC = {
    "svg.hashsalt": "nianbao",
    "svg.fonttype": "none",
    "font.family": "sans-serif",
    "font.sans-serif": FONTS,
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
COLOURS = ["#8c1c13", "#c9a227", "#4a6fa5", "#6b8f71"]
# Fixed metadata: no Date, no Creator naming a web address.
METADATA = {"Date": None, "Creator": "nianbao", "Format": None, "Type": None}


def _plain(label: str) -> str:
    """A label drawn as it is written: matplotlib would read $…$ as mathematics (and fail on $\\frac$)."""
    return label.replace("$", r"\$")


def grouped_bars(key: str, title: str, names: Sequence[str], series: dict[str, Sequence[int | None]]) -> str:
    """Horizontal bars, one group per township, one bar per series; unknown values are left out
    (marked “未知”), never drawn as 0. Returns an ``<svg>`` element as text, ready to inline,
    labelled ``title`` (the page's caption shows it); ``key`` makes its ids unique on the page."""
    n, k = len(names), len(series)
    height = 0.8 + n * (0.13 * k + 0.08)
    with rc_context(RC), warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # a machine without CJK fonts: glyph warnings only
        fig = Figure(figsize=(7.5, height), layout="constrained")
        ax = fig.add_subplot()
        bar = 0.8 / k
        for i, (label, values) in enumerate(series.items()):
            ys = [j + (i - (k - 1) / 2) * bar for j in range(n)]
            drawn = [v if v is not None else 0 for v in values]
            bars = ax.barh(ys, drawn, height=bar * 0.92, label=_plain(label), color=COLOURS[i % len(COLOURS)])
            ax.bar_label(bars, labels=[str(v) if v is not None else "未知" for v in values], padding=2, fontsize=8)
        ax.set_yticks(range(n), [_plain(name) for name in names])
        ax.invert_yaxis()  # first township on top, as in the table
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.margins(x=0.12)
        fig.legend(loc="outside upper right", ncols=k, fontsize=8, frameon=False)
        buf = io.BytesIO()
        fig.savefig(buf, format="svg", metadata=METADATA)
    return inline_svg(buf.getvalue(), title, key)


def inline_svg(svg: bytes, label: str, prefix: str) -> str:
    """An SVG document as an element for HTML: no XML prolog or DOCTYPE, labelled for screen readers.

    Several charts share one page, so ids become unique to the chart (``prefix``): ids something refers
    to (clip paths, tick markers drawn by ``<use>``) are renamed with their references, the others
    (matplotlib's figure_1, patch_3 …) are dropped.
    """
    root = etree.fromstring(svg, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    for node in root.iter("{*}metadata"):
        node.getparent().remove(node)
    href = "{http://www.w3.org/1999/xlink}href"
    referenced = {node.get(href)[1:] for node in root.iter() if (node.get(href) or "").startswith("#")}
    referenced |= {node.get("clip-path")[5:-1] for node in root.iter() if (node.get("clip-path") or "").startswith("url(#")}
    for node in root.iter():
        old = node.attrib.pop("id", None)
        if old in referenced:
            node.attrib["id"] = f"{prefix}-{old}"
    for node in root.iter():
        if (node.get(href) or "")[1:] in referenced:
            node.set(href, f"#{prefix}-{node.get(href)[1:]}")
        ref = node.get("clip-path")
        if ref and ref.startswith("url(#") and ref[5:-1] in referenced:
            node.set("clip-path", f"url(#{prefix}-{ref[5:-1]})")
    root.set("role", "img")
    root.set("aria-label", label)
    # matplotlib sets a size in pt; the page scales the chart to its column.
    root.attrib.pop("width", None)
    root.attrib.pop("height", None)
    return etree.tostring(root, encoding="unicode")
