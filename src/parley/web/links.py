"""What the record knows about a statement beyond its own fields: the plan points it is
linked to (with the analyst's decisions) and the status of the positions it is evidence for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from parley.positions import api as positions_api
from parley.positions.model import Decision, LinkMethod
from parley.record import Record, StoredStatement


@dataclass(frozen=True, slots=True)
class PointLink:
    plan: str
    point: str | None
    method: LinkMethod
    score: float
    reason: str
    decision: Decision | None = None  # None: not reviewed

    @property
    def target(self) -> str:
        """How ``parley link confirm`` names it: NAME@VERSION:POINT or NAME@VERSION."""
        return f"{self.plan}:{self.point}" if self.point else self.plan


@dataclass(slots=True)
class StatementDetail:
    # "unconfirmed", "confirmed", ... of the positions the statement is evidence for
    statuses: list[str] = field(default_factory=list)
    links: list[PointLink] = field(default_factory=list)

    @property
    def status(self) -> str | None:
        return "; ".join(self.statuses) or None


def details(
    record: Record,
    statements: Sequence[StoredStatement],
    positions: Callable[[str], Sequence[Any]] | None = None,
) -> dict[int, StatementDetail]:
    """``positions(actor)`` gives an actor's positions (default: ``record.positions``)."""
    positions_of = positions or (lambda actor: record.positions(actor=actor))
    out = {st.id: StatementDetail() for st in statements}
    if not statements:
        return out
    decided = positions_api.decisions(record, statements)
    derived = positions_api.statement_links(record, [st.id for st in statements])
    for st in statements:
        seen = set()
        for link in derived[st.id]:
            key = (st.id, link.plan, link.point)
            seen.add(key)
            decision = decided.get(key)
            out[st.id].links.append(
                PointLink(
                    link.plan, link.point, link.method, link.score, link.reason, decision,
                )
            )  # fmt: skip
        for (sid, plan, point), decision in decided.items():
            if sid == st.id and (sid, plan, point) not in seen:
                out[st.id].links.append(
                    PointLink(plan, point, LinkMethod.ANALYST, 1.0, "linked by hand", decision)
                )
    wanted = {st.id for st in statements}
    actors = sorted({code for st in statements for code in (st.actor, st.about) if code})
    for actor in actors:
        for position in positions_of(actor):
            where = position.plan + (f" point {position.point}" if position.point else "")
            label = f"{position.status.value} ({position.actor} on {where})"
            for evidence in position.evidence:
                if evidence.statement in wanted and label not in out[evidence.statement].statuses:
                    out[evidence.statement].statuses.append(label)
    return out
