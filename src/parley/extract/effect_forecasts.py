"""A forecast of effect: a reported clause in which a thing, not a party, "would" or "will"
do something to the world ("any rise in imports would depress prices", "the switch would
make the payments more predictable", "the loopholes would let expansion continue").

The event model reads the modal as a party's commitment (AGREE); the coders read what the
forecast says of the thing: a welcome (SUPPORT), a refusal (REJECT) or a charge (ACCUSE).
Measured by evt40 on test43-test52, which the event model never trained on. The subject
that excludes the shape is a pronoun or a party's noun ("the union would make its case",
a commitment) or a deal's noun ("the deal would raise wages", the deal's terms, which the
coders code AGREE). The rule overrides the model only when the verdict class it gives
scores within ``EFFECT_MARGIN`` of AGREE, so that what the model learnt with confidence
stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from parley.extract.features import Utterance
from parley.extract.holders import DEAL_WORDS
from parley.extract.narrow_events import within

# verbs of effect: what a measure, a flow or a change does to prices, people, a market
EFFECT_VERBS = (
    r"(?:bring|make|let|open|close|depress|punish|strengthen|weaken|reduce|increase|cut"
    r"|raise|boost|hurt|harm|damage|undermine|break|cost|help|allow|enable|ensure|create"
    r"|destroy|threaten|benefit|lift|lower|mean|lead|give|deliver|protect|pay|put|leave"
    r"|drive|push|end|kill|save|hit|fuel|encourage|discourage|deter|jeopardi[sz]e|endanger"
    r"|improve|worsen|affect|force|add|expose|stabili[sz]e|secure)"
)
# the word before the modal (a lower-case subject's head) and the verb of effect after it
FORECAST = re.compile(rf"\b([a-z][\w'-]*)\s+(?:would|will)\s+(?:\w+ly\s+)?{EFFECT_VERBS}\b")
PRONOUNS = frozenset(
    ("he", "she", "they", "we", "it", "i", "you", "who", "which", "that", "and", "but", "or",
    "there", "this", "these", "those")
)  # fmt: skip
# nouns for a party or its people: what they "would" do is a commitment
PARTY_NOUNS = frozenset(
    (
    "party", "parties", "government", "governments", "union", "unions", "company",
    "companies", "members", "side", "sides", "country", "countries", "ministry", "chamber",
    "group", "groups", "bank", "board", "committee", "administration", "council", "bloc",
    "coalition", "state", "states", "city", "province", "alliance", "president",
    "employers", "employer", "utility", "officers", "officials", "workers", "leaders",
    "leader", "minister", "ministers", "firm", "firms", "authority", "regulator", "people",
    )
)  # fmt: skip
NOT_A_THING = PRONOUNS | PARTY_NOUNS | DEAL_WORDS
VERDICTS = ("SUPPORT", "REJECT", "ACCUSE")
EFFECT_MARGIN = 5.0


def effect_forecast(text: str) -> bool:
    """Whether ``text`` forecasts what a thing (not a party, not a deal) would do."""
    return any(m.group(1).lower() not in NOT_A_THING for m in FORECAST.finditer(text))


def forecast_event(event: str, u: Utterance, classes: Sequence[str], scores: np.ndarray) -> str:
    """``event`` (the model's), or the verdict class the model scores highest when it reads
    an indirect forecast of effect as AGREE and that class is close."""
    if event != "AGREE" or u.direct or not effect_forecast(u.text):
        return event
    verdicts = [c for c in VERDICTS if c in classes]
    if not verdicts:
        return event
    best = max(verdicts, key=lambda c: float(scores[classes.index(c)]))
    return best if within(scores, classes, best, event, EFFECT_MARGIN) else event
