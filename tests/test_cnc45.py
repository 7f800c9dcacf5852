"""cnc45: one mechanism for a dropped demand. The parse-gated event rule reads every verb of
yielding a position (dropped, abandoned, waived, gave or given up) as the clause's affirmed
main verb in the past or the perfect, its object a position noun (demand, objection, claim,
insistence, condition, opposition...); the regex's hard override is gone. Sentences of my
own."""

from __future__ import annotations

import pytest

from event_helpers import event_of, fixed_coder
from parley.extract import concessions
from parley.extract.dropped_demand import DROPPED_POSITION, dropped_demand
from parley.extract.syntax import parser

needs_parser = pytest.mark.skipif(parser() is None, reason="no trained English pipeline")

CLASSES = ("AGREE", "CONCEDE", "REJECT", "REQUEST")


@needs_parser
@pytest.mark.parametrize(
    "text",
    [
        "the pilots' association had given up its demand for a seat on the board",
        "the canal authority gave up its claim to the northern locks",
        "the ministry had abandoned its opposition to the pipeline route",
        "the ministry had dropped its long-standing opposition to the second runway",
        "the harbour council waived its objections to the night schedule",
        "the growers had abandoned both conditions they set in March",
        "the fares were close to the operator's offer and that the drivers had given up "
        "their insistence on a fixed rota",
    ],
)
def test_a_position_given_up_is_read_by_the_parse(text: str) -> None:
    assert DROPPED_POSITION.search(text)
    assert dropped_demand(text)


@needs_parser
@pytest.mark.parametrize(
    "text",
    [
        # negated, hypothetical or a condition
        "the drivers had not given up their demand for a fixed rota",
        "the council would never have waived its objections to the route",
        "talks could resume if the canal authority gave up its claim to the locks",
        # a call, not an act
        "the mediator had asked the growers to abandon their conditions",
        # the object is no position held at the table
        "the ministry had abandoned its plan for a second runway",
        "the board gave up the fight over the locks",
    ],
)
def test_no_position_given_up(text: str) -> None:
    assert not dropped_demand(text)


@needs_parser
def test_a_simple_past_given_up_is_a_concession() -> None:
    # main read neither the simple past nor "gave up": the model's REJECT stood
    coder = fixed_coder(CLASSES, {"REJECT": 0.0, "REQUEST": -1.0, "CONCEDE": -3.0})
    assert event_of(coder, "the canal authority gave up its claim to the locks") == "CONCEDE"
    assert event_of(coder, "the harbour council waived its objections to the route") == "CONCEDE"


@needs_parser
def test_no_hard_override_left() -> None:
    # main's regex overrode a confident model; the one rule now keeps the model's margin
    confident = fixed_coder(CLASSES, {"REJECT": 0.0, "CONCEDE": -7.0})
    text = "the pilots' association had given up its demand for a seat on the board"
    assert event_of(confident, text) == "REJECT"
    close = fixed_coder(CLASSES, {"REJECT": 0.0, "CONCEDE": -3.0})
    assert event_of(close, text) == "CONCEDE"
    assert not hasattr(concessions, "demand_dropped")


def test_the_model_feature_still_reads_the_perfect() -> None:
    # conc:made (the event model's extra) is unchanged
    assert concessions.concession_made("the ministry had dropped its objection to the timetable")
    assert not concessions.concession_made("the ministry had not dropped its objection")
