"""A welcome joined by "but" to a need or want of the same side ("the guild welcomed the
talks but needed a date", "it backed the plan but wanted cuts to the fees", "we welcome every
offer, but we need the money now"): REQUEST.

The first clause is praise and the model reads SUPPORT from it; the statement's point is what
comes after "but": the side names something it still needs from the other. The shape is read
on the parse:

- the root is a verb of welcome or support ("welcome", "support", "back") or "be grateful";
- a conjunct of that root, after a "but", is "need" or "want", not negated;
- the conjunct has a noun object (a thing asked for). A "want/need to V" (an infinitive:
  "wanted to see what the deal meant", "needs to be in school") is a wish or a worry of its
  own and does not match, nor does "wanted X to V" (a clause object: gold reads that one
  both ways).

Over the 52 development parts the gold statements that pass these conditions are REQUEST 4
of 4 (evt52); the regex family around them also holds SUPPORT 2 and null 3 (infinitives, a
negated want, another subject's need, clause objects), which the parse leaves out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from parley.extract.cues import verb_forms
from parley.extract.narrow_events import EventRule, gated_override
from parley.extract.syntax import parse_one

WELCOME_NEEDS_MARGIN = 10.0
WELCOMING = frozenset().union(*map(verb_forms, ("welcome", "support", "back")))
BE = verb_forms("be")
GRATEFUL = frozenset(("grateful", "thankful"))
NEEDING = frozenset().union(*map(verb_forms, ("need", "want")))
NEGATORS = frozenset(("not", "n't", "never"))
WELCOME_GATE = re.compile(
    r"\b(?:welcom\w*|support(?:s|ed)?|back(?:s|ed)|grateful|thankful)\b", re.IGNORECASE
)
NEED_GATE = re.compile(r"\bbut\b.*\b(?:need|needs|needed|want|wants|wanted)\b", re.IGNORECASE)


def _welcoming(root: Token) -> bool:
    if root.lower_ in WELCOMING and root.tag_.startswith("VB"):
        return True
    return root.lower_ in BE and any(
        c.dep_ == "acomp" and c.lower_ in GRATEFUL for c in root.children
    )


def _needs_a_thing(verb: Token) -> bool:
    """ "need/want" + a noun object, not negated and with no infinitive or clause object."""
    children = list(verb.children)
    if verb.lower_ not in NEEDING or not verb.tag_.startswith("VB"):
        return False
    if any(c.dep_ == "neg" or c.lower_ in NEGATORS for c in children):
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in children):
        return False
    return any(c.dep_ == "dobj" and c.tag_.startswith("NN") for c in children)


def _after_but(root: Token, conj: Token) -> bool:
    return any(c.dep_ == "cc" and c.lower_ == "but" and c.i < conj.i for c in root.children)


@lru_cache(maxsize=256)
def welcome_needs(text: str) -> bool:
    """Whether ``text`` welcomes or backs something and then, after "but", names a thing the
    same side still needs or wants."""
    doc = parse_one(text)
    if doc is None:
        return False
    for root in doc:
        if root.dep_ != "ROOT" or not _welcoming(root):
            continue
        for conj in root.children:
            if conj.dep_ == "conj" and _after_but(root, conj) and _needs_a_thing(conj):
                return True
    return False


# ``event`` (the model's), or REQUEST when a welcome is followed by "but" and a thing the side
# still needs, and REQUEST is close.
welcome_needs_event: EventRule = gated_override(
    "REQUEST", (WELCOME_GATE, NEED_GATE), WELCOME_NEEDS_MARGIN, welcome_needs
)
