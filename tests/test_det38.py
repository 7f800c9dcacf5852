"""det38: detection — a request's infinitive then a reporting participle with its own "that",
a finite reporting verb the parse coordinates with a modal's verb, "no." ending a sentence,
and a long run of adverbials before "that"."""

from __future__ import annotations

from parley.extract import extract_statements


def _pairs(body: str) -> list[tuple[str, str]]:
    return [(s.text, s.cue) for s in extract_statements("Title: t\n\n" + body + "\n")]


def test_a_participle_after_a_request_keeps_its_own_clause() -> None:
    found = _pairs(
        "The Harbour Pilots Guild urged the port board to reopen the berths, "
        "arguing that the closures had cost members a month of work."
    )
    assert ("the port board to reopen the berths", "urged") in found
    assert ("the closures had cost members a month of work", "arguing") in found


def test_a_finite_verb_after_a_modal_clause_is_the_speakers_next_act() -> None:
    found = _pairs(
        "The growers' federation said it feared the new quotas would tie up ordinary "
        "orchard work in forms and asked the ministry to write the rules with growers."
    )
    texts = [t for t, _ in found]
    assert "it feared the new quotas would tie up ordinary orchard work in forms" in texts
    assert any(c == "asked" and t.endswith("to write the rules with growers") for t, c in found)


def test_no_with_a_full_stop_ends_a_sentence() -> None:
    found = _pairs(
        'Mara Lindqvist, a ferry deckhand, was one of the few who voted no. "They signed '
        'away the night shifts for nothing," she said.'
    )
    assert ("They signed away the night shifts for nothing,", "said") in found


def test_number_abbreviation_still_holds_its_numeral() -> None:
    found = _pairs("The steward said the ferry in No. 4 berth would stay shut until Monday.")
    assert ("the ferry in No. 4 berth would stay shut until Monday", "said") in found


def test_a_long_run_of_adverbials_before_that() -> None:
    found = _pairs(
        "Elin Sørby said in an interview on the sidelines of a meeting of Nordic and Baltic "
        "ferry operators in Tallinn that the short answer was yes."
    )
    assert ("the short answer was yes", "said") in found
