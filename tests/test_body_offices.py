"""Offices of bodies the gazetteer does not know (a union, a company, an association):
no state's side, whatever the dateline or a word of the body's name says. Invented
sentences, one rule each (read off test17-test19 after their final scores)."""

from __future__ import annotations

import pytest

from parley.extract import extract_statements


def _all(body: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in extract_statements("Title: t\n\n" + body + "\n")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "WELLINGTON - Ferry crews walked out across New Zealand on Monday.\n\n"
            "Maia Tane, president of Harbour Crews United, said the strike would last "
            "until the operator made a new offer.",
            [("Maia Tane", None)],
            id="president of a body with a name of capitalised words",
        ),
        pytest.param(
            "OTTAWA - Canada's ports stayed shut for a third day.\n\n"
            "Orla Birch, president of Lentil Growers Canada, said exporters had already "
            "lost contracts in Asia.",
            [("Orla Birch", None)],
            id="a body whose name holds a state's name",
        ),
        pytest.param(
            "OTTAWA - Canada's freight lines stayed shut for a third day.\n\n"
            "Tomas Reyes, the WPU's president, said members would vote on the offer.",
            [("Tomas Reyes", None)],
            id="an office of a body by an acronym the gazetteer lacks",
        ),
        pytest.param(
            "OTTAWA - Canada's car plants stayed shut as members of Harbourlink walked "
            "out.\n\n"
            "Harbourlink national president Ana Sousa said the union would not return to "
            "work without a pension deal.",
            [("Ana Sousa", None)],
            id="one unknown word before the office names its body",
        ),
        pytest.param(
            "ISLAMABAD - Pakistan reached a staff-level deal with the lender.\n\n"
            "Last weekend Finance Minister Omar Qureshi said the agreement had no hidden "
            "conditions.",
            [("Omar Qureshi", "PAK")],
            id="a sentence's capitalised first word before a title names no body",
        ),
        pytest.param(
            "BRUSSELS - Allied defence chiefs met on Thursday.\n\n"
            "Admiral Marco Rossi, who chairs NATO's Military Committee, told reporters "
            "that allies were studying their options.",
            [("Marco Rossi", "NATO")],
            id="who chairs a body's own capitalised committee",
        ),
        pytest.param(
            "NAIROBI - Kenya hosted a new round of talks on Monday.\n\n"
            "Foreign Minister Amina Otieno said the talks would resume next week.",
            [("Amina Otieno", "KEN")],
            id="a state's office with no body before it keeps the dateline's side",
        ),
        pytest.param(
            "NAIROBI - Kenya hosted a new round of talks on Monday.\n\n"
            "Amina Otieno, the foreign minister, said the talks would resume next week.",
            [("Amina Otieno", "KEN")],
            id="a state's office in apposition keeps the dateline's side",
        ),
        pytest.param(
            "OTTAWA - Rail talks stalled again on Tuesday.\n\n"
            "Federal Labour Minister Sean Doyle wrote on X that mediators were available "
            "to both sides.",
            [("Sean Doyle", "CAN")],
            id="a level of government before a title is no town of that name",
        ),
        pytest.param(
            "WASHINGTON - The app's sale was agreed in principle.\n\n"
            "Representative Dan Hale, the Republican who chairs the House Brazil "
            "committee, said he would hold the administration to its word.",
            [("Dan Hale", None)],
            id="the state a committee watches is not its chair's side",
        ),
    ],
)
def test_body_office(body: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert _all(body) == expected
