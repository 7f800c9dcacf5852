"""A named speaker whose affiliation to a listed body is only implied by the shape of the
introduction (twenty-eighth round, role28): an office apposition that reaches the body after
an office of a body the gazetteer does not list ("X, secretary of Y and chair of the pay
committee of the NEU,"), the body's name in the possessive before or after the name ("the
NZNO's X", "X, the NZNO's chief negotiator,"), "whose" and the body ("X, whose SOS Romania
party ..."), and a title that opens on the class noun of the one body of that class the
text names ("Council leader X"). Sentences and people invented; the bodies are the
gazetteer's."""

from __future__ import annotations

from datetime import date

from parley.actors import load_gazetteer
from parley.extract import extract_statements
from parley.extract.unlisted import Unlisted, listed_parties, member_of, referred_back


def _sides(text: str) -> dict[str | None, str | None]:
    return {s.speaker: s.actor for s in extract_statements(text, published=date(2025, 6, 1))}


def _listed(text: str) -> list[Unlisted]:
    return listed_parties(text, load_gazetteer())


def test_an_office_chain_reaches_the_listed_body() -> None:
    text = (
        "Lena Hart, general secretary of Brightwork and chair of the pay committee of the "
        "Irish Congress of Trade Unions, said the offer was too low."
    )
    assert member_of(text, "Lena Hart", len(text), _listed(text)) == "ICTU"


def test_an_office_chain_after_who_led() -> None:
    text = (
        "Lena Hart, who led the unions' side as chair of the Irish Congress of Trade Unions' "
        "pay committee, said the members would vote on it."
    )
    assert member_of(text, "Lena Hart", len(text), _listed(text)) == "ICTU"


def test_an_office_chain_stops_at_a_relative_clause() -> None:
    text = (
        "Lena Hart, a teacher at a school that works with the National Education Union, "
        "said the strike was popular."
    )
    assert member_of(text, "Lena Hart", len(text), _listed(text)) is None


def test_an_office_chain_of_study_gives_nothing() -> None:
    text = (
        "Lena Hart, professor of labour history and author of a study of the National "
        "Education Union, said the strike was popular."
    )
    assert member_of(text, "Lena Hart", len(text), _listed(text)) is None


def test_the_body_in_the_possessive_after_the_name() -> None:
    text = "Tomas Ried, the NZNO's chief negotiator, said the offer did nothing for staffing."
    assert member_of(text, "Tomas Ried", len(text), _listed(text)) == "NZNO"
    assert _sides(text).get("Tomas Ried") == "NZNO"


def test_the_body_in_the_possessive_before_the_name() -> None:
    text = "The NZNO's Tomas Ried said the offer did nothing for staffing."
    assert member_of(text, "Tomas Ried", len(text), _listed(text)) == "NZNO"


def test_a_possessive_analyst_gives_nothing() -> None:
    text = "Tomas Ried, the NZNO's former analyst, said the offer did nothing for staffing."
    assert member_of(text, "Tomas Ried", len(text), _listed(text)) is None


def test_whose_and_the_body() -> None:
    text = "Dana Pirvu, whose SOS Romania party sits in opposition, said the plan was unfair."
    assert member_of(text, "Dana Pirvu", len(text), _listed(text)) == "SOSRO"


def test_a_title_opening_on_the_class_noun_of_the_one_such_body() -> None:
    text = (
        "Birmingham City Council said the offer was final.\n\n"
        "Council leader Amal Reddy said the door to talks remained open."
    )
    assert referred_back(text, "Amal Reddy", len(text), _listed(text)) == "BHAMCC"


def test_a_class_title_with_two_bodies_of_the_class_gives_nothing() -> None:
    text = (
        "The National Education Union and the NZNO met on Monday.\n\n"
        "Union president Amal Reddy said the strike would go ahead."
    )
    assert referred_back(text, "Amal Reddy", len(text), _listed(text)) is None


def test_a_body_named_before_a_verb_and_its_object() -> None:
    text = "Ida Moor of the Christian ACV-CSC takes a softer line on the reform."
    assert member_of(text, "Ida Moor", len(text), _listed(text)) == "ACV"


def test_a_body_named_before_a_noun_it_qualifies_gives_nothing() -> None:
    text = "Ida Moor of the NZNO members' fund said the offer did nothing."
    assert member_of(text, "Ida Moor", len(text), _listed(text)) is None
