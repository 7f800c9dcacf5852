"""The literal pieces a pattern cannot match without (:mod:`parley.extract.prefilter`): a rule's
search is skipped only where the pattern could not have matched."""

from __future__ import annotations

import importlib
import pkgutil
import re

import numpy as np
import pytest

import parley.extract as extract_package
from parley.extract.narrow_events import gated_override
from parley.extract.prefilter import Prefiltered, lower_of, required_words

SENTENCES = [
    "The union said it would hold the ministers to their promise.",
    "Negotiators WOULD JUDGE the plan by its results, the council said.",
    "We accepted it only because the alternative was worse.",
    "The offer undervalues the company and fails to reflect its full value.",
    "They had not received the text of the agreement, officials said.",
    "The strike had paid off, the members were told; the victory won by the nurses stood.",
    "If the talks fail, the workers will walk out again.",
    "The deal fell short on pay and lacked ambition.",
    "The ministry should have acted earlier on the dispute.",
    "“We will never abandon the talks,” she said, ‘nor leave the table’.",
    "The ſtrike would continue, the ſide ſaid.",  # the long s: folds to "s" with case ignored
    "İstanbul would host the next round, the KELVIN ſign aside.",
    "no, nothing, never: the offer still stands and we stand by it",
    "",
]


def test_pieces_of_alternatives_and_sequences() -> None:
    clauses = required_words(re.compile(r"\b(?:would|will)\s+hold\b", re.IGNORECASE))
    assert frozenset({"hold"}) in clauses
    # (Python's parser takes the common "w" out of "would|will": "w", then "ould" or "ill")
    for text in ("they would hold", "it will hold"):
        assert all(any(piece in text for piece in clause) for clause in clauses)
    assert not all(any(piece in "they could hold" for piece in c) for c in clauses)
    assert required_words(re.compile(r"\b(?:Judge|assess)\b")) == (frozenset({"judge", "assess"}),)


def test_optional_and_looked_around_parts_are_not_required() -> None:
    clauses = required_words(re.compile(r"ab(?:cd)?ef(?!gh)(?<=ef)"))
    pieces = {p for c in clauses for p in c}
    assert pieces == {"ab", "ef"}
    assert required_words(re.compile(r"\w+\s*[,;]")) == ()
    # an alternative with no piece of its own leaves the alternation without a requirement
    assert required_words(re.compile(r"(?:foo|\d+)")) == ()


def test_search_skipped_only_without_the_pieces() -> None:
    gate = Prefiltered(re.compile(r"\bjudg(?:e|es|ed)\b\s+\w+\s+by\b", re.IGNORECASE))
    assert gate.search("they would judge it by its results") is not None
    assert gate.search("THEY WOULD JUDGE IT BY ITS RESULTS") is not None
    assert not gate.may_match("they would weigh it on its results")
    assert gate.search("they would weigh it on its results") is None


def test_texts_that_do_not_fold_alike_are_searched() -> None:
    # with case ignored "s" matches the long s, which lower-cases to itself: such a text is
    # never judged by its lower-cased form
    gate = Prefiltered(re.compile(r"strike", re.IGNORECASE))
    assert gate.may_match("the ſtrike")
    assert gate.search("the ſtrike") is not None


def test_lower_of_keeps_the_last_text() -> None:
    text = "The Union Said"
    assert lower_of(text) == "the union said"
    assert lower_of(text) is lower_of(text)
    assert lower_of("Other") == "other"


def _patterns() -> list[re.Pattern[str]]:
    found: dict[int, re.Pattern[str]] = {}
    for info in pkgutil.iter_modules(extract_package.__path__):
        module = importlib.import_module(f"parley.extract.{info.name}")
        for value in vars(module).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[id(value)] = value
    return list(found.values())


def test_every_pattern_of_the_extractor_agrees() -> None:
    """Over every pattern the extractor compiles: where the check says no match can be,
    the pattern finds none (in the sentences above and in upper and title case)."""
    texts = [v for s in SENTENCES for v in (s, s.upper(), s.title())]
    checked = 0
    for pattern in _patterns():
        gate = Prefiltered(pattern)
        for text in texts:
            if not gate.may_match(text):
                checked += 1
                assert pattern.search(text) is None, (pattern.pattern, text)
            assert (gate.search(text) is None) == (pattern.search(text) is None)
    assert checked > 1000


def test_gated_rule_does_not_search_without_its_words(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def holds(text: str) -> bool:
        asked.append(text)
        return True

    rule = gated_override("REQUEST", (re.compile(r"\bhold\b", re.IGNORECASE),), 5.0, holds)
    classes = ("AGREE", "REQUEST")
    scores = np.array([1.0, 0.5])
    from parley.extract.features import Utterance

    def utter(text: str) -> Utterance:
        return Utterance(text=text, cue="said", lemma="say", direct=False)

    assert rule("AGREE", utter("they would weigh it"), classes, scores) == "AGREE"
    assert asked == []
    assert rule("AGREE", utter("they would HOLD it"), classes, scores) == "REQUEST"
    assert asked == ["they would HOLD it"]
