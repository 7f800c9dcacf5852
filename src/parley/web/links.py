"""What the record knows about a statement beyond its own fields: links and confirmation.

Filled from :mod:`parley.positions` where it is installed in this record (statement
to plan point links, the status of hearsay); empty otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from parley.record import Record, StoredStatement


@dataclass(frozen=True, slots=True)
class PointLink:
    plan: str
    point: str | None
    method: str
    score: float
    decision: str | None = None  # "confirmed", "rejected" or None (not reviewed)


@dataclass(slots=True)
class StatementDetail:
    status: str | None = None  # hearsay: unconfirmed / confirmed / contradicted / corroborated
    links: list[PointLink] = field(default_factory=list)


def details(record: Record, statements: Sequence[StoredStatement]) -> dict[int, StatementDetail]:
    out = {st.id: StatementDetail() for st in statements}
    for st in statements:
        if st.about:
            out[st.id].status = "not assessed"
    return out
