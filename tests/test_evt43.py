"""evt43: a complaint that nobody asked or consulted a party is an accusation; a readiness to
help that opens the clause, read narrowly as a welcome, is an offer; an announced appeal
against a decision is a refusal."""

from __future__ import annotations

from event_helpers import event_of, fixed_coder


def test_nobody_asked_a_question_is_an_accusation() -> None:
    coder = fixed_coder(("ACCUSE", "REQUEST", "THREATEN"), {"ACCUSE": 0.0, "REQUEST": 0.5})
    assert event_of(coder, "nobody in the ministry had asked the growers what it would cost") == (
        "ACCUSE"
    )
    assert event_of(coder, "Nobody has asked who will pay for the new ferries,", True) == "ACCUSE"
    assert event_of(coder, "no one consulted the villages about the route") == "ACCUSE"
    assert event_of(coder, "the mayor signed the lease without consulting the council") == (
        "ACCUSE"
    )


def test_a_request_a_condition_or_a_confident_model_stays() -> None:
    coder = fixed_coder(("ACCUSE", "REQUEST"), {"ACCUSE": 0.0, "REQUEST": 0.5})
    # a request not made, a request to do something, a condition
    assert event_of(coder, "nobody has asked us to leave the harbour") == "REQUEST"
    assert event_of(coder, "the deal cut the levy without asking the growers to pay more") == (
        "REQUEST"
    )
    assert event_of(
        coder, "they would strike if the lease were signed without consulting them"
    ) == ("REQUEST")
    assert event_of(coder, "the council asked the growers what it would cost") == "REQUEST"
    confident = fixed_coder(("ACCUSE", "REQUEST"), {"ACCUSE": 0.0, "REQUEST": 6.0})
    assert event_of(confident, "nobody had asked the growers what it would cost") == "REQUEST"


def test_a_readiness_to_help_read_narrowly_as_a_welcome_is_an_offer() -> None:
    coder = fixed_coder(("AGREE", "SUPPORT"), {"AGREE": 0.0, "SUPPORT": 0.5})
    assert event_of(coder, "the ferry board stood ready to support the new timetable") == "AGREE"
    assert event_of(coder, "the guild was ready to help") == "AGREE"
    assert event_of(coder, "the town remained willing to host the next round") == "AGREE"


def test_a_welcome_with_readiness_a_negation_a_quotation_or_a_confident_welcome_stays() -> None:
    coder = fixed_coder(("AGREE", "SUPPORT"), {"AGREE": 0.0, "SUPPORT": 0.5})
    # a welcome comes first; a negated readiness; a quotation; readiness to walk out
    assert event_of(coder, "the guild welcomed the plan and was ready to help") == "SUPPORT"
    assert event_of(coder, "the guild was not ready to help") == "SUPPORT"
    assert event_of(coder, "We stand ready to support the new timetable,", True) == "SUPPORT"
    assert event_of(coder, "the guild was ready to sign the plan") == "SUPPORT"
    confident = fixed_coder(("AGREE", "SUPPORT"), {"AGREE": 0.0, "SUPPORT": 2.0})
    assert event_of(confident, "the ferry board stood ready to support the timetable") == (
        "SUPPORT"
    )


def test_an_announced_appeal_against_a_decision_is_a_refusal() -> None:
    coder = fixed_coder(("AGREE", "REJECT", "REQUEST"), {"AGREE": 0.5, "REJECT": 0.0})
    assert event_of(coder, "the ferry firm would appeal") == "REJECT"
    assert event_of(coder, "the guild will contest that ruling") == "REJECT"
    assert event_of(coder, "the council would challenge the order in the high court") == "REJECT"


def test_a_challenge_to_what_is_to_come_a_negation_or_a_quotation_stays() -> None:
    coder = fixed_coder(("AGREE", "REJECT", "REQUEST"), {"AGREE": 0.5, "REJECT": 0.0})
    assert event_of(coder, "the guild would challenge any cut to its grant") == "AGREE"
    assert event_of(coder, "the ferry firm would not appeal") == "AGREE"
    assert event_of(coder, "We will appeal,", True) == "AGREE"
    confident = fixed_coder(("AGREE", "REJECT"), {"AGREE": 3.0, "REJECT": 0.0})
    assert event_of(confident, "the ferry firm would appeal") == "AGREE"
