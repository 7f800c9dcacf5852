"""PLOVER event, stance, targets and hearsay (``about``) of statements.

All snippets are invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from parley.extract import extract_statements
from parley.extract.classify import classify_event, classify_stance
from parley.extract.model import EVENT_TYPES, STANCES

DAY = date(2025, 11, 28)


def _one(text: str):
    got = extract_statements(text, published=DAY)
    assert len(got) == 1, got
    assert text[got[0].start : got[0].end] == got[0].text
    return got[0]


# -- classify_event on reported words ------------------------------------------------------


@pytest.mark.parametrize(
    "lemma, content, event",
    [
        # readiness to negotiate is AGREE
        ("say", "Russia is ready to resume negotiations at any time", "AGREE"),
        ("say", "we are prepared to discuss the plan with the Americans", "AGREE"),
        ("say", "we are ready to negotiate even though consultations have not begun", "AGREE"),
        # allegations are ACCUSE, whatever the verb
        ("accuse", "Kyiv of sabotaging the talks", "ACCUSE"),
        ("say", "the Europeans are sabotaging the peace process", "ACCUSE"),
        ("blame", "Moscow for the failure of the talks", "ACCUSE"),
        # a conditional warning is THREATEN, even when it mentions a refusal
        ("say", "if Kyiv refuses the plan, Russia will take the land by force", "THREATEN"),
        ("warn", "any foreign troops in Ukraine would become legitimate targets", "THREATEN"),
        ("threaten", "to cut off the talks", "THREATEN"),
        # refusal is REJECT
        ("say", "we reject this plan", "REJECT"),
        ("say", "Ukraine will never accept the loss of its territory", "REJECT"),
        ("say", "the proposal is unacceptable", "REJECT"),
        ("deny", "that any deal had been reached", "REJECT"),
        # a demand is REQUEST
        ("say", "Russia must withdraw its troops first", "REQUEST"),
        ("demand", "that Moscow stop the strikes", "REQUEST"),
        ("urge", "Europe to join the talks", "REQUEST"),
        # meetings, talks and briefings are CONSULT
        ("say", "Putin had been briefed on the results of the talks", "CONSULT"),
        ("say", "the delegations met in Geneva for five hours", "CONSULT"),
        # approving a proposal is SUPPORT
        ("say", "we welcome the plan and consider it a good basis", "SUPPORT"),
    ],
)
def test_event_of_clear_cases(lemma, content, event):
    assert classify_event(lemma, content) == event


def test_conditional_warning_with_if_clause_last():
    assert classify_event("say", "Russia would keep fighting if Kyiv refused") == "THREATEN"


def test_event_is_always_a_plover_type_or_none():
    for content in ["", "the weather in Geneva was cold", "we will see", "no comment"]:
        event = classify_event("say", content)
        assert event is None or event in EVENT_TYPES


# -- classify_stance ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "event, content, stance",
    [
        ("SUPPORT", "the plan is a good basis for peace", "support"),
        ("AGREE", "we are ready to work on the text", "support"),
        ("REJECT", "we reject the proposal", "oppose"),
        ("ACCUSE", "they are sabotaging the peace process", "oppose"),
        ("THREATEN", "we will take the land by force", "oppose"),
        ("REJECT", "we are ready to talk, but we will not accept an ultimatum", "mixed"),
    ],
)
def test_stance_of_clear_cases(event, content, stance):
    assert classify_stance(event, content) == stance


def test_stance_of_praise_with_a_reservation_is_mixed():
    content = "the plan is a good basis, but some points are unacceptable"
    assert classify_stance("SUPPORT", content) == "mixed"


def test_stance_is_a_known_value():
    for content in ["we will see", "talks", "we reject it but welcome the talks"]:
        assert classify_stance("CONSULT", content) in (*STANCES, None)


# -- events through the pipeline ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, event",
    [
        ("Peskov said that Moscow was ready to continue the talks.", "AGREE"),
        ("Zelensky accused Moscow of dragging out the talks to buy time.", "ACCUSE"),
        (
            "Putin said that if Kyiv refused the deal, Russian troops would continue "
            "their advance.",
            "THREATEN",
        ),
        ("Sybiha said Kyiv refused to give up any territory.", "REJECT"),
        ("Macron demanded that Moscow agree to a full ceasefire.", "REQUEST"),
        ("Peskov said Putin had been briefed on the results of the talks in Geneva.", "CONSULT"),
        ('"We are ready to negotiate on the basis of this text," Putin said.', "AGREE"),
        ('"We will not give up our land," Zelensky said.', "REJECT"),
    ],
)
def test_pipeline_event(text, event):
    assert _one(text).event == event


def test_threat_in_a_direct_quotation():
    s = _one(
        '"If Kyiv does not withdraw, we will achieve our goals by military means," Putin said.'
    )
    assert (s.direct, s.event, s.about) == (True, "THREATEN", None)
    assert "UKR" in s.targets


def test_alleging_that_others_spoil_the_talks_is_accuse():
    s = _one("Zakharova said the Europeans were spoiling the talks.")
    assert s.event == "ACCUSE"


# -- targets --------------------------------------------------------------------------------


def test_targets_are_the_other_actors_named():
    s = _one("Zelensky accused Moscow of dragging out the talks to buy time.")
    assert s.targets == ["RUS"]


def test_own_side_is_not_a_target():
    s = _one("Peskov said that Moscow was ready to continue the talks.")
    assert s.targets == []


def test_threat_targets_the_threatened():
    s = _one("Putin warned that Russia would take more land by force if Ukraine did not withdraw.")
    assert s.event == "THREATEN"
    assert s.targets == ["UKR"]


# -- about (hearsay) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, about",
    [
        ("The Russian president said Ukraine is against it.", "UKR"),
        ("Putin said Kyiv refuses to discuss the territorial question.", "UKR"),
        ("Peskov told reporters that Ukraine had rejected every offer.", "UKR"),
    ],
)
def test_about_is_set_when_a_russian_reports_ukraines_position(text, about):
    s = _one(text)
    assert s.actor == "RUS"
    assert s.about == about


@pytest.mark.parametrize(
    "text",
    [
        "Putin said Russia is ready to negotiate.",
        "Peskov said that Moscow was ready to continue the talks.",
        "Sybiha said Kyiv refused to give up any territory.",
        "Zelensky said Ukraine rejected the demand to withdraw from the Donbas.",
        "Moscow is ready to hold a new round of talks, Peskov said on Friday.",
    ],
)
def test_about_is_none_for_own_side_statements(text):
    assert _one(text).about is None


def test_about_is_none_for_a_threat_naming_the_other_side():
    s = _one(
        "Putin said that if Kyiv refused the deal, Russian troops would continue their advance."
    )
    assert s.event == "THREATEN"
    assert s.about is None


def test_trailing_conditional_warning_is_own_threat():
    s = _one("Russia would keep fighting if Kyiv refused, Putin said.")
    assert (s.event, s.about) == ("THREATEN", None)
