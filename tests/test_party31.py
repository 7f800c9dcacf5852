"""party31: political parties that the gazetteer lists as actors of their own.

A party of the table (``parties.json``) linked to a gazetteer code (``actor``: Nepal's
Congress and UML) speaks as itself out of government and for its state in it; a party name
inside a longer name the gazetteer knows is not that party's; "who remains chairman of the
X" places the speaker in the party; "Its secretary" after a sentence opened by a party the
gazetteer lists is that party's. Parties the gazetteer lists only by descriptive names stay
under the corpus's opposition settings. Sentences and people written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from parley.extract import Opposition, extract_statements
from parley.parties import load_parties

AFTER_THE_FALL = date(2025, 10, 2)  # Nepal's coalition resigned on 9 September 2025
IN_GOVERNMENT = date(2025, 3, 1)


def _who(body: str, day: date, opposition: Opposition = Opposition.NONE) -> list:
    found = extract_statements("Title: t\n\n" + body + "\n", published=day, opposition=opposition)
    return [(s.speaker, s.actor) for s in found]


def test_the_table_links_nepals_parties_to_their_own_codes():
    table = load_parties()
    assert table.parties["NC_NPL"].actor == "NPLNC"
    assert table.parties["UML_NPL"].actor == "NPLUML"
    # the parties the gazetteer lists only by descriptive names are not linked
    assert table.parties["DUP"].actor is None
    assert table.parties["JUNTS"].actor is None


@pytest.mark.parametrize("opposition", [Opposition.NONE, Opposition.STATE])
def test_a_relative_clause_office_links_a_speaker_out_of_government(opposition):
    body = (
        "Bikram Adhikari, who remains chairman of the CPN-UML, said the new cabinet had no "
        "mandate to change the constitution."
    )
    assert _who(body, AFTER_THE_FALL, opposition) == [("Bikram Adhikari", "NPLUML")]


def test_a_linked_party_in_government_speaks_for_its_state():
    body = (
        "Bikram Adhikari, who remains chairman of the CPN-UML, said the new cabinet had no "
        "mandate to change the constitution."
    )
    assert _who(body, IN_GOVERNMENT) == [("Bikram Adhikari", "NPL")]


def test_an_unnamed_party_officer_of_a_linked_party():
    body = (
        "A senior Nepali Congress leader said the party would not block the vote but would "
        "keep its legal options open."
    )
    assert [a for _, a in _who(body, AFTER_THE_FALL)] == ["NPLNC"]


def test_its_office_after_a_linked_party():
    body = (
        "The Nepali Congress has been split over the date. Its general secretary, Hari "
        "Koirala, said the party should campaign rather than go to court."
    )
    assert _who(body, AFTER_THE_FALL) == [("Hari Koirala", "NPLNC")]


def test_a_party_name_inside_a_longer_gazetteer_name_is_not_that_party():
    # under a heading that places the story in the UK, the table's "Labour Party" inside
    # the longer name would give the governing party's state
    body = (
        "How do the parties in Northern Ireland see it?\n\n"
        "The Social Democratic and Labour Party's Orla Devine said her colleagues would "
        "back the bill and seek amendments."
    )
    assert _who(body, AFTER_THE_FALL) == [("Orla Devine", "SDLP")]


def test_its_office_after_a_party_the_gazetteer_lists():
    # the table's "Communist Party" inside the gazetteer's longer name is dropped; "Its"
    # then reads the party the gazetteer finds opening the sentence before
    body = (
        "The opposition Communist Party of India (Marxist) was dismissive. Its state "
        "secretary Manik Deb said the accord was a stunt before the election."
    )
    assert _who(body, date(2024, 3, 1)) == [("Manik Deb", "CPIM")]


def test_an_unlinked_party_out_of_government_stays_under_the_convention():
    body = "Democratic Unionist Party leader Ruth McCall said the deal left the party uneasy."
    assert _who(body, AFTER_THE_FALL) == [("Ruth McCall", None)]


def test_the_party_is_not_a_passive_agent_named_after_it():
    body = (
        "Hill Voice, which holds 9 seats in the state assembly, leads the opposition there. "
        "Its backing is being sought by the ruling Bharatiya Janata Party before the vote.\n\n"
        "Tomas Reang, the party's leader in the assembly, accused the Centre of stalling."
    )
    sides = [a for s, a in _who(body, date(2024, 3, 1)) if s == "Tomas Reang"]
    assert sides and "IND" not in sides
