"""The reported clause's structure as the event model reads it (``extract.clause``)."""

from __future__ import annotations

import pytest

from parley.extract.clause import clause_features
from parley.extract.syntax import parser

nlp = parser()
pytestmark = pytest.mark.skipif(nlp is None, reason="no English pipeline installed")


def feats(text: str, cue: str = "say") -> set[str]:
    assert nlp is not None
    return set(clause_features(nlp(text), cue))


def test_another_party_breaking_a_truce_is_told_apart() -> None:
    got = feats("the rebels had repeatedly violated the truce")
    assert {"psub:party", "pother_breach", "pmod:past", "pobj:truce"} <= got
    # the speaker's own refusal is no breach by another party
    assert "pother_breach" not in feats("we will not sign this text")


def test_negation_of_the_clause_and_the_cue() -> None:
    got = feats("we will not sign this text", "tell")
    assert {"pneg:n", "pcue:tell:n", "psub:first", "psub:first:n", "pmod:will"} <= got


def test_a_copula_reads_its_complement() -> None:
    got = feats("the delay was unacceptable")
    assert {"ph:unaccept", "psub:noun", "pmod:past"} <= got


def test_the_plan_as_subject_and_an_open_complement() -> None:
    assert "psub:plan" in feats("the proposal would require both sides to withdraw")
    assert "px:engag" in feats("they refused to engage")
