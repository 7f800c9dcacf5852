"""Hearsay read in the twenty-eighth round (hsy28): "the Centre", a federation's central
government named by its level, is the state's government; asking in the form of a request
(an object and an infinitive, or "for" what is asked) states a position as "request" does;
an unqualified government in the words of a state's speaker is that state's own."""

from __future__ import annotations

from hearsay_helpers import last_statement
from parley.extract.holders import holders
from parley.extract.syntax import parser

_TALKS = (
    "NEW DELHI, March 4 (HD) - India and the National Socialist Council of Nagaland "
    "(Isak-Muivah) held another round of talks in the capital on Tuesday.\n\n"
)


def _position(sentence: str) -> bool:
    """Whether the parse's first holder of the sentence states a position."""
    nlp = parser()
    assert nlp is not None
    return holders(nlp(sentence))[0].position


def test_the_centre_is_the_states_government() -> None:
    found = last_statement(
        _TALKS + "A spokesman for the NSCN-IM said the Centre had offered a separate flag "
        "for use at cultural events."
    )
    assert found.about == "IND"


def test_a_centre_in_a_name_is_no_government() -> None:
    found = last_statement(
        _TALKS + "A spokesman for the NSCN-IM said the Centre for Regional Studies had "
        "offered a separate flag for use at cultural events."
    )
    assert found.about is None


def test_asking_with_a_requests_form_states_a_position() -> None:
    assert _position("the ministry had asked the teachers to accept a two-year freeze")
    assert _position("the council had asked for a longer transition period")
    # a question asked is no request
    assert not _position("the ministry had asked whether the teachers would accept a freeze")


def test_a_state_ministers_government_is_her_own() -> None:
    found = last_statement(
        "BELGRADE, May 2 (HD) - Serbia and the United States discussed sanctions on the "
        "refinery on Friday.\n\nEnergy Minister Ana Petrovic said the government had asked "
        "Washington for an operating licence for the refinery."
    )
    assert found.about != "USA"
