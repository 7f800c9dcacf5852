"""A bare mayor filed from a capital (gov34, thirty-third round): "Mayor X" whose paragraph
names no place is the mayor of the city the dateline names, and where that city is a
state's capital whose own government the gazetteer lists, he speaks for that government,
not for the state the capital stands for elsewhere. Sentences and people invented; the
governments are the gazetteer's."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements


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
