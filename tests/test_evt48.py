"""evt48: a test announced for another party ("the guild would judge the council by whether it
dredges the harbour", "the dockers would hold the owners to their promise") is a demand,
REQUEST, which the event model reads by its other words."""

from __future__ import annotations

import pytest

from event_helpers import event_of, fixed_coder
from parley.extract.judged_terms import judged_terms
from parley.extract.syntax import parser

needs_parser = pytest.mark.skipif(parser() is None, reason="no trained English pipeline")

CLASSES = ("AGREE", "ACCUSE", "REQUEST", "SUPPORT", "THREATEN")


@needs_parser
def test_a_test_announced_for_another_party_is_a_demand() -> None:
    coder = fixed_coder(CLASSES, {"SUPPORT": 0.0, "ACCUSE": -1.0, "REQUEST": -3.0})
    assert (
        event_of(coder, "the guild would judge the council by whether it dredged the harbour")
        == "REQUEST"
    )
    assert event_of(coder, "the dockers would hold the owners to their promise") == "REQUEST"
    assert event_of(coder, "the farmers will judge the ministry on its results") == "REQUEST"
    # after a plain description
    assert (
        event_of(coder, "the levy was a start but the growers would judge it by the prices paid")
        == "REQUEST"
    )


@needs_parser
def test_a_test_followed_by_a_step_negated_or_past_stays() -> None:
    coder = fixed_coder(CLASSES, {"SUPPORT": 0.0, "REQUEST": -3.0})
    # the statement goes on to a step of its own
    assert (
        event_of(
            coder, "the guild would judge the council on its budget and would not hesitate to quit"
        )
        == "SUPPORT"
    )
    # after a verb of its own, the first verb decides
    assert (
        event_of(coder, "the guild welcomed the plan but would hold the council to its promises")
        == "SUPPORT"
    )
    assert event_of(coder, "the guild would not judge the council by one vote") == "SUPPORT"
    assert event_of(coder, "the guild judged the council by its record") == "SUPPORT"
    confident = fixed_coder(CLASSES, {"SUPPORT": 0.0, "REQUEST": -7.0})
    assert event_of(confident, "the dockers would hold the owners to their promise") == "SUPPORT"


@needs_parser
def test_the_shape() -> None:
    assert judged_terms("the council would hold the ferry company to the timetable")
    assert not judged_terms("the council would hold a vote by the end of the month")
    assert not judged_terms("the council would hold talks with the ferry company")
