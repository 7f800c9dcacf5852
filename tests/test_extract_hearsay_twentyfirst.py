"""Hearsay structures read in the twenty-first round (hear21): a quotation whose main
clauses set the positions of several other parties side by side ("A wants this, B wants
that") is nobody's alone; and a party's claim is its stated position, as its demand is."""

from __future__ import annotations

from hearsay_helpers import held_phrases, last_statement
from parley.extract.holders import main_subjects
from parley.extract.syntax import parser


def _subjects(sentence: str) -> list[str]:
    nlp = parser()
    assert nlp is not None
    return [sentence[a:b] for a, b in main_subjects(nlp(sentence))]


_held = held_phrases


def _last(body: str) -> str | None:
    return last_statement(body).about


_LEAD = "LIMA, May 4 (HD) - Peru and Chile closed a fisheries round on Friday.\n\n"


def test_the_main_subjects_of_clauses_spliced_with_a_comma() -> None:
    found = _subjects("Santiago wants the quota first, Lima wants the money first.")
    assert found == ["Santiago", "Lima"]


def test_the_main_subjects_of_coordinated_clauses_and_sentences() -> None:
    found = _subjects(
        "The Chileans want a longer season and Lima wants a smaller one. It will take time."
    )
    assert found == ["The Chileans", "Lima"]


def test_a_told_clause_is_no_second_main_clause() -> None:
    # the subject under a verb of saying is not a main clause of its own
    assert _subjects("Chile says Peru must cut its catch.") == ["Chile"]


def test_two_parties_wanting_in_turn_is_nobody_s_position() -> None:
    body = _LEAD + (
        '"Santiago wants the quota first, Lima wants the money first, and the fleets want '
        'both," said Ana Ruiz, a fisheries analyst at a university in Quito.'
    )
    assert _last(body) is None


def test_one_party_wanting_is_still_its_position() -> None:
    body = _LEAD + (
        '"Santiago wants the quota first and will not sign before it has it," said Ana '
        "Ruiz, a fisheries analyst at a university in Quito."
    )
    assert _last(body) == "CHL"


def test_a_claim_is_a_stated_position() -> None:
    assert _held("Chile's claim that the quota was agreed was unacceptable") == [
        ("Chile's claim", False)
    ]


def test_a_sideless_speaker_who_says_us_speaks_for_its_own_group() -> None:
    body = _LEAD + (
        '"Santiago keeps offering us a smaller quota," said Juan Perez, a trawler captain '
        "in the port of Callao."
    )
    assert _last(body) is None


def test_a_sideless_speaker_without_a_group_still_reports_a_party() -> None:
    body = _LEAD + (
        '"Santiago keeps offering a smaller quota," said Juan Perez, a trawler captain '
        "in the port of Callao."
    )
    assert _last(body) == "CHL"
