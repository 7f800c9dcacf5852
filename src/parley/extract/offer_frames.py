"""An offer's own frame: the cue "offer" with the infinitive it governs ("offered to host
the talks", "offered to hold the detainees") reports the speaker's offer, which PLOVER codes
AGREE.

The event model has seen few such cues and reads the words of the infinitive on new text
("to hold dangerous criminals", ACCUSE). Measured by evt41 on all 48 development parts:
every indirect statement of the cue "offer" whose words open with its infinitive is gold
AGREE (6 of 6; "offered help", a noun, is AID and stays). The other commissive cues are not
so read: "pledged to fight them in parliament", "vowed to keep demonstrating" are threats
and protests in the gold. The rule overrides the model only when AGREE scores within
``OFFER_FRAME_MARGIN`` of the model's class.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from parley.extract.features import Utterance
from parley.extract.narrow_events import within

# the words open with the infinitive the cue governs
INFINITIVE = re.compile(r"\s*[\"“]?to\s+[\"“]?[a-z]")
OFFER_CUES = frozenset({"offer"})
OFFER_FRAME_MARGIN = 2.0


def offer_frame_event(event: str, u: Utterance, classes: Sequence[str], scores: np.ndarray) -> str:
    """``event`` (the model's), or AGREE when an indirect statement is the infinitive of the
    cue "offer" and AGREE is close."""
    if u.direct or event == "AGREE" or u.lemma not in OFFER_CUES:
        return event
    if not INFINITIVE.match(u.text):
        return event
    return "AGREE" if within(scores, classes, "AGREE", event, OFFER_FRAME_MARGIN) else event
