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


def test_a_department_secretary_takes_the_dateline_state() -> None:
    text = (
        "Title: Submarine review ends\n\nWASHINGTON - The review of the submarine pact with "
        "Australia ended on Friday.\n\nNavy Secretary Ann Vole said the review had clarified "
        "the pact and would strengthen it.\n"
    )
    assert _sides(text, date(2025, 10, 1)) == [("Ann Vole", "USA")]


def test_a_former_minister_given_a_current_title_is_of_his_recorded_state() -> None:
    # the gazetteer records Eli Cohen as Israel's foreign minister until 2024
    text = (
        "Title: Gas export permit\n\nThe export permit is still unsigned.\n\n"
        "Energy Minister Eli Cohen said the permit would wait for better terms.\n"
    )
    assert ("Eli Cohen", "ISR") in _sides(text, date(2025, 12, 17))


def test_a_then_title_does_not_put_a_former_minister_back_in_office() -> None:
    # (a guard: Eli Cohen's "then energy minister" is a past title, no side)
    text = (
        "Title: Gas export permit\n\nThe export permit is still unsigned.\n\n"
        "Israel's then energy minister Eli Cohen said the permit would wait for better terms.\n"
    )
    assert ("Eli Cohen", None) in _sides(text, date(2025, 12, 17))


def test_a_minister_who_leads_a_party_speaks_for_the_state() -> None:
    text = (
        "Title: Strike\n\nHELSINKI - Finland's unions began a two-day strike on Monday against "
        "the government's labour reforms.\n\nFinance Minister Kaisa Vuori, leader of the Blue "
        "Party, said the unions were defending privileges.\n"
    )
    assert _sides(text, date(2025, 10, 1)) == [("Kaisa Vuori", "FIN")]
