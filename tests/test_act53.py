"""A member of an unnamed group speaks for the group's side (act53, thirty-sixth round).

"Officials in <capital> say ... '...,' one of them said": the partitive subject ("one of
them", "two of those officials", "one of the officials") is one of the group whose own
statement came just before it, in the same paragraph or opening the next, so it takes that
group's side rather than the state a pronoun or the paragraph reaches for. Sentences
invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements

_DAY = date(2025, 6, 1)


def _actors(text: str) -> dict[str, str | None]:
    return {
        s.text: s.actor
        for s in extract_statements(text, published=_DAY, opposition=Opposition.NONE)
    }


_QUOTE_AFTER_GROUP = (
    "Title: Chile and Peru argue over a fishing line\n\n"
    "SANTIAGO, June 1 - Chile and Peru traded charges over the maritime line on Sunday.\n\n"
    "Peru's foreign minister said Lima had been patient for long enough. Chile's "
    "government said it would answer in writing. Officials in Lima say privately that "
    'they expect no quick answer. "We only want the court to decide," one of them said.\n'
)


def test_quote_of_one_of_them_follows_the_group() -> None:
    actors = _actors(_QUOTE_AFTER_GROUP)
    assert actors["they expect no quick answer"] == "PER"
    assert actors["We only want the court to decide,"] == "PER"


_THOSE_OFFICIALS = (
    "Title: Chile and Peru argue over a fishing line\n\n"
    "SANTIAGO, June 1 - Chile and Peru traded charges over the maritime line on Sunday.\n\n"
    "Peruvian officials said the talks had stalled over the last ten miles of the line. "
    "Two of those officials said the Chilean envoy had asked for another meeting.\n"
)


def test_two_of_those_officials_follow_the_group() -> None:
    actors = _actors(_THOSE_OFFICIALS)
    assert actors["the Chilean envoy had asked for another meeting"] == "PER"


_NEXT_PARAGRAPH = (
    "Title: Brussels readies an offer for Rabat\n\n"
    "BRUSSELS, June 1 - The European Union and Morocco met on Sunday.\n\n"
    "The package was nearly ready, two EU officials familiar with the talks said.\n\n"
    "Most of the money would come as loans, one of the officials said.\n"
)


def test_one_of_the_officials_opening_the_next_paragraph() -> None:
    actors = _actors(_NEXT_PARAGRAPH)
    assert actors["Most of the money would come as loans"] == "EU"
