"""Hearsay structures read in the fifteenth round: a pronoun that shows something is read
as evidence like the noun it stands for ("[they] showed that Lima ..."), "reassure" tells
its clause as "assure" does, and a speaker with no side who accuses a party voices a charge
of their own, not the accused party's position."""

from __future__ import annotations

from hearsay_helpers import held_heads, last_statement
from parley.extract.holders import holders
from parley.extract.own_voice import own_voice
from parley.extract.syntax import parser

_held = held_heads


def test_a_pronoun_that_shows_gives_the_shown_clauses_holder() -> None:
    held = _held("they proved that Lima was not serious about the talks")
    assert held.get("Lima") is False


def test_a_shown_possibility_stays_nobodys() -> None:
    held = _held("it showed that Lima could lead on the rules")
    assert held.get("Lima", True)


def test_reassured_by_a_party_is_that_partys_telling() -> None:
    nlp = parser()
    assert nlp is not None
    sentence = "they had been reassured by Oslo that the pact was not aimed at them"
    found = holders(nlp(sentence))
    assert found and found[0].agent
    assert sentence[found[0].start : found[0].end] == "Oslo"


def test_a_sideless_accusation_is_the_critics_own_charge() -> None:
    assert own_voice(sided=False, lemma="accuse")
    # a speaker with a side, or a sideless speaker's report, is left to the parse
    assert not own_voice(sided=True, lemma="accuse")
    assert not own_voice(sided=False, lemma="say")


def _last(body: str) -> tuple[str | None, str | None]:
    s = last_statement(body)
    return s.actor, s.about


def test_a_sideless_critic_accusing_a_state_reports_no_position() -> None:
    body = (
        "LIMA, May 4 (HD) - The port talks ended on Friday.\n\n"
        "A local shipping analyst, Rosa Quispe, accused Quito of stalling the talks to win "
        "better terms on the new terminal."
    )
    assert _last(body) == (None, None)
