"""A listed body's statement frame gives its side whatever its name's form (act66,
thirty-seventh round). Invented sentences."""

from __future__ import annotations

from parley.extract import extract_statements
from parley.extract.options import Opposition


def _sides(body: str) -> dict[str, str | None]:
    text = f"Title: t\nPublished: 2024-01-05\n\n{body}\n"
    return {s.text: s.actor for s in extract_statements(text, opposition=Opposition.NONE)}


def test_a_hyphened_name_opening_the_sentence_is_no_dateline() -> None:
    found = _sides(
        "Assam and Delhi signed the accord on Friday. ULFA-Independent issued a statement "
        "describing the accord as a sham. It said the armed struggle would go on."
    )
    assert found["the accord as a sham"] == "ULFAI"
    assert found["the armed struggle would go on"] == "ULFAI"


def test_a_listed_body_in_apposition_to_a_class_noun_issues_the_statement() -> None:
    found = _sides(
        "Israel and Egypt met on Friday. That group, Hamas, put out a statement saying "
        "the offer was a trap."
    )
    assert found["the offer was a trap"] == "HAMAS"
