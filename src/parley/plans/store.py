"""Plans in the database: the queries behind ``Record.add_plan``, ``plans`` and ``plan``.

:class:`parley.record.Record` owns the sessions; these functions take one.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from parley.errors import PlanVersionExistsError, UnknownAnsweredPlanError, UnknownPlanError
from parley.plans.model import Plan, PlanPoint, parse_plan_ref
from parley.storage.models import PlanPointRow, PlanRow


def _query() -> Select[Any]:
    return select(PlanRow).options(selectinload(PlanRow.points), selectinload(PlanRow.answers_row))


def add_plan(session: Session, plan: Plan, *, path: str | None = None) -> Plan:
    """Store ``plan`` (flushing, not committing); returns it with its id and full ``answers``.

    Raises PlanVersionExistsError or UnknownAnsweredPlanError; the caller rolls back.
    """
    exists = select(PlanRow.id).where(PlanRow.name == plan.name, PlanRow.version == plan.version)
    if session.scalar(exists) is not None:
        raise PlanVersionExistsError(
            f"plan {plan.ref} exists already (give the new text another --version)", path=path
        )
    answered: PlanRow | None = None
    if plan.answers:
        try:
            answered = find_plan(session, plan.answers)
        except UnknownPlanError as exc:
            raise UnknownAnsweredPlanError(
                f"--answers names {plan.answers!r}, which is not a stored plan{exc.hint}",
                path=path,
            ) from None
    row = PlanRow(
        name=plan.name,
        version=plan.version,
        proposer=plan.proposer,
        date=plan.date,
        answers_id=answered.id if answered else None,
        title=plan.title,
        url=plan.url,
        outlet=plan.outlet,
        reported_by=list(plan.reported_by),
        text=plan.text,
        preamble=plan.preamble,
        notes=list(plan.notes),
        added_at=datetime.now(UTC),
        points=[
            PlanPointRow(
                seq=seq,
                number=point.number,
                text=point.text,
                items=list(point.items),
                notes=list(point.notes),
            )
            for seq, point in enumerate(plan.points)
        ],
    )
    session.add(row)
    try:
        session.flush()
    except IntegrityError:
        raise PlanVersionExistsError(f"plan {plan.ref} exists already", path=path) from None
    plan.id = row.id
    if answered is not None:
        plan.answers = f"{answered.name}@{answered.version}"
    return plan


def find_plan(session: Session, ref: str) -> PlanRow:
    """The stored version ``NAME@VERSION``, or the newest version of ``NAME`` (by date, then
    by insertion). Raises UnknownPlanError naming the ref and what is stored."""
    name, version = parse_plan_ref(ref)
    query = _query().where(PlanRow.name == name)
    if version is not None:
        query = query.where(PlanRow.version == version)
    else:
        query = query.order_by(PlanRow.date.is_(None), PlanRow.date.desc(), PlanRow.id.desc())
    row = session.scalars(query.limit(1)).first()
    if row is None:
        versions = session.scalars(select(PlanRow.version).where(PlanRow.name == name)).all()
        if versions:
            hint = f" (versions of {name}: {', '.join(versions)})"
        else:
            names = sorted(set(session.scalars(select(PlanRow.name)).all()))
            hint = f" (stored plans: {', '.join(names)})" if names else " (no plans are stored)"
        raise UnknownPlanError(f"no plan {ref!r}{hint}", hint=hint)
    return row


def all_plans(session: Session, name: str | None = None) -> list[Plan]:
    """Every stored version (of ``name``), by name, then date (undated last), then insertion."""
    query = _query().order_by(PlanRow.name, PlanRow.date.is_(None), PlanRow.date, PlanRow.id)
    if name is not None:
        query = query.where(PlanRow.name == name)
    return [to_plan(row) for row in session.scalars(query)]


def to_plan(row: PlanRow) -> Plan:
    answered = row.answers_row
    return Plan(
        name=row.name,
        version=row.version,
        points=[
            PlanPoint(
                number=point.number,
                text=point.text,
                items=tuple(point.items or ()),
                notes=tuple(point.notes or ()),
            )
            for point in row.points
        ],
        proposer=row.proposer,
        date=row.date,
        answers=f"{answered.name}@{answered.version}" if answered else None,
        title=row.title,
        url=row.url,
        outlet=row.outlet,
        reported_by=list(row.reported_by or []),
        text=row.text,
        preamble=row.preamble or "",
        notes=list(row.notes or []),
        id=row.id,
    )
