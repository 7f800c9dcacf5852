"""Unnamed officials: "Officials said" with no state or body of their own speak for the
state whose government the story quoted just before them."""

from __future__ import annotations

import re
from dataclasses import replace

from parley.actors import Gazetteer
from parley.extract.attribution import Draft
from parley.extract.resolver_base import ActorPath

# A sentence whose subject is the bare plural "Officials", before its reporting verb:
# "Officials said", "Officials have repeatedly said", "Officials insist" (not "Officials in
# Lima said", "Officials on both sides say", "Ministry officials said")
_BARE_OFFICIALS = re.compile(
    r"(?:^|\n|[.!?][\"'”’)]*\s+)Officials\s+(?:(?:have|had)\s+)?(?:[a-z]+ly\s+)?$"
)


def officials_follow(text: str, drafts: list[Draft], gaz: Gazetteer) -> list[Draft]:
    """``drafts`` with each statement of bare "Officials" that has no side given the state
    of the statement just before it in the same paragraph, when that statement speaks for a
    state and no statement of the paragraph before them speaks for another ("A Pentagon
    spokesperson said ... . Officials have previously said"). Opening a paragraph, after a
    story's two governments both spoke, "Officials said" may be either's, or both's."""
    order = sorted(range(len(drafts)), key=lambda i: drafts[i].start)
    out = list(drafts)
    for k, i in enumerate(order):
        d = drafts[i]
        if d.who.speaker is not None or d.who.actor is not None:
            continue
        if _BARE_OFFICIALS.search(text, max(0, d.cue_start - 40), d.cue_start) is None:
            continue
        opens = text.rfind("\n", 0, d.cue_start) + 1
        before = [drafts[j] for j in order[:k] if opens <= drafts[j].start < d.cue_start]
        if not before:
            continue
        state = gaz.state_code(before[-1].who.actor)
        near = {gaz.state_code(p.who.actor) for p in before}
        if state is None or near - {None} != {state}:
            continue
        out[i] = replace(d, who=replace(d.who, actor=state, path=ActorPath.CONTEXT_STATE))
    return out
