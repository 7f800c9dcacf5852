"""Sub-state governments the gazetteer lists (issue 8, twenty-fourth round): an office a
province's or region's name qualifies ("Alberta Premier X", "Assam's Chief Minister X")
speaks for that place's own government where the gazetteer lists one, outside a
negotiation between states; a bare office ("Finance Minister X", "the premier") in an
article whose negotiation is such a government's is that government's; "Their president,
X," is the office of the body the paragraph opens on, as "Its president, X," is.
Sentences and people invented; the governments and bodies are the gazetteer's."""

from __future__ import annotations

from datetime import date

from parley.actors import load_gazetteer
from parley.extract import Opposition, extract_statements
from parley.places import regional_government, regional_state


def _sides(text: str) -> dict[str | None, str | None]:
    return {
        s.speaker: s.actor
        for s in extract_statements(text, published=date(2025, 6, 1), opposition=Opposition.NONE)
    }


def test_a_listed_government_is_found_by_the_place_it_governs() -> None:
    gaz = load_gazetteer()
    assert regional_government(gaz, "Assam") == "ASSAM"
    assert regional_government(gaz, "British Columbia") == "BCPROV"
    assert regional_state(gaz, "ASSAM") == "IND"
    # a place with no listed government of its own, and a state, give none
    assert regional_government(gaz, "Queensland") is None
    assert regional_state(gaz, "IND") is None


def test_an_office_the_place_qualifies_is_its_own_governments() -> None:
    text = (
        "Rebel leaders met state officials in Guwahati on Monday.\n\n"
        "Assam's Chief Minister Ravi Dutta said the accord would bring peace. "
        "He said the state would pay for the camps.\n\n"
        "British Columbia Premier Tom Hale said the pipeline deal was unfair."
    )
    sides = _sides(text)
    assert sides.get("Ravi Dutta") == "ASSAM"
    assert sides.get("Tom Hale") == "BCPROV"


def test_a_place_with_no_listed_government_keeps_its_state() -> None:
    text = "Queensland Premier Jo Black said the coal deal was unfair to the state."
    assert _sides(text).get("Jo Black") == "AUS"


def test_between_two_states_a_premier_speaks_for_their_state() -> None:
    text = (
        "OTTAWA - Canada and the United States broke off trade talks on Friday after "
        "Washington objected to a Canadian advertisement. Canadian officials said Canada "
        "would not retaliate. U.S. officials said the United States wanted an apology, "
        "and the United States set new tariffs on Canada.\n\n"
        "Ontario Premier Ray Hill said the advertisement had made its point."
    )
    assert _sides(text).get("Ray Hill") == "CAN"


def test_a_bare_office_in_a_provincial_dispute_is_the_provinces() -> None:
    text = (
        "TORONTO, July 5 - Ontario's government and the Ontario Public Service Employees "
        "Union failed to reach a deal on Friday. The Ontario government said its offer was "
        "fair, and OPSEU said the Ontario government had refused to move.\n\n"
        "Finance Minister Paul Brant said the province would not reopen the offer."
    )
    assert _sides(text).get("Paul Brant") == "ONTARIO"


def test_a_bare_office_filed_from_a_state_capital_stays_the_states() -> None:
    text = (
        "NEW DELHI, Dec 29 - The Assam government and the ULFA signed an accord on "
        "Friday. The Assam government said the ULFA would disband, and the ULFA said "
        "the Assam government had met its demands.\n\n"
        "Home Minister Arun Sethi said the accord would be carried out clause by clause."
    )
    assert _sides(text).get("Arun Sethi") == "IND"


def test_their_title_is_the_office_of_the_body_the_paragraph_opens_on() -> None:
    text = (
        "The Coastal First Nations said in a statement that they would go to court. "
        "Their president, Ann Wells, said the nations had not been asked."
    )
    assert _sides(text).get("Ann Wells") == "CFN"


def test_a_body_the_text_says_a_state_owns_is_that_states() -> None:
    from parley.extract.unlisted import state_bodies

    gaz = load_gazetteer()
    text = (
        "Kenya signed the deal with the state-run Kenya Grid Supply Board (KGSB) in 2019. "
        "Tanzania's state power company Zeta Volt said it would bid."
    )
    found = {u.code: set(u.forms) for u in state_bodies(text, gaz, lambda pos: None)}
    assert found == {"KEN": {"Kenya Grid Supply Board", "KGSB"}, "TZA": {"Zeta Volt"}}
    # a state's news agency reports; it is no party
    assert state_bodies("Kenyan state news agency Tufani Press said so.", gaz, lambda p: None) == []


def test_an_officer_of_a_state_owned_body_speaks_for_the_state() -> None:
    text = (
        "Kenya signed the deal with the state-run Kenya Grid Supply Board (KGSB) in 2019.\n\n"
        "KGSB chairman Omari Wekesa said the board had raised its payments."
    )
    assert _sides(text).get("Omari Wekesa") == "KEN"


def test_an_aide_of_a_person_the_text_placed_is_on_that_persons_side() -> None:
    text = (
        "Chilean President Ana Ruiz met Argentine officials on Saturday.\n\n"
        "Ben Soto, Ruiz's chief of staff, told reporters that the talks went well.\n\n"
        "Eva Lind, an adviser to Ruiz, said the meeting was useful."
    )
    sides = _sides(text)
    assert sides.get("Ben Soto") == "CHL"
    assert sides.get("Eva Lind") == "CHL"


def test_an_aide_of_a_person_with_no_side_has_none() -> None:
    text = "Mark Hale, Smith's lawyer, said the case against his client was weak."
    assert _sides(text).get("Mark Hale") is None
