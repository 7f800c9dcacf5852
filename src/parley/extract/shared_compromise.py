"""Stance of a statement that the deal is a compromise no side won outright: "Nobody got
everything they wanted", "not everyone gets what they want", "Nobody walked away from this
thinking they won everything".

Said of a deal, the words defend it as a fair compromise: gold reads these statements
support (or mixed, when the speaker goes on to a complaint the model already weighs). The
stance model reads the denial ("nobody", "not everyone") and calls some of them oppose; the
rule turns such an oppose support when support scores within the margin.
"""

from __future__ import annotations

import re

from parley.extract.deal_contents import MARGIN
from parley.extract.narrow_events import StanceRule, text_override

# no side, then (in the same clause) a verb of getting or winning, then all it wanted
COMPROMISE = re.compile(
    r"\b(?:nobody|no\s+one|not\s+everyone|not\s+everybody|neither\s+side|no\s+side)\b"
    r"[^,;:.]{0,40}?\b(?:got|gets|get|won|wins|walked\s+away)\b"
    r"[^,;:.]{0,40}?\b(?:everything|all\s+(?:it|they|we|he|she)\s+wanted"
    r"|what\s+(?:it|they|we|he|she)\s+wan(?:t|ted))\b",
    re.IGNORECASE,
)


def shared_compromise(text: str) -> bool:
    """Whether ``text`` says no side got all it wanted."""
    return COMPROMISE.search(text) is not None


# ``stance`` (the model's), or support when the model reads oppose, ``u.text`` says no side got
# all it wanted and support scores within ``MARGIN`` of oppose.
shared_compromise_stance: StanceRule = text_override(
    frozenset({"oppose"}), "support", shared_compromise, MARGIN
)
