"""Sub-state ministers (prv27, twenty-seventh round): a minister of a portfolio with no
state in their title ("X, the minister of forests,") whose own paragraph speaks of a
province, a territory or a state government (and of no federal one) serves the sub-state
government the article names (the paragraph's first, else the article's only one), outside
a negotiation between two states. Sentences and people invented; the governments are the
gazetteer's."""

from __future__ import annotations

from datetime import date

from parley.actors import load_gazetteer
from parley.extract import Opposition, extract_statements
from parley.extract.sub_state_heads import NamedGovernment, minister_government


def _sides(text: str) -> dict[str | None, str | None]:
    return {
        s.speaker: s.actor
        for s in extract_statements(text, published=date(2025, 6, 1), opposition=Opposition.NONE)
    }


_ACCORD = (
    "VICTORIA - British Columbia's government and the Coastal Guardians Council signed "
    "a fisheries accord on Monday after four years of talks. The council said the "
    "accord protected its waters, and Canada said it welcomed the accord.\n\n"
)


def test_a_ministers_paragraph_that_speaks_of_the_province_gives_the_province() -> None:
    text = _ACCORD + (
        "The province will hand over two harbours that Canada built. Lena Brask, the minister of "
        "fisheries, said the government would pass a law before the autumn."
    )
    assert _sides(text).get("Lena Brask") == "BCPROV"


def test_a_minister_whose_paragraph_says_federal_stays_with_the_state() -> None:
    text = _ACCORD + (
        "The federal cabinet and the province must both sign off on harbours that Canada "
        "built. Lena Brask, the minister of fisheries, said the government would pay."
    )
    assert _sides(text).get("Lena Brask") == "CAN"


def test_a_minister_whose_paragraph_names_no_province_stays_with_the_state() -> None:
    text = _ACCORD + (
        "Two harbours that Canada built will change hands. Lena Brask, the minister of "
        "fisheries, said the government would pay."
    )
    assert _sides(text).get("Lena Brask") == "CAN"


def test_the_paragraph_picks_among_the_named_provinces() -> None:
    gaz = load_gazetteer()
    text = "Intro.\n\nThe province said no. Later text."
    named = [NamedGovernment(0, "ALBERTA"), NamedGovernment(9, "BCPROV")]
    at = text.index("The province")
    assert minister_government(gaz, text, named, "CAN", at) == "BCPROV"
    assert minister_government(gaz, text, named, "USA", at) is None


def test_no_province_word_no_government() -> None:
    gaz = load_gazetteer()
    text = "The minister said no."
    assert minister_government(gaz, text, [NamedGovernment(0, "BCPROV")], "CAN", 4) is None


def test_between_two_states_a_provinces_minister_stays_with_their_state() -> None:
    text = (
        "OTTAWA - Canada and the United States broke off trade talks on Friday. Canadian "
        "officials said Canada would not retaliate, and U.S. officials said the United "
        "States wanted an apology from Canada.\n\n"
        "In Ontario, the province's mills are idle. Tom Vail, the minister of trade, said "
        "the tariffs would cost jobs."
    )
    assert _sides(text).get("Tom Vail") != "ONTARIO"
