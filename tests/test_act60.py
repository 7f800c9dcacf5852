"""A portfolio's adviser named in apposition with no state in the title ("X, a senior trade
adviser,") speaks for the state the context gives, as a portfolio's secretary does (act60,
thirty-sixth round). Invented sentences."""

from __future__ import annotations

import pytest

from parley.extract import extract_statements
from parley.extract.options import Opposition


def _actor(body: str, speaker: str) -> str | None:
    for s in extract_statements("Title: t\n\n" + body + "\n", opposition=Opposition.NONE):
        if s.speaker == speaker:
            return s.actor
    raise AssertionError(f"no statement by {speaker}")


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("a senior trade adviser", id="indefinite, with an adjective"),
        pytest.param("the trade adviser", id="definite"),
        pytest.param("the energy advisor", id="the American spelling"),
    ],
)
def test_portfolio_adviser_takes_the_context_state(title: str) -> None:
    body = (
        "Talks on steel duties went on between Canada and the United States.\n\n"
        "President Donald Trump said he would think about it. "
        f"Walter Brisk, {title}, later told reporters the higher duty would not take effect."
    )
    assert _actor(body, "Walter Brisk") == "USA"


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Fisheries Minister Anton Vell spoke by telephone with Ivo Marn, his Latvian "
            "counterpart.",
            id="the counterpart named first",
        ),
        pytest.param(
            "Fisheries Minister Anton Vell called his Latvian counterpart, Ivo Marn.",
            id="the counterpart's title first",
        ),
    ],
)
def test_counterpart_sits_across_the_table(sentence: str) -> None:
    body = (
        "RIGA - Estonia and Latvia argued again over fishing quotas in the Gulf of Riga. "
        "Latvia wants a larger share and Estonia refuses.\n\n"
        f"{sentence} Vell said the two had agreed to meet again next week."
    )
    assert _actor(body, "Anton Vell") == "EST"
