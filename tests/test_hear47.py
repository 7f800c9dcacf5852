"""Speakers read in the thirty-ninth round (hear47): "two of them" after a sentence that
opens on a bare plural group of people ("Kenyan officials disputed that account. Two of
them said ...") is of that group, not of the group whose statement came last in the
paragraph before; the clause they report about the other party is then hearsay about it."""

from __future__ import annotations

from hearsay_helpers import last_statement

_TEXT = (
    "NAIROBI, March 3 (HD) - Kenya and Tanzania met on Monday to settle the rules for "
    "the new border post at Namanga.\n\n"
    "A Tanzanian official who follows the file said no commitment on customs fees was "
    'in the draft. "We were never asked for one," he said.\n\n'
    "Kenyan officials in Nairobi disputed that account. Two of them said Tanzanian "
    "negotiators had accepted a single fee schedule in an annex on trade."
)


def test_two_of_them_take_the_group_that_opens_the_sentence_before() -> None:
    found = last_statement(_TEXT)
    assert found.actor == "KEN"
    assert found.about == "TZA"


def test_the_dutch_trade_minister_speaks_for_the_netherlands() -> None:
    found = last_statement(
        "KAMPALA, Oct 2, 2025 - The Netherlands and Uganda agreed on Thursday to study a "
        "joint training scheme for border officials.\n\n"
        "Aukje de Vries told reporters in The Hague that the scheme would start next year."
    )
    assert found.actor == "NLD"
