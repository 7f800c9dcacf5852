"""A named official whose office the text does not qualify is not on the side the sentence
has them address ("... asked China again to take calm steps"): of a two-sided story, they
are on the other side, whatever the paragraph before was about."""

from __future__ import annotations

from parley.extract import extract_statements
from parley.extract.addressed import addresses
from parley.extract.mentions import mention_finder

_BEFORE = (
    "Japan and China have traded protests for two weeks over the remarks on Taiwan.\n\n"
    "Beijing has told its citizens to avoid travelling to Japan and suspended imports of "
    "seafood. Asked about seafood, foreign ministry spokeswoman Mao Ning said that Chinese "
    "markets would stay closed.\n\n"
)


def test_an_official_who_asks_a_side_is_not_of_it() -> None:
    body = (
        "Cabinet Secretary Haruto Mizoguchi said on Friday that the government was watching "
        'the measures closely, and asked China again to take "calm" steps.'
    )
    text = "Title: t\nPublished: 2025-11-21\n\n" + _BEFORE + body + "\n"
    found = {s.actor for s in extract_statements(text) if s.speaker == "Haruto Mizoguchi"}
    assert found == {"JPN"}


def test_two_sides_addressed_tell_nothing() -> None:
    text = (
        "Premier Anna Roy accused the United States of punishing forestry towns and urged "
        "Ottawa to act."
    )
    mentions = mention_finder().mentions(text)
    pos = text.index(" accused")
    assert not addresses(text, mentions, pos, "CAN", None)
    assert not addresses(text, mentions, pos, "USA", None)


def test_one_side_addressed() -> None:
    text = "Minister Anna Roy said talks would go on and urged Ottawa to act."
    mentions = mention_finder().mentions(text)
    assert addresses(text, mentions, text.index(" said"), "CAN", None)
