"""A bare mayor filed from a capital (gov34, thirty-third round): "Mayor X" whose paragraph
names no place is the mayor of the city the dateline names, and where that city is a
state's capital whose own government the gazetteer lists, he speaks for that government,
not for the state the capital stands for elsewhere. In a negotiation between two states, a
headline that opens on a province (or on its premier) tells the story from the province's
side: its premier is its government's, not his state's person. Sentences and people invented; the
governments are the gazetteer's."""

from __future__ import annotations

from datetime import date

from parley.actors import load_gazetteer
from parley.extract import Opposition, extract_statements
from parley.extract.headline_side import headline_sub_state


def _sides(text: str) -> dict[str | None, str | None]:
    return {
        s.speaker: s.actor
        for s in extract_statements(text, published=date(2025, 6, 1), opposition=Opposition.NONE)
    }


def test_a_bare_mayor_under_a_capital_dateline_is_the_city_government() -> None:
    text = (
        "VIENNA, May 3 - Tram drivers stayed in their depots for a second day on Tuesday "
        "after talks on shift pay broke down.\n\n"
        "Mayor Anna Leitner said the city would not reopen its transport budget this year."
    )
    assert _sides(text).get("Anna Leitner") == "WIEN"


def test_a_bare_mayor_under_another_dateline_keeps_the_old_reading() -> None:
    text = (
        "GRAZ, May 3 - Tram drivers stayed in their depots for a second day on Tuesday "
        "after talks on shift pay broke down.\n\n"
        "Mayor Anna Leitner said the city would not reopen its transport budget this year."
    )
    assert _sides(text).get("Anna Leitner") != "WIEN"


_TRADE_ROW = (
    "{title}\n\n"
    "TORONTO, April 2 - Ontario Premier Liam Gorsky lifted a levy on power sold to "
    "American utilities on Wednesday after Washington threatened Canadian exports with "
    "new duties.\n\n"
    "Gorsky said the levy could come back if the United States raised its tariffs on "
    "Canada again. Canadian officials said Ottawa would keep its own counter-measures, and "
    "U.S. officials said Washington would watch what Canada did next. Canada and the "
    "United States meet again next week."
)


def test_headline_opening_on_the_premier_makes_him_his_provinces() -> None:
    text = _TRADE_ROW.format(title="Title: Gorsky lifts Ontario power levy after U.S. threat")
    assert _sides(text).get("Liam Gorsky") == "ONTARIO"


def test_headline_opening_on_the_province_makes_its_premier_its() -> None:
    text = _TRADE_ROW.format(title="Title: Analysis: What Ontario won by lifting its levy")
    assert _sides(text).get("Liam Gorsky") == "ONTARIO"


def test_headline_opening_on_a_state_keeps_the_premier_his_states() -> None:
    text = _TRADE_ROW.format(title="Title: Canada and U.S. trade threats over a power levy")
    assert _sides(text).get("Liam Gorsky") == "CAN"


def test_headline_side_reads_labels_and_question_words() -> None:
    gaz = load_gazetteer()
    assert headline_sub_state(gaz, "Title: Q&A: Why Quebec walked away\n\nBody.")
    assert not headline_sub_state(gaz, "Title: Live: Ottawa answers Washington\n\nBody.")
