"""Whether an article reports a labour dispute, in which a city is an employer.

In a strike or contract dispute between a union and a city ("the union and the
administration of Mayor X reached a tentative contract"), the city bargains as an employer,
like a company: its mayor and its officials speak for no state. The article reports a
labour dispute when it names a trade union in lower case ("the union", "the union's
members", not "the European Union" or "a customs union") and a stoppage of work or a
labour contract ("strike", "walkout", "picket", "collective agreement", "contract").
"""

from __future__ import annotations

import re

# "the union", "its union", "the city's biggest union", "unions": a trade union, not a
# union of states ("the European Union", "a customs union", "the Soviet Union")
_UNION = re.compile(r"\b(?:(\w+)\s+)?unions?\b")
_STATES_UNIONS = {"customs", "monetary", "banking", "political", "energy", "capital",
                  "markets", "economic", "fiscal", "currency", "defence", "defense"}  # fmt: skip
# a stoppage of work or a labour contract; "strike" only with a labour word beside it, not
# a military one ("strikes on the port")
_WORK_STOPPAGE = re.compile(
    r"\b(?:walk-?outs?|picket(?:s|ed|ing|ers)?|strikers|(?:collective|labou?r)\s+"
    r"(?:agreement|contract|bargaining)|(?:wage|pay)\s+(?:offer|deal|talks)|"
    r"(?:general|trash|bin|rail|teachers['’]?|workers['’]?|nurses['’]?|doctors['’]?)\s+strike|"
    r"(?:went|go|going|are|were|remain(?:ed)?)\s+on\s+strike|tentative\s+(?:\w+\s+){0,2}contract)\b",
    re.IGNORECASE,
)


def labour_dispute(text: str) -> bool:
    """True when ``text`` reports a labour dispute: it names a trade union at least twice
    and a stoppage of work or a labour contract at least once."""
    unions = sum(
        m.group(1) is None or m.group(1).lower() not in _STATES_UNIONS
        for m in _UNION.finditer(text)
    )
    return unions >= 2 and _WORK_STOPPAGE.search(text) is not None
