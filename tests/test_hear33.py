"""Hearsay read in the thirty-second round (hear33): a verb of giving up whose object is a
stated position ("dropped its insistence", "withdrew the demand") tells a concession, a
position of the clause's subject as much as an acceptance does; "the provincial
government" is the listed government of the one place the article names; a bare name read
as a surname opening a reported clause is the party the article names by the same words."""

from __future__ import annotations

from hearsay_helpers import last_statement

_TALKS = (
    "OTTAWA, May 2 (HD) - The Public Service Alliance of Canada resumed contract talks with "
    "the federal government on Tuesday, the union said.\n\n"
)


def test_a_dropped_insistence_is_the_governments_concession() -> None:
    found = last_statement(
        _TALKS + "The union's national president, Marc Tremblay, said the government had "
        "dropped its insistence on a four-year term."
    )
    assert found.about == "CAN"


def test_a_dropped_price_is_no_position() -> None:
    found = last_statement(
        _TALKS + "The union's national president, Marc Tremblay, said the government had "
        "dropped the price of its parking permits."
    )
    assert found.about is None


_POWER = (
    "ST. JOHN'S, June 3 (HD) - The Newfoundland and Labrador government said on Tuesday it "
    "would review the power contract signed last year. A senior Quebec official said the "
    "terms would stand.\n\n"
)


def test_a_name_read_elsewhere_as_a_party_is_that_party_in_a_clause() -> None:
    found = last_statement(
        _POWER + "Newfoundland and Labrador's premier, Tom Harding, said Quebec had been told "
        "of the review in advance and had not objected."
    )
    assert found.about == "QUEBEC"


_STRIKE = (
    "VICTORIA - The B.C. General Employees' Union and the provincial government resumed talks "
    "on Monday, a week into a strike that has closed offices across B.C.'s public service.\n\n"
)


def test_the_provincial_government_is_the_listed_government_of_the_place_named() -> None:
    found = last_statement(
        _STRIKE + "The union's president, Ann Korver, said the government had dropped its "
        "insistence on a single flat increase."
    )
    assert found.about == "BCPROV"
