"""Two stance shapes that read support: a charge rebutted ("rejected the charge that the
contract is unfair"), whose speaker defends the deal, and a delay refused ("the ports cannot
wait any longer"), whose speaker presses for it."""

from __future__ import annotations

import numpy as np
import pytest

from parley.extract.classifier import default_classifier
from parley.extract.features import Utterance
from parley.extract.rebutted_charge import rebuts_charge, rebutted_charge_stance
from parley.extract.refused_delay import refused_delay_stance, refuses_delay
from stance_helpers import ruled


def cued(text: str, lemma: str = "reject") -> Utterance:
    """``text`` reported with a cue of lemma ``lemma``."""
    return Utterance(text, lemma + "ed", lemma, False)


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("the charge that the pay deal is unfair to nurses", "reject"),
        ("suggestions that the council had given away too much", "dismiss"),
        ("claims that the accord would cost farmers their land", "reject"),
        ("any accusation of a secret clause", "deny"),
        ("the repeated criticism that the treaty favours the larger ports", "reject"),
        ("allegations that the ministry had sold out the fishermen", "rebuff"),
    ],
)
def test_rebuts_charge(text: str, lemma: str) -> None:
    assert rebuts_charge(cued(text, lemma))


def test_rebuttal_inside_the_words() -> None:
    text = "the deal was a good one and rejected suggestions that the town had paid too much"
    assert rebuts_charge(cued(text, "say"))


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # a proposal turned down, not a charge rebutted
        ("the idea that a bonus could make the cut acceptable", "dismiss"),
        ("the notion of a joint fund", "reject"),
        # a report denied may be a rumour of either kind
        ("reports that the talks had collapsed", "deny"),
        # the criticism made, not rebutted
        ("the charge that the contract is unfair", "repeat"),
        ("the charge that the contract is unfair", "say"),
        # the noun later in the words, not their opening
        ("the union's offer, and the charge that it was late", "reject"),
    ],
)
def test_not_rebuts_charge(text: str, lemma: str) -> None:
    assert not rebuts_charge(cued(text, lemma))


def test_moves_oppose_only() -> None:
    u = cued("the charge that the contract is unfair")
    assert ruled(rebutted_charge_stance, "oppose", u) == "support"
    assert ruled(rebutted_charge_stance, "mixed", u) == "mixed"
    assert ruled(rebutted_charge_stance, "support", u) == "support"
    assert ruled(rebutted_charge_stance, "oppose", "the charge that the contract is unfair") == (
        "oppose"
    )


def test_margin() -> None:
    u = cued("the charge that the contract is unfair")
    close = np.array([-3.0, 1.0, -1.0])  # support 2 below oppose
    far = np.array([-3.0, 2.0, -2.0])  # support 4 below oppose
    assert ruled(rebutted_charge_stance, "oppose", u, close) == "support"
    assert ruled(rebutted_charge_stance, "oppose", u, far) == "oppose"


def test_shipped_model_reads_rebuttal_support() -> None:
    model = default_classifier()
    assert model is not None
    for text in (
        "the charge that the pay deal is unfair to nurses",
        "claims that the contract would cost teachers their pensions",
    ):
        coding = model.code(Utterance(text=text, cue="rejected", lemma="reject", direct=False))
        assert coding.stance == "support"
        assert coding.stance_lead is None  # the rule's, not the model's


@pytest.mark.parametrize(
    "text",
    [
        "the harbour towns cannot wait any longer",
        "the pension reform could not be allowed to stall over a quarrel about dates",
        'the council could not "keep kicking the contract down the road"',
        "the repairs could not be put off another winter",
        "Our partners should not make us wait much longer.",
        "the ministers not to let the fisheries pact slip into the spring",
        "the clinics can no longer wait for the new assembly to sit",
    ],
)
def test_refuses_delay(text: str) -> None:
    assert refuses_delay(text)


@pytest.mark.parametrize(
    "text",
    [
        # a plain negation states a fact
        "my bills did not wait for them",
        "the union wanted the contract withdrawn, not merely postponed",
        "the group would not accept a text that postponed the question",
        # what cannot wait for the deal means to go ahead without it
        "flood defence cannot wait for a signature",
        "the grid could not wait for a peace deal",
        # no delay
        "the board could not accept the offer",
    ],
)
def test_not_refuses_delay(text: str) -> None:
    assert not refuses_delay(text)


def test_delay_moves_oppose_only() -> None:
    text = "the harbour towns cannot wait any longer"
    assert ruled(refused_delay_stance, "oppose", text) == "support"
    assert ruled(refused_delay_stance, "mixed", text) == "mixed"
    assert ruled(refused_delay_stance, "oppose", "the harbour towns want more") == "oppose"


def test_delay_margin() -> None:
    text = "the harbour towns cannot wait any longer"
    close = np.array([-3.0, 1.0, -1.0])  # support 2 below oppose
    far = np.array([-3.0, 2.0, -2.0])  # support 4 below oppose
    assert ruled(refused_delay_stance, "oppose", text, close) == "support"
    assert ruled(refused_delay_stance, "oppose", text, far) == "oppose"


def test_shipped_model_reads_refused_delay_support() -> None:
    model = default_classifier()
    assert model is not None
    for text in (
        "the pension reform could not be allowed to stall over a quarrel about dates",
        "the ministers not to let the fisheries pact slip into the spring",
    ):
        coding = model.code(Utterance(text=text, cue="said", lemma="say", direct=False))
        assert coding.stance == "support"
        assert coding.stance_lead is None  # the rule's, not the model's
