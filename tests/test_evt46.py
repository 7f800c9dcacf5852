"""evt46: a ratification reported as done ("the crews had ratified the pact") is an agreement,
even when the statement's other words (a contract, the margin of a vote) read as a request or
support."""

from __future__ import annotations

import pytest

from event_helpers import event_of, fixed_coder
from parley.extract.ratifications import ratification_done
from parley.extract.syntax import parser

needs_parser = pytest.mark.skipif(parser() is None, reason="no trained English pipeline")


@needs_parser
def test_a_ratification_done_is_an_agreement() -> None:
    coder = fixed_coder(("AGREE", "REQUEST"), {"AGREE": -1.0, "REQUEST": 0.0})
    assert event_of(coder, "the ferry crews had ratified the three-year pact by a wide margin") == (
        "AGREE"
    )
    assert event_of(coder, "the bakers ratified the new wage scale") == "AGREE"
    assert event_of(coder, "the dock clerks voted to ratify the harbour agreement") == "AGREE"


@needs_parser
def test_a_ratification_to_come_asked_refused_or_quoted_stays() -> None:
    coder = fixed_coder(("AGREE", "REQUEST"), {"AGREE": -1.0, "REQUEST": 0.0})
    assert event_of(coder, "the ferry pact still had to be ratified by the crews") == "REQUEST"
    assert event_of(coder, "the crews would not ratify a pact without a pay rise") == "REQUEST"
    assert event_of(coder, "The crews ratified the pact,", True) == "REQUEST"
    assert not ratification_done("the towns to ratify the pact quickly")
    confident = fixed_coder(("AGREE", "REQUEST"), {"AGREE": -9.0, "REQUEST": 0.0})
    assert event_of(confident, "the bakers ratified the new wage scale") == "REQUEST"
