"""det42: detection — a wh-clause a verb that does not ask takes as its object (the matter
spoken of), a request that a body give a ruling (a petition), and a noun phrase "reported"
(a result or a fact observed) are no statements; the shapes that do report stay."""

from __future__ import annotations

import pytest

from parley.extract import extract_statements


def _pairs(body: str) -> list[tuple[str, str]]:
    return [(s.text, s.cue) for s in extract_statements("Title: t\n\n" + body + "\n")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry workers' delegate told reporters why the crews had voted to stop work.",
        "The harbour minister made clear where the island would draw its line.",
        "The port authority spent the week explaining how the new quota would be counted.",
    ],
)
def test_a_wh_clause_under_a_verb_that_does_not_ask_is_no_statement(sentence: str) -> None:
    assert _pairs(sentence) == []


def test_a_question_a_label_and_an_agreement_still_report() -> None:
    found = _pairs("The fishermen's union asked why the quota had been cut in March.")
    assert ("why the quota had been cut in March", "asked") in found
    found = _pairs("The harbour minister rejected what he called a reckless ultimatum.")
    assert ("what he called a reckless ultimatum", "rejected") in found


def test_a_request_for_a_ruling_is_a_petition() -> None:
    found = _pairs("The ferry company asked the labour tribunal to declare the stoppage unlawful.")
    assert found == []
    found = _pairs("The ferry company asked the crews to return to work on Monday.")
    assert ("to return to work on Monday", "asked") in found


def test_a_result_reported_is_no_statement() -> None:
    assert _pairs("The ferry operator reported a loss of 40 million euros for the quarter.") == []
    found = _pairs("The ferry operator reported that the crossings would resume in May.")
    assert ("the crossings would resume in May", "reported") in found
