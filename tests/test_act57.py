"""Officials of governing parties (act57, thirty-sixth round).

"ANC Secretary-General X said": a hyphenated party office before the name; "He thanked the
Y party and the other coalition partners": the text's own words put a party in the governing
coalition on the article's day, so its chairman (a person the gazetteer lists, out of
office) speaks for the state; a party the text only says is negotiating stays out.
Sentences invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements


def _actors(text: str, day: date) -> dict[str, str | None]:
    return {
        s.text: s.actor for s in extract_statements(text, published=day, opposition=Opposition.NONE)
    }


_SECRETARY_GENERAL = (
    "Title: South African parties talk\n\n"
    "JOHANNESBURG, July 2 - South Africa's parties met again on Tuesday.\n\n"
    "ANC Secretary-General Thabo Nkosana told reporters that the talks would go on next week.\n"
)


def test_hyphenated_party_office_gives_the_governing_state() -> None:
    actors = _actors(_SECRETARY_GENERAL, date(2024, 7, 2))
    assert actors["the talks would go on next week"] == "ZAF"


def _partner(tail: str) -> str:
    return (
        "Title: Pakistan's new prime minister\n\n"
        "ISLAMABAD, March 3 - Pakistan's parliament elected a new prime minister on Sunday.\n\n"
        f"The prime minister thanked the PPP{tail}\n\n"
        "PPP chairman Bilawal Bhutto Zardari said the budget would come first.\n"
    )


def test_coalition_partner_in_the_text_speaks_for_the_state() -> None:
    actors = _actors(_partner(" and the other coalition partners."), date(2024, 3, 3))
    assert actors["the budget would come first"] == "PAK"


def test_a_party_still_negotiating_stays_out() -> None:
    actors = _actors(_partner(" for the talks, which would go on."), date(2024, 3, 3))
    assert actors["the budget would come first"] is None


_FOR_AND_WHOSE = (
    "Title: Spain's budget vote\n\n"
    "MADRID, May 4 - Spain's parliament debated the budget on Sunday.\n\n"
    "Ana Ruiz for the Socialists said the budget would pass this week.\n\n"
    "Luis Ortega, whose PSOE party leads the coalition, said the talks had ended well.\n"
)


def test_for_the_party_and_whose_party_give_the_governing_state() -> None:
    actors = _actors(_FOR_AND_WHOSE, date(2025, 5, 4))
    assert actors["the budget would pass this week"] == "ESP"
    assert actors["the talks had ended well"] == "ESP"


_FIRST_MENTION = (
    "Title: Pakistan's coalition\n\n"
    "ISLAMABAD, June 3 - Pakistan's coalition met on Monday.\n\n"
    "PPP chairman Bilawal Bhutto Zardari arrived late.\n\n"
    "Bilawal said the budget would come first.\n"
)


def test_a_listed_persons_party_title_at_the_first_mention_holds() -> None:
    actors = _actors(_FIRST_MENTION, date(2024, 6, 3))
    assert actors["the budget would come first"] == "PAK"


def test_a_charge_after_a_comma_inside_the_closing_quote_is_not_the_speakers() -> None:
    text = (
        "Title: A row in Lisbon\n\n"
        "LISBON, May 4 - Portugal's unions protested on Sunday.\n\n"
        'Union leader Rui Costa said the deal "put profit ahead of people," a charge the '
        "ministry rejected.\n"
    )
    texts = [s.text for s in extract_statements(text, published=date(2025, 5, 4))]
    assert 'the deal "put profit ahead of people,"' in texts
