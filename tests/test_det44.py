"""det44: detection — a "that" right after a noun and right before a finite verb opens a
relative clause on that noun ("said ports that closed in May would reopen"), so the
reported clause starts at the noun, not after "that"; an adverbial before "that" ("said
earlier that"), an addressee ("told reporters that") or a comma keeps the old reading."""

from __future__ import annotations

from parley.extract import extract_statements

_INTRO = "Transport Minister Jane Smith met the dock unions on Monday. "


def _texts(body: str) -> list[str]:
    return [s.text for s in extract_statements("Title: t\n\n" + _INTRO + body + "\n")]


def test_a_bare_plural_subject_with_its_relative_clause_is_reported_whole() -> None:
    found = _texts("Smith said ports that closed in May would reopen within a week.")
    assert "ports that closed in May would reopen within a week" in found


def test_a_request_keeps_the_noun_its_relative_clause_describes() -> None:
    found = _texts(
        "Smith called on the unions to avoid stoppages that would hurt the harvest exports."
    )
    assert "the unions to avoid stoppages that would hurt the harvest exports" in found


def test_an_adverbial_or_an_addressee_before_that_keeps_the_that_clause() -> None:
    found = _texts("Smith said earlier that the ports had reopened.")
    assert "the ports had reopened" in found
    found = _texts("Smith told reporters that the ports had reopened.")
    assert "the ports had reopened" in found


def test_the_medium_before_that_keeps_the_that_clause() -> None:
    found = _texts("Smith said in a video message that armed guards would leave the quay.")
    assert "armed guards would leave the quay" in found
