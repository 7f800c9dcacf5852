"""Accusations a speaker with no side makes in a voice of their own, not as hearsay.

A speaker the text gives no party (a commentator, a union leader, an opposition
politician, a rights group) who accuses a party is judging it, not reporting its position:
"accused [the government] of siding with the employers" is the critic's charge. It is not
another party's position in the sense of ``about``; a party the same speaker reports
without accusing it still is ("Riyadh wants quiet on its southern border"). A speaker with
a side who accuses the other side is left to the parse ("the army of rejecting peace
again": the gold reads some such charges as the accused party's position).
"""

from __future__ import annotations


def own_voice(*, sided: bool, lemma: str) -> bool:
    """True when a statement of a speaker with no side (``sided`` false) is the speaker's
    own charge rather than a report of another party's position: an accusation."""
    return not sided and lemma == "accuse"
