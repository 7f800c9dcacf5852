"""act65: a place that is the object of a verb of motion in a speaker's apposition ("a
software developer flying to Berlin") says where the person goes, not whose side they
speak for."""

from datetime import date

from parley.extract import extract_statements


def test_destination_in_apposition_gives_no_side() -> None:
    text = (
        "YEREVAN - Travellers at the airport were calm on Monday. Aram Petrosyan, a "
        "teacher travelling to Paris, said he had not noticed the new guards."
    )
    found = extract_statements(text, published=date(2025, 6, 2))
    assert [(s.speaker, s.actor) for s in found] == [("Aram Petrosyan", None)]


def test_office_before_the_place_still_gives_the_side() -> None:
    text = (
        "KYIV - Olena Marchenko, a Ukrainian diplomat travelling to Paris, said the talks "
        "would resume next week."
    )
    found = extract_statements(text, published=date(2025, 6, 2))
    assert [s.actor for s in found] == ["UKR"]
