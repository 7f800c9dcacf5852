"""Hearsay read in the forty-first round (hear51): the speaker's own side's act reported
with another party's acceptance, refusal or pledge after it is about that party, also when
the party is named past the holder's reach ("[Ethiopia] had pressed ..., and had won a
commitment that [Egypt] would ..."); and "there" holds nothing, so a clause of cause after
it holds the position ("there was no hurry, because [Egypt] had accepted")."""

from __future__ import annotations

from hearsay_helpers import last_statement

_LEAD = (
    "ADDIS ABABA, May 4 (HD) - Ethiopia and Egypt resumed talks on Monday over the "
    "filling of the dam on the Blue Nile.\n\n"
)
_MINISTER = "Ethiopian Foreign Minister Gedion Timothewos said "


def test_a_pledge_won_by_the_speakers_side_is_the_givers_position() -> None:
    found = last_statement(
        _LEAD
        + _MINISTER
        + "Ethiopia had pressed hardest for a fair schedule for the dry months of the year, "
        "and had won a commitment that Egypt would not raise the question at the Security "
        "Council again."
    )
    assert found.actor == "ETH"
    assert found.about == "EGY"


def test_the_speakers_side_alone_is_its_own_position() -> None:
    found = last_statement(
        _LEAD
        + _MINISTER
        + "Ethiopia had pressed hardest for a fair schedule for the dry months of the year, "
        "and had kept every promise it made to its neighbours downstream of the dam."
    )
    assert found.actor == "ETH"
    assert found.about is None


def test_a_cause_after_there_holds_the_position() -> None:
    found = last_statement(
        _LEAD + _MINISTER + "there was no hurry, because Egypt had accepted the schedule."
    )
    assert found.actor == "ETH"
    assert found.about == "EGY"
