"""det40: detection — what a verb does to a thing is no statement: the bare noun-phrase
object of endorsing, recommending, protesting, claiming, reaffirming or explaining; a
declaration's verbless small clause (a ruling); a thing added; a passive refusal or a
convening by its agent; a commissive participle's noun-phrase terms."""

from __future__ import annotations

import pytest

from parley.extract import extract_statements


def _pairs(body: str) -> list[tuple[str, str]]:
    return [(s.text, s.cue) for s in extract_statements("Title: t\n\n" + body + "\n")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Spain endorsed the ferry agreement at a meeting on Monday.",
        "The arbitration board recommended a pay rise of 4% for the crews.",
        "Portugal protested the quota at the meeting on Monday.",
        "Both governments claim the whole of the northern reef.",
        "The two ministers reaffirmed their commitment to an open market.",
    ],
)
def test_an_act_on_a_thing_is_no_statement(sentence: str) -> None:
    assert _pairs(sentence) == []


def test_a_declared_small_clause_is_a_ruling() -> None:
    found = _pairs("The labour court declared the dockers' strike unlawful on Tuesday.")
    assert found == []


def test_a_thing_added_is_no_statement() -> None:
    assert _pairs("Spain added another 40 million euros to the fund in June.") == []
    found = _pairs("The harbour authority added that the fund would reopen in May.")
    assert ("the fund would reopen in May", "added") in found


def test_a_passive_refusal_or_convening_by_its_agent_is_no_statement() -> None:
    assert _pairs("The operator's offer had been rejected by the crews in March.") == []
    assert _pairs("The stoppage was called by the pilots' association.") == []


def test_a_commissive_participle_gives_the_terms_of_an_act() -> None:
    found = _pairs(
        "The ministry sent the ferry operators a letter on Friday offering a new timetable "
        "for the winter crossings."
    )
    assert not any(cue == "offering" for _, cue in found)
    found = _pairs(
        "The governor wrote to the families on Friday, promising that every claim would be heard."
    )
    assert ("every claim would be heard", "promising") in found
