"""'According to X, Y told Z that ...': who the words belong to.

All snippets are invented for these tests.
"""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements

DAY = date(2025, 11, 28)


def _speakers(text: str) -> list[str | None]:
    got = extract_statements(text, published=DAY, opposition=Opposition.NONE)
    return [s.speaker for s in got if s.cue.lower() == "according to"]


def test_unnamed_source_hands_the_words_to_the_teller() -> None:
    text = (
        "Vladimir Putin met his security council on Monday. According to people who "
        "attended the meeting, Putin told the council that the offer was not serious."
    )
    assert _speakers(text) == ["Vladimir Putin"]


def test_own_office_hands_the_words_to_the_teller() -> None:
    text = (
        "Volodymyr Zelensky spoke with European leaders on Sunday. According to his office, "
        "he told them that Ukraine would not give up any territory."
    )
    assert _speakers(text) == ["Volodymyr Zelensky"]


def test_a_named_source_keeps_the_report() -> None:
    text = (
        "According to Sergei Lavrov, Putin told the envoy that Moscow needed more time "
        "to study the draft."
    )
    assert _speakers(text) == ["Sergei Lavrov"]


def test_a_source_of_another_side_keeps_its_report() -> None:
    text = (
        "Vladimir Putin received the envoys in Moscow. According to Ukrainian officials "
        "briefed on the talks, Putin told the envoys that Russia would keep the occupied land."
    )
    assert _speakers(text) == [None]
