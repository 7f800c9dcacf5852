"""Hearsay read in the forty-fourth round (hear58): thanks given to a party "for" something
("thanked Tokyo for its patience during the talks") is the speaker's gratitude, not the
thanked party's position told by another: no ``about``, even when what the party is thanked
for names the talks or the deal."""

from __future__ import annotations

from parley.extract import extract_statements
from parley.extract.classify import addressed

_LEAD = "Title: Andean neighbours close in on a river deal\n\nLIMA - "


def _about(sentence: str) -> str | None:
    *_, found = extract_statements(_LEAD + sentence + "\n")
    return found.about


def test_thanks_for_patience_in_the_talks_is_no_hearsay() -> None:
    assert (
        _about(
            "Peru's foreign minister, Elmer Schialer, thanked Chile for its patience during "
            "the long negotiations over the river."
        )
        is None
    )


def test_thanks_for_keeping_a_commitment_is_no_hearsay() -> None:
    assert (
        _about(
            "Peru's foreign minister, Elmer Schialer, thanked Bolivia for keeping the "
            "commitment it made in March on the shared aquifer."
        )
        is None
    )


def test_a_party_reported_by_another_still_is_hearsay() -> None:
    assert (
        _about(
            "Peru's foreign minister, Elmer Schialer, said Chile had agreed to drop its "
            "quota on fishmeal."
        )
        == "CHL"
    )


def test_thanks_without_a_reason_is_not_read_as_thanks_for() -> None:
    # the gratitude veto needs "for" a few words after the party thanked
    assert not addressed("thank", [], "CHL", "Chile who had kept its word", 0, None)
