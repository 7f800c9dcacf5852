"""A coercive step under consideration ("the union would examine a legal challenge", "they
are weighing cases before the court of arbitration", "it would consider suing the
directors", "he would weigh voting against it"): a warning of what the speaker's side may
do, THREATEN.

The shape is the clause's grammar: a verb of deliberation ("consider", "weigh", "study",
"examine", "explore", "look at", ...) still open, in the progressive or under a modal, and
not negated, whose object is a step taken against another party: a noun of litigation or of
industrial or trade action ("challenge", "case", "arbitration", "strike", "ballot",
"sanctions", "countermeasures", "response", "action") or the gerund of one ("suing", "voting
against"). A deliberation in a relative clause describes its party ("the court, which is
weighing several challenges") and stays. A deliberation over a text or an offer ("would
study the proposals", "would consider any new offer") has another object and stays what the
model reads; so does a verdict in the past ("considered the case unjustified"), which has no
open deliberation. Over the 51 development parts the coders code that shape THREATEN in 14
of 14 (as the parser reads it; evt47). The event model reads the other words ("directors",
"the Court of Arbitration, the World Bank") and gives ACCUSE, SUPPORT or REJECT; the rule
overrides it when THREATEN scores within ``WEIGHED_MARGIN``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from parley.extract.narrow_events import EventRule, gated_override
from parley.extract.syntax import parse_one

WEIGHED_MARGIN = 6.0
# the verbs of deliberation, in their base and progressive forms (the parser gives no lemmas)
DELIBERATION = re.compile(
    r"^(?:consider|weigh|study|examine|explore|mull|evaluate|review|assess|look)(?:ing)?$"
    r"|^(?:weighs|considers|studies|examines|explores|mulls|reviews|assesses|looks|studying"
    r"|examining|exploring|evaluating|reviewing|assessing)$",
    re.IGNORECASE,
)
# a cheap look for any of them before the parse
DELIBERATION_WORD = re.compile(
    r"\b(?:consider|weigh|stud(?:y|ies|ying)\b|examin|explor|mull|evaluat|review|assess|look)",
    re.IGNORECASE,
)
# steps taken against another party
COERCIVE_NOUNS = frozenset(
    (
        "challenge",
        "challenges",
        "case",
        "cases",
        "arbitration",
        "lawsuit",
        "lawsuits",
        "litigation",
        "action",
        "response",
        "countermeasure",
        "countermeasures",
        "sanction",
        "sanctions",
        "retaliation",
        "strike",
        "strikes",
        "walkout",
        "lockout",
        "boycott",
        "ballot",
    )
)
# the gerunds of such a step; "voting" only against something
COERCIVE_GERUNDS = frozenset(("suing", "striking", "challenging", "retaliating", "boycotting"))
# a cheap look for such a step before the parse
COERCIVE_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(COERCIVE_NOUNS | COERCIVE_GERUNDS | {"voting"})) + r")\b",
    re.IGNORECASE,
)
_OPEN_TAGS = frozenset(("VB", "VBG", "VBP", "VBZ"))
_OBJECTS = frozenset(("dobj", "xcomp", "ccomp"))


def _coercive(obj: Token) -> bool:
    """Whether the object names a step against another party."""
    word = obj.lower_
    if word in COERCIVE_NOUNS or word in COERCIVE_GERUNDS:
        return True
    return word == "voting" and any(
        c.dep_ == "prep" and c.lower_ == "against" for c in obj.children
    )


def _objects(verb: Token) -> list[Token]:
    """The verb's objects: its direct object or gerund, or the object of "at" ("look at")."""
    found = [c for c in verb.children if c.dep_ in _OBJECTS]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "at":
            found.extend(c for c in prep.children if c.dep_ == "pobj")
    return found


def _open(verb: Token) -> bool:
    """A deliberation still going on or to come: progressive ("are weighing") or after a
    modal ("would consider"), not negated."""
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children) or verb.tag_ not in _OPEN_TAGS:
        return False
    if verb.dep_ == "relcl":  # "the court, which is weighing several challenges": described
        return False
    if verb.tag_ == "VBG":
        return any(c.dep_ == "aux" and c.tag_ != "MD" for c in children)
    return any(c.tag_ == "MD" for c in children)


@lru_cache(maxsize=256)
def weighed_step(text: str) -> bool:
    """Whether ``text`` says its subject is weighing, or would weigh, a coercive step."""
    doc = parse_one(text)
    if doc is None:
        return False
    return any(
        DELIBERATION.match(t.text) is not None and _open(t) and any(map(_coercive, _objects(t)))
        for t in doc
    )


# ``event`` (the model's), or THREATEN when the statement says a coercive step is being weighed
# and THREATEN is close.
weighed_event: EventRule = gated_override(
    "THREATEN", (DELIBERATION_WORD, COERCIVE_WORD), WEIGHED_MARGIN, weighed_step
)
