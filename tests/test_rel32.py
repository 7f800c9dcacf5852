"""A capital's mayor (rel32, thirty-second round): a state's capital whose own city
government the gazetteer lists ("Seoul's city government (South Korea)") is that city, not
its state, next to a mayor's office ("Seoul Mayor X", "Bogotá's mayor, X", "the mayor of
Vienna") or before a bare "Mayor X" in the same paragraph; elsewhere its name still stands
for the state. Sentences invented."""

from __future__ import annotations

from datetime import date

from parley.actors import load_gazetteer
from parley.extract import Opposition, extract_statements
from parley.places import capital_city_government


def _actors(text: str) -> dict[str, str | None]:
    return {
        s.text: s.actor
        for s in extract_statements(text, published=date(2025, 3, 12), opposition=Opposition.NONE)
    }


def test_capital_city_governments_are_read_from_descriptions() -> None:
    gaz = load_gazetteer()
    assert capital_city_government(gaz, "Seoul") == "SEOUL"
    assert capital_city_government(gaz, "Bogotá") == "BOGOTA"
    assert capital_city_government(gaz, "Bogota") == "BOGOTA"
    assert capital_city_government(gaz, "Vienna") == "WIEN"
    # a capital without a listed city government, and a city that is no capital
    assert capital_city_government(gaz, "Paris") is None
    assert capital_city_government(gaz, "Medellín") is None


def test_a_mayor_before_or_after_the_capital_is_the_city_s() -> None:
    seoul = (
        "SEOUL - Bus drivers went back to work on Friday after a one-day stoppage.\n\n"
        "Seoul Mayor Oh Se-hoon said the city would pay for extra night buses.\n"
    )
    assert _actors(seoul)["the city would pay for extra night buses"] == "SEOUL"
    bogota = (
        "CALI - Truck drivers kept their road blocks in place on Tuesday.\n\n"
        "Bogotá's mayor, Carlos Fernando Galán, said his city was watching the talks.\n"
    )
    assert _actors(bogota)["his city was watching the talks"] == "BOGOTA"


def test_a_mayor_between_two_states_is_his_state_s() -> None:
    text = (
        "TOKYO - Japan and South Korea resumed talks on fishing rights on Monday, and "
        "Japan said South Korea had to move first.\n\n"
        "Seoul Mayor Oh Se-hoon said the talks should go on.\n"
    )
    assert _actors(text)["the talks should go on"] == "KOR"


def test_a_bare_mayor_after_the_capital_in_his_paragraph() -> None:
    text = (
        "SEOUL - The bus drivers' union walked out over pay on Thursday.\n\n"
        "Seoul's buses are run by private firms on public money. Mayor Oh Se-hoon said the "
        "city would cover the cost of the strike.\n"
    )
    assert _actors(text)["the city would cover the cost of the strike"] == "SEOUL"


def test_the_capital_alone_still_stands_for_its_state() -> None:
    text = (
        "TOKYO - Japan and South Korea resumed talks on fishing rights on Monday.\n\n"
        "Seoul said the new quotas were unfair to its fleet.\n"
    )
    assert _actors(text)["the new quotas were unfair to its fleet"] == "KOR"
