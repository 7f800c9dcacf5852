"""State officials left with no actor (off31, thirty-first round): a government title set
before a surname the text first gave with no side ("three ministers, A, B and C ...
Fisheries Minister B said"); an apposition that only says where a titled person stands ("a
sharp critic of the president") neither makes the person private nor gives a side; a mayor
is of the city's own government where the gazetteer lists one. Sentences and people
invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements
from parley.record import Statement


def _statements(text: str) -> list[Statement]:
    return extract_statements(
        "Talks resume\n\n" + text, published=date(2024, 3, 5), opposition=Opposition.NONE
    )


def _actors(text: str, speaker_word: str) -> set[str | None]:
    return {s.actor for s in _statements(text) if s.speaker and speaker_word in s.speaker}


def test_a_later_government_title_gives_a_listed_minister_the_state() -> None:
    text = (
        "NEW DELHI, March 5 - The proposal was presented by two union ministers, Piyush "
        "Goyal and Ramesh Talwandi, at a meeting in the capital on Monday.\n\n"
        "On Tuesday, Fisheries Minister Talwandi said the government was ready for "
        "another meeting with the growers."
    )
    assert _actors(text, "Talwandi") == {"IND"}


def test_a_later_title_does_not_give_a_side_to_a_former_office() -> None:
    text = (
        "NEW DELHI, March 5 - Two people spoke at the launch, Piyush Goyal and Ramesh "
        "Talwandi.\n\n"
        "Former Fisheries Minister Talwandi said the plan would fail."
    )
    assert _actors(text, "Talwandi") <= {None}


def test_a_mayor_critic_of_the_president_speaks_for_the_listed_city() -> None:
    text = (
        "BOGOTA, March 5 - President Gustavo Petro defended his talks with the gangs on "
        "Sunday.\n\n"
        "Mayor Lucia Restrepo Arango, a sharp critic of the president, said the day had "
        'been "a disgrace" for Medellin, and that the city would stay away from the talks.'
    )
    assert _actors(text, "Restrepo") == {"MEDELLIN"}


def test_a_critic_with_no_title_stays_nobodys() -> None:
    text = (
        "BOGOTA, March 5 - President Gustavo Petro defended his talks with the gangs.\n\n"
        "Lucia Restrepo Arango, a sharp critic of the president, said the talks would fail."
    )
    assert _actors(text, "Restrepo") <= {None}


def test_the_head_of_a_states_institute_speaks_for_the_state() -> None:
    text = (
        "WARSAW, March 5 - Ukraine's Institute of National Archives approved the first "
        "request from a Polish foundation on Monday.\n\n"
        "Petro Hnatenko, who heads the institute, said the work could start in April."
    )
    assert _actors(text, "Hnatenko") == {"UKR"}


def test_the_head_of_a_private_kind_of_body_is_not_the_states() -> None:
    text = (
        "WARSAW, March 5 - Ukraine's Lviv Chamber Orchestra played at the ceremony.\n\n"
        "Petro Hnatenko, who heads the orchestra, said the music was chosen by the families."
    )
    assert _actors(text, "Hnatenko") <= {None}


def test_the_head_of_a_citys_administration_by_its_possessive() -> None:
    text = (
        "KYIV, March 5 - Displaced families met on Tuesday to discuss the draft.\n\n"
        "Ivan Zorych, who heads Kherson's city administration from exile, said no text "
        "could give the city away."
    )
    assert _actors(text, "Zorych") == {"UKR"}
