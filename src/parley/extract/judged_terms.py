"""A test announced for another party ("the party would judge the government by whether it
rebuilds the villages", "investors will judge the plan on its results", "the union would hold
the ministers to their promise"): the speaker's side names what the other must deliver, a
demand, REQUEST.

The shape is the clause's grammar: "judge", "measure" or "assess" with an object and a
criterion in "by" or "on", or "hold" with an object and a standard in "to", under a future
modal ("would", "will") and not negated. The test must be what the statement says: the verb
is the root of the reported clause, or a conjunct after a plain description ("the bonds were
a step forward but creditors would judge ..."); after a verb of its own ("welcomed the
outcome but would hold management to its promises") the first verb decides. A test that goes
on to another step ("would judge it on its budget and would not hesitate to withdraw") is
coded by that step and stays. Over the 51 development parts the coders code the shape
REQUEST in 12 of 14 scored statements (as the parser reads it; evt48). The event model reads
the other words (the criterion, the party) and gives SUPPORT, ACCUSE or AGREE; the rule
overrides it when REQUEST scores within ``JUDGED_MARGIN``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from parley.extract.narrow_events import EventRule, gated_override
from parley.extract.syntax import parse_one

JUDGED_MARGIN = 6.0
# the verbs of a test and the prepositions that carry their criterion
CRITERIA = {"judge": ("by", "on"), "measure": ("by", "on"), "assess": ("by", "on"), "hold": ("to",)}
# a cheap look before the parse
JUDGED_WORD = re.compile(
    r"\b(?:would|will|'ll)\s+(?:\w+\s+)?(?:judge|measure|assess|hold)\b", re.IGNORECASE
)
_FUTURE = frozenset(("would", "will", "'ll"))
_DESCRIPTIVE = frozenset(("be", "is", "are", "was", "were", "been", "remain", "remained"))


def _tested(verb: Token) -> bool:
    """Whether ``verb`` announces a test: a future modal, no negation, an object, and the
    criterion in its preposition."""
    preps = CRITERIA.get(verb.lower_)
    if preps is None or verb.tag_ != "VB":
        return False
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return False
    if not any(c.tag_ == "MD" and c.lower_ in _FUTURE for c in children):
        return False
    if not any(c.dep_ == "dobj" for c in children):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in preps
        and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        for c in children
    )


def _said(verb: Token) -> bool:
    """Whether the test is what the statement says: the root, or a conjunct of a plain
    description, and not followed by a step of its own."""
    if any(c.dep_ == "conj" and c.tag_.startswith("VB") for c in verb.children):
        return False
    if verb.dep_ == "ROOT":
        return True
    head = verb.head
    return verb.dep_ == "conj" and head.dep_ == "ROOT" and head.lower_ in _DESCRIPTIVE


@lru_cache(maxsize=256)
def judged_terms(text: str) -> bool:
    """Whether ``text`` announces the test its subject will put another party to."""
    doc = parse_one(text)
    if doc is None:
        return False
    return any(_tested(t) and _said(t) for t in doc)


# ``event`` (the model's), or REQUEST when the statement announces a test for another party and
# REQUEST is close.
judged_event: EventRule = gated_override("REQUEST", (JUDGED_WORD,), JUDGED_MARGIN, judged_terms)
