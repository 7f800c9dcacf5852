"""'X and, according to Y, Z': the conjunct after the source is what Y reports.

All snippets are invented for these tests.
"""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements

DAY = date(2025, 11, 28)


def _according(text: str) -> list[str]:
    got = extract_statements(text, published=DAY, opposition=Opposition.NONE)
    return [s.text for s in got if s.cue.lower() == "according to"]


def test_noun_conjunct_after_the_source_is_reported() -> None:
    text = (
        "Ukraine and Russia held talks on the peace plan on Monday. The Kremlin wants the "
        "speakership and, according to two Russian officials, the release of detainees "
        "held without trial."
    )
    assert _according(text) == ["the release of detainees held without trial"]


def test_verb_conjunct_after_the_source_is_reported() -> None:
    text = (
        "Ukraine and Russia held talks on the peace plan on Monday. Moscow recalled its "
        "ambassador and, according to Ukrainian officials, suspended grain shipments to "
        "the port."
    )
    assert _according(text) == ["suspended grain shipments to the port"]


def test_clause_before_a_closing_source_keeps_its_report() -> None:
    text = (
        "Ukraine and Russia held talks on the peace plan on Monday. Several Russian envoys "
        "left the talks in protest, according to statements posted on social media, and a "
        "deputy minister also resigned."
    )
    assert _according(text) == ["Several Russian envoys left the talks in protest"]


def test_a_list_of_sources_that_ends_the_sentence_is_not_reported() -> None:
    text = (
        "Ukraine and Russia held talks on the peace plan on Monday. Disputes over money are "
        "slowing the process, according to Russian officials, diplomats and a commander "
        "involved."
    )
    assert _according(text) == ["Disputes over money are slowing the process"]
