"""Stance carried by a concession: a statement coded CONCEDE ("had abandoned its opposition
to the cuts") is one side's move toward the deal and reads support, not oppose."""

from __future__ import annotations

import numpy as np
import pytest

from parley.extract.classifier import default_classifier
from parley.extract.conceded_stance import MARGIN, conceded_stance
from parley.extract.features import Utterance
from stance_helpers import CLASSES


def scores(mixed: float, oppose: float, support: float) -> np.ndarray:
    """Scores over ``CLASSES`` (mixed, oppose, support)."""
    return np.array([mixed, oppose, support])


CLOSE = scores(-3.0, 1.0, 1.0 - MARGIN + 0.5)
FAR = scores(-3.0, 1.0, 1.0 - MARGIN - 0.5)


def test_concession_read_oppose_turns_support() -> None:
    assert conceded_stance("CONCEDE", "oppose", CLASSES, CLOSE) == "support"


def test_concession_far_below_stays_oppose() -> None:
    assert conceded_stance("CONCEDE", "oppose", CLASSES, FAR) == "oppose"


@pytest.mark.parametrize("event", ["REJECT", "AGREE", "ACCUSE", "RETREAT", None])
def test_other_events_leave_oppose(event: str | None) -> None:
    assert conceded_stance(event, "oppose", CLASSES, CLOSE) == "oppose"


@pytest.mark.parametrize("stance", ["mixed", "support"])
def test_only_oppose_moves(stance: str) -> None:
    # a concession with its price ("had dropped it, provided ...") stays mixed
    assert conceded_stance("CONCEDE", stance, CLASSES, scores(2.0, 1.0, 0.0)) == stance


def test_unknown_classes_leave_stance() -> None:
    assert conceded_stance("CONCEDE", "oppose", ("oppose", "neutral"), np.zeros(2)) == "oppose"


def said(text: str) -> Utterance:
    return Utterance(text=text, cue="said", lemma="say", direct=False)


def test_shipped_model_reads_concession_support() -> None:
    model = default_classifier()
    assert model is not None
    for text in (
        "the board had abandoned its opposition to the cuts in the pension scheme",
        "the shipping line had abandoned its opposition to the cuts in the harbour dues",
    ):
        coding = model.code(said(text))
        assert coding.event == "CONCEDE"
        assert coding.stance == "support"
        assert coding.stance_lead is None  # the rule's, not the model's


def test_shipped_model_keeps_refusal_to_concede_oppose() -> None:
    model = default_classifier()
    assert model is not None
    for text in (
        "the board had not abandoned its opposition to the cuts in the pension scheme",
        "the board would never drop its opposition to the cuts in the pension scheme",
    ):
        coding = model.code(said(text))
        assert coding.event != "CONCEDE"
        assert coding.stance == "oppose"
