"""The president of a summit speaks for the state that hosts it.

"X, the COP28 president,", "X, the summit's president,", "COP30 President X": a summit's
presidency is held by its host government, so what its president says is the host state's
(the corpus's convention: the COP presidents are coded for Azerbaijan, the UAE and Brazil).
The host is the state of the place the article holds the summit in (its dateline, else the
lead's "in Dubai"). A person who presides over "the talks" or is "the president of the
conference" is the chair of a multilateral meeting instead, the convening organisation's
voice (``chairs``), which a later step gives them.
"""

from __future__ import annotations

import re

from parley.extract.mentions import Mention, MentionKind

# the meeting a presidency is of: a numbered climate conference ("COP28") or "the summit"
_SUMMIT = r"(?:COP\s?\d{1,2}|(?:the\s+)?summit['’]s)"
# "X, the COP28 president,", "X, the summit's president,", "X, president of the COP29
# climate summit,"
_APPOSED = re.compile(
    r"\s*,\s+(?:the\s+)?(?:" + _SUMMIT + r"\s+president\b"
    r"|president\s+of\s+the\s+COP\s?\d{1,2}\b)"
)
# "COP30 President X", "the summit's president, X"
_BEFORE = re.compile(
    r"(?:\bCOP\s?\d{1,2}\s+[Pp]resident\s+|\b[Tt]he\s+" + _SUMMIT + r"\s+president,\s+)$"
)
_PEOPLE = (MentionKind.PERSON, MentionKind.NAME)
_REACH = 40  # how far before a name its title may start (characters)


def _name(m: Mention) -> str:
    return m.person.name if m.person is not None else m.text


def summit_presidents(text: str, mentions: list[Mention], host: str | None) -> dict[str, str]:
    """Names (full and surname) of the people the text makes a summit's president, each
    with ``host``, the state holding the summit; empty when no host is known."""
    if host is None:
        return {}
    found: dict[str, str] = {}
    for m in mentions:
        if m.kind not in _PEOPLE:
            continue
        before = text[max(0, m.start - _REACH) : m.start]
        if _APPOSED.match(text, m.end) or _BEFORE.search(before):
            name = _name(m)
            found[name] = host
            found[name.split()[-1]] = host
    return found
