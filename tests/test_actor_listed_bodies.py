"""Organisations and movements the gazetteer lists, named with a speaker (issue 8,
twenty-second round): a speaker no other path gave a side, introduced as holding an office
in a listed body ("X, joint general secretary of the NEU,", "X of the NEU", "X, who heads
the NEU,") or with a noun or "its" that refers back to it ("the union's chief executive,
X"), stands for that body. Sentences and people invented; the bodies are the gazetteer's."""

from __future__ import annotations

from datetime import date

from parley.actors import load_gazetteer
from parley.extract import extract_statements
from parley.extract.unlisted import (
    Unlisted,
    listed_parties,
    member_of,
    noun_subject,
    referred_back,
)


def _sides(text: str) -> dict[str | None, str | None]:
    return {s.speaker: s.actor for s in extract_statements(text, published=date(2025, 6, 1))}


def _listed(text: str) -> list[Unlisted]:
    return listed_parties(text, load_gazetteer())


def test_the_listed_bodies_are_those_the_text_names() -> None:
    text = "The National Education Union and the NZNO met in the capital on Monday."
    assert {u.code for u in _listed(text)} == {"NEU", "NZNO"}


def test_an_office_of_a_listed_union_in_an_apposition() -> None:
    text = (
        "Teachers will walk out again in May, the National Education Union said.\n\n"
        "Hana Voss, joint general secretary of the NEU, said the strikes would go ahead "
        "unless ministers paid for the rise."
    )
    assert _sides(text).get("Hana Voss") == "NEU"


def test_a_name_followed_by_of_and_a_listed_body() -> None:
    text = "Oren Pell of the NZNO said nurses would stay out until the offer improved."
    assert _sides(text).get("Oren Pell") == "NZNO"


def test_a_relative_clause_that_heads_a_listed_body() -> None:
    text = "Ida Moor, who heads the NZNO, said the offer did nothing for staffing."
    assert member_of(text, "Ida Moor", len(text), _listed(text)) == "NZNO"


def test_a_scholar_of_a_bodys_law_does_not_speak_for_it() -> None:
    text = "Lea Brandt, a professor of EU law at a university in Bonn, said the clause was weak."
    assert member_of(text, "Lea Brandt", len(text), _listed(text)) is None


def test_a_body_that_only_qualifies_a_noun_is_not_the_speakers() -> None:
    text = "Tom Reyes, a researcher for the OSCE monitoring mission, said the count was low."
    assert member_of(text, "Tom Reyes", len(text), _listed(text)) is None


def test_the_unions_chief_executive_is_the_union_named_before() -> None:
    text = (
        "The New Zealand Nurses Organisation said on Monday that members had rejected the "
        "offer. Ana Kell, the union's chief executive, said nothing had changed at the "
        "table."
    )
    assert referred_back(text, "Ana Kell", len(text), _listed(text)) == "NZNO"
    assert _sides(text).get("Ana Kell") == "NZNO"


def test_its_refers_to_another_body_named_in_between() -> None:
    text = (
        "The COSATU federation urged restraint. The Small Growers Forum, a lobby group, "
        "rejected the deal. Its chairman, Piet Lund, said the tax was too high."
    )
    assert referred_back(text, "Piet Lund", len(text), _listed(text)) is None


def test_its_refers_to_the_listed_body_just_named() -> None:
    text = (
        "The Congress of South African Trade Unions urged the government not to freeze "
        "posts. Its parliamentary coordinator, Sipho Dube, said the federation would fight "
        "job cuts."
    )
    assert referred_back(text, "Sipho Dube", len(text), _listed(text)) == "COSATU"


def test_the_union_as_subject_is_the_listed_union_named_before() -> None:
    text = (
        "Nurses at the New Zealand Nurses Organisation voted on the offer this week. "
        "The union said members would stay out on Thursday."
    )
    cue = text.index("said")
    assert noun_subject(text, cue, _listed(text)) == "NZNO"


def test_the_union_as_subject_after_another_unions_name_is_left_open() -> None:
    text = (
        "Nurses at the New Zealand Nurses Organisation voted on the offer. The Harbour "
        "Workers Union joined them. The union said members would stay out on Thursday."
    )
    cue = text.index("said")
    assert noun_subject(text, cue, _listed(text)) is None
