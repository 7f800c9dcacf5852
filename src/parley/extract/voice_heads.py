"""An organisation's head noun, in lower case, qualifying one of its voices or after "the".

"A bank official said", "a fund spokesperson added" once the text names the World Bank or
the International Monetary Fund: the last word of the organisation's name, written as a
common noun right before a noun for one who speaks for a body, is that organisation, as
its capitalised short form is ("a Fund official", ``mentions._short_forms``). Without it
the voice would take the side of a place phrase after it ("a bank official in
Washington": the bank's, not the United States'). So is "the commission" once the text
names the Commission for the Conservation of Antarctic Marine Living Resources (the head
is the word before "of"/"for", else the last). It counts only when exactly one
organisation of that head was named before and the text names no other body of that head
("the Electoral Commission"), and after an article ("a bank official", not "central bank
officials", a state's).
"""

from __future__ import annotations

import re
from bisect import insort

from parley.actors import ActorKind, Gazetteer
from parley.extract.mentions import Mention, MentionKind

# The head nouns of organisations' names that their staff are named by ("a bank official")
_HEADS = frozenset(("bank", "fund", "agency", "organization", "organisation"))
# The head nouns that stand for the organisation alone after "the" ("the commission said")
# (not "the bank", "the fund": a central bank, an investment fund)
_THE_HEADS = frozenset(("commission", "court", "tribunal"))
# "the commission", "the court's": the bare head after "the", not a name's ("the court of")
_THE_HEAD = re.compile(r"\b[Tt]he\s+(?P<head>[a-z]+)\b(?!\s+(?:of|for)\b)")
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
        head = _head(found.name)
        if head in _HEADS or (head in _THE_HEADS and head in m.text.lower()):
            # "the commission" only once the body is named in full, not by its acronym
            heads.setdefault(head, {}).setdefault(found.code, m.start)
    return heads


def _head(name: str) -> str:
    """The head noun of a body's name, lower-cased: the word before its first "of" or
    "for" ("Permanent Court of Arbitration"), else its last ("World Bank")."""
    words = name.split()
    for i, word in enumerate(words[1:], 1):
        if word in ("of", "for"):
            return words[i - 1].lower()
    return words[-1].lower()


def _other_body(text: str, head: str, names: tuple[str, ...]) -> bool:
    """Whether the text names a body of ``head`` other than by one of ``names``: a
    capitalised "<Word> <Head>" or "<Head> of/for <Word>" that is no part of them."""
    cap = head.capitalize()
    found = re.finditer(rf"\b[A-Z][\w'’-]*\s+{cap}\b|\b{cap}\s+(?:of|for)\s+(?:the\s+)?[A-Z]", text)
    return any(not any(f.group() in n for n in names) for f in found)


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
        taken.add((start, end))
    for found in _THE_HEAD.finditer(text):
        head = found.group("head")
        codes = heads.get(head) if head in _THE_HEADS else None
        if codes is None or len(codes) != 1:
            continue
        [(code, first)] = codes.items()
        start, end = found.span("head")
        if first > start or _other_body(text, head, gaz.actors[code].names):
            continue
        # the head as a role word ("the commission's report"): the organisation instead
        role = next((m for m in out if m.start == start and m.end == end), None)
        if role is not None and role.kind is not MentionKind.ROLE:
            continue
        if role is None and any(s < end and start < e for s, e in taken):
            continue
        body = Mention(start, end, MentionKind.ACTOR, text[start:end], actor=code,
                       possessive=role.possessive if role is not None else False)  # fmt: skip
        if role is not None:
            out[out.index(role)] = body
        else:
            insort(out, body, key=lambda m: (m.start, m.end))
    return out
