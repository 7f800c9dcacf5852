"""A stated readiness to help the other side or a settlement ("the agency stood ready to
support the rebuilding of the health system", "it was ready to help"): an offer.

Over the 49 development parts the coders code readiness to support, back, help, assist,
work with, host, contribute, cooperate, facilitate, finance, fund or mediate AGREE 60 times
in 70 (evt43). The event model reads it as a welcome (SUPPORT) when the verb is "support" or
"help"; where the statement also welcomes something ("welcomed the briefing and was ready to
cooperate"), the coders code SUPPORT, so the rule asks that the readiness be the clause's
first predicate ("<subject> stood/was/remained ready to ..."). It overrides the model only
when AGREE scores within ``OFFER_READINESS_MARGIN`` of SUPPORT: "the union stood ready to
support any just and lasting settlement" (SUPPORT in the gold, against two AGREE of the same
shape) scores SUPPORT 2.05 ahead, and stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from parley.extract.features import Utterance
from parley.extract.narrow_events import within
from parley.extract.readiness_threats import READY_TO

# a step that helps another party or a settlement along
HELPING_STEP = (
    r"(?:support|back|help|assist|work|host|contribute|co-?operate|facilitate|finance|fund"
    r"|mediate)"
)
# the readiness as the clause's first predicate: a subject of up to six words and a copula
FIRST_PREDICATE = re.compile(
    r"^\W*(?:[\w'’-]+\s+){0,5}?(?:stood|stands?|is|was|are|were|remained|remains?"
    r"|ha(?:d|s|ve)\s+been|would\s+be)\s+(?:also\s+|still\s+|fully\s+)?[\"“]?"
    + READY_TO
    + HELPING_STEP
    + r"\b",
    re.IGNORECASE,
)
OFFER_READINESS_MARGIN = 1.0


def offer_readiness(text: str) -> bool:
    """Whether ``text`` opens with a readiness to help: subject, copula, "ready to help"."""
    return FIRST_PREDICATE.search(text) is not None


def offer_readiness_event(
    event: str, u: Utterance, classes: Sequence[str], scores: np.ndarray
) -> str:
    """``event`` (the model's), or AGREE when the model reads an indirect statement that opens
    with a readiness to help as a welcome and AGREE is close."""
    if event != "SUPPORT" or u.direct or not offer_readiness(u.text):
        return event
    return "AGREE" if within(scores, classes, "AGREE", event, OFFER_READINESS_MARGIN) else event
