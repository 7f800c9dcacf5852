"""Unnamed officials in a paragraph that names their state only through its leader (act49,
thirty-fifth round).

A paragraph that names no state but lets a known leader speak ("President X has said the
government may ...") is that leader's state's, so "Two government officials said" after it
speak for that state, not for the article's main state. Sentences invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements

_DAY = date(2025, 10, 1)


def _actors(text: str) -> dict[str, str | None]:
    return {
        s.text: s.actor
        for s in extract_statements(text, published=_DAY, opposition=Opposition.NONE)
    }


_LEADER = (
    "Title: Britain pulls its loan for the Channel rail link\n\n"
    "LONDON - Britain said on Monday it would withdraw its loan for the rail link, and "
    "British ministers said the risks had grown.\n\n"
    "President Emmanuel Macron has said the government may ask for a new budget. Two "
    "government officials said the cabinet would insist on an audit of the costs.\n"
)


def test_officials_after_a_speaking_leader_are_of_his_state() -> None:
    actors = _actors(_LEADER)
    assert actors["the cabinet would insist on an audit of the costs"] == "FRA"


_TWO_LEADERS = (
    "Title: Britain pulls its loan for the Channel rail link\n\n"
    "LONDON - Britain said on Monday it would withdraw its loan for the rail link, and "
    "British ministers said the risks had grown.\n\n"
    "President Emmanuel Macron has said the link must go ahead, and Chancellor Friedrich "
    "Merz said the costs were too high. Two government officials said the cabinet would "
    "insist on an audit of the costs.\n"
)


def test_leaders_of_two_states_give_the_paragraph_no_state() -> None:
    actors = _actors(_TWO_LEADERS)
    assert actors["the cabinet would insist on an audit of the costs"] != "FRA"


_CITY = (
    "Title: Seoul's subway staff end a one-day walkout\n\n"
    "SEOUL - Subway staff in Seoul returned to work on Friday after their union and the "
    "operator agreed on new shift rules.\n\n"
    "A city transport official said the trains would run late into the night to clear the "
    "backlog.\n"
)


def test_a_city_official_speaks_for_the_datelined_citys_government() -> None:
    actors = _actors(_CITY)
    assert actors["the trains would run late into the night to clear the backlog"] == "SEOUL"


_CITY_ABROAD = (
    "Title: Talks on the border crossing\n\n"
    "LONDON - Britain and France agreed on Monday to reopen the rail crossing.\n\n"
    "A city transport official said the trains would run late into the night.\n"
)


def test_a_city_official_with_no_listed_city_gets_no_city() -> None:
    actors = _actors(_CITY_ABROAD)
    assert actors.get("the trains would run late into the night") != "SEOUL"
