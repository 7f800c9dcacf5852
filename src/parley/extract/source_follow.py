"""An unnamed source taken up again: "A person close to the company said ... The person
denied", "A senior official said ... The official added". The definite description is the
source the text introduced last with the same noun (or as "one of them"), and speaks for
the side that introduction was given, by whatever step gave it (the resolver, a listed
body's class noun, a phrase that places the source)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from parley.extract.attribution import Draft
from parley.extract.phrases import CLAUSE_STOPS, start_before
from parley.extract.resolver_base import ActorPath

# nouns of one unnamed source (or a few) a text takes up again with "the"
_NOUNS = (
    "person|people|source|sources|official|officials|executive|executives|negotiator|"
    "negotiators|insider|insiders|aide|aides|diplomat|diplomats|adviser|advisers|advisor|"
    "manager|managers|banker|bankers|participant|participants|strategist|representative|"
    "delegate|officer"
)
# the definite subject right before a reporting verb: "The person said", '," the official
# added', "The same source also said"
_AGAIN = re.compile(
    rf"(?:^|[\s\"“”(])[Tt]he[ ](?:same[ ])?(?:senior[ ])?(?P<noun>{_NOUNS})"
    r"[ ](?:also[ ]|later[ ]|then[ ]|further[ ])?$"
)
# a source placed by a pronoun for a body: "a person familiar with its thinking", "a
# source close to it"
_ITS = re.compile(r"\b(?:close[ ]to[ ]it\b|familiar[ ]with[ ]its[ ][a-z]+)")
# an introduction of one unnamed source: "a person close to ...", "One of them, who ...",
# "A second person, familiar with ...", "one senior official", "An executive at ..."
_INTRODUCED = re.compile(
    r"(?:^|[\s\"“”(,])(?:[Aa]n?|[Oo]ne|[Aa]nother|[Aa][ ](?:second|third|fourth)|"
    r"[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal)[ ](?P<rest>[^.;:!?\"“”]*)"
)
# "One of them", "one of the people", "Another": one of a group named before
_ONE_OF = re.compile(r"(?:^|[\s\"“”(,])(?:[Oo]ne|[Aa]nother)(?:[ ]of[ ](?:them|those|the)\b|,)")
# an unnamed source introduced by "according to", up to the phrase's end
_ACCORDING = re.compile(r"\b[Aa]ccording[ ]to[ ](?P<who>[^.;:!?\"“”]+)")
# a personal pronoun right before the verb: "He said", '," she added'
_PRONOUN = re.compile(
    r"(?:^|[\s\"“”(,])(?:[Hh]e|[Ss]he)[ ](?:also[ ]|later[ ]|then[ ]|further[ ])?$"
)
# how far back an introduction may be (characters)
_REACH = 2500
# the paths that give a source's side only as a guess from the surroundings
_GUESSED = frozenset(
    (
        ActorPath.ARTICLE_FALLBACK,
        ActorPath.CONTEXT_STATE,
        ActorPath.FRAMING,
        ActorPath.DEFAULT_SIDE,
    )
)


def _singular(noun: str) -> str:
    if noun == "people":
        return "person"
    return noun[:-1] if noun.endswith("s") else noun


def _subject(text: str, d: Draft) -> str:
    """The words that may hold the subject of ``d``'s reporting verb: after "according
    to", up to the next comma or stop; else the clause before the verb."""
    if d.cue.lower().startswith("according to"):
        at = d.cue_start + len(d.cue)
        stop = min(
            [i for i in (text.find(",", at), text.find(".", at), text.find("\n", at)) if i >= 0]
            or [len(text)]
        )
        return text[at:stop]
    return text[start_before(text, d.cue_start, 240, (*CLAUSE_STOPS, '." ')) : d.cue_start]


def again_noun(text: str, cue_start: int) -> str | None:
    """The noun of a definite unnamed source right before the verb at ``cue_start`` ("the
    person said": "person"), or None."""
    m = _AGAIN.search(text, max(0, cue_start - 40), cue_start)
    return _singular(m.group("noun")) if m is not None else None


def introduces(subject: str, noun: str) -> bool:
    """Whether ``subject`` introduces an unnamed source that "the <noun>" may take up:
    one described with that noun, or one of a group ("One of them")."""
    if _ONE_OF.search(subject) is not None:
        return True
    m = _INTRODUCED.search(subject)
    if m is None:
        return False
    words = {_singular(w) for w in re.findall(r"[a-z]+", m.group("rest"))}
    return noun in words


def _body_before(text: str, out: list[Draft], order: list[int], k: int) -> str | None:
    """The side of the body that "its" or "it" in a source's description stands for: the
    speaker of the nearest statement before in the paragraph, when that is a body speaking
    as itself (no person, no unnamed source)."""
    d = out[order[k]]
    floor = text.rfind("\n", 0, d.cue_start)
    for j in reversed(order[:k]):
        p = out[j]
        if p.cue_start < floor:
            return None
        if p.who.speaker is not None or p.who.person_like:
            return None
        if _ANY_SOURCE.search(_subject(text, p)) is not None:
            continue
        return p.who.actor
    return None


def _source_before(text: str, out: list[Draft], order: list[int], k: int) -> str | None:
    """The side of the unnamed source whose statement is the nearest before a "he said"
    that found no one ("One of the officials said ... He said", "A second official said
    ... '...,' he said"): the statement must be in the same paragraph, spoken by no named
    person, its subject an unnamed source (or "one of" a group), its side not a guess."""
    d = out[order[k]]
    floor = text.rfind("\n", 0, d.cue_start)
    if not k:
        return None
    p = out[order[k - 1]]
    if p.cue_start < floor or p.who.speaker is not None:
        return None
    subject = _subject(text, p)
    if _ANY_SOURCE.search(subject) is None and _ONE_OF.search(subject) is None:
        return None
    if p.who.actor is None or p.who.path in _GUESSED:
        return None
    return p.who.actor


# any unnamed source in a subject
_ANY_SOURCE = re.compile(rf"\b(?:{_NOUNS})\b")


def _according_before(text: str, d: Draft, noun: str) -> int | None:
    """Where "according to" opens the nearest introduction of a source with ``noun`` in
    the paragraph before ``d`` that no statement holds ("Mostly, according to a person
    involved in the talks. The person said"), or None."""
    floor = text.rfind("\n", 0, d.cue_start)
    found = None
    for m in _ACCORDING.finditer(text, max(0, floor), d.cue_start):
        if introduces(m.group("who"), noun):
            found = m.start()
    return found


def sources_follow(
    text: str,
    drafts: Sequence[Draft],
    introduced: Callable[[int], str | None] | None = None,
) -> list[Draft]:
    """``drafts`` with each statement whose subject takes up an unnamed source again ("the
    person said") and that has no side given the side of the nearest statement before it
    whose subject introduced that source, when that one has a side not guessed from the
    surroundings; where no statement introduced it but an "according to" phrase of the
    paragraph did, the side ``introduced`` reads there (given the phrase's start)."""
    out = list(drafts)
    order = sorted(range(len(out)), key=lambda i: out[i].cue_start)
    for k, i in enumerate(order):
        d = out[i]
        if d.who.speaker is not None or d.who.actor is not None:
            continue
        if _ITS.search(_subject(text, d)) is not None:
            side = _body_before(text, out, order, k)
            if side is not None:
                out[i] = replace(d, who=replace(d.who, actor=side, path=ActorPath.LISTED))
            continue
        if _PRONOUN.search(text, max(0, d.cue_start - 12), d.cue_start) is not None:
            side = _source_before(text, out, order, k)
            if side is not None:
                out[i] = replace(d, who=replace(d.who, actor=side, path=ActorPath.COREF))
            continue
        noun = again_noun(text, d.cue_start)
        if noun is None:
            continue
        at = _according_before(text, d, noun) if introduced is not None else None
        if at is not None and introduced is not None:
            side = introduced(at)
            if side is not None:
                out[i] = replace(d, who=replace(d.who, actor=side, path=ActorPath.LISTED))
            continue
        for j in reversed(order[:k]):
            p = out[j]
            if p.cue_start < d.cue_start - _REACH:
                break
            if p.who.speaker is not None or not introduces(_subject(text, p), noun):
                continue
            if p.who.actor is not None and p.who.path not in _GUESSED:
                out[i] = replace(d, who=replace(d.who, actor=p.who.actor, path=ActorPath.COREF))
            break
    return out
