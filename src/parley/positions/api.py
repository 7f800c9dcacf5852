"""The positions layer as plain calls on a :class:`parley.record.Record`.

``Record.positions()``, ``Record.consultations()``, ``Record.timeline()``,
``Record.links()``, ``Record.decide_link()`` and ``Record.scenario()`` delegate here;
the CLI (parley.positions.command) is a thin layer over those.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from parley.errors import InputError
from parley.extract.mentions import mention_finder
from parley.plans import store as plan_store
from parley.plans.model import Plan, parse_plan_ref
from parley.positions import store
from parley.positions.consultations import ActorMention, Reported, consultation_log
from parley.positions.model import Consultation, Decision, Link, LinkMethod, Position
from parley.positions.positions import derive_positions
from parley.positions.scenario import DerivedScenario, derive_scenario
from parley.positions.timeline import TimelineEntry, timeline
from parley.storage.models import PlanRow, SourceRow, StatementRow
from parley.storage.positions import StatementLinkRow

if TYPE_CHECKING:
    from parley.record import Record

# A statement worth reading for consultations: a verb or noun of the five frames.
_CONSULT_HINT = re.compile(
    r"\b(?:receiv|obtain|got\b|get\b|acquir|gave|give|hand|sent\b|send|pass|shar|present|deliver|"
    r"transmit|forward|submit|show|brief|inform|updat|notif|apprise|discuss|consult|negotiat|talk|"
    r"met\b|meet|coordinat|exclud|sidelin|bypass|ignor|left out|cut out|shut out)",
    re.IGNORECASE,
)


class UnknownStatementError(InputError):
    code = "E211"


def refresh_links(record: Record) -> store.RefreshReport:
    """Link every source not linked yet (all again when the plans changed)."""
    with record._sessions.begin() as session:
        return store.refresh(session, plan_store.all_plans(session))


def _filter(record: Record, plan: str | None, actor: str | None) -> store.ClaimFilter:
    name = version = None
    if plan:
        name, version = parse_plan_ref(plan)
        record.plan(plan)  # raises UnknownPlanError naming what is stored
    return store.ClaimFilter(
        plan_name=name, plan_version=version, actor=actor.upper() if actor else None
    )


def positions(
    record: Record, plan: str | None = None, actor: str | None = None, point: str | None = None
) -> list[Position]:
    """Positions on every stored plan version (``NAME``: all its versions; ``NAME@VERSION``)."""
    refresh_links(record)
    where = _filter(record, plan, actor)
    with record._sessions() as session:
        found = derive_positions(store.claims(session, where))
    if point is not None:
        found = [p for p in found if p.point == str(point)]
    return found


def actor_timeline(
    record: Record, actor: str, plan: str | None = None, point: str | None = None
) -> list[TimelineEntry]:
    return timeline(positions(record, plan=plan, actor=actor, point=point))


def consultations(record: Record, plan: str | None = None) -> list[Consultation]:
    """The consultation log, one row per pair of actors, kind and plan version."""
    refresh_links(record)
    where = _filter(record, plan, None)
    s, lk, pl, src = StatementRow, StatementLinkRow, PlanRow, SourceRow
    query = (
        select(s.id, s.text, s.actor, src.published, src.published_iso, pl.name, pl.version,
               pl.proposer)
        .join(src, src.id == s.source_id)
        .join(lk, lk.statement_id == s.id)
        .join(pl, pl.id == lk.plan_id)
        .order_by(s.id)
    )  # fmt: skip
    if where.plan_name:
        query = query.where(pl.name == where.plan_name)
    if where.plan_version:
        query = query.where(pl.version == where.plan_version)
    finder = mention_finder()
    items: list[Reported] = []
    seen: set[tuple[int, str]] = set()
    with record._sessions() as session:
        rows = session.execute(query).all()
    for sid, text, actor, published, published_iso, name, version, proposer in rows:
        ref = f"{name}@{version}"
        if (sid, ref) in seen or not _CONSULT_HINT.search(text):
            continue
        seen.add((sid, ref))
        when = datetime.fromisoformat(published_iso) if published_iso else published
        day = when.date() if when is not None else None
        mentions = []
        for m in finder.find(finder.doc(text), text):
            code = m.actor or (m.person.actor_on(day) if m.person else None)
            if code:
                mentions.append(ActorMention(m.start, m.end, code))
        items.append(Reported(sid, text, actor, tuple(mentions), ref, proposer, when))
    return consultation_log(items)


def links(record: Record, statement_id: int | None = None, plan: str | None = None) -> list[Link]:
    """Derived links (not the analyst's decisions), for one statement or one plan.

    Raises UnknownPlanError for a plan that is not stored (rather than give every link)."""
    refresh_links(record)
    plan_ids: list[int] = []
    if plan:
        name, version = parse_plan_ref(plan)
        record.plan(plan)  # raises UnknownPlanError naming what is stored
        plan_ids = [
            p.id for p in record.plan_versions(name) if version in (None, p.version) and p.id
        ]
    with record._sessions() as session:
        rows = store.links_of(session, statement_id, plan_ids)
    return [
        Link(sid, f"{n}@{v}", point, LinkMethod(m), score, reason)
        for sid, n, v, point, m, score, reason in rows
    ]


def decide_link(
    record: Record, statement_id: int, point: str, decision: Decision, plan: str | None = None
) -> tuple[Plan, str | None]:
    """Confirm or reject a link: ``point`` is ``NAME@VERSION:7``, ``NAME@VERSION`` (the whole
    plan), or ``7`` with ``plan``. Stored apart from derived links; survives re-extraction."""
    plan_ref, number = split_point(point, plan)
    found = record.plan(plan_ref)
    if number is not None and found.point(number) is None:
        raise InputError(f"plan {found.ref} has no point {number!r}")
    with record._sessions.begin() as session:
        try:
            store.decide(session, statement_id, found, number, decision)
        except LookupError:
            raise UnknownStatementError(f"no statement {statement_id}") from None
    return found, number


def split_point(point: str, plan: str | None) -> tuple[str, str | None]:
    """``NAME@VERSION:7`` -> (``NAME@VERSION``, ``7``); ``7`` with ``--plan`` P -> (P, ``7``)."""
    text = point.strip()
    if ":" in text:
        ref, _, number = text.rpartition(":")
        return ref, number.strip() or None
    if "@" in text or (plan is None and not text.isdigit()):
        return text, None
    if plan is None:
        raise InputError(f"point {text!r} needs its plan: NAME@VERSION:{text} or --plan")
    return plan, text


def scenario(
    record: Record,
    plan: str,
    parties: Sequence[str] | None = None,
    overrides: Mapping[str, Any] | None = None,
    overrides_path: str | None = None,
) -> DerivedScenario:
    """The scenario for one plan version from the positions on it (parley.positions.scenario)."""
    refresh_links(record)
    found = record.plan(plan)
    where = store.ClaimFilter(plan_name=found.name, plan_version=found.version)
    with record._sessions() as session:
        claims = store.claims(session, where)
    codes = [p.strip().upper() for p in parties if p.strip()] if parties else None
    return derive_scenario(found, claims, codes, overrides, overrides_path)


def decisions(
    record: Record, statements: Sequence[Any] = ()
) -> dict[tuple[int, str, str | None], Decision]:
    """The analyst's decisions on the given stored statements (objects with ``id``,
    ``source_id``, ``start``, ``end`` and ``text``): (statement id, NAME@VERSION, point or
    None) -> confirm or reject. Keyed by what survives re-extraction, as decide_link stores."""
    wanted = {
        (st.source_id, st.start, st.end, store.text_hash(st.text)): st.id for st in statements
    }
    if not wanted:
        return {}
    with record._sessions() as session:
        rows = store.decisions_list(session)
    out: dict[tuple[int, str, str | None], Decision] = {}
    for row in rows:
        sid = wanted.get((row.source_id, row.start, row.end, row.text_hash))
        if sid is not None:
            out[(sid, f"{row.plan_name}@{row.plan_version}", row.point or None)] = Decision(
                row.decision
            )
    return out


def statement_links(record: Record, statement_ids: Sequence[int]) -> dict[int, list[Link]]:
    """The derived links of each of ``statement_ids`` (one refresh, then one query each)."""
    refresh_links(record)
    out: dict[int, list[Link]] = {sid: [] for sid in statement_ids}
    with record._sessions() as session:
        for sid in statement_ids:
            out[sid] = [
                Link(s, f"{n}@{v}", point, LinkMethod(m), score, reason)
                for s, n, v, point, m, score, reason in store.links_of(session, sid, [])
            ]
    return out
