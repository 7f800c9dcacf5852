"""Hearsay structures read in the twenty-fifth round (hear25): a body named by its kind
alone ("the union", "the council") opening a reported clause, in the words of a speaker
on one side of the article's negotiation, is the other side when that side's name has
that noun for its head (or the noun is a government's and that side governs) and the
speaker's does not."""

from __future__ import annotations

from hearsay_helpers import last_statement
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
