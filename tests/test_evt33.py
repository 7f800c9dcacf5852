"""evt33: test41 and test42 train the event model alone at the newer parts' weight; test43
stays out of training as the fresh check."""

from __future__ import annotations

from parley.extract import train
from training_helpers import event_cv


def test_test41_and_test42_train_the_event_model_at_the_newer_parts_weight() -> None:
    newer = {train.PART_WEIGHTS[p] for p in ("test38", "test39")}
    assert {train.EVENT_ONLY_PARTS[p] for p in ("test41", "test42")} == newer


def test_the_stance_model_reads_neither_of_them() -> None:
    assert not {"test41", "test42"} & set(train.STANCE_PART_WEIGHTS)
    spent = {p.rsplit("/", 1)[1] for p in train.SPENT}
    assert not {"test41", "test42"} & spent


def test_test43_trains_neither_model() -> None:
    spent = {p.rsplit("/", 1)[1] for p in train.SPENT}
    trained = spent | set(train.EVENT_ONLY_PARTS) | set(train.STANCE_PART_WEIGHTS)
    assert "test43" not in trained


def test_event_cv_scores_test42_and_test43_apart_or_trains_on_them() -> None:
    fresh = event_cv().FRESH
    assert "tests/data/negotiations/test42" in fresh
    assert "tests/data/negotiations/test43" in fresh
