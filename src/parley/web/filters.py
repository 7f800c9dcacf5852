"""The statement filters, read once from a query string for pages, downloads and the API."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from fastapi import Query

from parley.errors import ParleyError
from parley.extract.model import EVENT_TYPES, STANCES
from parley.record import Record, SourceInfo, StoredStatement
from parley.web.context import BadQuery, clean, parse_day


@dataclass(frozen=True, slots=True)
class StatementFilters:
    """The CLI's filters (actor, about, speaker, event, source) plus stance, a date range
    and a plan or plan point."""

    actor: str | None = None
    about: str | None = None
    speaker: str | None = None
    event: str | None = None
    source: str | None = None
    stance: str | None = None
    since: date | None = None
    until: date | None = None
    plan: str | None = None  # NAME@VERSION: statements linked to it (or to ``point`` of it)
    point: str | None = None

    def params(self) -> dict[str, str]:
        """The filters as query parameters (for links that keep them)."""
        out: dict[str, str] = {}
        for key, value in asdict(self).items():
            if value is not None:
                out[key] = value.isoformat() if isinstance(value, date) else str(value)
        return out

    def query(self, record: Record) -> dict[str, Any]:
        """Keyword arguments for :meth:`Record.statements` and :meth:`Record.count_statements`
        (a plan or point becomes the ids of the statements linked to it)."""
        query = asdict(self)
        plan, point = query.pop("plan"), query.pop("point")
        if plan:
            try:
                links = record.links(plan=plan)  # an unknown plan is an error, not "no filter"
            except ParleyError as exc:
                raise BadQuery(f"plan: {exc.message}") from None
            query["ids"] = sorted(
                {link.statement_id for link in links if point is None or link.point == point}
            )
        return query

    def rows(self, record: Record, *, limit: int, offset: int) -> list[StoredStatement]:
        return record.statements(**self.query(record), limit=limit, offset=offset)

    def count(self, record: Record) -> int:
        return record.count_statements(**self.query(record))


def statement_filters(
    actor: str | None = Query(None, description="Actor code, e.g. RUS."),
    about: str | None = Query(None, description="Actor the statement reports on (hearsay)."),
    speaker: str | None = Query(None, description="Part of the speaker's name."),
    event: str | None = Query(None, description="PLOVER event type, e.g. REJECT."),
    source: str | None = Query(None, description="Source name, id or id prefix."),
    stance: str | None = Query(None, description="support, oppose or mixed."),
    since: str | None = Query(None, description="First publication day, YYYY-MM-DD."),
    until: str | None = Query(None, description="Last publication day, YYYY-MM-DD."),
    plan: str | None = Query(None, description="Linked to this plan (NAME or NAME@VERSION)."),
    point: str | None = Query(None, description="Linked to this point of the plan."),
) -> StatementFilters:
    """A FastAPI dependency: the filters from the query string, checked."""
    event, stance = clean(event), clean(stance)
    if event and event.upper() not in EVENT_TYPES:
        raise BadQuery(f"event: {event!r} is not a PLOVER event type ({', '.join(EVENT_TYPES)})")
    if stance and stance.lower() not in STANCES:
        raise BadQuery(f"stance: {stance!r} is not one of {', '.join(STANCES)}")
    plan, point = clean(plan), clean(point)
    if point and not plan:
        raise BadQuery("point: say which plan the point belongs to (plan=NAME@VERSION)")
    first, last = parse_day(since, "since"), parse_day(until, "until")
    if first and last and first > last:
        raise BadQuery(f"since ({first}) is after until ({last})")
    return StatementFilters(
        actor=(clean(actor) or "").upper() or None,
        about=(clean(about) or "").upper() or None,
        speaker=clean(speaker),
        event=event.upper() if event else None,
        source=clean(source),
        stance=stance.lower() if stance else None,
        since=first,
        until=last,
        plan=plan,
        point=point,
    )


@dataclass(frozen=True, slots=True)
class SourceSearch:
    """Sources by words of their title, name or text, by outlet and by publication day."""

    text: str | None = None
    outlet: str | None = None
    since: date | None = None
    until: date | None = None

    @classmethod
    def read(
        cls, q: str | None, outlet: str | None, since: str | None, until: str | None
    ) -> SourceSearch:
        return cls(clean(q), clean(outlet), parse_day(since, "since"), parse_day(until, "until"))

    def rows(self, record: Record, *, limit: int, offset: int) -> list[SourceInfo]:
        return record.sources(
            text=self.text, outlet=self.outlet, since=self.since, until=self.until,
            limit=limit, offset=offset,
        )  # fmt: skip

    def count(self, record: Record) -> int:
        return record.count_sources(
            text=self.text, outlet=self.outlet, since=self.since, until=self.until
        )
