"""Hearsay structures read in the twenty-fifth round (hear25): a body named by its kind
alone ("the union", "the council") opening a reported clause, in the words of a speaker
on one side of the article's negotiation, is the other side when that side's name has
that noun for its head (or the noun is a government's and that side governs) and the
speaker's does not; and a body named before by its full name is that body by the first
word of its name alone ("Adani" after "the Adani Group")."""

from __future__ import annotations

from hearsay_helpers import last_statement
from parley.extract.mentions import mention_finder
from parley.extract.pipeline import _name_heads

_LEAD = (
    "SYDNEY, March 3 (HD) - The Rail, Tram and Bus Union and the New South Wales "
    "government met again on Monday over the rail pay dispute. The Rail, Tram and Bus "
    "Union wants a shorter roster; the New South Wales government wants more trains.\n\n"
)


def test_the_head_nouns_of_a_name() -> None:
    heads = _name_heads("the Harbour Pilots' Union", ("Pilots Federation of the Coast",))
    assert {"union", "federation", "coast"} <= heads
    assert "harbour" not in heads


def test_the_union_in_the_government_s_words_is_the_union() -> None:
    body = _LEAD + (
        "A spokeswoman for the New South Wales government said the union had accepted "
        "the new roster for weekend shifts."
    )
    assert last_statement(body).about == "RTBU"


def test_a_noun_no_side_s_name_has_is_nobody() -> None:
    # "the diamonds", "the drivers": not a name's head noun, so no party
    body = _LEAD + (
        "A spokeswoman for the New South Wales government said the drivers had accepted "
        "the new roster for weekend shifts."
    )
    assert last_statement(body).about is None


def test_an_accusation_s_object_is_left_alone() -> None:
    body = _LEAD + (
        "A spokeswoman for the New South Wales government accused the union of breaking "
        "an understanding on weekend shifts."
    )
    assert last_statement(body).about is None


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


def test_a_government_by_kind_is_left_to_the_government_branches() -> None:
    # a charge against "the government" from the other side: not by the counterpart (on
    # the development sets, such charges are as often nobody's position)
    body = _LEAD + (
        "A spokeswoman for the Rail, Tram and Bus Union said the government had broken "
        "its word on weekend shifts."
    )
    assert last_statement(body).about is None


def test_the_management_in_the_union_s_words_is_the_employer() -> None:
    body = _LEAD + (
        "A spokeswoman for the Rail, Tram and Bus Union said the management had broken "
        "its word on weekend shifts."
    )
    assert last_statement(body).about == "NSW"
