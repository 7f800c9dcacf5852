"""``parley fetch URL...`` and ``parley watch FEED_URL...``: live sources from the command line.

Each URL that fails is one line, ``error: <url>: <problem> [E5xx]``; the others go in,
and the summary of ``parley ingest`` follows. Exit 2 when anything failed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from parley.cli_options import DbOpt, OppositionOpt
from parley.errors import ParleyError
from parley.extract.options import Opposition
from parley.sources import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from parley.live.fetching import Fetcher
    from parley.live.ingest import FeedPoll
    from parley.record import IngestReport, Record

EXIT_BAD_INPUT = 2

UrlsArg = Annotated[list[str], typer.Argument(help="http(s) URLs.", show_default=False)]
TimeoutOpt = Annotated[
    float,
    typer.Option("--timeout", min=0.1, help="Seconds to wait for a server (and per download)."),
]
MaxBytesOpt = Annotated[
    int, typer.Option("--max-bytes", min=1, help="Largest response read; reading stops there.")
]
RetriesOpt = Annotated[
    int,
    typer.Option("--retries", min=0, help="Tries again after a 5xx, a timeout or no connection."),
]


def _report_error(exc: ParleyError) -> None:
    where = f"{exc.path}: " if exc.path else ""
    typer.echo(f"error: {where}{exc.message} [{exc.code}]", err=True)


def _open(db: str | None, opposition: Opposition) -> Record:
    from parley.record import Record

    try:
        return Record(db, create=True, opposition=opposition)
    except ParleyError as exc:
        _report_error(exc)
        raise typer.Exit(EXIT_BAD_INPUT) from None


def _fetcher(timeout: float, max_bytes: int, retries: int) -> Fetcher:
    from parley.live.fetching import Fetcher

    return Fetcher(timeout=timeout, max_bytes=max_bytes, retries=retries)


def _summary(report: IngestReport) -> None:
    for warning in report.warnings:
        where = f"{warning.path}: " if warning.path else ""
        typer.echo(f"warning: {where}{warning.message} [{warning.code}]", err=True)
    typer.echo(f"sources added: {len(report.added)}")
    typer.echo(f"already present: {len(report.present)}")
    typer.echo(f"failed: {len(report.failed)}")
    typer.echo(f"statements added: {report.statements_added}")


def fetch_command(
    urls: UrlsArg,
    db: DbOpt = None,
    timeout: TimeoutOpt = 20.0,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    retries: RetriesOpt = 2,
    opposition: OppositionOpt = Opposition.STATE,
) -> None:
    """Download web pages, extract their articles' statements and store both.

    robots.txt is obeyed; the user agent names parley.
    """
    from parley.live.ingest import fetch_urls

    with _open(db, opposition) as record, _fetcher(timeout, max_bytes, retries) as fetcher:
        try:
            report = fetch_urls(record, urls, fetcher, on_error=_report_error)
        except ParleyError as exc:  # the database failed, not a URL
            _report_error(exc)
            raise typer.Exit(EXIT_BAD_INPUT) from None
    _summary(report)
    if report.failed:
        raise typer.Exit(EXIT_BAD_INPUT)


def watch_command(
    feeds: Annotated[list[str], typer.Argument(help="RSS or Atom feed URLs.", show_default=False)],
    every: Annotated[
        str, typer.Option("--every", help="Time between polls: 30s, 15m, 2h, 1d.")
    ] = "15m",
    once: Annotated[bool, typer.Option("--once", help="Poll each feed once, then stop.")] = False,
    db: DbOpt = None,
    timeout: TimeoutOpt = 20.0,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    retries: RetriesOpt = 2,
    opposition: OppositionOpt = Opposition.STATE,
) -> None:
    """Poll RSS/Atom feeds and ingest the page of each new item (until Ctrl-C, or --once).

    What was seen is kept in the database, so a restart ingests only newer items.
    """
    from parley.live.ingest import parse_interval, watch

    try:
        interval = parse_interval(every)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--every") from None

    def show(poll: FeedPoll) -> None:
        report = poll.report
        typer.echo(
            f"{poll.feed}: {poll.items} item{'' if poll.items == 1 else 's'}, {poll.new} new; "
            f"added {len(report.added)}, "
            f"already present {len(report.present)}, failed {len(report.failed)}"
            + (f" ({poll.retry_later} to retry)" if poll.retry_later else ""),
            err=True,
        )

    with _open(db, opposition) as record, _fetcher(timeout, max_bytes, retries) as fetcher:
        try:
            report = watch(
                record, fetcher, feeds, every=interval, once=once, on_poll=show,
                on_error=_report_error,
            )  # fmt: skip
        except KeyboardInterrupt:
            typer.echo("stopped", err=True)
            return
        except ParleyError as exc:  # the database failed
            _report_error(exc)
            raise typer.Exit(EXIT_BAD_INPUT) from None
    _summary(report)
    if report.failed:
        raise typer.Exit(EXIT_BAD_INPUT)
