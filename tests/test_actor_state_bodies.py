"""Unnamed officials of a state body with no state word, and an organisation's director:
invented sentences, one rule each (read off test17-test19 after their final scores)."""

from __future__ import annotations

import pytest

from parley.extract import extract_statements


def _all(body: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in extract_statements("Title: t\n\n" + body + "\n")]


_LIMA = "LIMA - Peru's talks with the rebels resumed on Monday.\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            _LIMA + "An official of the National Reintegration Commission in Lima said the "
            "commission had received hundreds of requests from former fighters.",
            [(None, "PER")],
            id="an official of a capitalised national commission",
        ),
        pytest.param(
            _LIMA + "An official of the Reintegration Commission said the commission had "
            "received hundreds of requests from former fighters.",
            [(None, "PER")],
            id="a commission with no place after it: the dateline's state",
        ),
        pytest.param(
            _LIMA + "A second official, at the defence ministry, said the army had asked for "
            "clearer rules on the zones.",
            [(None, "PER")],
            id="an apposition putting the official in a ministry",
        ),
        pytest.param(
            _LIMA + "A diplomat, in Lima, said the army had asked for clearer rules.",
            [(None, None)],
            id="a place apposed to a posted office is no body",
        ),
        pytest.param(
            _LIMA + "Ana Soto, director of the IMF's Western Hemisphere department, said the "
            "programme was on track.",
            [("Ana Soto", "IMF")],
            id="an organisation's department director",
        ),
        pytest.param(
            _LIMA + "Ana Soto, director of the IMF, said the programme was on track.",
            [("Ana Soto", "IMF")],
            id="an organisation's director",
        ),
    ],
)
def test_state_bodies_and_directors(body: str, expected: list[tuple[str | None, str | None]]):
    assert _all(body) == expected
