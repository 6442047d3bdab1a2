"""勾稽关系: the identities of the format descriptions, one rule per identity id.

The identities are read from ``fmt.identities``; a new format (or a new identity in a
description) needs no code here. A column/row with a blank, "/" or absent cell is not
evaluated: those cells are reported by the blank rules, and treating them as 0 would
invent errors (or hide them).
"""

from __future__ import annotations

from functools import partial

from .. import cells as C
from .. import formats as F
from .context import Context
from .finding import Hit
from .identities import Instance, Term, describe, instances
from .registry import Rule, register


def _side(terms: tuple[Term, ...], sums: list[int]) -> str:
    text = "+ ".join(f"{t.label}（{s}）" for t, s in zip(terms, sums))
    return text if len(terms) == 1 else f"{text}= {sum(sums)}"


def _term_sum(cells: dict, term: Term) -> int | None:
    total = 0
    for k in term.cells:
        v = cells.get(k)
        if not C.is_number(v):  # blank, "/" or absent: unknown, not 0
            return None
        total += v
    return total


def _evaluate(ctx: Context, inst: Instance) -> Hit | None:
    # The hottest loop of the catalog (every column of every identity): kept free of allocations.
    sums = []
    for side in (inst.left, inst.right):
        values = [_term_sum(ctx.cells, t) for t in side]
        if None in values:
            return None
        sums.append(values)
    if sum(sums[0]) == sum(sums[1]):
        return None
    message = f"{inst.place}：{_side(inst.left, sums[0])}，不等于{_side(inst.right, sums[1])}"
    return Hit(message, inst.table, inst.row, inst.column, inst.cells)


def check_identity(ctx: Context, identity_id: str):
    """Every column/row where the dataset's format has ``identity_id`` and the sums differ."""
    ident = next((i for i in ctx.fmt.identities if i.id == identity_id), None)
    if ident is None:  # an identity of another format only
        return
    for inst in instances(ctx.fmt, ident):
        hit = _evaluate(ctx, inst)
        if hit is not None:
            yield hit


def _register_identities() -> None:
    # One catalog entry per identity id; its wording comes from the newest format that has it.
    newest: dict[str, tuple[F.Format, F.Identity]] = {}
    for fmt in F.all_formats().values():
        for ident in fmt.identities:
            newest[ident.id] = (fmt, ident)
    for identity_id, (fmt, ident) in newest.items():
        inst = instances(fmt, ident)[0]
        example = f"{inst.place}：{'+'.join(t.label for t in inst.left)} 为5，{'+'.join(t.label for t in inst.right)} 为4"
        register(Rule(identity_id, "error", "arithmetic", ident.name, describe(fmt, ident),
                      partial(check_identity, identity_id=identity_id), example=example))


_register_identities()
