"""act84: a bare given name in apposition to a kinship noun ("His wife, Mira,") is a
person, named with the family's surname, and a later "she" refers to them."""

from __future__ import annotations

from parley.extract import extract_statements

_TEXT = (
    "OSLO, May 3 - Norway pressed Iceland on Friday to release Anders Holmqvist, a "
    "fisheries inspector held since March.\n\n"
    "Holmqvist said he had done nothing wrong. His wife, Mira, said on Tuesday that the "
    'prison had refused him a doctor. "He is getting weaker every week," she said.'
)


def _speaker_of(text: str, fragment: str) -> str | None:
    for s in extract_statements(text, source="act84"):
        if fragment in s.text:
            return s.speaker
    raise AssertionError(f"no statement with {fragment!r}")


def test_wife_in_apposition_is_the_speaker() -> None:
    assert _speaker_of(_TEXT, "refused him a doctor") == "Mira Holmqvist"


def test_she_after_the_wife_is_the_wife() -> None:
    assert _speaker_of(_TEXT, "getting weaker every week") == "Mira Holmqvist"


def test_son_without_commas_takes_the_surname() -> None:
    text = (
        "LISBON, May 3 - Portugal rejected the tariff.\n\n"
        "Rui Tavares wrote that the tariff was unjust. His son Duarte, a lawyer, said "
        "the measure could still be avoided."
    )
    assert _speaker_of(text, "could still be avoided") == "Duarte Tavares"


def test_neighbour_keeps_the_bare_name() -> None:
    text = (
        "KYIV, May 3 - Ukraine and Russia exchanged prisoners on Friday.\n\n"
        "Olena Koval said she had waited two years. Her neighbour, Artiom, said the "
        "village had given up hope."
    )
    assert _speaker_of(text, "village had given up hope") == "Artiom"
