"""Actor mechanisms of the nineteenth round: named officials whose title coordinates
portfolios, and members of a non-state side named through "of" or a relative clause.
Invented sentences, one mechanism each."""

from __future__ import annotations

from datetime import date

from parley.extract import extract_statements
from parley.extract.mentions import MentionKind, mention_finder


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in extract_statements(text, published=date(2025, 6, 1))]


def _roles(text: str) -> dict[str, str]:
    return {m.text: m.role for m in mention_finder().mentions(text) if m.kind is MentionKind.ROLE}


def test_coordinated_portfolios_are_one_title() -> None:
    roles = _roles("Energy and Mineral Resources Minister Arif Wibowo spoke.")
    assert roles == {"Energy and Mineral Resources Minister": "energy minister"}


def test_a_foreign_and_trade_minister_is_one_title() -> None:
    roles = _roles("The Foreign and Trade Minister, Tom Hale, spoke.")
    assert "Foreign and Trade Minister" in roles


def test_a_name_before_and_is_not_a_portfolio() -> None:
    text = "Smith and Trade Minister Tom Hale spoke."
    kinds = {m.text: m.kind for m in mention_finder().mentions(text)}
    assert kinds.get("Smith") is MentionKind.SURNAME
    assert _roles(text) == {"Trade Minister": "trade minister"}


def test_a_day_before_coordinated_portfolios_stays_out_of_the_title() -> None:
    roles = _roles("On Monday, Energy and Mines Minister Ali Juma spoke.")
    assert roles == {"Energy and Mines Minister": "energy minister"}


def test_coordinated_portfolios_give_the_office_its_context_side() -> None:
    text = (
        "Title: Gas deal\n\nJAKARTA - Indonesia agreed to buy more gas.\n\n"
        "Energy and Mineral Resources Minister Arif Wibowo said Indonesia would sign the "
        "contracts next month.\n"
    )
    assert ("Arif Wibowo", "IDN") in _sides(text)


def test_a_name_of_a_movement_is_the_movement() -> None:
    text = (
        "Separatist leaders rejected the offer from Cameroon. Peter Ebi of the Ambazonia "
        "Governing Council said the fighters would not disarm.\n"
    )
    assert ("Peter Ebi", "AMBAZONIA") in _sides(text)


def test_a_name_of_a_state_is_still_the_state() -> None:
    text = "The forum met on Monday. Tom Ieremia of Samoa said the deal was good for the islands.\n"
    assert ("Tom Ieremia", "WSM") in _sides(text)


def test_the_head_of_a_movement_named_in_a_relative_clause_is_the_movement() -> None:
    text = (
        "Cameroon's government said the talks were over. Peter Ebi, who heads the Ambazonia "
        "Governing Council, said the fighters would keep their positions.\n"
    )
    assert ("Peter Ebi", "AMBAZONIA") in _sides(text)


def test_the_leader_of_a_governing_party_faction_is_the_state() -> None:
    text = (
        "The talks resumed in Geneva on Monday. Olena Marchuk, who leads the Servant of the "
        "People faction in parliament, said the deputies would not vote for any change of "
        "the border.\n"
    )
    assert _sides(text) == [("Olena Marchuk", "UKR")]
