"""Hearsay read in the thirty-sixth round (hear42): in the quoted words of a speaker of no
side, a party called only by a bare common noun ("The government has spent two months
...") is the speaker's verdict on it, not that party's position (no ``about``); what that
party says or tells is still its position."""

from __future__ import annotations

from hearsay_helpers import last_statement

_LEAD = (
    "NAIROBI, March 3 (HD) - Kenya's government and the doctors' union resumed talks on "
    "Monday over unpaid salaries.\n\n"
)
_ANALYST = " said Mary Otieno, an economist at a Nairobi research group."


def test_an_onlookers_quoted_verdict_on_the_government_is_no_hearsay() -> None:
    found = last_statement(
        _LEAD + '"The government has spent two months promising money it does not have,"' + _ANALYST
    )
    assert found.actor is None
    assert found.about is None


def test_what_the_government_says_in_an_onlookers_quotation_is_still_its_own() -> None:
    found = last_statement(_LEAD + '"The government says it will pay by June,"' + _ANALYST)
    assert found.about == "KEN"
