"""evt42: a stated readiness to take a coercive step (strike, walk out, picket, withhold)
that the event model reads narrowly as an offer is a threat."""

from __future__ import annotations

from functools import partial

from event_helpers import event_of, fixed_coder

CLASSES = ("AGREE", "SUPPORT", "THREATEN")


_coder = partial(fixed_coder, CLASSES)


def test_readiness_to_take_a_coercive_step_read_narrowly_as_an_offer_is_a_threat() -> None:
    coder = _coder({"AGREE": 3.0, "THREATEN": 0.0})
    assert event_of(coder, "the ferry crews were ready to walk out on Monday") == "THREATEN"
    assert event_of(coder, "the guild was prepared to withhold its votes") == "THREATEN"
    assert event_of(coder, "the dockers were ready to extend picket lines to two ports") == (
        "THREATEN"
    )


def test_readiness_to_help_negated_quoted_or_confident_stays() -> None:
    coder = _coder({"AGREE": 3.0, "THREATEN": 0.0})
    # readiness to do something that is no coercive step, or to walk away from talks
    assert event_of(coder, "the ferry crews were ready to sign on Monday") == "AGREE"
    assert event_of(coder, "the guild was prepared to walk away from the talks") == "AGREE"
    # negated readiness, a quotation
    assert event_of(coder, "the ferry crews were not ready to walk out") == "AGREE"
    assert event_of(coder, "We are ready to walk out,", True) == "AGREE"
    confident = _coder({"AGREE": 9.0, "THREATEN": 0.0})
    assert event_of(confident, "the ferry crews were ready to walk out on Monday") == "AGREE"


def test_a_plain_pledge_read_narrowly_as_a_request_is_an_offer() -> None:
    coder = fixed_coder(("AGREE", "REQUEST"), {"AGREE": 0.0, "REQUEST": 0.5})
    assert event_of(coder, "the ferry firm would publish the new timetable in May") == "AGREE"
    # a condition, a negation, a word of asking, a quotation stay
    assert event_of(coder, "the ferry firm would publish the timetable if paid") == "REQUEST"
    assert event_of(coder, "the ferry firm would not publish the timetable") == "REQUEST"
    assert event_of(coder, "the ferry firm would keep pressing the council") == "REQUEST"
    assert event_of(coder, "We will publish the timetable,", True) == "REQUEST"
    confident = fixed_coder(("AGREE", "REQUEST"), {"AGREE": 0.0, "REQUEST": 2.0})
    assert event_of(confident, "the ferry firm would publish the new timetable") == "REQUEST"
