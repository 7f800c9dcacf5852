"""The positions layer in the database: derive links and caveats, read claims, keep decisions.

:class:`parley.record.Record` owns the sessions; these functions take one.

Links and caveats are derived: :func:`refresh` links every source not yet linked
against the current plans (all of them again when the plans changed, a source again
when it was re-extracted, since its rows cascade away). Analyst decisions live in
``link_decisions`` and are applied on top when claims are read.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from parley.plans.links import LinkInput, PlanSet, link_source
from parley.plans.model import Plan
from parley.positions.caveats import find_caveats
from parley.positions.model import Basis, Claim, Decision, Link, LinkMethod, Stance
from parley.storage.models import PlanRow, SourceRow, StatementRow
from parley.storage.positions import (
    WHOLE_PLAN,
    LinkDecisionRow,
    LinkedSourceRow,
    SourceCaveatRow,
    StatementLinkRow,
)

BATCH = 500  # sources per transaction while linking
_METHODS = {m.value: m for m in LinkMethod}
_STANCES = {s.value: s for s in Stance}


@dataclass(frozen=True, slots=True)
class RefreshReport:
    sources: int
    links: int
    caveats: int
    full: bool


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def plans_key(plans: Sequence[Plan]) -> str:
    """A fingerprint of everything linking reads from the plans."""
    digest = hashlib.sha256()
    for plan in sorted(plans, key=lambda p: p.ref):
        digest.update(
            repr((plan.ref, plan.id, plan.date, plan.proposer, plan.answers, plan.title)).encode()
        )
        for point in plan.points:
            digest.update(repr((point.number, point.text, point.items)).encode())
    return digest.hexdigest()


def refresh(session: Session, plans: Sequence[Plan]) -> RefreshReport:
    """Bring links and caveats up to date with the stored statements and ``plans``."""
    key = plans_key(plans)
    stale = session.scalar(
        select(func.count()).select_from(LinkedSourceRow).where(LinkedSourceRow.plans_key != key)
    )
    full = bool(stale)
    if full:
        session.execute(delete(StatementLinkRow))
        session.execute(delete(SourceCaveatRow))
        session.execute(delete(LinkedSourceRow))
    done = select(LinkedSourceRow.source_id)
    todo = session.scalars(select(SourceRow.id).where(SourceRow.id.not_in(done))).all()
    plan_set = PlanSet(list(plans))
    ids = {p.ref: p.id for p in plans}
    n_links = n_caveats = 0
    for start in range(0, len(todo), BATCH):
        batch = todo[start : start + BATCH]
        sources = session.execute(
            select(SourceRow.id, SourceRow.text, SourceRow.published, SourceRow.published_iso)
            .where(SourceRow.id.in_(batch))
        ).all()  # fmt: skip
        rows: dict[str, list[LinkInput]] = defaultdict(list)
        for source_id, sid, start, end, text, stance, event in session.execute(
            select(
                StatementRow.source_id, StatementRow.id, StatementRow.start, StatementRow.end,
                StatementRow.text, StatementRow.stance, StatementRow.event,
            ).where(StatementRow.source_id.in_(batch)).order_by(StatementRow.seq)
        ):  # fmt: skip
            rows[source_id].append(LinkInput(sid, start, end, text, stance, event))
        link_rows: list[dict[str, Any]] = []
        caveat_rows: list[dict[str, Any]] = []
        for source_id, text, published, published_iso in sources:
            statements = rows.get(source_id, [])
            day = datetime.fromisoformat(published_iso) if published_iso else published
            if plans:
                for link in link_source(plan_set, text, day, statements):
                    link_rows.append({
                        "statement_id": link.statement_id, "plan_id": ids[link.plan],
                        "point": link.point or WHOLE_PLAN, "method": link.method.value,
                        "score": link.score, "reason": link.reason,
                    })  # fmt: skip
            for caveat in find_caveats(text, [(s.start, s.end) for s in statements]):
                caveat_rows.append({"source_id": source_id, "start": caveat.start,
                                    "end": caveat.end, "text": caveat.text})  # fmt: skip
        if link_rows:
            session.execute(StatementLinkRow.__table__.insert(), link_rows)  # type: ignore[attr-defined]
        if caveat_rows:
            session.bulk_insert_mappings(SourceCaveatRow, caveat_rows)
        session.add_all(LinkedSourceRow(source_id=s, plans_key=key) for s in batch)
        session.flush()
        n_links += len(link_rows)
        n_caveats += len(caveat_rows)
    return RefreshReport(len(todo), n_links, n_caveats, full)


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    plan_name: str | None = None
    plan_version: str | None = None
    actor: str | None = None
    point: str | None = None


def claims(session: Session, where: ClaimFilter = ClaimFilter()) -> list[Claim]:  # noqa: B008
    """Every statement with a stance read as a claim on a plan or point, decisions applied."""
    s, src, lk, pl = StatementRow, SourceRow, StatementLinkRow, PlanRow
    cols = (
        s.id, s.source_id, s.start, s.end, s.text, s.speaker, s.actor, s.about, s.stance,
        s.event, s.direct, src.name, src.outlet, src.url, src.published_iso,
    )  # fmt: skip
    # ``published_iso`` is set exactly when ``published`` is, and keeps the offset as written.
    query = (
        select(*cols, pl.name, pl.version, lk.point, lk.method, lk.score, lk.reason)
        .join(src, src.id == s.source_id)
        .join(lk, lk.statement_id == s.id)
        .join(pl, pl.id == lk.plan_id)
        .where(s.stance.is_not(None))
    )
    query = _filtered(query, where)
    decisions = _decisions(session)
    rows: list[Any] = list(session.connection().execute(query).fetchall())  # Core rows, one fetch
    confirmed = [
        d for found in decisions.values() for d in found if d.decision == Decision.CONFIRM.value
    ]
    if confirmed:
        rows.extend(_confirmed_rows(session, confirmed, where, cols))
    caveats = _caveats(session, {r[1] for r in rows})
    refs: dict[tuple[str, str], str] = {}
    seen: set[tuple[int, str, str | None]] = set()
    first_hand, hearsay, stances = Basis.FIRST_HAND, Basis.HEARSAY, _STANCES
    out = []
    for row in rows:
        (sid, source_id, start, end, text, speaker, actor, about, stance, event, _direct,
         name, outlet, url, published_iso, plan_name, version, point, method, score,
         reason) = row  # fmt: skip
        whose = about or actor
        if not whose or stance not in stances or (where.actor and whose != where.actor):
            continue
        point = point or None
        if decisions:
            decided = _decision_for(
                decisions, source_id, start, end, text, plan_name, version, point
            )
            if decided is Decision.REJECT:
                continue
            if decided is Decision.CONFIRM:
                method, score, reason = LinkMethod.ANALYST, 1.0, "confirmed by an analyst"
        ref = refs.get((plan_name, version))
        if ref is None:
            ref = refs[(plan_name, version)] = f"{plan_name}@{version}"
        key = (sid, ref, point)
        if key in seen:
            continue
        seen.add(key)
        link = Link(sid, ref, point, _METHODS.get(method, method), score, reason)
        out.append(
            Claim(
                sid,
                whose,
                actor,
                speaker,
                stances[stance],
                hearsay if about and about != actor else first_hand,
                ref,
                point,
                text,
                source_id,
                name,
                outlet,
                url,
                _when(published_iso),
                event,
                link,
                caveats.get(source_id),
            )  # fmt: skip
        )
    return out


def _filtered(query: Any, where: ClaimFilter) -> Any:
    if where.plan_name:
        query = query.where(PlanRow.name == where.plan_name)
    if where.plan_version:
        query = query.where(PlanRow.version == where.plan_version)
    if where.actor:
        a = where.actor
        query = query.where(
            ((StatementRow.actor == a) & StatementRow.about.is_(None)) | (StatementRow.about == a)
        )
    return query


@lru_cache(maxsize=65536)
def _when(published_iso: str | None) -> datetime | None:
    """A source's publication time, once per source (the ISO string keeps its offset)."""
    when = datetime.fromisoformat(published_iso) if published_iso else None
    if when is not None and when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when


def _caveats(session: Session, source_ids: Iterable[str]) -> dict[str, str]:
    ids = list(set(source_ids))
    out: dict[str, str] = {}
    for start in range(0, len(ids), 900):
        query = select(SourceCaveatRow.source_id, SourceCaveatRow.text).where(
            SourceCaveatRow.source_id.in_(ids[start : start + 900])
        ).order_by(SourceCaveatRow.start)  # fmt: skip
        for source_id, text in session.execute(query):
            out.setdefault(source_id, text)
    return out


def _decisions(session: Session) -> dict[tuple[str, int, int], list[LinkDecisionRow]]:
    out: dict[tuple[str, int, int], list[LinkDecisionRow]] = defaultdict(list)
    for row in session.scalars(select(LinkDecisionRow)):
        out[(row.source_id, row.start, row.end)].append(row)
    return out


def _decision_for(
    decisions: dict[tuple[str, int, int], list[LinkDecisionRow]],
    source_id: str, start: int, end: int, text: str, name: str, version: str, point: str | None,
) -> Decision | None:  # fmt: skip
    found = decisions.get((source_id, start, end))
    if not found:
        return None
    digest = text_hash(text)
    for row in found:
        if (row.text_hash, row.plan_name, row.plan_version, row.point or None) == (
            digest, name, version, point,
        ):  # fmt: skip
            return Decision(row.decision)
    return None


def _confirmed_rows(
    session: Session, confirmed: list[LinkDecisionRow], where: ClaimFilter, cols: tuple[Any, ...]
) -> list[tuple[Any, ...]]:
    """Statements an analyst linked by hand, as rows shaped like the claims query's."""
    out = []
    for d in confirmed:
        if where.plan_name and d.plan_name != where.plan_name:
            continue
        if where.plan_version and d.plan_version != where.plan_version:
            continue
        query = (
            select(*cols)
            .join(SourceRow, SourceRow.id == StatementRow.source_id)
            .where(StatementRow.source_id == d.source_id, StatementRow.start == d.start,
                   StatementRow.end == d.end, StatementRow.stance.is_not(None))
        )  # fmt: skip
        for r in session.execute(query):
            if text_hash(r.text) == d.text_hash:
                point = d.point or None
                out.append(
                    (*r, d.plan_name, d.plan_version, point, LinkMethod.ANALYST, 1.0, "confirmed")
                )
    return out


def decide(
    session: Session, statement_id: int, plan: Plan, point: str | None, decision: Decision
) -> LinkDecisionRow:
    """Record (or replace) the analyst's decision on linking a statement to a plan point."""
    row = session.get(StatementRow, statement_id)
    if row is None:
        raise LookupError(statement_id)
    key = dict(
        source_id=row.source_id,
        start=row.start,
        end=row.end,
        text_hash=text_hash(row.text),
        plan_name=plan.name,
        plan_version=plan.version,
        point=point or WHOLE_PLAN,
    )
    existing = session.scalars(select(LinkDecisionRow).filter_by(**key)).first()
    if existing is None:
        existing = LinkDecisionRow(**key, decision=decision.value, text=row.text,
                                   decided_at=datetime.now(UTC))  # fmt: skip
        session.add(existing)
    else:
        existing.decision = decision.value
        existing.decided_at = datetime.now(UTC)
    session.flush()
    return existing


def links_of(
    session: Session, statement_id: int | None = None, plan_ids: Sequence[int] = ()
) -> list[tuple[int, str, str, str | None, str, float, str]]:
    """Derived links as (statement, plan name, version, point, method, score, reason)."""
    query = (
        select(
            StatementLinkRow.statement_id,
            PlanRow.name,
            PlanRow.version,
            StatementLinkRow.point,
            StatementLinkRow.method,
            StatementLinkRow.score,
            StatementLinkRow.reason,
        )
        .join(PlanRow, PlanRow.id == StatementLinkRow.plan_id)
        .order_by(StatementLinkRow.statement_id)
    )
    if statement_id is not None:
        query = query.where(StatementLinkRow.statement_id == statement_id)
    if plan_ids:
        query = query.where(StatementLinkRow.plan_id.in_(plan_ids))
    return [(a, b, c, d or None, e, f, g) for a, b, c, d, e, f, g in session.execute(query)]


def decisions_list(session: Session) -> list[LinkDecisionRow]:
    return list(session.scalars(select(LinkDecisionRow).order_by(LinkDecisionRow.id)))
