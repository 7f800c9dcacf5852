"""spk26 (twenty-sixth round): a minister's title whose portfolio the resolver does not list
("Coastal Fisheries Minister X") is still a government's title, and a full name that ends in
a known person's surname but gives other names ("Tariq Aziz Khan" after "Imran Khan") is
another person. Invented articles."""

from __future__ import annotations

from datetime import date

from parley.extract import extract_statements
from parley.extract.government_titles import government_title
from parley.extract.name_learning import _other_given_names


def _sides(text: str, day: date | None = None) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in extract_statements(text, published=day)]


def test_any_portfolio_before_minister_is_a_government_title() -> None:
    text = "Inland Waterways Minister Tomas Berg spoke."
    assert government_title(text, text.index("Tomas"), text.index(" spoke"))
    text = "Shadow Waterways Minister Tomas Berg spoke."
    assert not government_title(text, text.index("Tomas"), text.index(" spoke"))
    text = "Chief Minister Tomas Berg spoke."
    assert not government_title(text, text.index("Tomas"), text.index(" spoke"))


def test_a_minister_of_an_unlisted_portfolio_takes_the_dateline_state() -> None:
    text = (
        "Title: Ferry deal\n\nOSLO, May 4 - Norway's government and the seafarers' unions "
        "agreed a ferry contract on Monday.\n\nCoastal Services Minister Tomas Berg said the "
        "contract was fair to passengers and crews.\n"
    )
    assert _sides(text, date(2025, 5, 4)) == [("Tomas Berg", "NOR")]


def test_other_given_names_make_another_person() -> None:
    assert _other_given_names("Tariq Aziz Khan", "Imran Khan")
    assert not _other_given_names("Sir Keir", "Keir Starmer")
    assert not _other_given_names("Imran Khan", "Imran Khan")


def test_a_namesake_is_not_the_gazetteer_person() -> None:
    text = (
        "Title: Talks\n\nISLAMABAD, Jan 9 - Imran Khan's party walked out of talks with the "
        "government on Thursday.\n\nParty chairman Tariq Aziz Khan said the committee would "
        "not return until the demands were met.\n"
    )
    speakers = [s for s, _ in _sides(text, date(2025, 1, 9))]
    assert speakers == ["Tariq Aziz Khan"]


def test_a_former_official_named_with_the_context_state_has_no_side() -> None:
    # the paragraph names the state, but "former" makes the office a past one
    text = (
        "Title: Guarantee\n\nWASHINGTON - The draft would put a price on the guarantee.\n\n"
        "In the Washington-based Harbour Review, former Treasury budget official Lena Moss "
        "argued that payment would make the guarantee last. She said the money could come "
        "from frozen assets.\n"
    )
    assert _sides(text, date(2025, 11, 23)) == [("Lena Moss", None), ("Lena Moss", None)]


def test_a_serving_official_named_the_same_way_keeps_the_context_state() -> None:
    text = (
        "Title: Guarantee\n\nWASHINGTON - The draft would put a price on the guarantee.\n\n"
        "Treasury budget official Lena Moss argued that payment would make the guarantee last.\n"
    )
    assert _sides(text, date(2025, 11, 23)) == [("Lena Moss", "USA")]


def test_a_body_named_by_its_place_is_not_the_state() -> None:
    # "the Bishkek group X": the capital modifies the group's noun, which heads the phrase
    text = (
        "Title: Water\n\nBISHKEK - Kyrgyzstan and Uzbekistan signed a water deal.\n\n"
        "Aida Usenova of the Bishkek group Clean River said the public had not seen the "
        "studies.\n"
    )
    assert _sides(text, date(2025, 11, 23)) == [("Aida Usenova", None)]
    text = (
        "Title: Water\n\nBISHKEK - Kyrgyzstan and Uzbekistan signed a water deal.\n\n"
        "Aida Usenova of Kyrgyzstan said the public had not seen the studies.\n"
    )
    assert _sides(text, date(2025, 11, 23)) == [("Aida Usenova", "KGZ")]
