"""Stance of a verdict that the bid is worth too little: "the offer undervalues the bank",
"all three approaches undervalued the company", "BHP's approach was opportunistic and
failed to recognise the value of the group".

A target company's board, its shareholders or its government that say the bid undervalues
the company are against the bid: gold reads every such statement across the development
parts oppose. The stance model reads the words of value ("value", "recognise") and calls
most of them support. The verdict must fall on the deal itself (an offer, bid, approach,
proposal, price or terms within the same clause); a party "undervalued" by its allies
("the high command had undervalued it") is no verdict on a bid. A verdict denied in its
own clause ("the offer does not undervalue the group") stays with the model.
"""

from __future__ import annotations

import re

from parley.extract.narrow_events import StanceRule, text_override
from parley.extract.prefilter import Prefiltered

# the deal, then up to eight words of the same clause, then the verdict of too little worth
VERDICT = re.compile(
    r"\b(?:offers?|bids?|approach(?:es)?|proposals?|price|terms)\b"
    r"(?P<gap>(?:[^\s,;:.]*\s+){0,8}?)[\"'\u201c\u2018]?"
    r"(?:(?:significantly|substantially|materially|fundamentally|still|grossly)\s+)?"
    r"(?:undervalu\w*|opportunistic"
    r"|(?:fail\w*|did\s+not|does\s+not|do\s+not)\s+(?:to\s+)?(?:reflect|recognise|recognize)"
    r"\s+(?:the\s+)?(?:full\s+|true\s+|fair\s+)?value)\b",
    re.IGNORECASE,
)
# a denial between the deal and the verdict
_DENIED = re.compile(r"\b(?:not|never|no|hardly)\b|n't\b", re.IGNORECASE)


_VERDICT_CHECKED = Prefiltered(VERDICT)  # searched only where its words are


def undervalues_deal(text: str) -> bool:
    """Whether ``text`` says the bid undervalues its target, undenied."""
    return any(not _DENIED.search(m.group("gap")) for m in _VERDICT_CHECKED.finditer(text))


# ``stance`` (the model's), or oppose when the model reads support or mixed and ``u.text`` says
# the bid undervalues its target. No margin: gold reads every such verdict oppose, also where the
# model is sure of support (by 4.95) or mixed (by 5.2).
valuation_verdict_stance: StanceRule = text_override(
    frozenset({"support", "mixed"}), "oppose", undervalues_deal, None
)
