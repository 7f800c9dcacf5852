"""What the actor-rule tests read: the actor the extractor gives one statement of a short
article, found by its speaker and a few of its words."""

from __future__ import annotations

from datetime import date, datetime

from parley.extract import extract_statements
from parley.extract.options import Opposition


def actor_of(text: str, speaker: str | None, words: str, day: datetime | None = None) -> str | None:
    """The actor of the statement by ``speaker`` holding ``words`` (opposition read as none)."""
    for s in extract_statements(text, published=day, opposition=Opposition.NONE):
        if s.speaker == speaker and words in s.text:
            return s.actor
    raise AssertionError(f"no statement by {speaker} with {words!r}")


def speakers_and_actors(body: str, day: date) -> list[tuple[str | None, str | None]]:
    """The speaker and actor of every statement of an article holding ``body``, published
    on ``day``, in the order found."""
    found = extract_statements(
        "Title: t\n\n" + body + "\n", published=day, opposition=Opposition.NONE
    )
    return [(s.speaker, s.actor) for s in found]
