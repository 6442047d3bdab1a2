"""How organ and report names relate: a short form (卫健局, 民宗局) keeps the full name's characters in order; a name
that is only an organ's kind is no name; a report's name written inside another document's title, or counted among
what was published, is not the report's own (the importer's title and the checks' title year ask alike); whether an
organ is a township's; a name inside an address only locates the organ."""

from __future__ import annotations

import re

# 地址：平昌县同州街道办事处信义大道……: the words of an address up to a name in it, which locates the organ and
# does not name it.
_IN_ADDRESS = re.compile(r"地址\s*[：:][^，,。；;）)\n]{0,25}$")


def in_address(text: str, start: int) -> bool:
    """Does the name at ``start`` stand inside an address (地址：某县某镇府顺街某镇人民政府)?"""
    return _IN_ADDRESS.search(text, max(0, start - 30), start) is not None


def in_order(short: str, long: str) -> bool:
    """Every character of ``short`` in ``long``, in the same order (民宗局 in 民族宗教事务局)."""
    rest = iter(long)
    return all(ch in rest for ch in short)


# 办事处, 人民政府: only the kind of an organ, as a title broken over two lines leaves it on the second
# (……小龙坎街道 / 办事处2023年……报告): the name begins on the line above.
_KIND_ONLY = re.compile(r"^(?:街道)?(?:办事处|人民政府|政府|委员会|管委会)$")


def kind_only(name: str) -> bool:
    return _KIND_ONLY.match(name) is not None


_TOWNSHIP = re.compile(r"(?:乡|镇|苏木|街道)(?:人民政府|办事处)?$")


def township(organ: str) -> bool:
    """Is the organ a township's government or a street office (杨柳乡人民政府, 东风街道办事处), not a department?"""
    return _TOWNSHIP.search(organ) is not None


def in_other_title(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a piece of another document's quoted title (《关于做好全市2020年度政府信息公开工作年度报告编写
    工作的通知》), a title mark open before it and not closed right after it? (A title that ends with the name,
    《某局2023年……年度报告》, is the report's own.)"""
    return text.rfind("《", 0, start) > text.rfind("》", 0, start) and not text.startswith("》", end)


# ……2021年度政府信息公开工作年度报告1条: a report counted among what was published, not the report's own name;
# (……, 部门文件、工作动态、政务信息公开年度工作报告等: or listed among the kinds of it, after 、 and before 等 or 、)
_COUNTED = re.compile(r"\s*[0-9０-９]+\s*[条篇件份个]")
_LISTED = re.compile(r"\s*[等、]")


def counted(text: str, end: int, start: int | None = None) -> bool:
    """Is the name ending at ``end`` followed by a count (……年度报告1条), or, given its ``start``, an item of a
    、-list of kinds (部门文件、……年度报告等)?"""
    if _COUNTED.match(text, end):
        return True
    return start is not None and _LISTED.match(text, end) is not None and "、" in re.split(r"[，,。；;：:\n]", text[:start])[-1]
