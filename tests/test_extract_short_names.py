"""Later, shorter names of actors the text has named in full (issue 8): an organisation's last
word alone ("the Fund"), an Arabic surname without its article ("Sudani")."""

from __future__ import annotations

import pytest

from parley.extract import extract_statements


def _all(body: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in extract_statements("Title: t\n\n" + body + "\n")]


@pytest.mark.parametrize(
    ("second", "actor"),
    [
        pytest.param(
            "Fund staff told both governments to settle the arrears first.",
            "IMF",
            id="opening a sentence",
        ),
        pytest.param(
            "A spokesman for the Fund said the review would resume in May.", "IMF", id="the Fund"
        ),
        pytest.param(
            "In the meantime, Fund staff told both governments to settle the arrears first.",
            "IMF",
            id="after a comma",
        ),
        pytest.param(
            "A member of the Farmers' Fund said the review would resume in May.",
            None,
            id="another name ending with the word: not the organisation",
        ),
    ],
)
def test_an_organisations_last_word_alone(second: str, actor: str | None) -> None:
    body = (
        "The International Monetary Fund said on Tuesday that the programme was on track.\n\n"
        + second
    )
    *_, (_, got) = _all(body)
    assert got == actor


def test_an_organisations_last_word_before_its_full_name_is_nothing() -> None:
    body = (
        "Fund staff told both governments to settle the arrears first.\n\n"
        "The International Monetary Fund said on Tuesday that the programme was on track."
    )
    (_, first), *_ = _all(body)
    assert first is None


def test_an_arabic_surname_without_its_article() -> None:
    body = (
        "Iraqi Prime Minister Mohammed Shia al-Sudani met a delegation from Erbil on Sunday.\n\n"
        'Sudani said the deal was "a first step" and that talks would go on.'
    )
    *_, (speaker, actor) = _all(body)
    assert (speaker, actor) == ("Mohammed Shia al-Sudani", "IRQ")
