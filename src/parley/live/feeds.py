"""RSS and Atom feeds: their items, read with feedparser, and what ``parley watch`` did with them.

What watch has seen is kept in the database, in the ``feed_items`` table (migration 0004),
one row per (feed URL, item key), where the key is the item's id (guid), else its link.
A table rather than "a source with this URL is stored" because an item is settled even
when its page did not go in for good reasons (a 404, robots.txt, no article in the page),
and because a page's text can be stored under another URL (the same wire story twice).
Items that failed for a passing reason (server down, timeout, 5xx) are not recorded,
so the next poll tries them again.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urljoin

from parley.errors import (
    FetchConnectError,
    FetchContentError,
    FetchStatusError,
    FetchTimeoutError,
    ParleyError,
)
from parley.live.fetching import RETRY_STATUSES, Page


class ItemStatus(StrEnum):
    """What became of a feed item: its page stored, already stored, or failed for good."""

    ADDED = "added"
    PRESENT = "present"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry of a feed: its key (id or link), the absolute URL of its page, its title."""

    key: str
    link: str
    title: str | None = None


def parse_feed(page: Page) -> list[FeedItem]:
    """The items of an RSS or Atom feed, in feed order; entries without a link are left out.

    Raises :class:`FetchContentError` (naming the feed's URL) when ``page`` is no feed.
    """
    import feedparser  # type: ignore[import-untyped]

    # A stream, never a string: feedparser would take a string that looks like a URL as one.
    parsed = feedparser.parse(
        io.BytesIO(page.body),
        response_headers={"content-location": page.final_url, "content-type": page.content_type},
    )
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({_first_line(reason)})" if reason else ""
        raise FetchContentError(f"not an RSS or Atom feed{detail}", path=page.url)
    items: list[FeedItem] = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        link = urljoin(page.final_url, str(link).strip())
        key = str(entry.get("id") or link)
        items.append(FeedItem(key=key, link=link, title=entry.get("title")))
    return items


def _first_line(reason: object) -> str:
    return str(reason).strip().splitlines()[0] if str(reason).strip() else type(reason).__name__


def is_passing(error: ParleyError) -> bool:
    """True for failures worth trying again later: server down, too slow, 5xx or 429."""
    if isinstance(error, FetchConnectError | FetchTimeoutError):
        return True
    return isinstance(error, FetchStatusError) and error.status in RETRY_STATUSES
