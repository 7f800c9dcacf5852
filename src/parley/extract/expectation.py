"""An expectation laid on another party ("expected Serbia to protect the interests of its
partners", "expected both sides to bargain in good faith"): the reported clause says what
that party must do (REQUEST).

The shape is the clause's grammar: a verb of expecting whose own clause is an infinitive
with a subject of its own that names a party ("expected [Kyiv] [to respond]", "[both sides]
[to bargain]"), not a forecast of an event ("the vote to take place", "the acceptance period
to open") nor a passive one ("the declaration to be signed"), nor an expectation denied
("do not expect the suspension to happen") or borne by the speaker ("was expected to").
Over the 50 development parts the coders code the indirect statements of that shape REQUEST
in the great majority (evt45); the event model misreads the few whose other words speak of
the speaker's own commitment ("would work with the new government and expected it to
continue to uphold the rights of all minorities") as AGREE by little. The rule asks the
parser only for an indirect statement the model does not code REQUEST when REQUEST scores
within ``EXPECTATION_MARGIN``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from parley.extract.effect_forecasts import PARTY_NOUNS
from parley.extract.features import Utterance
from parley.extract.narrow_events import within
from parley.extract.syntax import parse_one

EXPECT_FORMS = frozenset(("expect", "expects", "expected", "expecting"))
EXPECTATION_MARGIN = 1.5

# the subject of the infinitive: a party named or a pronoun; a common noun only when it
# names a party or its people ("both sides", "the government"), not a thing that may happen
# ("the acceptance period to open", "the bloc's ties to deepen": a forecast)
_NAME_TAGS = frozenset(("NNP", "NNPS", "PRP"))


@lru_cache(maxsize=256)
def expectation_of_party(text: str) -> bool:
    """Whether ``text`` holds a verb of expecting, active and not negated, whose clausal
    complement is an active infinitive with a subject of its own ("expected Kyiv to
    respond"). Only a text that holds a verb of expecting is parsed."""
    if "expect" not in text.lower():
        return False
    doc = parse_one(text)
    if doc is None:
        return False
    for verb in doc:
        if verb.lower_ not in EXPECT_FORMS or not verb.tag_.startswith("VB"):
            continue
        deps = {c.dep_ for c in verb.children}
        if deps & {"auxpass", "neg", "nsubjpass"}:
            continue  # "was expected to", "do not expect"
        for clause in verb.children:
            if clause.dep_ not in ("ccomp", "xcomp") or clause.tag_ != "VB":
                continue
            inner = {c.dep_: c for c in clause.children}
            if "auxpass" in inner or "neg" in inner:
                continue
            to = inner.get("aux")
            subject = inner.get("nsubj")
            if to is None or to.lower_ != "to" or subject is None:
                continue
            agent = subject.tag_ in _NAME_TAGS or subject.lower_ in PARTY_NOUNS
            if agent and verb.i < subject.i < to.i:
                return True
    return False


def expectation_event(event: str, u: Utterance, classes: Sequence[str], scores: np.ndarray) -> str:
    """``event`` (the model's), or REQUEST when an indirect statement lays an expectation on
    another party and REQUEST is close."""
    if event == "REQUEST" or u.direct:
        return event
    if not within(scores, classes, "REQUEST", event, EXPECTATION_MARGIN):
        return event
    return "REQUEST" if expectation_of_party(u.text) else event
