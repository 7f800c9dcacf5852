"""act76: a party's acronym in its own language, defined in parentheses right after the
listed party's name ("the Homeland Movement (DP)"), stands for that party; an apposition
whose office held now is followed by a conjoined past one ("the party's leader and former
mayor of X") still gives the current office's side. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements

DAY = date(2024, 5, 2)


def _actors(body: str) -> dict:
    found = extract_statements(
        "Title: t\n\n" + body + "\n", published=DAY, opposition=Opposition.NONE
    )
    return {s.speaker: s.actor for s in found}


def test_an_acronym_defined_after_a_listed_party_is_that_party():
    body = (
        "Croatia's ruling party and the right-wing Homeland Movement (DP) met again in "
        "Zagreb on Tuesday to discuss a coalition.\n\n"
        'Marko Horvat, the DP leader, said the talks were "moving in the right direction."'
    )
    assert _actors(body)["Marko Horvat"] == "DPHRV"


def test_a_past_office_conjoined_after_a_current_one_keeps_the_side():
    body = (
        "Croatia's ruling party and the right-wing Homeland Movement met again in Zagreb on "
        "Tuesday to discuss a coalition.\n\n"
        "Marko Horvat, the Homeland Movement's leader and former mayor of Osijek, said the "
        'talks were "moving in the right direction."'
    )
    assert _actors(body)["Marko Horvat"] == "DPHRV"


def test_a_past_office_alone_still_speaks_for_nobody():
    body = (
        "Croatia's ruling party and the right-wing Homeland Movement met again in Zagreb on "
        "Tuesday to discuss a coalition.\n\n"
        'Marko Horvat, a former mayor of Osijek, said the talks were "moving in the right '
        'direction."'
    )
    assert _actors(body).get("Marko Horvat") is None
