"""Speakers referred to again (anaph30, thirtieth round): two capitals without stops that
open a sentence are a name's initials ("TK Marlow, the state's envoy, ..."); "the premier"
is the person the text itself titled "Premier", not a holder the gazetteer also lists under
that title whom the text titles otherwise; in a question-and-answer interview, the pronoun
of a quotation opening the answer is the interviewee's. Sentences invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements
from parley.extract.mentions import MentionKind, mention_finder


def _by_text(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {
        s.text: (s.speaker, s.actor)
        for s in extract_statements(text, published=date(2025, 11, 20), opposition=Opposition.NONE)
    }


def _names(text: str) -> list[str]:
    return [
        text[m.start : m.end]
        for m in mention_finder().mentions(text)
        if m.kind in (MentionKind.NAME, MentionKind.SURNAME)
    ]


def test_initials_opening_a_sentence_are_part_of_the_name() -> None:
    assert "TK Marlow" in _names("The talks ran late. TK Marlow, the state's envoy, was calm.")
    assert "TK Marlow" in _names("TK Marlow, the state's envoy, was calm.")


def test_initials_after_a_lower_case_word_still_open_a_name() -> None:
    assert "TK Marlow" in _names("The envoy TK Marlow was calm.")


def test_a_pronoun_after_a_name_with_initials() -> None:
    text = (
        "Governor Ruth Vane of Nevada said the deadline was fair.\n\n"
        "TK Marlow, Oregon's negotiator, was more guarded. He said the states were "
        "still far apart on the winter flows.\n"
    )
    found = _by_text(text)
    assert found["the states were still far apart on the winter flows"][0] == "TK Marlow"


def test_the_premier_is_the_one_the_text_titled_premier() -> None:
    text = (
        "CALGARY - Prime Minister Mark Carney and Alberta Premier Wendy Orlick signed a "
        "funding deal on Thursday.\n\n"
        '"This is a good day for the country," Carney said.\n\n'
        "The premier insisted that no new money had yet been paid out.\n"
    )
    found = _by_text(text)
    assert found["no new money had yet been paid out"][0] == "Wendy Orlick"


def test_an_interview_answer_is_the_interviewee_s() -> None:
    text = (
        "We spoke to Dana Whitlow, a lawyer who advises city councils, about the strike.\n\n"
        "What has changed this week?\n\n"
        'Whitlow said the mood had shifted. "Both sides are tired," she said.\n\n'
        'Mayor Helen Brask has called the offer "final". Is it?\n\n'
        '"Nothing is final until the members vote," she said.\n'
    )
    found = _by_text(text)
    assert found["Nothing is final until the members vote,"][0] == "Dana Whitlow"


def test_a_narrated_answer_paragraph_is_left_alone() -> None:
    text = (
        "What did the union say?\n\n"
        'Union leader Tom Brede said the vote was close. "We nearly lost it," he said.\n'
    )
    found = _by_text(text)
    assert found["We nearly lost it,"][0] == "Tom Brede"


def test_a_subject_after_an_adverb_and_a_long_place_phrase() -> None:
    text = (
        "Pia Lund has run the stall since 2019. Ola Brenn, a fisherman on the quay, said "
        "prices had fallen.\n\n"
        "Back at the market on the old harbour, Lund counts the crates. "
        '"We will sell what we can," she said.\n'
    )
    found = _by_text(text)
    assert found["We will sell what we can,"][0] == "Pia Lund"


def test_a_bare_surname_after_another_bearer_named_in_full() -> None:
    text = (
        '"We kept the line running," said Jonas Lindner, 48, a fitter at the plant.\n\n'
        'At the gate, Lindner looked back. "It was a good job," he said.\n'
    )
    found = _by_text(text)
    assert found["It was a good job,"][0] == "Jonas Lindner"


def test_a_bare_surname_stays_the_known_person_named_in_full_first() -> None:
    names = [
        m.person.name if m.person is not None else None
        for m in mention_finder().mentions(
            "Christian Lindner met Jonas Lindner on Monday. Lindner said no."
        )
        if m.text == "Lindner"
    ]
    assert names == ["Christian Lindner"]
