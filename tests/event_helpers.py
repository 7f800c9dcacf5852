"""What the event-rule tests read: a statement coder whose event model gives every statement
the same scores (no features), so that a rule acting where the model is unsure can be tried at
a chosen margin, and the event it codes for a reported clause."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from parley.extract.classifier import LinearModel, StatementClassifier
from parley.extract.features import Utterance

UNLIKELY = -9.0


def fixed_coder(classes: Sequence[str], scores: Mapping[str, float]) -> StatementClassifier:
    """A coder scoring each class as given (the classes left out at UNLIKELY)."""
    intercept = np.array([scores.get(c, UNLIKELY) for c in classes])
    event = LinearModel(tuple(classes), {}, np.zeros((0, len(classes))), intercept)
    stance = LinearModel(("support", "oppose"), {}, np.zeros((0, 2)), np.array([0.0, 1.0]))
    return StatementClassifier(event=event, stance=stance)


def event_of(
    coder: StatementClassifier,
    text: str,
    direct: bool = False,
    cue: str = "said",
    lemma: str = "say",
) -> str | None:
    """The event the coder gives a clause reported with the cue ("said"; a quotation when
    direct)."""
    return coder.code(Utterance(text, cue, lemma, direct)).event
