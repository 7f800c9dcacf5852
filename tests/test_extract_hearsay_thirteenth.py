"""Hearsay structures read in the thirteenth round: an adjective of declaring after a copula
tells its "that" clause ("[Lima] had been clear that it would not ..."), a verdict on a
party's refusal judges its position ("[Quito] was right to refuse ..."), and "each side",
"neither side" speak of every party at once (a joint subject)."""

from __future__ import annotations

from hearsay_helpers import held_heads
from parley.extract.classify import _names_a_partys_thing
from parley.extract.holders import holders
from parley.extract.mentions import Mention, MentionKind
from parley.extract.syntax import parser

_held = held_heads


def test_an_adjective_of_declaring_tells_its_clause() -> None:
    held = _held("Lima had been clear from the outset that it would not sign a partial deal.")
    assert held.get("Lima") is False


def test_a_plain_verdict_with_a_copula_stays_nobodys() -> None:
    assert _held("Lima had been clear about the costs.")["Lima"]


def test_each_or_neither_party_is_a_joint_subject() -> None:
    nlp = parser()
    assert nlp is not None
    for sentence in ("Neither side could sell the compromise at home.", "Each side waits."):
        (holder,) = holders(nlp(sentence))
        assert holder.joint


def test_a_verdict_on_a_partys_refusal_judges_its_position() -> None:
    assert _held("Quito was right to refuse the conditions set abroad.") == {"Quito": False}


def test_an_adjective_with_an_objectless_infinitive_is_a_verdict() -> None:
    # "Quito is hard to refuse": its subject is the infinitive's object, not its agent
    assert _held("Quito is hard to refuse.")["Quito"]


def test_a_partys_disposition_named_as_a_noun_is_its_stand() -> None:
    # "ready" -> "readiness": a verdict on it judges the party's position, as on a demand
    nlp = parser()
    assert nlp is not None
    sentence = "Oslo's appetite for new deals had always been strongest after a shock."
    found = holders(nlp(sentence))
    assert found and not found[0].nobody
    assert sentence[found[0].start : found[0].end].startswith("Oslo's appetite")


def test_a_verdict_on_a_fact_judges_the_act_its_clause_states() -> None:
    held = _held("The fact that Quito sat down with the rebels was a concession in itself.")
    assert held.get("Quito") is False
    assert held["fact"]


def test_a_verdict_on_a_thing_a_relative_clause_describes_stays_nobodys() -> None:
    # a relative "that" is no fact: the deal is judged, not the signer's act
    assert "Quito" not in _held("The deal that Quito signed was a mistake.")


def test_call_naming_a_partys_thing_is_no_directive() -> None:
    def party(text: str, word: str, kind: MentionKind) -> Mention:
        at = text.index(word)
        return Mention(start=at, end=at + len(word), text=word, kind=kind, actor="USA")

    judged = "the US measures a limited step"
    assert _names_a_partys_thing(judged, 0, party(judged, "US", MentionKind.ACTOR))
    named = "Washington a reckless partner"
    assert not _names_a_partys_thing(named, 0, party(named, "Washington", MentionKind.ACTOR))
    called_on = "Washington to lift the measures"
    assert not _names_a_partys_thing(
        called_on, 0, party(called_on, "Washington", MentionKind.ACTOR)
    )
