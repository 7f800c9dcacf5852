"""A ratification reported as done ("members had ratified the four-year contract by a wide
margin", "players had ratified the agreement", "flight attendants voted to ratify a new
contract"): the speaker's side has accepted a deal, which the coders code AGREE.

The shape is the clause's grammar, not an article's words: its head verb is "ratify" in the
active voice with its own subject before it (or "voted to ratify"), in the past or the
perfect, and not negated. A ratification still to come ("the deal still had to be ratified",
"once ratified"), asked for ("urged governments to ratify it") or refused ("members would not
ratify anything that ...") has another shape. The event model reads the words of the deal
("the four-year contract", "the new Interactive Media Agreement") and the figures of the
vote, and gives REQUEST or SUPPORT.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from parley.extract.features import Utterance
from parley.extract.narrow_events import within
from parley.extract.syntax import PAST_TAGS, parsed_root

RATIFIED_MARGIN = 3.0
# the past and the perfect; not the base form under a modal ("would ratify", "has to ratify")


@lru_cache(maxsize=256)
def ratification_done(text: str) -> bool:
    """Whether ``text``'s head clause says that its subject ratified something: "ratify" in
    the past or the perfect, active, with a subject before it, no negation, no modal."""
    verb = parsed_root(text)
    if verb is None:
        return False
    head = verb
    if verb.lower_ == "voted":  # "voted to ratify a new contract" (the parser has no lemmas)
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
        if verb.lower_ != "ratify":
            return False
    elif verb.lower_ != "ratified" or verb.tag_ not in PAST_TAGS:
        return False
    children = list(head.children)
    if not any(c.dep_ == "nsubj" and c.i < head.i for c in children):
        return False
    return not any(c.dep_ in ("neg", "auxpass") or c.tag_ == "MD" for c in children)


def ratified_event(event: str, u: Utterance, classes: Sequence[str], scores: np.ndarray) -> str:
    """``event`` (the model's), or AGREE when an indirect statement says its subject ratified
    something and AGREE scores within ``RATIFIED_MARGIN``."""
    if event == "AGREE" or u.direct or "ratif" not in u.text.lower():
        return event
    if not within(scores, classes, "AGREE", event, RATIFIED_MARGIN):
        return event
    return "AGREE" if ratification_done(u.text) else event
