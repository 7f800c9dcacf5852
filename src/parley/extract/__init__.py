"""Text -> statements: the extraction pipeline.

``extract_statements`` is the one entry point; the stages live in their own
modules (segmentation, quotes, cues, speakers, events, stance).
"""

from __future__ import annotations

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

    return run(text, source=source, published=published)
