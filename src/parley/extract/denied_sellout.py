"""Stance of a denial that the side sold out: "We did not sell the oil", "Iraq did not sign
away its gas", "his party had 'not bought a single ministry'", "Argentina was 'not giving
anything away'", "Our title was never surrendered".

A side that denies, of a thing done, that it gave away, sold or surrendered what it held is
defending the deal it made against the charge of a sell-out: gold reads these statements
support across the development parts. The stance model reads the denial and the words of
loss and calls them oppose. Only the denial of a *done* act counts (past tense, perfect or
past progressive): a refusal of one to come ("we will not sign away our future", "we are not
signing away our security", "would never sell its sovereignty") is a condition on a deal not
yet made and stays with the model, which reads it oppose or mixed as gold does.
"""

from __future__ import annotations

import re

from parley.extract.narrow_events import StanceRule, text_override

# how far below oppose support may score for the denial to turn the stance (the five
# development cases sit 1.3-5.5 below; a quantity "sold" or "bought" that is no deal,
# "never bought a share", sits lower still)
MARGIN = 6.0

_Q = r"[\"'\u201c\u2018]?"
# a denial of a past act of giving the thing up
DENIED_SELLOUT = re.compile(
    rf"\b(?:did\s+not|didn['\u2019]t|never)\s+{_Q}(?:sell|sign\s+away|give\s+away|trade\s+away"
    r"|surrender)\b"
    rf"|\b(?:have|has|had)(?:\s+not|n['\u2019]t)\s+{_Q}(?:sold|signed\s+away|given\s+away"
    r"|traded\s+away|bought|surrendered)\b"
    rf"|\b(?:was|were)\s+{_Q}(?:not|never)\s+(?:selling|signing\s+away|giving\s+(?:\w+\s+)?away"
    r"|trading\s+away|surrendering|sold|surrendered|given\s+away|signed\s+away)\b"
    rf"|\bnot\s+bought\b",
    re.IGNORECASE,
)
# a modal before the denial makes it a refusal to come ("would never sell its ports")
_MODAL = re.compile(rf"\b(?:would|will|could|can|shall|must)\s+{_Q}$", re.IGNORECASE)


def denies_sellout(text: str) -> bool:
    """Whether ``text`` denies that the side gave up what it held, in an act done."""
    return any(not _MODAL.search(text, 0, m.start()) for m in DENIED_SELLOUT.finditer(text))


# ``stance`` (the model's), or support when the model reads oppose, ``u.text`` denies a sell-out
# done and support scores within ``MARGIN`` of oppose.
denied_sellout_stance: StanceRule = text_override(
    frozenset({"oppose"}), "support", denies_sellout, MARGIN
)
