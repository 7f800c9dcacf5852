"""evt30: a part that trains the event model alone (``train.EVENT_ONLY_PARTS``, the
``event_only`` argument of ``train.train``); the stance model's data stay as they are."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from parley.extract import train
from parley.extract.classifier import StatementClassifier
from parley.extract.features import Utterance
from training_helpers import event_cv, training_article

# the development articles read "the board will weigh the bid" as a consultation and
# approve of it; a newer part reads the same words as a rejection and opposes
_DEV = [("the board will weigh the bid", "CONSULT", "support"),
        ("the board takes the bid", "AGREE", "support")] * 3  # fmt: skip
_NEW = [("the board will weigh the bid", "REJECT", "oppose")] * 4
_PROBE = Utterance("the board will weigh the bid", "said", "say", False)


def _fit(part: str, **kw: Any) -> StatementClassifier:
    return train.train(
        [training_article(None, _DEV), training_article(part, _NEW)], c=4.0, event_nb=0.0, **kw
    )


def test_an_event_only_part_teaches_the_event_model_and_not_the_stance_model() -> None:
    both = _fit("test98", part_weights={"test98": 2.0})
    only = _fit("test98", part_weights={}, event_only={"test98": 2.0})
    # trained on by both models, the newer part moves event and stance alike
    assert both.code(_PROBE).event == "REJECT" and both.code(_PROBE).stance == "oppose"
    # trained on by the event model alone, the event moves as much and the stance not
    assert only.code(_PROBE).event == "REJECT" and only.code(_PROBE).stance == "support"
    assert np.allclose(only.event.coef, both.event.coef)
    assert only.meta["event_only"] == {"test98": 2.0}
    assert only.meta["stance_examples"] == len(_DEV)
    assert only.meta["event_examples"] == len(_DEV) + len(_NEW)


def test_the_stance_model_is_the_one_fitted_without_the_event_only_part() -> None:
    without = train.train([training_article(None, _DEV)], c=4.0, event_nb=0.0,
                          part_weights={"dev": 0.5})  # fmt: skip
    only = _fit("test98", part_weights={"dev": 0.5}, event_only={"test98": 1.0})
    assert only.stance.classes == without.stance.classes
    assert only.stance.vocabulary == without.stance.vocabulary
    assert np.array_equal(only.stance.coef, without.stance.coef)
    # at weight 1 the event-only part is named in the meta all the same
    assert only.meta["event_only"] == {"test98": 1.0}


def test_the_event_only_weight_overrides_the_parts_weight_in_the_event_model() -> None:
    light = _fit("test98", part_weights={"test98": 4.0}, event_only={"test98": 0.05})
    assert light.code(_PROBE).event == "CONSULT"
    assert light.meta["part_weights"]["test98"] == pytest.approx(0.05)


def test_the_corpus_reads_an_event_only_part_beside_the_spent_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(train, "EVENT_ONLY_PARTS", {"test40": 0.5})
    articles = train.corpus(spent=True)
    fresh = [a for a in articles if a.part == "test40"]
    assert fresh and all(a.spent for a in fresh)
    assert "tests/data/negotiations/test40" not in train.SPENT
    # and never without --spent
    assert not any(a.part == "test40" for a in train.corpus())


def test_event_cv_takes_an_event_only_part_in_its_configuration() -> None:
    cfg = event_cv().parse_config("event_only=test40:0.5+test98:1")
    assert cfg["event_only"] == {"test40": 0.5, "test98": 1.0}


def test_the_shipped_event_only_parts_are_no_spent_part_and_no_kept_out_one() -> None:
    spent = {p.rsplit("/", 1)[1] for p in train.SPENT}
    named = set(train.EVENT_ONLY_PARTS)
    assert not named & spent
    assert not named & {"test14", "test15", "test16", "test30", "test31"}
    assert all(0 < w <= 1 for w in train.EVENT_ONLY_PARTS.values())


def test_the_shipped_model_reads_test40_for_its_event_model_alone() -> None:
    from parley.extract.classifier import MODEL_PATH

    # (test41 and test42 joined beside it in the thirty-second round: evt33)
    assert train.EVENT_ONLY_PARTS["test40"] == 0.25
    meta = StatementClassifier.load(MODEL_PATH).meta
    assert meta["event_only"]["test40"] == 0.25
