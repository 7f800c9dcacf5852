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


def test_place_as_object_of_a_preposition_on_a_common_noun() -> None:
    text = (
        "NAIROBI - The talks went on. Farm groups in Uganda warned that the levy would "
        "hurt growers. A cousin of one of the Kenyans told reporters that the family "
        "was hopeful."
    )
    found = extract_statements(text, published=date(2025, 6, 2))
    assert [s.actor for s in found] == [None, None]


def test_officials_in_a_capital_keep_its_side() -> None:
    text = "NAIROBI - The talks went on. Officials in Kampala said the levy would stay."
    found = extract_statements(text, published=date(2025, 6, 2))
    assert [s.actor for s in found] == ["UGA"]
