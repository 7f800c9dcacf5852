"""``parley export``: the whole record as JSON Lines, CSV, Parquet or PLOVER-style events."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from parley.cli_options import DB_ENV, day_option
from parley.errors import OutputError, ParleyError
from parley.export_formats import ExportFormat, export_to_path, write_export

EXIT_BAD_INPUT = 2


def export_command(
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            help="jsonl and csv: one row per statement with its source; parquet: the same "
            "typed (needs --out); plover: event records (source and target actor, event "
            "type, date, sentence, URL) as JSON Lines.",
        ),
    ] = ExportFormat.jsonl,
    since: Annotated[
        str | None,
        typer.Option(
            help="Only sources published on or after this day (YYYY-MM-DD).", show_default=False
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            dir_okay=False,
            show_default=False,
            help="Write to FILE (written whole, then renamed: never half-written). "
            "Default: stdout.",
        ),
    ] = None,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar=DB_ENV,
            show_default=False,
            help="SQLite file or SQLAlchemy URL. [default: ./parley.db]",
        ),
    ] = None,
) -> None:
    """Export every stored statement with its source, in one consistent read."""  # fmt: skip
    day = day_option(since, "--since")
    if fmt is ExportFormat.parquet and out is None:
        raise typer.BadParameter("Parquet is binary: give --out FILE", param_hint="--out")
    from parley.record import Record  # SQLAlchemy: loaded by this command only

    try:
        with Record(db, create=False) as record:
            rows = record.export_rows(since=day)
            if out is None:
                count = write_export(rows, fmt, sys.stdout)
            else:
                count = export_to_path(rows, fmt, out)
    except ParleyError as exc:
        where = f"{exc.path}: " if exc.path else ""
        typer.echo(f"error: {where}{exc.message} [{exc.code}]", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None
    except BrokenPipeError:  # `parley export | head`: the reader has all it wanted
        _silence_stdout()
        return
    except OSError as exc:
        problem = OutputError(
            f"cannot write the export: {exc.strerror or exc}", path=str(out or "stdout")
        )
        typer.echo(f"error: {problem.path}: {problem.message} [{problem.code}]", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None
    what = "events" if fmt is ExportFormat.plover else "statements"
    typer.echo(f"exported {count} {what}" + (f" to {out}" if out else ""), err=True)


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's last flush does not fail too."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass
