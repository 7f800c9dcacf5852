"""A class noun that a body's name holds only as a modifier of another head ("Union
Pacific", a railroad) does not make the body one of that class: "the union said" does not
refer back to it. A name whose head is the noun, or a class noun after it, still does. A
company may be called by its trade ("the railroad"), after where it is based ("the
Omaha-based railroad")."""

from __future__ import annotations

from datetime import datetime

import pytest

from actor_helpers import actor_of
from parley.extract.unlisted import _names_class

_DAY = datetime(2025, 8, 20)


def test_the_union_after_a_company_named_union_is_not_the_company() -> None:
    text = (
        "OMAHA - A craft union of track workers backed Union Pacific's takeover plan on "
        "Wednesday.\n\nThe Brotherhood of Track Welders, which represents welders on "
        "western lines, said the deal kept every job. The pledge would also reach welders "
        "in the east once the deal closed, the union said.\n"
    )
    assert actor_of(text, None, "reach welders in the east", _DAY) is None


@pytest.mark.parametrize(
    ("subject", "words"),
    [
        pytest.param("A spokesman for the Omaha-based railroad", "kept every", id="based"),
        pytest.param("The railroad", "kept every", id="bare trade noun"),
    ],
)
def test_a_company_called_by_its_trade(subject: str, words: str) -> None:
    text = (
        "OMAHA - Two freight lines traded filings over a merger on Wednesday.\n\nNorfolk "
        "Southern said it would answer the regulator. Union Pacific said it welcomed the "
        f"welders' backing. {subject} said the pledge kept every job on its lines.\n"
    )
    assert actor_of(text, None, words, _DAY) == "UNIONPAC"


@pytest.mark.parametrize(
    ("noun", "name", "holds"),
    [
        pytest.param("union", "Union Pacific", False, id="a railroad named Union"),
        pytest.param("union", "Union Pacific Railroad", False, id="its longer name"),
        pytest.param("union", "Union Bank of Lagos", False, id="a bank named Union"),
        pytest.param("union", "Harbour Pilots' Union", True, id="head last"),
        pytest.param("union", "Union of Harbour Pilots", True, id="head before of"),
        pytest.param("union", "Trades Union Congress", True, id="before a class head"),
        pytest.param("union", "Union Nationale des Pilotes", True, id="Romance head first"),
        pytest.param("party", "Party for Green Renewal", True, id="head before for"),
        pytest.param("organisation", "World Tariff Organization", True, id="spelling"),
    ],
)
def test_names_class(noun: str, name: str, holds: bool) -> None:
    assert _names_class(noun, name) is holds
