"""Unnamed sources after a quotation (anon29, twenty-ninth round): an unnamed person whose
description after the quotation runs on past its head noun with a participle or an
adjective of taking part ("involved in the talks", "familiar with the negotiations",
"briefed on the meetings", "close to the delegation") is still the subject of the verb
that follows, so the quotation is that person's (and their side, when the description
gives one), not a continuation of the group of sources heard before it; and "according
to" an unnamed person "quoted by" an outlet gives the person, not the outlet; "according to
that official" is "the official". Sentences invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements

_TALKS = (
    "ANKARA - Greece and Turkey held a second round of talks on the maritime dispute on "
    "Tuesday.\n\n"
    "Two people familiar with the talks said the Greek side had brought a new map. One of "
    "them said the Turkish side had asked for time to study it.\n\n"
)


def _by_text(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {
        s.text: (s.speaker, s.actor)
        for s in extract_statements(text, published=date(2025, 6, 1), opposition=Opposition.NONE)
    }


def test_a_source_involved_in_the_talks_after_a_quotation() -> None:
    text = _TALKS + (
        '"We are not going to redraw the islands," a senior Greek official involved in the '
        'talks said. "Not now, not later."'
    )
    found = _by_text(text)
    assert found["We are not going to redraw the islands,"] == (None, "GRC")
    assert found["Not now, not later."] == (None, "GRC")


def test_a_source_briefed_on_the_talks_after_a_quotation() -> None:
    text = _TALKS + ('"The map is a start," a Turkish diplomat briefed on the meetings said.')
    assert _by_text(text)["The map is a start,"] == (None, "TUR")


def test_a_source_familiar_with_the_talks_keeps_no_side_when_none_is_given() -> None:
    text = _TALKS + ('"Nobody expected a deal," a person familiar with the negotiations said.')
    assert _by_text(text)["Nobody expected a deal,"] == (None, None)


def test_according_to_a_diplomat_quoted_by_a_newspaper() -> None:
    text = (
        "GEORGETOWN - Guyana and Venezuela held talks on the border on Friday, and Brazil "
        "hosted them.\n\n"
        "According to a Venezuelan diplomat quoted by the newspaper El Diario, the ministers "
        "will meet again in May."
    )
    assert _by_text(text)["the ministers will meet again in May"] == (None, "VEN")


def test_according_to_data_cited_by_traders_stays_a_document() -> None:
    text = (
        "LONDON - Oil producers met on Sunday.\n\n"
        "Prices rose two percent, according to exchange data cited by traders."
    )
    assert all(actor is None for _, actor in _by_text(text).values())


def test_according_to_that_official_is_the_official_just_described() -> None:
    text = (
        "LIMA - Peru and Ecuador exchanged notes over a river border on Monday.\n\n"
        "A senior Ecuadorian official said the note was sent on Friday. According to that "
        "official, Lima has not replied."
    )
    assert _by_text(text)["Lima has not replied"] == (None, "ECU")


def test_that_after_a_verb_is_no_determiner() -> None:
    from parley.extract.speaker_patterns import det_before

    text = "The minister said that officials would meet."
    assert det_before(text, text.index("officials")) == "that"
    text = "According to that official, the deal is near."
    assert det_before(text, text.index("official")) == "the"
