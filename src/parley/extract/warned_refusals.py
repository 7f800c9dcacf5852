"""A refusal reported as a warning ("warned that it would not accept another delay", "warning
that the union will not sign a deal paid for out of pensions"): THREATEN, not REJECT.

The spec codes a coercive warning THREATEN; the cue "warn" names the act, and a refusal
announced as a warning tells the other side what it will meet if it goes on. The event
model reads the negated modal of the reported clause as a refusal (REJECT). Over the 53
development parts (evt55) the gold statements with the cue "warn" and a negated modal or
future ("would not", "will never", "cannot", "won't", "not going to") are THREATEN 20,
REJECT 11, REQUEST 4, ACCUSE 2; on the fifteen parts the event model never trained on
(test43-test57) THREATEN 7, REJECT 2, ACCUSE 1, and of the eight the model reads REJECT there
six are THREATEN. Coders split the shape, so the rule overrides the model only when THREATEN
scores within ``WARNED_REFUSAL_MARGIN`` of REJECT, so that what the model learnt with
confidence stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from parley.extract.features import Utterance
from parley.extract.narrow_events import within

# a modal or future negated: what the speaker says it will not do or will not let happen
NEGATED_MODAL = re.compile(
    r"\b(?:would|will|could|can|shall|must)(?:\s+not|n't|\s+never)\b"
    r"|\b(?:cannot|won't|not\s+going\s+to)\b",
    re.IGNORECASE,
)
WARN = "warn"
WARNED_REFUSAL_MARGIN = 5.0


def warned_refusal(u: Utterance) -> bool:
    """Whether ``u`` is reported with the cue "warn" and holds a negated modal."""
    return u.lemma == WARN and NEGATED_MODAL.search(u.text) is not None


def warned_refusal_event(
    event: str, u: Utterance, classes: Sequence[str], scores: np.ndarray
) -> str:
    """``event`` (the model's), or THREATEN when the model reads a refusal reported as a
    warning as REJECT and THREATEN is close."""
    if event != "REJECT" or not warned_refusal(u):
        return event
    if within(scores, classes, "THREATEN", event, WARNED_REFUSAL_MARGIN):
        return "THREATEN"
    return event
