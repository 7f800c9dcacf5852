"""Officials, chief ministers and a governor of sub-national states, a mission
commander and the leaders of an alliance that the gazetteer now knows by name, with dated
offices from public reporting. Sentences invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from actor_helpers import speakers_and_actors


@pytest.mark.parametrize(
    ("body", "day", "expected"),
    [
        pytest.param(
            "Kevin Hassett said the tariffs would bring factories home.",
            date(2025, 6, 3),
            [("Kevin Hassett", "USA")],
            id="an-economic-adviser",
        ),
        pytest.param(
            "Syeda Rizwana Hasan said the river had run dry too often.",
            date(2025, 4, 2),
            [("Syeda Rizwana Hasan", "BGD")],
            id="an-interim-government-adviser",
        ),
        pytest.param(
            "Henning Otte said the barracks were not ready for so many recruits.",
            date(2025, 10, 9),
            [("Henning Otte", "DEU")],
            id="a-parliamentary-commissioner",
        ),
        pytest.param(
            "M.K. Stalin said the fishermen must be freed at once.",
            date(2025, 2, 11),
            [("M.K. Stalin", "TAMILNADU")],
            id="a-chief-minister",
        ),
        pytest.param(
            "Mamata Banerjee said the state had been left out of the talks.",
            date(2025, 3, 5),
            [("Mamata Banerjee", "WBENGAL")],
            id="another-chief-minister",
        ),
        pytest.param(
            "Godfrey Otunge said his officers would stay until the roads were open.",
            date(2024, 10, 1),
            [("Godfrey Otunge", "KEN")],
            id="a-mission-commander",
        ),
        pytest.param(
            "Lazarus Sumbeiywo said the parties were close on the security chapter.",
            date(2024, 9, 20),
            [("Lazarus Sumbeiywo", "KEN")],
            id="a-mediator",
        ),
        pytest.param(
            "JB Pritzker said the state would not cover the district's deficit.",
            date(2025, 5, 14),
            [("JB Pritzker", "ILLINOIS")],
            id="a-state-governor",
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
            "Qais al-Khazali said the next premier must answer to the alliance.",
            date(2025, 12, 1),
            [("Qais al-Khazali", "COORDFW")],
            id="an-alliance-leader",
        ),
        pytest.param(
            "Hadi al-Amiri said the talks on the premiership would take weeks.",
            date(2025, 12, 1),
            [("Hadi al-Amiri", "COORDFW")],
            id="another-alliance-leader",
        ),
        pytest.param(
            "Nouri al-Maliki said the oil law would pass this year.",
            date(2010, 3, 1),
            [("Nouri al-Maliki", "IRQ")],
            id="the-same-man-as-prime-minister-before",
        ),
    ],
)
def test_alliance_leaders_speak_for_the_alliance(
    body: str, day: date, expected: list[tuple[str | None, str | None]]
) -> None:
    assert speakers_and_actors(body, day) == expected
