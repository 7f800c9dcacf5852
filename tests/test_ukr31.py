"""Actors of Ukraine-plan articles (ukr31, thirty-first round): an office a state put its
holder in ("the Russian-installed governor"); a state named in what a speaker says after a
gerund of saying is not the speaker's office's state; a relative clause heading a
province's or city's administration; "a second officer" after an unnamed one; a demonym
naming a firm's desk ("head of European equities") is no side; an official at a local
council is of the state the text is about. Sentences and people invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements
from parley.record import Statement


def _statements(text: str) -> list[Statement]:
    return extract_statements(
        "Talks resume\n\n" + text, published=date(2025, 11, 25), opposition=Opposition.NONE
    )


def _actors(text: str) -> dict[str, str | None]:
    return {s.text: s.actor for s in _statements(text)}


def test_an_office_a_state_installed_is_that_states() -> None:
    actors = _actors(
        "KYIV, Nov 25 - The officials Moscow installed to run four Ukrainian regions spoke "
        "this week.\n\nThe region's Russian-installed governor said the new line was "
        '"unacceptable".'
    )
    assert actors['the new line was "unacceptable"'] == "RUS"


def test_a_state_named_after_a_gerund_of_saying_is_spoken_of() -> None:
    actors = _actors(
        "TBILISI, Nov 25 - Georgia's ruling party welcomed the plan.\n\nParliament speaker "
        "Goga Tevzadze went further on television, accusing foreign critics of wanting the "
        'war "more than the Ukrainians do".'
    )
    assert set(actors.values()) == {"GEO"}


def test_the_head_of_a_provinces_administration_is_of_its_state() -> None:
    actors = _actors(
        "Mykola Sirenko, who heads the Kharkiv regional military administration, said the "
        "draft was a gift to the occupier."
    )
    assert actors["the draft was a gift to the occupier"] == "UKR"


def test_a_second_officer_after_an_unnamed_one() -> None:
    actors = _actors(
        "KYIV - Officers spoke.\n\nA Ukrainian artillery officer in the east said the pause "
        "had cost his battery shells.\n\nA second officer, who flies reconnaissance drones, "
        "said his crew relied on commercial imagery."
    )
    assert actors["his crew relied on commercial imagery"] == "UKR"


def test_a_demonym_naming_a_firms_desk_is_no_side() -> None:
    actors = _actors(
        "Greta Holm, head of European equities at the brokerage Norden Partners, said the "
        "sell-off was overdone."
    )
    assert actors["the sell-off was overdone"] is None


def test_an_official_at_a_local_council_is_of_the_state_the_text_is_about() -> None:
    actors = _actors(
        "DUBLIN, Nov 25 - Host families are waiting.\n\nA senior official at a county council "
        "in the west, who asked not to be named, said schools had been told to plan ahead."
    )
    assert actors["schools had been told to plan ahead"] == "IRL"
