"""det39: detection — a possessive's "s." ends a sentence, and a quotation that opens the
sentence after an attributed one goes on with it, however long the attribution and whether
or not it names its speaker."""

from __future__ import annotations

from parley.extract import extract_statements


def _pairs(body: str) -> list[tuple[str, str]]:
    return [(s.text, s.cue) for s in extract_statements("Title: t\n\n" + body + "\n")]


def test_a_possessive_ending_a_sentence_is_no_initial() -> None:
    found = _pairs(
        "Ines Varga, a harbour economist, said the ferry contract would end up as the "
        'operator\'s. "They get the routes and none of the risk," she said.'
    )
    assert ("the ferry contract would end up as the operator's", "said") in found
    assert ("They get the routes and none of the risk,", "said") in found


def test_an_unnamed_speakers_quotation_goes_on_after_a_long_attribution() -> None:
    found = _pairs(
        '"The lorries stopped coming in March," the 51-year-old baker said in the back '
        'room of a shop that has sold no bread since spring. "Nobody '
        'has told us when the flour will come back."'
    )
    assert ("Nobody has told us when the flour will come back.", "said") in found


def test_a_long_attribution_does_not_stop_the_quotation() -> None:
    found = _pairs(
        '"The radios went quiet on Monday," said one skipper with a fleet of six trawlers, '
        "who asked not to be named because he sells to the cannery in the port. "
        '"Everyone is waiting. But nobody wants to be last."'
    )
    assert ("Everyone is waiting. But nobody wants to be last.", "said") in found
