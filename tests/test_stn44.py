"""stn44: a clause that tells what the deal provides ("the new contract would raise the
pickers' pay", "the deal introduces a tax on harbour fees with a yearly exemption") reads
support where the stance model says oppose by less than the margin; a clause that limits or
denies what the deal gives stays with the model."""

from __future__ import annotations

import numpy as np
import pytest

from parley.extract.classifier import default_classifier
from parley.extract.deal_contents import deal_contents_stance, describes_deal_contents
from parley.extract.features import Utterance
from stance_helpers import ruled


@pytest.mark.parametrize(
    "text",
    [
        "the new contract would raise the pickers' pay by eleven percent",
        "the deal introduces a tax on harbour fees with a yearly exemption",
        "the accord improved on the terms the growers had turned down in March",
        "the pact would lift the ban on river fishing",
        "the terms would also remove the duty on dried figs",
    ],
)
def test_describes_deal_contents(text: str) -> None:
    assert describes_deal_contents(text)


@pytest.mark.parametrize(
    "text",
    [
        # what the deal gives, limited or denied
        "the accord contained not a single line on the orchards",
        "the offer covered only the growers who switched crops",
        "the text offered nothing to the fishing villages",
        # the deal is not the subject, or its verb provides nothing
        "the growers would raise their prices after the deal",
        "the deal collapsed after the vote",
        "the accord would create uncertainty over the orchards",
    ],
)
def test_not_describes_deal_contents(text: str) -> None:
    assert not describes_deal_contents(text)


def test_margin() -> None:
    text = "the pact would lift the ban on river fishing"
    assert ruled(deal_contents_stance, "oppose", text, np.array([0.0, 2.0, 0.5])) == "support"
    assert ruled(deal_contents_stance, "oppose", text, np.array([0.0, 5.0, 0.5])) == "oppose"
    assert ruled(deal_contents_stance, "mixed", text, np.array([3.0, 2.0, 0.5])) == "mixed"


def test_model_stance_made_support() -> None:
    model = default_classifier()
    assert model is not None
    for text in (
        "the new contract would raise the pickers' pay by eleven percent",
        "the deal introduces a tax on harbour fees with a yearly exemption",
        "the accord improved on the terms the growers had turned down in March",
        "the pact would lift the ban on river fishing",
    ):
        coding = model.code(Utterance(text=text, cue="said", lemma="say", direct=False))
        assert coding.stance == "support"
        assert coding.stance_lead is None  # the rule's, not the model's
