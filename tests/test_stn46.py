"""stn46: a verdict that the bid is worth too little ("the offer undervalues the firm", "the
approach was opportunistic and failed to recognise the value of the group") reads oppose;
a statement that no side got all it wanted ("Nobody got everything they wanted") reads
support where the stance model says oppose by less than the margin."""

from __future__ import annotations

import numpy as np
import pytest

from parley.extract.classifier import default_classifier
from parley.extract.features import Utterance
from parley.extract.shared_compromise import shared_compromise, shared_compromise_stance
from parley.extract.valuation_verdict import undervalues_deal, valuation_verdict_stance
from stance_helpers import ruled


@pytest.mark.parametrize(
    "text",
    [
        "the offer undervalues the brewery",
        "both bids undervalued the insurer and its prospects",
        'the revised proposal still "significantly undervalues" the chain',
        "the approach was opportunistic and failed to recognise the value of the mill",
        "the price does not reflect the full value of the port",
    ],
)
def test_undervalues_deal(text: str) -> None:
    assert undervalues_deal(text)


@pytest.mark.parametrize(
    "text",
    [
        # a party undervalued, no bid
        "the coalition leaders had undervalued the smaller party",
        # the verdict denied
        "the offer does not undervalue the brewery",
        "the bid never undervalued the insurer",
        # praise of the bid's value
        "the offer recognises the value of the brewery",
    ],
)
def test_not_undervalues_deal(text: str) -> None:
    assert not undervalues_deal(text)


def test_valuation_stance() -> None:
    text = "the offer undervalues the brewery"
    assert ruled(valuation_verdict_stance, "support", text) == "oppose"
    assert ruled(valuation_verdict_stance, "mixed", text) == "oppose"
    assert ruled(valuation_verdict_stance, "oppose", text) == "oppose"
    assert (
        ruled(valuation_verdict_stance, "support", "the offer is fair to the brewery") == "support"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Nobody got everything they wanted at the table",
        "not everyone gets what they want in a treaty",
        "No one walked away from the hall thinking they won everything",
        "Neither side got all it wanted",
    ],
)
def test_shared_compromise(text: str) -> None:
    assert shared_compromise(text)


@pytest.mark.parametrize(
    "text",
    [
        "nobody should expect the treaty to change everything",
        "everyone got what they wanted",
        "nobody wanted the strike, but the board got everything",
    ],
)
def test_not_shared_compromise(text: str) -> None:
    assert not shared_compromise(text)


def test_compromise_margin() -> None:
    text = "Nobody got everything they wanted"
    assert ruled(shared_compromise_stance, "oppose", text, np.array([0.0, 2.0, 0.5])) == "support"
    assert ruled(shared_compromise_stance, "oppose", text, np.array([0.0, 5.0, 0.5])) == "oppose"
    # a mixed reading is left to the model
    assert ruled(shared_compromise_stance, "mixed", text, np.array([2.0, 0.0, 0.5])) == "mixed"


def test_model_stance_made_oppose() -> None:
    model = default_classifier()
    assert model is not None
    for text in (
        "the approach was opportunistic and failed to recognise the value of the mill",
        "the offer undervalues the brewery",
    ):
        coding = model.code(Utterance(text=text, cue="said", lemma="say", direct=False))
        assert coding.stance == "oppose"


def test_model_stance_made_support() -> None:
    model = default_classifier()
    assert model is not None
    for text in (
        "which means not everyone gets what they want",
        "Nobody walked away from the hall thinking they won everything",
    ):
        coding = model.code(Utterance(text=text, cue="said", lemma="say", direct=False))
        assert coding.stance == "support"
        assert coding.stance_lead is None  # the rule's, not the model's
