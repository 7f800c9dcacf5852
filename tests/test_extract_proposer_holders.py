"""Hearsay whose holder put forward the thing a verdict judges: "[X's] proposed quota was
short", "the measures announced [by X] were limited" (the possessor beside a participle of
proposing, or that participle's agent, holds the position judged)."""

from __future__ import annotations

import pytest

from hearsay_helpers import last_statement
from parley.extract.holders import holders
from parley.extract.syntax import parser


def _last(body: str) -> str | None:
    return last_statement(body).about


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        (
            "the Commission's proposed quota for lamb was a fraction of what was sought",
            "Commission",
        ),
        ("the tariffs announced by Ottawa on Monday were positive but limited", "Ottawa"),
    ],
)
def test_the_proposer_holds_the_judged_thing(sentence: str, holder: str) -> None:
    nlp = parser()
    assert nlp is not None
    found = holders(nlp(sentence))
    assert any(sentence[h.head_start : h.head_end] == holder and not h.nobody for h in found)


def test_a_plain_possessive_thing_is_nobodys() -> None:
    nlp = parser()
    assert nlp is not None
    sentence = "the Commission's quota for lamb was a fraction of what was sought"
    found = holders(nlp(sentence))
    assert not any(
        sentence[h.head_start : h.head_end] == "Commission" and not h.nobody for h in found
    )


def test_a_verdict_on_another_partys_proposed_quota_is_hearsay() -> None:
    body = (
        "CANBERRA, May 4 (HD) - Trade talks with Japan broke up on Friday.\n\n"
        "Australian Trade Minister Jane Doe said Japan's proposed quota for Australian beef "
        "was a fraction of what Canberra had sought."
    )
    assert _last(body) == "JPN"
