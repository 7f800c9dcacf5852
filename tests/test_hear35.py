"""Hearsay read in the thirty-third round (hear35): a bare definite state body ("the
ministry") takes up the body of the same kind noun last named with its state ("Norway's
health ministry"), and an outsider named in the text (a named speaker with no side) who
reports what such a body did speaks of another party, not of the speaker's own
institution."""

from __future__ import annotations

from hearsay_helpers import last_statement

_TALKS = (
    "WARSAW, May 2 (HD) - Officials of Poland and Norway met in Warsaw on Friday over the "
    "return of Norwegian nurses trained in Polish hospitals.\n\n"
    "Norway's health ministry has been preparing a plan for the nurses' return, and its "
    "minister told reporters in Oslo that the plan would be ready by the summer.\n\n"
)


def test_the_ministry_takes_up_the_state_named_with_it() -> None:
    found = last_statement(
        _TALKS + "Ingrid Solberg, who runs a nursing school in Krakow, said the ministry had "
        "asked the schools to count how many students would go home."
    )
    assert found.about == "NOR"


def test_a_body_named_without_a_state_is_left_to_the_paragraph() -> None:
    found = last_statement(
        "WARSAW, May 2 (HD) - Officials of Poland and Norway met in Warsaw on Friday over "
        "the return of Norwegian nurses trained in Polish hospitals.\n\n"
        "A health ministry has been preparing a plan for the nurses' return.\n\n"
        "A source familiar with the talks said the ministry had refused to set a date."
    )
    assert found.about != "NOR"
