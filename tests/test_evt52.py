"""evt52: a welcome joined by "but" to a thing the same side still needs or wants ("the guild
welcomed the talks but needed a date") is a demand (REQUEST) when the model reads the
welcome (SUPPORT); a wish to do something, a negated want, another side's need or a clause
object stay with the model."""

from __future__ import annotations

import pytest

from event_helpers import event_of, fixed_coder
from parley.extract.syntax import parser
from parley.extract.welcome_needs import welcome_needs

needs_parser = pytest.mark.skipif(parser() is None, reason="no trained English pipeline")
CLASSES = ("AGREE", "REJECT", "REQUEST", "SUPPORT")


@needs_parser
def test_a_welcome_with_a_need_is_a_demand() -> None:
    coder = fixed_coder(CLASSES, {"SUPPORT": 0.0, "AGREE": -1.0, "REQUEST": -4.0})
    assert event_of(coder, "the guild welcomed the new ferry plan but needed a firm date") == (
        "REQUEST"
    )
    assert event_of(coder, "the dockers backed the harbour levy but wanted cuts to the fees") == (
        "REQUEST"
    )
    assert event_of(
        coder, "the skippers were grateful for the grant but wanted a faster ferry"
    ) == ("REQUEST")


@needs_parser
def test_a_wish_a_negation_another_side_or_a_clause_object_stays() -> None:
    assert not welcome_needs("the guild welcomed the plan but wanted to see the fine print")
    assert not welcome_needs("the guild welcomed the plan but did not want a second berth")
    assert not welcome_needs("the guild backed the levy but wanted the port to explain the fees")
    assert not welcome_needs("the guild welcomed the plan and needed no further changes")
    assert not welcome_needs("the guild needed a date but welcomed the plan")
    confident = fixed_coder(CLASSES, {"SUPPORT": 0.0, "REQUEST": -11.0})
    assert event_of(confident, "the guild welcomed the new ferry plan but needed a firm date") == (
        "SUPPORT"
    )
