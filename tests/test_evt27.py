"""evt27: the weight of the examples made from the gold words (``train.train``'s
``gold_weight``), beside the extractor's own statements matched to them."""

from __future__ import annotations

from parley.extract.features import Utterance, features
from parley.extract.train import GOLD_WEIGHT, Article, train


def _article(name: str, gold_text: str, run_text: str, event: str) -> Article:
    row = {"start": 0, "end": len(gold_text), "text": gold_text, "cue": "said",
           "direct": False, "event": event, "stance": "support"}  # fmt: skip
    a = Article(name, name.split("-")[0], gold_text, [row], None)
    # what train.examples gives: the gold words' example first, then the extractor's
    a.examples = [
        (Utterance(gold_text, "said", "say", False), row),
        (Utterance(run_text, "said", "say", False), row),
    ]
    return a


def _articles() -> list[Article]:
    # the gold words of the first two statements hold a word ("pledg") that the extractor's
    # statements matched to them do not
    return [
        _article("farm-a", "the union pledged to resume the talks", "to resume the talks", "AGREE"),
        _article("port-b", "the owners pledged to reopen the port", "to reopen the port", "AGREE"),
        _article("mine-c", "the company refused the new terms", "the company refused", "REJECT"),
        _article("dock-d", "the council rejected the offer", "the council rejected it", "REJECT"),
    ]


def _weight(model: object, feature: str, label: str) -> float:
    event = model.event  # type: ignore[attr-defined]
    return float(event.coef[event.vocabulary[feature], event.classes.index(label)])


def test_gold_words_weigh_as_the_extractors_statements_by_default() -> None:
    assert GOLD_WEIGHT == 1.0
    model = train(_articles(), c=10.0, min_count=1, event_nb=0.0, part_weights={})
    assert "gold_weight" not in model.meta
    assert _weight(model, "w:pledg", "AGREE") > 0.05


def test_a_lower_gold_weight_leaves_the_gold_words_less_say() -> None:
    full = train(_articles(), c=10.0, min_count=1, event_nb=0.0, part_weights={})
    half = train(_articles(), c=10.0, min_count=1, event_nb=0.0, part_weights={},
                 gold_weight=0.5)  # fmt: skip
    none = train(_articles(), c=10.0, min_count=1, event_nb=0.0, part_weights={},
                 gold_weight=0.0)  # fmt: skip
    assert half.meta["gold_weight"] == 0.5
    # a word of the gold words alone is learnt less, and not at all at weight 0
    assert 0 < _weight(half, "w:pledg", "AGREE") < _weight(full, "w:pledg", "AGREE")
    assert abs(_weight(none, "w:pledg", "AGREE")) < 1e-6
    # the words the extractor's statements share are learnt either way
    for model in (full, half, none):
        assert (
            model.event.predict(features(Utterance("to resume the talks", "said", "say", False)))
            == "AGREE"
        )
