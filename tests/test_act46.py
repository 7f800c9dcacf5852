"""State-owned funds, and a possessor's mission (act46, thirty-fourth round).

A body the text introduces as a state's sovereign company or fund ("Norway's sovereign
investment company Y") speaks for that state,
and so does its officer introduced with "Its chief executive, X" right after the body
spoke. A possessor's mission ("Chile's mission to the UN") opening a sentence is the
possessor's voice, so the bare "A spokesman said" that follows takes its side. Sentences
invented."""

from __future__ import annotations

from datetime import date

from parley.actors import load_gazetteer
from parley.extract import Opposition, extract_statements
from parley.extract.unlisted import state_bodies


def _actors(text: str, day: date) -> dict[str, str | None]:
    return {
        s.text: s.actor for s in extract_statements(text, published=day, opposition=Opposition.NONE)
    }


def _owned(text: str) -> dict[str, str]:
    return {
        form: body.code
        for body in state_bodies(text, load_gazetteer(), lambda _: None)
        for form in body.forms
    }


def test_a_sovereign_holding_company_of_a_named_state_is_that_state_s() -> None:
    text = "Peru hired Norway's sovereign investment company Fjordvest to build a port."
    assert _owned(text).get("Fjordvest") == "NOR"


def test_a_sovereign_word_with_no_body_names_none() -> None:
    text = "Chile's sovereign debt Moody's rated last year fell in price on Monday."
    assert _owned(text) == {}


def test_the_chief_executive_of_a_sovereign_company_speaks_for_its_state() -> None:
    text = (
        "LIMA, May 5 - Peru signed a port deal on Monday with Norway's sovereign investment "
        "company Fjordvest, which will build the terminal.\n\n"
        "Fjordvest said in a statement that it would hire local workers. Its chief "
        "executive, Ingrid Solbakk, said the company saw the port as a long-term bet.\n"
    )
    found = _actors(text, date(2025, 5, 5))
    assert found["the company saw the port as a long-term bet"] == "NOR"


def test_a_spokesman_after_a_possessor_s_mission_speaks_for_the_possessor() -> None:
    text = (
        "NEW YORK, May 5 - Envoys met on Monday over the fishing quotas.\n\n"
        "Chile's mission to the UN rejected the charge. A spokesman said Santiago had "
        "never broken the quota agreement.\n"
    )
    found = _actors(text, date(2025, 5, 5))
    assert found["Santiago had never broken the quota agreement"] == "CHL"


def test_an_unnamed_executive_of_a_place_s_state_fund_speaks_for_its_state() -> None:
    text = (
        "LONDON, May 5 - Investors weighed the new port plan on Monday.\n\n"
        "A manager at one Oslo state fund, speaking on condition of anonymity, said it would "
        "wait for legal advice before it put money in.\n"
    )
    found = _actors(text, date(2025, 5, 5))
    assert found["it would wait for legal advice before it put money in"] == "NOR"


def test_an_unnamed_banker_of_a_private_bank_takes_no_state_from_the_place() -> None:
    text = (
        "LONDON, May 5 - Investors weighed the new port plan on Monday.\n\n"
        "A manager at one Oslo bank, speaking on condition of anonymity, said it would "
        "wait for legal advice before it put money in.\n"
    )
    found = _actors(text, date(2025, 5, 5))
    assert found["it would wait for legal advice before it put money in"] is None
