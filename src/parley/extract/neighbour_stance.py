"""An unsure stance read through the same speaker's sure statement just before it.

A speaker's statement that runs straight on from another of theirs (the second half of
"said A, and that B"; a quotation that follows the reported words with nothing between)
takes the same side of the deal far more often than not: gold of the development parts
gives two statements of one speaker that close a gap of at most ``GAP`` characters the same
stance about nine times in ten. When the stance model is unsure of the second statement
(its lead below ``UNSURE``) and sure of the first (at or above ``SURE``), the second takes
the first's stance. Statements are read before any is changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from parley.extract.model import Statement

# the lead of the model's stance below which it is unsure
UNSURE = 1.0
# the lead of the statement before at or above which it is sure
SURE = 3.0
# how many characters may lie between the two statements
GAP = 10


def _same_voice(a: Statement, b: Statement) -> bool:
    """Whether ``a`` and ``b`` are one speaker's (or, with no speaker named, one party's)."""
    if a.speaker or b.speaker:
        return a.speaker == b.speaker
    return bool(a.actor) and a.actor == b.actor


def neighbour_stances(out: Sequence[Statement], leads: Sequence[float | None]) -> None:
    """Give each unsure statement of ``out`` the stance of the same speaker's sure statement
    that ends at most ``GAP`` characters before it. ``leads[i]`` is the stance model's lead
    for ``out[i]`` (None where a rule decided the stance)."""
    changed: list[tuple[Statement, Statement]] = []
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        lead, before = leads[i], leads[i - 1]
        if lead is None or lead >= UNSURE or b.stance is None:
            continue
        if before is None or before < SURE or a.stance is None or a.stance == b.stance:
            continue
        if b.start - a.end > GAP or b.start < a.end or not _same_voice(a, b):
            continue
        changed.append((b, a))
    for b, a in changed:
        b.stance = a.stance
