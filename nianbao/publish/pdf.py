"""A4 PDF of a published page, printed by Debian's headless Chromium with the page's print CSS.

Chromium must find CJK fonts (Debian: fonts-noto-cjk) or the Chinese prints as empty boxes.

Chromium's PDF names each glyph by the lowest code point the font maps to it; in CJK fonts
many ideographs share their glyph with a Kangxi/CJK radical (木 and ⽊ U+2F4A, 民 and ⺠),
so copied or extracted text would read ⼈⺠政府. :func:`fix_text_layer` rewrites those
names to the ideograph, using the cmap of the very font the PDF embeds.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from ..errors import NianbaoError

RADICALS = range(0x2E80, 0x2FE0)  # CJK Radicals Supplement and Kangxi Radicals
_BFCHAR = re.compile(rb"(<[0-9A-Fa-f]+>\s*<)([0-9A-Fa-f]{4})(>)")

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
    pdf.parent.mkdir(parents=True, exist_ok=True)
    # A profile of its own: several pages print at once in a batch, and a shared profile is locked.
    with tempfile.TemporaryDirectory(prefix="nianbao-chromium-") as profile:
        cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--no-first-run", f"--user-data-dir={profile}", "--no-pdf-header-footer",
               f"--print-to-pdf={pdf.resolve()}", html.resolve().as_uri()]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            raise NianbaoError(f"{html}：Chromium 在 {TIMEOUT} 秒内没有完成打印，PDF 未生成") from None
    if done.returncode != 0 or not pdf.is_file() or pdf.stat().st_size == 0:
        detail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["无输出"]
        raise NianbaoError(f"{html}：Chromium 打印 PDF 失败（退出码 {done.returncode}：{detail[0]}）")
    fix_text_layer(pdf)
    return pdf


@cache
def _faces() -> dict[str, tuple[str, int]]:
    """PostScript name → (font file, face index) of every installed font matplotlib can open."""
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    found: dict[str, tuple[str, int]] = {}
    for path in sorted(font_manager.findSystemFonts()):
        try:
            faces = FT2Font(path).num_faces
            for i in range(faces):
                found.setdefault(FT2Font(path, face_index=i).postscript_name, (path, i))
        except (OSError, RuntimeError, ValueError):
            continue  # a font file FreeType cannot read is no reason to fail a PDF
    return found


@cache
def radical_map(postscript_name: str) -> dict[int, int]:
    """Radical → ideograph sharing its glyph in the named font (empty if the font is not installed)."""
    from matplotlib.ft2font import FT2Font

    where = _faces().get(postscript_name)
    if where is None:
        return {}
    charmap = FT2Font(where[0], face_index=where[1]).get_charmap()
    ideograph: dict[int, int] = {}
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
            data = stream.get_data()

            def to_ideograph(m: re.Match, mapping: dict = mapping) -> bytes:
                code = int(m.group(2), 16)
                return m.group(1) + b"%04X" % mapping.get(code, code) + m.group(3)

            fixed = _BFCHAR.sub(to_ideograph, data)
            if fixed != data:
                stream.set_data(fixed)
                changed += 1
    if changed:
        writer.compress_identical_objects()
        with pdf.open("wb") as f:
            writer.write(f)
    return changed
