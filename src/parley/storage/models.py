"""Tables of the record: sources, the statements extracted from them, and plans.

Nothing here is SQLite-only: JSON is ``sqlalchemy.JSON`` (JSON/JSONB on PostgreSQL),
times go through :class:`UTCDateTime`. Changing a table means a new Alembic revision
in ``parley/storage/migrations/versions``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from parley.extract.model import STATEMENT_FIELDS, EventType, Stance


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as UTC and read back aware (SQLite drops zones otherwise).

    The original offset is kept beside it, in an ISO 8601 string column.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None or value.tzinfo is None:
            return value
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None or value.tzinfo is not None:
            return value
        return value.replace(tzinfo=UTC)


class EnumCode(TypeDecorator[StrEnum]):
    """A string enum kept as its value in a plain VARCHAR (no CHECK, no native type: the
    column is what it was as a string) and read back as the enum."""

    impl = String
    cache_ok = True

    def __init__(self, enum: type[StrEnum], length: int) -> None:
        super().__init__(length)
        self.enum = enum
        self._members: dict[str, StrEnum] = {m.value: m for m in enum}  # faster than enum(v)

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else str(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> StrEnum | None:
        if value is None:
            return None
        member = self._members.get(value)
        return member if member is not None else self.enum(value)  # ValueError names it


class Base(DeclarativeBase):
    pass


class SourceRow(Base):
    """One stored article, identified by the sha256 of its normalised text."""

    __tablename__ = "sources"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(512), index=True)
    format: Mapped[str] = mapped_column(String(16))
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(256))
    # `published` is UTC for ordering and filtering; `published_iso` keeps the zone as written.
    # A publication time without a zone is stored as given, with no offset in the ISO string.
    published: Mapped[datetime | None] = mapped_column(UTCDateTime)
    published_iso: Mapped[str | None] = mapped_column(String(64))
    path: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)

    statements: Mapped[list[StatementRow]] = relationship(
        back_populates="source_row",
        cascade="all, delete-orphan",
        order_by="StatementRow.seq",
    )


class StatementRow(Base):
    """One statement of shared/spec/statements.md, with its place in the source text."""

    __tablename__ = "statements"
    __table_args__ = (
        UniqueConstraint("source_id", "seq", name="uq_statements_source_seq"),
        Index("ix_statements_actor", "actor"),
        Index("ix_statements_about", "about"),
        Index("ix_statements_speaker", "speaker"),
        Index("ix_statements_event", "event"),
        Index("ix_statements_source_id", "source_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_id: Mapped[str] = mapped_column(String(64), ForeignKey("sources.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)  # order within the source
    # "start"/"end" are reserved words in SQL; the columns get plain names.
    start: Mapped[int] = mapped_column("start_char", Integer)
    end: Mapped[int] = mapped_column("end_char", Integer)
    text: Mapped[str] = mapped_column(Text)
    direct: Mapped[bool] = mapped_column(Boolean)
    cue: Mapped[str] = mapped_column(String(128))
    speaker: Mapped[str | None] = mapped_column(String(256))
    actor: Mapped[str | None] = mapped_column(String(32))
    event: Mapped[EventType | None] = mapped_column(EnumCode(EventType, 32))
    targets: Mapped[list[str]] = mapped_column(JSON, default=list)
    stance: Mapped[Stance | None] = mapped_column(EnumCode(Stance, 16))
    about: Mapped[str | None] = mapped_column(String(32))

    source_row: Mapped[SourceRow] = relationship(back_populates="statements")


# The statement's fields that its row holds, as attributes of the same names (the source is
# the row's ``source_id``); tests/test_schema.py checks the columns against the dataclass.
ROW_FIELDS: tuple[str, ...] = tuple(name for name in STATEMENT_FIELDS if name != "source")


class PlanRow(Base):
    """One version of a plan (``name@version``), with the plan version it answers."""

    __tablename__ = "plans"
    __table_args__ = (
        UniqueConstraint("name", "version", name="uq_plans_name_version"),
        Index("ix_plans_name", "name"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(128))
    version: Mapped[str] = mapped_column(String(128))
    proposer: Mapped[str | None] = mapped_column(String(32))
    date: Mapped[date | None] = mapped_column(Date)
    answers_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("plans.id", ondelete="SET NULL")
    )
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(256))
    reported_by: Mapped[list[str]] = mapped_column(JSON, default=list)
    text: Mapped[str] = mapped_column(Text)
    preamble: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[list[str]] = mapped_column(JSON, default=list)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)

    points: Mapped[list[PlanPointRow]] = relationship(
        back_populates="plan_row",
        cascade="all, delete-orphan",
        order_by="PlanPointRow.seq",
    )
    answers_row: Mapped[PlanRow | None] = relationship(remote_side=[id])


class PlanPointRow(Base):
    """One numbered point of a plan version, in the plan's order (``seq``)."""

    __tablename__ = "plan_points"
    __table_args__ = (
        UniqueConstraint("plan_id", "number", name="uq_plan_points_plan_number"),
        Index("ix_plan_points_plan_id", "plan_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    plan_id: Mapped[int] = mapped_column(Integer, ForeignKey("plans.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    items: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[list[str]] = mapped_column(JSON, default=list)

    plan_row: Mapped[PlanRow] = relationship(back_populates="points")


class FeedItemRow(Base):
    """An item of an RSS/Atom feed that ``parley watch`` has dealt with (so it is not again).

    ``item_key`` is the item's id (guid), else its link. ``status`` is ``added`` or
    ``present`` (its page went in as ``source_id``) or ``failed`` (a permanent error:
    ``error`` holds its code); items that failed for a passing reason are not recorded.
    """

    __tablename__ = "feed_items"
    __table_args__ = (UniqueConstraint("feed_url", "item_key", name="uq_feed_items_feed_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    feed_url: Mapped[str] = mapped_column(Text)
    item_key: Mapped[str] = mapped_column(Text)
    link: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    error: Mapped[str | None] = mapped_column(String(16))
    source_id: Mapped[str | None] = mapped_column(
        String(64), ForeignKey("sources.id", ondelete="SET NULL")
    )
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
