"""Two stance mechanisms: a statement coded CONCEDE ("had abandoned its opposition to the
cuts") is one side's move toward the deal and reads support, not oppose; and an unsure
stance takes the stance of the same speaker's sure statement just before it."""

from __future__ import annotations

import numpy as np
import pytest

from parley.extract.classifier import default_classifier
from parley.extract.conceded_stance import MARGIN, conceded_stance
from parley.extract.features import Utterance
from parley.extract.model import Stance, Statement
from parley.extract.neighbour_stance import GAP, SURE, UNSURE, neighbour_stances
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


# --- an unsure stance read through the same speaker's sure statement just before it ---


def st(
    start: int,
    end: int,
    stance: str | None,
    speaker: str | None = "Ana Ruiz",
    actor: str | None = "UNION",
) -> Statement:
    """An invented statement spanning ``start``-``end`` of a source."""
    return Statement(
        "src", start, end, "x" * (end - start), False, "said", speaker, actor, None, stance=stance
    )


def test_unsure_statement_takes_sure_neighbour() -> None:
    out = [st(0, 50, "support"), st(56, 90, "oppose")]
    neighbour_stances(out, [SURE + 1.0, UNSURE - 0.5])
    assert out[1].stance == Stance.SUPPORT
    assert out[0].stance == Stance.SUPPORT


def test_sure_statement_keeps_its_stance() -> None:
    out = [st(0, 50, "support"), st(56, 90, "oppose")]
    neighbour_stances(out, [SURE + 1.0, UNSURE + 0.5])
    assert out[1].stance == Stance.OPPOSE


def test_unsure_neighbour_gives_nothing() -> None:
    out = [st(0, 50, "support"), st(56, 90, "oppose")]
    neighbour_stances(out, [SURE - 0.5, UNSURE - 0.5])
    assert out[1].stance == Stance.OPPOSE


def test_rule_decided_stances_are_left() -> None:
    out = [st(0, 50, "support"), st(56, 90, "oppose")]
    neighbour_stances(out, [None, UNSURE - 0.5])
    assert out[1].stance == Stance.OPPOSE
    neighbour_stances(out, [SURE + 1.0, None])
    assert out[1].stance == Stance.OPPOSE


def test_far_neighbour_gives_nothing() -> None:
    out = [st(0, 50, "support"), st(50 + GAP + 1, 90, "oppose")]
    neighbour_stances(out, [SURE + 1.0, UNSURE - 0.5])
    assert out[1].stance == Stance.OPPOSE


def test_other_speaker_gives_nothing() -> None:
    out = [st(0, 50, "support"), st(56, 90, "oppose", speaker="Ben Cole")]
    neighbour_stances(out, [SURE + 1.0, UNSURE - 0.5])
    assert out[1].stance == Stance.OPPOSE


def test_unnamed_speakers_of_one_party_share() -> None:
    out = [st(0, 50, "oppose", None, "CITY"), st(56, 90, "mixed", None, "CITY")]
    neighbour_stances(out, [SURE + 1.0, UNSURE - 0.5])
    assert out[1].stance == Stance.OPPOSE
    out = [st(0, 50, "oppose", None, None), st(56, 90, "mixed", None, None)]
    neighbour_stances(out, [SURE + 1.0, UNSURE - 0.5])
    assert out[1].stance == Stance.MIXED


def test_no_stance_is_left_alone() -> None:
    out = [st(0, 50, "support"), st(56, 90, None)]
    neighbour_stances(out, [SURE + 1.0, UNSURE - 0.5])
    assert out[1].stance is None


def test_reads_before_changing() -> None:
    # the middle one turns, but the third reads the middle one's own (unsure) reading
    out = [st(0, 50, "support"), st(52, 90, "oppose"), st(92, 120, "mixed")]
    neighbour_stances(out, [SURE + 1.0, UNSURE - 0.5, UNSURE - 0.5])
    assert [s.stance for s in out] == [Stance.SUPPORT, Stance.SUPPORT, Stance.MIXED]
