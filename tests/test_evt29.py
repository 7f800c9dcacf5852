"""evt29: test40 measured as training data (``benchmarks/event_cv.FRESH``, not trained on),
and the class of a negated act (``negacts.features_negated_act``, the ``negact`` extra,
read by the event model)."""

from __future__ import annotations

from parley.extract import train
from parley.extract.classifier import EXTRAS
from parley.extract.features import Utterance
from parley.extract.negacts import features_negated_act


def _said(text: str) -> Utterance:
    return Utterance(text, "said", "say", False)


def test_test40_is_measured_apart_not_trained_on() -> None:
    assert "tests/data/negotiations/test40" not in train.SPENT
    assert "test40" not in train.PART_WEIGHTS
    assert "tests/data/negotiations/test40" in _event_cv_fresh()


def _event_cv_fresh() -> tuple[str, ...]:
    import importlib.util

    spec = importlib.util.spec_from_file_location("event_cv", train.ROOT / "benchmarks/event_cv.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh: tuple[str, ...] = module.FRESH
    return fresh


def test_a_denied_act_of_opposing_is_one_class_with_its_modal() -> None:
    assert features_negated_act(_said("the council would never veto the budget")) == [
        "na:opp",
        "na:opp:would",
    ]
    assert features_negated_act(_said("the strike is not a trap for anyone")) == ["na:opp"]
    assert "na:opp" in features_negated_act(
        _said("the mayor will seek changes rather than reject the scheme outright")
    )


def test_a_denied_act_of_accepting_is_the_other_class() -> None:
    feats = features_negated_act(_said("the firm cannot accept a shorter week"))
    assert feats == ["na:acc"]
    assert features_negated_act(_said("the landlords never paid the deposit back")) == ["na:acc"]
    assert features_negated_act(_said("a second vote will not happen")) == ["na:acc", "na:acc:will"]


def test_the_negation_ends_with_its_clause_and_an_act_not_negated_is_silent() -> None:
    assert features_negated_act(_said("the board agreed to the terms")) == []
    assert features_negated_act(_said("talks did not end, and the unions accepted")) == []
    # one denied act per negation: the second verb stands outside the denial
    assert features_negated_act(_said("they will not block the deal or reject it")) == [
        "na:opp",
        "na:opp:will",
    ]


def test_the_extra_is_registered_and_read_by_the_event_model() -> None:
    assert EXTRAS["negact"] is features_negated_act
    assert "negact" in train.EVENT_EXTRAS
