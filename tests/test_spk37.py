"""Speaker names that are no person's: a fronted place phrase, a state's name that is a
named leader's surname, a firm's name closing an apposition, and a day that opens a
sentence with no comma (spk37, thirty-seventh round). Invented sentences."""

from __future__ import annotations

from parley.extract import extract_statements
from parley.extract.options import Opposition


def _speakers(body: str, day: str = "2025-12-11") -> dict[str, str | None]:
    text = f"Title: t\nPublished: {day}\n\n{body}\n"
    return {s.text: s.speaker for s in extract_statements(text, opposition=Opposition.NONE)}


def _speaker_of(found: dict[str, str | None], words: str) -> str | None:
    return next(who for text, who in found.items() if words in text)


def test_fronted_place_phrase_is_no_speaker() -> None:
    found = _speakers(
        "The strike closed schools across the country.\n\n"
        "Outside Riverside General hospital, nurse Ana Lopes stood with her colleagues. "
        '"We cannot keep working double shifts for the same pay," she said.'
    )
    assert _speaker_of(found, "double shifts") == "Ana Lopes"


def test_state_name_that_is_a_named_leaders_surname() -> None:
    found = _speakers(
        "Prime Minister Luis Montenegro met the union leaders on Monday.\n\n"
        "By the evening, Montenegro said the reform of the labour code would go ahead."
    )
    assert _speaker_of(found, "labour code") == "Luis Montenegro"


def test_firm_name_closing_an_apposition_is_not_the_subject() -> None:
    found = _speakers(
        "Software exporters are watching the talks closely.\n\n"
        "Marta Kovalenko, chief executive of a small Odesa design firm, Bluewater Studio, "
        "said three clients had asked whether the sanctions would be lifted."
    )
    assert _speaker_of(found, "three clients") == "Marta Kovalenko"


def test_day_without_comma_opens_the_sentence() -> None:
    found = _speakers(
        "Nicolas Maduro has called the transfers a kidnapping.\n\n"
        "On Sunday Bukele offered a swap: he would send all the men home in exchange for "
        "the same number of prisoners held in Venezuela, he wrote."
    )
    assert _speaker_of(found, "send all the men") == "Nayib Bukele"
