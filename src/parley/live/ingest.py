"""Pages and feeds into the record: what ``parley fetch`` and ``parley watch`` run.

A URL that fails is reported with its code and the others go on; a database that fails
(:class:`parley.errors.StorageError`) stops the run, as in ``parley ingest``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from parley.errors import ExtractionFailedError, InputError, ParleyError
from parley.live.feeds import FeedItem, ItemStatus, is_passing, parse_feed
from parley.live.fetching import Fetcher, page_source
from parley.record import IngestReport, Record, SourceRef

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def fetch_url(record: Record, fetcher: Fetcher, url: str, report: IngestReport) -> SourceRef:
    """Download one page, extract it and store it; adds it to ``report``.

    Raises :class:`parley.errors.InputError` (a :class:`FetchError` or a reader's error,
    naming the URL) when the page cannot be had or read.
    """
    source = page_source(fetcher.get(url))
    report.warnings.extend(source.warnings)
    ref = SourceRef(source.id, source.name, source.path)
    try:
        count = record.store_source(source)
    except ParleyError:
        raise
    except Exception as exc:  # a bug met on this page: report it, fetch the others
        detail = " ".join(str(exc).split())[:200]
        raise ExtractionFailedError(
            f"could not extract this page ({type(exc).__name__}: {detail}); this is a bug "
            "in parley, please report it",
            path=url,
        ) from exc
    if count is None:
        report.present.append(ref)
    else:
        report.added.append(ref)
        report.statements_added += count
    return ref


def fetch_urls(
    record: Record,
    urls: Iterable[str],
    fetcher: Fetcher,
    on_error: Callable[[ParleyError], None] | None = None,
) -> IngestReport:
    """Fetch and ingest each URL; failures go in ``report.failed`` (and to ``on_error``)."""
    report = IngestReport()
    for url in dict.fromkeys(urls):  # each URL once, in the order given
        try:
            fetch_url(record, fetcher, url, report)
        except InputError as exc:
            report.failed.append(exc)
            if on_error is not None:
                on_error(exc)
    return report


@dataclass(slots=True)
class FeedPoll:
    """One poll of one feed: its new items and what became of their pages."""

    feed: str
    items: int = 0  # items in the feed
    new: int = 0  # items not settled before this poll
    retry_later: int = 0  # new items that failed for a passing reason
    report: IngestReport = field(default_factory=IngestReport)


def poll_feed(
    record: Record,
    fetcher: Fetcher,
    feed_url: str,
    on_error: Callable[[ParleyError], None] | None = None,
) -> FeedPoll:
    """Read the feed at ``feed_url`` and ingest the pages of its items not seen before.

    Each item is settled (remembered in the database) once its page is stored, was
    already stored, or failed for good; an item that failed for a passing reason is
    tried again at the next poll. A feed that cannot be read is one failure in the report.
    """
    poll = FeedPoll(feed_url)

    def failed(exc: ParleyError) -> None:
        poll.report.failed.append(exc)
        if on_error is not None:
            on_error(exc)

    try:
        items = parse_feed(fetcher.get(feed_url, accept=()))
    except InputError as exc:
        failed(exc)
        return poll
    poll.items = len(items)
    seen = record.feed_items_seen(feed_url, (item.key for item in items))
    fresh: dict[str, FeedItem] = {}
    for item in items:
        if item.key not in seen:
            fresh.setdefault(item.key, item)
    poll.new = len(fresh)
    for item in fresh.values():
        added_before = len(poll.report.added)
        try:
            ref = fetch_url(record, fetcher, item.link, poll.report)
        except InputError as exc:
            failed(exc)
            if is_passing(exc):
                poll.retry_later += 1
            else:
                record.mark_feed_item(
                    feed_url, item.key, ItemStatus.FAILED, link=item.link, error=exc.code
                )
            continue
        status = ItemStatus.ADDED if len(poll.report.added) > added_before else ItemStatus.PRESENT
        record.mark_feed_item(feed_url, item.key, status, link=item.link, source_id=ref.id)
    return poll


def watch(
    record: Record,
    fetcher: Fetcher,
    feeds: Sequence[str],
    *,
    every: float,
    once: bool = False,
    on_poll: Callable[[FeedPoll], None] | None = None,
    on_error: Callable[[ParleyError], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> IngestReport:
    """Poll ``feeds`` every ``every`` seconds (once with ``once``); the totals of all polls.

    Runs until interrupted unless ``once``; the caller handles KeyboardInterrupt.
    """
    total = IngestReport()
    feeds = list(dict.fromkeys(feeds))
    while True:
        started = time.monotonic()
        for feed_url in feeds:
            poll = poll_feed(record, fetcher, feed_url, on_error)
            total.added += poll.report.added
            total.present += poll.report.present
            total.failed += poll.report.failed
            total.statements_added += poll.report.statements_added
            total.warnings += poll.report.warnings
            if on_poll is not None:
                on_poll(poll)
        if once:
            return total
        sleep(max(0.0, every - (time.monotonic() - started)))


def parse_interval(text: str) -> float:
    """Seconds in ``30s``, ``15m``, ``2h``, ``1d`` or a plain number of seconds."""
    match = _INTERVAL.match(text)
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f"{text!r} is not an interval like 30s, 15m, 2h or 1d")
    return float(match.group(1)) * _UNIT_SECONDS[match.group(2).lower()]
