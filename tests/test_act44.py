"""Unqualified state offices and people between terms (act44, thirty-third round).

A source linked to a state's office the text does not qualify ("a spokesman for the
president", "an aide to the prime minister") is of that office's state, the one a bare
"the president said" has; and a person the gazetteer records in a past office and a later
one, quoted on a day between the two, holds no office that day and speaks for no side
(under the corpus's convention), as a former office-holder does. Sentences invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements


def _actors(text: str, day: date) -> dict[str, str | None]:
    return {
        s.text: s.actor for s in extract_statements(text, published=day, opposition=Opposition.NONE)
    }


def test_a_spokesman_for_the_president_is_the_president_s_state() -> None:
    text = (
        "PRAGUE - Coalition talks went into a third week on Tuesday.\n\n"
        "A spokesman for the president said the head of state would read the draft "
        "before the weekend.\n"
    )
    found = _actors(text, date(2025, 11, 4))
    assert found["the head of state would read the draft before the weekend"] == "CZE"


def test_a_bare_president_still_speaks_for_the_dateline_state() -> None:
    text = (
        "PRAGUE - Coalition talks went into a third week on Tuesday.\n\n"
        "The president said he would read the draft before the weekend.\n"
    )
    found = _actors(text, date(2025, 11, 4))
    assert found["he would read the draft before the weekend"] == "CZE"


def test_a_person_between_two_terms_speaks_for_no_side() -> None:
    text = (
        "PRAGUE - Coalition talks went into a third week on Tuesday.\n\n"
        "Andrej Babis said his movement would name its ministers within days.\n"
    )
    between = _actors(text, date(2025, 11, 4))
    assert between["his movement would name its ministers within days"] is None
    in_office = _actors(text, date(2026, 2, 4))
    assert in_office["his movement would name its ministers within days"] == "CZE"


def test_a_person_between_terms_titled_for_the_state_keeps_it() -> None:
    elect = (
        "WASHINGTON - Talks on a truce resumed on Monday.\n\n"
        "President-elect Donald Trump said his team would stay in touch with the mediators.\n"
    )
    found = _actors(elect, date(2025, 1, 10))
    assert found["his team would stay in touch with the mediators"] == "USA"
    apposed = (
        "PRAGUE - Coalition talks went into a third week on Tuesday.\n\n"
        "Andrej Babis, Czech politics' best-known figure, said his movement would name its "
        "ministers within days.\n"
    )
    found = _actors(apposed, date(2025, 11, 4))
    assert found["his movement would name its ministers within days"] == "CZE"
