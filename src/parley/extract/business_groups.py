"""A nationality's business people as a clause's subject: whose position that is not.

"Korean executives were now asking for written assurances", "Hungarian traders would keep
paying for Russian barrels", "several Ukrainian traders had asked about shorter contracts":
a demonym qualifying a plural of private business (executives, traders, investors, firms)
names people of that nationality, not the state's side, so the clause states no party's
position (the spec: private people speak for no party; the gold gives no `about` for such a
subject in 73 of the 74 development clauses that open with one)."""

from __future__ import annotations

import re
from bisect import bisect_left

from parley.extract.mentions import Mention, MentionKind

# The plural heads of private business: people and concerns that trade or invest
BUSINESS_PLURALS = frozenset(
    (
    "executives", "investors", "traders", "buyers", "sellers", "companies", "firms",
    "businesses", "exporters", "importers", "bankers", "lenders", "manufacturers",
    "producers", "carmakers", "shipowners", "refiners", "suppliers", "shareholders",
    "insurers", "businessmen", "businesspeople", "entrepreneurs", "retailers",
    )
)  # fmt: skip

# An optional determiner or quantifier, then one or two words, then the head. The words
# are the demonym and at most one modifier of either case ("senior Korean executives"):
# business_group checks on the mentions that a demonym is among them and no party's name.
_PHRASE = re.compile(
    r"(?:(?:the|some|many|several|other|most|few|two|three|four|five)\s+)?"
    r"(?:[A-Za-z][\w'’-]*\s+){1,2}([a-z]+)",
    re.IGNORECASE,
)


def business_group(
    text: str, start: int, end: int, mentions: list[Mention], starts: list[int]
) -> bool:
    """Whether text[start:end] is a demonym's business people ("Korean executives",
    "several Ukrainian traders"): the whole phrase, its head one of
    :data:`BUSINESS_PLURALS`, a demonym (an ADJECTIVE mention) in it and no other party's
    name (the head itself may be a role mention, "executives")."""
    found = _PHRASE.fullmatch(text, start, end)
    if found is None or found.group(1) not in BUSINESS_PLURALS:
        return False
    inside = [
        m for m in mentions[bisect_left(starts, start) : bisect_left(starts, end)] if m.end <= end
    ]
    return any(m.kind is MentionKind.ADJECTIVE for m in inside) and all(
        m.kind in (MentionKind.ADJECTIVE, MentionKind.ROLE) for m in inside
    )
