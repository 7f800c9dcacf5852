"""evt31: a concession actually made is CONCEDE (the spec's hard case), sentences of my own."""

from __future__ import annotations

import pytest

from parley.extract.concessions import concession_made


@pytest.mark.parametrize(
    "text",
    [
        "the dockers' union had dropped its demand for a single flat increase",
        "the ministry had in the end dropped both objections to the timetable",
        "the airline had accepted a smaller share of the routes than it first sought",
        "the operator had accepted that the villagers would decide on the second site",
        'the teachers had signed up to "the same scale as the nurses"',
        "the province has conceded that the old formula was unfair",
        "the miners had agreed to a shorter contract than they wanted",
    ],
)
def test_a_concession_made(text: str) -> None:
    assert concession_made(text)


@pytest.mark.parametrize(
    "text",
    [
        # a promise of a future act: AGREE
        "the company had agreed to meet the unions again next week",
        # a joint settlement, not one side's concession
        "both sides had agreed to a new schedule for the inspections",
        "they had accepted the mediator's timetable",
        "we have agreed to some of the points",
        # accepting a settlement or an overture, not a term
        "the rebels had accepted the ceasefire offered on Sunday",
        "the minister had accepted the invitation to visit the capital",
        "the council had accepted the federal proposal for a joint board",
        "the government had accepted the principle of a shorter week",
        # denied, hypothetical or alleged
        "the employers had not accepted that the wage table was too low",
        "the cabinet should have accepted the offer in March",
        "the regulator would have accepted a lower price",
        "the owners had privately accepted the higher figure",
        # no perfect, no yielding
        "the union accepts the board's figures",
        "the talks had dropped off the agenda",
    ],
)
def test_no_concession(text: str) -> None:
    assert not concession_made(text)


def test_the_model_codes_a_concession_concede() -> None:
    from parley.extract.classifier import default_classifier
    from parley.extract.features import Utterance

    model = default_classifier()
    if model is None:
        pytest.skip("no shipped model")
    u = Utterance("the carriers had dropped their demand for a separate fund", "said", "say", False)
    assert model.code(u).event == "CONCEDE"


def test_the_event_feature() -> None:
    from parley.extract.classifier import EXTRAS
    from parley.extract.dropped_demand import dropped_demand
    from parley.extract.features import Utterance

    made = Utterance("the airline had accepted a smaller share of the routes", "said", "say", False)
    promised = Utterance("the airline had agreed to meet the pilots", "said", "say", False)
    assert EXTRAS["concede"](made) == ["conc:made"]
    assert EXTRAS["concede"](promised) == []
    # the event rule (dropped_demand, by the parse) reads only a dropped demand, not an
    # accepted term
    assert not dropped_demand(made.text)
    assert dropped_demand("the carriers had dropped their demand for a separate fund")
