"""spd41: the forty-first round's work done only where it can change something (the same
statements, fewer parses): a clause that names another party only past the holder's reach
is parsed for a sided speaker only when it holds a word a stated position needs; the
stance model's lead is read without numpy's sort; a set-off reporting clause's subject is
looked for once."""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator

import numpy as np
import pytest
from spacy.tokens import Doc

from parley.extract import classifier, pipeline
from parley.extract.holders import POSITION_WORDS, holders, may_state_position
from parley.extract.syntax import parser

_LEAD = (
    "ADDIS ABABA, May 4 (HD) - Ethiopia and Egypt resumed talks on Monday over the "
    "filling of the dam on the Blue Nile.\n\n"
)
_MINISTER = "Ethiopian Foreign Minister Gedion Timothewos said "
# a party named past the holder's reach (80 characters into the clause)
_FAR_PLAIN = (
    "Ethiopia had pressed hardest for a fair schedule for the dry months of the year, "
    "and had met the engineers of Egypt twice in the capital."
)
_FAR_PLEDGE = (
    "Ethiopia had pressed hardest for a fair schedule for the dry months of the year, "
    "and had won a commitment that Egypt would not raise the question again."
)

_SENTENCES = (
    "Ruritania had accepted the schedule.",
    "The union was ready to talk, the mayor said.",
    "Freedonia had turned down the offer and the ministry was pleased with the reply.",
    "They had won assurances that the port would stay open.",
    "The council had met the engineers twice in the capital.",
    "The company's shares fell after the report on the mine.",
    "Ruritania was the only country that refused to pay.",
    "The ministry had asked donors to fund the allowances.",
    "The government dropped its insistence on a flat rise.",
    "The weather in the valley had been dry for months.",
)


def _old_lead(scores: np.ndarray) -> float | None:
    if len(scores) < 2:
        return None
    top, runner_up = np.sort(scores)[-1:-3:-1]
    return float(top - runner_up)


def test_position_words_examples() -> None:
    assert may_state_position("Ruritania had accepted the schedule.")
    assert may_state_position("the union was READY to talk")
    assert may_state_position("it had won assurances from the port")
    assert may_state_position("a plan they under-took to finish")
    assert not may_state_position("Ruritania had met the engineers twice in the capital.")
    assert not may_state_position("")
    # a whole word only: "table" holds no "able"
    assert not may_state_position("the table of the setting sun")


def test_every_position_holder_has_a_position_word() -> None:
    nlp = parser()
    if nlp is None:
        pytest.skip("no trained pipeline")
    seen = 0
    for sentence in _SENTENCES:
        if any(h.position for h in holders(nlp(sentence))):
            seen += 1
            assert may_state_position(sentence), sentence
    assert seen >= 4


def test_no_special_case_splits_letters_into_a_position_word() -> None:
    # the tokenizer's special cases ("cannot", "gonna") are the only way a token of letters
    # alone is less than a whole run of letters
    nlp = parser()
    if nlp is None:
        pytest.skip("no trained pipeline")
    for key in nlp.tokenizer.rules:
        pieces = [t.lower_ for t in nlp.tokenizer(key)]
        if len(pieces) > 1:
            for piece in pieces:
                assert piece not in POSITION_WORDS or may_state_position(key), key


def _parsed_texts(monkeypatch: pytest.MonkeyPatch, body: str) -> list[str]:
    seen: list[str] = []
    real = pipeline.parse

    def parse(nlp: object, texts: Iterable[str]) -> Iterator[Doc]:
        listed = list(texts)
        seen.extend(listed)
        return real(nlp, listed)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "parse", parse)
    pipeline.run("Title: t\n\n" + body + "\n")
    return seen


def test_a_far_party_with_no_position_word_is_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    if parser() is None:
        pytest.skip("no trained pipeline")
    plain = _parsed_texts(monkeypatch, _LEAD + _MINISTER + _FAR_PLAIN)
    assert not any(t.startswith("Ethiopia had pressed") for t in plain)
    pledged = _parsed_texts(monkeypatch, _LEAD + _MINISTER + _FAR_PLEDGE)
    assert any(t.startswith("Ethiopia had pressed") for t in pledged)


def test_lead_as_numpy_sorted_it() -> None:
    rng = random.Random(41)
    for _ in range(20_000):
        n = rng.randint(1, 5)
        values = [rng.choice((rng.gauss(0, 3), 0.0, -0.0, 1.5, 1e-300)) for _ in range(n)]
        scores = np.array(values, dtype=np.float64)
        new, old = classifier._lead(scores), _old_lead(scores)
        assert new == old
        assert new is None or type(new) is float
