"""act77: a listed body's short name that is also a place ("Meta": Meta Platforms, and a
department of Colombia) names the body only after the text has named it by a longer listed
form; before that, after an office of the place ("the governor of Meta") or where the text
names the place's state, it is the place. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements

DAY = date(2024, 5, 2)


def _actors(body: str) -> dict:
    found = extract_statements(
        "Title: t\n\n" + body + "\n", published=DAY, opposition=Opposition.NONE
    )
    return {s.speaker: s.actor for s in found}


def test_the_short_name_after_the_full_one_is_the_company():
    body = (
        "Meta Platforms and the publishers' association met in Toronto on Tuesday over the "
        "new payment rules.\n\n"
        'Dana Fielding, a spokesperson for Meta, said the company "will not pay for links."'
    )
    assert _actors(body)["Dana Fielding"] == "META"


def test_the_short_name_alone_in_a_colombian_story_is_the_place():
    body = (
        "Farmers and the national government met in Villavicencio on Tuesday over land "
        "titles.\n\n"
        'Laura Rincón, the governor of Meta, said the talks "must reach the villages."'
    )
    assert _actors(body)["Laura Rincón"] == "COL"


def test_an_office_of_the_place_keeps_the_place_even_after_the_company():
    body = (
        "Meta Platforms opened an office in Bogotá on Monday, and farmers met the national "
        "government in Villavicencio on Tuesday.\n\n"
        'Laura Rincón, the governor of Meta, said the talks "must reach the villages."'
    )
    assert _actors(body)["Laura Rincón"] == "COL"


def test_the_short_name_alone_is_the_company_where_no_place_is_signalled():
    body = (
        "Publishers and the federal government met in Ottawa on Tuesday over the news "
        "law.\n\n"
        "Meta refused to lift its block. Dana Fielding, a spokesperson for Meta, said the "
        'company "will not pay for links."'
    )
    assert _actors(body)["Dana Fielding"] == "META"


def test_a_place_preposition_reads_the_place():
    body = (
        "Farmers and the national government met on Tuesday over land titles.\n\n"
        'Laura Rincón, a regional official in Meta, said the talks "must reach the villages."'
    )
    assert _actors(body)["Laura Rincón"] != "META"
