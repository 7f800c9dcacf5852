"""What the detection tests read: the statements of a short article with a dated header, as
(text, cue) or (text, speaker) pairs, each span checked against the article's text."""

from __future__ import annotations

from parley.extract import extract_statements
from parley.extract.model import Statement

HEADER = "Title: t\nPublished: 2025-11-27T10:00:00+00:00\n\n"


def statements(body: str) -> list[Statement]:
    """The statements of an article with this body, each span the text it quotes."""
    text = HEADER + body
    out = extract_statements(text, source="t")
    for s in out:
        assert text[s.start : s.end] == s.text
    return out


def found_cues(body: str) -> list[tuple[str, str]]:
    return [(s.text, s.cue) for s in statements(body)]


def found_speakers(body: str) -> list[tuple[str, str | None]]:
    return [(s.text, s.speaker) for s in statements(body)]
