"""Hearsay subjects read in the twenty-sixth round (hear26): a state's capital named with a
generic word beside its proper name ("New Delhi") is written by the proper name alone too,
so a clause that name opens is that state's position."""

from __future__ import annotations

from hearsay_helpers import last_statement
from parley.actors import _capital_short_form, load_gazetteer

_TALKS = (
    "KOHIMA, March 3 (HD) - India and the NSCN-IM resumed talks in New Delhi on Monday over "
    "a flag. The NSCN-IM said it wanted a settlement first.\n\n"
)


def test_the_short_form_of_a_capital() -> None:
    assert _capital_short_form("New Delhi") == "Delhi"
    assert _capital_short_form("Kuwait City") == "Kuwait"
    # a generic word only: "Port Louis" is not "Louis", a name of three words is left whole
    assert _capital_short_form("Port Louis") is None
    assert _capital_short_form("Bandar Seri Begawan") is None


def test_the_capital_by_its_proper_name_is_the_state() -> None:
    gaz = load_gazetteer()
    assert gaz.actor_of("Delhi") == "IND"
    assert gaz.actor_of("New Delhi") == "IND"


def test_a_clause_the_short_capital_opens_is_hearsay() -> None:
    found = last_statement(
        _TALKS + "A spokesman for the group, Pele Yanthan, told reporters that Delhi had "
        "broken its promises on the flag."
    )
    assert found.text.startswith("Delhi had broken")
    assert found.about == "IND"
