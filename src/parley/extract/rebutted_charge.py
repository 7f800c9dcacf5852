"""Stance of a charge rebutted: the side rejects, dismisses or denies a criticism made of it
or of its deal ("rejected the charge that the contract is unfair", "dismissed suggestions
that the city had given away too much", "rejected claims that the recognition would put
homes at risk").

The reported words are the criticism itself, opened by its noun (charge, suggestion, claim,
criticism, accusation, allegation, complaint); the cue is the act of rebutting it. The stance
model reads the critic's words and calls the statement oppose, but the speaker who rebuts a
charge against the deal defends it: gold reads such statements of the development parts
support (seven) more often than oppose (one, with "the charge that it was blocking
transit", where the side did oppose the deal). An idea or a notion dismissed ("the idea
that a floor could make a cap acceptable") is a proposal turned down, not a charge rebutted,
and does not count; nor does a report denied, which may be a rumour of either kind. The same
rebuttal may sit inside the reported words, after a verdict of the speaker's own.
The rule moves oppose only, and only when support scores within ``MARGIN`` of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from parley.extract.features import Utterance
from parley.extract.narrow_events import within

# how far below oppose support may score for the rule to turn the stance
MARGIN = 3.0

# the lemmas of a cue that rebuts what follows
REBUTTING = frozenset({"reject", "dismiss", "deny", "rebut", "refute", "rebuff"})

# the words open with the criticism's noun (after a determiner and at most one adjective)
# and its clause or its "of": "the charge that ...", "suggestions that ...", "any claim of"
CHARGE = re.compile(
    r"^\W*(?:(?:the|any|all|such|a|an|these|those)\s+)?(?:[\w-]+\s+)?"
    r"(?:suggestions?|claims?|criticisms?|accusations?|charges?|allegations?|complaints?)"
    r"\s+(?:that|of)\b",
    re.IGNORECASE,
)


# the same rebuttal inside the reported words, after a first clause ("the deal proved its
# worth and rejected suggestions that the city had given away too much")
REBUTTAL = re.compile(
    r"\b(?:reject|dismiss|denie|deny|rebut|refute|rebuff)\w*\s+"
    r"(?:(?:the|any|all|such|these|those)\s+)?"
    r"(?:suggestions?|claims?|criticisms?|accusations?|charges?|allegations?|complaints?)"
    r"\s+(?:that|of)\b",
    re.IGNORECASE,
)


def rebuts_charge(u: Utterance) -> bool:
    """Whether ``u`` is a criticism that its cue rejects, dismisses or denies, or holds one
    rebutted in its own words."""
    if u.lemma in REBUTTING and CHARGE.search(u.text) is not None:
        return True
    return REBUTTAL.search(u.text) is not None


def rebutted_charge_stance(
    stance: str, u: Utterance, classes: Sequence[str], scores: np.ndarray
) -> str:
    """``stance`` (the model's), or support when the model reads oppose, ``u`` is a charge its
    cue rebuts and support scores within ``MARGIN`` of oppose."""
    if stance != "oppose" or not rebuts_charge(u):
        return stance
    return "support" if within(scores, classes, "support", stance, MARGIN) else stance
