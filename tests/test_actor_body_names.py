"""A minister in a story that names only one state's places, a portfolio's subject in an
apposition, and a state's name inside a private body's name (issue 8, tenth round):
invented sentences, one construction each."""

from __future__ import annotations

import pytest

from parley.extract import extract_statements


def _all(body: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in extract_statements("Title: t\n\n" + body + "\n")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "The pay talks resumed in Potsdam on Sunday.\n\n"
            "Transport Minister Anna Kellner said the offer was final.",
            [("Anna Kellner", "DEU")],
            id="a minister in a story naming only one state's city",
        ),
        pytest.param(
            "The union's talks resumed in Everett on Sunday.\n\n"
            "District president Tom Wilder said the offer was not enough.",
            [("Tom Wilder", None)],
            id="a president there is a body's as well",
        ),
        pytest.param(
            "BUDAPEST - Hungary and the Commission disagree on the funds.\n\n"
            "Laszlo Varga, the minister for EU affairs, said Hungary had met the conditions.",
            [("Laszlo Varga", "HUN")],
            id="the minister for EU affairs",
        ),
        pytest.param(
            "OTTAWA - Canada and the United States argued over lumber.\n\n"
            "The U.S. Lumber Coalition said Canadian mills were subsidised.",
            [(None, None)],
            id="a state's name opening a lobby's name",
        ),
        pytest.param(
            "OTTAWA - Canada and the United States argued over lumber.\n\n"
            "The United States said Canadian mills were subsidised.",
            [(None, "USA")],
            id="the state itself",
        ),
    ],
)
def test_sides(body: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert _all(body) == expected
