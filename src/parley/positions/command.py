"""``parley positions | consultations | timeline | scenario | link``: thin CLI over the API."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from parley.cli_options import DbOpt
from parley.errors import ParleyError
from parley.exports import write_csv, write_table
from parley.positions.model import Decision

if TYPE_CHECKING:
    from parley.record import Record

# parley.positions.api and parley.record (SQLAlchemy, Alembic, spaCy) and
# parley.positions.scenario (NumPy) are imported by the commands that use them, not with
# the command line.

EXIT_BAD_INPUT = 2


class ReportFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


FormatOpt = Annotated[
    ReportFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
]
PlanOpt = Annotated[
    str | None,
    typer.Option("--plan", help="NAME (all its versions) or NAME@VERSION.", show_default=False),
]

POSITION_COLUMNS = ("actor", "plan", "point", "stance", "basis", "reported_by", "status",
                    "verification", "since", "statements")  # fmt: skip
CONSULTATION_COLUMNS = ("from", "to", "kind", "plan", "date", "statements")
TIMELINE_COLUMNS = ("date", "plan", "point", "stance", "basis", "reported_by", "move", "source",
                    "statements", "quote")  # fmt: skip


def _fail(exc: ParleyError) -> typer.Exit:
    where = f"{exc.path}: " if exc.path else ""
    typer.echo(f"error: {where}{exc.message} [{exc.code}]", err=True)
    return typer.Exit(EXIT_BAD_INPUT)


def _record(db: str | None) -> Record:
    from parley.record import Record

    try:
        return Record(db, create=False)
    except ParleyError as exc:
        raise _fail(exc) from None


def _emit(rows: list[dict[str, Any]], flat: Iterable[Mapping[str, Any]], columns: Sequence[str],
          fmt: ReportFormat, title: str) -> None:  # fmt: skip
    if fmt is ReportFormat.json:
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif fmt is ReportFormat.csv:
        write_csv(flat, sys.stdout, columns)
    else:
        write_table(flat, sys.stdout, columns, title=title)


def positions_command(
    plan: PlanOpt = None,
    actor: Annotated[str | None, typer.Option(help="Actor code, e.g. UKR.")] = None,
    point: Annotated[str | None, typer.Option(help="Point number.")] = None,
    db: DbOpt = None,
    fmt: FormatOpt = ReportFormat.table,
) -> None:
    """Where each actor stands on each plan and point: stance, basis, status and evidence."""
    from parley.positions import api

    with _record(db) as record:
        try:
            found = api.positions(record, plan=plan, actor=actor, point=point)
        except ParleyError as exc:
            raise _fail(exc) from None
    rows = [p.to_dict() for p in found]
    flat = [{**r, "point": r["point"] or "(plan)",
             "statements": [e["statement"] for e in r["evidence"]]} for r in rows]  # fmt: skip
    _emit(rows, flat, POSITION_COLUMNS, fmt, f"{len(rows)} positions")


def consultations_command(
    plan: PlanOpt = None, db: DbOpt = None, fmt: FormatOpt = ReportFormat.table
) -> None:
    """Who gave, received, discussed, was briefed on or left out of which plan version."""
    from parley.positions import api

    with _record(db) as record:
        try:
            found = api.consultations(record, plan=plan)
        except ParleyError as exc:
            raise _fail(exc) from None
    rows = [c.to_dict() for c in found]
    flat = [{**r, "statements": [e["statement"] for e in r["evidence"]]} for r in rows]
    _emit(rows, flat, CONSULTATION_COLUMNS, fmt, f"{len(rows)} consultations")


def timeline_command(
    actor: Annotated[str, typer.Option(help="Actor code, e.g. UKR.", show_default=False)],
    plan: PlanOpt = None,
    point: Annotated[str | None, typer.Option(help="Point number.")] = None,
    db: DbOpt = None,
    fmt: FormatOpt = ReportFormat.table,
) -> None:
    """An actor's stance over time, with the statements that moved it."""
    from parley.positions import api

    with _record(db) as record:
        try:
            found = api.actor_timeline(record, actor, plan=plan, point=point)
        except ParleyError as exc:
            raise _fail(exc) from None
    rows = [e.to_dict() for e in found]
    flat = [{**r, "point": r["point"] or "(plan)", "quote": " / ".join(r["quotes"])} for r in rows]
    _emit(rows, flat, TIMELINE_COLUMNS, fmt, f"{actor.upper()}: {len(rows)} moments")


def scenario_command(
    plan: Annotated[
        str,
        typer.Option("--plan", help="NAME@VERSION (NAME: its newest version).", show_default=False),
    ],  # fmt: skip
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Scenario JSON to write.", show_default=False)
    ],
    parties: Annotated[
        str | None,
        typer.Option(
            help="Party codes, comma-separated. [default: every actor with a position]",
            show_default=False,
        ),
    ] = None,  # fmt: skip
    overrides: Annotated[
        Path | None, typer.Option(help="JSON file of values set by hand.", show_default=False)
    ] = None,
    db: DbOpt = None,
) -> None:
    """Write a scenario for `parley analyze` from the positions on one plan version."""
    from parley.positions import api
    from parley.positions.scenario import derived_and_set, load_overrides

    with _record(db) as record:
        try:
            settings = load_overrides(str(overrides)) if overrides is not None else None
            derived = api.scenario(
                record, plan, parties.split(",") if parties else None, settings,
                str(overrides) if overrides is not None else None,
            )  # fmt: skip
        except ParleyError as exc:
            raise _fail(exc) from None
    _write_atomically(out, derived.to_json() + "\n")
    origins = list(derived_and_set(derived.data))
    n_set = sum(1 for o in origins if o[2] == "set")
    parties_out = ", ".join(p["id"] for p in derived.data["parties"])
    typer.echo(
        f"{out}: {len(derived.data['points'])} points, parties {parties_out}; "
        f"{len(origins) - n_set} values derived, {n_set} set by hand"
    )
    for party in derived.data["parties"]:
        mine = [o for o in origins if o[0] == party["id"]]
        for origin in ("derived", "set"):
            what = [o[1] for o in mine if o[2] == origin]
            if not what:
                continue
            ids = sorted({i for o in mine if o[2] == origin for i in o[3]})
            shown = ", ".join(what) if len(what) <= 4 else f"{len(what)} values and limits"
            typer.echo(f"  {party['id']} {origin}: {shown} ({_ids(ids)})")


def _ids(ids: list[int]) -> str:
    if not ids:
        return "no statement"
    if len(ids) <= 12:
        return "statements " + ", ".join(map(str, ids))
    return f"{len(ids)} statements"


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


link_app = typer.Typer(help="Confirm or reject links of statements to plan points; list links.",
                       no_args_is_help=True)  # fmt: skip

StatementArg = Annotated[
    int, typer.Argument(help="Statement id (parley statements --format jsonl).")
]
PointArg = Annotated[
    str, typer.Argument(help="NAME@VERSION:N, NAME@VERSION (whole plan), or N with --plan.")
]


def _decide(
    statement: int, point: str, plan: str | None, db: str | None, decision: Decision
) -> None:
    from parley.positions import api

    with _record(db) as record:
        try:
            found, number = api.decide_link(record, statement, point, decision, plan=plan)
        except ParleyError as exc:
            raise _fail(exc) from None
    what = f"point {number} of {found.ref}" if number else f"{found.ref} as a whole"
    typer.echo(f"statement {statement} -> {what}: {decision.value}ed")


@link_app.command("confirm")
def link_confirm(
    statement: StatementArg, point: PointArg, plan: PlanOpt = None, db: DbOpt = None
) -> None:
    """Confirm that a statement speaks to a point (kept through re-extraction)."""
    _decide(statement, point, plan, db, Decision.CONFIRM)


@link_app.command("reject")
def link_reject(
    statement: StatementArg, point: PointArg, plan: PlanOpt = None, db: DbOpt = None
) -> None:
    """Reject a derived link (kept through re-extraction)."""
    _decide(statement, point, plan, db, Decision.REJECT)


@link_app.command("list")
def link_list(
    statement: Annotated[int | None, typer.Option(help="Only this statement.")] = None,
    plan: PlanOpt = None,
    db: DbOpt = None,
    fmt: FormatOpt = ReportFormat.table,
) -> None:
    """The derived links with their method, score and reason."""
    from parley.positions import api

    with _record(db) as record:
        try:
            found = api.links(record, statement_id=statement, plan=plan)
        except ParleyError as exc:
            raise _fail(exc) from None
    rows = [link.to_dict() for link in found]
    columns = ("statement", "plan", "point", "method", "score", "reason")
    _emit(
        rows,
        [{**r, "point": r["point"] or "(plan)"} for r in rows],
        columns,
        fmt,
        f"{len(rows)} links",
    )
