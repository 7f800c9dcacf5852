"""evt40: a forecast of what a thing would do, read by the event model narrowly as a
commitment, takes the verdict class; an unconditioned announced protest read narrowly as a
threat is a protest."""

from __future__ import annotations

import numpy as np

from parley.extract.classifier import LinearModel, StatementClassifier
from parley.extract.features import Utterance

CLASSES = ("ACCUSE", "AGREE", "PROTEST", "REJECT", "SUPPORT", "THREATEN")


def _coder(scores: dict[str, float]) -> StatementClassifier:
    intercept = np.array([scores.get(c, -9.0) for c in CLASSES])
    event = LinearModel(CLASSES, {}, np.zeros((0, len(CLASSES))), intercept)
    stance = LinearModel(("support", "oppose"), {}, np.zeros((0, 2)), np.array([0.0, 1.0]))
    return StatementClassifier(event=event, stance=stance)


def _event(coder: StatementClassifier, text: str, direct: bool = False) -> str | None:
    return coder.code(Utterance(text, "said", "say", direct)).event


def test_a_forecast_of_effect_read_narrowly_as_agree_is_a_verdict() -> None:
    coder = _coder({"AGREE": 2.0, "REJECT": 0.5, "SUPPORT": 0.0})
    assert _event(coder, "cheaper imports would hurt the orchard growers") == "REJECT"
    # a party's or a deal's "would" is a commitment or its terms; a quotation stays
    assert _event(coder, "the union would help the growers sell abroad") == "AGREE"
    assert _event(coder, "the accord would raise quotas by a tenth") == "AGREE"
    assert _event(coder, "Cheaper imports will hurt the growers,", True) == "AGREE"
    # a confident commitment stays
    confident = _coder({"AGREE": 9.0, "REJECT": 0.0})
    assert _event(confident, "cheaper imports would hurt the growers") == "AGREE"


def test_an_announced_protest_read_narrowly_as_a_threat_is_a_protest() -> None:
    coder = _coder({"THREATEN": 1.0, "PROTEST": 0.0})
    assert _event(coder, "the drivers would picket the depot from Monday") == "PROTEST"
    # a protest on a condition is a threat
    assert _event(coder, "the drivers would picket the depot if fares rose") == "THREATEN"
    confident = _coder({"THREATEN": 6.0, "PROTEST": 0.0})
    assert _event(confident, "the drivers would picket the depot") == "THREATEN"
