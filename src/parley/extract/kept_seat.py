"""A side that keeps its seat at the talks ("we are not leaving the table", "the council would
stay at the table around the clock", "it had never refused to negotiate"): readiness to go on
negotiating, AGREE.

The spec codes readiness to negotiate AGREE. The event model reads the negation ("not",
"never") or the words around the talks and gives REJECT, ACCUSE or REQUEST. The shape is the
clause's grammar, read on the parse:

- a verb of leaving (leave, quit, abandon, exit; walk away/out from, withdraw from, pull out
  of) whose object is the talks (table, talks, negotiations, dialogue, process, mediation),
  negated and not in the past (a past leaving denied, "it did not leave the dialogue", is a
  rebuttal of a report, not a commitment);
- "refuse" negated, with "negotiate", "talk" or "meet" as its complement;
- "stay" or "remain" at/in the talks, not negated and not in the past (a past stay is a
  report on both sides, not a side's commitment).

The verb is the clause's own: the root, or a conjunct of it, with a subject that is not
"you" (a maxim: "you do not leave the table because the bill is high"), and no subordinator
("works when both sides stay at the table"). A call ("told the committee to stay in the
talks"), a reason ("a reason to stay at the table") or a thanks ("for staying at the table")
hangs the verb below another one, or is an infinitive, and does not match. Over the 52
development parts the 8 gold statements of the shape are all AGREE (evt50).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from parley.extract.cues import verb_forms
from parley.extract.narrow_events import EventRule, gated_override
from parley.extract.syntax import PAST_TAGS, main_clause_subject, negated, parse_one

# The model reads the negation and is sure of REJECT or ACCUSE: at 6.0 the rule fixed 4 of the
# 6 errors of the shape on the 52 development parts, at 10.0 all 6 (and changed nothing else).
KEPT_MARGIN = 10.0
# the nouns of the talks themselves
TALKS = frozenset(
    (
        "table",
        "talks",
        "negotiation",
        "negotiations",
        "dialogue",
        "process",
        "mediation",
        "bargaining",
    )
)
# verbs whose direct object is what is left
LEAVE_OBJECT = frozenset().union(*map(verb_forms, ("leave", "quit", "abandon", "exit")))
# verbs that leave through a preposition ("walk away from", "withdraw from", "pull out of")
LEAVE_THROUGH = frozenset().union(*map(verb_forms, ("walk", "withdraw", "pull")))
STAY = verb_forms("stay") | verb_forms("remain")
# what is not refused
TALK_VERBS = frozenset(("negotiate", "talk", "meet"))
REFUSE = verb_forms("refuse")
# a cheap look before the parse
KEPT_GATE = re.compile(
    r"\b(?:(?:not|n't|never|no longer)\b.{0,40}?\b(?:leav|quit|abandon|exit|walk|withdraw|pull|"
    r"refus)|(?:stay|remain)(?:s|ed|ing)?\s+(?:\w+\s+)?(?:at|in)\b)",
    re.IGNORECASE,
)


def _talks(token: Token) -> bool:
    return token.lower_ in TALKS


def _through(verb: Token) -> bool:
    """A preposition on the verb whose object is the talks ("walk away from the table")."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        if any(o.dep_ == "pobj" and _talks(o) for o in prep.children):
            return True
    # "walk away from the table", "pull out of the talks": the parser may hang the
    # preposition on the particle
    return any(
        c.lower_ in ("away", "out") and c.dep_ in ("advmod", "prt", "prep") and _on_particle(c)
        for c in verb.children
    )


def _on_particle(particle: Token) -> bool:
    return any(
        p.dep_ == "prep" and any(o.dep_ == "pobj" and _talks(o) for o in p.children)
        for p in particle.children
    )


def _left_talks(verb: Token) -> bool:
    form = verb.lower_
    if _past(verb):
        return False
    if form in LEAVE_OBJECT and any(c.dep_ == "dobj" and _talks(c) for c in verb.children):
        return True
    return form in LEAVE_THROUGH | LEAVE_OBJECT and _through(verb)


def _refused_talks(verb: Token) -> bool:
    return verb.lower_ in REFUSE and any(
        c.dep_ == "xcomp" and c.lower_ in TALK_VERBS and not _has_object(c) for c in verb.children
    )


def _has_object(verb: Token) -> bool:
    return any(c.dep_ == "dobj" for c in verb.children)


def _stays(verb: Token) -> bool:
    if verb.lower_ not in STAY or _past(verb):
        return False
    return any(
        p.dep_ == "prep" and p.lower_ in ("at", "in") and any(_talks(o) for o in p.children)
        for p in verb.children
    )


def _past(verb: Token) -> bool:
    """A past verb or a verb under a past auxiliary, with no modal of its own ("remained",
    "had stayed", "did not leave")."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in auxiliaries):
        return False
    return verb.tag_ in PAST_TAGS or any(c.tag_ == "VBD" for c in auxiliaries)


def _own_clause(verb: Token) -> bool:
    """The clause's main verb (the root or a conjunct of it), with a subject that is not
    "you" on it or on the verb it is a conjunct of, and no subordinator."""
    if any(c.tag_ == "TO" for c in verb.children):
        return False  # an infinitive: a call or a purpose ("the union to stay at the table")
    subject = main_clause_subject(verb)
    return subject is not None and subject.lower_ not in ("you", "one")


@lru_cache(maxsize=256)
def kept_seat(text: str) -> bool:
    """Whether ``text`` says its subject stays at, or does not leave, the talks."""
    doc = parse_one(text)
    if doc is None:
        return False
    for verb in doc:
        if not verb.tag_.startswith("VB") or not _own_clause(verb):
            continue
        if negated(verb) and (_left_talks(verb) or _refused_talks(verb)):
            return True
        if not negated(verb) and _stays(verb):
            return True
    return False


# ``event`` (the model's), or AGREE when the statement says its subject keeps its seat at the
# talks and AGREE is close.
kept_event: EventRule = gated_override("AGREE", (KEPT_GATE,), KEPT_MARGIN, kept_seat)
