"""evt38: a clause of obligation ("should", "must", "needed", "wanted") the event model reads
as a refusal by a small margin is a demand (REQUEST)."""

from __future__ import annotations

from event_helpers import event_of, fixed_coder
from parley.extract.classifier import StatementClassifier

CLASSES = ("REJECT", "REQUEST", "AGREE")


def _coder(reject_lead: float) -> StatementClassifier:
    return fixed_coder(CLASSES, {"REJECT": reject_lead, "REQUEST": 0.0, "AGREE": -5.0})


def test_an_obligation_read_narrowly_as_refusal_is_a_demand() -> None:
    coder = _coder(1.0)
    assert event_of(coder, "no treaty should be signed before the vote in parliament") == "REQUEST"
    assert event_of(coder, "the farmers needed a plan, not a promise") == "REQUEST"


def test_a_refusal_without_obligation_stays() -> None:
    assert event_of(_coder(1.0), "no treaty will be signed before the vote") == "REJECT"


def test_a_confident_refusal_stays() -> None:
    assert event_of(_coder(4.0), "no treaty should be signed before the vote") == "REJECT"
