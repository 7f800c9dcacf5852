"""Generic sides that hold on any negotiation (issue 8): "the administration" by context,
the EU's side without the wider European group's other members."""

from __future__ import annotations

import pytest

from parley.actors import load_gazetteer
from parley.extract import extract_statements
from parley.places import place_state, place_state_variant


def _all(body: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(s.speaker, s.actor, s.about) for s in extract_statements("Title: t\n\n" + body + "\n")]


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        pytest.param(
            "LILONGWE, May 4 (HD) - Malawi's cabinet met on Monday to discuss the fuel levy.\n\n"
            "The administration said the levy would stay until the end of the year.",
            "MWI",
            id="in an article on another state that never names the US: that state's",
        ),
        pytest.param(
            "The administration said the levy would stay until the end of the year.",
            "USA",
            id="no context: the default side",
        ),
        pytest.param(
            "WASHINGTON, May 4 (HD) - American and Malawian officials met on Monday.\n\n"
            "The administration said the levy would stay until the end of the year.",
            "USA",
            id="an American context: the default side",
        ),
        pytest.param(
            "LILONGWE, May 4 (HD) - U.S. envoy talks with Malawi's cabinet went on for a "
            "second day.\n\nThe administration said the levy would stay until the end of the "
            "year.",
            "USA",
            id="another state's article that names the US: still the default side",
        ),
    ],
)
def test_the_administration_takes_its_side_from_context(body: str, actor: str) -> None:
    *_, (_, got, _) = _all(body)
    assert got == actor


def test_the_administration_in_a_foreign_report_is_no_hearsay_of_the_us() -> None:
    body = (
        "LILONGWE, May 4 (HD) - Malawi's finance minister Chisomo Banda met union leaders in "
        "Blantyre on Monday.\n\nBanda said the administration would pay the arrears in June."
    )
    *_, (_, actor, about) = _all(body)
    assert (actor, about) == ("MWI", None)


def test_the_eu_side_is_the_union_its_members_and_europe_only() -> None:
    gaz = load_gazetteer()
    eu = gaz.side_of("EU")
    assert {"EU", "FRA", "DEU", "EUR"} <= eu
    assert not {"GBR", "NOR", "CHE"} & eu
    # a state outside the Union is with Europe, not with the Union
    gbr = gaz.side_of("GBR")
    assert "EUR" in gbr and "FRA" in gbr and "EU" not in gbr
    # a member state keeps the Union and the wider group
    assert {"EU", "EUR", "GBR"} <= gaz.side_of("FRA")


@pytest.mark.parametrize(
    ("body", "about"),
    [
        pytest.param(
            "LONDON, May 4 (HD) - A British official said the European Union had agreed to "
            "drop the checks on lorries.",
            "EU",
            id="a London speaker reports the EU's position",
        ),
        pytest.param(
            "BRUSSELS, May 4 (HD) - An EU official said Britain had agreed to drop the checks "
            "on lorries.",
            "GBR",
            id="a Brussels speaker reports London's position",
        ),
    ],
)
def test_hearsay_between_the_eu_and_a_european_state_outside_it(body: str, about: str) -> None:
    *_, (_, _, got) = _all(body)
    assert got == about


@pytest.mark.parametrize(
    ("name", "state"),
    [
        ("Mykolaiv", "UKR"),  # the table's "Mykolayiv"
        ("Kropivnitsky", "UKR"),  # "Kropyvnytskyi"
        ("La Línea", "ESP"),  # the first words of "La Línea de la Concepción"
        ("Odesy", None),  # too short to tell a variant from another place
        ("Smithson", None),
    ],
)
def test_a_place_under_another_spelling(name: str, state: str | None) -> None:
    assert place_state_variant(load_gazetteer(), name) == state


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        pytest.param(
            "In Kropivnitsky, the mayor, Andriy Savchuk, said the power would be back by Friday.",
            "UKR",
            id="a town after its preposition, spelt another way",
        ),
        pytest.param(
            "Officials in La Línea met on Monday. The mayor said the queues had grown.",
            "ESP",
            id="a long town name by its first words",
        ),
        pytest.param(
            "The mayor met Darren Barnett on Monday. The mayor said the queues had grown.",
            None,
            id="a person's name close to a town's is no place",
        ),
    ],
)
def test_a_local_office_framed_by_a_town_spelt_another_way(body: str, actor: str | None) -> None:
    *_, (_, got, _) = _all(body)
    assert got == actor


def test_no_name_of_a_person_in_the_gazetteer_is_a_place_variant() -> None:
    gaz = load_gazetteer()
    words = {w for name in [*gaz.people, *gaz.aliases] for w in [name, *name.split()]}
    assert not [w for w in words if place_state(gaz, w) is None and place_state_variant(gaz, w)]
