"""``parley sources [list] | update ID | remove ID``: the stored sources, listed and edited.

``parley sources`` alone lists them (as it always did); ``update`` changes a source's
title, URL, outlet or date (a new date re-extracts its statements) and ``remove``
removes it with its statements, each in one transaction.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from parley.cli_options import DbOpt
from parley.errors import ParleyError
from parley.exports import write_sources

if TYPE_CHECKING:
    from parley.record import Record

EXIT_BAD_INPUT = 2

sources_app = typer.Typer(
    help="The stored sources: list them (the default), update or remove one.",
    add_completion=False,
    pretty_exceptions_enable=False,
)


class ListFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


FormatOpt = Annotated[
    ListFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
]
KeyArg = Annotated[
    str, typer.Argument(help="The source's id, id prefix (6+ hex digits) or name.", metavar="ID")
]


def _database(ctx: typer.Context, db: str | None) -> str | None:
    """The subcommand's --db, else the one given to ``parley sources`` before it."""
    return db or (ctx.obj or {}).get("db")


def _fail(exc: ParleyError) -> typer.Exit:
    where = f"{exc.path}: " if exc.path else ""
    typer.echo(f"error: {where}{exc.message} [{exc.code}]", err=True)
    return typer.Exit(EXIT_BAD_INPUT)


@sources_app.callback(invoke_without_command=True)
def sources_command(
    ctx: typer.Context,
    db: DbOpt = None,
    fmt: FormatOpt = ListFormat.table,
    limit: Annotated[
        int | None,
        typer.Option("--limit", min=0, help="Show at most this many.", show_default=False),
    ] = None,
    offset: Annotated[int, typer.Option("--offset", min=0, help="Skip this many first.")] = 0,
) -> None:
    """List the stored sources, oldest first (update or remove one with the subcommands)."""
    if ctx.invoked_subcommand is not None:
        ctx.obj = {"db": db}  # `parley sources --db X update ...`: the subcommand's database
        return
    try:
        with _record(db) as record:
            rows = [source.to_dict() for source in record.sources(limit=limit, offset=offset)]
    except ParleyError as exc:
        raise _fail(exc) from None
    write_sources(rows, sys.stdout, fmt.value)


def _record(db: str | None) -> Record:
    """The existing record at ``db`` (SQLAlchemy is loaded here, not with the CLI)."""
    from parley.record import Record

    return Record(db, create=False)


@sources_app.command("update")
def update_command(
    ctx: typer.Context,
    key: KeyArg,
    title: Annotated[str | None, typer.Option(help="New title ('' clears it).")] = None,
    url: Annotated[str | None, typer.Option(help="New URL ('' clears it).")] = None,
    outlet: Annotated[str | None, typer.Option(help="New outlet ('' clears it).")] = None,
    published: Annotated[
        str | None,
        typer.Option(
            help="New publication date, absolute ('' clears it); re-extracts the statements."
        ),
    ] = None,
    db: DbOpt = None,
) -> None:
    """Change a source's title, URL, outlet or publication date."""
    changes: dict[str, Any] = {
        name: value or None
        for name, value in (
            ("title", title), ("url", url), ("outlet", outlet), ("published", published)
        )
        if value is not None
    }  # fmt: skip
    if not changes:
        raise typer.BadParameter("give at least one of --title, --url, --outlet, --published")
    try:
        with _record(_database(ctx, db)) as record:
            done = record.update_source(key, **changes)
    except ParleyError as exc:
        raise _fail(exc) from None
    info = done.source
    what = ", ".join(done.changed) if done.changed else "nothing changed"
    typer.echo(f"updated {info.id[:12]} ({info.name}): {what}")
    if done.reextracted:
        typer.echo(f"statements re-extracted: {info.statements}")


@sources_app.command("remove")
def remove_command(ctx: typer.Context, key: KeyArg, db: DbOpt = None) -> None:
    """Remove a source and its statements."""
    try:
        with _record(_database(ctx, db)) as record:
            info = record.remove_source(key)
    except ParleyError as exc:
        raise _fail(exc) from None
    typer.echo(f"removed {info.id[:12]} ({info.name}) and its {info.statements} statements")
