"""The record: the one object that owns the database.

>>> with Record("parley.db") as record:               # doctest: +SKIP
...     report = record.ingest(["articles/"])
...     rows = record.statements(actor="RUS", event="REJECT")

Every write goes through :class:`Record`; each source is stored in its own
transaction, so a failure leaves the database as it was before that source.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from parley import extract as extraction
from parley.errors import InputError, MissingDatabaseError, ParleyError, StorageError
from parley.extract.model import Statement
from parley.plans import store as plan_store
from parley.plans.model import Plan, check_label
from parley.sources import Source, iter_inputs, max_bytes_from_env, read_path
from parley.storage import SourceRow, StatementRow, database_url, make_engine, upgrade

_ID_PREFIX = re.compile(r"[0-9a-fA-F]{6,64}")

Extractor = Callable[..., list[Statement]]
# Called after each input file: (files done, files in all, the file just read).
Progress = Callable[[int, int, Path], None]


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Which source an ingest touched."""

    id: str
    name: str
    path: str | None


@dataclass(slots=True)
class IngestReport:
    """What one :meth:`Record.ingest` did."""

    added: list[SourceRef] = field(default_factory=list)
    present: list[SourceRef] = field(default_factory=list)
    failed: list[ParleyError] = field(default_factory=list)
    statements_added: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        return (
            f"sources added: {len(self.added)}, already present: {len(self.present)}, "
            f"failed: {len(self.failed)}; statements added: {self.statements_added}"
        )


@dataclass(frozen=True, slots=True)
class StoredStatement:
    """A statement as stored: the spec's fields plus its row id and its source's id.

    ``source`` is the source's name (file stem), as in extractor output;
    ``source_id`` is the stored source's sha256 id.
    """

    id: int
    source: str
    source_id: str
    start: int
    end: int
    text: str
    direct: bool
    cue: str
    speaker: str | None
    actor: str | None
    event: str | None
    targets: list[str]
    stance: str | None
    about: str | None

    def to_statement(self) -> Statement:
        return Statement.from_dict(asdict(self))

    def to_dict(self) -> dict[str, Any]:
        row = self.to_statement().to_dict()
        row["source_id"] = self.source_id
        return row


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """A stored source without its text, with its number of statements."""

    id: str
    name: str
    title: str | None
    url: str | None
    outlet: str | None
    published: datetime | None
    format: str
    path: str | None
    chars: int
    statements: int
    added_at: datetime

    def to_dict(self) -> dict[str, Any]:
        row = asdict(self)
        row["published"] = self.published.isoformat() if self.published else None
        row["added_at"] = self.added_at.isoformat()
        return row


class Record:
    """A database of sources and statements (SQLite file by default).

    ``db`` is a path, an SQLAlchemy URL, or None for ``$PARLEY_DB`` or ``./parley.db``.
    Opening a database brings it to the newest schema (Alembic).
    ``extractor`` replaces :func:`parley.extract.extract_statements` (same signature).
    ``create=False`` refuses to create a missing SQLite file (for read-only commands).
    """

    def __init__(
        self,
        db: str | Path | None = None,
        *,
        max_bytes: int | None = None,
        extractor: Extractor | None = None,
        create: bool = True,
    ) -> None:
        self.url = database_url(db)
        if not create and not _database_exists(self.url):
            raise MissingDatabaseError(
                "no database here (create one with `parley ingest` or `parley demo`)",
                path=self._where(),
            )
        self.max_bytes = max_bytes if max_bytes is not None else max_bytes_from_env()
        self._extractor = extractor
        try:
            self.engine = make_engine(self.url)
        except (ImportError, SQLAlchemyError) as exc:  # e.g. no PostgreSQL driver installed
            raise StorageError(f"cannot connect: {exc}", path=self._where()) from exc
        try:
            upgrade(self.engine)
        except SQLAlchemyError as exc:
            self.engine.dispose()
            reason = getattr(exc, "orig", None) or exc  # the driver's message is the clear one
            raise StorageError(
                f"cannot open or migrate the database: {reason}", path=self._where()
            ) from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def _where(self) -> str:
        """The database for messages: its file, or its URL without the password."""
        url = make_url(self.url)
        if url.get_backend_name() == "sqlite":
            return url.database or ":memory:"
        return url.render_as_string(hide_password=True)

    # ------------------------------------------------------------------ lifecycle

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Record:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Record({self.engine.url.render_as_string(hide_password=True)!r})"

    # ------------------------------------------------------------------ writes

    def ingest(self, paths: Iterable[str | Path], progress: Progress | None = None) -> IngestReport:
        """Read, extract and store files and folders; bad files are reported, not raised.

        Each source is one transaction. Storage errors (the database itself failing)
        are raised as :class:`StorageError`.
        """
        report = IngestReport()
        files = list(iter_inputs(paths))
        for done, path in enumerate(files, start=1):
            try:
                for source in read_path(path, max_bytes=self.max_bytes):
                    ref = SourceRef(source.id, source.name, source.path)
                    count = self._store(source)
                    if count is None:
                        report.present.append(ref)
                    else:
                        report.added.append(ref)
                        report.statements_added += count
            except InputError as exc:
                report.failed.append(exc)
            if progress is not None:
                progress(done, len(files), path)
        return report

    def ingest_source(self, source: Source) -> bool:
        """Extract and store one source; False when a source with its id is already stored."""
        return self._store(source) is not None

    def _store(self, source: Source) -> int | None:
        """Store ``source`` and its statements in one transaction; None if already present."""
        if self._has_source(source.id):
            return None  # the same text again: skip the (slow) extraction too
        statements = self._extract(source)
        try:
            with self._sessions.begin() as session:
                session.add(_source_row(source))
                session.flush()
                session.add_all(_statement_rows(source.id, statements))
                session.flush()
        except IntegrityError:
            if self._has_source(source.id):  # stored meanwhile by another writer
                return None
            raise StorageError("could not store the source", path=source.path) from None
        except SQLAlchemyError as exc:
            raise StorageError(f"could not store the source: {exc}", path=source.path) from exc
        return len(statements)

    def _extract(self, source: Source) -> list[Statement]:
        extractor = self._extractor or extraction.extract_statements
        return extractor(source.text, source=source.name, published=source.published)

    def _has_source(self, source_id: str) -> bool:
        with self._sessions() as session:
            return session.get(SourceRow, source_id) is not None

    # ------------------------------------------------------------------ reads

    def sources(
        self,
        *,
        text: str | None = None,
        outlet: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[SourceInfo]:
        """Stored sources, oldest publication first (undated last), without texts.

        ``text`` matches any part of the title, name or text and ``outlet`` any part of the
        outlet, ignoring case; ``since``/``until`` bound the publication day (inclusive);
        ``limit``/``offset`` page the result.
        """
        counts = (
            select(StatementRow.source_id, func.count().label("n"))
            .group_by(StatementRow.source_id)
            .subquery()
        )
        query = (
            select(SourceRow, func.coalesce(counts.c.n, 0), func.length(SourceRow.text))
            .outerjoin(counts, counts.c.source_id == SourceRow.id)
            .where(*_source_conditions(text, outlet, since, until))
            .order_by(SourceRow.published.is_(None), SourceRow.published, SourceRow.name)
            .offset(offset)
            .limit(limit)
        )
        with self._sessions() as session:
            return [
                SourceInfo(
                    id=row.id,
                    name=row.name,
                    title=row.title,
                    url=row.url,
                    outlet=row.outlet,
                    published=_published(row),
                    format=row.format,
                    path=row.path,
                    chars=chars,
                    statements=n,
                    added_at=row.added_at,
                )
                for row, n, chars in session.execute(query)
            ]

    def count_sources(
        self,
        *,
        text: str | None = None,
        outlet: str | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> int:
        """How many sources :meth:`sources` returns with these filters and no limit."""
        query = select(func.count(SourceRow.id)).where(
            *_source_conditions(text, outlet, since, until)
        )
        with self._sessions() as session:
            return int(session.scalar(query) or 0)

    def source(self, key: str) -> Source | None:
        """The stored source with this id (or unique id prefix, or name), text included."""
        with self._sessions() as session:
            row = session.get(SourceRow, key) or _one_or_none(
                session, select(SourceRow).where(_source_matches(key))
            )
            if row is None:
                return None
            return Source(
                id=row.id,
                name=row.name,
                text=row.text,
                format=row.format,
                title=row.title,
                url=row.url,
                outlet=row.outlet,
                published=_published(row),
                path=row.path,
                extra=dict(row.extra or {}),
            )

    def statements(
        self,
        actor: str | None = None,
        about: str | None = None,
        speaker: str | None = None,
        event: str | None = None,
        source: str | None = None,
        *,
        stance: str | None = None,
        since: date | None = None,
        until: date | None = None,
        ids: Iterable[int] | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[StoredStatement]:
        """Stored statements in source and text order, filtered.

        ``actor``, ``about`` and ``event`` match codes exactly (case-insensitive input);
        ``speaker`` matches any part of the name, ignoring case; ``source`` is a source
        id, id prefix or name; ``stance`` is support/oppose/mixed; ``since``/``until``
        bound the source's publication day (inclusive); ``ids`` keeps only those
        statements; ``limit``/``offset`` page the result.
        """
        query: Select[Any] = (
            select(StatementRow, SourceRow.name)
            .join(SourceRow)
            .where(
                *_statement_conditions(
                    actor, about, speaker, event, source, stance, since, until, ids
                )
            )
            .order_by(
                SourceRow.published.is_(None),
                SourceRow.published,
                SourceRow.name,
                StatementRow.seq,
            )
            .offset(offset)
            .limit(limit)
        )
        with self._sessions() as session:
            return [_stored(row, name) for row, name in session.execute(query)]

    def count_statements(
        self,
        actor: str | None = None,
        about: str | None = None,
        speaker: str | None = None,
        event: str | None = None,
        source: str | None = None,
        *,
        stance: str | None = None,
        since: date | None = None,
        until: date | None = None,
        ids: Iterable[int] | None = None,
    ) -> int:
        """How many statements :meth:`statements` returns with these filters and no limit."""
        query = (
            select(func.count(StatementRow.id))
            .join(SourceRow)
            .where(
                *_statement_conditions(
                    actor, about, speaker, event, source, stance, since, until, ids
                )
            )
        )
        with self._sessions() as session:
            return int(session.scalar(query) or 0)

    def statement(self, statement_id: int) -> StoredStatement | None:
        """One stored statement by its id."""
        query = select(StatementRow, SourceRow.name).join(SourceRow)
        with self._sessions() as session:
            found = session.execute(query.where(StatementRow.id == statement_id)).first()
            return _stored(found[0], found[1]) if found else None

    def statement_counts(self, by: str = "actor") -> list[tuple[str | None, int]]:
        """(value, number of statements) for each value of ``by`` (actor, about, event,
        stance or speaker), most frequent first."""
        columns = {
            "actor": StatementRow.actor,
            "about": StatementRow.about,
            "event": StatementRow.event,
            "stance": StatementRow.stance,
            "speaker": StatementRow.speaker,
        }
        if by not in columns:
            raise ValueError(f"cannot count statements by {by!r}; expected one of {list(columns)}")
        column = columns[by]
        n = func.count().label("n")
        query = select(column, n).group_by(column).order_by(n.desc(), column)
        with self._sessions() as session:
            return [(value, int(count)) for value, count in session.execute(query)]

    # ------------------------------------------------------------------ plans

    def add_plan(self, plan: Plan, *, path: str | None = None) -> Plan:
        """Store one plan version with its points, in one transaction; returns it with its id.

        Raises PlanVersionExistsError when ``plan.ref`` is stored already and
        UnknownAnsweredPlanError when ``plan.answers`` names no stored plan (``path``
        names the file in those errors); nothing is stored then.
        """
        try:
            with self._sessions.begin() as session:
                return plan_store.add_plan(session, plan, path=path)
        except SQLAlchemyError as exc:
            raise StorageError(f"could not store the plan: {exc}", path=path) from exc

    def plans(self) -> list[Plan]:
        """Every stored plan version, by name, then date (undated last), then insertion."""
        with self._sessions() as session:
            return plan_store.all_plans(session)

    def plan_versions(self, name: str) -> list[Plan]:
        """The stored versions of plan ``name``, oldest first."""
        with self._sessions() as session:
            return plan_store.all_plans(session, check_label(name))

    def plan(self, ref: str) -> Plan:
        """The version ``NAME@VERSION``, or the newest version of ``NAME``.

        Raises UnknownPlanError (naming ``ref``) or BadPlanRefError.
        """
        with self._sessions() as session:
            return plan_store.to_plan(plan_store.find_plan(session, ref))


def _stored(row: StatementRow, name: str) -> StoredStatement:
    return StoredStatement(
        id=row.id,
        source=name,
        source_id=row.source_id,
        start=row.start,
        end=row.end,
        text=row.text,
        direct=row.direct,
        cue=row.cue,
        speaker=row.speaker,
        actor=row.actor,
        event=row.event,
        targets=list(row.targets or []),
        stance=row.stance,
        about=row.about,
    )


def _day_bounds(since: date | None, until: date | None) -> list[ColumnElement[bool]]:
    """Conditions on SourceRow.published for publication days since..until, inclusive."""
    conditions: list[ColumnElement[bool]] = []
    if since is not None:
        start = datetime(since.year, since.month, since.day, tzinfo=UTC)
        conditions.append(SourceRow.published >= start)
    if until is not None:
        end = datetime(until.year, until.month, until.day, tzinfo=UTC) + timedelta(days=1)
        conditions.append(SourceRow.published < end)
    return conditions


def _source_conditions(
    text: str | None, outlet: str | None, since: date | None, until: date | None
) -> list[ColumnElement[bool]]:
    conditions = _day_bounds(since, until)
    if text:
        needle = text.lower()
        conditions.append(
            func.lower(SourceRow.text).contains(needle, autoescape=True)
            | func.lower(SourceRow.title).contains(needle, autoescape=True)
            | func.lower(SourceRow.name).contains(needle, autoescape=True)
        )
    if outlet:
        conditions.append(func.lower(SourceRow.outlet).contains(outlet.lower(), autoescape=True))
    return conditions


def _statement_conditions(
    actor: str | None,
    about: str | None,
    speaker: str | None,
    event: str | None,
    source: str | None,
    stance: str | None,
    since: date | None,
    until: date | None,
    ids: Iterable[int] | None,
) -> list[ColumnElement[bool]]:
    conditions = _day_bounds(since, until)
    if actor:
        conditions.append(StatementRow.actor == actor.upper())
    if about:
        conditions.append(StatementRow.about == about.upper())
    if event:
        conditions.append(StatementRow.event == event.upper())
    if speaker:
        conditions.append(
            func.lower(StatementRow.speaker).contains(speaker.lower(), autoescape=True)
        )
    if source:
        conditions.append(_source_matches(source))
    if stance:
        conditions.append(StatementRow.stance == stance.lower())
    if ids is not None:
        conditions.append(StatementRow.id.in_(list(ids)))
    return conditions


def _database_exists(url: str) -> bool:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return True  # servers create nothing by connecting; in-memory is always new
    return Path(parsed.database).exists()


def _source_row(source: Source) -> SourceRow:
    return SourceRow(
        id=source.id,
        name=source.name,
        format=source.format,
        title=source.title,
        url=source.url,
        outlet=source.outlet,
        published=source.published,
        published_iso=source.published.isoformat() if source.published else None,
        path=source.path,
        text=source.text,
        extra=dict(source.extra),
        added_at=datetime.now(UTC),
    )


def _statement_rows(source_id: str, statements: list[Statement]) -> list[StatementRow]:
    return [
        StatementRow(
            source_id=source_id,
            seq=seq,
            start=st.start,
            end=st.end,
            text=st.text,
            direct=st.direct,
            cue=st.cue,
            speaker=st.speaker,
            actor=st.actor,
            event=st.event,
            targets=list(st.targets),
            stance=st.stance,
            about=st.about,
        )
        for seq, st in enumerate(statements)
    ]


def _published(row: SourceRow) -> datetime | None:
    # The ISO string keeps the offset the source gave; the UTC column is for sorting.
    if row.published_iso:
        return datetime.fromisoformat(row.published_iso)
    return row.published


def _source_matches(key: str) -> ColumnElement[bool]:
    """A source by id, by name, or by an id prefix of at least 6 hex digits (as git does)."""
    condition = (SourceRow.id == key) | (SourceRow.name == key)
    if _ID_PREFIX.fullmatch(key):
        condition = condition | SourceRow.id.startswith(key.lower())
    return condition


def _one_or_none(session: Session, query: Select[Any]) -> Any:
    rows = session.scalars(query.limit(2)).all()
    return rows[0] if len(rows) == 1 else None
