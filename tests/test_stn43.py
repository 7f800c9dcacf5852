"""stn43: a party's unsure hearsay about another party takes the side of the reported
party's own sure statements in the article, before its speaker's party's side."""

from __future__ import annotations

from parley.extract.actor_stance import SURE, UNSURE, party_side_stances
from parley.extract.model import Stance, Statement

SURE_LEAD = SURE + 0.5
UNSURE_LEAD = UNSURE / 2


def _st(actor: str, stance: str, about: str | None = None) -> Statement:
    text = "the ferry board had defended its own interests"
    return Statement(
        source="s",
        start=0,
        end=len(text),
        text=text,
        direct=False,
        cue="said",
        speaker=None,
        actor=actor,
        stance=stance,
        about=about,
    )


def test_hearsay_takes_the_reported_partys_side() -> None:
    out = [_st("FERRY", "support") for _ in range(3)] + [_st("PORT", "oppose", about="FERRY")]
    party_side_stances(out, [SURE_LEAD] * 3 + [UNSURE_LEAD])
    assert out[-1].stance is Stance.SUPPORT


def test_reported_party_before_the_speakers_party() -> None:
    out = (
        [_st("FERRY", "support") for _ in range(3)]
        + [_st("PORT", "oppose") for _ in range(3)]
        + [_st("PORT", "mixed", about="FERRY")]
    )
    party_side_stances(out, [SURE_LEAD] * 6 + [UNSURE_LEAD])
    assert out[-1].stance is Stance.SUPPORT


def test_reported_partys_hearsay_does_not_vote() -> None:
    # the reported party's sure statements are themselves hearsay about a third party
    out = [_st("FERRY", "support", about="TOWN") for _ in range(3)] + [
        _st("PORT", "oppose", about="FERRY")
    ]
    party_side_stances(out, [SURE_LEAD] * 3 + [UNSURE_LEAD])
    assert out[-1].stance is Stance.OPPOSE


def test_falls_back_to_the_speakers_party() -> None:
    out = [_st("PORT", "oppose") for _ in range(3)] + [_st("PORT", "support", about="FERRY")]
    party_side_stances(out, [SURE_LEAD] * 3 + [UNSURE_LEAD])
    assert out[-1].stance is Stance.OPPOSE
