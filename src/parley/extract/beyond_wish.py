"""A settlement measured against the side's own wish ("the union had accepted a longer term
than it first wanted", "the bloc had moved further than it wanted", "had accepted fewer seats
than it had sought"): a concession made, CONCEDE.

The shape is the clause's grammar: a verb in the past or the perfect, with no modal and no
negation, carries (directly or through its object) a comparison "than" + a subject + a verb
of wishing or bidding ("wanted", "sought", "offered"). The comparison says the side gave
more than it meant to. Over the 51 development parts the coders code it CONCEDE in 5 of 6
(evt47; the other one goes on to a demand, REQUEST). A refusal to go that far ("would not
accept a bigger quota than the one offered") has a modal and a negation and stays. The event
model reads the words of the deal or of the grievance and gives REJECT or ACCUSE; the rule
overrides it when CONCEDE scores within ``BEYOND_MARGIN``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from parley.extract.narrow_events import EventRule, gated_override
from parley.extract.syntax import PAST_TAGS, SUBJECT_DEPS, parse_one

BEYOND_MARGIN = 6.0
# the verbs of a side's own wish or bid, in the past (the parser gives no lemmas); not "asked"
# nor "hoped": more than a side asked for or hoped is a gain ("had secured longer protection
# than it had asked for"), not a concession
WISHED = frozenset(("wanted", "sought", "offered", "intended", "planned", "proposed"))
# a cheap look before the parse
THAN_WISHED = re.compile(
    r"\bthan\s+(?:\w+\s+){1,4}?(?:" + "|".join(sorted(WISHED)) + r")\b", re.IGNORECASE
)
_UP = frozenset(("dobj", "pobj", "prep", "advmod", "npadvmod"))


def _main_verb(wish: Token) -> Token | None:
    """The verb the comparison hangs on: the wish's head, or the verb whose object it is."""
    node = wish.head
    for _ in range(4):
        if node.tag_.startswith("VB"):
            return node
        if node.dep_ not in _UP or node.head is node:
            return None
        node = node.head
    return None


def _done(verb: Token) -> bool:
    """A verb in the past or the perfect, with no modal and no negation."""
    children = list(verb.children)
    if verb.tag_ not in PAST_TAGS or any(c.dep_ == "neg" or c.tag_ == "MD" for c in children):
        return False
    return verb.tag_ == "VBD" or any(
        c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in children
    )


@lru_cache(maxsize=256)
def beyond_wish(text: str) -> bool:
    """Whether ``text`` says its subject gave more than it wished: a past act compared by
    "than" with the side's own wish or bid."""
    doc = parse_one(text)
    if doc is None:
        return False
    for than in doc:
        if than.lower_ != "than" or than.dep_ != "mark":
            continue
        wish = than.head
        if wish.lower_ not in WISHED or not any(c.dep_ in SUBJECT_DEPS for c in wish.children):
            continue
        verb = _main_verb(wish)
        if verb is not None and verb is not wish and _done(verb):
            return True
    return False


# ``event`` (the model's), or CONCEDE when the statement says its subject gave more than it wished
# and CONCEDE is close.
beyond_event: EventRule = gated_override("CONCEDE", (THAN_WISHED,), BEYOND_MARGIN, beyond_wish)
