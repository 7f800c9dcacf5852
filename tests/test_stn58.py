"""stn58: backing the alternative to the deal ("the rival's offer was superior", "we are
convinced of our standalone plan") reads oppose, not support."""

from __future__ import annotations

import pytest

from parley.extract.classifier import default_classifier, featurize
from parley.extract.features import Utterance
from parley.extract.preferred_alternative import backs_alternative, preferred_alternative_stance
from stance_helpers import ruled, said


@pytest.mark.parametrize(
    "text",
    [
        "the directors judged the Swedish group's offer superior",
        "its proposal was superior for the pension funds",
        'the brewer was "sure it offers the owners superior value."',
        "her bid was simply better",
        "the approach is clearly better for the staff",
        "the trustees were confident in the mill's own plan",
        "We believe in our stand-alone strategy and we will carry it out,",
        "the board remained behind the standalone plan",
        "We keep to the insurer's strategy of independence.",
    ],
)
def test_backs_alternative(text: str) -> None:
    assert backs_alternative(text)


@pytest.mark.parametrize(
    "text",
    [
        # denied or dropped in its own clause
        "the offer was not superior to the first one",
        "the guild would not put forward its own plan",
        "the province had abandoned its own plan to tax the herds",
        # praise with no bid, plan or offer called superior or better
        "the workers had superior training",
        "the new terms would make life better for the crews",
        # a plan that is not an alternative kept by its owner
        "the council would study the plan",
    ],
)
def test_not_backs_alternative(text: str) -> None:
    assert not backs_alternative(text)


def test_alternative_stance() -> None:
    text = "the directors judged the Swedish group's offer superior"
    assert ruled(preferred_alternative_stance, "support", text) == "oppose"
    assert ruled(preferred_alternative_stance, "mixed", text) == "oppose"
    assert ruled(preferred_alternative_stance, "oppose", text) == "oppose"
    assert ruled(preferred_alternative_stance, "support", "the offer was fair") == "support"


def model_reading(u: Utterance) -> str:
    """What the shipped stance model alone reads for ``u`` (no rule)."""
    model = default_classifier()
    assert model is not None
    _, rows = model._rows(u, featurize(u, model.extras))
    return model.stance.classes[int(model.stance.scores_at(rows).argmax())]


@pytest.mark.parametrize(
    "text",
    [
        "the trustees were confident in the mill's own plan",
        "the directors judged the Swedish group's offer superior",
    ],
)
def test_shipped_model_reads_alternative_oppose(text: str) -> None:
    model = default_classifier()
    assert model is not None
    u = said(text)
    assert model_reading(u) != "oppose"
    coding = model.code(u)
    assert coding.stance == "oppose"
    assert coding.stance_lead is None  # the rule's, not the model's
