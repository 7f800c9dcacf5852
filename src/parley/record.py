"""The record: the one object that owns the database.

>>> with Record("parley.db") as record:               # doctest: +SKIP
...     report = record.ingest(["articles/"])
...     rows = record.statements(actor="RUS", event="REJECT")

Every write goes through :class:`Record`; each source is stored in its own
transaction, so a failure leaves the database as it was before that source.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from operator import itemgetter
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypedDict, Unpack, cast

from sqlalchemy import ColumnElement, Select, Table, case, func, insert, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from parley import extract as extraction
from parley.errors import (
    BadDateError,
    ExtractionFailedError,
    InputError,
    MissingDatabaseError,
    MissingDriverError,
    ParleyError,
    ParleyWarning,
    RelativeDateWarning,
    SchemaError,
    StorageError,
    UnknownSourceError,
)
from parley.export_formats import ExportRow, sentence_around
from parley.extract.model import EventType, Stance, Statement
from parley.extract.options import DEFAULT_OPPOSITION, Opposition
from parley.extract_files import extract_files
from parley.plans import store as plan_store
from parley.plans.model import Plan, check_label
from parley.sources import Source, iter_inputs, max_bytes_from_env, read_path, read_published
from parley.storage import (
    SourceRow,
    StatementRow,
    database_url,
    make_engine,
    schema_state,
    upgrade,
)
from parley.storage.engine import is_sqlite, writer
from parley.storage.models import ROW_FIELDS, FeedItemRow
from parley.storage.search import contains, has_fts, like_escape

if TYPE_CHECKING:
    from parley.live.feeds import ItemStatus
    from parley.positions.model import Consultation, Decision, Link, Position
    from parley.positions.scenario import DerivedScenario
    from parley.positions.store import RefreshReport
    from parley.positions.timeline import TimelineEntry

_ID_PREFIX = re.compile(r"[0-9a-fA-F]{6,64}")
EXPORT_CONTEXT = 400  # characters of source text read on either side of an exported statement

Extractor = Callable[..., list[Statement]]
# Called after each input file: (files done, files in all, the file just read).
Progress = Callable[[int, int, Path], None]


class Keep(Enum):
    """The default of :meth:`Record.update_source`'s fields: leave the stored value."""

    KEEP = "keep"


KEEP = Keep.KEEP


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Which source an ingest touched."""

    id: str
    name: str
    path: str | None


@dataclass(frozen=True, slots=True)
class Extracted:
    """A source with its statements, extracted elsewhere (e.g. on a Dask worker)."""

    source: Source
    statements: list[Statement]


@dataclass(slots=True)
class IngestReport:
    """What one :meth:`Record.ingest` did."""

    added: list[SourceRef] = field(default_factory=list)
    present: list[SourceRef] = field(default_factory=list)
    failed: list[ParleyError] = field(default_factory=list)
    statements_added: int = 0
    # already present, with a corrected header taken over (``update_metadata=True``)
    updated: list[SourceRef] = field(default_factory=list)
    warnings: list[ParleyWarning] = field(default_factory=list)
    files: int = 0  # input files found
    files_read: int = 0  # of them, read before the run ended (all, unless the database failed)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        return (
            f"sources added: {len(self.added)}, already present: {len(self.present)}, "
            f"failed: {len(self.failed)}; statements added: {self.statements_added}"
        )


class StatementFilters(TypedDict, total=False):
    """The filters of :meth:`Record.statements`, :meth:`Record.count_statements` and
    :meth:`Record.statements_query`, all keywords, all optional."""

    actor: str | None  # actor code, exact (any case)
    about: str | None  # the party a hearsay statement is about, exact
    speaker: str | None  # any part of the speaker's name, ignoring case
    event: str | None  # PLOVER event type, exact
    source: str | None  # source id, id prefix or name
    stance: str | None  # support, oppose or mixed
    since: date | None  # first publication day, inclusive (UTC)
    until: date | None  # last publication day, inclusive (UTC)
    ids: Iterable[int] | None  # only these statements
    text: str | None  # any part of the statement's text, ignoring case


@dataclass(frozen=True, slots=True)
class StoredStatement:
    """A statement as stored: the spec's fields plus its row id and its source's id.

    ``source`` is the source's name (file stem), as in extractor output;
    ``source_id`` is the stored source's sha256 id. Its other fields are those of
    :class:`Statement` (tests/test_schema.py checks them).
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
    event: EventType | None
    targets: list[str]
    stance: Stance | None
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


@dataclass(frozen=True, slots=True)
class SourceUpdate:
    """What :meth:`Record.update_source` did: the source as it is now, the fields that
    changed, and whether its statements were extracted again (a new date)."""

    source: SourceInfo
    changed: tuple[str, ...]
    reextracted: bool


class Record:
    """A database of sources and statements (SQLite file by default).

    ``db`` is a path, an SQLAlchemy URL (``postgresql+psycopg://user:pw@host/name``), or
    None for ``$PARLEY_DB`` or ``./parley.db``. A new (empty) database gets the schema
    when opened with ``create=True``; an existing one must be at this parley's schema,
    else :class:`SchemaError` says to run ``parley db upgrade``
    (:func:`parley.storage.upgrade`).
    ``extractor`` replaces :func:`parley.extract.extract_statements` (same signature).
    ``create=False`` refuses to create a missing SQLite file (for read-only commands).
    ``opposition`` says how the extraction codes domestic opposition politicians
    (:class:`parley.extract.Opposition`).
    """

    def __init__(
        self,
        db: str | Path | None = None,
        *,
        max_bytes: int | None = None,
        extractor: Extractor | None = None,
        create: bool = True,
        opposition: Opposition = DEFAULT_OPPOSITION,
    ) -> None:
        self.url = database_url(db)
        if not create and not _database_exists(self.url):
            raise MissingDatabaseError(
                "no database here (create one with `parley ingest` or `parley demo`)",
                path=self._where(),
            )
        self.max_bytes = max_bytes if max_bytes is not None else max_bytes_from_env()
        self._extractor = extractor
        self._opposition = opposition
        try:
            self.engine = make_engine(self.url)
        except ImportError as exc:  # e.g. no PostgreSQL driver installed
            raise MissingDriverError(
                f"cannot connect: the database driver is not installed ({exc}); "
                f"{_driver_hint(self.url)}",
                path=self._where(),
            ) from exc
        except SQLAlchemyError as exc:
            raise self._storage_error("cannot connect", exc) from exc
        try:
            self._check_schema(create)
            self._fts = is_sqlite(self.engine) and has_fts(self.engine)
        except SQLAlchemyError as exc:
            self.engine.dispose()
            raise self._storage_error("cannot open or migrate the database", exc) from exc
        except ParleyError:
            self.engine.dispose()
            raise
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._writes = sessionmaker(writer(self.engine), expire_on_commit=False)

    def _check_schema(self, create: bool) -> None:
        """Give a new database the schema; refuse one at another revision."""
        state = schema_state(self.engine)
        if state.up_to_date:
            return
        if state.empty and create:
            upgrade(self.engine)  # under the migration lock; a racing creator waits
            return
        if state.empty:
            problem = "no parley schema in this database"
        elif not state.known:
            problem = f"schema revision {state.current} is newer than this parley knows"
            raise SchemaError(f"{problem} (head {state.head}): upgrade parley", path=self._where())
        else:
            problem = f"schema at revision {state.current}, this parley needs {state.head}"
        raise SchemaError(f"{problem}: run `parley db upgrade`", path=self._where())

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

    def ingest(
        self,
        paths: Iterable[str | Path],
        progress: Progress | None = None,
        *,
        reference_date: date | None = None,
        update_metadata: bool = False,
        report: IngestReport | None = None,
    ) -> IngestReport:
        """Read, extract and store files and folders; bad files are reported, not raised.

        Each source is one transaction. A file that cannot be read, or whose extraction
        fails unexpectedly, is in ``report.failed`` and the others still go in. Storage
        errors (the database itself failing) are raised as :class:`StorageError`; pass
        ``report`` to keep what was done before.

        ``reference_date`` anchors relative publication dates ("yesterday") of files that
        give no 'Retrieved:' date of their own. ``update_metadata`` takes over the title,
        URL, outlet and date of a source already stored with the same text (a corrected
        header); a changed date re-extracts its statements (offices resolve by date).
        """
        report = report if report is not None else IngestReport()
        files = list(iter_inputs(paths))
        report.files += len(files)

        def read(path: Path) -> Iterator[Source]:
            return read_path(path, max_bytes=self.max_bytes, reference_date=reference_date)

        # Several files' articles are extracted together (faster); each file is then
        # stored and reported on its own, as if extracted alone.
        extracted = extract_files(
            files, read, skip=self.stored_ids, extractor=self._extractor,
            opposition=self._opposition,
        )  # fmt: skip
        for done, path in enumerate(files, start=1):
            try:
                item = next(extracted)
            except StorageError:  # the database failed when asked what it holds
                report.files_read += 1
                raise
            try:
                for source, found in zip(item.sources, item.found, strict=True):
                    report.warnings.extend(source.warnings)
                    ref = SourceRef(source.id, source.name, source.path)
                    if isinstance(found, Exception):
                        raise found
                    count = None if found is None else self._write(source, found)
                    if count is not None:
                        report.added.append(ref)
                        report.statements_added += count
                    elif update_metadata and self._refresh(source):
                        report.updated.append(ref)
                    else:
                        report.present.append(ref)
                if item.error is not None:
                    raise item.error
            except InputError as exc:
                report.failed.append(exc)
            except StorageError:
                report.files_read += 1  # this file was read; the database failed on it
                raise
            except Exception as exc:  # a bug met on this file: report it, read the others
                report.failed.append(failed_file(exc, path))
            report.files_read += 1
            if progress is not None:
                progress(done, len(files), path)
        return report

    def ingest_source(self, source: Source) -> bool:
        """Extract and store one source; False when a source with its id is already stored."""
        return self._store(source) is not None

    def store_source(self, source: Source) -> int | None:
        """Extract and store one source: its number of statements, None if already stored."""
        return self._store(source)

    @property
    def opposition(self) -> Opposition:
        """How this record's extraction codes domestic opposition politicians
        (:class:`parley.extract.Opposition`; the state by default)."""
        return self._opposition

    @property
    def extractor(self) -> Extractor | None:
        """The extractor given to this record (None: :func:`parley.extract.extract_statements`)."""
        return self._extractor

    def stored_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of the source ids ``ids`` are stored (to skip their extraction)."""
        wanted = list(set(ids))
        found: set[str] = set()
        try:
            with self._sessions() as session:
                for start in range(0, len(wanted), 500):  # bounded IN lists
                    part = wanted[start : start + 500]
                    found.update(
                        session.scalars(select(SourceRow.id).where(SourceRow.id.in_(part)))
                    )
        except SQLAlchemyError as exc:
            raise self._storage_error("cannot read the database", exc) from exc
        return found

    def store_extracted(self, items: Sequence[Extracted]) -> list[int | None]:
        """Store sources extracted elsewhere, all in one transaction; idempotent.

        Returns, for each item, the number of statements stored, or None when a source
        with its id was already stored (by anyone, or earlier in ``items``). If another
        writer stores one of them meanwhile, the batch is stored source by source instead.
        """
        counts: list[int | None] = [None] * len(items)
        stored = self.stored_ids(item.source.id for item in items)
        new: dict[str, int] = {}
        for index, item in enumerate(items):
            if item.source.id not in stored:
                new.setdefault(item.source.id, index)
        if not new:
            return counts
        try:
            # Two executemany INSERTs on the tables, no ORM object or ORM bulk path: this
            # runs in the process that also schedules the cluster's tasks.
            with self._writes.begin() as session:
                added_at = datetime.now(UTC)
                session.execute(
                    insert(cast(Table, SourceRow.__table__)),
                    [_source_values(items[index].source, added_at) for index in new.values()],
                )
                rows = [
                    values
                    for source_id, index in new.items()
                    for values in _statement_values(source_id, items[index].statements, _COLUMN_OF)
                ]
                if rows:
                    session.execute(insert(cast(Table, StatementRow.__table__)), rows)
        except IntegrityError:  # stored meanwhile by another writer: one at a time
            for index in new.values():
                counts[index] = self._write(items[index].source, items[index].statements)
            return counts
        except SQLAlchemyError as exc:
            raise self._storage_error("could not store the sources", exc) from exc
        for index in new.values():
            counts[index] = len(items[index].statements)
        return counts

    def _store(self, source: Source) -> int | None:
        """Store ``source`` and its statements in one transaction; None if already present."""
        if self._has_source(source.id):
            return None  # the same text again: skip the (slow) extraction too
        return self._write(source, self._extract(source))

    def _write(self, source: Source, statements: list[Statement]) -> int | None:
        """Store one extracted source in its own transaction; None if already present."""
        try:
            with self._writes.begin() as session:
                if session.get(SourceRow, source.id) is not None:
                    return None  # stored meanwhile by another writer (SQLite holds the lock)
                session.add(_source_row(source))
                session.flush()
                session.add_all(_statement_rows(source.id, statements))
                session.flush()
        except IntegrityError:
            if self._has_source(source.id):  # stored meanwhile by another writer
                return None
            raise StorageError("could not store the source", path=source.path) from None
        except SQLAlchemyError as exc:
            raise self._storage_error(f"could not store {source.path or source.name}", exc) from exc
        return len(statements)

    def _extract(self, source: Source) -> list[Statement]:
        [found] = extraction.extract_each(
            [extraction.Article(source.text, source=source.name, published=source.published)],
            extractor=self._extractor, opposition=self._opposition,
        )  # fmt: skip
        if isinstance(found, Exception):
            raise found
        return found

    def _has_source(self, source_id: str) -> bool:
        try:
            with self._sessions() as session:
                return session.get(SourceRow, source_id) is not None
        except SQLAlchemyError as exc:
            raise self._storage_error("cannot read the database", exc) from exc

    def _storage_error(self, doing: str, exc: SQLAlchemyError) -> StorageError:
        """A one-line StorageError naming the database: the driver's message, no SQL."""
        return StorageError(f"{doing}: {driver_message(exc)}", path=self._where())

    # ------------------------------------------------------------------ reads

    # ------------------------------------------------------------------ source edits

    def update_source(
        self,
        key: str,
        *,
        title: str | None | Keep = KEEP,
        url: str | None | Keep = KEEP,
        outlet: str | None | Keep = KEEP,
        published: datetime | date | str | None | Keep = KEEP,
    ) -> SourceUpdate:
        """Change a stored source's title, URL, outlet or publication date, in one transaction.

        ``key`` is the source's id, unique id prefix or name. Fields left as ``KEEP`` are not
        touched; None clears one. A changed date re-extracts the source's statements in the
        same transaction (titles resolve to whoever held the office on that date). A date
        given as text must be absolute. Raises UnknownSourceError or BadDateError.
        """
        when = KEEP if isinstance(published, Keep) else _absolute_date(published, key)
        changed: list[str] = []
        try:
            with self._writes.begin() as session:
                row = _find_source(session, key)
                for name, value in (("title", title), ("url", url), ("outlet", outlet)):
                    if not isinstance(value, Keep) and getattr(row, name) != (value or None):
                        setattr(row, name, value or None)
                        changed.append(name)
                if not isinstance(when, Keep):
                    iso = when.isoformat() if when else None
                    if iso != row.published_iso:
                        row.published, row.published_iso = when, iso
                        changed.append("published")
                        self._reextract(session, row)
                source_id = row.id
        except SQLAlchemyError as exc:
            raise self._storage_error(f"could not update the source {key}", exc) from exc
        return SourceUpdate(self._infos(source_id)[0], tuple(changed), "published" in changed)

    def remove_source(self, key: str) -> SourceInfo:
        """Remove a stored source and its statements in one transaction; returns what it was.

        ``key`` is the source's id, unique id prefix or name. Raises UnknownSourceError.
        """
        try:
            with self._writes.begin() as session:
                row = _find_source(session, key)
                [info] = self._infos(row.id, session)
                session.delete(row)  # its statements go with it (delete-orphan, ON DELETE)
        except SQLAlchemyError as exc:
            raise self._storage_error(f"could not remove the source {key}", exc) from exc
        return info

    def refresh_source(self, source: Source) -> bool:
        """Take over the metadata ``source`` gives for the stored source with its text
        (``update_metadata``); True when something changed."""
        return self._refresh(source)

    def _refresh(self, source: Source) -> bool:
        """Take over the metadata ``source`` gives for the stored source with its text;
        True when something changed."""
        stored = self._infos(source.id)
        if not stored:
            return False
        old = stored[0]
        changes: dict[str, Any] = {
            name: getattr(source, name)
            for name in ("title", "url", "outlet")
            if getattr(source, name) is not None and getattr(source, name) != getattr(old, name)
        }
        if source.published is not None and source.published != old.published:
            changes["published"] = source.published
        return bool(changes) and bool(self.update_source(source.id, **changes).changed)

    def _reextract(self, session: Session, row: SourceRow) -> None:
        source = Source(
            id=row.id, name=row.name, text=row.text, format=row.format, title=row.title,
            url=row.url, outlet=row.outlet, published=_published(row), path=row.path,
        )  # fmt: skip
        statements = self._extract(source)
        row.statements.clear()
        session.flush()  # the old rows go before the new ones take their (source, seq) places
        row.statements.extend(_statement_rows(row.id, statements))

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
        conditions = _source_conditions(text, outlet, since, until)
        return self._infos(conditions=conditions, limit=limit, offset=offset)

    def _infos(
        self,
        source_id: str | None = None,
        session: Session | None = None,
        *,
        conditions: Iterable[ColumnElement[bool]] = (),
        limit: int | None = None,
        offset: int = 0,
    ) -> list[SourceInfo]:
        counts = (
            select(StatementRow.source_id, func.count().label("n"))
            .group_by(StatementRow.source_id)
            .subquery()
        )
        query = (
            select(SourceRow, func.coalesce(counts.c.n, 0), func.length(SourceRow.text))
            .outerjoin(counts, counts.c.source_id == SourceRow.id)
            .where(*conditions)
            .order_by(*_SOURCE_ORDER)
            .offset(offset)
            .limit(limit)
        )
        if source_id is not None:
            query = query.where(SourceRow.id == source_id)
        if session is not None:
            return self._info_rows(session, query)
        with self._sessions() as session:
            return self._info_rows(session, query)

    @staticmethod
    def _info_rows(session: Session, query: Select[Any]) -> list[SourceInfo]:
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
        self, *, limit: int | None = None, offset: int = 0, **filters: Unpack[StatementFilters]
    ) -> list[StoredStatement]:
        """Stored statements in source and text order, filtered.

        ``actor``, ``about`` and ``event`` match codes exactly (case-insensitive input);
        ``speaker`` and ``text`` match any part of the speaker's name or the statement's
        text, ignoring case (through a search index); ``source`` is a source id, id prefix
        or name; ``stance`` is support/oppose/mixed; ``since``/``until``
        bound the source's publication day (inclusive, in UTC); ``ids`` keeps only those
        statements (see :class:`StatementFilters`); ``limit``/``offset`` page the result.
        """
        conditions = _statement_conditions(filters, fts=self._fts)
        query = _statements_select(conditions)
        with self._sessions() as session:
            if limit is not None:
                # A page: find the few sources it falls in from per-source counts (cheap,
                # one row per source), so only their statements are sorted, not all of them.
                window = _page_window(session, conditions, limit, offset)
                if window is None:
                    return []
                sources, offset = window
                query = query.where(StatementRow.source_id.in_(sources))
            query = query.order_by(*_SOURCE_ORDER, StatementRow.seq).offset(offset).limit(limit)
            return [_stored(row, name) for row, name in session.execute(query)]

    def statements_query(self, **filters: Unpack[StatementFilters]) -> Select[StatementRow, str]:
        """The SELECT behind :meth:`statements` (statement rows and source names), unpaged."""
        conditions = _statement_conditions(filters, fts=self._fts)
        return _statements_select(conditions).order_by(*_SOURCE_ORDER, StatementRow.seq)

    def export_rows(self, since: date | None = None) -> Iterator[ExportRow]:
        """Every stored statement with its source's metadata and the sentence it stands in,
        in source and text order, for :mod:`parley.export_formats`.

        One query, streamed: the export sees one consistent state of the database however
        long it runs. ``since`` keeps sources published on or after that day (undated
        sources are left out then). The sentence comes from a window of the source text
        around the statement, cut by the database, so long sources are never loaded whole.
        """
        window = case(
            (StatementRow.start > EXPORT_CONTEXT, StatementRow.start - EXPORT_CONTEXT), else_=0
        )
        st = StatementRow
        context = func.substr(SourceRow.text, window + 1, st.end - window + EXPORT_CONTEXT)
        query = (
            select(
                st.id,
                st.source_id,
                *(getattr(st, name) for name in ROW_FIELDS),
                SourceRow.name,
                SourceRow.title,
                SourceRow.url,
                SourceRow.outlet,
                SourceRow.published,
                SourceRow.published_iso,
                window.label("window"),
                context.label("context"),
            )
            .join(SourceRow)
            .where(*_day_bounds(since, None))
            .order_by(*_SOURCE_ORDER, st.seq)
            .execution_options(yield_per=1000)
        )
        try:
            with self._sessions() as session:
                fields = itemgetter(*ROW_FIELDS)  # in the declared order, after the source
                for row in session.execute(query):
                    statement = Statement(row.name, *fields(row._mapping))
                    statement.targets = list(statement.targets or [])
                    offset = row.window
                    yield ExportRow(
                        statement=statement,
                        statement_id=row.id,
                        source_id=row.source_id,
                        title=row.title,
                        url=row.url,
                        outlet=row.outlet,
                        published=(
                            datetime.fromisoformat(row.published_iso)
                            if row.published_iso
                            else row.published
                        ),
                        sentence=sentence_around(
                            row.context or "", row.start - offset, row.end - offset
                        ),
                    )
        except SQLAlchemyError as exc:
            raise self._storage_error("could not read the database", exc) from exc

    def count_statements(self, **filters: Unpack[StatementFilters]) -> int:
        """How many statements :meth:`statements` returns with these filters and no limit."""
        conditions = _statement_conditions(filters, fts=self._fts)
        query = select(func.count(StatementRow.id)).join(SourceRow).where(*conditions)
        with self._sessions() as session:
            return int(session.scalar(query) or 0)

    def statement(self, statement_id: int) -> StoredStatement | None:
        """One stored statement by its id."""
        query = _statements_select([StatementRow.id == statement_id])
        with self._sessions() as session:
            found = session.execute(query).first()
            if found is None:
                return None
            row, name = found
            return _stored(row, name)

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
            with self._writes.begin() as session:
                return plan_store.add_plan(session, plan, path=path)
        except SQLAlchemyError as exc:
            raise self._storage_error(f"could not store the plan {plan.ref}", exc) from exc

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

    # ------------------------------------------------------------------ positions
    # The positions layer (parley.positions.api): links, positions, consultations,
    # timelines and scenarios, derived from the statements and the plans.

    def refresh_links(self) -> RefreshReport:
        """Link statements to plans and points where not done yet (see parley.plans.links)."""
        return _positions_api().refresh_links(self)

    def links(self, statement_id: int | None = None, plan: str | None = None) -> list[Link]:
        """Derived links of statements to plans and points, with method, score and reason."""
        return _positions_api().links(self, statement_id=statement_id, plan=plan)

    def decide_link(
        self, statement_id: int, point: str, decision: Decision, plan: str | None = None
    ) -> tuple[Plan, str | None]:
        """Confirm or reject a link (kept apart from derived links, survives re-extraction)."""
        return _positions_api().decide_link(self, statement_id, point, decision, plan=plan)

    def positions(
        self, plan: str | None = None, actor: str | None = None, point: str | None = None
    ) -> list[Position]:
        """Each actor's position on each plan version and point, with evidence and status."""
        return _positions_api().positions(self, plan=plan, actor=actor, point=point)

    def consultations(self, plan: str | None = None) -> list[Consultation]:
        """Who gave, received, discussed, was briefed on or left out of which plan version."""
        return _positions_api().consultations(self, plan=plan)

    def timeline(
        self, actor: str, plan: str | None = None, point: str | None = None
    ) -> list[TimelineEntry]:
        """An actor's stance over time with the statements that moved it."""
        return _positions_api().actor_timeline(self, actor, plan=plan, point=point)

    def scenario(
        self, plan: str, parties: list[str] | None = None, overrides: dict[str, Any] | None = None
    ) -> DerivedScenario:
        """A scenario for parley.analysis from the positions on one plan version."""
        return _positions_api().scenario(self, plan, parties, overrides)

    # ------------------------------------------------------------------ feeds (parley watch)

    def feed_items_seen(self, feed_url: str, keys: Iterable[str]) -> set[str]:
        """Which of ``keys`` (item keys of the feed at ``feed_url``) are settled already."""
        wanted = list(keys)
        with self._sessions() as session:
            query = select(FeedItemRow.item_key).where(
                FeedItemRow.feed_url == feed_url, FeedItemRow.item_key.in_(wanted)
            )
            return set(session.scalars(query))

    def mark_feed_item(
        self,
        feed_url: str,
        key: str,
        status: ItemStatus,
        *,
        link: str | None = None,
        source_id: str | None = None,
        error: str | None = None,
    ) -> bool:
        """Remember a feed item as settled; False when it was already (another watcher)."""
        row = FeedItemRow(
            feed_url=feed_url, item_key=key, link=link, status=status.value,
            source_id=source_id, error=error, seen_at=datetime.now(UTC),
        )  # fmt: skip
        try:
            with self._writes.begin() as session:
                session.add(row)
        except IntegrityError:
            return False
        except SQLAlchemyError as exc:
            raise StorageError(f"could not remember the feed item: {exc}", path=feed_url) from exc
        return True


def _positions_api() -> Any:  # the module, imported late
    from parley.positions import api  # imported late: it imports this module

    return api


_SOURCE_ORDER = (SourceRow.published.is_(None), SourceRow.published, SourceRow.name, SourceRow.id)


def _page_window(
    session: Session, conditions: list[ColumnElement[bool]], limit: int, offset: int
) -> tuple[list[str], int] | None:
    """The sources holding rows offset..offset+limit of the filtered statements, and the
    offset of the first of those rows within them; None when the page is past the end."""
    counts = session.execute(
        select(SourceRow.id, func.count(StatementRow.id))
        .join(StatementRow, StatementRow.source_id == SourceRow.id)
        .where(*conditions)
        .group_by(SourceRow.id)
        .order_by(*_SOURCE_ORDER)
    )
    before, taken = 0, 0
    wanted: list[str] = []
    for source_id, n in counts:
        if not wanted and before + n <= offset:
            before += n
            continue
        wanted.append(source_id)
        taken += n
        if before + taken >= offset + limit:
            break
    return (wanted, offset - before) if wanted else None


def _stored(row: StatementRow, name: str) -> StoredStatement:
    values = {field: getattr(row, field) for field in ROW_FIELDS}
    values["targets"] = list(values["targets"] or [])
    return StoredStatement(id=row.id, source=name, source_id=row.source_id, **values)


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


def _statements_select(conditions: list[ColumnElement[bool]]) -> Select[StatementRow, str]:
    """Statement rows with their source names, filtered, in no order."""
    return select(StatementRow, SourceRow.name).join(SourceRow).where(*conditions)


def _statement_conditions(
    filters: StatementFilters, *, fts: bool = False
) -> list[ColumnElement[bool]]:
    """The WHERE of a statement query; ``fts``: search through SQLite's FTS5 table."""
    unknown = filters.keys() - StatementFilters.__annotations__.keys()
    if unknown:
        raise TypeError(f"unknown statement filter(s): {', '.join(sorted(unknown))}")
    actor, about, event = filters.get("actor"), filters.get("about"), filters.get("event")
    speaker, text, source = filters.get("speaker"), filters.get("text"), filters.get("source")
    stance, ids = filters.get("stance"), filters.get("ids")
    conditions = _day_bounds(filters.get("since"), filters.get("until"))
    if actor:
        conditions.append(StatementRow.actor == actor.upper())
    if about:
        conditions.append(StatementRow.about == about.upper())
    if event:
        conditions.append(StatementRow.event == event.upper())
    if speaker:
        conditions.append(contains(StatementRow.speaker, speaker, rowid=StatementRow.id, fts=fts))
    if text:
        conditions.append(contains(StatementRow.text, text, rowid=StatementRow.id, fts=fts))
    if source:
        conditions.append(_source_matches(source))
    if stance:
        conditions.append(StatementRow.stance == stance.lower())
    if ids is not None:
        conditions.append(StatementRow.id.in_(list(ids)))
    return conditions


def _absolute_date(value: datetime | date | str | None, key: str) -> datetime | None:
    try:
        return read_published(value)
    except RelativeDateWarning:
        problem = f"the date {value!r} is relative or incomplete; give an absolute date"
    except ParleyWarning:
        problem = f"cannot read the date {value!r}; give a date such as 2025-11-23"
    raise BadDateError(problem, path=key)


def _find_source(session: Session, key: str) -> SourceRow:
    """The stored source with this id, unique id prefix or name; UnknownSourceError if none."""
    row = session.get(SourceRow, key)
    if row is not None:
        return row
    rows = session.scalars(select(SourceRow).where(_source_matches(key)).limit(6)).all()
    if len(rows) == 1:
        return rows[0]
    if not rows:
        raise UnknownSourceError("no stored source with this id, id prefix or name", path=key)
    ids = ", ".join(row.id[:12] for row in rows[:5])
    raise UnknownSourceError(f"several stored sources match ({ids}); give more of the id", path=key)


def driver_message(exc: BaseException) -> str:
    """The database driver's own words for ``exc``: no SQL, no parameters, one line."""
    orig = getattr(exc, "orig", None)
    text = str(orig) if orig is not None else str(exc)
    text = text.split("\n[SQL:", 1)[0].split("\n(Background on this error", 1)[0]
    line = " ".join(text.split())
    return line or type(exc).__name__


_DRIVER_EXTRAS = {"postgresql": "postgres"}


def _driver_hint(url: str) -> str:
    backend = make_url(url).get_backend_name()
    extra = _DRIVER_EXTRAS.get(backend)
    if extra:
        return f"install it with: pip install 'parley[{extra}]'"
    return f"install the driver for {backend}"


def failed_file(exc: BaseException, path: Path) -> ParleyError:
    """An unexpected exception met on one file, as that file's one-line coded error."""
    if isinstance(exc, ParleyError):
        return exc
    detail = " ".join(str(exc).split())[:200]
    return ExtractionFailedError(
        f"could not read or extract this file ({type(exc).__name__}"
        f"{': ' + detail if detail else ''}); this is a bug in parley, please report it",
        path=str(path),
    )


def _database_exists(url: str) -> bool:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return True  # servers create nothing by connecting; in-memory is always new
    path = parsed.database
    if parsed.query.get("uri") == "true" and path.startswith("file:"):  # sqlite:///file:x?mode=ro
        path = path.removeprefix("file:").split("?")[0]
    return Path(path).exists()


def _source_row(source: Source) -> SourceRow:
    return SourceRow(**_source_values(source, datetime.now(UTC)))


def _source_values(source: Source, added_at: datetime) -> dict[str, Any]:
    """A source's row values (attribute and column names are the same), for the ORM row
    and for a Core INSERT."""
    return {
        "id": source.id,
        "name": source.name,
        "format": source.format,
        "title": source.title,
        "url": source.url,
        "outlet": source.outlet,
        "published": source.published,
        "published_iso": source.published.isoformat() if source.published else None,
        "path": source.path,
        "text": source.text,
        "extra": dict(source.extra),
        "added_at": added_at,
    }


# Statement attributes whose column has another name ("start"/"end" are reserved in SQL).
_COLUMN_OF = {field: getattr(StatementRow, field).property.columns[0].key for field in ROW_FIELDS}
_ATTRIBUTE_OF = {field: field for field in ROW_FIELDS}


def _statement_rows(source_id: str, statements: list[Statement]) -> list[StatementRow]:
    return [StatementRow(**values) for values in _statement_values(source_id, statements)]


def _statement_values(
    source_id: str, statements: list[Statement], keys: dict[str, str] = _ATTRIBUTE_OF
) -> list[dict[str, Any]]:
    """The statements' rows, keyed by attribute name (ORM rows) or, with ``keys=_COLUMN_OF``,
    by column name (a Core INSERT)."""
    out = []
    for seq, st in enumerate(statements):
        values = {key: getattr(st, field) for field, key in keys.items()}
        values[keys["targets"]] = list(st.targets)
        values["source_id"] = source_id
        values["seq"] = seq
        out.append(values)
    return out


def _published(row: SourceRow) -> datetime | None:
    # The ISO string keeps the offset the source gave; the UTC column is for sorting.
    if row.published_iso:
        return datetime.fromisoformat(row.published_iso)
    return row.published


def _source_matches(key: str) -> ColumnElement[bool]:
    """A source by id, by name, or by an id prefix of at least 6 hex digits (as git does)."""
    condition = (SourceRow.id == key) | (SourceRow.name == key)
    if _ID_PREFIX.fullmatch(key):
        condition = condition | SourceRow.id.like(like_escape(key.lower()) + "%", escape="\\")
    return condition


def _one_or_none(session: Session, query: Select[Any]) -> Any:
    rows = session.scalars(query.limit(2)).all()
    return rows[0] if len(rows) == 1 else None
