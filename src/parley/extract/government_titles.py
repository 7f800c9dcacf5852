"""A national government's title that names no state: "Energy Minister", "X, the caretaker
Minister for Agriculture,", "Navy Secretary", "Treasury Board President", "the head of the
State Information Service". The holder speaks for the state whose government the text's
context gives (the paragraph's, the framing capital's, the dateline's or the article's),
since a government title is never a private person's or a union's."""

from __future__ import annotations

import re

# a department of a national government, as English titles name it
_DEPARTMENT = (
    r"(?:Treasury(?:\s+Board)?|Navy|Army|Air\s+Force|Interior|Home|Defen[cs]e|Finance|Energy"
    r"|Agriculture|Health|Justice|Homeland\s+Security|Foreign|Trade|Commerce|Labou?r"
    r"|Education|Transport(?:ation)?|Environment|Economy|Fisheries|Mines|Industry|War)"
)
# "Navy Secretary ", "Treasury Board President ", "Energy Minister ": right before the name
_TITLE_BEFORE = re.compile(
    r"\b" + _DEPARTMENT + r"\s+(?:Secretary|Minister|President|Chief|Director)\s+$"
)
# "the head of the State Information Service, ": a state's agency, in apposition before it
_AGENCY_HEAD_BEFORE = re.compile(
    r"\b(?:head|chief|director|director-general|president)\s+of\s+the\s+"
    r"(?:State|National|Federal|Government)\s+(?:[A-Z][\w'’-]*\s+){1,3}?"
    r"(?:Service|Agency|Office|Authority|Bureau|Department|Directorate)\s*,\s*$"
)
# ", the caretaker Minister for Agriculture,": a minister's title in apposition after it
_MINISTER_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:(?:caretaker|acting|interim|outgoing|incoming|new|current)\s+)?"
    r"(?:(?:Deputy|Junior|State)\s+)?(?:Minister\s+(?:for|of)\s+[A-Z]|(?:[A-Z][a-z]+\s+){1,2}"
    r"(?:Minister|Secretary)\b)"
)


def government_title(text: str, name_start: int, name_end: int) -> bool:
    """Whether the name at ``name_start``..``name_end`` carries a national government's
    title that names no state, right before it or in apposition after it."""
    before = text[max(0, name_start - 80) : name_start]
    return (
        _TITLE_BEFORE.search(before) is not None
        or _AGENCY_HEAD_BEFORE.search(before) is not None
        or _MINISTER_AFTER.match(text, name_end) is not None
    )
