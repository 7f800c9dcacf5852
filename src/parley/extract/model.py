"""The statement record of shared/spec/statements.md, as a dataclass.

:class:`Statement` is the one declaration of the statement schema: the database table
(:class:`parley.storage.models.StatementRow`), the stored form
(:class:`parley.record.StoredStatement`), the exports and the web API derive their fields
from it or are checked against it (tests/test_schema.py).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from typing import Any


class EventType(StrEnum):
    """PLOVER event type of what a statement says."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class Stance(StrEnum):
    """Stance toward the plan or proposal under discussion."""

    SUPPORT = "support"
    OPPOSE = "oppose"
    MIXED = "mixed"

    @property
    def sign(self) -> int:
        return {Stance.SUPPORT: 1, Stance.OPPOSE: -1, Stance.MIXED: 0}[self]


# The codes as plain strings, in the spec's order (for options, forms and messages).
EVENT_TYPES: tuple[str, ...] = tuple(e.value for e in EventType)
STANCES: tuple[str, ...] = tuple(s.value for s in Stance)


@dataclass(slots=True)
class Statement:
    """One attributed piece of reported speech in a source text.

    ``start``/``end`` are character offsets of ``text`` in the source text as read
    (``end`` exclusive), so ``source_text[start:end] == text`` always holds. ``event``
    and ``stance`` may be given as the spec's strings; they are kept as enums.
    """

    source: str
    start: int
    end: int
    text: str
    direct: bool
    cue: str
    speaker: str | None
    actor: str | None
    event: EventType | None = None
    targets: list[str] = field(default_factory=list)
    stance: Stance | None = None
    about: str | None = None

    def __post_init__(self) -> None:
        if self.event is not None and not isinstance(self.event, EventType):
            self.event = EventType(self.event)
        if self.stance is not None and not isinstance(self.stance, Stance):
            self.stance = Stance(self.stance)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> Statement:
        return cls(**{k: row[k] for k in STATEMENT_FIELDS if k in row})


# The statement's field names in the spec's order.
STATEMENT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Statement))
