"""Hearsay read in the fortieth round (hear49): in a quotation, a party that opens one of
its sentences as a subject the parse made no holder of is what the speaker makes of that
party (no ``about``): the word patterns read no party inside a quotation."""

from __future__ import annotations

from hearsay_helpers import last_statement

_LEAD = (
    "ADDIS ABABA, May 4 (HD) - Ethiopia and Egypt resumed talks on Monday over the "
    "filling of the dam on the Blue Nile.\n\n"
)
_MINISTER = " Ethiopian Foreign Minister Gedion Timothewos told reporters."


def test_a_demonym_opening_a_quoted_sentence_is_the_speakers_verdict() -> None:
    found = last_statement(
        _LEAD + '"Our side wanted a schedule for the dry season. The Egyptians wanted a '
        'veto on every release,"' + _MINISTER
    )
    assert found.actor == "ETH"
    assert found.about is None


def test_a_name_opening_a_quoted_sentence_the_parse_left_is_the_speakers_verdict() -> None:
    found = last_statement(
        _LEAD + '"No, and nobody expected them to. Egypt has said clearly that it is '
        'committed to the talks,"' + _MINISTER
    )
    assert found.about is None
