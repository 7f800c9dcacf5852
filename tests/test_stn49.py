"""stn49: an acceptance told with a word for reluctance ("voted yes reluctantly", "signed
with our noses held") reads mixed where the stance model says support."""

from __future__ import annotations

import pytest

from parley.extract.reluctant_assent import reluctant_assent, reluctant_assent_stance
from stance_helpers import ruled


@pytest.mark.parametrize(
    "text",
    [
        "the guild had voted yes reluctantly",
        'the council voted in favour "with our noses held", seeing no better draft coming',
        'most growers had accepted the terms "with a heavy heart"',
        "we grudgingly signed the charter",
        "Holding our noses, we ratified it",
        "the ministry reluctantly approved the lease",
    ],
)
def test_reluctant_manner(text: str) -> None:
    assert reluctant_assent(text)
    assert ruled(reluctant_assent_stance, "support", text) == "mixed"


@pytest.mark.parametrize(
    "text",
    [
        "the millers were reluctant to sign until the title was clear",
        "the guild had voted yes by a wide margin",
        "we reluctantly walked away from the table",
    ],
)
def test_not_reluctant_assent(text: str) -> None:
    assert not reluctant_assent(text)


def test_oppose_reading_kept() -> None:
    assert ruled(reluctant_assent_stance, "oppose", "we grudgingly signed the charter") == "oppose"
