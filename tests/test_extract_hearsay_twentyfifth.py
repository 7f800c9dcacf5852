"""Hearsay subjects read in the twenty-fifth round (hear25): a body the text named before by
its full name is that body by the first, proper word of its name alone ("Adani" after "the
Adani Group", "United" after "United Airlines"), so a clause it opens is that body's
position."""

from __future__ import annotations

from hearsay_helpers import last_statement
from parley.extract.mentions import mention_finder


def _kinds(text: str) -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.kind.name, m.actor) for m in mention_finder().mentions(text)}


def test_a_body_by_the_first_word_of_its_name() -> None:
    # "United" once United Airlines is named: the airline, not an unknown surname
    text = (
        "United Airlines and its cabin crew met in Chicago on Monday. United had said "
        "before the meeting that it would improve its offer."
    )
    assert _kinds(text)["United"] == ("ACTOR", "UAL")


def test_the_first_word_before_the_body_is_named_is_left_alone() -> None:
    text = "United had said it would improve its offer. United Airlines meets the crews today."
    assert _kinds(text)["United"][0] != "ACTOR"


def test_a_family_name_of_a_person_named_in_full_is_left_alone() -> None:
    text = (
        "The Adani Group said on Monday that Gautam Adani would fly to Dhaka. Adani said "
        "he would meet the minister."
    )
    found = [m for m in mention_finder().mentions(text) if m.text == "Adani"]
    assert found and all(m.kind.name != "ACTOR" for m in found)


def test_the_first_word_after_the_is_a_place_not_the_body() -> None:
    text = (
        "The Pacific Islands Forum met in Suva on Monday. Fishing fleets from across the "
        "Pacific were watching."
    )
    found = [m for m in mention_finder().mentions(text) if m.text == "Pacific"]
    assert all(m.kind.name != "ACTOR" for m in found)


def test_a_clause_the_short_form_opens_is_that_body_s_position() -> None:
    body = (
        "CHICAGO, May 4 (HD) - United Airlines and the Association of Flight Attendants "
        "resumed talks on Monday. The union wants boarding pay first.\n\n"
        "A union negotiator said United had agreed to pay for boarding time from the next "
        "contract."
    )
    assert last_statement(body).about == "UAL"
