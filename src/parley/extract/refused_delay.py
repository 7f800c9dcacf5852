"""Stance of a delay refused: the side says the matter cannot wait, stall or be put off any
longer ("the ports cannot wait any longer", "the merger could not be allowed to stall",
"the commission could not keep kicking this down the road", "urged the bloc not to let the
plan slip into next year").

A side that will not let the deal be delayed is pressing for it: gold reads every such
statement of the development parts support (ten, none mixed or oppose). The stance model
reads the negation and the words of delay and calls some of them oppose. Only a delay
refused with a modal ("cannot", "could not", "must not", "should not") or a refusal to let
the deal slip counts: a plain negation ("my costs did not wait for them", "not merely
postponed") states a fact or asks for more, and gold reads those oppose or mixed. Nor does a
matter that cannot wait for the deal itself ("air defence cannot wait for a signature"): that
side means to go ahead without the deal.
The rule moves oppose only, and only when support scores within ``MARGIN`` of it.
"""

from __future__ import annotations

import re

from parley.extract.narrow_events import StanceRule, text_override
from parley.extract.prefilter import Prefiltered

# how far below oppose support may score for the rule to turn the stance
MARGIN = 3.0

_Q = r"[\"'\u201c\u2018]?"
# a modal of impossibility or prohibition, then (within three words: "be allowed to",
# "make us", "keep") a verb of delay
_MODAL_DELAY = (
    r"\b(?:cannot|can\s+not|could\s+not|couldn['\u2019]t|can['\u2019]t|must\s+not"
    r"|mustn['\u2019]t|should\s+not|shouldn['\u2019]t|can\s+no\s+longer|could\s+no\s+longer)"
    rf"\s+(?:{_Q}[\w'\u2019]+\s+){{0,3}}?{_Q}"
    r"(?:wait|stall|delay|drag\s+on|slip|drift|kick(?:ing)?\b[^.;]{0,25}?\bdown\s+the\s+road"
    r"|be\s+(?:postponed|put\s+off|delayed|deferred))\b"
)
# a refusal to let the deal slip ("not to let the plan slip into next year")
_NOT_LET_SLIP = r"\bnot\s+(?:to\s+)?(?:let|allow)\s+(?:[\w'\u2019]+\s+){1,4}?(?:slip|stall|drift)\b"
DELAY_REFUSED = re.compile(rf"{_MODAL_DELAY}|{_NOT_LET_SLIP}", re.IGNORECASE)
# what cannot wait for the deal itself ("air defence cannot wait for a signature") is to go
# ahead without it, not to press for it
_WAIT_FOR_DEAL = re.compile(
    r"\bwait\s+for\s+(?:a|an|the|any)\s+(?:[\w-]+\s+)?(?:signature|deal|agreement|accord"
    r"|treaty|peace|ceasefire|settlement|plan|text)\b",
    re.IGNORECASE,
)


_DELAY_REFUSED_CHECKED = Prefiltered(DELAY_REFUSED)  # searched only where its words are


def refuses_delay(text: str) -> bool:
    """Whether ``text`` says, with a modal, that the matter cannot wait or be delayed (and
    not that it cannot wait for the deal)."""
    return _DELAY_REFUSED_CHECKED.search(text) is not None and _WAIT_FOR_DEAL.search(text) is None


# ``stance`` (the model's), or support when the model reads oppose, ``u.text`` refuses a delay
# and support scores within ``MARGIN`` of oppose.
refused_delay_stance: StanceRule = text_override(
    frozenset({"oppose"}), "support", refuses_delay, MARGIN
)
