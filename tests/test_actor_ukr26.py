"""Twenty-sixth round (ukr26): sources whose side the words around them settle -- a past
office, a place that qualifies an employer, an "according to" source that a later "the
official" stands for -- and a content that is only how much was said. Invented sentences,
one construction each."""

from __future__ import annotations

import pytest

from parley.extract import extract_statements


def _all(body: str) -> list[tuple[str, str | None, str | None]]:
    return [(s.text, s.speaker, s.actor) for s in extract_statements("Title: t\n\n" + body + "\n")]


def _sides(body: str) -> list[tuple[str | None, str | None]]:
    return [(speaker, actor) for _, speaker, actor in _all(body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "WASHINGTON - The United States and Ukraine met in Geneva.\n\n"
            "Not everyone objects. In the Washington-based Capitol Review, former Pentagon "
            "budget official Dana Whitcombe argued that a priced guarantee would last "
            "longer in Congress.",
            [("Dana Whitcombe", None)],
            id="a former official: no side from the paragraph's state either",
        ),
        pytest.param(
            "KYIV - Ukraine weighed the plan.\n\n"
            "Energy analyst Taras Bondar of the Kyiv consultancy North Grid said that "
            "foreign money could help the storage sites.",
            [("Taras Bondar", None)],
            id="a place that qualifies the employer after the person",
        ),
        pytest.param(
            "KYIV - Ukraine weighed the plan.\n\n"
            "Taras Bondar of the Ukrainian brokerage North Grid said that foreign money "
            "could help the storage sites.",
            [("Taras Bondar", None)],
            id="a demonym that qualifies the employer after the person",
        ),
    ],
)
def test_speaker_sides(body: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert _sides(body) == expected


def test_a_place_of_the_person_is_still_the_side() -> None:
    body = (
        "NAIROBI - Kenya and Uganda held talks.\n\nAmos Kariuki of Kenya said the talks went well."
    )
    assert _sides(body) == [("Amos Kariuki", "KEN")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "GENEVA - Talks went on.\n\n"
            "A senior EU official said Brussels had been kept informed.\n\n"
            "According to a U.S. official, Washington hopes to narrow the gaps before next "
            "week. The official said the administration had no fixed deadline.",
            "USA",
            id="according to a source, then the official",
        ),
        pytest.param(
            "GENEVA - Talks went on.\n\n"
            "A senior EU official said Brussels had been kept informed.\n\n"
            "According to one of the U.S. officials, Washington hopes to narrow the gaps "
            "before next week. The official said the administration had no fixed deadline.",
            "USA",
            id="according to one of a group, then the official",
        ),
    ],
)
def test_the_official_after_according_to(body: str, expected: str) -> None:
    found = {text: actor for text, _, actor in _all(body)}
    assert found["the administration had no fixed deadline"] == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "ALMATY - The leaders met.\n\nThe statement said very little about the plan's terms.",
            id="very little about",
        ),
        pytest.param(
            "ALMATY - The leaders met.\n\n"
            "The spokesman said a great deal about the size of the army.",
            id="a great deal about",
        ),
    ],
)
def test_how_much_was_said_is_no_statement(body: str) -> None:
    assert _all(body) == []
