"""A named subject the text introduces by whom it represents: "The Ukrainian Canadian
Congress, which speaks for about a million Canadians, said", "R-CALF USA, which represents
cattle producers, said".

A relative clause that says whom a body speaks for, groups or campaigns for marks an
association of people (a lobby, a community council, a victims' movement), not an organ
of a state, even when a state's name or demonym is part of its name or the text around it
is the state's story. Such a subject speaks for no state; a listed body's own name in the
subject keeps its code.
"""

from __future__ import annotations

import re

from parley.actors import ActorKind, Gazetteer
from parley.extract.mentions import Mention, MentionKind

# The rest of a capitalised name after the subject's last mention ("Movement" of People
# Affected by Dams), then ", which represents / speaks for / groups / campaigns for"
_REPRESENTS = re.compile(
    r"(?:[ ](?:of|for|the|and|by|[A-Z][\w'’-]*))*,[ ](?:which|that)[ ](?:has[ ])?"
    r"(?:represent(?:s|ed)|speaks?[ ]for|spoken[ ]for|groups|grouped|brings[ ]together"
    r"|brought[ ]together|unites|united|gathers|campaign(?:s|ed)[ ]for|lobb(?:ies|ied)[ ]for)\b"
)


def representative_body(text: str, chain: list[Mention], gaz: Gazetteer) -> bool:
    """True when ``chain`` (no person, no listed body other than a state by name) is
    followed by a relative clause saying whom it represents."""
    if _REPRESENTS.match(text, chain[-1].end) is None:
        return False
    for m in chain:
        if m.person is not None or m.kind in (MentionKind.PERSON, MentionKind.PRONOUN):
            return False
        if m.kind is MentionKind.ACTOR and m.actor is not None:
            found = gaz.actors.get(m.actor)
            if found is not None and found.kind is not ActorKind.STATE:
                return False
    return True
