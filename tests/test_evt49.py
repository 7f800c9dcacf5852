"""evt49: a demand dropped ("the guild had dropped its proposals to close the ferry") is a
concession, CONCEDE; as a condition, a call or negated it stays."""

from __future__ import annotations

import pytest

from event_helpers import event_of, fixed_coder
from parley.extract.dropped_demand import dropped_demand
from parley.extract.syntax import parser

needs_parser = pytest.mark.skipif(parser() is None, reason="no trained English pipeline")

CLASSES = ("AGREE", "CONCEDE", "REJECT", "REQUEST")


@needs_parser
def test_a_dropped_demand_is_a_concession() -> None:
    coder = fixed_coder(CLASSES, {"REJECT": 0.0, "REQUEST": -1.0, "CONCEDE": -3.0})
    assert (
        event_of(coder, "the ferry guild had dropped its proposals to close the night route")
        == "CONCEDE"
    )
    assert (
        event_of(coder, "the guild had first asked for two berths and dropped the demand in May")
        == "CONCEDE"
    )


@needs_parser
def test_a_condition_a_call_or_a_refusal_to_drop_stays() -> None:
    assert not dropped_demand("talks could resume if the guild dropped its demand for berths")
    assert not dropped_demand(
        'the guild was ready to talk "at any hour," provided the council dropped its demand'
    )
    assert not dropped_demand("the council had asked the guild to drop its demand for berths")
    coder = fixed_coder(CLASSES, {"REJECT": 0.0, "CONCEDE": -3.0})
    assert event_of(coder, "the guild would never have dropped its demand for berths") == "REJECT"
    confident = fixed_coder(CLASSES, {"REJECT": 0.0, "CONCEDE": -7.0})
    assert event_of(confident, "the guild had dropped its proposals for the route") == "REJECT"
