"""Place names that hold a state's name (plc35, thirty-fifth round): a province's or
region's name whose last word is its own state's name ("Western Australia", "South
Australia") is the place, not the state inside it, as a longest match; and a province
standing alone as the speaker of a verb of saying speaks through its own government where
the gazetteer lists one. Sentences and people invented; the governments are the
gazetteer's."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements
from parley.extract.mentions import MentionKind, mention_finder


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (s.speaker, s.actor)
        for s in extract_statements(text, published=date(2025, 6, 1), opposition=Opposition.NONE)
    ]


def test_a_province_ending_in_its_states_name_is_no_mention_of_the_state() -> None:
    # "Western" is never a name's word: the place is found all the same
    text = "Mining towns in Western Australia would lose the most, the report found."
    mentions = mention_finder().mentions(text)
    assert not any(m.actor == "AUS" for m in mentions)
    assert any(m.kind is MentionKind.SURNAME and m.text == "Western Australia" for m in mentions)


def test_an_unknown_first_word_joins_its_own_states_name() -> None:
    text = "Farmers in South Australia said the water plan came too late."
    mentions = mention_finder().mentions(text)
    assert not any(m.actor == "AUS" for m in mentions)
    assert any(m.text == "South Australia" for m in mentions)


def test_the_province_before_an_office_is_its_own_government() -> None:
    text = "Western Australia's premier, Tom Hale, said the law would slow new mines."
    found = [m for m in mention_finder().mentions(text) if m.text == "Western Australia"]
    assert [m.actor for m in found] == ["WAGOV"]


def test_the_state_alone_is_still_the_state() -> None:
    text = "Australia said it would sign. Western Australia's mines were not mentioned."
    mentions = mention_finder().mentions(text)
    assert [m.actor for m in mentions if m.text == "Australia"] == ["AUS"]


def test_a_province_as_the_speaker_speaks_through_its_government() -> None:
    text = (
        "CANBERRA - The federal government passed its nature law on Thursday after talks "
        "with the states. Prime Minister Anthony Albanese said the law would protect "
        "forests.\n\n"
        "Western Australia, whose government opposed the first draft, said it wanted a "
        "say on every mining standard. Tasmania said it would defend its timber towns."
    )
    sides = _sides(text)
    assert (None, "WAGOV") in sides
    assert (None, "TASGOV") in sides
    assert ("Anthony Albanese", "AUS") in sides
