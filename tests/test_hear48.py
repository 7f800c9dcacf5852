"""Hearsay read in the thirty-ninth round (hear48): a party's predicate that is a verb of
state ("needs", "knows", "remained", "owns") and states no position is what the party is
in, as the speaker judges it (no ``about``); a disposition after "remain" ("remained
opposed") and a position verb stay the party's."""

from __future__ import annotations

from hearsay_helpers import last_statement

_LEAD = (
    "ADDIS ABABA, May 4 (HD) - Ethiopia and Egypt resumed talks on Monday over the "
    "filling of the dam on the Blue Nile.\n\n"
)
_ANALYST = " said Mary Otieno, an economist at a Nairobi research group."
_MINISTER = "Ethiopian Foreign Minister Gedion Timothewos said "


def test_an_onlookers_quoted_verdict_on_a_partys_need_is_no_hearsay() -> None:
    found = last_statement(_LEAD + '"Cairo needs this deal more than Addis does,"' + _ANALYST)
    assert found.actor is None
    assert found.about is None


def test_a_sided_speakers_verdict_on_what_the_other_party_knows_is_no_hearsay() -> None:
    found = last_statement(
        _LEAD + _MINISTER + "Egypt had known from the start that the filling schedule "
        "was not up for negotiation."
    )
    assert found.actor == "ETH"
    assert found.about is None


def test_a_party_remaining_as_it_is_is_no_hearsay() -> None:
    found = last_statement(
        _LEAD + _MINISTER + "Egypt remained a close partner on the river whatever the dispute."
    )
    assert found.about is None


def test_a_disposition_after_remain_is_still_the_partys_position() -> None:
    found = last_statement(
        _LEAD + _MINISTER + "Egypt remained opposed to any filling during the dry season."
    )
    assert found.about == "EGY"


def test_a_position_verb_is_still_the_partys_position() -> None:
    found = last_statement(
        _LEAD + _MINISTER + "Egypt had accepted the filling schedule for the dry season."
    )
    assert found.about == "EGY"


def test_what_a_party_knows_in_an_onlookers_quotation_is_no_hearsay() -> None:
    found = last_statement(_LEAD + '"Cairo knows the river has an Ethiopian tap now,"' + _ANALYST)
    assert found.about is None
