"""The article's date, which decides who held an office when it was written."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from parley.extract.segment import header_fields
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
    m = _DATE_IN_TEXT.search(text, body_start, body_start + 3000)
    return parse_date(m.group()) if m else None


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
