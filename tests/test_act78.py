"""act78: a listed person's surname as the text spells it with the accents the gazetteer's
plain name lacks; a portfolio's possessor inside a state's title ("Russia's children's
rights commissioner"); bare "Officials said" after a state's statement in the same
paragraph. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements

DAY = date(2024, 5, 2)


def _statements(body: str) -> list:
    return extract_statements(
        "Title: t\n\n" + body + "\n", published=DAY, opposition=Opposition.NONE
    )


def _actor_of(body: str, words: str) -> str | None:
    return next(s.actor for s in _statements(body) if words in s.text)


def test_an_accented_surname_after_the_full_name_is_the_listed_person():
    body = (
        "Spain's Prime Minister Pedro Sánchez flew to Dakar on Friday for a day of talks.\n\n"
        "Sánchez said the fishing boats would need a new licence regime."
    )
    assert _actor_of(body, "fishing boats") == "ESP"


def test_a_possessive_portfolio_inside_a_state_title():
    body = (
        "Russia's children's rights commissioner, Olga Petrova, said the exchange lists "
        "were nearly ready."
    )
    assert _actor_of(body, "exchange lists") == "RUS"


def test_bare_officials_after_a_state_statement_in_the_paragraph():
    body = (
        "The base near the airport will close by August. A Pentagon spokesperson said on "
        "Monday that the department was moving some aircraft elsewhere. Officials have "
        "previously said talks were under way with several neighbouring states."
    )
    assert _actor_of(body, "neighbouring states") == "USA"


def test_bare_officials_opening_a_paragraph_keep_no_side():
    body = (
        "Anwar Ibrahim said the zone would bring jobs to Johor.\n\n"
        "Lawrence Wong said Singapore firms were ready to invest.\n\n"
        "Officials said the border checks would be simplified."
    )
    assert _actor_of(body, "border checks") is None
