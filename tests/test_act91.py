"""Public officials the gazetteer now knows by name, with dated offices from public
reporting: national ministers whose title names the EU ("EU Affairs Minister"), EU
commissioners and members of the European Parliament, a US regulator's chairman, and
Philippine, Ukrainian and Bulgarian officials. Sentences invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from actor_helpers import speakers_and_actors


@pytest.mark.parametrize(
    ("body", "day", "expected"),
    [
        pytest.param(
            "In Stockholm, EU Affairs Minister Jessica Rosencrantz said Sweden would "
            "oppose any rise in the contributions.",
            date(2025, 7, 16),
            [("Jessica Rosencrantz", "SWE")],
            id="a-national-minister-for-eu-affairs",
        ),
        pytest.param(
            "Kata Tutto, president of the European Committee of the Regions, said the "
            "plan would leave the cities without a voice.",
            date(2025, 7, 16),
            [("Kata Tutto", "EU")],
            id="the-regions-committee-president",
        ),
        pytest.param(
            "The rail regulator must approve the merger. The board's chairman, Patrick "
            "Fuchs, has said the agency will weigh every filing with care.",
            date(2025, 9, 2),
            [("Patrick Fuchs", "USA")],
            id="a-regulator-chairman",
        ),
        pytest.param(
            "Andriy Pyshnyi said Ukraine expected the relief to depend on reparations.",
            date(2025, 11, 27),
            [("Andriy Pyshnyi", "UKR")],
            id="a-central-bank-governor",
        ),
        pytest.param(
            "Raffaele Fitto said no town would be forgotten by the new funds.",
            date(2025, 7, 20),
            [("Raffaele Fitto", "EU")],
            id="an-executive-vice-president",
        ),
        pytest.param(
            "Raffaele Fitto said the recovery plan would be spent in full by Rome.",
            date(2023, 5, 3),
            [("Raffaele Fitto", "ITA")],
            id="the-same-man-as-a-national-minister-before",
        ),
    ],
)
def test_named_officials_take_their_office(
    body: str, day: date, expected: list[tuple[str | None, str | None]]
) -> None:
    assert speakers_and_actors(body, day) == expected


@pytest.mark.parametrize(
    ("body", "day", "expected"),
    [
        pytest.param(
            "Kazuo Ueda said the bank would watch the currency closely.",
            date(2024, 3, 1),
            [("Kazuo Ueda", "JPN")],
            id="a-central-bank-governor-of-japan",
        ),
        pytest.param(
            "Saad Al-Barrak said Kuwait would keep its output steady.",
            date(2023, 9, 1),
            [("Saad Al-Barrak", "KWT")],
            id="an-oil-minister",
        ),
    ],
)
def test_officials_from_other_parts(
    body: str, day: date, expected: list[tuple[str | None, str | None]]
) -> None:
    assert speakers_and_actors(body, day) == expected
