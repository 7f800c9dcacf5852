"""evt39: a hope, a reported conditional offer and a reproach, each read by the event model
as a neighbouring class by a small margin, take their own class."""

from __future__ import annotations

from functools import partial

from event_helpers import event_of, fixed_coder

CLASSES = ("ACCUSE", "AGREE", "REQUEST", "THREATEN")


_coder = partial(fixed_coder, CLASSES)


def test_a_hope_read_narrowly_as_an_offer_is_a_request() -> None:
    coder = _coder({"AGREE": 0.5, "REQUEST": 0.0})
    assert event_of(coder, "the ministry hoped the ferry could sail again by spring") == "REQUEST"
    # a hope given up appeals to nobody; a confident offer stays
    assert event_of(coder, "the ministry had originally hoped to keep two ferries") == "AGREE"
    assert event_of(_coder({"AGREE": 3.0, "REQUEST": 0.0}), "they hope to sail") == "AGREE"


def test_a_reported_conditional_offer_read_narrowly_as_a_threat_is_agree() -> None:
    coder = _coder({"THREATEN": 1.0, "AGREE": 0.0})
    assert event_of(coder, "the guild would back the charter only if the fees fell") == "AGREE"
    # a negated main clause, a quotation and a confident threat stay
    assert event_of(coder, "the guild would not back the charter if the fees rose") == "THREATEN"
    assert event_of(coder, "We will back the charter if the fees fall,", True) == "THREATEN"
    assert event_of(_coder({"THREATEN": 3.0, "AGREE": 0.0}), "it would sign if paid") == "THREATEN"


def test_a_reproach_read_as_a_demand_is_an_accusation() -> None:
    coder = _coder({"REQUEST": 3.0, "ACCUSE": 0.0})
    assert event_of(coder, "the council should have consulted the fishers first") == "ACCUSE"
    # an obligation for the future and a relative clause stay demands
    assert event_of(coder, "the council should consult the fishers first") == "REQUEST"
    assert event_of(coder, "a plan that should have been tabled must be tabled now") == "REQUEST"
