"""A party's office named by a definite description ("the Fianna Fail leader said"): the
office is the party's, not its state's, so the state's office-holder on record is not the
one meant. The person is the one the text itself gave that description, by apposition
("Mark Doyle, the Fianna Fail leader,") or as a title ("Fianna Fail leader Mark Doyle")."""

from __future__ import annotations

import re
from bisect import bisect_left

from parley.extract.mentions import Mention, MentionKind


def described_person(text: str, mentions: list[Mention], desc: str, before: int) -> Mention | None:
    """The latest named person the text before ``before`` gave the description ``desc``
    ("Fianna Fail leader") in apposition or as a title."""
    starts = [m.start for m in mentions]
    ends = {m.end: m for m in mentions if m.kind is MentionKind.NAME}
    found: Mention | None = None
    pattern = re.compile(rf"\b{re.escape(desc)}\b")
    for hit in pattern.finditer(text, 0, before):
        # title: "Fianna Fail leader Mark Doyle"
        i = bisect_left(starts, hit.end() + 1)
        after = mentions[i] if i < len(mentions) else None
        if after is not None and after.start == hit.end() + 1 and after.kind is MentionKind.NAME:
            found = after
            continue
        # apposition: "Mark Doyle, the Fianna Fail leader,"
        lead = re.search(r",\s+(?:the\s+)?$", text[max(0, hit.start() - 8) : hit.start()])
        if lead is not None:
            owner = ends.get(hit.start() - len(lead.group(0)))
            if owner is not None:
                found = owner
    return found


# "the" and the words of a description before its first mention ("the CDU leader")
_DEFINITE_OPENING = re.compile(r"\b[Tt]he\s+((?:[\w'-]+\s+){0,3})$")


def definite_start(text: str, start: int) -> int | None:
    """Where the words after "the" of a definite description whose first mention is at
    ``start`` begin ("the [CDU leader]"); None when no "the" opens it."""
    m = _DEFINITE_OPENING.search(text, max(0, start - 50), start)
    return m.start(1) if m is not None else None
