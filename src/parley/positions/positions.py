"""Where each actor stands on each point of a plan, from the claims the record holds.

Rules (docs/positions.md):

* A statement is a **first-hand** claim of its speaker's actor, or, when it reports
  another party's position (``about``), a **hearsay** claim about that party,
  ``reported_by`` the speaker's actor.
* Claims are grouped by source (one report, one moment). A group's stance is the
  weighted majority of its claims (weight: the link's score): support or oppose
  when it holds at least :data:`MAJORITY` of the weight, else mixed.
* First-hand outranks hearsay: when the actor has spoken for itself, the newest
  first-hand group gives the stance, and any hearsay about it becomes
  ``confirmed`` (same stance) or ``contradicted`` (another stance). Without
  hearsay the status is ``stated``.
* Hearsay alone: the newest hearsay group gives the stance; ``corroborated`` when
  two or more independent outlets report that stance, else ``unconfirmed``.
* A later group outranks an earlier one; every group stays in ``history``.
* ``since`` is the date of the first group of the run that led to the current stance.
* When every source behind the current stance carries the outlet's own caveat,
  the position is marked ``unverified by the outlet``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime

from parley.positions.model import (
    Basis,
    Claim,
    Position,
    Stance,
    Status,
    Step,
    Verification,
)

MAJORITY = 2 / 3


def derive_positions(claims: Iterable[Claim]) -> list[Position]:
    """One position per (actor, plan, point) the claims speak to, sorted by plan, point, actor."""
    groups: dict[tuple[str, str, str | None], list[Claim]] = defaultdict(list)
    for claim in claims:
        groups[(claim.actor, claim.plan, claim.point)].append(claim)
    out = [position_of(key, items) for key, items in groups.items()]
    out.sort(key=lambda p: (p.plan, _point_key(p.point), p.actor))
    return out


def position_of(key: tuple[str, str, str | None], claims: list[Claim]) -> Position:
    actor, plan, point = key
    first = [c for c in claims if c.basis is Basis.FIRST_HAND]
    hearsay = [c for c in claims if c.basis is Basis.HEARSAY]
    history = _history(claims)
    reported_by = tuple(sorted({c.speaker_actor for c in hearsay if c.speaker_actor}))
    if first:
        steps = [s for s in history if s.basis is Basis.FIRST_HAND]
        current = steps[-1]
        if hearsay:
            claimed = [s for s in history if s.basis is Basis.HEARSAY][-1].stance
            status = Status.CONFIRMED if claimed is current.stance else Status.CONTRADICTED
        else:
            status = Status.STATED
        basis = Basis.FIRST_HAND
    else:
        steps = history
        current = steps[-1]
        agreeing = {c.outlet_key for c in hearsay if c.stance is current.stance}
        status = Status.CORROBORATED if len(agreeing) >= 2 else Status.UNCONFIRMED
        basis = Basis.HEARSAY
    since = current.date
    for step in reversed(steps):
        if step.stance is not current.stance:
            break
        since = step.date
    behind = list(current.claims)
    evidence = tuple(c.evidence() for c in behind)
    caveated = bool(behind) and all(c.caveat for c in behind)
    return Position(
        actor=actor,
        plan=plan,
        point=point,
        stance=current.stance,
        basis=basis,
        reported_by=reported_by,
        status=status,
        since=since,
        evidence=evidence,
        verification=Verification.UNVERIFIED if caveated else None,
        history=tuple(history),
    )


def group_stance(claims: Iterable[Claim]) -> Stance:
    """The weighted majority stance of claims made at one moment."""
    weight: dict[Stance, float] = defaultdict(float)
    for claim in claims:
        weight[claim.stance] += claim.link.score if claim.link is not None else 1.0
    total = sum(weight.values())
    if total <= 0:
        return Stance.MIXED
    for stance in (Stance.SUPPORT, Stance.OPPOSE):
        if weight[stance] / total >= MAJORITY:
            return stance
    return Stance.MIXED


def _history(claims: list[Claim]) -> list[Step]:
    """One step per (basis, source), oldest first."""
    by_source: dict[tuple[Basis, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        by_source[(claim.basis, claim.source_id)].append(claim)
    steps = [
        Step(
            date=items[0].published,
            stance=group_stance(items),
            basis=basis,
            source=items[0].source,
            claims=tuple(items) if len(items) == 1 else tuple(_ordered(items)),
        )
        for (basis, _), items in by_source.items()
    ]
    steps.sort(key=lambda s: (_stamp(s.date), s.source))
    return steps


def _ordered(claims: Iterable[Claim]) -> list[Claim]:
    """Claims of one step (one source, one date) in text order."""
    return sorted(claims, key=lambda c: (c.source, c.statement_id))


def _stamp(value: datetime | None) -> float:
    """Seconds since the epoch; undated reports count as the oldest."""
    if value is None:
        return float("-inf")
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).timestamp()


def _point_key(point: str | None) -> tuple[int, int, str]:
    if point is None:
        return (0, 0, "")
    return (1, int(point), "") if point.isdigit() else (1, 10**9, point)
