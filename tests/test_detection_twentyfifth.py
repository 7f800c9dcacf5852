"""Statement detection read off the twenty-fifth round's errors (det25).

The sentences are written for the tests and only share the grammar of the cases seen.
"""

from __future__ import annotations

import pytest

from detection_helpers import found_cues as found


@pytest.mark.parametrize(
    ("body", "bare"),
    [
        (
            "The harbour board's chair, Lena Ostrova, welcomed the settlement, saying the "
            "cranes would turn again by Monday.",
            "the settlement",
        ),
        (
            "The port operator's chief, Ilse Marten, welcomed the ruling. She said the "
            "terminals would reopen on Friday.",
            "the ruling",
        ),
        (
            "Deputy Minister Tomas Varga dismissed the criticism, telling reporters the "
            "levy was temporary.",
            "the criticism",
        ),
    ],
)
def test_bare_definite_object_says_nothing(body: str, bare: str) -> None:
    # a definite noun alone names what was already told; the words are in the clause around
    got = found(body)
    assert got, "the surrounding report is still found"
    assert all(text != bare for text, _ in got)


def test_object_coordinated_with_a_second_report_stays() -> None:
    got = found(
        "The regional council welcomed the settlement and urged both sides to keep the "
        "night ferries running."
    )
    assert ("the settlement", "welcomed") in got


def test_object_with_content_stays() -> None:
    got = found("The growers' union welcomed the decision to delay the quota cut.")
    assert [cue for _, cue in got] == ["welcomed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The teachers had asked the ministry to delay the exams.",
        "Farm groups, which had asked for longer transition periods, met the minister.",
        "The growers' union had demanded a guaranteed price for the harvest.",
    ],
)
def test_past_perfect_demand_is_background(sentence: str) -> None:
    # a request in the past perfect recalls a demand that stood, not words reported
    assert found(sentence) == []


def test_present_demand_stays() -> None:
    got = found("The growers' union demanded a guaranteed price for the harvest.")
    assert [cue for _, cue in got] == ["demanded"]
