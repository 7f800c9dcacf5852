"""Hearsay read in the forty-second round (hear53): "they" opening the clause a plural
teller reports ("Several senators said [they] had ...", "Both X and Y say [they] have ...")
is that teller, the usual reading of a subject pronoun in reported speech, not a party the
sentence before named; a single teller's "they" still looks back."""

from __future__ import annotations

from hearsay_helpers import last_statement
from parley.extract.plural_tellers import plural_teller

_LEAD = (
    "ADDIS ABABA, May 4 (HD) - Egypt and Ethiopia resumed talks over the dam on the Blue "
    "Nile.\n\nThe Ethiopian government pressed ahead with the filling on Tuesday. "
)


def test_they_of_two_named_leaders_are_the_leaders() -> None:
    found = last_statement(
        _LEAD + "Opposition leaders Amara Tesfaye and Dawit Bekele said they were suspending "
        "their part in the talks after a chaotic vote."
    )
    assert found.about is None


def test_they_of_several_senators_are_the_senators() -> None:
    found = last_statement(
        _LEAD + "Several Democratic senators from farm states said they had raised their "
        "objections directly with the ministry."
    )
    assert found.about is None


def test_they_of_both_tellers_are_the_tellers() -> None:
    found = last_statement(_LEAD + "Both Tesfaye and Bekele say they have written to the ministry.")
    assert found.about is None


def test_a_plural_subject_is_read_from_the_parse() -> None:
    sentence = "Several irrigation engineers said they had asked for a longer schedule."
    assert plural_teller(sentence, sentence.index("said"), sentence.index("they"))


def test_a_single_teller_is_not_plural() -> None:
    sentence = "The engineer said they had asked for a longer schedule."
    assert not plural_teller(sentence, sentence.index("said"), sentence.index("they"))


def test_coordinated_tellers_are_plural() -> None:
    sentence = "Both the farmers' union and the millers' guild say they have written to Cairo."
    assert plural_teller(sentence, sentence.index("say"), sentence.index("they"))
