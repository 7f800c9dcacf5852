"""act56: a company or fund the gazetteer records a state as owning ("owned") speaks for
that state, as do its people; naming it does not make a text about that state."""

from __future__ import annotations

from parley.extract import extract_statements

_HEAD = "Title: Plant talks\nPublished: 2025-06-02T08:00:00+00:00\n\n"


def _actors(body: str) -> dict[str, str | None]:
    text = _HEAD + body
    return {s.text: s.actor for s in extract_statements(text, source="act56")}


def test_owned_company_speaks_for_its_state() -> None:
    got = _actors(
        "HANOI - Vietnam is weighing bids for a nuclear plant on its southern coast.\n\n"
        "Rosatom said on Tuesday that it was ready to offer a loan for the first unit.\n"
    )
    assert got["it was ready to offer a loan for the first unit"] == "RUS"


def test_owned_fund_spokesman_speaks_for_its_state() -> None:
    got = _actors(
        "CAIRO - Egypt expects the second payment for the coastal project next month.\n\n"
        "An ADQ spokesman said on Monday that the fund would pay the instalment on time.\n"
    )
    assert got["the fund would pay the instalment on time"] == "ARE"


def test_owned_name_is_no_mention_of_the_state() -> None:
    got = _actors(
        "ASTANA - Kazakhstan named a builder for its first nuclear plant on Friday.\n\n"
        "The Kazakh energy ministry said Rosatom's bid had been the cheapest of four.\n"
    )
    assert got["Rosatom's bid had been the cheapest of four"] == "KAZ"
