"""Unnamed officials who report what a state's body does (ukr33): they speak for that
body's state; the lead that opens on it is found when an absolute "with" phrase or a
"familiar with the X" modifier stands around the reporting verb."""

from __future__ import annotations

from datetime import date

from parley.extract.options import Opposition
from parley.extract.pipeline import run


def _found(text: str, words: str) -> list[str | None]:
    return [
        s.actor
        for s in run(text, "t", date(2025, 12, 1), opposition=Opposition.NONE)
        if words in s.text
    ]


def test_officials_closing_a_lead_on_a_states_ministry_speak_for_that_state() -> None:
    text = (
        "CANBERRA - Australia's trade ministry has started costing what the draft accord "
        "would mean for its wheat exports, two officials familiar with the review said, with "
        "the grain terminals and the shipping quotas first in line.\n"
    )
    assert _found(text, "has started costing") == ["AUS"]


def test_a_second_official_on_the_ministry_takes_the_dateline_state() -> None:
    text = (
        "OTTAWA - Canada is weighing the proposal, officials said on Monday.\n\n"
        "A second official said the ministry was not relying on the proposal at all.\n"
    )
    assert _found(text, "was not relying") == ["CAN"]


def test_an_official_reporting_another_state_stays_without_a_side() -> None:
    # the clause after the verb opens on a state itself, not on one of its bodies
    text = (
        "GENEVA - Talks on the grain corridor resumed on Tuesday.\n\n"
        "A second official said Turkey would not host the next round.\n"
    )
    assert _found(text, "would not host") == [None]


def test_people_familiar_with_a_ministry_stay_on_no_side() -> None:
    text = (
        "OSLO - Norway's energy ministry is reviewing the licence, two people familiar with "
        "the review said.\n"
    )
    assert _found(text, "is reviewing the licence") == [None]


def test_officials_closing_a_clause_on_a_states_negotiators_speak_for_that_state() -> None:
    text = (
        "BAKU - Talks on the pipeline resumed this week.\n\n"
        "Georgian negotiators had hoped to tie the transit fee to the volumes shipped, two "
        "officials involved in the talks said, but the other side declined.\n"
    )
    assert _found(text, "had hoped to tie") == ["GEO"]
