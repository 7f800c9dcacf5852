"""Stance of a threat that enforces the deal: the consequence falls on the other side if it
refuses the plan or fails to honour it ("Russian forces would keep advancing if Kyiv
refused it", "the tariffs could return if partners failed to follow through", "it would
not be a silent partner if the agreement was not honoured").

A side that threatens whoever turns the deal down or breaks it wants the deal taken up and
kept. Gold of the development parts codes every such threat support. The stance model reads
the words of refusal, failure and menace and calls them oppose or mixed. A condition that is
a demand of the speaker's own ("if the company did not return with a better offer", "if
Iran refused to give up enrichment") is not this shape: the refusal must be of the deal
itself (an object "it", "the plan", "the agreement", ..., none, or a refusal "to accept",
"to sign", "to engage", "to negotiate"), or the failure one to keep it ("to honour", "to
follow through", "to keep its commitments", "to implement").

This rule reads the event (the threat), so it is not a ``StanceRule``:
``StatementClassifier.code`` applies it once the event is settled, after the text rules.
It moves oppose or mixed to support only when support scores within ``MARGIN`` of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from parley.extract.narrow_events import within

# the event of a warning or threat
THREATEN = "THREATEN"

# how far below the model's reading support may score for the rule to turn the stance
MARGIN = 8.0

# the condition and its subject (one to four words: "if Kyiv", "unless the new owners")
_IF = r"\b(?:if|unless|should)\s+(?:[\w'\u2019-]+\s+){1,4}?"
_PERSIST = r"(?:kept\s+|keeps\s+|continued\s+to\s+|continues\s+to\s+)?"
# the deal, as the object refused
_DEAL = (
    r"(?:it|them|the\s+(?:[\w-]+\s+)?(?:plan|deal|agreement|proposal|offer|terms|accord"
    r"|settlement|framework|text|draft|ceasefire|treaty|package))\b"
)
# a refusal of the deal: with the deal as object, or bare ("if Kyiv refused, ..."), or a
# refusal to take it up ("refused to engage with the draft")
_REFUSAL = (
    r"(?:(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing))\s+to\s+(?:accept|sign|engage"
    r"|negotiate|consider|discuss|bargain|implement|honou?r)\b"
    r"|(?:reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|turn(?:s|ed)?\s+(?:it|them)\s+down"
    r"|walk(?:s|ed)?\s+away\s+from|back(?:s|ed)?\s+out\s+of|renege[sd]?\s+on)"
    rf"(?:\s+{_DEAL}|\s*(?:[,;.:]|$)))"
)
# a failure to keep the deal, in the same clause as the condition
_BREACH = (
    r"\b(?:if|unless|should)\b[^.;:,]{0,60}?\b(?:not|never|fail(?:s|ed|ing)?\s+to|n['\u2019]t)"
    r"\s+(?:be\s+)?(?:honou?r(?:s|ed)?|follow(?:s|ed)?\s+through|kept|keep|implement(?:s|ed)?"
    r"|compl(?:y|ied|ies)|abide|respect(?:s|ed)?|stick\s+to)\b"
)
ENFORCED = re.compile(rf"{_IF}{_PERSIST}{_REFUSAL}|{_BREACH}", re.IGNORECASE)


def enforces_deal(text: str) -> bool:
    """Whether ``text`` conditions something on a refusal of the deal or a failure to keep
    it."""
    return ENFORCED.search(text) is not None


def enforcing_threat_stance(
    event: str | None, stance: str, text: str, classes: Sequence[str], scores: np.ndarray
) -> str:
    """``stance``, or support when the statement's ``event`` is THREATEN, the model reads
    oppose or mixed, ``text`` conditions the threat on a refusal or breach of the deal and
    support scores within ``MARGIN`` of the model's reading."""
    if event != THREATEN or stance not in ("oppose", "mixed") or not enforces_deal(text):
        return stance
    return "support" if within(scores, classes, "support", stance, MARGIN) else stance
