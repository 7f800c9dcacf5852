"""det41: detection — a reporting clause set off by commas after a clause of its own is a
parenthesis when the writer's sentence goes on after it with a subordinate clause or an
apposition ("X, she said, if Y", "X, two officials said, a step ..."): what was said is the
clause before it. A fronted adjunct or an interrupted relative clause before the reporting
clause is no such clause: there the main clause after it is what was said."""

from __future__ import annotations

from parley.extract import extract_statements

_INTRO = "Finance Minister Jane Smith met the dock unions on Monday. "


def _pairs(body: str) -> list[tuple[str, str]]:
    return [(s.text, s.cue) for s in extract_statements("Title: t\n\n" + _INTRO + body + "\n")]


def test_a_condition_after_a_set_off_reporting_clause_is_the_writers() -> None:
    found = _pairs(
        "The company would have to raise its offer, she said, if it wanted the strikes to end."
    )
    assert ("The company would have to raise its offer", "said") in found
    assert all(not text.startswith("if it wanted") for text, _ in found)


def test_a_fronted_condition_keeps_the_main_clause_after_the_reporting_clause() -> None:
    found = _pairs("If there is no agreement by Friday, she said, the union would strike.")
    assert ("the union would strike", "said") in found


def test_an_interrupted_relative_clause_keeps_what_follows() -> None:
    found = _pairs(
        "The draft sets out the pay rises, a point on which, she said, the union would not move."
    )
    assert ("the union would not move", "said") in found
