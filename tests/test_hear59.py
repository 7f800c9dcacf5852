"""Hearsay read in the forty-fifth round (hear59): a demonym qualifying a plural of private
business ("Peruvian exporters", "several Chilean investors") as the reported clause's
subject names a nationality's business people, not the state's side: no ``about``."""

from __future__ import annotations

from parley.extract import extract_statements

_LEAD = (
    "Title: Andean neighbours close in on a river deal\n\n"
    "LIMA - Peru and Chile held talks on Monday about water from the shared river.\n\n"
)


def _about(sentence: str) -> str | None:
    *_, found = extract_statements(_LEAD + sentence + "\n")
    return found.about


def test_a_nationalitys_executives_are_no_party() -> None:
    assert (
        _about(
            "Rosa Mendez, a consultant at a Lima law firm, said Chilean executives were now "
            "asking for written guarantees before shipping anything."
        )
        is None
    )


def test_a_nationalitys_traders_are_no_party() -> None:
    assert (
        _about(
            "Rosa Mendez, a consultant at a Lima law firm, said several Chilean traders had "
            "asked about shorter contracts since the plan was published."
        )
        is None
    )


def test_the_state_itself_is_still_hearsay() -> None:
    assert (
        _about(
            "Rosa Mendez, a consultant at a Lima law firm, said Chile had asked for more "
            "time to study the plan."
        )
        == "CHL"
    )


def test_a_nationalitys_delegation_is_still_its_state() -> None:
    assert (
        _about(
            "Rosa Mendez, a consultant at a Lima law firm, said the Chilean delegation had "
            "asked for more time to study the plan."
        )
        == "CHL"
    )


def test_a_modifier_before_the_demonym_keeps_the_business_group() -> None:
    assert (
        _about(
            "Rosa Mendez, a consultant at a Lima law firm, said senior Chilean executives were "
            "asking for written guarantees before shipping anything."
        )
        is None
    )
