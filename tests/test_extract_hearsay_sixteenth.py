"""Hearsay structures read in the sixteenth round: a definite description of a state's form
("the kingdom") holding a reported clause is the state of that form named before, and a
phrasal verb of acceptance or refusal ("had not taken up", "turned down") in a relative
clause on the object tells its subject's position."""

from __future__ import annotations

from hearsay_helpers import last_statement
from parley.extract.holders import holders
from parley.extract.syntax import parser


def _relative(sentence: str) -> list[str]:
    """The heads of the holders the parse finds in relative clauses of position."""
    nlp = parser()
    assert nlp is not None
    return [sentence[h.head_start : h.head_end] for h in holders(nlp(sentence)) if h.relative]


def test_a_phrasal_refusal_in_a_relative_clause_is_a_position() -> None:
    assert _relative("Lima had offered a new schedule that Quito had turned down") == ["Quito"]


def test_a_phrasal_acceptance_in_a_relative_clause_is_a_position() -> None:
    found = _relative("Lima had offered several options that Quito had not taken up")
    assert found == ["Quito"]


def test_a_verb_without_its_particle_of_position_is_not() -> None:
    # "turned" with no particle, "took" with another: neither accepts nor refuses
    assert _relative("Lima had offered a new schedule that Quito had turned in") == []
    assert _relative("Lima had sent the papers that Quito took over") == []


def _last(body: str) -> str | None:
    return last_statement(body).about


def test_the_kingdom_in_a_reported_clause_is_the_kingdom_named_before() -> None:
    body = (
        "AMMAN, May 4 (HD) - Jordan and Syria ended a week of water talks on Friday.\n\n"
        "Jordan had wanted a larger share of the Yarmouk river. A Syrian source said the "
        "kingdom had dropped its demand for a larger share once the talks stalled."
    )
    assert _last(body) == "JOR"


def test_the_country_in_a_reported_clause_is_left_to_nobody() -> None:
    # "the country" says nothing of the state's form: as often the speaker's own
    body = (
        "AMMAN, May 4 (HD) - Jordan and Syria ended a week of water talks on Friday.\n\n"
        "Jordan had wanted a larger share of the Yarmouk river. A Syrian source said the "
        "country had dropped its demand for a larger share once the talks stalled."
    )
    assert _last(body) is None
