"""A charge rebutted ("rejected the charge that the contract is unfair") reads support: the
side that rebuts a criticism of the deal defends it."""

from __future__ import annotations

import numpy as np
import pytest

from parley.extract.classifier import default_classifier
from parley.extract.features import Utterance
from parley.extract.rebutted_charge import rebuts_charge, rebutted_charge_stance
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
