"""Freshest errors (fresh29, twenty-ninth round): a body's first word after a preposition
of place ("in", "from") is the place the body is named after, not the body's short form; a
listed body's name in the possessive opening an apposition of private offices ("X, the
miner's chief executive") gives that body; a bare premier or portfolio minister in a story
whose main party is a province's government, with no state in the context, is that
government's. Sentences and people invented; the bodies are the gazetteer's."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements
from parley.extract.mentions import MentionKind, mention_finder


def _sides(text: str) -> dict[str | None, str | None]:
    return {
        s.speaker: s.actor
        for s in extract_statements(text, published=date(2025, 6, 1), opposition=Opposition.NONE)
    }


def _actor_at(text: str, word: str, nth: int = 0) -> str | None:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(word, pos + 1)
    for m in mention_finder().mentions(text):
        if m.start == pos:
            return m.actor if m.kind is MentionKind.ACTOR else None
    return None


def test_a_body_first_word_after_in_is_the_place() -> None:
    text = (
        "The Leh Apex Body called a strike on Monday. Shops in Leh stayed shut, "
        "and the governor's envoy in Leh asked for calm."
    )
    assert _actor_at(text, "Leh", 1) is None
    assert _actor_at(text, "Leh", 2) is None


def test_a_body_first_word_alone_is_still_its_short_form() -> None:
    text = "Barrick Gold signed the lease on Friday. Barrick said output would rise."
    assert _actor_at(text, "Barrick", 1) == "BARRICK"


def test_a_governor_posted_in_the_body_place_is_not_the_body() -> None:
    text = (
        "LEH - The Leh Apex Body and the Kargil Democratic Alliance said on Monday they "
        "would stay away from the talks in New Delhi.\n\n"
        "Lieutenant Governor Arun Mehra, the centre's man in Leh, urged the two bodies to return."
    )
    assert _sides(text).get("Arun Mehra") != "LAB"


def test_a_listed_company_possessive_chief_executive() -> None:
    text = (
        "PORT MORESBY - Papua New Guinea and Barrick Gold agreed on Friday to reopen the "
        "mine.\n\n"
        "Tom Harlow, Barrick's president and chief executive, said the company was "
        "pleased with the deal."
    )
    assert _sides(text).get("Tom Harlow") == "BARRICK"


def test_a_chief_executive_of_an_unlisted_firm_stays_private() -> None:
    text = (
        "PORT MORESBY - Papua New Guinea and Barrick Gold agreed on Friday to reopen the "
        "mine.\n\n"
        "Tom Harlow, a mining consultant's chief executive, said the deal was fair."
    )
    assert _sides(text).get("Tom Harlow") is None


def test_a_bare_minister_in_a_province_story_without_its_state() -> None:
    text = (
        "VICTORIA - Thousands of workers walked out on Tuesday after talks between their "
        "union and the British Columbia government broke down over pay. The province said "
        "offices would stay open.\n\n"
        "Finance Minister Rita Mann said the province had made a fair offer. Premier Joel "
        "Park urged both sides to keep talking."
    )
    sides = _sides(text)
    assert sides.get("Rita Mann") == "BCPROV"
    assert sides.get("Joel Park") == "BCPROV"
