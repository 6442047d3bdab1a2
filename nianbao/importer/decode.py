"""A published report file → text: encoding detected from the bytes, not from the file name.

Decoding is :func:`nianbao.load.read_text` (UTF-8 with or without BOM, else GB18030/GBK);
this module adds what only report pages need: telling PDF and Word files (read by their own
modules) from text, refusing other containers and binary data that happens to decode, and
telling HTML from plain text.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import NianbaoError, Problem
from ..load import read_text

PDF, DOCX = "pdf", "docx"
_DOCUMENTS = {b"%PDF-": PDF, b"PK\x03\x04": DOCX}  # a .docx is a zip; docx.py refuses other zips
# Formats people save reports in that cannot be read; name them so the user knows what to do.
_AS_TEXT = "，不是文本：请先另存为网页（HTML）、PDF 或 Word（.docx）再导入"
_CONTAINERS = {
    b"\xd0\xcf\x11\xe0": "这是旧版 Word/Excel（.doc/.xls）或有密码保护的 Office 文件，无法直接读取："
                         "请用 Word 或 WPS 另存为 .docx，或运行 libreoffice --headless --convert-to docx 文件名.doc，"
                         "再导入 .docx",
    b"\x89PNG": "这是 PNG 图片" + _AS_TEXT,
    b"\xff\xd8\xff": "这是 JPEG 图片" + _AS_TEXT,
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HTML = re.compile(r"<\s*(?:html|body|table|tr|td|th|div|p|br|span|h[1-6])\b[^>]*>", re.I)


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(8)
    except OSError:
        return b""  # read_text reports missing files and directories in its own words


def document_kind(path: Path) -> str | None:
    """``"pdf"`` or ``"docx"`` when the bytes say so (whatever the file is called), else None."""
    head = _head(path)
    return next((kind for magic, kind in _DOCUMENTS.items() if head.startswith(magic)), None)


def decode(path: Path) -> tuple[str, list[str]]:
    """The file's text and notices (Chinese) about how it was read; raises NianbaoError on bad input."""
    head = _head(path)
    for magic, message in _CONTAINERS.items():
        if head.startswith(magic):
            raise NianbaoError(Problem(str(path), message))
    text, notices = read_text(path)
    if len(_CONTROL.findall(text)) > max(3, len(text) // 200):
        raise NianbaoError(Problem(str(path), "不是文本文件（含大量控制字符，可能是二进制文件）"))
    return text, notices


def is_html(text: str) -> bool:
    """Whether the text is an HTML page or fragment (markup of blocks or tables), whatever the file is called."""
    return len(_HTML.findall(text[:200_000], 0)) >= 2
