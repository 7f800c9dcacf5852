"""An organisation's head noun, in lower case, qualifying one of its voices.

"A bank official said", "a fund spokesperson added" once the text names the World Bank or
the International Monetary Fund: the last word of the organisation's name, written as a
common noun right before a noun for one who speaks for a body, is that organisation, as
its capitalised short form is ("a Fund official", ``mentions._short_forms``). Without it
the voice would take the side of a place phrase after it ("a bank official in
Washington": the bank's, not the United States'). It counts only when exactly one
organisation of that head was named before, and after an article ("a bank official", not
"central bank officials", a state's).
"""

from __future__ import annotations

import re
from bisect import insort

from parley.actors import ActorKind, Gazetteer
from parley.extract.mentions import Mention, MentionKind

# The head nouns of organisations' names that their staff are named by ("a bank official")
_HEADS = frozenset(("bank", "fund", "agency", "organization", "organisation"))
# "A bank official", "a senior fund spokesperson": an article, a rank, the head, a voice
_VOICE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne)\s+(?:(?:senior|junior)\s+)?(?P<head>[a-z]+)\s+"
    r"(?:spokes(?:man|woman|person)|official|officer|representative)\b"
)


def _heads_named(gaz: Gazetteer, mentions: list[Mention]) -> dict[str, dict[str, int]]:
    """Lower-cased head -> code -> where the text first names an organisation whose
    gazetteer name ends with that head."""
    heads: dict[str, dict[str, int]] = {}
    for m in mentions:
        found = gaz.actors.get(m.actor or "") if m.kind is MentionKind.ACTOR else None
        if found is None or found.kind is not ActorKind.ORGANISATION:
            continue
        head = found.name.split()[-1].lower()
        if head in _HEADS:
            heads.setdefault(head, {}).setdefault(found.code, m.start)
    return heads


def voice_heads(gaz: Gazetteer, text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a mention of the organisation added for each lower-cased head noun
    that qualifies a voice of it after the text has named exactly one organisation of that
    head."""
    heads = _heads_named(gaz, mentions)
    if not heads:
        return mentions
    taken = {(m.start, m.end) for m in mentions}
    out = list(mentions)
    for found in _VOICE.finditer(text):
        codes = heads.get(found.group("head"))
        if codes is None or len(codes) != 1:
            continue
        [(code, first)] = codes.items()
        start, end = found.span("head")
        if first > start or any(s < end and start < e for s, e in taken):
            continue
        insort(out, Mention(start, end, MentionKind.ACTOR, text[start:end], actor=code),
               key=lambda m: (m.start, m.end))  # fmt: skip
    return out
