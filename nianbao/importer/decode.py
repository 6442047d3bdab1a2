"""A published report file → text: encoding detected from the bytes, not from the file name.

Decoding is :func:`nianbao.load.read_text` (UTF-8 with or without BOM, else GB18030/GBK);
this module adds what only report pages need: refusing office/PDF files and binary
data that happens to decode, and telling HTML from plain text.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import NianbaoError, Problem
from ..load import read_text

# Formats people save reports in that are not text; name them so the user knows what to do.
_CONTAINERS = {
    b"%PDF": "PDF 文件",
    b"PK\x03\x04": "Word/Excel（.docx/.xlsx）或压缩文件",
    b"\xd0\xcf\x11\xe0": "旧版 Word/Excel（.doc/.xls）文件",
    b"\x89PNG": "PNG 图片",
    b"\xff\xd8\xff": "JPEG 图片",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HTML = re.compile(r"<\s*(?:html|body|table|tr|td|th|div|p|br|span|h[1-6])\b[^>]*>", re.I)


def decode(path: Path) -> tuple[str, list[str]]:
    """The file's text and notices (Chinese) about how it was read; raises NianbaoError on bad input."""
    try:
        head = path.read_bytes()[:8]
    except OSError:
        head = b""  # read_text below reports missing files and directories in its own words
    for magic, what in _CONTAINERS.items():
        if head.startswith(magic):
            raise NianbaoError(Problem(str(path), f"这是{what}，不是文本：请先另存为网页（HTML）或纯文本再导入"))
    text, notices = read_text(path)
    if len(_CONTROL.findall(text)) > max(3, len(text) // 200):
        raise NianbaoError(Problem(str(path), "不是文本文件（含大量控制字符，可能是二进制文件）"))
    return text, notices


def is_html(text: str) -> bool:
    """Whether the text is an HTML page or fragment (markup of blocks or tables), whatever the file is called."""
    return len(_HTML.findall(text[:200_000], 0)) >= 2
