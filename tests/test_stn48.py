"""stn48: a denial that the side sold out in an act done ("we did not sell the harbour",
"had not bought a single seat") reads support where the stance model says oppose within
the margin."""

from __future__ import annotations

import numpy as np
import pytest

from parley.extract.classifier import default_classifier
from parley.extract.denied_sellout import denied_sellout_stance, denies_sellout
from parley.extract.features import Utterance
from stance_helpers import ruled


@pytest.mark.parametrize(
    "text",
    [
        "We did not sell the harbour,",
        "the province did not sign away its timber. It kept half of it",
        'the league had "not bought a single vote" with the money',
        'the ministry was "not giving anything away."',
        "Our fishing rights were never surrendered",
        "We have not traded away anything the growers own,",
    ],
)
def test_denies_sellout(text: str) -> None:
    assert denies_sellout(text)


@pytest.mark.parametrize(
    "text",
    [
        "we will not sign away our children's water",  # a refusal to come
        "we are not signing away our security for a map",  # a refusal under way
        'the republic would "never sell its ports for a loan"',  # a modal refusal
        "they sold the harbour to the lowest bidder",  # no denial
        "the deal was fair and the terms were clear",
    ],
)
def test_no_denied_sellout(text: str) -> None:
    assert not denies_sellout(text)


def test_margin() -> None:
    text = "We did not sell the harbour,"
    near = np.array([-3.0, 1.0, -2.0])
    far = np.array([-3.0, 1.0, -6.0])
    assert ruled(denied_sellout_stance, "oppose", text, near) == "support"
    assert ruled(denied_sellout_stance, "oppose", text, far) == "oppose"
    assert ruled(denied_sellout_stance, "mixed", text, near) == "mixed"
    assert ruled(denied_sellout_stance, "oppose", "the deal is bad", near) == "oppose"


def test_shipped_model_reads_denials_support() -> None:
    model = default_classifier()
    assert model is not None
    for text in (
        "the province did not sign away its timber",
        "the guild did not sign away its pensions.",
    ):
        coding = model.code(Utterance(text=text, cue="said", lemma="say", direct=False))
        assert coding.stance == "support"
        assert coding.stance_lead is None  # the rule's, not the model's
