"""A threat that enforces the deal: the consequence falls on the other side if it refuses
the plan or fails to keep it ("the rebels would keep fighting if the capital rejected the
accord"). Whoever threatens a refusal or a breach of the deal presses for the deal: support,
not oppose or mixed."""

from __future__ import annotations

import numpy as np
import pytest

import parley.extract.classifier as classifier
from parley.extract.classifier import default_classifier
from parley.extract.enforcing_threat import MARGIN, enforces_deal, enforcing_threat_stance
from parley.extract.features import Utterance
from stance_helpers import CLASSES


def scores(mixed: float, oppose: float, support: float) -> np.ndarray:
    """Scores over ``CLASSES`` (mixed, oppose, support)."""
    return np.array([mixed, oppose, support])


CLOSE = scores(-3.0, 1.0, 1.0 - MARGIN + 0.5)
FAR = scores(-3.0, 1.0, 1.0 - MARGIN - 0.5)
THREAT = "the rebels would keep fighting if the capital rejected the accord"


@pytest.mark.parametrize(
    "text",
    [
        THREAT,
        "the army would keep shelling the port if the rebels rejected it",
        "if the islanders refused, the blockade would go on",
        "the miners would face more stoppages next month if the owners kept refusing",
        "aid could be cut if the junta refused to engage with the draft",
        "the ministry would look at every legal option if the firms declined to negotiate",
        "the duties could come back if the importers failed to follow through",
        "the guild would not stay quiet if the charter was not honoured",
        "relief would be reversed if the cartel failed to keep its commitments",
        "the orders will stay in a drawer unless the ministry fails to honour the pact",
        "the militia would take up arms again if the council kept failing to honour the treaty",
    ],
)
def test_refusal_or_breach_of_the_deal(text: str) -> None:
    assert enforces_deal(text)


@pytest.mark.parametrize(
    "text",
    [
        # a demand of the speaker's own, not the deal
        "the strike would go on if the company did not return with a better offer",
        "the hauliers urged the port to walk away if the owners refused to give up the levy",
        "more stoppages would follow if the board refused to lift the wage freeze",
        # the negation belongs to the consequence, not to the condition
        "if the capital opens the border, the province will not keep it shut for long",
        # a refusal without a condition
        "the capital rejected the accord and the rebels kept fighting",
    ],
)
def test_other_conditions_do_not_count(text: str) -> None:
    assert not enforces_deal(text)


@pytest.mark.parametrize("stance", ["oppose", "mixed"])
def test_threat_read_against_turns_support(stance: str) -> None:
    near = CLOSE if stance == "oppose" else scores(1.0, -3.0, 1.0 - MARGIN + 0.5)
    assert enforcing_threat_stance("THREATEN", stance, THREAT, CLASSES, near) == "support"


def test_far_below_stays() -> None:
    assert enforcing_threat_stance("THREATEN", "oppose", THREAT, CLASSES, FAR) == "oppose"


@pytest.mark.parametrize("event", ["REQUEST", "REJECT", "AGREE", None])
def test_other_events_stay(event: str | None) -> None:
    assert enforcing_threat_stance(event, "oppose", THREAT, CLASSES, CLOSE) == "oppose"


def test_support_stays_and_other_text_stays() -> None:
    assert enforcing_threat_stance("THREATEN", "support", THREAT, CLASSES, CLOSE) == "support"
    other = "the strike would go on if the company did not return with a better offer"
    assert enforcing_threat_stance("THREATEN", "oppose", other, CLASSES, CLOSE) == "oppose"


def test_unknown_classes_leave_stance() -> None:
    assert (
        enforcing_threat_stance("THREATEN", "oppose", THREAT, ("oppose", "neutral"), np.zeros(2))
        == "oppose"
    )


SHIPPED = (
    "the army would keep shelling the port if the rebels rejected it",
    "the coalition warned that the fleet would keep patrolling the strait if Hanoi refused it",
    "the guild would not stay quiet if the charter was not honoured",
    "the miners would face more stoppages next month if the owners kept refusing",
)


def warned(text: str) -> Utterance:
    return Utterance(text, "warned", "warn", False)


@pytest.mark.parametrize("text", SHIPPED)
def test_shipped_model_reads_enforcing_threat_support(text: str) -> None:
    model = default_classifier()
    assert model is not None
    coding = model.code(warned(text))
    assert coding.event == "THREATEN"
    assert coding.stance == "support"


@pytest.mark.parametrize("text", SHIPPED)
def test_shipped_model_alone_reads_them_against(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(classifier, "enforcing_threat_stance", lambda e, s, *rest: s)
    model = default_classifier()
    assert model is not None
    assert model.code(warned(text)).stance in ("oppose", "mixed")
