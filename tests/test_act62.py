"""A sentence-opening "His"/"Her" before an office in apposition is the person the
sentence before opens on (act62, thirty-seventh round). Invented sentences."""

from __future__ import annotations

from parley.extract import extract_statements
from parley.extract.options import Opposition


def _sides(body: str, day: str = "2024-08-12") -> dict[str | None, str | None]:
    text = f"Title: t\nPublished: {day}\n\n{body}\n"
    return {s.speaker: s.actor for s in extract_statements(text, opposition=Opposition.NONE)}


def test_his_spokesman_with_a_remit_is_the_commandants() -> None:
    sides = _sides(
        "MANILA - Two coast guards held a drill on Friday.\n\n"
        'Admiral Ramon Dela Paz, the Philippine Coast Guard commandant, called the drill "a '
        'good start." His spokesman for the West Philippine Sea, Jomar Balingit, told '
        "reporters the two services would share radar data."
    )
    assert sides["Ramon Dela Paz"] == "PHL"
    assert sides["Jomar Balingit"] == "PHL"


def test_her_spokesman_is_the_generals() -> None:
    sides = _sides(
        "Talks on the border opened on Monday.\n\n"
        "General Marta Vilches, the Chilean army commander, said the troops would stay. "
        "Her spokesman, Tomas Errazuriz, said the maps were ready."
    )
    assert sides["Tomas Errazuriz"] == "CHL"


def test_pronoun_opening_its_paragraph_takes_no_owner_here() -> None:
    sides = _sides("His spokesman for the talks, Jomar Balingit, said the maps were ready.")
    assert sides["Jomar Balingit"] is None


def test_outside_opens_a_place_not_a_name() -> None:
    sides = _sides(
        "Nurses struck at Montefiore Medical Center in the Bronx on Monday.\n\n"
        "Montefiore said it had offered a fair raise.\n\n"
        "Outside Montefiore's main campus, nurse Ana Ruiz said she had not had a break."
    )
    assert sides[None] == "MONTEFIORE"


def test_leading_words_of_a_listed_body_name_it() -> None:
    sides = _sides(
        "Nurses struck at Mount Sinai Hospital in Manhattan on Monday.\n\n"
        "Mount Sinai said in a statement that the strike was reckless."
    )
    assert sides[None] == "MTSINAI"
