"""evt50: a side that keeps its seat at the talks ("the guild is not leaving the table", "the
council would stay at the table", "the port had never refused to negotiate") is ready to go on
negotiating, AGREE; a call, a maxim, a past report or a reason stays with the model."""

from __future__ import annotations

import pytest

from event_helpers import event_of, fixed_coder
from parley.extract.kept_seat import kept_seat
from parley.extract.syntax import parser

needs_parser = pytest.mark.skipif(parser() is None, reason="no trained English pipeline")

CLASSES = ("ACCUSE", "AGREE", "REJECT", "REQUEST")


@needs_parser
def test_a_side_keeping_its_seat_agrees() -> None:
    coder = fixed_coder(CLASSES, {"REJECT": 0.0, "ACCUSE": -1.0, "AGREE": -4.0})
    assert event_of(coder, "The guild is not leaving the table over one bad night.") == "AGREE"
    assert event_of(coder, "the ferry board would not withdraw from the talks") == "AGREE"
    assert event_of(coder, "the port authority had never refused to negotiate") == "AGREE"
    assert event_of(coder, "the guild will not walk away from the table") == "AGREE"
    requested = fixed_coder(CLASSES, {"REQUEST": 0.0, "AGREE": -4.0})
    assert event_of(requested, "the council would stay at the table through the weekend") == "AGREE"
    assert event_of(requested, "We remain at the table and hope the guild returns") == "AGREE"


@needs_parser
def test_a_call_a_maxim_a_past_report_or_a_reason_stays() -> None:
    assert not kept_seat("the mayor told the guild to stay at the table")
    assert not kept_seat("the deal gives the guild a reason to stay in the talks")
    assert not kept_seat("You do not leave the table because the price went up.")
    assert not kept_seat("bargaining works when both sides stay at the table")
    assert not kept_seat("the guild did not leave the talks; it left a format it distrusted")
    assert not kept_seat("both sides had stayed at the table until dawn")
    assert not kept_seat("the guild would not leave the harbour")
    assert not kept_seat("the council had never refused to discuss their pay")
    assert not kept_seat("the guild would leave the table if the fares rose")


@needs_parser
def test_a_confident_model_keeps_its_reading() -> None:
    confident = fixed_coder(CLASSES, {"REJECT": 0.0, "AGREE": -11.0})
    assert event_of(confident, "the ferry board would not withdraw from the talks") == "REJECT"
