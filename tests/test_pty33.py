"""A listed party named by a short form (pty33, thirty-second round): a party the
gazetteer lists as "<words> Party of <place>" is <words> right before a singular office
of its people where the text names the place ("Progressive Conservative leader X"); a
party the party table links to a listed body is named by the table's names, and the head
noun of that name is the party's class noun ("the Congress" after "the Nepali Congress").
Sentences invented."""

from __future__ import annotations

from datetime import date

from parley.actors import load_gazetteer
from parley.extract import Opposition, extract_statements
from parley.extract.org_names import party_short_names


def _actors(text: str) -> dict[str, str | None]:
    return {
        s.text: s.actor
        for s in extract_statements(text, published=date(2025, 6, 1), opposition=Opposition.NONE)
    }


def test_short_names_come_from_the_full_name_and_its_place() -> None:
    shorts = party_short_names(load_gazetteer())
    assert shorts["Progressive Conservative"].code == "NLPC"
    # a provincial party whose short name a national party of its state shares is left
    assert "Liberal" not in shorts


def test_a_short_party_name_before_an_office_in_the_place_s_story() -> None:
    text = (
        "ST. JOHN'S, Newfoundland and Labrador - The provincial government tabled its "
        "hydro agreement on Tuesday.\n\n"
        "Progressive Conservative leader Jane Example said the agreement gave away too "
        "much water for too little money."
    )
    found = _actors(text)
    assert found["the agreement gave away too much water for too little money"] == "NLPC"


def test_no_short_name_where_the_place_is_not_named() -> None:
    text = (
        "TORONTO - The talks on the transit plan resumed on Tuesday.\n\n"
        "Progressive Conservative leader Jane Example said the plan cost too much."
    )
    assert _actors(text)["the plan cost too much"] != "NLPC"


def test_the_head_noun_of_a_linked_party_s_name_refers_back_to_it() -> None:
    text = (
        "KATHMANDU - Nepal's interim government set an election date on Friday.\n\n"
        "The Nepali Congress, the largest party in the dissolved House, has not decided "
        "whether to take part. A party spokesman said the Congress would accept the date "
        "but keep its court challenge."
    )
    found = _actors(text)
    assert found["the Congress would accept the date but keep its court challenge"] == "NPLNC"
