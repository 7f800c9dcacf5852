"""stn47: a dismissal of the deal ("had no teeth", "worthless", "a sham", "could no longer
be trusted") reads oppose where the stance model says support or mixed."""

from __future__ import annotations

import pytest

from parley.extract.classifier import default_classifier
from parley.extract.dismissal_verdict import dismissal_stance, dismisses_deal
from parley.extract.features import Utterance
from parley.extract.reluctant_assent import reluctant_assent, reluctant_assent_stance
from stance_helpers import ruled


@pytest.mark.parametrize(
    "text",
    [
        'the pact\'s labour chapter had "no teeth"',
        "the minister's pledge of new schools was worthless",
        "the ceasefire offer was a sham",
        "the accord was a betrayal of the miners",
        "the ruling coalition could no longer be trusted to protect fishermen",
        "she did not trust any treaty the junta signed",
        "the tenants had no confidence in the new lease",
    ],
)
def test_dismisses_deal(text: str) -> None:
    assert dismisses_deal(text)


@pytest.mark.parametrize(
    "text",
    [
        "a truce cannot be a capitulation",  # denied
        "the clause is not meaningless",  # denied
        "the pledge would be meaningless without inspectors",  # conditional
        "they backed a settlement but distrusted the junta",  # weighed against support
        "all of them, even those I do not trust",  # a hedged aside
        "the investor had sold out of the airline",  # no verdict
        "the deal was fair and the terms were clear",
    ],
)
def test_not_dismisses_deal(text: str) -> None:
    assert not dismisses_deal(text)


def test_dismissal_stance() -> None:
    text = "the ceasefire offer was a sham"
    assert ruled(dismissal_stance, "support", text) == "oppose"
    assert ruled(dismissal_stance, "mixed", text) == "oppose"
    assert ruled(dismissal_stance, "oppose", text) == "oppose"
    assert ruled(dismissal_stance, "support", "the offer was generous") == "support"


def test_model_stance_made_oppose() -> None:
    model = default_classifier()
    assert model is not None
    for text in (
        'the pact\'s labour chapter had "no teeth"',
        "the ruling coalition could no longer be trusted to protect fishermen",
        "the ceasefire offer was a sham",
    ):
        coding = model.code(Utterance(text=text, cue="said", lemma="say", direct=False))
        assert coding.stance == "oppose"
        assert coding.stance_lead is None  # the rule's, not the model's


@pytest.mark.parametrize(
    "text",
    [
        "we accepted the wage offer because the alternative was a winter of strikes",
        "the council had signed only because the lease ends in two years",
        "the guild had conceded more than it wanted on overtime",
        "the party had accepted fewer ministries than it had sought",
        "the league had moved further than it wanted",
    ],
)
def test_reluctant_assent(text: str) -> None:
    assert reluctant_assent(text)


@pytest.mark.parametrize(
    "text",
    [
        "the price was high but the alternative was worse",  # no acceptance told
        "the talks survived only because the mediator stayed",  # no acceptance verb
        "the text was less than they had wanted",  # no acceptance verb
        "we accepted the offer because it was fair",
        "we got more than we hoped on pensions",  # a gain, not ground given
    ],
)
def test_not_reluctant_assent(text: str) -> None:
    assert not reluctant_assent(text)


def test_reluctant_assent_stance() -> None:
    text = "the league had moved further than it wanted"
    assert ruled(reluctant_assent_stance, "support", text) == "mixed"
    assert ruled(reluctant_assent_stance, "oppose", text) == "oppose"  # no acceptance the model saw
    assert ruled(reluctant_assent_stance, "support", "the league had moved") == "support"


def test_model_stance_made_mixed() -> None:
    model = default_classifier()
    assert model is not None
    for text in (
        "the guild had conceded more than it wanted on overtime",
        "we accepted the wage offer because the alternative was a winter of strikes",
    ):
        coding = model.code(Utterance(text=text, cue="said", lemma="say", direct=False))
        assert coding.stance == "mixed"
        assert coding.stance_lead is None  # the rule's, not the model's
