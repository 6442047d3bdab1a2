"""A4 PDF of a published page, printed by Debian's headless Chromium with the page's print CSS.

Chromium must find CJK fonts (Debian: fonts-noto-cjk) or the Chinese prints as empty boxes.

Chromium's PDF names each glyph by the lowest code point the font maps to it; in CJK fonts
many ideographs share their glyph with a Kangxi/CJK radical (木 and ⽊ U+2F4A, 民 and ⺠),
so copied or extracted text would read ⼈⺠政府. :func:`fix_text_layer` rewrites those
names to the ideograph, using the cmap of the very font the PDF embeds (read with fontTools);
the ToUnicode map is parsed and rewritten whole (:mod:`nianbao.publish.tounicode`).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from .. import atomic
from ..errors import NianbaoError
from ..pipeline import processes
from . import tounicode

RADICALS = range(0x2E80, 0x2FE0)  # CJK Radicals Supplement and Kangxi Radicals

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
TIMEOUT = 120  # seconds for one page


def chromium() -> str:
    """The browser's executable, or a Chinese error saying what to install."""
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    raise NianbaoError("未找到 Chromium 浏览器，无法生成 PDF：请安装 Debian 软件包 chromium 和 fonts-noto-cjk"
                       "（sudo apt-get install chromium fonts-noto-cjk），然后重试")


def to_pdf(html: Path, pdf: Path) -> Path:
    """Print ``html`` to ``pdf`` (A4, the page's own margins, no browser header or footer)."""
    if not html.is_file():
        raise NianbaoError(f"{html}：页面文件不存在，无法生成 PDF（先运行 nianbao batch）")
    browser = chromium()
    # A profile of its own: several pages print at once in a batch, and a shared profile is locked.
    # Named for this process, so a run after a kill knows whose it was (processes.remove_orphans).
    with atomic.writing(pdf) as printed, tempfile.TemporaryDirectory(prefix=processes.temp_prefix("chromium")) as profile:
        cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--no-first-run", f"--user-data-dir={profile}", "--no-pdf-header-footer",
               f"--print-to-pdf={printed.resolve()}", html.resolve().as_uri()]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT,
                                  preexec_fn=processes.die_with_parent)
        except subprocess.TimeoutExpired:
            raise NianbaoError(f"{html}：Chromium 在 {TIMEOUT} 秒内没有完成打印，PDF 未生成") from None
        if done.returncode != 0 or not printed.is_file() or printed.stat().st_size == 0:
            detail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["无输出"]
            raise NianbaoError(f"{html}：Chromium 打印 PDF 失败（退出码 {done.returncode}：{detail[0]}）")
        fix_text_layer(printed)
    return pdf


@cache
def _faces() -> dict[str, tuple[str, int]]:
    """PostScript name → (font file, face index) of every installed font fontTools can open."""
    from fontTools.ttLib import TTCollection, TTFont, TTLibError
    from matplotlib import font_manager

    found: dict[str, tuple[str, int]] = {}
    for path in sorted(font_manager.findSystemFonts()):
        try:
            with open(path, "rb") as f:
                collection = f.read(4) == b"ttcf"
            fonts = TTCollection(path, lazy=True).fonts if collection else [TTFont(path, lazy=True)]
            for i, font in enumerate(fonts):
                name = font["name"].getDebugName(6)
                if name:
                    found.setdefault(name, (path, i))
        except (OSError, TTLibError, KeyError, AssertionError):
            continue  # a font file fontTools cannot read is no reason to fail a PDF
    return found


@cache
def radical_map(postscript_name: str) -> dict[int, int]:
    """Radical → ideograph sharing its glyph in the named font (empty if the font is not installed)."""
    from fontTools.ttLib import TTFont

    where = _faces().get(postscript_name)
    if where is None:
        return {}
    charmap = TTFont(where[0], fontNumber=where[1], lazy=True).getBestCmap()
    ideograph: dict[str, int] = {}
    for code, glyph in sorted(charmap.items()):
        if code not in RADICALS:
            ideograph.setdefault(glyph, code)
    return {code: ideograph[glyph] for code, glyph in charmap.items() if code in RADICALS and glyph in ideograph}


def fix_text_layer(pdf: Path) -> int:
    """Rewrite radical code points in the PDF's ToUnicode maps to the ideographs the page used.

    Returns how many font maps changed (the drawing itself is untouched)."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=str(pdf))
    changed, seen = 0, set()
    for page in writer.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            if id(font) in seen or "/ToUnicode" not in font or "/FontDescriptor" not in font:
                continue
            seen.add(id(font))
            name = str(font["/FontDescriptor"].get_object().get("/FontName", "")).lstrip("/")
            mapping = radical_map(name.split("+", 1)[-1])  # "AAAAAA+NotoSerifCJKsc-Regular": a subset
            if not mapping:
                continue
            stream = font["/ToUnicode"].get_object()
            fixed = tounicode.remap(stream.get_data(), mapping)
            if fixed is not None:
                stream.set_data(fixed)
                changed += 1
    if changed:
        writer.compress_identical_objects()
        with pdf.open("wb") as f:
            writer.write(f)
    return changed
