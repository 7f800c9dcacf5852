"""stn41: a demand (or a promise) that a measure be undone ("called for the charter to be
repealed", "urged the council to scrap the levy plan", "wanted the quota to lapse") reads
oppose after the stance model; a refusal to undo one ("would not withdraw the reform") reads
support where the model says oppose."""

from __future__ import annotations

import pytest

from parley.extract.classifier import default_classifier
from parley.extract.features import Utterance
from parley.extract.undone_measures import demands_undoing, keeps_measure, undone_measure_stance
from stance_helpers import ruled


def _u(text: str, cue: str = "urged", lemma: str = "urge", direct: bool = False) -> Utterance:
    return Utterance(text=text, cue=cue, lemma=lemma, direct=direct)


@pytest.mark.parametrize(
    "u",
    [
        _u("the harbour charter to be repealed", "called", "call"),
        _u("the levy package be withdrawn in full", "demanded", "demand"),
        _u("the council to scrap the orchard plan immediately"),
        _u("the board to start again from scratch"),
        _u("to cancel the ferry contract outright", "promised", "promise"),
        _u("the growers wanted the quota to lapse", "said", "say"),
        _u("the guild would press for the tariff waiver to be dropped", "said", "say"),
    ],
)
def test_demands_undoing(u: Utterance) -> None:
    assert demands_undoing(u)


@pytest.mark.parametrize(
    "u",
    [
        # an undoing of a hostile act, not of a measure
        _u("the dockers to suspend the strike and accept the offer"),
        # no demand: a report, a forecast, a quotation, a negated wish
        _u("the charter would be repealed if the opposition won", "said", "say"),
        _u("Nobody wants to start again after two years,", "said", "say"),
        _u("the levy package be withdrawn", "said", "say", direct=True),
        _u("the growers did not want the quota to lapse", "said", "say"),
        # a demand that a measure not be undone
        _u("the council not to abandon the orchard plan"),
    ],
)
def test_not_demands_undoing(u: Utterance) -> None:
    assert not demands_undoing(u)


def test_stance_turned() -> None:
    u = _u("the levy package be withdrawn", "demanded", "demand")
    assert ruled(undone_measure_stance, "support", u) == "oppose"
    assert ruled(undone_measure_stance, "mixed", u) == "oppose"
    assert (
        ruled(undone_measure_stance, "support", _u("the council to scrap the strike")) == "support"
    )


def test_model_stance_made_oppose() -> None:
    model = default_classifier()
    assert model is not None
    for u in (
        _u("the levy package be withdrawn in full", "demanded", "demand"),
        _u("the council to scrap the orchard plan"),
        _u("the board to start again from scratch"),
        _u("the growers wanted the quota to lapse", "said", "say"),
    ):
        assert model.code(u).stance == "oppose"


@pytest.mark.parametrize(
    "text",
    [
        "the minister would not withdraw the pension reform",
        "the island will not reverse membership if it wins power",
        "the port authority would not tear up an agreement it considers fair",
        "she will never water down the harbour rules",
    ],
)
def test_keeps_measure(text: str) -> None:
    assert keeps_measure(text)


@pytest.mark.parametrize(
    "text",
    [
        "the garrison will not withdraw from territory it holds",
        "urged the council not to scrap the orchard plan",
        "the guild would withdraw the reform",
        "the dockers would not suspend the strike",
    ],
)
def test_not_keeps_measure(text: str) -> None:
    assert not keeps_measure(text)


def test_refusal_turns_oppose_only() -> None:
    u = _u("the minister would not withdraw the pension reform", "said", "say")
    assert ruled(undone_measure_stance, "oppose", u) == "support"
    assert ruled(undone_measure_stance, "mixed", u) == "mixed"
