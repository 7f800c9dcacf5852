"""Local bodies and places that frame unnamed officials (act47, thirty-fourth round).

An "administration" with a local or military modifier ("the city's military
administration", "a regional administration") is not the executive a bare "the
administration" stands for, so its people take the state the paragraph or dateline gives;
a sentence opening on a town the places table knows ("In Mariupol, officials say") places
the unnamed speakers of that sentence in the town's state when the article quotes that
state's people. Sentences invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements

_DAY = date(2025, 10, 1)


def _actors(text: str) -> dict[str, str | None]:
    return {
        s.text: s.actor
        for s in extract_statements(text, published=_DAY, opposition=Opposition.NONE)
    }


_ADMINISTRATION = (
    "Title: Councils weigh the plan\n\n"
    "ODESA, Ukraine - The Trump administration's draft reached Odesa this week. President "
    "Volodymyr Zelensky said Ukraine would study every line.\n\n"
    "A deputy head of the city's military administration said the port could not wait "
    "for a ceasefire.\n"
)


def test_a_military_administration_is_not_the_us_executive() -> None:
    actors = _actors(_ADMINISTRATION)
    assert actors["the port could not wait for a ceasefire"] == "UKR"


def test_a_bare_senior_administration_official_stays_american() -> None:
    text = (
        "Title: Talks\n\n"
        "WASHINGTON - The United States and Ukraine met in Geneva on Sunday. A senior "
        "administration official said the text was nearly done.\n"
    )
    assert _actors(text)["the text was nearly done"] == "USA"


_FRAMED = (
    "Title: Towns count the cost\n\n"
    "DNIPRO - Ukrainian officials said on Monday the talks would go on. President "
    "Volodymyr Zelensky said Kyiv would not cede land.\n\n"
    "The towns that were freed are worried. In Kherson, officials say the courts are "
    "still hearing cases from the occupation.\n"
)


def test_a_town_that_frames_the_sentence_places_its_officials() -> None:
    actors = _actors(_FRAMED)
    assert actors["the courts are still hearing cases from the occupation"] == "UKR"


def test_a_town_of_a_state_nobody_speaks_for_is_a_venue() -> None:
    text = (
        "Title: Talks\n\n"
        "Ukrainian officials said on Monday the talks would go on. President Volodymyr "
        "Zelensky said Kyiv would not cede land.\n\n"
        "In Lyon, officials say the summit hall was booked for two more days.\n"
    )
    assert _actors(text)["the summit hall was booked for two more days"] is None


_ONE_STATE = (
    "Title: Port deal\n\n"
    "A lower fee, above all. Sri Lankan ministers have said the current price is too high, "
    "and the cabinet wants new terms.\n\n"
    "Officials familiar with the review said the negotiating committee would ask the "
    "operator for a lower fee.\n"
)


_COMMITTEE = "the negotiating committee would ask the operator for a lower fee"


def test_unnamed_officials_of_an_article_with_one_government_are_its() -> None:
    assert _actors(_ONE_STATE)[_COMMITTEE] == "LKA"


def test_unnamed_officials_beside_a_bloc_stay_unplaced() -> None:
    text = (
        "Title: Trade talks\n\n"
        "Negotiators for the European Union and India met again. European diplomats were "
        "hopeful.\n\n"
        "Officials familiar with the talks said the car tariffs were still open.\n"
    )
    assert _actors(text)["the car tariffs were still open"] is None


def test_a_company_official_is_not_the_government_s() -> None:
    text = _ONE_STATE.replace(
        "Officials familiar with the review", "A company official, who asked not to be named,"
    )
    assert _actors(text)[_COMMITTEE] is None


def test_a_party_named_as_the_opposition_in_a_framed_sentence_has_no_side() -> None:
    text = (
        "Title: Gas deal frozen\n\n"
        "PORT OF SPAIN - Trinidad and Tobago's prime minister said the licence was still "
        "valid.\n\n"
        "In Trinidad, the opposition People's Reform Movement accused the government "
        "of giving the field away.\n"
    )
    assert _actors(text)["the government of giving the field away"] is None


def test_people_involved_in_preparing_a_trip_are_the_source_not_the_subject() -> None:
    text = (
        "Title: Mine deal\n\n"
        "LUSAKA - President Hakainde Hichilema will ask his guests this week to rewrite the "
        "copper deal, three people involved in preparing the visit said, but the two sides "
        "remain far apart.\n"
    )
    found = extract_statements(text, published=_DAY, opposition=Opposition.NONE)
    assert [(s.speaker, s.actor, s.about) for s in found] == [(None, None, "ZMB")]
