"""evt49: a demand dropped ("the guild had dropped its proposals to close the ferry") is a
concession, CONCEDE; as a condition, a call or negated it stays. A plan said to risk a harm
("the plan risked leaving the islands without a ferry") is a charge, ACCUSE."""

from __future__ import annotations

import pytest

from event_helpers import event_of, fixed_coder
from parley.extract.dropped_demand import dropped_demand
from parley.extract.risked_harm import risked_harm
from parley.extract.syntax import parser

needs_parser = pytest.mark.skipif(parser() is None, reason="no trained English pipeline")

CLASSES = ("AGREE", "CONCEDE", "REJECT", "REQUEST")
CLASSES_ACCUSE = ("ACCUSE", "REJECT", "SUPPORT")


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


def test_a_plan_said_to_risk_a_harm_is_a_charge() -> None:
    coder = fixed_coder(CLASSES_ACCUSE, {"SUPPORT": 0.0, "ACCUSE": -3.0})
    assert (
        event_of(coder, 'the plan risked "emptying" the harbour fund and leaving the islands')
        == "ACCUSE"
    )
    assert event_of(coder, "the ferry agreement risks rewarding the smugglers") == "ACCUSE"


def test_a_party_a_gerund_subject_or_a_noun_object_stays() -> None:
    assert not risked_harm("the talks risked repeating the rounds of the last decade")
    assert not risked_harm("piling duties on the ports risked pushing the ferries away")
    assert not risked_harm('the arrangement risked "a patchwork" if other ports asked too')
    assert not risked_harm("the plan would risk leaving the islands without a ferry")
    coder = fixed_coder(CLASSES_ACCUSE, {"SUPPORT": 0.0, "ACCUSE": -7.0})
    assert event_of(coder, "the plan risked leaving the islands without a ferry") == "SUPPORT"
