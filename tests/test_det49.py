"""A second "that" clause of the same report (det49): "said A, and that B" / "said A but
that B" runs on to the end of B when the parse hangs B on the reporting verb, and a verb of
speech heading B does not end the statement before it."""

from __future__ import annotations

from datetime import date

from parley.extract.pipeline import run

_LEAD = "OSLO, May 3 (Wire) - The talks ended without a deal on Tuesday.\n\n"


def _said(body: str) -> list[str]:
    found = run(_LEAD + body + "\n", "t", date(2024, 5, 3))
    return [s.text for s in found if s.cue == "said"]


def test_a_second_that_clause_on_the_verb_is_said_too() -> None:
    said = _said(
        "The tribunal said the operators could refile, and that its decision did not "
        "settle whether the takeover should be allowed."
    )
    assert said and said[0].endswith("should be allowed")


def test_a_second_that_clause_with_but() -> None:
    said = _said("The regulator said it had studied the bid, but that it was keeping its rules.")
    assert said and said[0].endswith("keeping its rules")


def test_a_speech_verb_heading_the_second_clause_does_not_end_the_first() -> None:
    said = _said(
        "In a statement, the retailer said it had offered raises of 9 per cent over two years "
        "and that the drivers' claims would add costs that customers would end up paying."
    )
    assert said and said[0].endswith("end up paying")


def test_a_new_speaker_after_and_still_ends_the_clause() -> None:
    found = run(
        _LEAD + "The ministry said the offer was final, and the union said it would strike.\n",
        "t",
        date(2024, 5, 3),
    )
    said = [s.text for s in found if s.cue == "said"]
    assert "the offer was final" in said


def test_a_second_speech_participle_after_and_is_its_own_statement() -> None:
    found = run(
        _LEAD + 'The ministry ended the talks in a post, calling the bid "a cheap trick" and '
        "saying the buyer would not get a permit.\n",
        "t",
        date(2024, 5, 3),
    )
    by_cue = {s.cue: s.text for s in found}
    assert "saying" in by_cue and by_cue["saying"] == "the buyer would not get a permit"
    assert "saying" not in by_cue.get("calling", "")
