"""A company officer introduced by a bare title ("Chief executive X said") stands for the
listed body that opens the sentences just before as their subject (forty-seventh round,
act97). Sentences and people invented; the companies are the gazetteer's."""

from __future__ import annotations

from datetime import date

from parley.actors import load_gazetteer
from parley.extract import extract_statements
from parley.extract.bare_officers import bare_officer
from parley.extract.unlisted import Unlisted, listed_parties


def _sides(text: str) -> dict[str | None, str | None]:
    return {s.speaker: s.actor for s in extract_statements(text, published=date(2025, 6, 1))}


def _listed(text: str) -> list[Unlisted]:
    return listed_parties(text, load_gazetteer())


def test_a_bare_title_after_a_sentence_the_company_opens() -> None:
    text = (
        "Chevron said on Monday it would keep its offer open until the end of the month. "
        "Chief executive Mara Quillfeather said the terms were final and would not improve."
    )
    assert _sides(text).get("Mara Quillfeather") == "CHEVRON"


def test_a_time_phrase_may_open_the_sentence_before_the_company() -> None:
    text = (
        "Days later Pfizer confirmed it had paused a new plant. Chief executive Odo Lenzberg "
        "has said the country pays too little for medicines."
    )
    assert bare_officer(text, "Odo Lenzberg", _listed(text)) == "PFIZER"


def test_a_title_after_a_quotation_reads_the_sentence_before() -> None:
    text = (
        'Pfizer confirmed that it would not raise its bid. "We will not overpay," chief '
        "executive Odo Lenzberg said."
    )
    assert bare_officer(text, "Odo Lenzberg", _listed(text)) == "PFIZER"


def test_another_name_opening_a_sentence_in_between_stops_the_search() -> None:
    text = (
        "Chevron said it would wait for the panel. Northwind said it would sell its stake. "
        "Chief executive Mara Quillfeather said the price was fair."
    )
    assert bare_officer(text, "Mara Quillfeather", _listed(text)) is None


def test_a_possessive_is_not_the_company_as_subject() -> None:
    text = "Chevron's shares fell on Friday. Chief executive Mara Quillfeather said little."
    assert bare_officer(text, "Mara Quillfeather", _listed(text)) is None


def test_a_title_that_opens_the_paragraph_has_no_owner_before_it() -> None:
    text = (
        "Chevron said it would wait for the panel.\n\n"
        "Chief executive Mara Quillfeather said the price was fair."
    )
    assert bare_officer(text, "Mara Quillfeather", _listed(text)) is None


def test_a_title_with_its_owner_named_is_not_bare() -> None:
    text = (
        "Chevron said it would wait for the panel. Northwind chief executive Mara "
        "Quillfeather said the price was fair."
    )
    assert bare_officer(text, "Mara Quillfeather", _listed(text)) is None


def test_a_surname_that_opens_with_n_and_an_apostrophe_is_one_name() -> None:
    # "N'" opens West African surnames as "O'" and "D'" open Irish and French ones
    text = (
        "General Sekou N'Dambara, the army's chief of staff, said the transition would "
        "last one year."
    )
    assert "Sekou N'Dambara" in _sides(text)


def test_a_courts_title_before_a_name_is_not_part_of_the_name() -> None:
    # the corpus convention: judges speak for their state; the state's adjective before
    # the title gives it
    text = "U.S. District Judge Clara Wendtberg said the agreement was fair and adequate."
    assert _sides(text) == {"Clara Wendtberg": "USA"}


def test_a_particle_surname_with_another_given_name_is_another_person() -> None:
    # the gazetteer's António Costa is not a "Paulo Ribas da Costa"
    text = (
        "His main challenger, Paulo Ribas da Costa, has said he won the vote outright. "
        '"We won," Ribas said.'
    )
    assert set(_sides(text).values()) == {None}
