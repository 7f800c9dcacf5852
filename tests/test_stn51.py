"""A pending scrutiny ("would examine whether the rise was justified") reads mixed, not
oppose; a third party's refusal of the deal ("officials who rejected the plan were wrong")
reads support, not oppose."""

from __future__ import annotations

import numpy as np
import pytest

from parley.extract.classifier import default_classifier
from parley.extract.features import Utterance
from parley.extract.others_refusal import others_refusal_stance, others_refuse_deal
from parley.extract.pending_scrutiny import pending_scrutiny_stance, scrutiny_pending
from stance_helpers import ruled


@pytest.mark.parametrize(
    "text",
    [
        "the council would examine whether the fee increase was fair to small farmers",
        "the opposition will review whether the pact exposed fishermen to cheaper catches",
        "the federation would judge the ministry by whether it repaired the schools",
        "the guild would judge the charter on whether the promised studios were built",
        "Lisbon would examine very carefully whether the new clause left a loophole",
        "the committee would meet next month to look at whether the quotas could be met",
        "the bloc would watch closely whether the other side delivered comparable results",
        "it welcomed the cut but would study whether the new fees cancelled the savings",
        "We'll scrutinise whether the money reaches the valleys",
    ],
)
def test_scrutiny_pending(text: str) -> None:
    assert scrutiny_pending(text)


@pytest.mark.parametrize(
    "text",
    [
        "the union would decide in the coming weeks whether to back a referendum",
        "the union would decide whether the strike went ahead",
        "the board examined whether the rise was justified and found it was not",
        "the ministers would study the text before reaching a decision",
        "the party would examine whether or not to join the coalition",
        "the delegates wondered whether the fee increase was fair",
        "the rivers would decide whether the region prospered",
        "the plan would fail. Nobody will check. Whether it matters is another question",
    ],
)
def test_no_scrutiny_pending(text: str) -> None:
    assert not scrutiny_pending(text)


def test_scrutiny_moves_oppose_only() -> None:
    text = "the council would examine whether the fee increase was fair to small farmers"
    near = np.array([-1.0, 2.0, -4.0])  # mixed, oppose, support
    far = np.array([-4.0, 3.0, -5.0])
    assert ruled(pending_scrutiny_stance, "oppose", text, near) == "mixed"
    assert ruled(pending_scrutiny_stance, "oppose", text, far) == "oppose"
    assert ruled(pending_scrutiny_stance, "support", text, near) == "support"
    assert ruled(pending_scrutiny_stance, "oppose", "the pact is unfair", near) == "oppose"


def test_shipped_model_reads_scrutiny_mixed() -> None:
    # the stance model alone reads each of these oppose (main at 27b41509)
    model = default_classifier()
    assert model is not None
    for text in (
        "the opposition would review whether the pact exposed local fishermen to cheaper "
        "foreign catches",
        "Lisbon would examine very carefully whether the new treatment left a loophole that "
        "domestic firms could not use",
    ):
        coding = model.code(Utterance(text=text, cue="said", lemma="say", direct=False))
        assert coding.stance == "mixed"
        assert coding.stance_lead is None  # the rule's, not the model's


@pytest.mark.parametrize(
    "text",
    [
        "deputies who rejected the treaty were working against their own voters",
        "she would not bargain with a guild that had walked away from a serious offer",
        "members who had voted down the first contract would find this one different",
        "the guild of ignoring what she called a generous offer",
        "the ministers of trying to sabotage the accord to save their own sanctions",
        'the union of "walking away from a fair offer."',
        "voting down the accord would hand foreign rivals a head start",
        "critics of the plan were trying to sabotage peace",
    ],
)
def test_others_refuse_deal(text: str) -> None:
    assert others_refuse_deal(text)


@pytest.mark.parametrize(
    "text",
    [
        "it would reject any deal that ceded the islands",
        "the farmers who rejected the deal were right",
        "she shared the criticism of those who rejected the plan",
        "the council opposed the agreement",
        "the government of selling out the fishermen",
        "a settlement that undermined its own recovery plan",
        "officials who rejected the claims said nothing",
    ],
)
def test_no_others_refuse_deal(text: str) -> None:
    assert not others_refuse_deal(text)


def test_others_refusal_moves_oppose_only() -> None:
    text = "deputies who rejected the treaty were working against their own voters"
    near = np.array([-3.0, 1.0, -2.0])  # mixed, oppose, support
    far = np.array([-3.0, 4.0, -2.0])
    assert ruled(others_refusal_stance, "oppose", text, near) == "support"
    assert ruled(others_refusal_stance, "oppose", text, far) == "oppose"
    assert ruled(others_refusal_stance, "mixed", text, near) == "mixed"
    assert ruled(others_refusal_stance, "oppose", "the treaty is bad", near) == "oppose"


def test_shipped_model_reads_others_refusal_support() -> None:
    # the stance model alone reads each of these oppose (main at 27b41509)
    model = default_classifier()
    assert model is not None
    for text in (
        'Danish deputies who rejected the treaty were "working against the interests of '
        'their own voters"',
        'voting down the accord would hand foreign rivals a head start "for years"',
        "the guild of ignoring what she called a generous offer",
    ):
        coding = model.code(Utterance(text=text, cue="said", lemma="say", direct=False))
        assert coding.stance == "support"
        assert coding.stance_lead is None  # the rule's, not the model's
