"""An unnamed person whose noun the lexicon knows as no office, in whose description a
state's or a place's name only locates the person or the workplace (off27, twenty-seventh
round): "A Tallinn shipping agent said", "a cashier at a Lagos supermarket said". Invented
sentences, one construction each."""

from __future__ import annotations

import pytest

from parley.extract import extract_statements
from parley.extract.options import Opposition


def _actors(body: str) -> list[tuple[str | None, str | None]]:
    return [
        (s.speaker, s.actor)
        for s in extract_statements("Title: t\n\n" + body + "\n", opposition=Opposition.NONE)
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "A Tallinn shipping agent, who asked not to be named, said cargo would come back.",
            [(None, None)],
            id="a capital before a private trade noun",
        ),
        pytest.param(
            "A Lagos shopkeeper said the price of bread had doubled.",
            [(None, None)],
            id="a capital before a private person's noun",
        ),
        pytest.param(
            "A cashier at a supermarket in northern Nigeria said the price of bread had doubled.",
            [(None, None)],
            id="the state names where the workplace is",
        ),
        pytest.param(
            "A fund manager at a Canadian pension fund said the bonds would be sold.",
            [(None, None)],
            id="a demonym-like state name qualifies the workplace",
        ),
    ],
)
def test_place_only_locates_a_private_person(
    body: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _actors(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Kenya said it would pay the lecturers in two instalments.",
            [(None, "KEN")],
            id="the state itself",
        ),
        pytest.param(
            "A spokesman for Kenya said it would pay the lecturers.",
            [(None, "KEN")],
            id="an office for the state",
        ),
        pytest.param(
            "An official in Kenya said the lecturers would be paid.",
            [(None, "KEN")],
            id="an official in the state",
        ),
        pytest.param(
            "A US delegation said it would stay another day.",
            [(None, "USA")],
            id="a delegation of the state",
        ),
        pytest.param(
            "A member of the Kenya team said the lecturers would be paid.",
            [(None, "KEN")],
            id="a member of the state's team",
        ),
    ],
)
def test_offices_and_the_state_keep_it(
    body: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _actors(body) == expected
