"""act87 (forty-third round): a statement whose verb shares the subject of a bare body
noun's statement just before it ("the authority said ..., and cautioned that", "It said")
takes the side that the bare noun took up from the body named in full before it.
Invented sentences."""

from __future__ import annotations

from datetime import datetime

from actor_helpers import actor_of

_DAY = datetime(2025, 3, 8)

_TEXT = (
    "Title: Port closure drags on\n\n"
    "The Kenya Ports Authority closed the container terminal on Friday after a crane "
    "collapsed, stranding a dozen ships at anchor.\n\n"
    "In a statement, the authority said the closure was a safety measure, and cautioned "
    "that the reopening would depend on an inspection of the quay. It said it would "
    "publish a timetable for the ships waiting outside the harbour.\n"
)


def test_the_bare_body_s_own_statement_keeps_its_state() -> None:
    assert actor_of(_TEXT, None, "closure was a safety measure", _DAY) == "KEN"


def test_a_coordinated_verb_goes_on_for_the_same_body() -> None:
    assert actor_of(_TEXT, None, "inspection of the quay", _DAY) == "KEN"


def test_it_said_goes_on_for_the_same_body() -> None:
    assert actor_of(_TEXT, None, "publish a timetable", _DAY) == "KEN"
