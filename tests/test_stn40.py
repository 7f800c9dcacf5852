"""stn40: a statement that opposes an opposition (disowns its own act of opposing, or
reproaches another party for one) reads support when the stance model says oppose by a
small margin."""

from __future__ import annotations

import numpy as np
import pytest

from parley.extract.opposed_opposition import opposed_opposition_stance, opposes_opposition
from stance_helpers import ruled


@pytest.mark.parametrize(
    "text",
    [
        "the guild did not oppose the charter",
        "We are not blocking the growers. We are protecting our orchards,",
        "the council would no longer stand in the way of the accord",
        "the ferry company of walking away from a fair offer",
        "the harbour board of trying to sabotage the charter",
        'the growers of "reneging" on the water accord',
        "the league regretted that two clubs had blocked the accord",
    ],
)
def test_opposes_opposition(text: str) -> None:
    assert opposes_opposition(text)


@pytest.mark.parametrize(
    "text",
    [
        "the guild opposed the charter",
        "the mayor urged the council not to block the accord",
        "a large share of the growers blocked the road",
        "the growers will not fight for a quota they never wanted",
        "the guild would walk away from the charter",
    ],
)
def test_not_opposes_opposition(text: str) -> None:
    assert not opposes_opposition(text)


def test_stance_turned_within_margin() -> None:
    close = np.array([-1.0, 1.0, -0.5])
    assert (
        ruled(opposed_opposition_stance, "oppose", "the guild did not oppose the charter", close)
        == "support"
    )


def test_confident_oppose_stands() -> None:
    far = np.array([-1.0, 6.0, -1.0])
    text = "the guild did not oppose the charter"
    assert ruled(opposed_opposition_stance, "oppose", text, far) == "oppose"
    assert ruled(opposed_opposition_stance, "mixed", text, far) == "mixed"
    plain = "the guild opposed the charter"
    assert ruled(opposed_opposition_stance, "oppose", plain, np.array([0.0, 0.5, 0.0])) == "oppose"
