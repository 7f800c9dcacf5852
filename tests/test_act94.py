"""Bare "officials said": unnamed officials with no relation to the matter after their noun
("familiar with", "involved in") are, like those with one, the officials of the one state
whose people the article names; with two states, nobody's. Sentences invented for these
tests."""

from __future__ import annotations

from parley.extract import extract_statements
from parley.extract.options import Opposition


def _actors(text: str) -> dict[str, str | None]:
    found = extract_statements(text, opposition=Opposition.NONE)
    return {s.text: s.actor for s in found}


def test_bare_officials_said_take_the_one_state() -> None:
    text = (
        "Title: Chilean nurses stay out for a third week\n\n"
        "Chilean nurses stayed off the wards on Monday as the health minister, "
        "Anna Marek, met their union leaders again.\n\n"
        "Officials said the ministry had set aside money for the back pay.\n"
    )
    found = _actors(text)
    assert found["the ministry had set aside money for the back pay"] == "CHL"


def test_bare_officials_say_after_a_quotation() -> None:
    text = (
        "Title: Chile weighs a new grain levy\n\n"
        "Chilean farmers have warned of protests over the levy.\n\n"
        '"The levy will be modest and temporary," officials said.\n'
    )
    found = _actors(text)
    assert found["The levy will be modest and temporary,"] == "CHL"


def test_bare_officials_with_two_states_stay_unresolved() -> None:
    text = (
        "Title: Chile and Argentina sign a border treaty\n\n"
        "Chilean and Argentine ministers signed the treaty in the capital on Friday.\n\n"
        "Officials said the markers would be placed by the spring.\n"
    )
    found = _actors(text)
    assert found["the markers would be placed by the spring"] is None


def test_officials_of_a_place_are_not_bare() -> None:
    text = (
        "Title: Chilean nurses stay out for a third week\n\n"
        "Chilean nurses stayed off the wards on Monday.\n\n"
        "Officials in the union said the strike would go on.\n"
    )
    found = _actors(text)
    assert found["the strike would go on"] is None
