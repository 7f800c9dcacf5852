"""Gazetteer forms (act54, thirty-sixth round): Morocco's union federations are named in
English reporting as "the Moroccan Labour Union" as well as "the Moroccan Union of
Labour" (and with American spelling); each form names the listed federations. Sentences
invented."""

from __future__ import annotations

from datetime import date

import pytest

from parley.extract import Opposition, extract_statements

_DAY = date(2024, 2, 1)

_LEAD = (
    "Title: Morocco's teachers weigh a pay offer\n\n"
    "RABAT, Feb 1 - Morocco's government put a new pay offer to teachers on Thursday.\n\n"
)


def _actors(text: str) -> list[str | None]:
    return [s.actor for s in extract_statements(text, published=_DAY, opposition=Opposition.NONE)]


@pytest.mark.parametrize(
    "body",
    [
        "Moroccan Labour Union",
        "Moroccan Labor Union",
        "Moroccan Union of Labor",
        "Democratic Confederation of Labor",
    ],
)
def test_an_english_form_names_the_federations(body: str) -> None:
    text = (
        _LEAD + f"Karim Idrissi, secretary general of the {body}, said the offer was a "
        "step forward but not enough for teachers in rural schools.\n"
    )
    assert "MARUNION" in _actors(text)
