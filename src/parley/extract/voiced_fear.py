"""Stance of a fear voiced about the deal: the statement opens with a side that fears, or is
worried or concerned, that the deal will do harm ("it feared the new rules would tie up
farm work", "its members feared one railroad holding the keys", "they were concerned that
the limits would leave the country exposed").

A side that voices a fear about the deal is against it or weighs it: gold reads such
statements of the development parts oppose (seven) or mixed (five), never support. The
stance model reads two of the oppose ones support, taking the words of the feared outcome
for the side's own. The rule moves support only, to oppose (a mixed reading stays), and
only when oppose scores within ``MARGIN`` of support.
"""

from __future__ import annotations

import re

from parley.extract.narrow_events import StanceRule, text_override

# how far below support oppose may score for the rule to turn the stance
MARGIN = 3.0

# the subject (up to four words) and the verb of fear at the opening, before what is feared;
# not a fear denied or discounted ("nobody should fear the rules", "did not fear a strike")
FEAR = re.compile(
    r"^(?!(?:\S+\s+){0,4}?(?:no|nobody|not|never|should|need|must|did|do|does)\b)"
    r"(?:\S+\s+){0,4}?(?:feared|fears|fear|(?:was|were|are|is)\s+(?:worried|concerned))"
    r"\s+(?:that\b|about\b|\"|\u201c|the\b|a\b|an\b|it\b|they\b|losing\b)",
    re.IGNORECASE,
)


def voices_fear(text: str) -> bool:
    """Whether ``text`` opens with a side that fears, or is worried or concerned, about what
    follows."""
    return FEAR.search(text) is not None


# ``stance`` (the model's), or oppose when the model reads support, ``u.text`` opens with a
# voiced fear and oppose scores within ``MARGIN`` of support.
voiced_fear_stance: StanceRule = text_override(
    frozenset({"support"}), "oppose", voices_fear, MARGIN
)
