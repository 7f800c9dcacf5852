"""Statements missed or mis-assigned (ukr30, thirtieth round): a speaker's second reporting
verb in the same sentence is a statement of its own (a participle tag after a finite verb,
a conjunct after ", and" that the parse hangs on the reported clause, a gerund after a
gerund cue's clause, a pronoun subject after a common-noun clause); the town where an
office a state qualifies is held ("Ukraine's ambassador in ...") is no given name;
"offered no evidence" and "few governments have welcomed" report nothing. Sentences and
people invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements
from parley.record import Statement


def _statements(text: str) -> list[Statement]:
    return extract_statements(
        "Talks resume\n\n" + text, published=date(2025, 11, 25), opposition=Opposition.NONE
    )


def _cues(text: str) -> dict[str, str]:
    return {s.cue: s.text for s in _statements(text)}


def test_a_second_verb_tagged_as_a_participle_after_a_main_verb_have() -> None:
    cues = _cues(
        "Dmitry Peskov said Russia had no plan to attack Finland, and called claims of a "
        'threat "pure fiction".'
    )
    assert cues["said"] == "Russia had no plan to attack Finland"
    assert cues["called"].startswith("claims of a threat")


def test_a_second_verb_after_a_comma_hung_on_the_reported_clause() -> None:
    cues = _cues(
        "Maria Zakharova said the reaction showed that Georgia had learned its lessons, and "
        "praised the government for resisting pressure."
    )
    assert cues["said"].endswith("had learned its lessons")
    assert cues["praised"].startswith("the government for resisting")


def test_a_past_perfect_conjunct_still_belongs_to_the_report() -> None:
    cues = _cues("The minister said Warsaw had met the Lithuanians and agreed to talk.")
    assert list(cues) == ["said"]


def test_a_present_perfect_conjunct_after_has_said_stays_whole() -> None:
    cues = _cues(
        "The Polish minister has said Warsaw is ready to talk and has accused Minsk of "
        "stalling for months."
    )
    assert list(cues) == ["said"]


def test_a_gerund_after_a_phrase_that_is_no_clause_stays() -> None:
    cues = _cues(
        'The senator welcomed the agreement, calling it "an important step" and thanking '
        "both sides for reopening the ports."
    )
    assert "thanking" not in cues


def test_a_gerund_after_a_gerund_cue() -> None:
    cues = _cues(
        "The Spanish spokesman, Ana Ruiz, struck a calmer tone, saying Madrid preferred to "
        "settle the matter through talks and accusing Rabat of taking rash steps."
    )
    assert cues["saying"] == "Madrid preferred to settle the matter through talks"
    assert cues["accusing"].startswith("Rabat of taking")


def test_a_pronoun_subject_after_a_common_noun_clause() -> None:
    cues = _cues(
        "Spain's foreign ministry said in a statement that the island was Spanish under old "
        'treaties, and it called the remarks "unfounded".'
    )
    assert cues["said"] == "the island was Spanish under old treaties"
    assert cues["called"].startswith("the remarks")


def test_a_pronoun_after_a_named_subject_is_left_in_the_report() -> None:
    cues = _cues(
        "The Polish minister told MPs that Tusk would stay, and he appealed to all parties "
        "to stay calm."
    )
    assert list(cues) == ["told"]


def test_the_town_an_ambassador_serves_in_is_no_given_name() -> None:
    (s,) = _statements(
        "Ukraine's ambassador in Sofia, Olena Marchuk, said she had met the minister."
    )
    assert s.speaker == "Olena Marchuk"
    assert s.actor == "UKR"


def test_offering_no_evidence_says_nothing() -> None:
    statements = _statements(
        "The minister claimed the vote was rigged. He offered no evidence for the claim."
    )
    assert [s.cue for s in statements] == ["claimed"]


def test_few_governments_report_nothing_but_a_few_officials_do() -> None:
    assert _statements("Few governments have welcomed the Swiss plan for Moldova.") == []
    assert [s.cue for s in _statements("A few officials said the plan was dead.")] == ["said"]


def test_a_private_person_in_a_town_takes_no_side_from_it() -> None:
    (s,) = _statements(
        "The union's local representative in Dresden, Anna Keller, said the plant would close."
    )
    assert s.speaker == "Anna Keller"
    assert s.actor is None
