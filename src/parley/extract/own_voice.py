"""Statements a speaker with no side makes in a voice of their own, not as hearsay.

A speaker the text gives no party (a commentator, a resident, a union leader, an
opposition politician) who names a party is often judging it, not reporting its position:
"accused [the government] of siding with the employers" is the critic's charge, and
"[They] want us to thank them for losing" is a grievance told in the name of a group the
speaker belongs to ("we", "us", "our"). Neither is another party's position in the sense
of ``about``; a party the same speaker reports without either mark still is ("Riyadh
wants quiet on its southern border").
"""

from __future__ import annotations

import re

# The speaker's own group in a quotation: "we", "us", "our" ("US" in capitals is a state)
_FIRST_PLURAL = re.compile(r"\b(?:[Ww]e|us|[Oo]urs?|[Oo]urselves)\b")


def own_voice(*, sided: bool, lemma: str, direct: bool, content: str) -> bool:
    """True when a statement of a speaker with no side (``sided`` false) is the speaker's
    own charge or grievance rather than a report of another party's position: an
    accusation, or a quotation spoken in the first person plural."""
    if sided:
        return False
    if lemma == "accuse":
        return True
    return direct and _FIRST_PLURAL.search(content) is not None
