"""A bare body that speaks again after it spoke under its full name.

"The Harbour Authority of Freedonia said on Monday that ... . The authority said it was
ready to talk", "Foreign ministry spokeswoman X said ... . In a separate statement, the
ministry said ...": a definite body noun with no owner ("the authority", "the ministry")
as the subject of a reporting verb takes up the body whose name or office held the same
noun in the subject of a statement just before it (the same paragraph or the one before),
so it speaks for that statement's side rather than the state the context reaches for.

"The Freedonian Harbour Authority on Friday closed the port ... . The authority said": when
no statement just before spoke for the body, the bare noun takes up the body named in full
with the same noun in its paragraph or the two before, if that name or its owner names one
state ("the Freedonia Labour Board", "Freedonia's Institute of Memory")."""

from __future__ import annotations

import re
from dataclasses import replace

from parley.actors import Gazetteer
from parley.extract.attribution import Draft
from parley.extract.named_bodies import BODY_NOUN, named_body_state, names_body
from parley.extract.partitives import near, subject_start
from parley.extract.resolver_base import ActorPath

# A bare definite body noun, with at most one lower-case modifier, that opens its clause
# right before its reporting verb: ". The authority said", ", the ministry said", "the
# trade ministry has said" (the noun in group 2, the modifier in group 1)
_BARE_BODY_BEFORE_CUE = re.compile(
    r"(?:^|[.!?][\"”’)]*[ ]|,[ ]|\n)[Tt]he[ ](?:([a-z]+)[ ])?("
    + BODY_NOUN
    + r")[ ](?:(?:has|had|have)[ ])?(?:[a-z]+ly[ ])?$"
)
# ... or one who speaks from inside it: "An official at the regulator said", "Officials at
# the ministry say", "a person at the authority insisted" (the same groups)
_INSIDER_OF_BODY_BEFORE_CUE = re.compile(
    r"(?:^|[.!?][\"”’)]*[ ]|,[ ]|\n)(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Ss]everal)[ ])?(?:senior[ ])?"
    r"(?:[Oo]fficials?|[Pp]eople|[Pp]erson|[Ss]ources?)[ ](?:at|in|from)[ ]the[ ]"
    r"(?:([a-z]+)[ ])?(" + BODY_NOUN + r")[ ](?:(?:has|had|have)[ ])?(?:[a-z]+ly[ ])?$"
)
# The sides a bare body may have been given by a guess the body's own earlier voice beats
_OVERRIDABLE = frozenset(
    (
        ActorPath.CONTEXT_STATE,
        ActorPath.FRAMING,
        ActorPath.ARTICLE_FALLBACK,
        ActorPath.UNRESOLVED,
        ActorPath.ABSTAIN,
    )
)


def _bare_body(text: str, d: Draft) -> re.Match[str] | None:
    """The bare body subject of ``d``'s reporting verb ("the ministry"), if it has one."""
    lo = max(0, d.cue_start - 60)
    return _BARE_BODY_BEFORE_CUE.search(
        text, lo, d.cue_start
    ) or _INSIDER_OF_BODY_BEFORE_CUE.search(text, lo, d.cue_start)


def _subject(text: str, p: Draft) -> str:
    """The words of ``p``'s sentence before its reporting verb (its subject and what
    frames it)."""
    return text[subject_start(text, p) : p.cue_start]


def _guessed_bare_body(text: str, d: Draft) -> re.Match[str] | None:
    """The bare body noun opening the subject of ``d``'s verb ("the ministry said") when no
    speaker is named and only a guess gave its side, else None."""
    if d.who.speaker is not None or (d.who.actor is not None and d.who.path not in _OVERRIDABLE):
        return None
    return _bare_body(text, d)


def bodies_speak_again(text: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each statement of a bare body subject ("the ministry said") whose
    side only a guess gave taking the side of the nearest earlier statement, in its
    paragraph or the one before, whose subject named a body with the same noun."""
    out = list(drafts)
    order = sorted(range(len(out)), key=lambda i: out[i].start)
    for k, i in enumerate(order):
        d = out[i]
        bare = _guessed_bare_body(text, d)
        if bare is None:
            continue
        for j in reversed(order[:k]):
            p = out[j]
            if not near(text, p, d):
                break
            if p.cue_start >= bare.start() or not names_body(
                _subject(text, p), bare.group(2), bare.group(1)
            ):
                continue
            if p.who.actor is not None and p.who.actor != d.who.actor:
                out[i] = replace(d, who=replace(d.who, actor=p.who.actor, path=ActorPath.COREF))
            break
    return out


def _named_state(text: str, gaz: Gazetteer, bare: re.Match[str]) -> str | None:
    """The one state that the nearest earlier full name holding ``bare``'s noun (and its
    modifier) names in its own words or its owner's, or None (also when that name names
    none: the body the bare noun takes up is then not a state's)."""
    return named_body_state(text, gaz, bare.group(2), bare.group(1), bare.start())


def bodies_named_before(text: str, drafts: list[Draft], gaz: Gazetteer) -> list[Draft]:
    """``drafts`` with each statement of a bare body subject ("the department said") whose
    side only a guess gave taking the state whose body the text last named in full with the
    same noun ("The Freedonian Commerce Department on Friday ...")."""
    out = list(drafts)
    for i, d in enumerate(out):
        bare = _guessed_bare_body(text, d)
        if bare is None:
            continue
        state = _named_state(text, gaz, bare)
        if state is not None and state != d.who.actor:
            out[i] = replace(d, who=replace(d.who, actor=state, path=ActorPath.COREF))
    return out
