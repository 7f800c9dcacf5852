"""The article's date, which decides who held an office when it was written."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from parley.extract.segment import header_fields, is_caption
from parley.sources import parse_published

_DATE_IN_TEXT = re.compile(
    r"\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2})\b"
)


def article_date(text: str, body_start: int, published: date | datetime | None) -> date | None:
    """``published`` if given, else the header's date, else the first date in the text."""
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    fields = header_fields(text) if body_start else {}
    for key in ("published", "date", "updated"):
        if fields.get(key):
            day = parse_date(fields[key])
            if day:
                return day
    return _page_date(text, body_start, body_start + DATE_REACH)


# How far into a text without a header its date is looked for (characters).
DATE_REACH = 3000
# A line that revises the page ("Updated 5 March 2025", "Last modified: ...") dates the
# revision, not the story.
_REVISION = re.compile(r"\s*(?:last\s+)?(?:updated|modified|edited|revised)\b", re.IGNORECASE)
_LINE = re.compile(r"[^\n]+")


def _page_date(text: str, start: int, end: int) -> date | None:
    """The first date of a pasted page that is not a revision's or a photo caption's (a
    caption above the byline dates the picture, often weeks older); failing that, the first
    date in the text."""
    first = None
    for line in _LINE.finditer(text, start, min(end, len(text))):
        m = _DATE_IN_TEXT.search(line.group())
        if m is None:
            continue
        first = first or m
        if _REVISION.match(line.group()) or is_caption(line.group().strip()):
            continue
        return parse_date(m.group())
    return parse_date(first.group()) if first else None


@lru_cache(maxsize=1024)
def parse_date(value: str) -> date | None:
    """The day ``value`` names, or None: unreadable, or relative ("yesterday") with nothing
    to read it against -- the machine's clock would give the same text a different date
    on another day."""
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    parsed = parse_published(value)
    return parsed.date() if parsed else None
