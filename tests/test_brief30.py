"""Whose official a speaker is (brief30, thirtieth round): a title before a gazetteer
person's name that puts a namesake in another state's office wins over the gazetteer; a
speaker's phrase after the clause it reports takes the state that clause opens on as its
subject, not a state the clause names later; with nothing nearer, an unqualified office is
of the state the lead opens on as its subject before the state the article names most.
Sentences invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements


def _by_speaker(text: str) -> dict[str | None, str | None]:
    return {
        s.speaker: s.actor
        for s in extract_statements(text, published=date(2025, 6, 1), opposition=Opposition.NONE)
    }


def test_a_namesake_in_another_states_office_is_of_that_state() -> None:
    text = (
        "Chile's Interior Minister Pedro Sanchez said the border posts would stay open "
        "through the winter.\n"
    )
    assert _by_speaker(text)["Pedro Sanchez"] == "CHL"


def test_the_gazetteer_person_keeps_his_own_states_title() -> None:
    text = "Spain's Prime Minister Pedro Sanchez said the budget would pass in the spring.\n"
    assert _by_speaker(text)["Pedro Sanchez"] == "ESP"


def test_a_phrase_after_its_clause_takes_the_state_the_clause_opens_on() -> None:
    text = (
        "GENEVA - Brazil supports every honest attempt to end the fighting, but any deal "
        "has to be accepted by Ukraine and by Russia, the foreign ministry's spokeswoman "
        "Ana Carvalho said on Friday.\n"
    )
    assert _by_speaker(text)["Ana Carvalho"] == "BRA"


def test_a_framing_place_is_no_attributed_clause() -> None:
    text = (
        "In Brasilia, the foreign ministry's spokeswoman, Ana Carvalho, said the talks "
        "on Ukraine would need more time.\n"
    )
    assert _by_speaker(text)["Ana Carvalho"] == "BRA"


def test_an_unqualified_office_is_of_the_leads_subject() -> None:
    text = (
        "NAIROBI/KAMPALA, May 3 - Kenya reopened its border with Uganda on Tuesday after "
        "a month of closures over a trade quarrel.\n\n"
        "Uganda had closed the crossing at Busia in April. Uganda's traders said Uganda "
        "lost millions, and Ugandan lorries queued for days at Malaba, where Ugandan "
        "officials counted the losses.\n\n"
        "The quarrel began over sugar quotas. Trade Minister Joseph Mwangi Otieno said the "
        "quotas would be reviewed before the end of the year.\n"
    )
    assert _by_speaker(text)["Joseph Mwangi Otieno"] == "KEN"
