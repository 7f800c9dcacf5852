"""Hearsay structures read in the fifteenth round: a pronoun that shows something is read
as evidence like the noun it stands for ("[they] showed that Lima ..."), "reassure" tells
its clause as "assure" does, what a party can or could do is the speaker's reading of its
room to move (nobody's position), and a speaker with no side who accuses a party or speaks
as "we" voices a charge or grievance of their own."""

from __future__ import annotations

from parley.extract.holders import holders
from parley.extract.own_voice import own_voice
from parley.extract.syntax import parser


def _held(sentence: str) -> dict[str, bool]:
    """The holders' head words, each with whether the parse rules it out (nobody)."""
    nlp = parser()
    assert nlp is not None
    return {sentence[h.head_start : h.head_end]: h.nobody for h in holders(nlp(sentence))}


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


def test_what_a_party_can_do_is_nobodys_position() -> None:
    assert _held("Quito can still talk to the rebels.")["Quito"]
    assert _held("Quito could not keep the port closed for long.")["Quito"]


def test_what_a_party_would_do_is_still_its_position() -> None:
    assert _held("Quito would open its ports to the fleet.")["Quito"] is False


def test_a_passive_with_can_is_left_as_it_was() -> None:
    assert _held("some of the Peruvian objections can be dealt with")["objections"] is False


def test_a_sideless_accusation_is_the_critics_own_charge() -> None:
    assert own_voice(sided=False, lemma="accuse", direct=False, content="Lima of stalling")
    assert not own_voice(sided=True, lemma="accuse", direct=False, content="Lima of stalling")


def test_a_sideless_quotation_as_we_is_a_grievance() -> None:
    quote = "They want us to pay for their mistakes,"
    assert own_voice(sided=False, lemma="say", direct=True, content=quote)
    # reported speech, or a quotation with no first person plural, is not marked
    assert not own_voice(sided=False, lemma="say", direct=False, content=quote)
    assert not own_voice(sided=False, lemma="say", direct=True, content="Lima wants a deal,")


def test_the_us_in_capitals_is_a_state_not_we() -> None:
    assert not own_voice(sided=False, lemma="say", direct=True, content="The US wants a deal,")
