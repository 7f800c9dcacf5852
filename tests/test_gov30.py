"""Sub-state office-holders (gov30, thirtieth round): the place a listed sub-state
government governs is read from its "Government of X" name and from its description
("X's provincial government (State)") too, so that a province's premier, governor or mayor
gets that government, not the state: by a title before the name, a province's possessive
before a full name, "Governor X of P", or the place the paragraph names; a bare head skips
a province whose head the text names as someone else; a party's word ("Liberal") is no town
before a title. Sentences and people invented; the governments are the gazetteer's."""

from __future__ import annotations

from datetime import date

from parley.actors import load_gazetteer
from parley.extract import Opposition, extract_statements
from parley.extract.mentions import MentionKind, mention_finder
from parley.places import regional_government, regional_state


def _sides(text: str) -> dict[str | None, str | None]:
    return {
        s.speaker: s.actor
        for s in extract_statements(text, published=date(2025, 6, 1), opposition=Opposition.NONE)
    }


def test_a_government_of_name_says_which_province_it_governs() -> None:
    gaz = load_gazetteer()
    assert regional_government(gaz, "Quebec") == "QUEBEC"
    assert regional_state(gaz, "QUEBEC") == "CAN"


def test_a_described_state_places_a_name_several_states_share() -> None:
    gaz = load_gazetteer()
    assert regional_government(gaz, "La Rioja") == "LARIOJA"
    assert regional_state(gaz, "LARIOJA") == "ARG"
    assert regional_government(gaz, "Basra") == "BASRA"
    assert regional_state(gaz, "BASRA") == "IRQ"


def test_two_words_joined_by_and_are_one_province() -> None:
    text = "The talks between Newfoundland and Labrador and its neighbour went on."
    found = [m.text for m in mention_finder().mentions(text)]
    assert "Newfoundland and Labrador" in found


def test_a_party_word_before_an_office_is_no_town() -> None:
    text = "The former Liberal government had set up a review board in 2019."
    found = mention_finder().mentions(text)
    assert not any(m.kind is MentionKind.ACTOR and m.text == "Liberal" for m in found)


def test_a_province_titled_premier_speaks_for_the_province() -> None:
    text = (
        "MONTREAL - Two provinces agreed a power deal on Monday.\n\n"
        'Quebec Premier Marc Tessier said the deal was "good for both sides".'
    )
    assert _sides(text).get("Marc Tessier") == "QUEBEC"


def test_a_provinces_possessive_before_a_full_name_is_its_governor() -> None:
    text = (
        "BUENOS AIRES - The president met the country's governors on a budget pact.\n\n"
        "La Rioja's Carla Benitez said she would not sign a pact that cut transfers."
    )
    assert _sides(text).get("Carla Benitez") == "LARIOJA"


def test_a_governor_of_a_province_after_the_name() -> None:
    text = (
        "BUENOS AIRES - The president met the country's governors on a budget pact.\n\n"
        'Governor Tomas Ibarra of Tucuman defended the deal. "We need roads," Ibarra said.'
    )
    assert _sides(text).get("Tomas Ibarra") == "TUCUMAN"


def test_a_bare_premier_is_not_of_the_province_whose_premier_is_named() -> None:
    text = (
        "ST. JOHN'S - The premiers of Quebec and Newfoundland and Labrador signed a deal on "
        "power from a river dam on Monday.\n\n"
        "Premier Ada Pike said the deal would pay the province for decades.\n\n"
        'Quebec Premier Marc Tessier said Quebec was "pleased".\n\n'
        "Quebec officials said Quebec would buy the power and Quebec would pay more."
    )
    sides = _sides(text)
    assert sides.get("Ada Pike") == "NLPROV"
    assert sides.get("Marc Tessier") == "QUEBEC"


def test_a_mayor_in_a_labour_dispute_speaks_for_the_listed_city() -> None:
    text = (
        "CHICAGO - The city's bus drivers' union ended a two-day walkout on Friday after "
        "the union and the city agreed a new collective agreement.\n\n"
        'Mayor Lena Okafor said the contract was "fair to drivers and to riders" in Chicago.'
    )
    assert _sides(text).get("Lena Okafor") == "CHICAGO"
