"""How organ names relate: a short form (卫健局, 民宗局) keeps the full name's characters in order; a name that is
only an organ's kind is no name."""

from __future__ import annotations

import re


def in_order(short: str, long: str) -> bool:
    """Every character of ``short`` in ``long``, in the same order (民宗局 in 民族宗教事务局)."""
    rest = iter(long)
    return all(ch in rest for ch in short)


# 办事处, 人民政府: only the kind of an organ, as a title broken over two lines leaves it on the second
# (……小龙坎街道 / 办事处2023年……报告): the name begins on the line above.
_KIND_ONLY = re.compile(r"^(?:街道)?(?:办事处|人民政府|政府|委员会|管委会)$")


def kind_only(name: str) -> bool:
    return _KIND_ONLY.match(name) is not None
