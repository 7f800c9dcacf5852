"""Hearsay read in the forty-third round (hear55): a party's demand followed by another
party's acceptance is about the one that accepted ("Chile had pressed for X and Peru had
accepted it"), but not when the acceptance sits in an adverbial clause that only times or
explains the first party's act ("Chile ... dropped the demand only after Peru agreed"): the
report stays about the first party."""

from __future__ import annotations

from parley.extract import extract_statements

_LEAD = "Title: Andean neighbours close in on a river deal\n\nLIMA - "


def _about(sentence: str) -> str | None:
    *_, found = extract_statements(_LEAD + sentence + "\n")
    return found.about


def test_an_acceptance_in_an_adverbial_clause_leaves_the_report_to_the_first_party() -> None:
    assert (
        _about(
            "A person familiar with the talks said Chile had pressed for a longer timetable "
            "and dropped the demand only after Peru agreed to a review clause."
        )
        == "CHL"
    )


def test_a_coordinated_acceptance_still_decides() -> None:
    assert (
        _about(
            "A person familiar with the talks said Chile had pressed for a longer timetable "
            "and that Peru had accepted it."
        )
        == "PER"
    )
