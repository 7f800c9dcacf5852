"""A complaint that a party was never asked or consulted: "nobody in the capital had asked
the cities what that would cost", "nobody asks what happens on this border", "the minister
agreed to it without consulting parliament". An accusation (ACCUSE).

The complaint has two shapes: "nobody/no one" (with an optional place or body, "nobody in
Washington") as the subject of "ask/consult" whose complement is a question ("what", "who",
"whether", "why", "about" ...), and "without asking/consulting" + its object. A request
("nobody has asked us to leave", "without asking them to pay") and a condition ("if ...
without consulting") are left out. Over the 49 development parts the coders code all 17 such
statements ACCUSE (evt43); the event model reads the new ones (test45, test49, test52,
test53) as the request or threat the verb "ask" suggests, by less than 0.6. The rule
overrides it when ACCUSE scores within ``UNASKED_MARGIN``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from parley.extract.features import Utterance
from parley.extract.narrow_events import within

_ASK = r"(?:ask|asks|asked|asking|consults?|consulted|consulting)"
# "nobody (in Washington) (had ever) asked (the cities) what ..."
NOBODY_ASKED = re.compile(
    r"\b(?:nobody|no\s+one)\b"
    r"(?:\s+(?:in|at|from|on|inside|among|within|of)\s+[^,.;]{1,40}?)?"
    r"\s+(?:(?:has|had|have|is|was|ever|even|really|once|yet|bothered\s+to|thought\s+to"
    r"|called\s+to|came\s+to)\s+)*"
    + _ASK
    + r"\s+(?:(?:the\s+|our\s+|their\s+|its\s+)?[\w'’-]+\s+)?"
    r"(?:what|who|whom|whose|whether|why|where|how|when|which|about)\b",
    re.IGNORECASE,
)
# "without (first) consulting parliament", not "without asking them to pay"
WITHOUT_ASKING = re.compile(
    r"\bwithout\s+(?:first\s+|even\s+|ever\s+)?(?:asking|consulting)\s+[^,.;]{0,40}?"
    r"(?=[,.;]|$|\s+(?:and|but|or|first|beforehand|about)\b)",
    re.IGNORECASE,
)
CONDITION = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
_REQUEST_TO = re.compile(r"\bto\b", re.IGNORECASE)
UNASKED_MARGIN = 5.0


def unasked(text: str) -> bool:
    """Whether ``text`` complains that nobody asked or consulted a party."""
    if CONDITION.search(text):
        return False
    if NOBODY_ASKED.search(text):
        return True
    match = WITHOUT_ASKING.search(text)
    return match is not None and _REQUEST_TO.search(match.group(0)) is None


def unasked_event(event: str, u: Utterance, classes: Sequence[str], scores: np.ndarray) -> str:
    """``event`` (the model's), or ACCUSE when the statement complains that nobody asked or
    consulted a party and ACCUSE is close."""
    if event == "ACCUSE" or not unasked(u.text):
        return event
    return "ACCUSE" if within(scores, classes, "ACCUSE", event, UNASKED_MARGIN) else event
