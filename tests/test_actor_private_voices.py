"""Bodies, unnamed people and private voices (issue 8, eleventh round, actor11): an office
of a body only a state has, a list of states that is no bloc, one of a paragraph's private
people, a private body's name that a state's name closes, "the group" as the movement
named before an institution, and "he" after a sentence that opens on one unnamed person.
Invented sentences, one construction each."""

from __future__ import annotations

import pytest

from parley.extract import extract_statements
from parley.extract.options import Opposition


def _all(body: str) -> list[tuple[str | None, str | None]]:
    return [
        (s.speaker, s.actor)
        for s in extract_statements("Title: t\n\n" + body + "\n", opposition=Opposition.NONE)
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "BERLIN - Chancellor Olaf Scholz welcomed the deal reached at the carmaker.\n\n"
            "A government spokesman said the chancellor had called both sides.",
            [("Olaf Scholz", "DEU"), (None, "DEU")],
            id="a government spokesman is the context state's",
        ),
        pytest.param(
            "BERLIN - Chancellor Olaf Scholz welcomed the deal reached at the carmaker.\n\n"
            "A company spokesman said the plant would stay open.",
            [("Olaf Scholz", "DEU"), (None, None)],
            id="a company spokesman is nobody's state",
        ),
        pytest.param(
            "The first flight left on Thursday.\n\nThe Home Office said more flights would follow.",
            [(None, "GBR")],
            id="the Home Office",
        ),
        pytest.param(
            "Qatar, Spain, Norway and Switzerland said the commitments were a step forward.",
            [(None, None)],
            id="four states three of them European are no bloc",
        ),
        pytest.param(
            "Canada, France, Germany, Italy and Britain said the draft needed more work.",
            [(None, "EUR")],
            id="five states four of them European speak for Europe",
        ),
        pytest.param(
            "A Home Office source said the first cases would be tested in court.\n\n"
            'Lawyers for the man rejected the claim. "Our client has rights," one of them '
            "said outside the court.",
            # "rejected the claim" is a lead-in the next sentence spells out (det17)
            [(None, "GBR"), (None, None)],
            id="one of the private people the paragraph opened on",
        ),
        pytest.param(
            "Transparency International Hungary said the loss was avoidable.",
            [(None, None)],
            id="an international body's national branch",
        ),
        pytest.param(
            "The Grain Growers of Canada said the elevators were full.",
            [(None, None)],
            id="a body named on an occupation's plural of a state",
        ),
        pytest.param(
            "Hamas said it would study the plan. A mission of the United Nations is to "
            "verify compliance.\n\n"
            "On Saturday, the group said it would respect the timetable.",
            [(None, "HAMAS"), (None, "HAMAS")],
            id="the group is the movement, not the institution named since",
        ),
        pytest.param(
            "Secretary of State Marco Rubio said the designation would stand.\n\n"
            "A member of Hamas's negotiating team rejected the label. \"We are at a table "
            'with a state," he said.',
            [("Marco Rubio", "USA"), (None, "HAMAS")],
            id="he is the unnamed member the sentence before opened on",
        ),
    ],
)
def test_sides(body: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert _all(body) == expected
