"""Speed without a change of output (thirty-fourth round, spd34): the listed bodies a text
names are read once per article, shared by the hearsay passes and the listed sides. Article,
people and bodies invented."""

from __future__ import annotations

from collections import Counter

import pytest

from parley.extract import extract_statements, pipeline
from parley.extract.unlisted import Unlisted, listed_parties

_ARTICLE = (
    "Title: Talks resume\n\n"
    "The Ontario Public Service Employees Union said the province had agreed to a new offer.\n\n"
    'A spokesperson said: "The union will put it to members next week."\n\n'
    "Officials said the employer had accepted the union's demand for a review.\n"
)


def test_listed_bodies_read_once_per_article(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: Counter[tuple[str, frozenset[str]]] = Counter()

    def counted(text: str, gaz: object, skip: frozenset[str] = frozenset()) -> list[Unlisted]:
        calls[text, skip] += 1
        return listed_parties(text, gaz, skip)  # type: ignore[arg-type]

    baseline = extract_statements(_ARTICLE)
    monkeypatch.setattr(pipeline, "listed_parties", counted)
    assert extract_statements(_ARTICLE) == baseline
    assert calls, "the article names a listed body: its bodies are read"
    assert max(calls.values()) == 1
