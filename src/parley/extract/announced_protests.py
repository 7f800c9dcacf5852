"""An announced protest: a reported clause that says a party "would picket", "will
organise protests", or that "picketing would continue", with no condition on it.

The event model reads the modal as a threat (THREATEN); the coders code a protest announced
without a condition as the protest itself (PROTEST) and keep THREATEN for one that hangs on
a condition ("members would protest if the final text opened the market"). Measured by evt40
on test43-test52, which the event model never trained on. The rule overrides the model only
when PROTEST scores within ``PROTEST_MARGIN`` of THREATEN.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from parley.extract.features import Utterance
from parley.extract.narrow_events import within

# a protest announced with a modal, or one said to go on
ANNOUNCED_PROTEST = re.compile(
    r"\b(?:would|will)\s+(?:\w+ly\s+)?(?:continue\s+(?:to\s+)?)?"
    r"(?:picket|protest|march|demonstrate|rally|(?:organi[sz]e|stage)\s+protests"
    r"|hold\s+(?:a\s+)?(?:protest|rall|demonstration)\w*)\b"
    r"|\b(?:picketing|protests?|demonstrations?|the\s+strike)\s+would\s+continue",
    re.IGNORECASE,
)
CONDITION = re.compile(r"\b(?:if|unless|until)\b", re.IGNORECASE)
PROTEST_MARGIN = 3.0


def announced_protest(text: str) -> bool:
    """Whether ``text`` announces a protest with no condition on it."""
    return ANNOUNCED_PROTEST.search(text) is not None and CONDITION.search(text) is None


def protest_event(event: str, u: Utterance, classes: Sequence[str], scores: np.ndarray) -> str:
    """``event`` (the model's), or PROTEST when the model reads an indirect, unconditioned
    announcement of a protest as a threat and PROTEST is close."""
    if event != "THREATEN" or u.direct or not announced_protest(u.text):
        return event
    return "PROTEST" if within(scores, classes, "PROTEST", event, PROTEST_MARGIN) else event
