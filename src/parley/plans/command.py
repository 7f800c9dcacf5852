"""``parley plan add|list|show|diff``: a thin layer over :mod:`parley.plans` and the Record."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from parley.cli_options import DbOpt
from parley.errors import ParleyError
from parley.plans.parse import parse_plan
from parley.sources import DEFAULT_MAX_BYTES, read_text

if TYPE_CHECKING:
    from parley.record import Record

EXIT_BAD_INPUT = 2

plan_app = typer.Typer(
    help="Plans: import versions of a plan, list and show them, diff two versions.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class PlanFormat(StrEnum):
    table = "table"
    json = "json"


FormatOpt = Annotated[
    PlanFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
]


def fail(exc: ParleyError, where: str | None = None) -> typer.Exit:
    """Print ``error: <path>: <problem> [code]`` and return the exit to raise (code 2)."""
    path = exc.path or where
    typer.echo(f"error: {path + ': ' if path else ''}{exc.message} [{exc.code}]", err=True)
    return typer.Exit(EXIT_BAD_INPUT)


@contextmanager
def open_record(db: str | None, *, create: bool) -> Iterator[Record]:
    """The record, with its errors (and those of the commands using it) as one error line."""
    from parley.record import Record  # SQLAlchemy: loaded by the commands that use it

    try:
        with Record(db, create=create) as record:
            yield record
    except ParleyError as exc:
        raise fail(exc) from None


@plan_app.command("add")
def add_command(
    file: Annotated[Path, typer.Argument(help="The plan text (.txt, optional header block).")],
    name: Annotated[str, typer.Option("--name", help="Plan name, e.g. us-peace-plan.")],
    version: Annotated[str, typer.Option("--version", help="Version label, e.g. 28-point-draft.")],
    proposer: Annotated[
        str | None, typer.Option("--proposer", help="Actor code of the proposer, e.g. USA.")
    ] = None,
    date: Annotated[
        str | None, typer.Option("--date", help="Date of this version (YYYY-MM-DD).")
    ] = None,
    answers: Annotated[
        str | None,
        typer.Option("--answers", help="NAME@VERSION of the stored plan version this answers."),
    ] = None,
    db: DbOpt = None,
) -> None:
    """Import one version of a plan: its numbered points, sub-items and editorial notes."""
    where = str(file)
    try:
        text = read_text(file, max_bytes=DEFAULT_MAX_BYTES)
        plan = parse_plan(
            text, name=name, version=version, path=where, proposer=proposer, date=date,
            answers=answers,
        )  # fmt: skip
    except ParleyError as exc:
        raise fail(exc, where) from None
    with open_record(db, create=True) as record:
        try:
            stored = record.add_plan(plan, path=where)
        except ParleyError as exc:
            raise fail(exc, where) from None
    typer.echo(f"{stored.ref}: {_summary(stored.to_dict())}")


@plan_app.command("list")
def list_command(db: DbOpt = None, fmt: FormatOpt = PlanFormat.table) -> None:
    """List the stored plan versions."""
    with open_record(db, create=False) as record:
        plans = record.plans()
    rows = [
        {
            "plan": plan.ref,
            "proposer": plan.proposer,
            "date": plan.date.isoformat() if plan.date else None,
            "points": len(plan.points),
            "answers": plan.answers,
            "title": plan.title,
        }
        for plan in plans
    ]
    if fmt is PlanFormat.json:
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    columns = ("plan", "proposer", "date", "points", "answers", "title")
    print_table(rows, columns, wide="title", title=f"{len(rows)} plan versions")


@plan_app.command("show")
def show_command(
    ref: Annotated[str, typer.Argument(help="NAME or NAME@VERSION (NAME alone: newest).")],
    db: DbOpt = None,
    fmt: FormatOpt = PlanFormat.table,
) -> None:
    """Show one plan version: its points, sub-items and notes."""
    with open_record(db, create=False) as record:
        plan = record.plan(ref)
    data = plan.to_dict()
    if fmt is PlanFormat.json:
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    typer.echo(f"{plan.ref}: {_summary(data)}")
    if plan.title:
        typer.echo(f"title: {plan.title}")
    if plan.reported_by:
        typer.echo(f"reported by: {'; '.join(plan.reported_by)}")
    rows = [
        {
            "point": point.number,
            "text": "\n".join(
                [point.text]
                + [f"  - {item}" for item in point.items]
                + [f"  [note: {note}]" for note in point.notes]
            ),
        }
        for point in plan.points
    ]
    print_table(rows, ("point", "text"), wide="text")


@plan_app.command("diff")
def diff_command(
    before: Annotated[str, typer.Argument(help="NAME[@VERSION] of the earlier plan version.")],
    after: Annotated[str, typer.Argument(help="NAME[@VERSION] of the later plan version.")],
    db: DbOpt = None,
    fmt: FormatOpt = PlanFormat.table,
) -> None:
    """Compare two plan versions point by point, by content: kept, reworded, moved, merged,
    split, added, removed."""
    from parley.plans.diff import ChangeKind, diff_plans, render_words  # numpy, scipy: on use

    with open_record(db, create=False) as record:
        a, b = record.plan(before), record.plan(after)
    result = diff_plans(a, b)
    if fmt is PlanFormat.json:
        typer.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
        return
    counts = ", ".join(f"{n} {kind}" for kind, n in result.counts().items() if n)
    typer.echo(f"{result.before} -> {result.after}: {counts}")
    rows = []
    for change in result.changes:
        detail = render_words(change.words)
        if change.numbers:
            numbers = "; ".join(f"{x or '-'} -> {y or '-'}" for x, y in change.numbers)
            detail = f"numbers: {numbers}\n{detail}"
        elif change.kind in (ChangeKind.MERGED, ChangeKind.SPLIT) and not change.words:
            detail = "(the same words, joined)" if len(change.before) > 1 else "(the same words)"
        elif change.kind is ChangeKind.REMOVED:
            detail = a.point(change.before[0]).full_text  # type: ignore[union-attr]
        elif change.kind is ChangeKind.ADDED:
            detail = b.point(change.after[0]).full_text  # type: ignore[union-attr]
        rows.append(
            {
                "kind": change.kind.value,
                "from": ",".join(change.before),
                "to": ",".join(change.after),
                "sim": f"{change.similarity:.2f}" if change.before and change.after else "",
                "change": detail,
            }
        )
    print_table(rows, ("kind", "from", "to", "sim", "change"), wide="change")


def print_table(
    rows: list[dict[str, Any]], columns: tuple[str, ...], *, wide: str, title: str | None = None
) -> None:
    """A rich table on stdout: the ``wide`` column wraps, the others are kept whole."""
    table = Table(title=title, expand=True)
    for name in columns:
        if name == wide:
            table.add_column(name, overflow="fold", ratio=1, min_width=30)
        else:
            table.add_column(name, no_wrap=True)
    for row in rows:
        # Text(), not str: brackets in plan texts must not be read as rich markup.
        table.add_row(*(Text("" if row.get(n) is None else str(row[n])) for n in columns))
    console = Console(file=sys.stdout, width=None if sys.stdout.isatty() else 120, highlight=False)
    console.print(table)


def _summary(data: dict[str, Any]) -> str:
    points = data["points"]
    items = sum(len(p["items"]) for p in points)
    notes = sum(len(p["notes"]) for p in points)
    parts = [f"{len(points)} points ({points[0]['number']}-{points[-1]['number']})"]
    parts.append(f"{items} sub-items, {notes} notes")
    for key in ("proposer", "date", "answers"):
        if data.get(key):
            parts.append(f"{key} {data[key]}")
    return ", ".join(parts)
