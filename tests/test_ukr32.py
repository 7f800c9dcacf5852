"""Sides on the Ukraine-plan articles' side angles (ukr32, thirty-first round): a local
executive a place owns ("who heads Odesa's city administration") is of the place's state; a
quotation a relative clause on a noun names ("a claim the embassy called 'fiction'") is the
relative's subject's; a heading in capitals of one or two words owns no office after it;
the head of a "National ... Bureau" is of the dateline's or paragraph's state; a place
named after ", saying" is spoken of, not the speaker's. Sentences and people invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements
from parley.record import Statement


def _statements(text: str) -> list[Statement]:
    return extract_statements(
        "Talks resume\n\n" + text, published=date(2025, 11, 25), opposition=Opposition.NONE
    )


def _actors(text: str) -> dict[str, str | None]:
    return {s.text: s.actor for s in _statements(text)}


def test_a_local_executive_a_place_owns_is_of_the_places_state() -> None:
    found = _statements(
        "DNIPRO - Families wait for news.\n\nIvan Hrytsenko, who heads Odesa's city "
        "administration, said the port would keep working through the winter."
    )
    assert [(s.speaker, s.actor) for s in found] == [("Ivan Hrytsenko", "UKR")]


def test_a_quotation_a_relative_clause_on_a_noun_names_is_its_subjects() -> None:
    found = _statements(
        "BUCHAREST - Marin Ionescu, who leads a small nationalist party, spoke on Tuesday.\n\n"
        "Ionescu also claimed that Kyiv had quietly accepted the terms, a claim the Ukrainian "
        'embassy in Bucharest called "an invention". He gave no proof.'
    )
    invention = next(s for s in found if s.text == "an invention")
    assert invention.speaker is None
    assert invention.actor == "UKR"


def test_a_short_heading_in_capitals_owns_no_office_after_it() -> None:
    actors = _actors(
        "BUCHAREST - Romania's president said on Tuesday that the plan needed Europe.\n\n"
        "THE VOTE\n\nLawmaker Ion Barbu said parliament would debate the plan next week."
    )
    assert actors["parliament would debate the plan next week"] == "ROU"


def test_the_head_of_a_national_bureau_is_of_the_datelines_state() -> None:
    actors = _actors(
        "KYIV, Nov 25 - Detectives searched the home of a senior official on Friday.\n\n"
        "Oleh Marchenko, the director of the National Anti-Fraud Bureau, told reporters the "
        "inquiry would go on."
    )
    assert actors["the inquiry would go on"] == "UKR"


def test_a_place_after_a_reporting_participle_is_spoken_of() -> None:
    found = _statements(
        "BUCHAREST - Romania's president said on Tuesday that the plan needed Europe.\n\n"
        "Ana Pop, a nationalist senator, went further still, saying Romania should claim "
        'old lands in Ukraine. The foreign ministry described the remark as "reckless".'
    )
    reckless = next(s for s in found if "reckless" in s.text)
    assert reckless.actor == "ROU"


def test_a_clause_after_a_short_place_phrase_is_what_was_said() -> None:
    actors = _actors(
        "LONDON, Nov 24 - Shares rose in early trade after the mediators said in Vienna they "
        "had agreed a revised text, but the gains faded as the Kremlin said it had seen "
        "nothing official."
    )
    assert "they had agreed a revised text" in actors
    assert actors["it had seen nothing official"] == "RUS"
