"""WordCache: the tokenizer's cache filled a chunk at a time gives the same tokens."""

from __future__ import annotations

from pathlib import Path

import spacy

from parley.extract.word_cache import WordCache

ROOT = Path(__file__).resolve().parents[1]
DEV = sorted((ROOT / "tests" / "data" / "negotiations" / "dev").glob("*.txt"))[:30]


def _tokens(nlp: spacy.language.Language, text: str) -> list[tuple[str, int, str]]:
    return [(t.text, t.idx, t.whitespace_) for t in nlp.make_doc(text)]


def test_the_same_tokens_from_a_filled_cache() -> None:
    texts = [p.read_text(encoding="utf-8") for p in DEV]
    texts.append("Don't U.S. officials' \"Nov.\" (AFP) co-operate—well… 3.5% e-mail: a@b.org :)")
    plain, filled = spacy.blank("en"), spacy.blank("en")
    words = WordCache(filled)
    for _ in range(2):
        for text in texts:
            words.fill(text)
            assert _tokens(filled, text) == _tokens(plain, text)
    assert filled.tokenizer.max_cache_size >= 100_000
    assert words.seen >= set(texts[0].split())


def test_nothing_filled_in_a_memory_zone() -> None:
    nlp = spacy.blank("en")
    words = WordCache(nlp)
    with nlp.memory_zone():
        words.fill("Zelensky said")
    assert not words.seen


def test_known_chunks_tokenised_alone_only_once() -> None:
    nlp = spacy.blank("en")
    words = WordCache(nlp)
    given: list[str] = []
    tokenize = words.tokenizer
    words.tokenizer = lambda chunk: given.append(chunk) or tokenize(chunk)
    words.fill("The envoy said, the envoy said.")
    assert sorted(given) == sorted({"The", "envoy", "said,", "the", "said."})
    given.clear()
    words.fill("the envoy said, The envoy")  # every chunk known: nothing tokenised alone
    assert given == []
    words.fill("the envoy said talks were over.")  # only the new chunks
    assert sorted(given) == ["over.", "said", "talks", "were"]
    assert words.seen >= {"talks", "over."}
