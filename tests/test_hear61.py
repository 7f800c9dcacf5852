"""Hearsay read in the forty-fifth round (hear61): a reporting clause that closes the
sentence ("The union has asked for X, one of them said") says the whole clause before it,
whose own verb of asking the parse hung on it: the source speaks, and the party that asked is
what the statement is about, not its speaker."""

from __future__ import annotations

from parley.extract import extract_statements

_LEAD = "Title: Andean neighbours close in on a river deal\n\nLIMA - "


def _last(text: str) -> tuple[str, str | None, str | None]:
    *_, found = extract_statements(_LEAD + text + "\n")
    return found.cue, found.actor, found.about


def test_a_closing_source_says_what_a_party_asked() -> None:
    cue, actor, about = _last(
        "Talks on the river resumed on Monday. Chile has asked for a larger share of the "
        "water during the dry months, and for Peru to pay for the new gauges, the "
        "delegations said."
    )
    assert cue == "said"
    assert actor is None
    assert about == "CHL"


def test_a_person_telling_stays_the_persons() -> None:
    cue, actor, _ = _last(
        "Talks on the river resumed on Monday. Chilean Foreign Minister Alberto van Klaveren "
        "told them that no new gauges would be built this year, they said."
    )
    assert cue == "told"
    assert actor == "CHL"


def test_a_noun_a_relative_clause_ends_on_is_no_closing_source() -> None:
    cue, actor, _ = _last(
        "Talks on the river resumed on Monday. Chilean Foreign Minister Alberto van Klaveren "
        "said Peru had refused every proposal for joint gauges, a charge Lima denied."
    )
    assert cue == "said"
    assert actor == "CHL"


def test_a_closing_source_says_what_officials_confirmed() -> None:
    cue, actor, about = _last(
        "Talks on the river resumed on Monday. At a meeting in Santiago on Tuesday, Chilean "
        "officials confirmed that Peruvian farmers may draw water from the upper basin "
        "during the dry months, Peru's foreign ministry said on Wednesday."
    )
    assert cue == "said"
    assert actor == "PER"
    assert about == "CHL"


def test_a_statement_closed_by_its_own_spokeswoman_stays_the_bodys() -> None:
    cue, actor, _ = _last(
        "Talks on the river resumed on Monday. Chile's foreign ministry said it welcomed the "
        "vote and looked forward to a durable settlement, a spokeswoman said in Santiago."
    )
    assert cue == "said"
    assert actor == "CHL"
