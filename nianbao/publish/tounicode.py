"""A PDF font's ToUnicode CMap: read (``bfchar`` and ``bfrange`` sections), remapped, written back.

A ``bfchar`` line maps one code (``<0003> <4E00>``); a ``bfrange`` line maps a run of codes,
either to consecutive strings (``<0010> <0012> <2F00>``: the last byte counts up) or to a
list (``<0010> <0011> [<4E00> <4E01>]``). The map is rewritten whole, as ``bfchar``
sections of at most 100 lines (the limit of the CMap specification), so a range in
which only some codes change is never corrupted.
"""

from __future__ import annotations

import re

_SECTION = re.compile(rb"\d+\s+begin(bfchar|bfrange)\b(.*?)\bend\1", re.DOTALL)
_TOKEN = re.compile(rb"<([0-9A-Fa-f\s]*)>|(\[)|(\])")
_LIMIT = 100  # lines per section


def _tokens(body: bytes):
    for m in _TOKEN.finditer(body):
        if m.group(2):
            yield "["
        elif m.group(3):
            yield "]"
        else:
            yield bytes.fromhex(re.sub(rb"\s", b"", m.group(1)).decode("ascii"))


def _text(raw: bytes) -> str:
    return raw.decode("utf-16-be", errors="surrogatepass")


def _plus(raw: bytes, n: int) -> bytes:
    """A destination string with its last byte (here: its whole value) counted up by ``n``."""
    return (int.from_bytes(raw, "big") + n).to_bytes(len(raw), "big")


def parse(data: bytes) -> tuple[dict[int, str], int]:
    """Code → text of every ``bfchar`` and ``bfrange`` line, and the width of the codes in bytes."""
    mapping: dict[int, str] = {}
    width = 2
    for kind, body in _SECTION.findall(data):
        tokens = list(_tokens(body))
        i = 0
        while i < len(tokens):
            if kind == b"bfchar":
                src, dst = tokens[i], tokens[i + 1]
                width = len(src)
                mapping[int.from_bytes(src, "big")] = _text(dst)
                i += 2
                continue
            lo, hi = int.from_bytes(tokens[i], "big"), int.from_bytes(tokens[i + 1], "big")
            width = len(tokens[i])
            if tokens[i + 2] == "[":
                end = tokens.index("]", i + 3)
                for n, dst in enumerate(tokens[i + 3:end]):
                    mapping[lo + n] = _text(dst)
                i = end + 1
            else:
                for n in range(hi - lo + 1):
                    mapping[lo + n] = _text(_plus(tokens[i + 2], n))
                i += 3
    return mapping, width


def write(data: bytes, mapping: dict[int, str], width: int) -> bytes:
    """The CMap with its ``bfchar``/``bfrange`` sections replaced by ``bfchar`` sections for ``mapping``."""
    items = sorted(mapping.items())
    sections = []
    for start in range(0, len(items), _LIMIT):
        chunk = items[start:start + _LIMIT]
        lines = b"\n".join(b"<%s> <%s>" % (code.to_bytes(width, "big").hex().upper().encode(),
                                            text.encode("utf-16-be", errors="surrogatepass").hex().upper().encode())
                           for code, text in chunk)
        sections.append(b"%d beginbfchar\n%s\nendbfchar" % (len(chunk), lines))
    spans = [m.span() for m in _SECTION.finditer(data)]
    if not spans:
        return data
    return data[:spans[0][0]] + b"\n".join(sections) + b"".join(
        data[end:nxt] for (_, end), (nxt, _) in zip(spans, spans[1:] + [(len(data), 0)]))


def remap(data: bytes, code_points: dict[int, int]) -> bytes | None:
    """The CMap with single code points replaced as ``code_points`` says, or None when nothing changes."""
    mapping, width = parse(data)
    changed = {code: chr(code_points[ord(text)]) for code, text in mapping.items()
               if len(text) == 1 and ord(text) in code_points}
    if not changed:
        return None
    return write(data, {**mapping, **changed}, width)
