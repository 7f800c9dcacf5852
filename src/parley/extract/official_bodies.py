"""Unnamed officials who report what a state's body does: "The defence ministry has begun
studying the plan, three officials familiar with the work said", "A second official said
the ministry was not counting on it". An official is a state's by the noun itself; when
the description names no state and the reported clause opens on a body only a state has
("India's defence ministry", "the ministry", "the government"), the officials are that
body's insiders and speak for its state. A person, a source or people "familiar with" a
body stay on no side (the gold reads them so: they may be outsiders)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from parley.extract.attribution import Draft
from parley.extract.phrases import DATELINE, start_before
from parley.extract.resolver_base import ActorPath

# the subject of the reporting verb: officials with no state, name or body of their own
# ("three officials familiar with the work", "A second official", "Officials involved in
# the review", "one senior official, who was not authorised to speak,")
_OFFICIALS = re.compile(
    r"(?:^|[\s\"“”(,])(?:(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal"
    r"|[Ss]ome|[Oo]ther)[ ])?(?:(?:second|third|fourth|senior|other|more)[ ])*"
    r"(?:[Oo]fficials?)"
    # what may describe them without naming a side: lower-case words only
    r"(?:[ ](?:familiar|involved|briefed|with|who|speaking)\b[a-z ,'’-]*)?[ ,]*$"
)
# what may stand before the clause's subject: "that"
_THAT = re.compile(r"\s*(?:that\s+)?")


def _subject(text: str, d: Draft) -> tuple[int, str]:
    """Where the words before the verb start, and the words: between the reported clause
    and the verb ("..., three officials said") or before the verb in its sentence ("A
    second official said ...", "Pakistan is close to a deal, three officials said, ...")."""
    if d.cue_start >= d.end:
        return d.end, text[d.end : d.cue_start].lstrip('"”’ ,')
    at = start_before(text, d.cue_start, 400)
    dateline = DATELINE.match(text, at + (text[at] == " "), d.cue_start)
    if dateline is not None:
        at = dateline.end()
    return at, text[at : d.cue_start]


def officials_on_body(
    text: str, drafts: Sequence[Draft], body_side: Callable[[int, bool], str | None]
) -> list[Draft]:
    """``drafts`` with each statement of unnamed officials that no step gave a side, whose
    reported clause opens on a state's body, given that state (``body_side`` reads the
    body at the clause's first word and gives its state, or None; with its flag set, a
    state's own name counts too). The clause is the one after the verb, or the one
    before the officials when they close it ("Pakistan is close to a deal, three officials
    said, the second stage of ..."): a state named there is the one the officials serve."""
    out = list(drafts)
    for i, d in enumerate(out):
        if d.who.speaker is not None or d.who.actor is not None or d.direct:
            continue
        at, subject = _subject(text, d)
        found = _OFFICIALS.search(subject)
        if found is None:
            continue
        if found.start() > 0 and "," in subject[: found.start() + 1]:
            # the clause before the officials is what they report
            side = body_side(at, True)
        else:
            that = _THAT.match(text, d.start)
            side = body_side(that.end() if that else d.start, d.start < d.cue_start)
        if side is not None:
            out[i] = replace(d, who=replace(d.who, actor=side, path=ActorPath.LISTED))
    return out
