"""A party's report relayed by unnamed people of no side (src33): "X argued ..., according
to two people familiar with the talks" is the people's statement, about X."""

from __future__ import annotations

from datetime import date

from parley.extract.pipeline import run


def _found(text: str, words: str) -> tuple[str | None, str | None, str]:
    found = [s for s in run(text, "t", date(2024, 5, 3)) if words in s.text]
    assert found, words
    return found[0].actor, found[0].about, found[0].cue


def test_a_party_relayed_by_people_familiar_with_the_talks() -> None:
    text = (
        "VIENNA, May 3 - Oil producers agreed on Sunday to a small rise in output.\n\n"
        "The group settled on the smaller figure after Russia argued against a bigger "
        "increase that Saudi Arabia had wanted, according to four people familiar with the "
        "discussions.\n"
    )
    actor, about, cue = _found(text, "against a bigger increase")
    assert (actor, about, cue) == (None, "RUS", "according to")


def test_officials_who_told_counterparts_relayed_by_a_person_briefed() -> None:
    text = (
        "SANTIAGO, May 3 - Chile's lithium plan faces a test this week.\n\n"
        "Chinese officials have told Chilean counterparts that Beijing expects fair "
        "treatment of its investors, according to a person briefed on those exchanges.\n"
    )
    actor, about, _ = _found(text, "fair treatment")
    assert actor is None
    assert about == "CHN"


def test_a_source_with_a_side_leaves_the_report_to_the_party() -> None:
    text = (
        "SANTIAGO, May 3 - Chile's lithium plan faces a test this week.\n\n"
        "Chinese officials have told Chilean counterparts that Beijing expects fair "
        "treatment of its investors, according to two Chilean officials.\n"
    )
    actor, _, _ = _found(text, "fair treatment")
    assert actor == "CHN"


def test_a_phrase_set_off_by_other_words_leaves_the_earlier_report() -> None:
    text = (
        "JERUSALEM, May 3 - Plans for the stabilisation force stalled.\n\n"
        "Netanyahu has said Israel would not accept Turkish troops in the force, a position "
        "his foreign minister repeated to European envoys, according to two officials briefed "
        "on the meetings.\n"
    )
    actor, _, _ = _found(text, "Turkish troops")
    assert actor == "ISR"


def test_a_plain_said_stays_the_partys() -> None:
    text = (
        "SANTIAGO, May 3 - Chile's lithium plan faces a test this week.\n\n"
        "Beijing said it expected fair treatment of its investors, according to two people "
        "familiar with the exchanges.\n"
    )
    actor, _, _ = _found(text, "fair treatment")
    assert actor == "CHN"


def test_a_named_person_who_told_keeps_his_words() -> None:
    text = (
        "BRUSSELS, May 3 - Allies met to discuss air defence.\n\n"
        "Secretary of State Antony Blinken told allies that the United States would keep "
        "filling orders, according to two diplomats present.\n"
    )
    actor, _, _ = _found(text, "keep filling orders")
    assert actor == "USA"
