"""ToUnicode CMaps: bfchar and bfrange sections read and rewritten whole (a range is never read as one glyph)."""

from __future__ import annotations

from nianbao.publish import tounicode

# A synthetic map as a PDF producer writes one: single codes, a range counting up, a range with a list.
CMAP = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CMapName /Adobe-Identity-UCS def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
2 beginbfchar
<0003> <4EBA>
<0004> <2EA0>
endbfchar
2 beginbfrange
<0010> <0013> <2F00>
<0020> <0021> [<6C11> <2F4A>]
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end
"""
RADICALS = {0x2F00: 0x4E00, 0x2F01: 0x4E28, 0x2F4A: 0x6728, 0x2EA0: 0x6C11}  # ⼀→一, ⼁→丨, ⽊→木, ⺠→民


def test_parse_reads_chars_and_both_kinds_of_range():
    mapping, width = tounicode.parse(CMAP)
    assert width == 2
    assert mapping == {3: "人", 4: "\u2ea0", 0x10: "\u2f00", 0x11: "\u2f01", 0x12: "\u2f02", 0x13: "\u2f03",
                       0x20: "民", 0x21: "\u2f4a"}


def test_remap_rewrites_ranges_code_by_code():
    fixed = tounicode.remap(CMAP, RADICALS)
    mapping, _ = tounicode.parse(fixed)
    # Radicals the font shares with an ideograph become the ideograph; the others in the same range stay.
    assert mapping == {3: "人", 4: "民", 0x10: "一", 0x11: "丨", 0x12: "\u2f02", 0x13: "\u2f03",
                       0x20: "民", 0x21: "木"}
    assert b"bfrange" not in fixed and fixed.count(b"beginbfchar") == 1
    # Everything around the mapping sections is kept as it was.
    assert fixed.startswith(CMAP[:CMAP.index(b"2 beginbfchar")])
    assert fixed.endswith(CMAP[CMAP.index(b"endbfrange") + len(b"endbfrange"):])


def test_remap_leaves_a_map_without_radicals_alone():
    assert tounicode.remap(CMAP, {0x2FFF: 0x4E00}) is None


def test_long_maps_are_split_into_sections_of_at_most_100():
    lines = b"\n".join(b"<%04X> <%04X>" % (i, 0x2F00 + i % 2) for i in range(250))
    cmap = b"begincmap\n250 beginbfchar\n" + lines + b"\nendbfchar\nendcmap\n"
    fixed = tounicode.remap(cmap, RADICALS)
    assert fixed.count(b"beginbfchar") == 3 and b"100 beginbfchar" in fixed and b"50 beginbfchar" in fixed
    mapping, _ = tounicode.parse(fixed)
    assert len(mapping) == 250 and set(mapping.values()) == {"一", "丨"}


def test_four_byte_destinations_and_one_byte_codes():
    cmap = b"1 beginbfchar\n<41> <D840DC00>\nendbfchar\n1 beginbfrange\n<42> <43> <2F00>\nendbfrange\n"
    mapping, width = tounicode.parse(cmap)
    assert width == 1 and mapping == {0x41: "\U00020000", 0x42: "\u2f00", 0x43: "\u2f01"}
    fixed, _ = tounicode.parse(tounicode.remap(cmap, RADICALS))
    assert fixed == {0x41: "\U00020000", 0x42: "一", 0x43: "丨"}
