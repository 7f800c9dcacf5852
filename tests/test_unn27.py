"""unn27 (twenty-seventh round): a state's forces of order, a union's unnamed voices, a level
of government before a body.
Invented sentences, one construction each."""

from __future__ import annotations

import pytest

from parley.extract import extract_statements


def _actors(body: str) -> list[str | None]:
    return [s.actor for s in extract_statements("Title: t\n\n" + body + "\n")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "DHAKA - Bangladesh's parties signed a reform charter on Friday.\n\n"
            "Protesters clashed with officers outside the hall. A police official said "
            "the crowd had been dispersed.",
            ["BGD"],
            id="a police official: the state of the story",
        ),
        pytest.param(
            "DHAKA - Bangladesh's parties signed a reform charter on Friday.\n\n"
            "Police said the crowd had been dispersed.",
            ["BGD"],
            id="bare police as the subject of a reporting verb",
        ),
        pytest.param(
            "JAKARTA - Separatist rebels freed a foreign pilot on Monday, Indonesian "
            "officials said.\n\nThe release came weeks after a Malaysian pilot was shot. "
            "Police blamed the gunmen for the shooting.",
            ["IDN", "IDN"],
            id="police are the dateline's state, not the state the paragraph last names",
        ),
        pytest.param(
            "COLOMBO - India protested after a fishing boat was fired on.\n\n"
            "The Sri Lankan navy gave another account. A navy spokesman told reporters that "
            "the sailors had fired in self-defence.",
            ["LKA"],
            id="a navy spokesman after the state's navy opened the sentence before",
        ),
    ],
)
def test_forces_of_order_are_the_state(body: str, expected: list[str | None]) -> None:
    assert _actors(body) == expected


def test_union_sources_and_one_of_them() -> None:
    body = (
        "CHICAGO - Cabin crews at a large airline rejected a contract on Tuesday. The "
        "Association of Flight Attendants said its members wanted more.\n\n"
        "Union sources said the union's president had pressed for a quick return to talks. "
        "One of them said the company wanted any change to cost nothing."
    )
    assert _actors(body) == ["AFA", "AFA", "AFA"]


def test_union_negotiator_of_a_federation_of_unions() -> None:
    """A federation whose name ends in "Unions" is the union a union's negotiator speaks for."""
    body = (
        "DUBLIN - The government and public-sector unions agreed a pay deal on Friday. The "
        "Irish Congress of Trade Unions said the deal was fair.\n\n"
        "The text spreads the rises evenly, a point on which, one union negotiator said, "
        "the government had not moved."
    )
    assert _actors(body) == ["ICTU", "ICTU"]


def test_a_private_group_still_speaks_for_nobody() -> None:
    """The private-group reading of "one of them" is kept for people of no side."""
    body = (
        "CHICAGO - Cabin crews at a large airline rejected a contract on Tuesday.\n\n"
        "Analysts said the vote would not hurt the airline. One of them said the company "
        "could wait."
    )
    assert _actors(body) == [None, None]


def test_a_level_of_government_before_the_body_a_spokesperson_speaks_for() -> None:
    """ "Federal" before the body's name qualifies the body; it is no name of its own."""
    body = (
        "WINDHOEK - Namibia marked a day of remembrance on Tuesday. Germany sent a "
        "delegation.\n\n"
        "A spokesperson for the Federal Foreign Office in Berlin said Germany stood by the "
        "talks."
    )
    assert _actors(body) == ["DEU"]
