"""An unnamed source taken up again ("the official", "one official") takes the side of
the nearest source the text introduced with the same noun (issue 8, twenty-sixth round):
invented sentences, one construction each."""

from __future__ import annotations

import pytest

from parley.extract import extract_statements


def _sides(body: str) -> list[str | None]:
    return [s.actor for s in extract_statements("Title: t\n\n" + body + "\n")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "GENEVA - Talks between Ukraine and Russia resumed on Monday.\n\n"
            "A Ukrainian defence ministry official, speaking on condition of anonymity, said "
            "the prisoners would be exchanged in stages. The official rejected any suggestion "
            "that the lists had been changed.\n\n"
            "A US official familiar with the talks said Washington expected a second round.",
            ["UKR", "UKR", "USA"],
            id="the official: the nearest one before, not one described further on",
        ),
        pytest.param(
            "NAIROBI - Kenya and the rebels resumed talks on Monday.\n\n"
            "A rebel negotiator said the government had broken its word.\n\n"
            "In Nairobi, an interior ministry official who follows the talks rejected that "
            "account. The official said the government had kept every promise.",
            [None, "KEN"],
            id="the official after a ministry official introduced in narration",
        ),
        pytest.param(
            "DHAKA - Bangladesh and the rebels signed an accord.\n\n"
            "Officials at the home ministry, who spoke on condition of anonymity, said the "
            "accord included a development package. One official said the talks had taken "
            "two years.",
            ["BGD", "BGD"],
            id="one official of officials at a state's ministry",
        ),
    ],
)
def test_unnamed_source_taken_up_again(body: str, expected: list[str | None]) -> None:
    assert _sides(body) == expected


def test_a_provincial_official_is_the_provinces() -> None:
    body = (
        "TORONTO - The Ontario government and the union representing liquor store workers "
        "resumed talks on Monday. The Ontario government said it wanted a deal this week.\n\n"
        "A senior provincial official, who was not authorised to speak publicly, said the "
        "offer on wages was final."
    )
    assert _sides(body)[-1] == "ONTARIO"


def test_union_officials_before_the_union_is_named() -> None:
    body = (
        "CHICAGO - United Airlines and its flight attendants resumed talks on Monday.\n\n"
        "Two union officials said United had offered a smaller raise than in May.\n\n"
        "The Association of Flight Attendants said in a bulletin that members would vote "
        "next month."
    )
    assert _sides(body)[0] == "AFA"
