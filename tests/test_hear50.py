"""Hearsay read in the forty-first round (hear50): a party's "approach" is its stand, judged
as the party's position ("[Egypt's approach] was consistent" is about Egypt), as its
"position" or "stance" is; and a noun of the relation to a party's other side ("[Egypt's
creditors] want results", "[the rivals of Cairo]") names the party they stand against, so
the clause is not that party's."""

from __future__ import annotations

from hearsay_helpers import last_statement

_LEAD = (
    "ADDIS ABABA, May 4 (HD) - Ethiopia and Egypt resumed talks on Monday over the "
    "filling of the dam on the Blue Nile.\n\n"
)
_MINISTER = "Ethiopian Foreign Minister Gedion Timothewos said "


def test_a_partys_approach_judged_is_that_partys_position() -> None:
    found = last_statement(
        _LEAD + _MINISTER + "Egypt's approach was consistent rather than obstructive."
    )
    assert found.actor == "ETH"
    assert found.about == "EGY"


def test_a_partys_creditors_are_not_that_party() -> None:
    found = last_statement(
        _LEAD + _MINISTER + "Egypt's creditors wanted to see results rather than promises."
    )
    assert found.actor == "ETH"
    assert found.about is None


def test_the_rivals_of_a_party_are_not_that_party() -> None:
    found = last_statement(
        _LEAD + _MINISTER + "the rivals of Cairo had refused to sign the filling schedule."
    )
    assert found.about is None


def test_a_partys_own_refusal_is_still_its_position() -> None:
    found = last_statement(
        _LEAD + _MINISTER + "Egypt's negotiators had refused to sign the filling schedule."
    )
    assert found.about == "EGY"
