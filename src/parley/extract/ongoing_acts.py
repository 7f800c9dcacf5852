"""An act in progress: a reported clause whose verb is in the progressive and names what a
party is doing now ("the two sides are discussing an exemption", "the company was in talks
with an investor", "the union is demanding more in a fourth year"). Talks are also in
progress when a word or two qualifies them ("was in preliminary talks with", "was "in active
negotiations" with") or when the progressive is "continuing" with the talks as its object
("was continuing negotiations with several bidders"); evt51 counted these over the 52
development parts: 5 gold statements, all CONSULT (the model had 3 of them as AGREE).

The event model reads the commitment words around such a verb ("committed", "would",
"agreement") as an offer (AGREE); the coders code the act in progress: talking is a
consultation (CONSULT), asking is a demand (REQUEST). Measured by evt41 on test43-test52,
which the event model never trained on. A commitment to go on talking ("would keep
talking", "agreed to keep negotiating") is an offer in the gold, so only the progressive
of "be" counts, not "keep" or "continue". The rule overrides the model only when the class
it gives scores within ``ONGOING_MARGIN`` of the model's, so that what the model learnt
with confidence stands. "Working on" a deal is left out: the gold reads it as the offer
("his team was working on an agreement and hoped to have one within weeks", AGREE).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from parley.extract.features import Utterance
from parley.extract.narrow_events import within

# "be" (not "'s", which is as often a possessive: "the envoy's meeting") and an adverb
_BE = r"\b(?:is|are|was|were|been|'re|’re)\s+(?:still\s+|now\s+|also\s+|currently\s+|only\s+)?"
# the talks themselves
_TALKS = r"(?:talks|negotiations|discussions)\b"
# "in talks", also with a word or two between ("in preliminary talks", "in "active
# negotiations""), or "continuing" with the talks as its object ("continuing negotiations")
_IN_TALKS = r"[\"“]?(?:in\s+[\"“]?(?:[\w-]+\s+){0,2}|continuing\s+(?:[\w-]+\s+)?)" + _TALKS
# verbs of talking with the other side, in the progressive, or talks in progress
TALKING = re.compile(
    _BE
    + r"(?:"
    + _IN_TALKS
    + r"|(?:negotiat|discuss|consult|talk|meet|exchang|confer|bargain)\w*ing\b)",
    re.IGNORECASE,
)
# verbs of asking, in the progressive
ASKING = re.compile(
    _BE + r"(?:seeking|demanding|asking|pressing|pushing|calling|lobbying|urging|appealing"
    r"|insisting)\b",
    re.IGNORECASE,
)
TALKING_FROM = frozenset({"AGREE"})
ASKING_FROM = frozenset({"AGREE", "SUPPORT"})
ONGOING_MARGIN = 5.0


def ongoing_event(event: str, u: Utterance, classes: Sequence[str], scores: np.ndarray) -> str:
    """``event`` (the model's), or the class of the act an indirect statement reports in
    progress (REQUEST for asking, CONSULT for talking) when the model reads it as an offer
    or a welcome and that class is close."""
    if u.direct:
        return event
    if event in ASKING_FROM and ASKING.search(u.text):
        target = "REQUEST"
    elif event in TALKING_FROM and TALKING.search(u.text):
        target = "CONSULT"
    else:
        return event
    return target if within(scores, classes, target, event, ONGOING_MARGIN) else event
