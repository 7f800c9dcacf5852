"""evt45: an expectation laid on another party ("expected the guild to sign by May") is a
request, even when the statement's other words speak of the speaker's own commitment."""

from __future__ import annotations

import pytest

from event_helpers import event_of, fixed_coder
from parley.extract.expectation import expectation_of_party
from parley.extract.syntax import parser

needs_parser = pytest.mark.skipif(parser() is None, reason="no trained English pipeline")


@needs_parser
def test_an_expectation_of_another_party_is_a_request() -> None:
    coder = fixed_coder(("AGREE", "REQUEST"), {"AGREE": 0.0, "REQUEST": -1.0})
    assert (
        event_of(
            coder,
            "the council would keep the ferry running and expected the union to sign by May",
        )
        == "REQUEST"
    )
    assert event_of(coder, "the mayor expected both sides to share the harbour fees") == ("REQUEST")


@needs_parser
def test_a_forecast_a_denial_a_quotation_or_a_confident_model_stays() -> None:
    coder = fixed_coder(("AGREE", "REQUEST"), {"AGREE": 0.0, "REQUEST": -1.0})
    # an event forecast; a passive; an expectation denied; the speaker's own; a quotation
    assert event_of(coder, "the guild expected the vote to take place in May") == "AGREE"
    assert event_of(coder, "the mayor expected the lease to be signed in May") == "AGREE"
    assert event_of(coder, "the guild does not expect the towns to sign soon") == "AGREE"
    assert event_of(coder, "the ferry deal was expected to be signed in May") == "AGREE"
    assert event_of(coder, "We expect the guild to sign by May,", True) == "AGREE"
    confident = fixed_coder(("AGREE", "REQUEST"), {"AGREE": 0.0, "REQUEST": -2.0})
    assert event_of(confident, "the mayor expected both towns to share the fees") == "AGREE"


@needs_parser
def test_the_expectation_clause() -> None:
    assert expectation_of_party("the council expected Harlow to pay its share")
    assert expectation_of_party("she expected them to return to the table")
    assert not expectation_of_party("the council expected Harlow to be paid first")
    assert not expectation_of_party("the council was expected to pay its share")
    assert not expectation_of_party("the council did not expect Harlow to pay")
    assert not expectation_of_party("the council expected to pay its share")


@needs_parser
def test_a_thing_that_may_happen_is_no_party() -> None:
    assert expectation_of_party("the mayor expected both sides to share the fees")
    assert not expectation_of_party("the mayor expected the tender period to open in May")
    assert not expectation_of_party("she expected the towns' ties to deepen")
