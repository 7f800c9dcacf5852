"""Hearsay read in the thirty-third round (hear36): a speaker with no side of its own makes
no threat of its own, so the threat it reports is the holder's act; a sided speaker's
warning stays its own."""

from __future__ import annotations

from hearsay_helpers import last_statement

_TALKS = (
    "ANKARA, March 4 (HD) - Turkey and Greece held another round of talks on maritime "
    "borders on Tuesday.\n\n"
)


def test_a_threat_reported_by_unnamed_people_of_no_side_is_the_holders() -> None:
    found = last_statement(
        _TALKS + "People familiar with the talks said Athens could suspend the fishing "
        "agreement if Ankara sent its survey ship back."
    )
    assert found.actor is None
    assert found.about == "GRC"


def test_a_sided_speakers_warning_stays_his_own() -> None:
    found = last_statement(
        _TALKS + "Turkish Foreign Minister Hakan Fidan warned that Athens would pay a heavy "
        "price if the survey ship were stopped."
    )
    assert found.actor == "TUR"
    assert found.about is None
