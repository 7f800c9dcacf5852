"""A body's first word qualifying a noun for its voice (issue 8): "A United spokesman" once
the text names United Airlines is the airline's; "a Gulf diplomat" or "a Gulf official" once
it names the Gulf Cooperation Council (a body without class nouns) stays no one's."""

from __future__ import annotations

import pytest

from parley.extract import extract_statements


def _actors(body: str) -> list[str | None]:
    return [s.actor for s in extract_statements("Title: t\n\n" + body + "\n")]


@pytest.mark.parametrize(
    ("second", "actor"),
    [
        pytest.param(
            "A United spokesman said the company remained committed to a deal.",
            "UAL",
            id="spokesman",
        ),
        pytest.param(
            "A United official said the carrier would table a new offer next week.",
            "UAL",
            id="official",
        ),
    ],
)
def test_a_companys_first_word_before_its_voice(second: str, actor: str) -> None:
    body = "United Airlines and its pilots resumed talks on Monday.\n\n" + second
    assert _actors(body) == [actor]


@pytest.mark.parametrize(
    "second",
    [
        pytest.param("A Gulf official said the council would not take sides.", id="official"),
        pytest.param("A Gulf diplomat said the council would not take sides.", id="diplomat"),
    ],
)
def test_a_region_word_before_a_noun_stays_open(second: str) -> None:
    body = "The Gulf Cooperation Council met in Riyadh on Monday.\n\n" + second
    assert _actors(body) == [None]
