"""Hearsay, eleventh round: a state is not the voice of the other members of a loose
grouping; a raising passive forecasts its subject's act; a verb of telling with a clause
names no act in its object; the speaker's own side leaves a clause to another party's
refusal told in a relative clause on its object."""

from __future__ import annotations

import pytest

from hearsay_helpers import last_statement
from parley.actors import load_gazetteer


def _last(body: str) -> tuple[str | None, str | None]:
    s = last_statement(body)
    return s.actor, s.about


def test_voice_of_a_state_leaves_out_fellow_members_of_a_grouping() -> None:
    gaz = load_gazetteer()
    french = gaz.voice_of("FRA")
    assert "GBR" not in french  # Europe alone: Britain's positions are its own
    assert {"FRA", "EU", "EUR"} <= french  # the bodies it belongs to stay
    assert "DEU" not in french  # a fellow member of the Union holds its own (hear24)
    assert gaz.voice_of("GBR") == frozenset({"GBR", "EUR"})
    assert gaz.side_of("FRA") >= {"GBR"}  # the side itself is unchanged


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "PARIS, May 4 (HD) - Talks on the fishing licences resumed on Friday.\n\n"
            "A French minister said London had accepted that the quota would be reviewed "
            "every year.",
            ("FRA", "GBR"),
            id="a French speaker reports Britain's acceptance",
        ),
        pytest.param(
            "SANAA, May 4 (HD) - The truce was extended on Friday.\n\n"
            "Houthi officials said Oman's foreign minister is expected to travel to Sanaa "
            "next week for talks on the salaries.",
            ("HOUTHIS", "OMN"),
            id="a raising passive forecasts its subject's act",
        ),
        pytest.param(
            "TOKYO, May 4 (HD) - The row over the remarks went into a third week.\n\n"
            "Nakamura said Chinese officials had told him privately that Beijing would "
            "settle for less than an apology: a clear restatement by Tokyo of the old line.",
            (None, "CHN"),
            id="no act in the object of a verb of telling with a clause",
        ),
        pytest.param(
            "KYIV, May 4 (HD) - The talks on the plant ended on Friday.\n\n"
            "A Ukrainian minister said holding it would need a truce that Russia has "
            "so far refused.",
            ("UKR", "RUS"),
            id="the refusal told in a relative clause after the speaker's own side",
        ),
    ],
)
def test_hearsay_eleventh(body: str, expected: tuple[str | None, str | None]) -> None:
    assert _last(body) == expected
