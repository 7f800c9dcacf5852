"""Hearsay read in the thirty-first round (hear31): a sub-state government called by the
kind of place it governs ("the province") and a federation's agents called by its level
("federal negotiators") holding a reported clause are another party's position, as "the
government" and "the Centre" already were."""

from __future__ import annotations

from hearsay_helpers import last_statement

_PROVINCIAL = (
    "The British Columbia government and the BC General Employees' Union resumed talks on Monday. "
)
_TERRITORIAL = "Ottawa and Nunavut opened talks on a devolution deal in Iqaluit on Monday. "


def test_the_province_in_a_unions_words_is_the_provincial_government() -> None:
    s = last_statement(
        _PROVINCIAL + "Union president Paul Finch said the province had refused to discuss "
        "a cost-of-living clause."
    )
    assert s.actor == "BCGEU"
    assert s.about == "BCPROV"


def test_the_provinces_possession_is_not_a_holder() -> None:
    # a possessive ("the province's economy") is not the province holding the clause; a
    # position it owns ("the province's offer") is (hear37: the gold reads it so)
    s = last_statement(
        _PROVINCIAL + "Union president Paul Finch said the province's economy was weak."
    )
    assert s.about is None


def test_federal_negotiators_in_a_territorys_words_are_the_state() -> None:
    s = last_statement(
        _TERRITORIAL + "Nunavut Premier P.J. Akeeagok said federal negotiators had refused "
        "to write such a clause into the text."
    )
    assert s.actor == "NUNAVUT"
    assert s.about == "CAN"


def test_federal_mediators_are_not_the_state() -> None:
    s = last_statement(
        _TERRITORIAL + "Nunavut Premier P.J. Akeeagok said federal mediators had urged "
        "patience on both sides."
    )
    assert s.about != "CAN"
