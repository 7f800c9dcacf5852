"""act82 (forty-second round): an office of a body the gazetteer does not know, named in the
possessive right next to a name ("X, the Dockhands' general president,", "Delmar
American's chair, X,"), is that body's, no state's; people of the development parts in the
gazetteer. Invented sentences."""

from __future__ import annotations

from datetime import datetime

from parley.extract import extract_statements
from parley.extract.options import Opposition

_DAY = datetime(2025, 3, 8)


def _actor(text: str, words: str) -> str | None:
    for s in extract_statements(text, published=_DAY, opposition=Opposition.NONE):
        if words in s.text:
            return s.actor
    raise AssertionError(f"no statement with {words!r}")


_UNION = (
    "Title: Port strike spreads\n\n"
    "Dockworkers in the United States walked out on Monday, and the American government "
    "urged both sides to return to talks.\n\n"
    "Marla Quentin, the Dockhands' general president, said the walkout would go on until "
    "the company agreed to bargain.\n"
)

_COMPANY = (
    "Title: Takeover talks end\n\n"
    "The American bid for the shipping group collapsed on Friday, officials in Washington "
    "said.\n\n"
    "Delmar American's chair, Tobias Wendt, said the board was sure of its own plan.\n"
)

_PREMIER = (
    "Title: Plant closes\n\n"
    "The German carmaker closed its last plant in the east on Friday.\n\n"
    "Saxony's premier, Holger Brandtner, said the state would work to fill the building.\n"
)


def test_an_unknown_body_s_office_after_the_name_is_no_state_s() -> None:
    assert _actor(_UNION, "walkout would go on") is None


def test_an_unknown_body_s_office_before_the_name_is_no_state_s() -> None:
    assert _actor(_COMPANY, "board was sure") is None


def test_a_place_s_state_office_keeps_its_state() -> None:
    assert _actor(_PREMIER, "fill the building") == "DEU"


def test_development_people_in_the_gazetteer() -> None:
    text = (
        "Title: Brandy duties\n\n"
        "China imposed duties on European brandy on Friday.\n\n"
        "Annie Genevard said the government would keep pressing Beijing. Olof Gill said the "
        "Union stood behind its producers.\n"
    )
    assert _actor(text, "keep pressing Beijing") == "FRA"
    assert _actor(text, "stood behind its producers") == "EU"
