"""Hearsay read in the thirty-fourth round (hear37): "the province" in the words of a
body that is neither a state nor a government is the one sub-state government the text
names, even where a state is also a party; a position the province owns ("the province's
offer") is that government's, as the province's own act is."""

from __future__ import annotations

from hearsay_helpers import last_statement

_THREE = (
    "VANCOUVER, May 2 (HD) - The Council of the Haida Nation, Ottawa and the B.C. "
    "government met again on Friday over fishing rights on the islands.\n\n"
)
_TWO = (
    "VICTORIA, March 4 (HD) - British Columbia's government and the B.C. General "
    "Employees' Union resumed talks on Tuesday.\n\n"
)


def test_the_province_in_a_nations_words_is_the_one_province_named() -> None:
    found = last_statement(
        _THREE + "The Council of the Haida Nation said the province had honoured each "
        "promise it made last year."
    )
    assert found.actor == "HAIDA"
    assert found.about == "BCPROV"


def test_the_province_in_a_state_ministers_words_stays_unread() -> None:
    found = last_statement(
        _THREE + "Canadian Fisheries Minister Joanne Thompson said the province had "
        "honoured each promise it made last year."
    )
    assert found.actor == "CAN"
    assert found.about is None


def test_the_provinces_offer_is_the_provincial_governments() -> None:
    found = last_statement(
        _TWO + "Union president Paul Finch said the province's latest offer amounted to a pay cut."
    )
    assert found.about == "BCPROV"


def test_the_provinces_economy_is_no_position() -> None:
    found = last_statement(
        _THREE + "The Council of the Haida Nation said the province's economy was weak."
    )
    assert found.about is None
