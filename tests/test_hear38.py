"""Hearsay read in the thirty-fifth round (hear38): only the parse names the holder of a
reported position. Where it decides nothing, a party named later in the clause before a
verb of position ("once Kyiv presented one", "nobody in Kyiv had asked") is the speaker's
topic in indirect speech, not a position the speaker reports of that party; the word
patterns of ``classify.about_of`` still read a possessor ("Ukraine's rejection") and a
demonym's group ("Ukrainian officials rejected"), forms the parse does not take."""

from __future__ import annotations

from hearsay_helpers import last_statement

_LEAD = (
    "WARSAW, June 3 (HD) - Poland and Ukraine held talks on Monday over grain imports "
    "and transit licences.\n\n"
)


def test_a_party_in_a_time_clause_is_no_holder() -> None:
    found = last_statement(
        _LEAD + "Polish officials said Warsaw was open to talks on a licensing arrangement "
        "and could lift its ban once Kyiv presented one."
    )
    assert found.actor == "POL"
    assert found.about is None


def test_a_possessed_request_is_still_the_possessors() -> None:
    found = last_statement(
        _LEAD + "Polish officials said the talks stalled over Ukraine's rejection of the quota."
    )
    assert found.about == "UKR"


def test_nobody_in_a_capital_is_no_holder() -> None:
    found = last_statement(
        _LEAD + "Polish officials said nobody in Kyiv had asked the farmers what the deal "
        "would cost."
    )
    assert found.about is None


def test_a_party_the_parse_makes_the_holder_is_still_read() -> None:
    found = last_statement(
        _LEAD + "Polish Agriculture Minister Jan Nowak said Kyiv had rejected the licensing scheme."
    )
    assert found.about == "UKR"
