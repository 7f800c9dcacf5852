"""What the hearsay tests read: the last statement of a short article, and the holders of a
position that the parse finds in one sentence."""

from __future__ import annotations

from parley.extract import extract_statements
from parley.extract.holders import holders
from parley.extract.model import Statement
from parley.extract.syntax import parser


def last_statement(body: str) -> Statement:
    """The last statement extracted from an article with this body and a bare title."""
    *_, statement = extract_statements("Title: t\n\n" + body + "\n")
    return statement


def held_phrases(sentence: str) -> list[tuple[str, bool]]:
    """The holders the parse finds, as (phrase, nobody) pairs, best first."""
    nlp = parser()
    assert nlp is not None
    return [(sentence[h.start : h.end], h.nobody) for h in holders(nlp(sentence))]


def held_heads(sentence: str) -> dict[str, bool]:
    """The holders' head words, each with whether the parse rules it out (nobody)."""
    nlp = parser()
    assert nlp is not None
    return {sentence[h.head_start : h.head_end]: h.nobody for h in holders(nlp(sentence))}
