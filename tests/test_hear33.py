"""Hearsay read in the thirty-second round (hear33): a verb of giving up whose object is a
stated position ("dropped its insistence", "withdrew the demand") tells a concession, a
position of the clause's subject as much as an acceptance does."""

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
