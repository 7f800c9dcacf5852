"""Typed rows of the positions layer: links, claims, positions, consultations."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from parley.extract.model import Stance


class Basis(StrEnum):
    FIRST_HAND = "first-hand"  # the actor's own words (its speaker stands for it)
    HEARSAY = "hearsay"  # another actor reports the position (statement ``about``)


class Status(StrEnum):
    STATED = "stated"  # first-hand, and nobody claimed otherwise before
    UNCONFIRMED = "unconfirmed"  # hearsay only, one outlet
    CORROBORATED = "corroborated"  # hearsay, two or more independent outlets
    CONFIRMED = "confirmed"  # hearsay, then the actor said the same first-hand
    CONTRADICTED = "contradicted"  # hearsay, then the actor said otherwise first-hand


class Verification(StrEnum):
    UNVERIFIED = "unverified by the outlet"


class LinkMethod(StrEnum):
    EXPLICIT = "explicit"  # "point 7", "paragraph 12"
    NUMBER = "number"  # a figure that one point holds ("the 600,000 cap")
    REFERENCE = "reference"  # "the clause on NATO membership", "the amnesty"
    SIMILARITY = "similarity"  # term overlap with the point's text
    PLAN = "plan"  # the statement names the plan as a whole
    CONTEXT = "context"  # a stance in a source about the plan, no words of its own
    ANALYST = "analyst"  # confirmed by hand


class Decision(StrEnum):
    CONFIRM = "confirm"
    REJECT = "reject"


class ConsultationKind(StrEnum):
    RECEIVED = "received"  # `to` got the text from `from` (however the sentence puts it)
    BRIEFED = "briefed"  # `from` briefed `to`
    DISCUSSED = "discussed"  # `from` and `to` discussed it
    NOT_DISCUSSED = "not discussed"  # the sentence denies a discussion between them
    LEFT_OUT = "left out"  # `to` was excluded by `from`


@dataclass(frozen=True, slots=True)
class Link:
    """A statement linked to a plan version, to one of its points or (point None) to all of it."""

    statement_id: int
    plan: str  # NAME@VERSION
    point: str | None
    method: LinkMethod
    score: float
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "statement": self.statement_id,
            "plan": self.plan,
            "point": self.point,
            "method": self.method.value,
            "score": round(self.score, 3),
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class Claim:
    """One statement read as a position of ``actor`` on a plan (point None) or a point."""

    statement_id: int
    actor: str  # whose position it is
    speaker_actor: str | None  # who said it (differs from actor for hearsay)
    speaker: str | None
    stance: Stance
    basis: Basis
    plan: str
    point: str | None
    quote: str
    source_id: str
    source: str
    outlet: str | None
    url: str | None
    published: datetime | None
    event: str | None = None
    link: Link | None = None
    caveat: str | None = None  # the outlet's own caveat in that source, if any

    @property
    def outlet_key(self) -> str:
        """What makes two reports independent: the outlet, else the URL's host, else the source."""
        if self.outlet:
            return self.outlet.strip().lower()
        if self.url:
            host = self.url.split("//", 1)[-1].split("/", 1)[0].lower()
            return host.removeprefix("www.")
        return self.source_id

    def evidence(self) -> Evidence:
        return Evidence(
            statement=self.statement_id,
            quote=self.quote,
            source=self.source,
            source_id=self.source_id,
            outlet=self.outlet,
            date=self.published,
            speaker=self.speaker,
            speaker_actor=self.speaker_actor,
            basis=self.basis,
            stance=self.stance,
            link=self.link,
            caveat=self.caveat,
        )


@dataclass(frozen=True, slots=True)
class Evidence:
    statement: int
    quote: str
    source: str
    source_id: str
    outlet: str | None
    date: datetime | None
    speaker: str | None
    speaker_actor: str | None
    basis: Basis
    stance: Stance
    link: Link | None = None
    caveat: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "statement": self.statement,
            "quote": self.quote,
            "source": self.source,
            "source_id": self.source_id,
            "outlet": self.outlet,
            "date": _iso(self.date),
            "speaker": self.speaker,
            "speaker_actor": self.speaker_actor,
            "basis": self.basis.value,
            "stance": self.stance.value,
            "link": None
            if self.link is None
            else {
                "method": self.link.method.value,
                "score": round(self.link.score, 3),
                "reason": self.link.reason,
            },  # fmt: skip
            "caveat": self.caveat,
        }


@dataclass(frozen=True, slots=True)
class Step:
    """One moment of a position's history: the stance the statements of one source gave it.

    ``claims`` are that source's claims in text order; statement ids, quotes and
    reporters are read from them when asked for (most steps are never printed).
    """

    date: datetime | None
    stance: Stance
    basis: Basis
    source: str
    claims: tuple[Claim, ...] = ()

    @property
    def statements(self) -> tuple[int, ...]:
        return tuple(c.statement_id for c in self.claims)

    @property
    def quotes(self) -> tuple[str, ...]:
        return tuple(c.quote for c in self.claims)

    @property
    def reported_by(self) -> tuple[str, ...]:
        if self.basis is not Basis.HEARSAY:
            return ()
        return tuple(sorted({c.speaker_actor for c in self.claims if c.speaker_actor}))

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": _iso(self.date),
            "stance": self.stance.value,
            "basis": self.basis.value,
            "reported_by": list(self.reported_by),
            "statements": list(self.statements),
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class Position:
    actor: str
    plan: str
    point: str | None
    stance: Stance
    basis: Basis
    reported_by: tuple[str, ...]
    status: Status
    since: datetime | None
    evidence: tuple[Evidence, ...]
    verification: Verification | None = None
    history: tuple[Step, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "plan": self.plan,
            "point": self.point,
            "stance": self.stance.value,
            "basis": self.basis.value,
            "reported_by": list(self.reported_by),
            "status": self.status.value,
            "verification": self.verification.value if self.verification else None,
            "since": _iso(self.since),
            "evidence": [e.to_dict() for e in self.evidence],
            "history": [s.to_dict() for s in self.history],
        }


@dataclass(frozen=True, slots=True)
class Consultation:
    """One pair of actors and what passed between them about one plan."""

    from_actor: str
    to_actor: str
    kind: ConsultationKind
    plan: str | None
    date: datetime | None
    evidence: tuple[int, ...]
    quotes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "from": self.from_actor,
            "to": self.to_actor,
            "kind": self.kind.value,
            "plan": self.plan,
            "date": _iso(self.date),
            "evidence": [
                {"statement": s, "quote": q}
                for s, q in zip(self.evidence, self.quotes, strict=False)
            ],
        }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None
