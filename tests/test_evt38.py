"""evt38: a clause of obligation ("should", "must", "needed", "wanted") the event model reads
as a refusal by a small margin is a demand (REQUEST)."""

from __future__ import annotations

import numpy as np

from parley.extract.classifier import LinearModel, StatementClassifier
from parley.extract.features import Utterance

CLASSES = ("REJECT", "REQUEST", "AGREE")


def _coder(reject_lead: float) -> StatementClassifier:
    event = LinearModel(CLASSES, {}, np.zeros((0, 3)), np.array([reject_lead, 0.0, -5.0]))
    stance = LinearModel(("support", "oppose"), {}, np.zeros((0, 2)), np.array([0.0, 1.0]))
    return StatementClassifier(event=event, stance=stance)


def _event(coder: StatementClassifier, text: str) -> str | None:
    return coder.code(Utterance(text, "said", "say", False)).event


def test_an_obligation_read_narrowly_as_refusal_is_a_demand() -> None:
    coder = _coder(1.0)
    assert _event(coder, "no treaty should be signed before the vote in parliament") == "REQUEST"
    assert _event(coder, "the farmers needed a plan, not a promise") == "REQUEST"


def test_a_refusal_without_obligation_stays() -> None:
    assert _event(_coder(1.0), "no treaty will be signed before the vote") == "REJECT"


def test_a_confident_refusal_stays() -> None:
    assert _event(_coder(4.0), "no treaty should be signed before the vote") == "REJECT"
