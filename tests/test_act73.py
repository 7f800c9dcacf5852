"""act73: parties of one state at a table between themselves (coalition or seat-sharing
talks) speak as their own codes.

A story between parties of one state (two or more parties the table links to codes of their
own, and no other state named as often) makes a party's leader (``figures``) speak as the
party; at a seat-sharing table a governing party speaks as itself too; a "caretaker" head
of government there speaks for nobody (Opposition.NONE); "Union Minister X" is India's
Union government's minister, not a trade union's. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements
from parley.parties import load_parties

TALKS = date(2023, 11, 5)  # before New Zealand's coalition was sworn in
ELECTION = date(2025, 10, 13)


def _actors(body: str, day: date, opposition: Opposition = Opposition.NONE) -> dict:
    found = extract_statements("Title: t\n\n" + body + "\n", published=day, opposition=opposition)
    return {s.speaker: s.actor for s in found}


def test_the_table_records_leaders_and_bihar_codes():
    table = load_parties()
    assert table.of_figure("David Seymour", TALKS) is table.parties["ACT_NZL"]
    assert table.parties["BJP"].own_code == "BJP"
    assert table.parties["BJP"].actor is None  # listed as a side of its own only at a table
    assert table.of_figure("Nobody Inparticular", TALKS) is None


NZ_TALKS = (
    "New Zealand First and ACT resumed their bargaining in Wellington on Sunday. "
    "Winston Peters said the numbers on the housing levy still did not add up. "
    "Christopher Luxon told reporters he expected an agreement within days. "
    "Caretaker Prime Minister Chris Hipkins said voters deserved to see any deal in full."
)


def test_leaders_at_a_coalition_table_speak_for_their_parties():
    found = _actors(NZ_TALKS, TALKS)
    assert found["Winston Peters"] == "NZFIRST"
    assert found["Christopher Luxon"] == "NZNAT"
    assert found["Chris Hipkins"] is None


def test_the_caretaker_keeps_the_state_under_the_spec_setting():
    assert _actors(NZ_TALKS, TALKS, Opposition.STATE)["Chris Hipkins"] == "NZL"


BIHAR_TABLE = (
    "The Bharatiya Janata Party and the Janata Dal (United) settled their seat-sharing "
    "formula on Monday and will contest 100 seats each. Union Minister Chirag Paswan's "
    "Lok Janshakti Party (Ram Vilas) gets 25. "
    "Ravi Verma, the BJP's general secretary in the state, said the allies had "
    "agreed in good spirit. "
    "Union Minister Chirag Paswan said his party would campaign for every candidate."
)


def test_governing_parties_at_a_seat_sharing_table_speak_as_themselves():
    found = _actors(BIHAR_TABLE, ELECTION)
    assert found["Ravi Verma"] == "BJP"
    assert found["Chirag Paswan"] == "LJPRV"


def test_a_governing_party_arguing_policy_speaks_for_its_state():
    body = (
        "The Bharatiya Janata Party and the Janata Dal (United) argued over the new rail "
        "budget on Monday. Ravi Verma, the BJP's general secretary, said the allies had "
        "agreed to more money for stations."
    )
    assert _actors(body, ELECTION)["Ravi Verma"] == "IND"


def test_a_governing_coalitions_leader_keeps_his_office():
    body = (
        "New Zealand First and ACT quarrelled over the fishing bill in Wellington on Monday. "
        "Christopher Luxon said the government would pass it before Christmas."
    )
    assert _actors(body, date(2024, 6, 3))["Christopher Luxon"] == "NZL"
