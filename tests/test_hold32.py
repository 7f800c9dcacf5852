"""Hearsay read in the thirty-first round (hold32): an acronym the article defines for a
listed body ("the Confederation of Icelandic Enterprise (SA)"), standing alone as the
subject of a reported acceptance, holds that body's position."""

from __future__ import annotations

from hearsay_helpers import last_statement

_TALKS = (
    "REYKJAVIK, March 4 (HD) - The Efling union and the employers of the Confederation of "
    "Icelandic Enterprise (SA) met again at the state mediator's office on Tuesday.\n\n"
)


def test_a_defined_acronym_holds_its_bodys_position() -> None:
    found = last_statement(
        _TALKS + "Efling's chair, Sólveig Anna Jónsdóttir, said SA had finally accepted a "
        "higher rate for hotel cleaners."
    )
    assert found.actor == "EFLING"
    assert found.about == "SAISL"


def test_the_acronym_of_the_speakers_own_body_is_no_hearsay() -> None:
    found = last_statement(
        _TALKS + "Halldór Benjamín Þorbergsson, SA's managing director, said SA had offered "
        "a higher rate for hotel cleaners."
    )
    assert found.about is None
