"""Hearsay read in the thirty-sixth round (hear41): "the government" in the words of a
sub-state government's own speaker (a state's minister, a province's spokesperson) is
that government, its own side (no ``about``), not the federation the dateline names."""

from __future__ import annotations

from hearsay_helpers import last_statement

_ASSOCIATION = "The New South Wales Nurses and Midwives' Association wants a 15 per cent rise.\n\n"
# the federation's dateline, a state government the text leaves unnamed
_LEAD = (
    "SYDNEY, May 4 (HD) - Nurses in New South Wales walked off the job on Thursday after "
    "talks with the state government on a pay rise broke down.\n\n" + _ASSOCIATION
)
# ... and one that names it
_NAMED = (
    "SYDNEY, May 4 (HD) - Nurses in New South Wales walked off the job on Thursday after "
    "talks with the New South Wales government on a pay rise broke down.\n\n" + _ASSOCIATION
)


def test_a_state_ministers_government_is_his_own() -> None:
    found = last_statement(
        _LEAD + "Health Minister Ryan Park said the government remained willing to negotiate."
    )
    assert found.actor == "NSW"
    assert found.about is None


def test_a_unions_government_is_still_the_states() -> None:
    found = last_statement(
        _NAMED + "The association's secretary, Jane Morrow, said the government had refused "
        "to move on staffing ratios."
    )
    assert found.about == "NSW"
