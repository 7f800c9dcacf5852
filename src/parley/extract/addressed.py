"""The side a speaker addresses is not the speaker's own: "Chief Cabinet Secretary X ...
asked China again to take calm steps" puts X on the other side of a two-sided story, whatever
the paragraph before (about China's measures) would say."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from datetime import date

from parley.extract.mentions import Mention, MentionKind

# the end of a sentence (or a paragraph)
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s|\n")
# a verb that makes what follows it the one spoken to or acted on: "asked China", "urged
# Beijing again", "told Fidan" (not "a deal with Iran", "flights to Japan": what a clause is
# about, not whom the speaker addresses)
_ADDRESSING = re.compile(
    r"\b(?:asked|urged|told|warned|pressed|invited|accused|critici[sz]ed|thanked|called\s+on)"
    r"\s+(?:again\s+|the\s+)?$"
)


def addresses(text: str, mentions: list[Mention], pos: int, side: str, day: date | None) -> bool:
    """Whether the sentence running on from ``pos`` (the end of a speaker's name) speaks
    to or acts on ``side`` and no other: a state or one of its people named after an
    addressing word ("accused the United States ... and urged Ottawa": two sides addressed,
    neither told apart from the speaker's own)."""
    stop = _SENTENCE_END.search(text, pos)
    end = stop.start() if stop is not None else len(text)
    starts = [m.start for m in mentions]
    addressed: set[str] = set()
    for m in mentions[bisect_left(starts, pos) :]:
        if m.start >= end:
            break
        if m.kind is MentionKind.ACTOR and not m.possessive:
            named = m.actor_on(day)
        elif m.person is not None:
            named = m.person.actor_on(day)
        else:
            continue
        if named is not None and _ADDRESSING.search(text, max(pos, m.start - 20), m.start):
            addressed.add(named)
    return addressed == {side}


def other_main_state(
    mentions: list[Mention], side: str, day: date | None, is_state: Callable[[str], bool]
) -> str | None:
    """The other of the two states the text names most, when ``side`` is one of them."""
    counts = Counter(
        a
        for m in mentions
        if m.kind in (MentionKind.ACTOR, MentionKind.ADJECTIVE)
        and (a := m.actor_on(day)) is not None
        and is_state(a)
    )
    top = [a for a, _ in counts.most_common(2)]
    if len(top) < 2 or side not in top:
        return None
    return top[1] if top[0] == side else top[0]
