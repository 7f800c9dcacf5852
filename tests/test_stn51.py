"""A pending scrutiny ("would examine whether the rise was justified") reads mixed, not
oppose."""

from __future__ import annotations

import numpy as np
import pytest

from parley.extract.classifier import default_classifier
from parley.extract.features import Utterance
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
