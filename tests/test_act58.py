"""A bare body noun that speaks after the body was named in full, not as a speaker (act58,
thirty-sixth round).

"The <state> Transport Department on Monday closed ... . The department said ...": a
definite body noun with no owner, as the subject of a reporting verb, takes up the state
that the nearest earlier full name with the same noun names in its own words or its
owner's, rather than the state the context reaches for. A city in a body's name is no
owner. After a seat of power named in full ("Miraflores Palace"), its building noun alone
("the Palace") stands for its state. Sentences invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements

_DAY = date(2025, 6, 1)


def _actors(text: str) -> dict[str, str | None]:
    return {
        s.text: s.actor
        for s in extract_statements(text, published=_DAY, opposition=Opposition.NONE)
    }


_NAMED_DEPARTMENT = (
    "Title: Washington raises port fees on Mexican trucks\n\n"
    "MEXICO CITY, June 1 - The U.S. Transportation Department on Monday raised the fees "
    "Mexican trucks pay at border crossings by a third.\n\n"
    "The increase comes weeks before talks on the trade pact resume.\n\n"
    "In its notice, the department said the crossings had been congested for years.\n"
)


def test_bare_department_takes_up_the_named_department() -> None:
    actors = _actors(_NAMED_DEPARTMENT)
    assert actors["the crossings had been congested for years"] == "USA"


_OWNED_INSTITUTE = (
    "Title: Warsaw and Kyiv open an archive\n\n"
    "LVIV, June 1 - Historians opened boxes of letters in a monastery basement this week.\n\n"
    "The work is run by a Polish library with Poland's Institute of Public Records. The "
    "institute said the letters would be copied before they are returned.\n"
)


def test_bare_institute_takes_up_its_owner() -> None:
    actors = _actors(_OWNED_INSTITUTE)
    assert actors["the letters would be copied before they are returned"] == "POL"


_CITY_INSTITUTE = (
    "Title: A poll before the talks\n\n"
    "A survey published on Monday by the Kyiv Centre for Opinion Research found that most "
    "people opposed the plan. The centre said answers could change.\n\n"
    "A poll published last week by the Kyiv International Institute of Polling found the "
    "same. The institute cautioned that the sample was small.\n"
)


def test_city_in_a_name_is_no_owner() -> None:
    actors = _actors(_CITY_INSTITUTE)
    assert actors.get("the sample was small") is None


_SEAT_THEN_SHORT = (
    "Title: Caracas answers the oil companies\n\n"
    "Officials at Miraflores Palace met the oil companies on Monday to discuss new "
    "licences.\n\n"
    "The Palace said the licences would be granted only to firms that paid their debts.\n"
)


def test_building_noun_of_a_seat_stands_for_its_state() -> None:
    """'the Palace' after the text named Miraflores Palace: the seat's state speaks."""
    actors = _actors(_SEAT_THEN_SHORT)
    assert actors["the licences would be granted only to firms that paid their debts"] == "VEN"
