"""Hearsay read in the twenty-fourth round (hear24): a reported clause held by the side
the speaker is given only after the parse read it (an unnamed "rebels' spokesman" whose
side the listed parties settle) is the speaker's own position, not hearsay; and a state's
official reports a fellow member state's position (both in the EU) as another party's."""

from __future__ import annotations

from hearsay_helpers import last_statement
from parley.actors import load_gazetteer

_TALKS = (
    "GOMA, March 3 (HD) - Congo and the M23 rebels resumed talks in Doha on Monday over a "
    "ceasefire. The M23 said it wanted a political settlement first.\n\n"
)


def test_a_clause_held_by_the_speakers_settled_side_is_its_own() -> None:
    found = last_statement(
        _TALKS + "The rebels' spokesman, Paul Ndeze, told reporters by telephone that the "
        "demand of the M23 had not changed."
    )
    assert found.actor == "M23"
    assert found.about is None


def test_the_other_sides_clause_stays_hearsay() -> None:
    found = last_statement(
        _TALKS + "The rebels' spokesman, Paul Ndeze, told reporters by telephone that Kinshasa "
        "had rejected the ceasefire text."
    )
    assert found.actor == "M23"
    assert found.about == "COD"


def test_a_state_does_not_speak_for_a_fellow_member_state() -> None:
    gaz = load_gazetteer()
    assert "AUT" not in gaz.voice_of("SVN")
    assert {"SVN", "EU", "EUR"} <= gaz.voice_of("SVN")


def test_a_fellow_member_states_refusal_is_hearsay() -> None:
    found = last_statement(
        "LJUBLJANA, May 4 (HD) - Slovenia and Austria met again on Friday over the border "
        "checks.\n\nA Slovenian minister said Vienna had refused to lift the checks before "
        "the summer."
    )
    assert found.actor == "SVN"
    assert found.about == "AUT"
