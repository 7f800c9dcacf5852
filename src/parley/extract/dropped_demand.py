"""A demand dropped ("the league had dropped its proposals to cut the band", "the group asked
for a seat and dropped the demand last week", "the union had given up its demand for a say"):
a concession made, CONCEDE.

The shape is the clause's grammar: a verb of yielding (drop, abandon, waive, or give with the
particle "up"), in the past or the perfect, with no modal and no negation, is the reported
clause's main verb (its root, or a conjunct of the root), and its direct object is a noun of
a position held at the table (demand, proposal, insistence, request, objection, claim,
condition, opposition). Over the 51 development parts the coders code this CONCEDE in 13 of
13 (evt49); over the 52 parts of the forty-fifth round, 14 of 14 with "given up" (cnc45). The
same words as a condition ("talks could resume if the union dropped its demand", AGREE 3; one
such "provided" clause the parser reads as the root, so a subordinator other than the
complementiser "that", or a clause hung before the verb, blocks it), as a call ("had asked
the union to drop its demand", REQUEST) or negated ("had not abandoned its demand", "would not
drop its insistence", REQUEST and REJECT) are not the root of the clause or carry the
negation, and stay. The event model reads the words of the dropped proposal ("to cut", "to
extend") and gives REJECT or REQUEST; the rule overrides it when CONCEDE scores within
``DROPPED_MARGIN``.

This is the one rule for a dropped demand: it replaced (cnc45) a hard override by a regex
over the perfect ("had dropped / abandoned / given up / waived ... demand"), whose every hit
it reads by the parse. The regex stays only inside ``concessions.concession_made``, the event
model's feature ``conc:made``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from parley.extract.narrow_events import EventRule, gated_override
from parley.extract.syntax import PAST_TAGS, parse_one

DROPPED_MARGIN = 6.0
# the past forms of the verbs of yielding a position; "give" only with the particle "up"
YIELDING = frozenset(("dropped", "abandoned", "waived"))
GAVE = frozenset(("gave", "given"))
UP = "up"
# the nouns of a position held at the table
POSITIONS = frozenset(
    (
        "demand",
        "demands",
        "proposal",
        "proposals",
        "insistence",
        "request",
        "requests",
        "objection",
        "objections",
        "claim",
        "claims",
        "condition",
        "conditions",
        "opposition",
    )
)
# a cheap look before the parse: a past form of a verb of yielding a few words before a
# position noun
DROPPED_POSITION = re.compile(
    r"\b(?:"
    + "|".join(sorted(YIELDING))
    + r"|(?:"
    + "|".join(sorted(GAVE))
    + r")\s+up)\s+(?:[\w'-]+\s+){0,3}?(?:"
    + "|".join(sorted(POSITIONS))
    + r")\b",
    re.IGNORECASE,
)
# a subordinator that does not make the clause a condition: a second "and that" complement
COMPLEMENTISER = "that"


def _main(verb: Token) -> bool:
    """The root of the clause, or a conjunct of it."""
    node = verb
    while node.dep_ == "conj" and node.head is not node:
        node = node.head
    return node.dep_ == "ROOT"


def _blocked(node: Token, child: Token) -> bool:
    """A negation or modal on the verb; a subordinator ("if", "provided") making it a
    condition; or a clause before it that the parser hung on it (a condition misread as the
    root: "the union was ready, provided the board dropped its demand")."""
    return (
        child.dep_ == "neg"
        or (child.dep_ == "mark" and child.lower_ != COMPLEMENTISER)
        or child.tag_ == "MD"
        or (child.dep_ == "ccomp" and child.i < node.i)
    )


def _plain(verb: Token) -> bool:
    """A verb in the past or the perfect, affirmed and actual, its own clause or (for a
    conjunct) its root's."""
    if verb.tag_ not in PAST_TAGS:
        return False
    node = verb
    while True:
        if any(_blocked(node, c) for c in node.children):
            return False
        if node.dep_ != "conj" or node.head is node:
            return True
        node = node.head


def _yielding(verb: Token) -> bool:
    """A verb of yielding: drop, abandon, waive, or give with the particle "up"."""
    if verb.lower_ in YIELDING:
        return True
    return verb.lower_ in GAVE and any(c.dep_ == "prt" and c.lower_ == UP for c in verb.children)


@lru_cache(maxsize=256)
def dropped_demand(text: str) -> bool:
    """Whether ``text`` says its subject dropped a demand or a position of its own."""
    doc = parse_one(text)
    if doc is None:
        return False
    for verb in doc:
        if not _yielding(verb) or not _main(verb) or not _plain(verb):
            continue
        if any(c.dep_ == "dobj" and c.lower_ in POSITIONS for c in verb.children):
            return True
    return False


# ``event`` (the model's), or CONCEDE when the statement says its subject dropped a demand and
# CONCEDE is close.
dropped_event: EventRule = gated_override(
    "CONCEDE", (DROPPED_POSITION,), DROPPED_MARGIN, dropped_demand
)
