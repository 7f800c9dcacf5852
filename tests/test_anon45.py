"""Actors of statements without a named person (anon45, thirty-third round).

An unnamed voice ("a spokesman", "an official", "an official there", "an official in the
office") right after a body's own statement is that body's; a "he said" that found no one
is the unnamed source heard just before it; an embassy is a body only a state has; a
sentence may open on a state body after plain modifiers ("The outgoing cabinet ...").
Sentences invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements

_DAY = date(2025, 12, 6)


def _actors(text: str) -> dict[str, str | None]:
    return {
        s.text: s.actor
        for s in extract_statements(text, published=_DAY, opposition=Opposition.NONE)
    }


def test_a_quoted_official_there_is_the_body_that_spoke_before() -> None:
    text = (
        "BUENOS AIRES - Provincial governors backed the budget on Monday.\n\n"
        "Argentina's foreign ministry denied giving any such promise. "
        '"We promised nothing," an official there said.\n'
    )
    found = _actors(text)
    assert found["We promised nothing,"] == "ARG"


def test_an_official_in_the_office_is_that_office_s() -> None:
    text = (
        "BUENOS AIRES - Provincial governors backed the budget on Monday.\n\n"
        "Two provincial officials said the governors got funds for their votes. "
        "The cabinet chief's office denied any such exchange. "
        '"There was no deal of any kind," an official in the office said.\n'
    )
    found = _actors(text)
    assert found["There was no deal of any kind,"] == "ARG"


def test_an_official_in_another_body_does_not_take_the_side() -> None:
    text = (
        "BUENOS AIRES - Provincial governors backed the budget on Monday.\n\n"
        "The cabinet chief's office denied any such exchange. "
        '"There was no deal of any kind," an official in the union said.\n'
    )
    found = _actors(text)
    assert found["There was no deal of any kind,"] is None


def test_he_said_after_an_unnamed_source_is_that_source() -> None:
    text = (
        "NEW DELHI - India's defence ministry has begun studying the plan, three officials "
        "familiar with the work said.\n\n"
        '"If the clause survives, the problem goes away," one of the officials said. '
        "He said the ministry had asked its finance wing to model the payments.\n\n"
        "India ordered five squadrons in 2018. A second official said the ministry was not "
        'counting on the plan. "We are planning as if nothing changes," he said.\n'
    )
    found = _actors(text)
    assert found["the ministry had asked its finance wing to model the payments"] == "IND"
    assert found["We are planning as if nothing changes,"] == "IND"


def test_it_after_an_embassy_is_the_embassy_s_state() -> None:
    text = (
        "N'DJAMENA - Chad took over the last foreign base on Friday.\n\n"
        "The Chadian army said the handover was complete. The French embassy was more "
        "generous. It said the handover closed a long chapter.\n"
    )
    found = _actors(text)
    assert found["the handover was complete"] == "TCD"
    assert found["the handover closed a long chapter"] == "FRA"


def test_its_spokesman_after_a_modified_state_body() -> None:
    text = (
        "PRAGUE - The president met the party leaders on Monday.\n\n"
        "The outgoing cabinet remains in charge in the meantime. Its spokesman said on "
        "Friday that it would hand over power when asked.\n"
    )
    found = _actors(text)
    assert found["it would hand over power when asked"] == "CZE"


def test_an_official_in_the_presidency_is_the_titled_president_s_state() -> None:
    text = (
        "Analysis: Abuja bets that a working group can replace a threat\n\n"
        "Five weeks after Donald Trump warned that American forces might go in, the two "
        "governments are talking about committees.\n\n"
        "The government of President Bola Tinubu has chosen to treat the accusation as a "
        "security problem. Washington has welcomed the group, and a State Department "
        "spokesman said the United States wanted results.\n\n"
        '"We prefer to sit at the same table," a senior official in the presidency said '
        "this week.\n"
    )
    found = _actors(text)
    assert found["We prefer to sit at the same table,"] == "NGA"
