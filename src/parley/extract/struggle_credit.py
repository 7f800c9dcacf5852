"""Stance of a statement that credits the deal to its side's own struggle: "a deal our
members forced into existence on the picket line", "proof that the strikes worked", "a
contract our members fought for and earned", "the thing we struck for is in it".

A union (or any side) that says its strike, its picket line or its fight won the deal is for
the deal: gold reads every such statement across the development parts support. The stance
model reads the words of conflict ("strike", "picket line", "fought", "forced") and calls
some of these oppose or mixed. A strike announced *in pursuit* of terms ("we will strike
until management comes to the table") is no credit and stays with the model, which reads it
oppose as gold does. A credit denied in its own clause ("not what our members fought for",
"nobody thinks they won everything") is no credit either.
"""

from __future__ import annotations

import re

from parley.extract.deal_contents import MARGIN
from parley.extract.narrow_events import StanceRule, text_override
from parley.extract.prefilter import Prefiltered

# who fought: the side's members, its workers, or "we"/"they"
_WHO = (
    r"(?:(?:our|the|its|their)\s+)?"
    r"(?:members|workers|employees|staff|nurses|teachers|drivers|crews?|we|they)"
)
# what they did to get the deal ("won", not "won't")
_WON = (
    r"(?:had\s+|have\s+)?(?:fought\s+(?:hard\s+)?for|struck\s+for|went\s+on\s+strike\s+for"
    r"|walked\s+out\s+for|forced|won(?!['\u2019]t)|stood\s+firm\s+for)"
)
# the credit: the members' act, the struggle that worked, the deal won by or on the line
CREDIT = re.compile(
    rf"\b{_WHO}\s+{_WON}\b"
    r"|\b(?:strikes?|walkouts?|picket\s+lines?|industrial\s+action|standing\s+firm|the\s+fight"
    r"|the\s+struggle)\s+(?:had\s+|has\s+|have\s+)?(?:worked|paid\s+off)\b"
    r"|\b(?:was|were|been)\s+won\s+(?:by|in|on|at|through)\b"
    r"|\bvictory\s+(?:won\s+by|of)\s+(?:the\s+)?(?:members|workers|teachers|nurses|union)\b",
    re.IGNORECASE,
)
# a denial inside the credit's own clause
_DENIED = re.compile(
    r"\b(?:not|never|nothing|none|no|nobody|no\s+one|far\s+from|short\s+of|less\s+than)\b"
    r"|n't\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;:]")


_CREDIT_CHECKED = Prefiltered(CREDIT)  # searched only where its words are


def credits_struggle(text: str) -> bool:
    """Whether ``text`` credits the deal to its side's strike or fight, undenied."""
    for m in _CREDIT_CHECKED.finditer(text):
        clause = _CLAUSE_END.split(text[: m.start()])[-1]
        if not _DENIED.search(clause):
            return True
    return False


# ``stance`` (the model's), or support when the model reads oppose or mixed, ``u.text`` credits
# the deal to the side's struggle and support scores within ``MARGIN`` of it.
struggle_credit_stance: StanceRule = text_override(
    frozenset({"oppose", "mixed"}), "support", credits_struggle, MARGIN
)
