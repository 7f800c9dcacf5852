"""Extraction quality on the annotated articles, scored with parley.evaluation.

Run with ``pytest -s tests/test_dev_scores.py`` to see the scores. The floors
below sit just under the level the extractor reaches, so that a regression
fails the suite.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.evaluation import Scorer, load_rows
from parley.extract.train import header_published

# The one place the quality floors live: collection -> metric -> minimum.
# Event and stance on "dev" and "examples" are in-sample: those articles train the shipped
# classifier (python -m parley.extract.train), so their floors guard the fit, not
# generalisation; the cross-validated figures (leave one negotiation out) are in the README.
THRESHOLDS: dict[str, dict[str, float]] = {
    "dev": {
        "detection_f1": 0.89,
        "attributed_f1": 0.87,
        "speaker_accuracy": 0.97,
        "event_accuracy": 0.95,
        "stance_accuracy": 0.95,
        # hearsay from every predicate's subject and pronouns: hearsay 0.583 -> 0.833,
        # about 0.964 -> 0.923 (evaluations of a party the gold reads either way); 0.954
        # with the rules read off test12's hearsay errors (accusations of conduct, lessons,
        # proposals' prospects: holders.py)
        "about_accuracy": 0.94,
        "hearsay_accuracy": 0.8,
        "direct_accuracy": 0.98,
    },
    "examples": {
        "detection_f1": 0.94,
        "attributed_f1": 0.94,
        "speaker_accuracy": 0.98,
        "event_accuracy": 0.95,
    },
    "seed": {
        "detection_f1": 0.95,
        "attributed_f1": 0.95,
        # 0.944 with the event model trained on the development articles alone; 0.889 once it
        # also learnt from the spent test parts (README, "Event and stance": +4 points by
        # leave-one-negotiation-out), read one conditional warning as AGREE; 1.0 since the
        # tenth round (periphrastic futures as modals, the naive Bayes blend)
        "event_accuracy": 0.94,
        "hearsay_accuracy": 0.9,
        "stance_accuracy": 0.9,
    },
}

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
COLLECTIONS = {
    # name -> (folder of articles, folder of NAME.gold.jsonl)
    "dev": (ROOT / "tests" / "data" / "dev", ROOT / "tests" / "data" / "dev"),
    "examples": (
        ROOT / "src" / "parley" / "data" / "examples",
        ROOT / "tests" / "data" / "examples-gold",
    ),
    "seed": (SHARED / "seed", SHARED / "gold"),
}


def _extractor():
    from functools import partial

    from parley.extract import Opposition, extract_statements

    # the corpus's gold follows its in-house convention: the opposition has no side
    # (tests/data/negotiations/README.md, "Domestic opposition")
    return partial(extract_statements, opposition=Opposition.NONE)


def _articles(name: str) -> list[tuple[Path, Path]]:
    text_dir, gold_dir = COLLECTIONS[name]
    if not gold_dir.is_dir():
        pytest.skip(f"{gold_dir} is absent")
    pairs = []
    for gold in sorted(gold_dir.glob("*.gold.jsonl")):
        article = text_dir / (gold.name[: -len(".gold.jsonl")] + ".txt")
        assert article.exists(), f"{gold} has no article {article.name}"
        pairs.append((article, gold))
    assert pairs, f"no gold files in {gold_dir}"
    return pairs


@pytest.mark.parametrize("name", sorted(THRESHOLDS))
def test_scores_reach_thresholds(name: str) -> None:
    extract = _extractor()
    scorer = Scorer()
    for article, gold in _articles(name):
        text = article.read_text(encoding="utf-8")
        predicted = extract(text, source=article.stem, published=header_published(text))
        for statement in predicted:
            assert text[statement.start : statement.end] == statement.text, (
                f"{article.name}: offsets {statement.start}:{statement.end} do not hold the text"
            )
        scorer.add(load_rows(gold), predicted)
    report = scorer.report()
    print(f"\n{name}: " + " ".join(f"{k}={v}" for k, v in report.items()))
    below = {
        metric: (report[metric], floor)
        for metric, floor in THRESHOLDS[name].items()
        if (report[metric] or 0.0) < floor
    }
    assert not below, f"{name}: below threshold (got, floor): {below}"


def test_gold_offsets_index_the_article_text() -> None:
    # The gold itself must be exact, or every score above is meaningless.
    for name in COLLECTIONS:
        text_dir, gold_dir = COLLECTIONS[name]
        if not gold_dir.is_dir():
            continue
        for article, gold in _articles(name):
            text = article.read_text(encoding="utf-8")
            for row in load_rows(gold):
                assert text[row["start"] : row["end"]] == row["text"], (gold.name, row["text"])
                assert row["source"] == article.stem, gold.name
