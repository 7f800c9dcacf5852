"""stn42: a statement whose stance the model is unsure of takes the one side that its
party's sure statements in the same article take (a party keeps its side of the deal through
an article); the stance model's lead is passed from the classifier to the pipeline."""

from __future__ import annotations

from parley.extract.actor_stance import SURE, UNSURE, party_side_stances
from parley.extract.classifier import default_classifier
from parley.extract.features import Utterance
from parley.extract.model import Stance, Statement


def _st(
    actor: str | None, stance: str | None, text: str = "the ferry plan would go ahead"
) -> Statement:
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
    )


SURE_LEAD = SURE + 0.5
UNSURE_LEAD = UNSURE / 2


def test_unsure_statement_takes_its_partys_side() -> None:
    out = [_st("HARBOUR", "support") for _ in range(3)] + [_st("HARBOUR", "oppose")]
    party_side_stances(out, [SURE_LEAD] * 3 + [UNSURE_LEAD])
    assert out[-1].stance is Stance.SUPPORT


def test_mixed_unsure_statement_takes_its_partys_side() -> None:
    out = [_st("GUILD", "oppose") for _ in range(3)] + [_st("GUILD", "mixed")]
    party_side_stances(out, [SURE_LEAD] * 3 + [UNSURE_LEAD])
    assert out[-1].stance is Stance.OPPOSE


def test_left_alone() -> None:
    cases: list[tuple[list[Statement], list[float | None]]] = [
        # the statement itself is sure
        (
            [_st("HARBOUR", "support")] * 3 + [_st("HARBOUR", "oppose")],
            [SURE_LEAD] * 3 + [UNSURE + 0.1],
        ),
        # a rule decided its stance
        ([_st("HARBOUR", "support")] * 3 + [_st("HARBOUR", "oppose")], [SURE_LEAD] * 3 + [None]),
        # too few sure statements of its party
        (
            [_st("HARBOUR", "support")] * 2 + [_st("HARBOUR", "oppose")],
            [SURE_LEAD] * 2 + [UNSURE_LEAD],
        ),
        # the party's sure statements are on both sides
        (
            [_st("HARBOUR", "support")] * 3 + [_st("HARBOUR", "oppose")] * 2,
            [SURE_LEAD] * 4 + [UNSURE_LEAD],
        ),
        # the sure statements are another party's
        (
            [_st("GUILD", "support")] * 3 + [_st("HARBOUR", "oppose")],
            [SURE_LEAD] * 3 + [UNSURE_LEAD],
        ),
        # no party
        ([_st(None, "support")] * 3 + [_st(None, "oppose")], [SURE_LEAD] * 3 + [UNSURE_LEAD]),
    ]
    for out, leads in cases:
        out = [_st(s.actor, s.stance) for s in out]
        party_side_stances(out, leads)
        assert out[-1].stance is Stance.OPPOSE


def test_model_lead_is_given_only_for_the_models_own_stance() -> None:
    model = default_classifier()
    assert model is not None
    own = model.code(
        Utterance("the ferry deal was a good one for the islands", "said", "say", False)
    )
    assert own.stance_lead is not None and own.stance_lead >= 0
    # stn39's conditional rule decides this one: no lead
    ruled = model.code(
        Utterance(
            "the guild would sign the ferry deal if the levy were dropped", "said", "say", False
        )
    )
    assert ruled.stance == "mixed"
    assert ruled.stance_lead is None
