"""Hearsay read in the thirty-sixth round (hear40): "the <class noun>'s" opening a
reported clause's subject ("the union's demand", "the union's leadership") is the listed
body the text named before with that class noun, when the clause states a position (or
its head is a position noun), as "the union" alone is."""

from __future__ import annotations

from hearsay_helpers import last_statement

_LEAD = (
    "SYDNEY, March 3 (HD) - Talks between the New South Wales government and the Rail, "
    "Tram and Bus Union broke down again on Tuesday over a four-year pay deal.\n\n"
    "The union has called a ban on overtime from next week.\n\n"
)


def test_a_class_nouns_people_stating_a_position() -> None:
    found = last_statement(
        _LEAD + "Analyst Tom Reed said the union's leadership had accepted a smaller rise "
        "in the first year."
    )
    assert found.about == "RTBU"


def test_a_class_nouns_position_noun() -> None:
    found = last_statement(
        _LEAD + "Analyst Tom Reed said the union's demand for a 30% rise was never "
        "realistic in a state budget year."
    )
    assert found.about == "RTBU"


def test_a_class_noun_owner_without_a_position_is_no_hearsay() -> None:
    found = last_statement(_LEAD + "Analyst Tom Reed said the union's office was closed on Monday.")
    assert found.about is None
