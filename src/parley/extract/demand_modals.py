"""A statement of what must, should or is wanted to happen is a demand (PLOVER REQUEST).

The event model reads a negation or a "not" in such a clause as a refusal ("no deal should be
signed before ...", "investors needed a budget, not a blank page"); when the model is unsure
between the two (REQUEST scores within ``DEMAND_MARGIN`` of its REJECT), the modal of
obligation or the verb of wanting decides. Measured by evt38 on test43-test50, parts the
event model never trained on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from parley.extract.features import Utterance
from parley.extract.narrow_events import within

# a modal of obligation or a verb of wanting/needing/expecting in the reported clause
DEMAND_MODAL = re.compile(
    r"\b(?:should|must|needs? to|needed|has to|have to|wanted|expected)\b", re.IGNORECASE
)
# how far below REJECT's score REQUEST's may be (pooled development event: 0.5 +1, 1.0 +2,
# 2.0 +6, 3.0 +3; unbounded -58)
DEMAND_MARGIN = 2.0


def demand_over_refusal(
    event: str, u: Utterance, classes: Sequence[str], scores: np.ndarray
) -> str:
    """REQUEST for a REJECT whose clause states an obligation and whose REQUEST score is
    close; ``event`` otherwise."""
    if event != "REJECT" or not DEMAND_MODAL.search(u.text):
        return event
    return "REQUEST" if within(scores, classes, "REQUEST", "REJECT", DEMAND_MARGIN) else event
