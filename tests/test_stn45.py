"""stn45: a statement that credits the deal to its side's own strike or fight ("a settlement
our members forced out of the board on the picket line", "proof that the strikes worked")
reads support where the stance model says oppose or mixed by less than the margin; a strike
announced in pursuit of terms, or a credit denied in its own clause, stays with the model."""

from __future__ import annotations

import numpy as np
import pytest

from parley.extract.classifier import default_classifier
from parley.extract.features import Utterance
from parley.extract.struggle_credit import credits_struggle, struggle_credit_stance
from stance_helpers import ruled


@pytest.mark.parametrize(
    "text",
    [
        "it was a settlement our members forced out of the board on the picket line",
        "the new rota was 'not a gift, it is proof that the strikes worked'",
        "a contract our drivers fought for and earned",
        "the pension clause we struck for is in it",
        "the deal was won on the picket lines, not in the boardroom",
        "the pay scale was a victory won by members",
    ],
)
def test_credits_struggle(text: str) -> None:
    assert credits_struggle(text)


@pytest.mark.parametrize(
    "text",
    [
        # a strike in pursuit of terms
        "we will strike until the board comes back with a real offer",
        "the walkout would go on and more depots could join",
        # the credit denied in its own clause
        "the deal was not what our members fought for",
        "nobody thinks they won everything",
        # "won't" is no win
        "we won't accept a pay freeze",
    ],
)
def test_not_credits_struggle(text: str) -> None:
    assert not credits_struggle(text)


def test_margin() -> None:
    text = "a contract our drivers fought for and earned"
    assert ruled(struggle_credit_stance, "oppose", text, np.array([0.0, 2.0, 0.5])) == "support"
    assert ruled(struggle_credit_stance, "mixed", text, np.array([2.0, 0.0, 0.5])) == "support"
    assert ruled(struggle_credit_stance, "oppose", text, np.array([0.0, 5.0, 0.5])) == "oppose"


def test_model_stance_made_support() -> None:
    model = default_classifier()
    assert model is not None
    for text in (
        "it was a settlement our members forced out of the board on the picket line",
        "a contract our drivers fought for and earned",
        "the deal was won on the picket lines, not in the boardroom",
    ):
        coding = model.code(Utterance(text=text, cue="said", lemma="say", direct=False))
        assert coding.stance == "support"
        assert coding.stance_lead is None  # the rule's, not the model's
