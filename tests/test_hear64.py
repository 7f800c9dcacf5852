"""hear64: a company's officer introduced by a bare title ("Chief executive X", "X, the
chief executive,") speaks for the company the text named before: a clause that names that
company is the officer's own side, not hearsay, even while the officer's actor is unknown."""

from __future__ import annotations

from hearsay_helpers import last_statement
from parley.actors import load_gazetteer
from parley.extract.officer_side import officer_own

_OPENING = (
    "HELSINKI, March 3 (HD) - Finnair and its cabin crew union met again on Monday after "
    "a two-day walkout.\n\n"
)


def test_an_officer_by_a_bare_title_speaks_for_the_company_named_before() -> None:
    body = _OPENING + (
        "Finnair raised its offer on Friday. Chief executive Marta Lindqvist said Finnair was "
        "ready to keep talking and would not cut the crews' pensions."
    )
    statement = last_statement(body)
    assert statement.text.startswith("Finnair was ready")
    assert statement.about is None


def test_an_officer_set_off_after_the_name_is_the_same() -> None:
    body = _OPENING + (
        "Finnair raised its offer on Friday. Marta Lindqvist, the chief executive, said "
        "Finnair was ready to keep talking."
    )
    assert last_statement(body).about is None


def test_the_forms_of_the_introduction() -> None:
    gaz = load_gazetteer()
    named = "Finnair cut flights. "
    assert officer_own(named + "Chief executive Ana Berg said it.", "Ana Berg", "FINNAIR", gaz)
    assert officer_own(
        named + "Ana Berg, the board member for pay, said.", "Ana Berg", "FINNAIR", gaz
    )
    # an office with its possessor or a body's name is the resolver's to read
    assert not officer_own(
        named + "Its chief executive, Ana Berg, said.", "Ana Berg", "FINNAIR", gaz
    )
    assert not officer_own(
        named + "Acme chief executive Ana Berg said.", "Ana Berg", "FINNAIR", gaz
    )
    # an analyst, and a company the text names only after the officer
    assert not officer_own(named + "Ana Berg, an analyst, said.", "Ana Berg", "FINNAIR", gaz)
    assert not officer_own("Chief executive Ana Berg said Finnair", "Ana Berg", "FINNAIR", gaz)
    # a state is no company
    assert not officer_own("Finland. Chief executive Ana Berg said.", "Ana Berg", "FIN", gaz)
