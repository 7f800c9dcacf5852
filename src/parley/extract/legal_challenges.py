"""An announced appeal against a decision ("it would appeal", "the government would contest
the ruling", "it will contest that finding"): a refusal of the decision (REJECT).

Over the 49 development parts the coders code all five such statements REJECT (evt43): the
speaker turns down a ruling, order or finding already made. A challenge to something still to
come ("would challenge any cut to transfers", "would challenge the deal in court") is a
threat in the gold and does not match: the object must be a decision, or there is none. The
event model reads the new ones as an offer or a request ("it will contest that finding"
AGREE by 0.81, "it would appeal" REQUEST by 0.38); the rule overrides it when REJECT scores
within ``APPEAL_MARGIN``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from parley.extract.features import Utterance
from parley.extract.narrow_events import within

# "would/will (planned to ...) appeal/contest/challenge" + a decision, "against", or nothing
APPEAL = re.compile(
    r"\b(?:would|will|plann?(?:ed|s)\s+to|intend(?:s|ed)?\s+to)\s+(?:\w+ly\s+)?"
    r"(?:appeal|contest|challenge)"
    r"(?:\s+(?:the|that|this|its|a|any)\s+(?:[\w-]+\s+)?"
    r"(?:ruling|order|findings?|decision|verdict|judge?ment|award|fine|sentence|penalty"
    r"|conviction)\b|\s+against\b|\s*[,.;]|\s*$)",
    re.IGNORECASE,
)
NEGATED = re.compile(r"\b(?:not|never)\b|n't\b", re.IGNORECASE)
APPEAL_MARGIN = 2.0


def announced_appeal(text: str) -> bool:
    """Whether ``text`` announces an appeal against a decision, not negated."""
    return APPEAL.search(text) is not None and NEGATED.search(text) is None


def appeal_event(event: str, u: Utterance, classes: Sequence[str], scores: np.ndarray) -> str:
    """``event`` (the model's), or REJECT when an indirect statement announces an appeal
    against a decision and REJECT is close."""
    if event == "REJECT" or u.direct or not announced_appeal(u.text):
        return event
    return "REJECT" if within(scores, classes, "REJECT", event, APPEAL_MARGIN) else event
