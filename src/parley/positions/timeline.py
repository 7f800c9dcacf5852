"""An actor's stance over time: each report that spoke to a plan or point, and what it moved."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from parley.positions.model import Basis, Position, Stance


class Move(StrEnum):
    FIRST = "first"  # the first report on this plan or point
    CHANGED = "changed"  # the stance differs from the one before
    SAME = "same"  # the stance holds


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    actor: str
    plan: str
    point: str | None
    date: datetime | None
    stance: Stance
    basis: Basis
    reported_by: tuple[str, ...]
    move: Move
    source: str
    statements: tuple[int, ...]
    quotes: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "plan": self.plan,
            "point": self.point,
            "date": self.date.isoformat() if self.date else None,
            "stance": self.stance.value,
            "basis": self.basis.value,
            "reported_by": list(self.reported_by),
            "move": self.move.value,
            "source": self.source,
            "statements": list(self.statements),
            "quotes": list(self.quotes),
        }


def timeline(positions: Iterable[Position]) -> list[TimelineEntry]:
    """The history of each position, flattened and sorted by date (undated first)."""
    out: list[TimelineEntry] = []
    for position in positions:
        previous: Stance | None = None
        for step in position.history:
            move = (
                Move.FIRST
                if previous is None
                else (Move.SAME if step.stance is previous else Move.CHANGED)
            )
            previous = step.stance
            out.append(
                TimelineEntry(
                    actor=position.actor,
                    plan=position.plan,
                    point=position.point,
                    date=step.date,
                    stance=step.stance,
                    basis=step.basis,
                    reported_by=step.reported_by,
                    move=move,
                    source=step.source,
                    statements=step.statements,
                    quotes=step.quotes,
                )
            )
    out.sort(key=lambda e: (e.date or datetime.min.replace(tzinfo=UTC), e.plan, e.point or ""))
    return out
