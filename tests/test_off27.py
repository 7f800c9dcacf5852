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
            "A White House fact sheet said the two leaders had signed the pact.",
            [(None, "USA")],
            id="a seat of government stands for it",
        ),
        pytest.param(
            "A briefing note issued by Kenya said the lecturers would be paid.",
            [(None, "KEN")],
            id="a document the state issued",
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


# A listed body named after words that describe it (off27): "the socialist FGTB", "the
# Christian union federation ACV-CSC"; the gazetteer lists both (released with test38)
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Belgian unions marched in Brussels. Marc Dupont of the socialist FGTB called the "
            "plan unfair.",
            [("Marc Dupont", "FGTB")],
            id="of the adjective BODY",
        ),
        pytest.param(
            "Belgian unions marched in Brussels. Lea Claes, who leads the Christian union "
            "federation ACV-CSC, said her members would strike again.",
            [("Lea Claes", "ACV")],
            id="who leads the adjective class-noun BODY",
        ),
        pytest.param(
            "Belgian unions marched in Brussels. Marc Dupont, general secretary of the "
            "socialist union federation FGTB, said the plan was unfair.",
            [("Marc Dupont", "FGTB")],
            id="office of the adjective class-noun BODY",
        ),
    ],
)
def test_listed_body_after_describing_words(
    body: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _actors(body) == expected


def test_a_verb_between_keeps_the_body_out() -> None:
    """Words that are no description (a verb, a preposition) do not put the person in the
    body named after them."""
    body = (
        "Belgian unions marched in Brussels. Marc Dupont, a lawyer of the firm that advised "
        "the FGTB, said the plan was legal."
    )
    assert _actors(body) == [("Marc Dupont", None)]


# An apposition's office in a government's department named by its portfolio (off27)
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Washington has stayed out of the quarrel between the two states. Ann Lee, the "
            "Energy Department's deputy secretary for grids, said the department wanted a "
            "deal written by the states.",
            [("Ann Lee", "USA")],
            id="the department's office takes the state the paragraph names",
        ),
        pytest.param(
            "The talks resumed in Nairobi. Ann Lee, the IMF's Africa Department's deputy director, "
            "said the talks would go on.",
            [("Ann Lee", "IMF")],
            id="an organisation's department stays the organisation's",
        ),
    ],
)
def test_office_in_a_portfolio_department(
    body: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _actors(body) == expected
