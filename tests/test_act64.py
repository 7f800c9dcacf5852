"""A listed body's class noun, its name's leading words and Haiti's council members
(act64, thirty-seventh round). Invented sentences."""

from __future__ import annotations

from parley.extract import extract_statements
from parley.extract.options import Opposition


def _statements(body: str, day: str = "2024-08-12") -> list[tuple[str | None, str | None, str]]:
    text = f"Title: t\nPublished: {day}\n\n{body}\n"
    return [
        (s.speaker, s.actor, s.text) for s in extract_statements(text, opposition=Opposition.NONE)
    ]


def _side(found: list[tuple[str | None, str | None, str]], opening: str) -> str | None:
    [side] = [actor for _, actor, said in found if said.startswith(opening)]
    return side


def test_the_hospital_is_the_body_opening_the_sentence_before() -> None:
    found = _statements(
        "Nurses at Mount Sinai Hospital and Montefiore Medical Center stayed out on Monday.\n\n"
        "Montefiore said its offer matched the other hospitals'.\n\n"
        "Mount Sinai said in a statement that the union's leaders had ignored a fair offer. "
        "The hospital said it remained ready to meet the mediator."
    )
    assert _side(found, "it remained ready") == "MTSINAI"


def test_leading_words_after_a_workplace_phrase_name_the_body() -> None:
    found = _statements(
        "About 900 cooks at Mount Sinai Hospital and Montefiore Medical Center went back "
        "to work on Tuesday.\n\n"
        'Mount Sinai said in a statement that the deal was "balanced" and would last.'
    )
    assert [speaker for speaker, _, said in found if said.startswith("the deal was")] == [None]
    assert _side(found, "the deal was") == "MTSINAI"


def test_a_council_member_speaks_for_haiti_from_the_swearing_in() -> None:
    body = (
        "Four members met on Tuesday.\n\n"
        "Leslie Voltaire said the vote had broken the political accord."
    )
    assert _side(_statements(body, "2024-06-01"), "the vote had") == "HTI"
