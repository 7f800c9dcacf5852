"""The ``parley`` command line: a thin layer over :class:`parley.record.Record` and friends.

Exit codes: 0 ok, 1 usage error, 2 bad input (a file, value or database parley
cannot use). Errors are one line each on stderr: ``error: <path>: <problem> [E10x]``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from parley.analysis.command import analyze_command
from parley.cli_options import DbOpt, OppositionOpt, day_option
from parley.db_command import db_app
from parley.errors import InputError, ParleyError, ParleyWarning
from parley.evaluation_command import eval_command
from parley.export_command import export_command
from parley.exports import write_jsonl, write_statements
from parley.extract.model import EVENT_TYPES
from parley.extract.options import Opposition
from parley.extract_files import FileExtraction, extract_files
from parley.live.commands import fetch_command, watch_command
from parley.plans.command import plan_app
from parley.positions import command as positions_cli
from parley.sources import DEFAULT_MAX_BYTES, MAX_BYTES_ENV, Source, iter_inputs, read_path
from parley.sources_command import sources_app
from parley.web.command import serve_command

if TYPE_CHECKING:
    from parley.record import Record

# parley.record (SQLAlchemy, Alembic) is imported by the commands that open a database:
# `parley extract`, `eval`, `analyze` and `--help` do without it.

EXIT_OK, EXIT_USAGE, EXIT_BAD_INPUT = 0, 1, 2
PROGRESS_MIN_FILES = 20  # show a progress bar from this many files even when not on a terminal

app = typer.Typer(
    name="parley",
    help="Turn news reports about a negotiation into a sourced record of who said what.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class OutputFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


PathsArg = Annotated[
    list[Path],
    typer.Argument(help="Files (.txt, .html, .jsonl) or folders to read.", show_default=False),
]
MaxBytesOpt = Annotated[
    int,
    typer.Option("--max-bytes", envvar=MAX_BYTES_ENV, min=1, help="Largest input file read."),
]
WorkersOpt = Annotated[
    int | None,
    typer.Option(
        "--workers",
        min=1,
        show_default=False,
        help="Extract on a local Dask cluster of N worker processes.",
    ),
]
SchedulerOpt = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        metavar="tcp://HOST:PORT",
        show_default=False,
        help="Extract on an existing Dask cluster.",
    ),
]
LimitOpt = Annotated[
    int | None,
    typer.Option("--limit", min=0, help="Show at most this many rows.", show_default=False),
]
OffsetOpt = Annotated[int, typer.Option("--offset", min=0, help="Skip this many rows first.")]
FormatOpt = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
]
ReferenceDateOpt = Annotated[
    str | None,
    typer.Option(
        "--reference-date",
        help="YYYY-MM-DD that relative dates ('yesterday', '3 days ago') are read against, "
        "for files without a 'Retrieved:' line of their own. Never the machine's clock.",
        show_default=False,
    ),
]


def report_error(exc: ParleyError) -> None:
    """One line on stderr: ``error: <path>: <problem> [code]``."""
    typer.echo(exc.line(), err=True)


def report_warning(warning: ParleyWarning) -> None:
    """One line on stderr: ``warning: <path>: <problem> [code]``."""
    where = f"{warning.path}: " if warning.path else ""
    typer.echo(f"warning: {where}{warning.message} [{warning.code}]", err=True)


def reference_date(value: str | None) -> date | None:
    """The --reference-date option as a date; a usage error if it is not YYYY-MM-DD."""
    return day_option(value, "--reference-date")


@contextmanager
def progress_bar(total: int, label: str) -> Iterator[Callable[[int, int, Path], None] | None]:
    """A rich progress callback on stderr for long runs, or None when a bar would be noise."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = Console(stderr=True)
    if total < 2 or not (console.is_terminal or total >= PROGRESS_MIN_FILES):
        yield None
        return
    with Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
        console=console, transient=True,
    ) as progress:  # fmt: skip
        task = progress.add_task("", total=total)

        def advance(done: int, _total: int, path: Path) -> None:
            progress.update(task, completed=done, description=path.name)

        yield advance


def _open_record(
    db: str | None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    create: bool,
    opposition: Opposition = Opposition.STATE,
) -> Record:
    from parley.record import Record

    try:
        return Record(db, max_bytes=max_bytes, create=create, opposition=opposition)
    except ParleyError as exc:
        report_error(exc)
        raise typer.Exit(EXIT_BAD_INPUT) from None


# ------------------------------------------------------------------------------ commands


def extract_command(
    paths: PathsArg,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Write DIR/<stem>.jsonl per input file instead of stdout.",
            file_okay=False,
            show_default=False,
        ),
    ] = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    reference: ReferenceDateOpt = None,
    opposition: OppositionOpt = Opposition.STATE,
) -> None:
    """Extract statements as JSON Lines, without a database."""
    anchor = reference_date(reference)
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    files = list(iter_inputs(paths))
    failed = 0
    written: set[Path] = set()

    def read(path: Path) -> Iterator[Source]:
        return read_path(path, max_bytes=max_bytes, reference_date=anchor)

    # Several files' articles are extracted together (faster); each file is then written
    # and reported on its own, as if extracted alone.
    with progress_bar(len(files), "extracting") as progress:
        found = extract_files(files, read, opposition=opposition)
        for done, item in enumerate(found, start=1):
            try:
                _write_file(item, out, written)
            except InputError as exc:
                report_error(exc)
                failed += 1
            except Exception as exc:  # a bug met on this file: one line, then the others
                from parley.record import failed_file

                report_error(failed_file(exc, item.path))
                failed += 1
            if progress:
                progress(done, len(files), item.path)
    if failed:
        raise typer.Exit(EXIT_BAD_INPUT)


def _write_file(item: FileExtraction, out: Path | None, written: set[Path]) -> None:
    """Write one file's statements (stdout or ``out/<stem>.jsonl``), or raise its error
    having written nothing."""
    path = item.path
    target = out / f"{path.stem}.jsonl" if out is not None else None
    if target is not None and target in written:
        # Two inputs with one stem (a/x.txt, b/x.txt) would overwrite each other's output.
        raise InputError(f"another input already wrote {target}; rename one", path=str(path))
    if item.error is not None:
        raise item.error
    for source in item.sources:
        for warning in source.warnings:
            report_warning(warning)
    rows = []
    for found in item.found:
        if isinstance(found, Exception):
            raise found
        rows += [statement.to_dict() for statement in found or []]
    if target is None:
        write_jsonl(rows, sys.stdout)
        return
    with target.open("w", encoding="utf-8") as handle:
        write_jsonl(rows, handle)
    written.add(target)
    typer.echo(f"{target}: {len(rows)} statements", err=True)


def ingest_command(
    paths: PathsArg,
    db: DbOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    reference: ReferenceDateOpt = None,
    update_metadata: Annotated[
        bool,
        typer.Option(
            "--update-metadata",
            help="For a source already stored (same text), take over the title, URL, outlet "
            "and date the file gives now; a new date re-extracts its statements.",
        ),
    ] = False,
    workers: WorkersOpt = None,
    scheduler: SchedulerOpt = None,
    opposition: OppositionOpt = Opposition.STATE,
) -> None:
    """Read files and folders, extract their statements and store both in the database."""
    from parley.record import IngestReport

    anchor = reference_date(reference)
    record = _open_record(db, max_bytes=max_bytes, create=True, opposition=opposition)
    report = IngestReport()
    stopped: ParleyError | None = None
    with record:
        files = list(iter_inputs(paths))
        with progress_bar(len(files), "ingesting") as progress:
            try:
                if workers or scheduler:  # Dask is imported only on this path
                    from parley.distributed import ingest_with_dask

                    ingest_with_dask(
                        record, files, workers, scheduler, progress=progress,
                        reference_date=anchor, update_metadata=update_metadata, report=report,
                    )  # fmt: skip
                else:
                    record.ingest(
                        files, progress, reference_date=anchor, update_metadata=update_metadata,
                        report=report,
                    )  # fmt: skip
            except ParleyError as exc:  # the database failed, not an input: stop, sum up
                stopped = exc
    for warning in report.warnings:
        report_warning(warning)
    for failure in report.failed:
        report_error(failure)
    if stopped is not None:
        report_error(stopped)
    typer.echo(f"sources added: {len(report.added)}")
    typer.echo(f"already present: {len(report.present)}")
    if update_metadata:
        typer.echo(f"metadata updated: {len(report.updated)}")
    typer.echo(f"failed: {len(report.failed) + (stopped is not None)}")
    typer.echo(f"statements added: {report.statements_added}")
    if stopped is not None:
        typer.echo(f"not read: {report.files - report.files_read}")
    if report.failed or stopped is not None:
        raise typer.Exit(EXIT_BAD_INPUT)


def statements_command(
    actor: Annotated[str | None, typer.Option(help="Actor code, e.g. RUS.")] = None,
    about: Annotated[str | None, typer.Option(help="Actor the statement reports on.")] = None,
    speaker: Annotated[str | None, typer.Option(help="Part of the speaker's name.")] = None,
    event: Annotated[str | None, typer.Option(help="PLOVER event type, e.g. REJECT.")] = None,
    source: Annotated[str | None, typer.Option(help="Source name, id or id prefix.")] = None,
    text: Annotated[
        str | None, typer.Option("--text", help="Words the statement contains (any case).")
    ] = None,
    db: DbOpt = None,
    fmt: FormatOpt = OutputFormat.table,
    limit: LimitOpt = None,
    offset: OffsetOpt = 0,
) -> None:
    """List the stored statements, filtered."""
    if event and event.upper() not in EVENT_TYPES:
        raise typer.BadParameter(
            f"{event!r} is not a PLOVER event type ({', '.join(EVENT_TYPES)})", param_hint="--event"
        )
    with _open_record(db, create=False) as record:
        rows = record.statements(
            actor=actor,
            about=about,
            speaker=speaker,
            event=event,
            source=source,
            text=text,
            limit=limit,
            offset=offset,
        )
    write_statements([row.to_dict() for row in rows], sys.stdout, fmt.value)


def demo_command(db: DbOpt = None, fmt: FormatOpt = OutputFormat.table) -> None:
    """Ingest the bundled example articles and plans, and print the articles' statements."""
    from parley.plans import add_bundled_plans
    from parley.record import IngestReport

    examples = resources.files("parley") / "data" / "examples"
    with resources.as_file(examples) as folder:
        files = list(iter_inputs([folder])) if folder.is_dir() else []
        if not files:
            typer.echo(f"error: {folder}: no bundled example articles found", err=True)
            raise typer.Exit(EXIT_BAD_INPUT)
        report = IngestReport()
        stopped: ParleyError | None = None
        summary = ""
        rows: list[dict[str, object]] = []
        with _open_record(db, create=True) as record:
            try:
                with progress_bar(len(files), "ingesting examples") as progress:
                    record.ingest(files, progress=progress, report=report)
                wanted = {ref.id for ref in report.added + report.present}
                rows = [row.to_dict() for row in record.statements() if row.source_id in wanted]
                summary = f"; {add_bundled_plans(record).summary()}"
            except ParleyError as failure:  # the database failed, not an input: stop, sum up
                stopped = failure
    for exc in report.failed:
        report_error(exc)
    if stopped is not None:
        report_error(stopped)
    typer.echo(f"{record.url}: {report.summary()}{summary}", err=True)
    if stopped is not None:
        raise typer.Exit(EXIT_BAD_INPUT)
    write_statements(rows, sys.stdout, fmt.value)
    if report.failed:
        raise typer.Exit(EXIT_BAD_INPUT)


# Commands are registered here, one line each; other modules' commands follow the same form.
app.command("extract")(extract_command)
app.command("ingest")(ingest_command)
app.add_typer(sources_app, name="sources")
app.command("statements")(statements_command)
app.command("demo")(demo_command)
app.command("eval")(eval_command)
app.command("analyze")(analyze_command)
app.command("fetch")(fetch_command)
app.command("watch")(watch_command)
app.add_typer(plan_app, name="plan")
app.command("serve")(serve_command)
app.command("positions")(positions_cli.positions_command)
app.command("consultations")(positions_cli.consultations_command)
app.command("timeline")(positions_cli.timeline_command)
app.command("scenario")(positions_cli.scenario_command)
app.add_typer(positions_cli.link_app, name="link")
app.command("export")(export_command)
app.add_typer(db_app, name="db")


def main(argv: Sequence[str] | None = None) -> int:
    """Console-script entry: run the app, mapping usage errors to exit code 1."""
    command = typer.main.get_command(app)
    try:
        result = command.main(args=argv, prog_name="parley", standalone_mode=False)
    except ParleyError as exc:  # one line, never a traceback, whichever command raised it
        report_error(exc)
        return EXIT_BAD_INPUT
    except _command_line_errors() as exc:
        _show_usage_error(exc)
        return EXIT_USAGE
    except typer.Abort:
        typer.echo("Aborted!", err=True)
        return EXIT_USAGE
    return result if isinstance(result, int) else EXIT_OK


def _command_line_errors() -> tuple[type[Exception], ...]:
    # Typer >= 0.26 vendors click and raises its own TyperException subclasses; older
    # versions raise click's. Both are usage errors here (click would exit 2).
    errors: list[type[Exception]] = []
    typer_error = getattr(typer.exceptions, "TyperException", None)
    if typer_error is not None:
        errors.append(typer_error)
    try:
        import click
    except ImportError:
        pass
    else:
        errors.append(click.ClickException)
    return tuple(errors)


def _show_usage_error(exc: Exception) -> None:
    try:
        from typer import rich_utils

        rich_utils.rich_format_error(exc)  # type: ignore[arg-type]
    except ImportError:  # typer without rich
        typer.echo(f"error: {exc}", err=True)


if __name__ == "__main__":
    sys.exit(main())
