"""A resort to every means announced ("would use every legal avenue open to it", "will take
all necessary steps to defend the sector", "would resist the takeover with all means
available", "would respond in every forum available"): a coercive warning, THREATEN.

The shape is the clause's grammar: a noun of means (a tool, an avenue, a forum, an option, a
step, a measure, a remedy) quantified by "every" or "all" is the object of a verb (or of a
preposition on it) that a future modal ("will", "would", "shall") governs, directly or
through a verb it heads ("would continue to take all necessary steps"), and that nothing
negates. Over the 51 development parts the coders code such a statement THREATEN in 15 of
19 as the parser reads it (evt47; the others: a forced vote and "every legal avenue open to
us" after an allegation, ACCUSE; a quotation that rejects a ruling, REJECT; a pursuit of
justice "through every available forum", REQUEST). A discussion of "every option" (AGREE)
is left out: talking the options over threatens nobody. A call on another party to use
every tool ("urged the government to use every tool it has") has no modal on the verb and
stays a demand. The event model reads the clause's other words ("defend its share of the
water", "a change of control") and gives AGREE, ACCUSE or REJECT; the rule overrides it when
THREATEN scores within ``MEANS_MARGIN``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from parley.extract.narrow_events import EventRule, gated_override
from parley.extract.syntax import parse_one

MEANS_MARGIN = 6.0
# nouns that name a means of pressure when "every" or "all" quantifies them
MEANS_NOUNS = frozenset(
    (
        "means",
        "tool",
        "tools",
        "avenue",
        "avenues",
        "forum",
        "forums",
        "option",
        "options",
        "instrument",
        "instruments",
        "lever",
        "levers",
        "measures",
        "steps",
        "remedies",
    )
)
_QUANTIFIERS = frozenset(("every", "all"))
# a cheap look for a quantifier and a noun of means before the parse
QUANTIFIER_WORD = re.compile(r"\b(?:every|all)\b", re.IGNORECASE)
MEANS_WORD = re.compile(r"\b(?:" + "|".join(sorted(MEANS_NOUNS)) + r")\b", re.IGNORECASE)
_FUTURE_MODALS = frozenset(("will", "would", "'ll", "shall", "wo"))
# verbs of talking the options over: a discussion, not a warning
_TALK = frozenset(("discuss", "debate", "negotiate", "talk", "explain"))
# the links from the noun of means up to the verb whose object (or adjunct) it is
_UP = frozenset(("dobj", "pobj", "prep", "appos", "conj"))
_CHAIN = frozenset(("xcomp",))  # "would continue to take", "will seek to use"


def _quantified_means(token: Token) -> bool:
    return token.lower_ in MEANS_NOUNS and any(
        c.lower_ in _QUANTIFIERS and c.dep_ in ("det", "predet", "amod", "nmod")
        for c in token.children
    )


def _verb_of(noun: Token) -> Token | None:
    """The verb the noun of means is the object of, or hangs on by a preposition."""
    node = noun
    for _ in range(4):
        if node.dep_ not in _UP or node.head is node:
            return None
        node = node.head
        if node.tag_.startswith("VB"):  # the parser gives tags, no coarse parts of speech
            return node
    return None


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _future(verb: Token) -> bool:
    """Whether a future modal governs ``verb``, on itself or on the verb whose complement it
    is ("would continue to take"), and nothing on the way negates it."""
    node = verb
    for _ in range(3):
        if _negated(node):
            return False
        if any(c.tag_ == "MD" and c.lower_ in _FUTURE_MODALS for c in node.children):
            return True
        if node.dep_ not in _CHAIN:
            return False
        node = node.head
    return False


@lru_cache(maxsize=256)
def every_means(text: str) -> bool:
    """Whether ``text`` announces a resort to every means: a noun of means under "every" or
    "all" on a verb a future modal governs, not negated and not a verb of talking."""
    doc = parse_one(text)
    if doc is None:
        return False
    for token in doc:
        if not _quantified_means(token):
            continue
        verb = _verb_of(token)
        if verb is not None and verb.lower_ not in _TALK and _future(verb):
            return True
    return False


# ``event`` (the model's), or THREATEN when the statement announces a resort to every means and
# THREATEN is close.
means_event: EventRule = gated_override(
    "THREATEN", (QUANTIFIER_WORD, MEANS_WORD), MEANS_MARGIN, every_means
)
