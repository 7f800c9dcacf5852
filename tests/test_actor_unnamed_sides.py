"""Unnamed sources whose origin the words keep unnamed, and people or texts of both sides
(issue 8, ninth round): invented sentences, one construction each."""

from __future__ import annotations

import pytest

from parley.extract import extract_statements


def _all(body: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in extract_statements("Title: t\n\n" + body + "\n")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "CAIRO - Egypt and the IMF agreed a review.\n\n"
            "A Western diplomat in Cairo said the Fund was under pressure from shareholders.",
            [(None, None)],
            id="a Western diplomat",
        ),
        pytest.param(
            "KYIV - Ukraine and Russia held talks.\n\n"
            "A senior diplomat from a NATO country in northern Europe said allies were uneasy "
            'about the treaty. "It will ask again," the diplomat said.',
            [(None, None), (None, None)],
            id="a diplomat from a NATO country, then the diplomat",
        ),
        pytest.param(
            "BAKU - Azerbaijan hosted the talks.\n\n"
            "A negotiator from a BASIC country told us the request was not new.",
            [(None, None)],
            id="a negotiator from a BASIC country",
        ),
        pytest.param(
            "ROME - Italy hosted the talks with Ukraine.\n\n"
            "A northern European diplomat said Rome wanted the credit. Two Baltic officials "
            "said they had asked the Americans.",
            [(None, None), (None, None)],
            id="a regional demonym: northern European, Baltic",
        ),
        pytest.param(
            "BAGHDAD - Iraq and the United States agreed a timetable.\n\n"
            'A Western diplomat in Baghdad was more cautious. "Nobody has written it down," '
            "the diplomat said.",
            [(None, None)],
            id="the diplomat after a narrated Western diplomat",
        ),
        pytest.param(
            "ATHENS - Greece hosted Turkey's foreign minister.\n\n"
            "The two ministers said they would meet again in December.",
            [(None, None)],
            id="the two ministers",
        ),
        pytest.param(
            "PORT MORESBY - Australia and Papua New Guinea signed a treaty.\n\n"
            "The communique, released by both prime ministers' offices, said the treaty would "
            "deter attack.",
            [(None, None)],
            id="a communique released by both",
        ),
        pytest.param(
            "ATHENS - Greece hosted Turkey's foreign minister.\n\n"
            "A Greek diplomat said the talks would go on. The two Turkish ministers said "
            "they would come back.",
            [(None, "GRC"), (None, "TUR")],
            id="a named demonym keeps its side",
        ),
        pytest.param(
            "JOHANNESBURG - The summit opened on Saturday.\n\n"
            "A South African official told reporters that Pretoria would hand over the "
            "presidency.",
            [(None, "ZAF")],
            id="a state's demonym with a compass word keeps its side",
        ),
    ],
)
def test_unnamed_sides(body: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert _all(body) == expected


def test_short_name_of_a_person_named_in_full() -> None:
    body = (
        "ANKARA, Dec 11 (Wire) - Turkey brokered a deal between Ethiopia and Somalia.\n\n"
        "Erdogan stood between Ethiopian Prime Minister Abiy Ahmed and Somali President "
        "Hassan Sheikh Mohamud.\n\n"
        "Hassan Sheikh thanked Erdogan and said Somalia was ready to work with Ethiopia."
    )
    found = [
        (s.speaker, s.actor)
        for s in extract_statements("Title: t\nPublished: 2024-12-11\n\n" + body + "\n")
    ]
    assert ("Hassan Sheikh Mohamud", "SOM") in found


def test_shadow_title_in_apposition() -> None:
    from parley.extract.options import Opposition

    body = (
        "PORT TALBOT - Tata Steel will close both blast furnaces.\n\n"
        "Labour's shadow business secretary, Jonathan Reynolds, told broadcasters that a "
        "Labour government would have put more money on the table."
    )
    found = [
        (s.speaker, s.actor)
        for s in extract_statements(
            "Title: t\nPublished: 2024-01-19\n\n" + body + "\n", opposition=Opposition.NONE
        )
    ]
    assert found == [("Jonathan Reynolds", None)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "HELSINKI - Finland recalled 1944.\n\n"
            "Olena Kovalchuk, a Kyiv teacher who moved to Tampere in 2022, said she had "
            "heard the comparison many times.",
            [("Olena Kovalchuk", None)],
            id="a place before a calling",
        ),
        pytest.param(
            "HELSINKI - Finland recalled 1944.\n\n"
            "Oleh Hnat, a Kyiv official, said the comparison was unfair.",
            [("Oleh Hnat", "UKR")],
            id="a place before an office keeps its side",
        ),
    ],
)
def test_place_before_a_calling(body: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert _all(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "PARIS - The pensions talks ended without a deal.\n\n"
            "The Medef's president, Patrick Martin, said in a statement that the employers "
            "had shown responsibility.",
            [("Patrick Martin", None)],
            id="an unknown body's office before the name",
        ),
        pytest.param(
            "MOSCOW - The plan arrived on Monday.\n\n"
            "The Kremlin's spokesman, Ivan Sidorov, said the plan was a basis.",
            [("Ivan Sidorov", "RUS")],
            id="a known body's office keeps its side",
        ),
    ],
)
def test_unknown_body_office_before_name(
    body: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _all(body) == expected
