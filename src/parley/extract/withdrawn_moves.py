"""A party taking back a move of its own, done or under way ("it was withdrawing its
proposal", "the company had withdrawn a request for insurance", "the carriers had suspended
the action", "the prosecutor was withdrawing the charges"): RETREAT.

PLOVER's RETREAT is a party backing off from a move it made. The event model has few
RETREAT statements to learn from and reads the words around the verb: the proposal as a
welcome (SUPPORT), the charges as a refusal (REJECT) or a charge (ACCUSE). The shape is
the clause's grammar, read on the parse:

- the verb is "withdraw", "suspend", "retract", "rescind" or "call off", done or under way:
  a past or perfect verb, or a progressive one ("was withdrawing"); with no modal, no
  negation and no "to" (a promise, "would suspend its complaint while the talks go on", is
  an offer; a call, "urged the union to call off the strike", is a demand; a refusal, "would
  not call off the action until ...", is a refusal);
- its object is a move a party makes in a dispute: a proposal, offer or bid, a request,
  claim, complaint, case or charges, a strike, lockout or industrial action, notices of it;
- the verb is the clause's own (the root or a conjunct of it), with a subject and no
  subordinator.

Ending talks or an agreement with another party ("was ending all trade talks", "was
suspending its participation") is a break, which gold codes REJECT as often as RETREAT:
those objects are not moves and do not match. Over the 52 development parts the gold
statements of the shape are RETREAT 5 of 6 (evt51); the sixth is a quotation that stresses
the strike is only paused ("we suspended the strike, we did not cancel it", THREATEN).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from parley.extract.cues import verb_forms
from parley.extract.narrow_events import EventRule, gated_override
from parley.extract.syntax import PAST_TAGS, main_clause_subject, negated, parse_one

WITHDRAWN_MARGIN = 6.0
TAKE_BACK = frozenset().union(*map(verb_forms, ("withdraw", "suspend", "retract", "rescind")))
CALL = verb_forms("call")
# the moves a party makes in a dispute
MOVES = frozenset(
    (
        "proposal",
        "proposals",
        "offer",
        "offers",
        "bid",
        "bids",
        "request",
        "requests",
        "claim",
        "claims",
        "complaint",
        "complaints",
        "case",
        "charges",
        "lawsuit",
        "suit",
        "strike",
        "lockout",
        "walkout",
        "action",
        "notices",
        "work-to-rule",
    )
)
WITHDRAWN_GATE = re.compile(
    r"\b(?:withdr[ae]wn?|withdrawing|suspend(?:ed|ing)|retract(?:ed|ing)|rescind(?:ed|ing)|"
    r"call(?:ed|ing)\s+off)\b",
    re.IGNORECASE,
)


def _takes_back(verb: Token) -> bool:
    if verb.lower_ in TAKE_BACK:
        return True
    return verb.lower_ in CALL and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def _done_or_under_way(verb: Token) -> bool:
    """A past or perfect verb, or a progressive one, with no modal, no negation and no "to"."""
    children = list(verb.children)
    if any(c.tag_ in ("MD", "TO") for c in children):
        return False
    if negated(verb):
        return False
    if verb.tag_ in PAST_TAGS:
        return verb.tag_ == "VBD" or any(c.dep_ == "aux" for c in children)
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" for c in children)


def _move(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ in MOVES for c in verb.children)


def _own_clause(verb: Token) -> bool:
    """The root or a conjunct of it, with a subject (its own or its head's), and no
    subordinator on the way."""
    subject = main_clause_subject(verb)
    return subject is not None and subject.lower_ != "you"


@lru_cache(maxsize=256)
def withdrawn_move(text: str) -> bool:
    """Whether ``text`` says its subject has taken back, or is taking back, a move of its
    own."""
    doc = parse_one(text)
    if doc is None:
        return False
    return any(
        verb.tag_.startswith("VB")
        and _takes_back(verb)
        and _done_or_under_way(verb)
        and _move(verb)
        and _own_clause(verb)
        for verb in doc
    )


# ``event`` (the model's), or RETREAT when the statement says its subject took back a move of
# its own and RETREAT is close.
withdrawn_event: EventRule = gated_override(
    "RETREAT", (WITHDRAWN_GATE,), WITHDRAWN_MARGIN, withdrawn_move
)
