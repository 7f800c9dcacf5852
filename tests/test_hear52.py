"""Hearsay read in the forty-second round (hear52): a relative clause of acceptance or
refusal on a noun under a free-choice determiner ("any deal [Egypt] accepted", "whatever
terms [Cairo] signed") names a kind of act, not an act that party did, so it holds no
position; the same clause on a definite noun ("the schedule [Egypt] accepted") still does."""

from __future__ import annotations

from hearsay_helpers import held_phrases, last_statement

_LEAD = (
    "KHARTOUM, May 4 (HD) - Sudan, Ethiopia and Egypt resumed talks on Monday over the "
    "filling of the dam on the Blue Nile.\n\n"
)
_ANALYST = "Hydrologist Amina Idris, who advises none of the three governments, said "


def test_any_deal_a_party_accepted_holds_no_position() -> None:
    phrases = [p for p, _ in held_phrases("She would not trust any schedule Egypt accepted")]
    assert "Egypt" not in phrases


def test_whatever_terms_a_party_signed_hold_no_position() -> None:
    phrases = [p for p, _ in held_phrases("Sudan would back whatever terms Egypt signed")]
    assert "Egypt" not in phrases


def test_the_schedule_a_party_accepted_is_still_its_position() -> None:
    phrases = [p for p, _ in held_phrases("She would not trust the schedule Egypt accepted")]
    assert "Egypt" in phrases


def test_a_commentators_distrust_of_any_deal_is_about_nobody() -> None:
    found = last_statement(_LEAD + _ANALYST + "she did not trust any filling plan Egypt signed.")
    assert found.about is None
