"""Stance of backing the alternative to the deal: "its proposal was superior for
shareholders", "the board considered the rival's proposal superior", "his bid was simply
better", "we are convinced of our standalone plan", "the board was confident in the company's
own plan".

In a contested takeover the plan under discussion is one bid; a rival's bid called superior
or better, or the target's own plan to stay independent ("standalone", "its own plan/
strategy", "a strategy of independence"), is the alternative to it. Whoever backs the
alternative is against the deal: gold of the development parts reads every such backing
oppose (seven statements in three parts), and the stance model reads the words of praise
and calls six of them support or mixed. The verdict must fall on a bid, offer, proposal or
plan; a backing denied or dropped in its own clause ("would not put forward its own plan",
"had abandoned its own plan") stays with the model.
"""

from __future__ import annotations

import re

from parley.extract.narrow_events import StanceRule, text_override
from parley.extract.prefilter import Prefiltered

# a bid called superior (up to eight words of the same clause between), or called better
# with a copula right after it
RIVAL_VERDICT = re.compile(
    r"\b(?:offers?|bids?|approach(?:es)?|proposals?|plans?)\b"
    r"(?:(?P<gap>(?:[^\s,;:.]*\s+){0,8}?)[\"'\u201c\u2018]?superior"
    r"|\s+(?:was|is|were|are|would\s+be)\s+(?:simply\s+|clearly\s+|far\s+)?better)\b",
    re.IGNORECASE,
)
# the plan of staying independent: a standalone plan, one's own plan or strategy, a strategy
# of independence
OWN_PLAN = re.compile(
    r"\b(?:stand-?alone|own)\s+(?:plan|strategy)\b"
    r"|\b(?:plan|strategy|path)\s+of\s+independence\b",
    re.IGNORECASE,
)
# a denial or a dropping before the backed alternative, in its clause
_DENIED = re.compile(
    r"\b(?:not|never|no|hardly|abandon\w*|dropp?\w*|scrap\w*|shelv\w*|withdr\w*"
    r"|g[ai]ve\s+up|giving\s+up)\b|n't\b",
    re.IGNORECASE,
)
# where a clause begins
_CLAUSE_BREAK = re.compile(r"[,;:.]")

_VERDICT_CHECKED = Prefiltered(RIVAL_VERDICT)  # searched only where its words are
_OWN_CHECKED = Prefiltered(OWN_PLAN)


def _clause_before(text: str, start: int) -> str:
    """The part of ``text``'s clause that comes before ``start``."""
    head = text[:start]
    breaks = list(_CLAUSE_BREAK.finditer(head))
    return head[breaks[-1].end() :] if breaks else head


def backs_alternative(text: str) -> bool:
    """Whether ``text`` backs the alternative to the deal (a rival bid called superior or
    better, or the target's own plan), undenied in its clause."""
    for m in _VERDICT_CHECKED.finditer(text):
        if not _DENIED.search(_clause_before(text, m.start()) + (m.group("gap") or "")):
            return True
    return any(
        not _DENIED.search(_clause_before(text, m.start())) for m in _OWN_CHECKED.finditer(text)
    )


# ``stance`` (the model's), or oppose when the model reads support or mixed and ``u.text`` backs
# the alternative to the deal. No margin: gold reads every such backing oppose, also where the
# model is sure of support (by 6.3).
preferred_alternative_stance: StanceRule = text_override(
    frozenset({"support", "mixed"}), "oppose", backs_alternative, None
)
