"""A bare body that speaks again after it spoke under its full name (act55, thirty-sixth
round).

"The <named> Authority said ... . The authority said ...", "Foreign ministry spokeswoman X
said ... . In a separate statement, the ministry said ...": a definite body noun with no
owner, as the subject of a reporting verb, takes up the body whose name or office held the
same noun in the subject of the statement just before it, rather than the state the
context reaches for. Sentences invented."""

from __future__ import annotations

from datetime import date

from parley.extract import Opposition, extract_statements

_DAY = date(2025, 6, 1)


def _actors(text: str) -> dict[str, str | None]:
    return {
        s.text: s.actor
        for s in extract_statements(text, published=_DAY, opposition=Opposition.NONE)
    }


_SPOKESWOMAN_THEN_MINISTRY = (
    "Title: Tokyo and Beijing settle a fishing quarrel\n\n"
    "TOKYO, June 1 - Japan and China reached an understanding on fishing quotas on Sunday.\n\n"
    "Prime Minister Shigeru Ishiba said Japan had kept every promise it made.\n\n"
    "Foreign ministry spokeswoman Mao Ning said China's concerns had not gone away.\n\n"
    "In a separate statement, the ministry said Japan had agreed to joint inspections of "
    "the boats.\n"
)


def test_bare_ministry_takes_up_its_spokeswoman() -> None:
    actors = _actors(_SPOKESWOMAN_THEN_MINISTRY)
    assert actors["China's concerns had not gone away"] == "CHN"
    assert actors["Japan had agreed to joint inspections of the boats"] == "CHN"


_NAMED_THEN_BARE = (
    "Title: Panama answers Washington on canal tolls\n\n"
    "WASHINGTON, June 1 - The United States said its ships would pass the canal for free.\n\n"
    "Within hours, the Panama Canal Authority said it had not changed any tolls. The "
    "authority said it was open to talks with American officials about warships.\n"
)


def test_bare_authority_takes_up_the_named_authority() -> None:
    actors = _actors(_NAMED_THEN_BARE)
    assert actors["it had not changed any tolls"] == "PAN"
    assert actors["it was open to talks with American officials about warships"] == "PAN"


_OTHER_NOUN = (
    "Title: Tokyo and Beijing settle a fishing quarrel\n\n"
    "TOKYO, June 1 - Japan and China reached an understanding on fishing quotas on Sunday.\n\n"
    "China's commerce ministry spokeswoman He Yadong said China's concerns had not gone "
    "away.\n\n"
    "In Tokyo, the foreign ministry said the boats would be inspected jointly.\n"
)


def test_bare_ministry_after_another_kind_of_speaker_is_left() -> None:
    """The ministry before is another one (its modifier differs): the framing city's side
    stands."""
    actors = _actors(_OTHER_NOUN)
    assert actors["the boats would be inspected jointly"] == "JPN"
