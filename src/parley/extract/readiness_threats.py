"""A stated readiness to take a coercive step ("workers were ready to walk out", "the group
was prepared to withhold its votes", "they were ready to extend picket lines"): a threat.

The event model reads the frame of readiness ("ready/prepared/willing/poised to") as an
offer (AGREE); the coders code readiness to strike, walk out, stop work, picket, block,
withhold, boycott, occupy or retaliate as THREATEN, with or without a condition (7 of 7 over
the 49 development parts; evt42). Readiness to walk away from talks is left out: the coders
split it (THREATEN, SUPPORT, REQUEST). The rule overrides the model only when THREATEN scores
within ``READINESS_MARGIN`` of AGREE.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from parley.extract.features import Utterance
from parley.extract.narrow_events import within

# a coercive step one side takes against the other
COERCIVE_STEP = (
    r"(?:strike|walk\s+(?:out|off)|stop\s+work"
    r"|(?:extend|set\s+up|mount|join)\s+(?:the\s+|their\s+|its\s+)?picket\s*lines?"
    r"|picket|block|blockade|withhold|boycott|occupy|retaliate|shut\s+down)"
)
# a readiness to do something, not negated ("were not ready to strike")
READY_TO = r"(?<!not )(?<!n't )(?<!never )\b(?:ready|prepared|willing|poised)\s+to\s+(?:\w+ly\s+)?"
READINESS = re.compile(
    READY_TO + COERCIVE_STEP + r"\b",
    re.IGNORECASE,
)
READINESS_MARGIN = 7.0


def readiness_threat(text: str) -> bool:
    """Whether ``text`` states a readiness to take a coercive step."""
    return READINESS.search(text) is not None


def readiness_event(event: str, u: Utterance, classes: Sequence[str], scores: np.ndarray) -> str:
    """``event`` (the model's), or THREATEN when the model reads an indirect statement of
    readiness to take a coercive step as an offer and THREATEN is close."""
    if event != "AGREE" or u.direct or not readiness_threat(u.text):
        return event
    return "THREATEN" if within(scores, classes, "THREATEN", event, READINESS_MARGIN) else event
