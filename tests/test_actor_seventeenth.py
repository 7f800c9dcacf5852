"""Actor mechanisms of the seventeenth round: a minister or premier whose title names no
state, on the side the document gives them. Invented articles, one mechanism each."""

from __future__ import annotations

from datetime import date

from parley.extract import extract_statements
from parley.extract.mentions import MentionKind, mention_finder


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in extract_statements(text)]


def test_a_demonym_and_the_name_after_it_are_one_province() -> None:
    text = "Alberta and British Columbia Premier Jane Holt spoke. A British diplomat spoke."
    found = {(m.text, m.actor) for m in mention_finder().mentions(text)}
    # (the province's own government, which the gazetteer lists: see
    # test_actor_regional_governments.py; a province with none is its state's)
    assert ("British Columbia", "BCPROV") in found
    assert ("British", "GBR") in found  # alone, the demonym stays a demonym


def test_a_province_premier_speaks_for_the_province_state() -> None:
    text = (
        "Title: River talks paused\n\nThe United States paused talks on the river treaty "
        "with Canada.\n\nBritish Columbia Premier Jane Holt said the pause was worrying for "
        "Washington's partners.\n"
    )
    assert _sides(text) == [("Jane Holt", "CAN")]


def test_a_known_surname_before_an_unknown_one_is_a_given_name() -> None:
    # the gazetteer knows Naim Qassem; "Qassem Rezaei" is somebody else
    text = "Iran's deputy police chief, Qassem Rezaei, spoke."
    kinds = {m.text: m.kind for m in mention_finder().mentions(text)}
    assert kinds.get("Qassem Rezaei") is MentionKind.NAME
    assert "Qassem" not in kinds


def test_an_office_whose_recorded_holder_is_another_person_is_not_that_side() -> None:
    # the gazetteer records Japan's industry minister on the day: a minister of that title
    # with another name is not Japan's, even in a paragraph that names Japan
    text = (
        "Title: Frigate deal\n\nSYDNEY - Australia chose a Japanese frigate design.\n\n"
        "The Japanese talks may drag. Australian officials dismissed that. Industry Minister "
        "Tom Farrell said the contracts would be signed next year.\n"
    )
    found = [(s.speaker, s.actor) for s in extract_statements(text, published=date(2025, 9, 2))]
    assert ("Tom Farrell", "AUS") in found


def test_a_minister_who_told_his_state_media_is_of_that_state() -> None:
    # the article's main side is Afghanistan's; the medium's demonym gives Iran
    text = (
        "Title: Water row\n\nKABUL - Afghanistan's Taliban government said Iran was lying "
        "about the river, and Afghan officials said Kabul would not be pressed.\n\nEnergy "
        "minister Reza Karimi told Iranian television that the river was still flowing into "
        "Afghan reservoirs.\n"
    )
    assert ("Reza Karimi", "IRN") in _sides(text)


def test_a_paragraph_opening_on_a_state_organ_gives_the_next_minister_that_state() -> None:
    text = (
        "Title: Tomato duty\n\nWASHINGTON - The United States put a duty on tomatoes from "
        "Mexico.\n\nMexico's agriculture and economy ministries said in a statement that the "
        "duty was unfair.\n\nAgriculture Secretary Luis Ramos said talks with the Commerce "
        "Department had gone on until the last day.\n"
    )
    assert ("Luis Ramos", "MEX") in _sides(text)
