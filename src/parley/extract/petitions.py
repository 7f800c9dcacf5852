"""A request that a body give a ruling: a petition, not a position.

"asked the High Court to declare the agreement unconstitutional", "asked the tribunal to
declare the talks intractable", "asked the board to order binding arbitration", "asked the
committee to summon the minister": what a party asks a court, a tribunal, a board or a
committee to do with its power of ruling (declare, order, decide, rule, annul, quash,
overturn, summon) is the remedy a filing seeks, a step in a procedure; it states no
position of the party's on the negotiation in words ("asked the government to reopen the
agreement", a demand on the other side, stays).
"""

from __future__ import annotations

import re

from parley.extract.attribution import Draft

# verbs of requesting whose "to" infinitive is what the one asked should do
_REQUEST_LEMMAS = frozenset(("ask", "urge", "request", "petition", "call", "appeal", "invite"))
# the infinitive of a ruling: what only a body with the power to rule does
_RULING = re.compile(
    r"to\s+(?:step\s+in\s+and\s+)?(?:declare|order|decide|rule|annul|quash|overturn|summon)\b"
)


def ruling_sought(text: str, d: Draft) -> bool:
    """Whether statement ``d`` is the ruling its request asks a body to give."""
    return (
        not d.direct
        and d.lemma in _REQUEST_LEMMAS
        and d.cue_start < d.start
        and _RULING.match(text, d.start, d.end) is not None
    )
