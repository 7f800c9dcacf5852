"""Hearsay read in the twenty-seventh round (hsy27): verbs of assessing and concluding report
what another party holds; a named teller who is no party leaves the search to the party its
clause names; what an event shows of a party, a verdict included, is that party's stance,
also where the reported clause opens on the verb of showing."""

from __future__ import annotations

from hearsay_helpers import held_heads, last_statement

_TALKS = (
    "SEOUL, May 3 (HD) - South Korea and North Korea held a second round of military talks "
    "at Panmunjom on Monday.\n\n"
)


def test_assessing_and_concluding_report_a_held_view() -> None:
    heads = held_heads("The institute assessed that Pyongyang wanted submarine technology.")
    assert heads.get("Pyongyang") is False
    heads = held_heads("The panel concluded that Pyongyang would not return to the table.")
    assert heads.get("Pyongyang") is False


def test_a_named_teller_who_is_no_party_leaves_the_clause_to_its_party() -> None:
    found = last_statement(
        _TALKS + "Lee Ha-eun, a lawmaker on the intelligence committee, said the Korea "
        "Institute for Defense Analyses assessed that North Korea expected food aid in return "
        "for the pause."
    )
    assert found.about == "PRK"


def test_a_verdict_an_event_shows_is_the_partys_stance() -> None:
    assert held_heads("The vote showed that Madrid was in no mood to yield.").get("Madrid") is (
        False
    )
    # a verdict told alone is still the speaker's own judgement
    assert held_heads("Madrid was in no mood to yield.").get("Madrid") is True


def test_a_clause_that_opens_on_the_verb_of_showing() -> None:
    # "said that [showed ...]": the subject "that" was read as the complementizer
    assert held_heads("showed Ankara had not kept its word").get("Ankara") is False
    # a verb of showing with a party for its subject is that party's lesson, not this
    assert held_heads("Ankara showed Athens had not kept its word").get("Athens") is None
