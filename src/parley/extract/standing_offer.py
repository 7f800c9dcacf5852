"""Stance of a statement that something still stands: an offer, an agreement, an
understanding or a warning is said to stand ("the offer still stood", "the agreement
between the two leaders stands", "that part still stands").

A side that says its offer or the agreement stands is holding to it: gold reads every such
statement of the development parts support (ten, in nine parts; none mixed or oppose). The
stance model reads some of them, short and with "still", as oppose. "As it stands" ("we
cannot accept it as it stands") is a reservation about the text, not a standing offer, and
does not count; nor does "stand" with an object or a particle ("stood firm", "stands by"),
nor a refusal that stands ("the objection still stood").
The rule moves oppose only, and only when support scores within ``MARGIN`` of it.
"""

from __future__ import annotations

import re

from parley.extract.narrow_events import StanceRule, text_override
from parley.extract.prefilter import Prefiltered

# how far below oppose support may score for the rule to turn the stance (the two
# development cases the model reads oppose sit 1.6 and 1.8 below)
MARGIN = 3.0

# "stands" / "stood", optionally after "still", closing its clause: the end of the text, a
# mark of punctuation or a following "and"; not after "as it" / "as they"
STANDS = re.compile(
    r"(?<!\bas\sit\s)(?<!\bas\sthey\s)(?<!\bas\sit\sstill\s)"
    r"\b(?:still\s+)?(?:stands|stood)\b"
    r"(?=\s*(?:$|[.,;:!]|[\"'\u201d\u2019]\s*(?:$|[.,;:!]|and\b)|and\b))",
    re.IGNORECASE,
)


# a refusal that stands ("the objection still stood", "our rejection stands") is no offer held
_REFUSAL = re.compile(r"\b(?:reject\w*|refus\w*|oppos\w*|objection\w*|veto\w*)\b", re.IGNORECASE)


_STANDS_CHECKED = Prefiltered(STANDS)  # searched only where its words are


def says_stands(text: str) -> bool:
    """Whether ``text`` says that something stands, closing its clause, with no refusal."""
    return _STANDS_CHECKED.search(text) is not None and _REFUSAL.search(text) is None


# ``stance`` (the model's), or support when the model reads oppose, ``u.text`` says that
# something stands and support scores within ``MARGIN`` of oppose.
standing_offer_stance: StanceRule = text_override(
    frozenset({"oppose"}), "support", says_stands, MARGIN
)
