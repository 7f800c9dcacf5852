"""Statement detection read off the twenty-fourth round's errors (det24).

The sentences are written for the tests and only share the grammar of the cases seen.
"""

from __future__ import annotations

import pytest

from detection_helpers import found_cues as found


@pytest.mark.parametrize(
    "sentence",
    [
        "The port authority has not said whether the night shifts will resume.",
        "Regional officials have not publicly said how many barges were held at the lock.",
        "The ministry didn't say when the tariff review would end.",
        "Neither delegation has said whether a second round is planned.",
        "None of the mediators said whether the map had been changed.",
        "Nobody has told the growers when the quota will be set.",
    ],
)
def test_negated_report_says_nothing(sentence: str) -> None:
    # a verb of saying under negation, or with a negative subject, reports what was not said
    assert found(sentence) == []


def test_negated_report_leaves_the_next_one() -> None:
    got = found(
        "The union has not said whether it will ballot its members. Its secretary said the "
        "offer was too low."
    )
    assert got == [("the offer was too low", "said")]


def test_not_only_is_no_negation() -> None:
    got = found("The minister not only said the levy was fair but promised to extend it.")
    assert ("the levy was fair", "said") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "The operator has offered a 7% rise over two years.",
        "The ministry had initially proposed a shorter working week for drivers.",
        "Every coalition since 2010 has promised to keep the subsidy.",
        "The province has since pledged two patrol boats to the coast guard.",
    ],
)
def test_offer_in_the_perfect_is_a_standing_position(sentence: str) -> None:
    # an offer or a promise in the perfect states where a side stands, not words reported
    assert found(sentence) == []


def test_offer_in_the_past_is_reported() -> None:
    assert found("The mayor offered to host the next round of talks.") == [
        ("to host the next round of talks", "offered")
    ]
    assert found("The minister promised that the depot would stay open.") == [
        ("the depot would stay open", "promised")
    ]


def test_perfect_of_saying_is_reported() -> None:
    assert found("The operator has said the rise is its final offer.") == [
        ("the rise is its final offer", "said")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The drought threatened the province's rice harvest.",
        "Armed men had threatened his brother at the checkpoint.",
    ],
)
def test_threaten_with_a_bare_object_endangers(sentence: str) -> None:
    # "threaten" with only an object is to endanger, not a threat made in words
    assert found(sentence) == []


def test_threat_in_words_is_reported() -> None:
    assert found("The mayor threatened to close the port to foreign trawlers.") == [
        ("to close the port to foreign trawlers", "threatened")
    ]
    got = found("The ministry threatened the hauliers with heavy fines.")
    assert [cue for _, cue in got] == ["threatened"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Does the ministry say the quota can be raised next year?",
        "Did the governor promise a rise for the nurses?",
    ],
)
def test_question_asks_whether_it_was_said(sentence: str) -> None:
    # "do" before the subject, and a question mark: a question, not a report
    assert found(sentence) == []


def test_answer_after_a_question_is_reported() -> None:
    got = found("What does the deal mean for growers? The minister said it would cut their costs.")
    assert got == [("it would cut their costs", "said")]
