"""A party as the subject by its class noun or alone ("The Likud party said", "the
ultra-Orthodox Shas party said", "Shas, the larger of the two parties, said"), and the
party table's Romanian and Israeli ultra-Orthodox parties (dated spells in national
government). Sentences and people invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from actor_helpers import speakers_and_actors

OPENING = "Israel's government faced a confidence vote on Monday.\n\n"


@pytest.mark.parametrize(
    ("body", "day", "expected"),
    [
        pytest.param(
            OPENING + "The Likud party said the budget would pass before the recess.",
            date(2025, 3, 2),
            [(None, "ISR")],
            id="the-party-class-noun",
        ),
        pytest.param(
            OPENING + "The ultra-Orthodox Shas party said its ministers would stay on.",
            date(2025, 3, 2),
            [(None, "ISR")],
            id="hyphened-modifier-before-the-name",
        ),
        pytest.param(
            OPENING + "Shas, the larger of the two religious parties, said the bill was fair.",
            date(2025, 3, 2),
            [(None, "ISR")],
            id="party-alone-with-apposition",
        ),
        pytest.param(
            OPENING + "United Torah Judaism said it would vote against the bill.",
            date(2025, 9, 1),
            [(None, None)],
            id="utj-after-leaving-government",
        ),
        pytest.param(
            OPENING + "The Yesh Atid party said the budget was a disgrace.",
            date(2025, 3, 2),
            [(None, None)],
            id="guard-opposition-party-class-noun",
        ),
    ],
)
def test_party_subject(body: str, day: date, expected: list) -> None:
    assert speakers_and_actors(body, day) == expected


ROMANIA = "Romania's parliament debated the budget on Tuesday.\n\n"


@pytest.mark.parametrize(
    ("body", "day", "expected"),
    [
        pytest.param(
            ROMANIA + "PSD interim leader Ion Marinescu said the party would back the plan.",
            date(2025, 6, 20),
            [("Ion Marinescu", "ROU")],
            id="psd-leader-in-government",
        ),
        pytest.param(
            ROMANIA + "The UDMR's president, Attila Szabo, said the plan was fair.",
            date(2025, 1, 10),
            [("Attila Szabo", "ROU")],
            id="udmr-back-in-government",
        ),
        pytest.param(
            ROMANIA + "The UDMR's president, Attila Szabo, said the plan was unfair.",
            date(2023, 9, 10),
            [("Attila Szabo", None)],
            id="guard-udmr-out-of-government",
        ),
    ],
)
def test_romanian_parties(body: str, day: date, expected: list) -> None:
    assert speakers_and_actors(body, day) == expected
