"""Stance carried by an offer or readiness: a statement coded AGREE ("a deal with the
dockers was still possible", "the company would remember all the drivers") reads support
when the model's mixed or oppose reading is only just ahead of support."""

from __future__ import annotations

import numpy as np
import pytest

from parley.extract.agreed_stance import MARGIN, agreed_stance
from parley.extract.classifier import default_classifier, featurize
from parley.extract.features import Utterance
from stance_helpers import CLASSES, said


def scores(mixed: float, oppose: float, support: float) -> np.ndarray:
    """Scores over ``CLASSES`` (mixed, oppose, support)."""
    return np.array([mixed, oppose, support])


@pytest.mark.parametrize(
    ("stance", "close"),
    [
        ("mixed", scores(1.0, -3.0, 1.0 - MARGIN + 0.1)),
        ("oppose", scores(-3.0, 1.0, 1.0 - MARGIN + 0.1)),
    ],
)
def test_offer_read_close_turns_support(stance: str, close: np.ndarray) -> None:
    assert agreed_stance("AGREE", stance, CLASSES, close) == "support"


@pytest.mark.parametrize(
    ("stance", "far"),
    [
        ("mixed", scores(1.0, -3.0, 1.0 - MARGIN - 0.1)),
        ("oppose", scores(-3.0, 1.0, 1.0 - MARGIN - 0.1)),
    ],
)
def test_offer_read_clearly_stays(stance: str, far: np.ndarray) -> None:
    # an offer with its price, or a refusal dressed as an offer, keeps a clear reading
    assert agreed_stance("AGREE", stance, CLASSES, far) == stance


@pytest.mark.parametrize("event", ["REJECT", "SUPPORT", "REQUEST", "CONCEDE", "CONSULT", None])
def test_other_events_leave_stance(event: str | None) -> None:
    close = scores(1.0, -3.0, 0.9)
    assert agreed_stance(event, "mixed", CLASSES, close) == "mixed"


def test_support_stays_support() -> None:
    assert agreed_stance("AGREE", "support", CLASSES, scores(0.9, -3.0, 1.0)) == "support"


def test_unknown_classes_leave_stance() -> None:
    assert agreed_stance("AGREE", "mixed", ("mixed", "neutral"), np.zeros(2)) == "mixed"


def model_reading(u: Utterance) -> str:
    """What the shipped stance model alone reads for ``u`` (no rule)."""
    model = default_classifier()
    assert model is not None
    _, rows = model._rows(u, featurize(u, model.extras))
    return model.stance.classes[int(model.stance.scores_at(rows).argmax())]


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("a deal with the dockers was still possible", "mixed"),
        ("the governor would hold the hearings as long as the towns asked", "mixed"),
        ("the company would remember all the drivers who worked on the line", "oppose"),
    ],
)
def test_shipped_model_reads_offer_support(text: str, alone: str) -> None:
    model = default_classifier()
    assert model is not None
    u = said(text)
    assert model_reading(u) == alone
    coding = model.code(u)
    assert coding.event == "AGREE"
    assert coding.stance == "support"
    assert coding.stance_lead is None  # the rule's, not the model's


def test_shipped_model_keeps_conditional_offer_mixed() -> None:
    # a conditional acceptance stays mixed (``conditional_assent``, and the model is clear)
    model = default_classifier()
    assert model is not None
    coding = model.code(
        said("the growers were open to a new split of the quotas if it rested on the survey")
    )
    assert coding.event == "AGREE"
    assert coding.stance == "mixed"
