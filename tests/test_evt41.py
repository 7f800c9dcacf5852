"""evt41: a reported act in progress that the event model reads narrowly as an offer or a
welcome takes the act's class: talking is CONSULT, asking is REQUEST; the infinitive of
the cue "offer" read narrowly as another class is an offer (AGREE)."""

from __future__ import annotations

import numpy as np

from parley.extract.classifier import LinearModel, StatementClassifier
from parley.extract.features import Utterance

CLASSES = ("AGREE", "CONSULT", "REQUEST", "SUPPORT")


def _coder(scores: dict[str, float]) -> StatementClassifier:
    intercept = np.array([scores.get(c, -9.0) for c in CLASSES])
    event = LinearModel(CLASSES, {}, np.zeros((0, len(CLASSES))), intercept)
    stance = LinearModel(("support", "oppose"), {}, np.zeros((0, 2)), np.array([0.0, 1.0]))
    return StatementClassifier(event=event, stance=stance)


def _event(coder: StatementClassifier, text: str, direct: bool = False) -> str | None:
    return coder.code(Utterance(text, "said", "say", direct)).event


def test_talks_in_progress_read_narrowly_as_an_offer_are_a_consultation() -> None:
    coder = _coder({"AGREE": 3.0, "CONSULT": 0.0})
    assert _event(coder, "the ferry firm was negotiating with the dockers") == "CONSULT"
    assert _event(coder, "the guild remained committed and was in talks with a buyer") == (
        "CONSULT"
    )
    # a commitment to go on talking is an offer; "'s meeting" is a possessive
    assert _event(coder, "the ferry firm would keep talking to the dockers") == "AGREE"
    assert _event(coder, "the mayor's meeting would settle the fares") == "AGREE"
    # a quotation and a confident offer stay
    assert _event(coder, "We are negotiating with the dockers,", True) == "AGREE"
    confident = _coder({"AGREE": 8.0, "CONSULT": 0.0})
    assert _event(confident, "the ferry firm was negotiating with the dockers") == "AGREE"


def test_a_demand_in_progress_read_narrowly_as_an_offer_is_a_request() -> None:
    coder = _coder({"AGREE": 2.0, "SUPPORT": 1.0, "REQUEST": 0.0})
    assert _event(coder, "the guild would take the fee but is demanding a bonus") == "REQUEST"
    assert _event(coder, "the council was seeking more detail from the port") == "REQUEST"
    assert _event(coder, "the guild would take the fee and sign on Monday") == "AGREE"


def test_the_infinitive_of_an_offer_cue_read_narrowly_as_a_charge_is_an_offer() -> None:
    def code(agree: float, text: str, lemma: str = "offer") -> str | None:
        classes = ("ACCUSE", "AGREE")
        event = LinearModel(classes, {}, np.zeros((0, 2)), np.array([1.0, agree]))
        stance = LinearModel(("support", "oppose"), {}, np.zeros((0, 2)), np.array([0.0, 1.0]))
        coder = StatementClassifier(event=event, stance=stance)
        return coder.code(Utterance(text, "offered", lemma, False)).event

    assert code(0.0, "to hold the smugglers in its own jails") == "AGREE"
    # a noun offered, another cue's infinitive, a confident model stay
    assert code(0.0, "the smugglers' names") == "ACCUSE"
    assert code(0.0, "to hold the smugglers in its own jails", "pledge") == "ACCUSE"
    assert code(-5.0, "to hold the smugglers in its own jails") == "ACCUSE"
