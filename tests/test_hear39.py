"""Hearsay read in the thirty-fifth round (hear39): a bare title ("the premier") whose
holder the gazetteer does not know stands for the one person the text itself named with
that title ("Victorian Premier <name>"), as it does for a speaker; two such holders named
leave the title to nobody, and the speaker's own head stays the speaker's side."""

from __future__ import annotations

from hearsay_helpers import last_statement

_LEAD = (
    "MELBOURNE, May 2 (HD) - The Victorian government and the First Peoples' Assembly of "
    "Victoria signed a treaty on Monday after two years of talks.\n\n"
    "Premier Jane Holloway called the treaty a fair settlement.\n\n"
)


def test_a_bare_title_is_the_person_the_text_titled() -> None:
    found = last_statement(
        _LEAD + "Analyst Tom Reed said the premier had also promised a separate agreement "
        "on water rights."
    )
    assert found.about == "VICTORIA"


def test_two_titled_holders_leave_the_title_to_nobody() -> None:
    found = last_statement(
        _LEAD + "Premier Mark Dunne of New South Wales welcomed it.\n\n"
        "Analyst Tom Reed said the premier had also promised a separate agreement on water "
        "rights."
    )
    assert found.about is None


def test_the_speakers_own_titled_head_is_no_hearsay() -> None:
    found = last_statement(
        _LEAD + "Victorian Treaty Minister Anna Kerr said the premier had also promised a "
        "separate agreement on water rights."
    )
    assert found.about is None


def test_a_titled_holders_conduct_judged_is_no_hearsay() -> None:
    found = last_statement(
        _LEAD + "Opposition leader Sam Price said the premier had wasted two years on "
        "speeches instead of fixing the hospitals."
    )
    assert found.about is None
