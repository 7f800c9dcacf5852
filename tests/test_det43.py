"""det43: detection — a reported clause that ends in a colon before a quotation is a
statement of its own, and the quotation another ('said the two terms were tied: "..."'),
unless the clause only announces the quotation ('asked only one thing: "..."'); a clause
before a set-off reporting clause followed by ", and" + a clause with its own subject is
what was said ('X "...", he said, and the ministry ...'): the parse,
which read the second clause with its "and" as all that was said, is not asked."""

from __future__ import annotations

from parley.extract import extract_statements

_INTRO = "Finance Minister Jane Smith met the dock unions on Monday. "


def _pairs(body: str) -> list[tuple[str, str]]:
    return [(s.text, s.cue) for s in extract_statements("Title: t\n\n" + _INTRO + body + "\n")]


def test_a_clause_before_a_colon_and_the_quotation_after_it_are_two_statements() -> None:
    found = [
        text
        for text, _ in _pairs(
            'Smith said the two offers were linked: "No pay rise, no new rota. '
            'That is in the letter."'
        )
    ]
    assert "the two offers were linked" in found
    assert "No pay rise, no new rota. That is in the letter." in found


def test_a_that_clause_before_a_colon_is_a_statement_of_its_own() -> None:
    found = [
        text
        for text, _ in _pairs(
            'Smith warned that the port had little to gain from a long strike: "Ships '
            'will simply go elsewhere, and they will not come back."'
        )
    ]
    assert "the port had little to gain from a long strike" in found
    assert "Ships will simply go elsewhere, and they will not come back." in found


def test_a_clause_that_only_announces_the_quotation_is_not_cut() -> None:
    found = [
        text for text, _ in _pairs('Smith said the dockers wanted only one thing: "A fair wage."')
    ]
    assert "the dockers wanted only one thing" not in found


def test_a_clause_before_a_set_off_reporting_clause_and_a_new_subject() -> None:
    found = [
        text
        for text, _ in _pairs(
            'The two sides were bound by "a contract, not a person", she said, and the '
            "ministry had already paid several items, including the overtime."
        )
    ]
    assert 'The two sides were bound by "a contract, not a person"' in found
    assert "the ministry had already paid several items, including the overtime" in found
