"""A sideless speaker who is one of a listed body's people, told by the body's class noun in
the speaker's own words ("A manager at the venture said [the company] had accepted the
figure"): the body's own position, not hearsay about it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from parley.extract.attribution import Draft
from parley.extract.resolver_base import ActorPath
from parley.extract.unlisted import class_subjects

# an office held inside a body, in the subject that introduces the speaker ("a manager at
# X", "her fellow co-chair X", "X, one of its organisers,")
_OFFICES = (
    r"(?:spokes(?:man|woman|person)|manager|executive|director|chair(?:man|woman|person)?"
    r"|co-chair|coordinator|commander|organi[sz]er|representative|negotiator|leader|official"
    r"|officer|member|president"
    r"|general[ ]secretary|secretary-general)s?\b"
)
_MEMBER_OFFICE = re.compile(r"\b" + _OFFICES, re.IGNORECASE)
# a capitalised word other than a determiner right before the office ("a Gulf official"): the
# speaker was placed by a region, people or place word that gave no side, not by the body the
# clause names
_PLACED_OFFICE = re.compile(
    r"\b(?!(?:A|An|The|One|Two|Three|Some|Its|Their|His|Her)\b)[A-Z][\w'’-]*\s+"
    r"(?:(?:senior|top|junior|chief)\s+)?" + _OFFICES
)
# one who only knows of the talks or the trade, or judges them from outside
_OUTSIDER = re.compile(
    r"\b(?:familiar[ ]with|close[ ]to|industry|analysts?|diplomats?|mediators?|observers?"
    r"|experts?|lawyers?|professor|academic|teaches|researcher)\b",
    re.IGNORECASE,
)
# a sentence's start before the reporting verb
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’)]*\s+|\n)")


def _introduction(text: str, d: Draft) -> str:
    """The words of the sentence before the reporting verb (the speaker's introduction)."""
    lo = max(0, d.cue_start - 300)
    starts = [m.end() for m in _SENTENCE_START.finditer(text, lo, d.cue_start)]
    return text[starts[-1] if starts else lo : d.cue_start]


def own_body(text: str, d: Draft, body: str) -> Draft | None:
    """``d`` with ``body`` as its actor where the speaker has no side, the reporting verb
    precedes the words, and the speaker's introduction gives an office of a body's people
    and no outsider's standing; else None."""
    if d.who.actor is not None or d.cue_start > d.start:
        return None
    intro = _introduction(text, d)
    if _MEMBER_OFFICE.search(intro) is None or _OUTSIDER.search(intro) is not None:
        return None
    if _PLACED_OFFICE.search(intro) is not None:
        return None
    return replace(d, who=replace(d.who, actor=body, path=ActorPath.LISTED, basis=None))


# how far the next words of the same speaker may stand from the last ones
_FOLLOW_GAP = 250


def followers(text: str, drafts: list[Draft], i: int) -> list[int]:
    """The statements right after ``drafts[i]`` that carry on its unnamed speaker's words
    (a second reported clause of the same sentence, a quotation closed by "he said"): no
    name, no side, the resolver found none or took a pronoun back; each close to the last."""
    found = []
    last = drafts[i]
    for j in range(i + 1, len(drafts)):
        d = drafts[j]
        if (
            d.who.speaker is not None
            or d.who.actor is not None
            or d.who.path not in (ActorPath.UNRESOLVED, ActorPath.COREF)
            or min(d.start, d.cue_start) - last.end > _FOLLOW_GAP
            or "\n" in text[last.end : min(d.start, d.cue_start)].strip()
        ):
            break
        found.append(j)
        last = d
    return found


def own_bodies(
    text: str,
    drafts: list[Draft],
    held: dict[int, str],
    why: dict[int, str],
    is_state: Callable[[str], bool],
    nobody: str,
) -> None:
    """Where the hearsay step read a listed body's class noun opening a sideless speaker's
    clause as another party's position (the class-noun reading, or a non-state body's name
    as the clause's holder: "the Assembly had made compromises"), and the speaker's
    introduction gives an office of a body's people (:func:`own_body`), the speaker speaks
    for that body and the clause is about nobody else; the speaker's next words
    (:func:`followers`) go with it. ``drafts``, ``held`` (``nobody`` for about no party)
    and ``why`` are updated in place."""
    for i, d in enumerate(drafts):
        body = held.get(i)
        if not body or (
            why.get(i) != "class_noun"
            and (
                is_state(body)
                or not any(at - d.start < 2 for at in class_subjects(text, d.start, d.start + 40))
            )
        ):
            continue
        mine = own_body(text, d, body)
        if mine is None:
            continue
        drafts[i] = mine
        held[i] = nobody
        why[i] = "class_noun_own"
        for j in followers(text, drafts, i):
            drafts[j] = replace(drafts[j], who=mine.who)
            if held.get(j) == body:
                held[j] = nobody
