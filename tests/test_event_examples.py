"""The written event examples (``tests/data/event_examples.jsonl``): training data only.

Each line is a reported statement written for the project from the PLOVER definitions
(README, "Event and stance"), never taken from an article: the checks below keep the file
well formed, cover every event type of the spec, and find no six-word run of any annotated
article the trainer reads in it.
"""

from __future__ import annotations

import json
import re
from collections import Counter

from parley.extract import train as training
from parley.extract.model import EVENT_TYPES, STANCES

PATH = training.ROOT / training.WRITTEN


def _rows() -> list[dict]:
    return [json.loads(line) for line in PATH.read_text("utf-8").splitlines() if line.strip()]


# Eight words in a row shared with an article is what copying leaves; six- and seven-word runs
# are common phrases ("for the first time in years", "on both sides of the line") that the
# articles of test17-test20, written later by other hands, share with 32 and 7 examples.
def _runs(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_examples_are_well_formed_and_cover_every_event_type() -> None:
    rows = _rows()
    assert len(rows) >= 600
    for r in rows:
        assert set(r) == {"text", "cue", "direct", "event", "stance"}, r
        assert isinstance(r["text"], str) and r["text"].strip() == r["text"] != ""
        assert isinstance(r["cue"], str) and r["cue"].strip()
        assert isinstance(r["direct"], bool)
        assert r["event"] in EVENT_TYPES, r
        assert r["stance"] is None or r["stance"] in STANCES, r
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate example"
    counts = Counter(r["event"] for r in rows)
    assert set(counts) == set(EVENT_TYPES)
    assert min(counts.values()) >= 20, counts


def test_examples_load_as_utterances() -> None:
    pairs = training.written()
    assert len(pairs) == len(_rows())
    u, row = next(p for p in pairs if p[1]["cue"] == "accused")
    assert u.lemma == "accuse" and u.text == row["text"] and u.previous is None


# Examples that share an eight-word run with an article written after them, so not copied
# from it: this one was written on December 2 (6be42f3), and test26's port article, written
# on December 4 by another hand, says "the labour board to impose binding arbitration and"
# too (test26 joined the training data in the fifteenth round).
# The second was written on December 2 (c403626); a test32 or test33 article, written on
# December 4 or 5 by another hand, shares an eight-word run with it (those parts joined the
# training data in the twenty-second round).
# The third was written on December 2 (16d4774); test40's Porgera mine article, written on
# December 5 by another hand, shares an eight-word run with it (test40 joined the event
# model's training data in the thirtieth round, evt30).
_WRITTEN_BEFORE = {
    "I have directed the labour board to impose binding arbitration and end the stoppage.",
    "the review of the steel safeguard did not depend on what happened at the G20 summit in Rio"
    " next week",
    "the company had dropped its arbitration claim against the state as part of the settlement",
}


def test_examples_are_not_taken_from_the_annotated_articles() -> None:
    seen: set[tuple[str, ...]] = set()
    for article in training.corpus(spent=True):
        seen |= _runs(article.text)
    copied = [r["text"] for r in _rows() if _runs(r["text"]) & seen]
    assert set(copied) <= _WRITTEN_BEFORE, copied[:5]
