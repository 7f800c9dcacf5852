"""A source close to a listed side's body named in one form of the gazetteer ("the British
government", "the Tunisian government") speaks for that side (forty-seventh round, act98).
Sentences invented."""

from __future__ import annotations

from datetime import date

from parley.extract import extract_statements


def _actors(text: str) -> list[str | None]:
    return [s.actor for s in extract_statements(text, published=date(2025, 6, 1))]


def test_close_to_a_government_named_by_its_adjective() -> None:
    text = (
        "TUNIS - The aid talks stalled again. People close to the Tunisian government said "
        "the money came with conditions nobody had agreed to."
    )
    assert _actors(text) == ["TUN"]


def test_close_to_the_british_government() -> None:
    text = (
        "LONDON - The pricing talks broke off. A person close to the British government said "
        "the levy would stay where it was."
    )
    assert _actors(text) == ["GBR"]


def test_close_to_a_nations_industry_is_still_no_side() -> None:
    text = (
        "PARIS - The duty talks resumed. A person close to the French wine industry said "
        "exporters feared a longer dispute."
    )
    assert _actors(text) == [None]


def test_close_to_an_office_holder_named_after_the_title() -> None:
    text = (
        "LONDON - The pricing talks broke off. A person close to Health Secretary Odo Brannick "
        "said the levy would stay."
    )
    assert _actors(text) == ["GBR"]


def test_close_to_a_known_prime_minister_after_the_title() -> None:
    text = (
        "LONDON - The pricing talks broke off. A person close to Prime Minister Keir Starmer "
        "said the levy would stay."
    )
    assert _actors(text) == ["GBR"]
