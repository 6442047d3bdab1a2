"""How organ names relate: a short form (卫健局, 民宗局) keeps the full name's characters in order."""

from __future__ import annotations


def in_order(short: str, long: str) -> bool:
    """Every character of ``short`` in ``long``, in the same order (民宗局 in 民族宗教事务局)."""
    rest = iter(long)
    return all(ch in rest for ch in short)
