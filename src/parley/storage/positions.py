"""Tables of the positions layer: derived links and caveats, and the analyst's decisions.

``statement_links``, ``source_caveats`` and ``linked_sources`` are derived data,
recomputed when statements or plans change (parley.positions.store). ``link_decisions``
is the analyst's: keyed by what survives re-extraction (the source id, the character
span and a hash of the statement's text, the plan's name and version and the point
number), never by a statement row id, with no foreign key that could cascade it away.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from parley.storage.models import Base, UTCDateTime

WHOLE_PLAN = ""  # the point column of a link or decision about the plan as a whole


class StatementLinkRow(Base):
    __tablename__ = "statement_links"
    __table_args__ = (
        Index("ix_statement_links_plan", "plan_id", "point"),
        Index("ix_statement_links_statement", "statement_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    statement_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("statements.id", ondelete="CASCADE")
    )
    plan_id: Mapped[int] = mapped_column(Integer, ForeignKey("plans.id", ondelete="CASCADE"))
    point: Mapped[str] = mapped_column(String(16), default=WHOLE_PLAN)
    method: Mapped[str] = mapped_column(String(16))
    score: Mapped[float] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text)


class SourceCaveatRow(Base):
    __tablename__ = "source_caveats"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("sources.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column("start_char", Integer)
    end: Mapped[int] = mapped_column("end_char", Integer)
    text: Mapped[str] = mapped_column(Text)


class LinkedSourceRow(Base):
    """A source whose statements have been linked against the plans of ``plans_key``."""

    __tablename__ = "linked_sources"

    source_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True
    )
    plans_key: Mapped[str] = mapped_column(String(64))


class LinkDecisionRow(Base):
    __tablename__ = "link_decisions"
    __table_args__ = (
        UniqueConstraint(
            "source_id",
            "start_char",
            "end_char",
            "text_hash",
            "plan_name",
            "plan_version",
            "point",
            name="uq_link_decisions_key",
        ),  # fmt: skip
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_id: Mapped[str] = mapped_column(String(64), index=True)
    start: Mapped[int] = mapped_column("start_char", Integer)
    end: Mapped[int] = mapped_column("end_char", Integer)
    text_hash: Mapped[str] = mapped_column(String(64))
    plan_name: Mapped[str] = mapped_column(String(128))
    plan_version: Mapped[str] = mapped_column(String(128))
    point: Mapped[str] = mapped_column(String(16), default=WHOLE_PLAN)
    decision: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime)
