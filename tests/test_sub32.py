"""Speakers of sub-state governments and state offices left with the wrong actor or none
(sub32, thirty-first round): a province named by its initials ("B.C."); a person's alias
("known as"); "the state's president" after a member state the paragraph names; a
stand-in for a state's office holder; a town's police where a listed state government
polices; a bare minister in the cabinet of the article's bare premier; a premier's province
by his paragraph, not the province set as the other party ("with Quebec"); a Q&A heading's
office. Sentences and people invented."""

from __future__ import annotations

from datetime import date

from parley.actors import load_gazetteer
from parley.extract import Opposition, extract_statements
from parley.places import regional_government, regional_state, sub_state_government
from parley.record import Statement


def _statements(text: str) -> list[Statement]:
    return extract_statements(
        "Talks resume\n\n" + text, published=date(2024, 3, 5), opposition=Opposition.NONE
    )


def _actors(text: str, speaker_word: str) -> set[str | None]:
    return {s.actor for s in _statements(text) if s.speaker and speaker_word in s.speaker}


def test_a_province_by_its_initials_is_its_government() -> None:
    gaz = load_gazetteer()
    assert regional_government(gaz, "B.C.") == "BCPROV"
    assert regional_state(gaz, "BCPROV") == "CAN"  # the abbreviation adds no state
    assert regional_government(gaz, "Q.X.") is None


def test_a_described_regional_government_has_its_state() -> None:
    gaz = load_gazetteer()
    assert sub_state_government(gaz, "JUBALAND") == "SOM"
    assert sub_state_government(gaz, "SOM") is None


def test_an_alias_is_the_person_and_the_states_president_the_member_state() -> None:
    text = (
        "KISMAYO, Somalia, March 5 - Fighting broke out near the border on Monday.\n\n"
        "Jubaland's assembly last month returned Abdi Hassan Warsame, the state's president "
        "known as Gedi, to office for a fourth term.\n\n"
        "Gedi said in a broadcast that Jubaland would not give up its forces."
    )
    statements = [s for s in _statements(text) if s.speaker and "Warsame" in s.speaker]
    assert statements
    assert {s.actor for s in statements} == {"JUBALAND"}


def test_a_stand_in_for_the_state_mediator_speaks_for_the_state() -> None:
    text = (
        "REYKJAVIK, March 5 - The union and the employers met again on Monday.\n\n"
        "A new offer came from Gunnar Bjornsson, the lawyer appointed to stand in for the "
        "state mediator in this dispute.\n\n"
        "Bjornsson said on Tuesday that both committees would be called back this week."
    )
    assert _actors(text, "Bjornsson") == {"ISL"}


def test_a_lawyer_standing_in_for_nobody_stays_nobodys() -> None:
    text = (
        "REYKJAVIK, March 5 - The union and the employers met again on Monday.\n\n"
        "A comment came from Gunnar Bjornsson, a lawyer who follows the talks.\n\n"
        "Bjornsson said on Tuesday that both committees would be called back this week."
    )
    assert _actors(text, "Bjornsson") <= {None}


def test_a_towns_police_is_the_listed_state_governments() -> None:
    text = (
        "CHANDIGARH, March 5 - Farmers camped at the border for a third week.\n\n"
        "Haryana's police kept the barricades in place. Karnal police said on Monday that "
        "they had arrested twelve people for damaging a bus."
    )
    statements = [s for s in _statements(text) if "arrested" in s.text]
    assert statements
    assert {s.actor for s in statements} == {"HARYANA"}


def test_a_bare_minister_sits_in_the_bare_premiers_cabinet() -> None:
    text = (
        "MELBOURNE, March 5 - Victoria's parliament passed the treaty bill on Thursday.\n\n"
        'Premier Jacinta Allan said the vote was "a new start".\n\n'
        "Treaty and First Peoples Minister Karen Ollis said the government would meet the "
        "assembly next month."
    )
    assert _actors(text, "Ollis") == {"VICTORIA"}


def test_the_treasurer_of_a_states_government() -> None:
    text = (
        "SYDNEY, March 5 - Nurses across New South Wales walked out on Wednesday.\n\n"
        "Premier Chris Minns said the state could not pay more.\n\n"
        "Treasurer Dan Kelleher said the government was still willing to talk."
    )
    assert _actors(text, "Kelleher") == {"NSW"}


def test_a_premier_is_not_of_the_province_he_deals_with() -> None:
    text = (
        "ST. JOHN'S - The power contract has been resented in Newfoundland and Labrador "
        "for fifty years.\n\n"
        "On Monday, Premier Tom Hollett named a review of the agreement with Quebec. "
        '"We will read every line," Hollett said.\n\n'
        "Quebec's position is patience. Premier Luc Gagnon said Quebec would not reopen "
        "the terms.\n\n"
        "Quebec wants the deal signed before its own election, and Quebec officials have "
        "said so twice."
    )
    assert _actors(text, "Hollett") == {"NLPROV"}
    assert _actors(text, "Gagnon") == {"QUEBEC"}


def test_a_question_headings_office_is_the_answers_name() -> None:
    text = (
        "VICTORIA - The B.C. General Employees' Union and the provincial government reached "
        "a tentative deal.\n\n"
        "What did the premier say?\n\n"
        'Dave Ostrander welcomed the agreement, calling it "fair to taxpayers".'
    )
    assert _actors(text, "Ostrander") == {"BCPROV"}
