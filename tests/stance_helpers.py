"""What the stance-rule tests read: a stance rule applied to a clause reported with "said",
with the stance model's three classes and the scores given (all equal when none are)."""

from __future__ import annotations

import numpy as np

from parley.extract.features import Utterance
from parley.extract.narrow_events import StanceRule

CLASSES = ("mixed", "oppose", "support")


def said(text: str) -> Utterance:
    """``text`` as a clause reported with "said"."""
    return Utterance(text, "said", "say", False)


def ruled(
    rule: StanceRule, stance: str, text: str | Utterance, scores: np.ndarray | None = None
) -> str:
    """The class ``rule`` leaves when the model read ``stance`` for ``text`` with ``scores``
    over ``CLASSES``."""
    u = said(text) if isinstance(text, str) else text
    return rule(stance, u, CLASSES, np.zeros(len(CLASSES)) if scores is None else scores)
