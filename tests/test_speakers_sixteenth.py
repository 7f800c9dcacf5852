"""Detection mechanisms of the sixteenth round (read off the spent parts test25 to test28):
invented articles, one mechanism each."""

from __future__ import annotations

from parley.extract import extract_statements
from parley.extract.attribution import Draft, Who, _end_with_clause
from parley.extract.segment import Span, sentences
from parley.extract.syntax import Report, ReportKind


def _texts(text: str) -> list[str]:
    return [s.text for s in extract_statements(text)]


def test_a_time_abbreviation_closes_a_sentence_before_an_opening_word() -> None:
    text = "The union leader spoke shortly after 2 a.m. He said the offer was too small."
    cut = [text[s.start : s.end] for s in sentences(text, Span(0, len(text)), [])]
    assert cut == [
        "The union leader spoke shortly after 2 a.m.",
        "He said the offer was too small.",
    ]


def test_a_time_abbreviation_inside_a_sentence_does_not_close_it() -> None:
    text = "The talks resumed at 9 a.m. Monday and ended at noon."
    assert len(sentences(text, Span(0, len(text)), [])) == 1


def test_the_writers_adjunct_after_a_reporting_clause_is_not_what_was_said() -> None:
    # content before the reporting clause; the phrase after it is the writer's comment
    text = (
        "Title: Quotas\n\nNorway and Chile agreed on Monday to reopen talks on fishing "
        "quotas, Norwegian Trade Minister Lars Holm said after meeting his counterpart, "
        "in the strongest sign yet of a thaw after a year of tension.\n"
    )
    assert _texts(text) == ["Norway and Chile agreed on Monday to reopen talks on fishing quotas"]


def test_the_writers_clause_after_a_reporting_clause_is_not_what_was_said() -> None:
    # "X, officials told the paper, but Z refused": what the officials told is X
    text = (
        "Title: Quotas\n\nChilean negotiators had hoped to tie the quotas to a price floor, "
        "two officials close to the talks told the Daily Ledger, but Norway refused to "
        "commit to numbers.\n"
    )
    assert _texts(text) == ["Chilean negotiators had hoped to tie the quotas to a price floor"]


def test_a_second_report_after_while_is_a_statement_of_its_own() -> None:
    # "X have said A, while Y have said B": two statements, the first ends before "while"
    text = (
        "Title: Target\n\nLawmakers from the centre-right bloc have said they will back a "
        "flexible target, while Socialists and Greens have said they want fewer credits.\n"
    )
    assert _texts(text) == ["they will back a flexible target", "they want fewer credits"]


def test_a_second_that_clause_after_but_stays_in_the_report() -> None:
    # ", but that ...": the same report goes on where the parse ends the first clause
    text = "He said that the choice was theirs, but that he had briefed them."
    cue = text.index("said")
    d = Draft(
        text.index("the choice"), len(text) - 1, False, "said", cue, Who("He", None, False), "say"
    )
    end = text.index(",")
    report = Report(ReportKind.CLAUSE, cue, cue + 4, "said", "say", 0, 2, cue + 5, end)
    _end_with_clause(text, d, report)
    assert d.end == len(text) - 1
    other = text.replace("but that he had", "and he")
    d.end = len(other) - 1
    _end_with_clause(other, d, report)
    assert d.end == end
