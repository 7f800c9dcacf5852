"""A member of an unnamed group speaks for the group's side.

"Officials in the capital say the talks have stalled. '...,' one of them said": the
partitive subject ("one of them", "two of those officials", "one of the diplomats") names
one of the group whose own statement came just before it in the same paragraph, so it takes
that statement's side rather than the one a pronoun or the context would reach for."""

from __future__ import annotations

import re
from dataclasses import replace

from parley.extract.attribution import Draft
from parley.extract.resolver_base import ActorPath

# Plural nouns of people a group of unnamed sources is named by
_PEOPLE = r"(?:officials|diplomats|negotiators|delegates|envoys|aides|sources|people)"
# A partitive subject that opens its clause right before its reporting verb: "One of them
# said", '," two of those officials said', "One of the senior officials told"; the noun, if
# any, in group 1 (not "A diplomat from one of those countries said")
_PARTITIVE_BEFORE_CUE = re.compile(
    r"(?:^|[.!?,][\"”’]?[ ]|\n)(?:[Oo]ne|[Tt]wo|[Tt]hree|[Aa]nother)[ ]of[ ]"
    r"(?:them|(?:those|these|the)[ ](?:[a-z]+[ ])?(" + _PEOPLE + r"))[ ](?:[a-z]+ly[ ])?$"
)
# An unnamed group of people as the subject before a statement's reporting verb: a plural
# noun of people, then at most a place or an inserted clause (no sentence end), then the
# verb ("Officials in the capital say privately", "The officials, who spoke on condition
# of anonymity, said", "Two union officials said")
_GROUP_BEFORE_CUE = re.compile(r"(?i:\b" + _PEOPLE + r"\b)[^.;:!?\"“”]{0,140}$")
# The group's own statement: its subject opens its sentence (no other subject between)
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’)]*\s+|\n)")
# The sides a partitive speaker may have been given by a guess the group's statement beats
_OVERRIDABLE = frozenset(
    (
        ActorPath.COREF,
        ActorPath.GROUP,
        ActorPath.CONTEXT_STATE,
        ActorPath.FRAMING,
        ActorPath.ARTICLE_FALLBACK,
        ActorPath.UNRESOLVED,
        ActorPath.ABSTAIN,
    )
)


def subject_start(text: str, p: Draft) -> int:
    """Where the sentence of ``p``'s reporting verb opens (at most 160 characters before
    the verb): what lies between is the verb's subject and what frames it."""
    window = max(0, p.cue_start - 160)
    opens = [m.end() for m in _SENTENCE_START.finditer(text, window, p.cue_start)]
    return opens[-1] if opens else window


def _partitive(text: str, d: Draft) -> re.Match[str] | None:
    """The partitive subject of ``d``'s reporting verb ("one of them"), if it has one."""
    return _PARTITIVE_BEFORE_CUE.search(text, max(0, d.cue_start - 50), d.cue_start)


def _group_voice(text: str, p: Draft, noun: str | None) -> bool:
    """Whether ``p`` is spoken by an unnamed group of people: no speaker, a side, and a
    plural noun of people (``noun`` when the partitive names one) in the subject of its own
    sentence before its verb."""
    if p.who.speaker is not None or p.who.actor is None:
        return False
    group = _GROUP_BEFORE_CUE.search(text, subject_start(text, p), p.cue_start)
    return group is not None and (noun is None or group.group(0).lower().startswith(noun))


def near(text: str, p: Draft, d: Draft) -> bool:
    """Whether ``d``, after ``p``, stands in ``p``'s paragraph or in the next one."""
    return text.count("\n", p.start, d.start) <= 2


def members_follow_group(text: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each partitive speaker of no named person ("one of them said") that
    follows, in the same paragraph, an unnamed group's statement given the group's side."""
    out = list(drafts)
    order = sorted(range(len(out)), key=lambda i: out[i].start)
    for prev, i in zip(order, order[1:], strict=False):
        d, p = out[i], out[prev]
        if (
            near(text, p, d)
            and d.who.speaker is None
            and (d.who.actor is None or d.who.path in _OVERRIDABLE)
            and d.who.actor != p.who.actor
            and (member := _partitive(text, d)) is not None
            and _group_voice(text, p, member.group(1))
        ):
            out[i] = replace(d, who=replace(d.who, actor=p.who.actor, path=ActorPath.GROUP))
    return out
