"""det37: det35's and det36's detection rules rebuilt — cue words that report only with a
clause ("signal", "declare", "answer") and the narrator's closing resumptive apposition."""

from __future__ import annotations

from parley.extract import extract_statements
from parley.extract.attribution import Draft
from parley.extract.cues import NOMINAL_LEMMAS, cue_matches
from parley.extract.resolver_base import Who
from parley.extract.resumptive import cut_resumptive


def _texts(body: str) -> list[str]:
    return [s.text for s in extract_statements("Title: t\n\n" + body + "\n")]


def _cue_lemmas(text: str) -> list[str]:
    return [c.lemma for c in cue_matches(text, 0, len(text))]


def test_signal_and_declare_report_a_clause_not_a_thing() -> None:
    assert "signal" not in _cue_lemmas("The port authority signalled a harder line on fees.")
    assert "declare" not in _cue_lemmas("The governor declared a day of mourning in Tarvel.")
    assert "signal" in _cue_lemmas("The port authority signalled that fees would rise.")
    assert "declare" in _cue_lemmas("The governor declared that the strike was unlawful.")


def test_signal_and_answer_are_not_noun_phrase_verbs() -> None:
    assert "signal" not in NOMINAL_LEMMAS
    assert "answer" not in NOMINAL_LEMMAS


def test_signalling_a_thing_is_no_statement() -> None:
    assert _texts("The dockers' union signalled a tougher stance on the roster last week.") == []


def test_answering_a_thing_is_no_statement() -> None:
    assert _texts("The harbour board answered the union's earlier proposal on Friday.") == []


def test_a_closing_resumptive_apposition_is_the_narrators() -> None:
    got = _texts(
        "The ferry workers' union said members wanted a raise of nine percent over two years, "
        "a figure the operators regard as far too high."
    )
    assert got == ["members wanted a raise of nine percent over two years"]


def test_resumptive_cut_leaves_quotations_and_short_clauses() -> None:
    text = 'The union said the offer was "a start, a figure to build on".'
    who = Who(None, None, False)
    quoted = Draft(16, len(text) - 1, False, "said", 10, who, "say")
    assert cut_resumptive(text, [quoted]) == [quoted]
    short = "He said no, a request nobody expected."
    few = Draft(8, len(short) - 1, False, "said", 3, who, "say")
    assert cut_resumptive(short, [few]) == [few]
