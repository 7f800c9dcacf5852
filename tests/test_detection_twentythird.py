"""Speakers and statements read off the twenty-third round's errors (det23).

The sentences are written for the tests and only share the grammar of the cases seen.
"""

from __future__ import annotations

from detection_helpers import found_speakers as found
from parley.extract.mentions import MentionKind, mention_finder


def test_full_name_before_of_is_a_person_of_the_body() -> None:
    # "Harbour Crest Partners" is a body's name; "Lena Marsh of ..." is no part of it
    got = found(
        "Trade economist Lena Marsh of Harbour Crest Partners said the levy would hurt "
        'small exporters most. "Nobody will ship at these prices," she said.'
    )
    assert got == [
        ("the levy would hurt small exporters most", "Lena Marsh"),
        ("Nobody will ship at these prices,", "Lena Marsh"),
    ]


def test_interrogative_word_opens_no_name() -> None:
    # "What Lagos" is no person's name (a later "she" must not stand for it)
    text = '"What Lagos wants is a fair price," she said.'
    names = [m.text for m in mention_finder().mentions(text) if m.kind is MentionKind.NAME]
    assert "What Lagos" not in names


def test_preposition_opens_no_name() -> None:
    got = found('For Tomasz Brenner, the wait is long. "We have waited since May," he said.')
    assert got == [("We have waited since May,", "Tomasz Brenner")]


def test_act_in_a_relative_clause_of_an_event_is_background() -> None:
    got = found(
        "The accord ended a standoff in which the president threatened to close the "
        "border to all freight."
    )
    assert got == []


def test_act_in_a_relative_clause_of_a_time_is_background() -> None:
    got = found(
        "The deal came after a year in which the company had threatened to close three plants."
    )
    assert got == []


def test_clause_in_a_relative_clause_stays_a_report() -> None:
    got = found(
        "The talks followed a summit at which the minister warned that the tariffs would "
        "stay in place."
    )
    assert [text for text, _ in got] == ["the tariffs would stay in place"]


def test_name_modifying_a_noun_after_an_article_is_no_speaker() -> None:
    # "a North Africa specialist": an unnamed specialist, not a person called "North Africa"
    got = found('"The vote changes little," said a North Africa specialist at a Madrid institute.')
    assert got == [("The vote changes little,", None)]
