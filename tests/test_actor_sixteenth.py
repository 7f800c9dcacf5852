"""Actor mechanisms of the sixteenth round (read off the spent part test28): invented
articles, one mechanism each."""

from __future__ import annotations

from parley.extract import extract_statements
from parley.extract.labour import labour_dispute


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in extract_statements(text)]


_STRIKE = (
    "Title: Bin strike ends\n\nDENVER, May 3 - The city's sanitation union and the "
    "administration of Mayor Lena Ortiz reached a tentative contract on Tuesday, ending a "
    "ten-day walkout.\n\n"
)


def test_labour_dispute_needs_a_trade_union_and_a_stoppage() -> None:
    assert labour_dispute(_STRIKE + "The union will vote next week.")
    # a union of states and a military strike are no labour dispute
    assert not labour_dispute(
        "The European Union and a customs union were discussed after strikes on the port."
    )
    assert not labour_dispute("The union said it would talk. The union met the minister.")


def test_a_mayor_bargaining_with_the_city_union_speaks_for_no_state() -> None:
    text = _STRIKE + (
        "Ortiz said the agreement was fair to taxpayers.\n\n"
        "The union will put the deal to members next week.\n"
    )
    assert _sides(text) == [("Lena Ortiz", None)]


def test_a_mayor_outside_a_labour_dispute_keeps_the_city_state() -> None:
    text = (
        "Title: Flood aid\n\nDENVER, May 3 - Canada and the United States agreed on flood "
        "aid.\n\nMayor Lena Ortiz said the agreement was fair to the city.\n"
    )
    assert _sides(text) == [("Lena Ortiz", "USA")]


def test_an_acronym_and_its_number_own_an_office() -> None:
    # "DC 33 president X": the office of a body named by an acronym and its number
    text = _STRIKE + (
        '"We stood together," QX 41 president Dan Marsh told reporters.\n\n'
        "The union will vote next week.\n"
    )
    assert _sides(text) == [("Dan Marsh", None)]


def test_a_junta_named_later_as_a_military_government() -> None:
    # a foreign delegation in the sentence does not make the junta's spokesman its own
    text = (
        "Title: Troops to leave\n\nNIAMEY, May 20 - Niger and the United States agreed that "
        "American forces will leave.\n\n"
        "After a visit by a U.S. delegation, junta spokesman Col. Amadou Kane went on "
        "television.\n\nKane said the visitors had tried to dictate Niger's partners.\n\n"
        "Niger's military government has since turned to Russia.\n"
    )
    assert ("Amadou Kane", "NER") in _sides(text)


def test_a_security_secretary_is_a_government_office() -> None:
    text = (
        "Title: Security group\n\nMEXICO CITY, Sept 4 - Mexico and the United States formed "
        "a security group.\n\nSecurity Secretary Luis Ortega said the agreement would "
        "not change Mexican law.\n"
    )
    assert [actor for _, actor in _sides(text)] == ["MEX"]


def test_the_chair_of_ministers_talks_speaks_for_their_organisation() -> None:
    # "EU environment ministers" convene the talks, not the UN whose summit comes later
    text = (
        "Title: Climate target\n\nBRUSSELS, Nov 5 - EU environment ministers agreed a 2040 "
        "target overnight.\n\nFinnish Climate Minister Aino Lahti, who chaired the talks, told "
        "reporters the result gave the bloc a strong position ahead of the UN climate summit."
        "\n"
    )
    assert [actor for _, actor in _sides(text)] == ["EU"]
