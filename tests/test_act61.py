"""A body's branch in a title, a sub-state story named by its government, and three
initials written together (act61, thirty-seventh round). Invented sentences."""

from __future__ import annotations

from parley.extract import extract_statements
from parley.extract.options import Opposition


def _sides(body: str, day: str = "2024-10-09") -> dict[str | None, str | None]:
    text = f"Title: t\nPublished: {day}\n\n{body}\n"
    return {s.speaker: s.actor for s in extract_statements(text, opposition=Opposition.NONE)}


def test_place_after_a_body_possessive_is_the_body_branch() -> None:
    sides = _sides(
        "Workers at the plant struck again.\n\n"
        "CITU's Tamil Nadu president Kala Murugan said the deal did not speak for the strikers."
    )
    assert sides["Kala Murugan"] == "CITU"


def test_organisation_branch_abroad() -> None:
    sides = _sides(
        "Talks on the loan resumed.\n\n"
        "The IMF's Ukraine mission chief Gavin Gray said the talks were productive."
    )
    assert sides["Gavin Gray"] == "IMF"


def test_bare_minister_in_a_sub_state_government_story() -> None:
    sides = _sides(
        "The Tamil Nadu government said on Monday that the strike at the factory had ended.\n\n"
        "The plant accounts for much of the firm's India revenue, and of Acme's India sales.\n\n"
        "Labour Minister Arun Velan urged the strikers to go back, saying the government had "
        "met every demand it could."
    )
    assert sides["Arun Velan"] == "TAMILNADU"


def test_three_initials_before_a_surname() -> None:
    sides = _sides(
        "The Tamil Nadu government said on Monday that the strike at the factory had ended.\n\n"
        "Industries Minister K.R.S. Nathan said the door to the union remained open."
    )
    assert "K.R.S. Nathan" in sides
