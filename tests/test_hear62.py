"""hear62: the pronoun that opens a reported clause is the reporter's own (or a thing's),
not another party's found by the antecedent search; a quotation is left as it was."""

from __future__ import annotations

from hearsay_helpers import last_statement
from parley.extract.reported_pronouns import opens_reported

_OPENING = "LIMA, May 4 (HD) - Peru and Chile closed a fisheries round on Friday.\n\n"


def test_a_pronoun_opening_reported_content_is_the_reporter_s() -> None:
    body = _OPENING + (
        "Peru also raised the treatment of its trawler crews. The ministry said it had asked "
        "Santiago to look into complaints by crews who said they had been detained, and that "
        "it expected an answer within a week."
    )
    statement = last_statement(body)
    assert statement.text.startswith("it had asked Santiago")
    assert statement.about is None


def test_a_named_subject_of_a_reported_clause_is_still_hearsay() -> None:
    body = (
        _OPENING + "Peruvian Fisheries Minister Luis Salas said Chile had asked for a larger quota."
    )
    assert last_statement(body).about == "CHL"


def test_the_opening_is_the_content_s_first_word_or_its_that() -> None:
    assert opens_reported("it had asked for more", 0, direct=False)
    assert opens_reported("that it had asked for more", 5, direct=False)
    assert opens_reported('"it was not for us"', 1, direct=False)


def test_a_later_pronoun_or_a_quotation_is_not_an_opening() -> None:
    assert not opens_reported("Chile had asked because it needed more", 23, direct=False)
    assert not opens_reported("They want it in writing", 0, direct=True)
