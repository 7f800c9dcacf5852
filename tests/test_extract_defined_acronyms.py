"""A body's acronym after the text has named it in full (issue 8): "the Kenya Ports Authority
(KPA)" ... "the KPA said" stands for the side the full name stands for."""

from __future__ import annotations

import pytest

from parley.extract import extract_statements


def _actors(body: str) -> list[str | None]:
    return [s.actor for s in extract_statements("Title: t\n\n" + body + "\n")]


@pytest.mark.parametrize(
    ("first", "second", "actor"),
    [
        pytest.param(
            "The Kenya Ports Authority (KPA) raised its handling fees on Monday.",
            "The KPA said the increase would pay for new cranes at the harbour.",
            "KEN",
            id="defined in parentheses",
        ),
        pytest.param(
            "The Kenya Ports Authority (KPA) raised its handling fees on Monday.",
            "A KPA official said the increase would pay for new cranes at the harbour.",
            "KEN",
            id="before an office",
        ),
        pytest.param(
            "Dock workers walked out at the Ports Authority of Ghana on Monday.",
            "The PAG said the increase would pay for new cranes at the harbour.",
            "GHA",
            id="spelled by a name written before it",
        ),
        pytest.param(
            "The Kenya National Union of Teachers (KNUT) rejected the offer on Monday.",
            "The KNUT said the increase would not cover the rise in prices.",
            None,
            id="a union's name: no state's organ",
        ),
        pytest.param(
            "The Kenya Ports Authority (KPX) raised its handling fees on Monday.",
            "The KPX said the increase would pay for new cranes at the harbour.",
            None,
            id="an acronym that does not follow the name",
        ),
    ],
)
def test_an_acronym_stands_for_the_named_body(first: str, second: str, actor: str | None) -> None:
    *_, got = _actors(first + "\n\n" + second)
    assert got == actor


def _said(body: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in extract_statements("Title: t\n\n" + body + "\n")]


def test_an_organisations_first_word_alone_is_the_organisation() -> None:
    body = (
        "Unite the Union called another week of strikes on Monday.\n\n"
        "Unite said the council had refused to return to the table."
    )
    *_, got = _said(body)
    assert got == (None, "UNITE")


def test_a_first_word_a_person_bears_is_the_person() -> None:
    body = (
        "Unite the Union called another week of strikes on Monday.\n\n"
        "The council's adviser, Mara Unite, said the strikes were pointless.\n\n"
        "Unite said the council had refused to return to the table."
    )
    *_, (speaker, _) = _said(body)
    assert speaker is not None


def test_a_first_word_that_qualifies_a_noun_is_no_organisation() -> None:
    body = (
        "The Gulf Cooperation Council met trade ministers on Monday.\n\n"
        "A Gulf diplomat said the talks had stalled over tariffs."
    )
    *_, (_, actor) = _said(body)
    assert actor is None
