"""Text -> statements: the extraction pipeline.

``extract_statements`` is the one entry point; the stages live in their own
modules (segmentation, quotes, cues, speakers, events, stance).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import date, datetime

from parley.extract.model import Statement

__all__ = ["Statement", "extract_statements"]


def extract_statements(
    text: str, source: str = "", published: date | datetime | None = None
) -> list[Statement]:
    """Return the statements of one article body, in text order.

    ``text`` is the source text as read; offsets in the result index into it.
    ``published`` lets titles resolve to whoever held the office on that date.
    """
    from parley.extract.pipeline import run

    with memory_zones():
        return run(text, source=source, published=published)


@contextmanager
def memory_zones() -> Iterator[None]:
    """spaCy memory zones of the pipelines extraction uses, for the span of one article.

    A spaCy vocabulary keeps every new word it tokenises (a lexeme and its strings) for
    as long as the pipeline lives: over a long stream of articles, in one process, the
    vocabulary of the mention finder grows by about two words an article and memory
    with it. Inside a zone, what an article adds is freed when the zone ends; nothing
    spaCy made in it (docs, tokens) is kept past the article.
    """
    from parley.extract.mentions import mention_finder
    from parley.extract.syntax import parser

    pipelines = [mention_finder().nlp, parser()]
    with ExitStack() as zones:
        seen: set[int] = set()
        for nlp in pipelines:
            if nlp is not None and id(nlp) not in seen:  # zones must not nest
                seen.add(id(nlp))
                zones.enter_context(nlp.memory_zone())
        yield
