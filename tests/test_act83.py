"""act83: an unnamed voice "there" after a sentence a state body opens is that body's."""

from __future__ import annotations

from parley.extract import extract_statements


def _actor_of(text: str, fragment: str) -> str | None:
    for s in extract_statements(text, source="act83"):
        if fragment in s.text:
            return s.actor
    raise AssertionError(f"no statement with {fragment!r}")


def test_official_there_after_body_that_said_nothing() -> None:
    text = (
        "OSLO, May 3 - Norway and Sweden signed a fisheries accord on Friday.\n\n"
        "Critics in Oslo called the accord a giveaway. The Norwegian foreign ministry "
        "rejected that charge. An official there said the quotas had been shared fairly."
    )
    assert _actor_of(text, "quotas had been shared fairly") == "NOR"


def test_senior_official_there_after_body_that_spoke() -> None:
    text = (
        "OSLO, May 3 - Norway and Sweden signed a fisheries accord on Friday.\n\n"
        "The Norwegian foreign ministry said it would not comment on the criticism. "
        "A senior official there added that the quotas would be reviewed next year."
    )
    assert _actor_of(text, "quotas would be reviewed next year") == "NOR"


def test_people_there_after_a_place_stay_unresolved() -> None:
    text = (
        "OSLO, May 3 - Norway and Sweden signed a fisheries accord on Friday.\n\n"
        "In Tromso, the fishing town, the mood was grim. Fishermen there said the quotas "
        "would ruin them."
    )
    assert _actor_of(text, "quotas would ruin them") is None
