"""Hearsay read in the twenty-ninth round (hear29): a clause the parse left to the
speaker's own side because the speaker had no side yet (an unqualified state body, "the
ministry", in the words of a speaker nothing had placed) is read again once a later step
gives the speaker a side; a body the speaker expects to act stays the speaker's demand."""

from __future__ import annotations

from hearsay_helpers import last_statement
from parley.actors import load_gazetteer
from parley.extract.attribution import Draft
from parley.extract.pipeline import NOBODY, _state_body_late
from parley.extract.resolver_base import Who


def _draft(actor: str | None) -> Draft:
    who = Who(speaker="A. Speaker", actor=actor, person_like=True)
    return Draft(start=0, end=10, direct=False, cue="said", cue_start=0, who=who, lemma="say")


def test_a_state_body_is_anothers_once_the_speaker_has_a_side() -> None:
    # a movement's leader given the movement's side after the parse: the ministry the
    # parse left to the leader's own institution is the state's, another party's
    held = {0: NOBODY}
    why = {0: "state_body_own"}
    _state_body_late([_draft("LAB")], {0: "IND"}, held, why, load_gazetteer())
    assert held[0] == "IND"
    assert why[0] == "state_body_late"


def test_a_state_body_stays_own_for_a_speaker_of_that_state() -> None:
    held = {0: NOBODY}
    why = {0: "state_body_own"}
    _state_body_late([_draft("IND")], {0: "IND"}, held, why, load_gazetteer())
    assert held[0] == NOBODY


def test_a_state_body_stays_own_for_a_speaker_still_sideless() -> None:
    held = {0: NOBODY}
    why = {0: "state_body_own"}
    _state_body_late([_draft(None)], {0: "IND"}, held, why, load_gazetteer())
    assert held[0] == NOBODY


def test_another_branch_is_left_alone() -> None:
    held = {0: NOBODY}
    why = {0: "joint"}
    _state_body_late([_draft("LAB")], {0: "IND"}, held, why, load_gazetteer())
    assert held[0] == NOBODY


def test_a_body_the_speaker_expects_to_act_is_the_speakers_demand() -> None:
    found = last_statement(
        "LEH, March 3 (HD) - Leaders from Ladakh met officials of India's home ministry "
        "in New Delhi on Tuesday.\n\nStanzin Dorje, a co-chair of the Leh Apex Body, said "
        "he expected the ministry to call another meeting in May."
    )
    assert found.about is None
