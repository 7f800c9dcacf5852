"""A union named by its short word as the subject of a reporting verb in the present, after
an auxiliary and an adverb, or after a relative clause set off by commas (act50, thirty-fifth
round). Invented sentences, one construction each."""

from __future__ import annotations

import pytest

from parley.extract import extract_statements
from parley.extract.options import Opposition


def _all(body: str) -> list[tuple[str | None, str | None]]:
    return [
        (s.speaker, s.actor)
        for s in extract_statements("Title: t\n\n" + body + "\n", opposition=Opposition.NONE)
    ]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Dock workers walked out again on Monday.\n\n"
            "Unite insists the new rota would cut take-home pay for night crews.",
            id="a present-tense reporting verb",
        ),
        pytest.param(
            "Dock workers walked out again on Monday.\n\n"
            "Unite has repeatedly argued that the port owner is its real employer.",
            id="an auxiliary and an adverb before the verb",
        ),
        pytest.param(
            "Dock workers walked out again on Monday.\n\n"
            "Unite, which speaks for most of the crane drivers, says the offer is a pay cut.",
            id="a relative clause set off by commas",
        ),
    ],
)
def test_union_short_word_reports(body: str) -> None:
    assert [actor for _, actor in _all(body)] == ["UNITE"]


def test_a_word_that_goes_on_the_name_is_another_body() -> None:
    assert "UNITE" not in [
        actor
        for _, actor in _all(
            "Hotel staff walked out on Monday.\n\n"
            "Unite Here, which speaks for the cleaners, says the offer is a pay cut."
        )
    ]
