"""evtw30: a part's own weight in the stance model (``train.STANCE_PART_WEIGHTS``, the
``stance_parts`` argument of ``train.train``), beside ``event_only``."""

from __future__ import annotations

from typing import Any

import numpy as np

from parley.extract import train
from parley.extract.classifier import StatementClassifier
from parley.extract.features import Utterance
from training_helpers import event_cv, training_article

# the older articles read "the council will study the offer" as a consultation it welcomes;
# a newer part reads the same words as a refusal it opposes
_OLD = [("the council will study the offer", "CONSULT", "support"),
        ("the council accepts the offer", "AGREE", "support")] * 3  # fmt: skip
_NEWER = [("the council will study the offer", "REJECT", "oppose")] * 4
_PROBE = Utterance("the council will study the offer", "said", "say", False)


def _fit(**kw: Any) -> StatementClassifier:
    articles = [training_article(None, _OLD), training_article("test97", _NEWER)]
    return train.train(articles, c=4.0, event_nb=0.0, **kw)


def test_an_event_only_part_named_for_stance_teaches_the_stance_model_too() -> None:
    only = _fit(part_weights={}, event_only={"test97": 2.0})
    both = _fit(part_weights={}, event_only={"test97": 2.0}, stance_parts={"test97": 2.0})
    assert only.code(_PROBE).stance == "support"
    assert both.code(_PROBE).stance == "oppose"
    # the event model is the same either way
    assert np.allclose(only.event.coef, both.event.coef)
    assert both.meta["stance_parts"] == {"test97": 2.0}
    assert both.meta["stance_examples"] == len(_OLD) + len(_NEWER)
    assert "stance_parts" not in only.meta


def test_the_stance_weight_of_a_part_is_its_own() -> None:
    # weighed heavily in the event model and lightly in the stance model: the event moves,
    # the stance does not
    light = _fit(part_weights={"test97": 4.0}, stance_parts={"test97": 0.05})
    assert light.code(_PROBE).event == "REJECT"
    assert light.code(_PROBE).stance == "support"
    heavy = _fit(part_weights={"test97": 0.05}, stance_parts={"test97": 4.0})
    assert heavy.code(_PROBE).event == "CONSULT"
    assert heavy.code(_PROBE).stance == "oppose"


def test_event_cv_takes_the_stance_weights_in_its_configuration() -> None:
    cfg = event_cv().parse_config("event_only=test41:0.5,stance_parts=test41:0.25+test40:1")
    assert cfg["stance_parts"] == {"test41": 0.25, "test40": 1.0}


def test_event_cv_may_train_on_test41() -> None:
    assert "tests/data/negotiations/test41" in event_cv().FRESH


def test_the_shipped_stance_weights_name_no_kept_out_part() -> None:
    named = set(train.STANCE_PART_WEIGHTS)
    assert not named & {"test14", "test15", "test16", "test30", "test31"}
    trained = {p.rsplit("/", 1)[1] for p in train.SPENT} | set(train.EVENT_ONLY_PARTS)
    assert named <= trained
