"""evt47: two shapes of a coercive warning the event model misreads by its other words: a
resort to every means announced ("would use every legal avenue to defend its quota") and a
coercive step under consideration ("the guild would examine a legal challenge", "they are
weighing cases before the tribunal", "it would consider suing the board")."""

from __future__ import annotations

import pytest

from event_helpers import event_of, fixed_coder
from parley.extract.every_means import every_means
from parley.extract.syntax import parser
from parley.extract.weighed_steps import weighed_step

needs_parser = pytest.mark.skipif(parser() is None, reason="no trained English pipeline")

CLASSES = ("AGREE", "ACCUSE", "REJECT", "SUPPORT", "THREATEN")


@needs_parser
def test_a_resort_to_every_means_is_a_threat() -> None:
    coder = fixed_coder(CLASSES, {"AGREE": 0.0, "THREATEN": -3.0})
    assert (
        event_of(coder, "the guild would use every legal avenue open to it to keep its quota")
        == "THREATEN"
    )
    assert (
        event_of(coder, "the ferry owners would resist the merger with all means available")
        == "THREATEN"
    )
    assert (
        event_of(coder, 'the council will "take all necessary steps" to defend the harbour')
        == "THREATEN"
    )


@needs_parser
def test_a_discussion_a_call_a_refusal_or_a_confident_model_stays() -> None:
    coder = fixed_coder(CLASSES, {"AGREE": 0.0, "THREATEN": -3.0})
    # talking the options over; no modal on the verb (a call on another party); negated
    assert event_of(coder, "the two mayors would discuss every option for the ferry") == "AGREE"
    assert event_of(coder, "the council to use every tool it has to open the harbour") == "AGREE"
    assert event_of(coder, "the guild would not use every avenue open to it") == "AGREE"
    confident = fixed_coder(CLASSES, {"AGREE": 0.0, "THREATEN": -7.0})
    assert event_of(confident, "the guild would use every legal avenue open to it") == "AGREE"


@needs_parser
def test_a_coercive_step_under_consideration_is_a_threat() -> None:
    coder = fixed_coder(CLASSES, {"ACCUSE": 0.0, "SUPPORT": -1.0, "THREATEN": -3.0})
    assert event_of(coder, "the ferry guild would examine a legal challenge") == "THREATEN"
    assert event_of(coder, "they are weighing cases before the regional tribunal") == "THREATEN"
    assert event_of(coder, "the owners would consider suing the harbour board") == "THREATEN"
    assert event_of(coder, "the mayor would weigh voting against the levy") == "THREATEN"


@needs_parser
def test_a_text_weighed_a_verdict_or_a_refusal_to_weigh_stays() -> None:
    coder = fixed_coder(CLASSES, {"ACCUSE": 0.0, "THREATEN": -3.0})
    assert event_of(coder, "the guild would study the harbour proposals") == "ACCUSE"
    assert event_of(coder, "the guild considered the case unfounded") == "ACCUSE"
    assert event_of(coder, "the guild would not consider a legal challenge") == "ACCUSE"


@needs_parser
def test_the_shapes() -> None:
    assert every_means("the port authority would use all tools at its disposal")
    assert not every_means("the port authority used all tools at its disposal")
    assert weighed_step("the dockers were considering a strike")
    assert not weighed_step("the dockers were considering the offer")


@needs_parser
def test_a_settlement_beyond_the_sides_wish_is_a_concession() -> None:
    coder = fixed_coder(("ACCUSE", "CONCEDE", "REJECT"), {"ACCUSE": 0.0, "CONCEDE": -3.0})
    assert event_of(coder, "the ferry guild had moved further than it wanted") == "CONCEDE"
    assert event_of(coder, "the council had accepted fewer berths than it had sought") == "CONCEDE"
    assert event_of(coder, "the guild agreed to a longer lease than it first wanted") == "CONCEDE"


@needs_parser
def test_a_refusal_to_go_that_far_or_a_confident_model_stays() -> None:
    coder = fixed_coder(("ACCUSE", "CONCEDE", "REJECT"), {"ACCUSE": 0.0, "CONCEDE": -3.0})
    assert (
        event_of(coder, "the guild would not accept a longer lease than it first wanted")
        == "ACCUSE"
    )
    assert event_of(coder, "the guild had asked for more berths than the harbour") == "ACCUSE"
    confident = fixed_coder(("ACCUSE", "CONCEDE"), {"ACCUSE": 0.0, "CONCEDE": -7.0})
    assert event_of(confident, "the ferry guild had moved further than it wanted") == "ACCUSE"


@needs_parser
def test_a_described_deliberation_or_a_gain_beyond_the_demand_stays() -> None:
    assert not weighed_step("the matter rests with the tribunal, which is weighing two challenges")
    coder = fixed_coder(("REQUEST", "CONCEDE"), {"REQUEST": 0.0, "CONCEDE": -3.0})
    assert event_of(coder, "the guild had won a longer lease than it had asked for") == "REQUEST"
