"""A holder of a national government's title that names no state (the eighteenth round):
the state of the article's government context, not nothing. Invented articles."""

from __future__ import annotations

from datetime import date

from parley.extract import extract_statements
from parley.extract.government_titles import government_title


def _sides(text: str, day: date | None = None) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.actor) for s in extract_statements(text, published=day)]


def test_government_titles_are_read_before_and_after_the_name() -> None:
    text = "Navy Secretary Ann Vole spoke. Tom Reed, the acting Minister for Fisheries, spoke."
    assert government_title(text, text.index("Ann"), text.index(" spoke"))
    tom = text.index("Tom")
    assert government_title(text, tom, tom + len("Tom Reed"))
    text = "In Lima, the head of the State Press Service, Ana Ruiz, spoke."
    assert government_title(text, text.index("Ana"), text.index(", spoke"))
    text = "Union leader Ana Ruiz, a teacher, spoke."
    assert not government_title(text, text.index("Ana"), text.index(", a"))


def test_a_capital_opening_the_sentence_gives_an_agency_head_its_state() -> None:
    text = (
        "Title: Pipeline deal signed\n\nOTTAWA - Canada signed the pipeline deal with Peru "
        "on Monday.\n\nIn Lima, the head of the State Press Service, Ana Ruiz, said the deal "
        "was a commercial matter with no political side.\n"
    )
    assert ("Ana Ruiz", "PER") in _sides(text)


def test_a_minister_in_apposition_takes_the_dateline_state() -> None:
    text = (
        "Title: Fishing quota row\n\nOTTAWA - The fishing quota talks stalled on Friday.\n\n"
        "Tom Reed, the acting Minister for Fisheries and Oceans, said the offer was "
        "unacceptable and would be rejected.\n"
    )
    assert ("Tom Reed", "CAN") in _sides(text)


def test_a_former_minister_given_a_current_title_is_of_his_recorded_state() -> None:
    # the gazetteer records Eli Cohen as Israel's foreign minister until 2024
    text = (
        "Title: Gas export permit\n\nThe export permit is still unsigned.\n\n"
        "Energy Minister Eli Cohen said the permit would wait for better terms.\n"
    )
    assert ("Eli Cohen", "ISR") in _sides(text, date(2025, 12, 17))
