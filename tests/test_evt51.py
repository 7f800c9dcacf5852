"""evt51: talks reported in progress with a word between "in" and the talks ("was in
preliminary talks with"), or as the object of "continuing" ("was continuing negotiations
with"), are a consultation (CONSULT) when the model reads them narrowly as an offer; a
commitment to go on talking stays an offer. A party taking back a move of its own, done or
under way ("was withdrawing its proposal", "had suspended the strike"), is a RETREAT; a
promise, a call, a refusal or a break with the other side stays with the model."""

from __future__ import annotations

from functools import partial

import pytest

from event_helpers import event_of, fixed_coder
from parley.extract.ongoing_acts import TALKING
from parley.extract.syntax import parser
from parley.extract.withdrawn_moves import withdrawn_move

CLASSES = ("AGREE", "CONSULT", "REQUEST")

_coder = partial(fixed_coder, CLASSES)


def test_qualified_or_continuing_talks_in_progress_are_a_consultation() -> None:
    coder = _coder({"AGREE": 3.0, "CONSULT": 0.0})
    assert event_of(coder, "the ferry firm was in preliminary talks with two buyers") == "CONSULT"
    assert event_of(coder, 'the guild was "in active negotiations" with the port') == "CONSULT"
    assert event_of(
        coder, "the council was continuing negotiations with the dockers and would report soon"
    ) == ("CONSULT")
    assert event_of(coder, "the port is continuing technical discussions with the guild") == (
        "CONSULT"
    )


def test_a_commitment_to_go_on_talking_or_a_confident_offer_stays() -> None:
    coder = _coder({"AGREE": 3.0, "CONSULT": 0.0})
    assert event_of(coder, "the ferry firm would continue negotiations with the dockers") == (
        "AGREE"
    )
    assert event_of(coder, "the guild agreed to continue talks with the port") == "AGREE"
    confident = _coder({"AGREE": 8.0, "CONSULT": 0.0})
    assert event_of(confident, "the ferry firm was in preliminary talks with two buyers") == (
        "AGREE"
    )


def test_the_pattern_needs_be_and_the_talks_close_by() -> None:
    assert TALKING.search("the guild was in exploratory talks with the port")
    assert not TALKING.search("the guild was in the middle of a long dispute over talks")
    assert not TALKING.search("the talks are in their third week")


needs_parser = pytest.mark.skipif(parser() is None, reason="no trained English pipeline")
RETREAT_CLASSES = ("ACCUSE", "AGREE", "REJECT", "REQUEST", "RETREAT", "SUPPORT")


@needs_parser
def test_a_move_taken_back_is_a_retreat() -> None:
    coder = fixed_coder(RETREAT_CLASSES, {"SUPPORT": 0.0, "REJECT": -1.0, "RETREAT": -4.0})
    assert event_of(coder, "the ferry firm was withdrawing its proposal for the harbour") == (
        "RETREAT"
    )
    assert event_of(coder, "the port had withdrawn a request for a second berth") == "RETREAT"
    assert event_of(coder, "the guild had suspended the strike while members vote") == "RETREAT"
    assert event_of(coder, "the council was withdrawing the charges against the skipper") == (
        "RETREAT"
    )


@needs_parser
def test_a_promise_a_call_a_refusal_or_a_break_stays() -> None:
    assert not withdrawn_move("the guild would suspend its complaint while the talks go on")
    assert not withdrawn_move("the mayor urged the guild to call off the strike")
    assert not withdrawn_move("the guild would not call off the strike until the fares fall")
    assert not withdrawn_move("the council had not withdrawn its claim to the harbour")
    assert not withdrawn_move("the port was ending all talks with the guild")
    assert not withdrawn_move("the guild was suspending its participation in the council")
    assert not withdrawn_move("the harbour would reopen once the guild withdrew its strike")
    confident = fixed_coder(RETREAT_CLASSES, {"SUPPORT": 0.0, "RETREAT": -7.0})
    assert event_of(confident, "the ferry firm was withdrawing its proposal for the harbour") == (
        "SUPPORT"
    )
