"""Plans for the pages: a diff laid out side by side, the position matrix, the evidence.

Everything here is plain data (strings and CSS class names); the templates escape it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from parley.plans.diff import ChangeKind, PlanDiff
from parley.plans.model import Plan
from parley.positions.model import Basis, Position, Status

_SPACE = re.compile(r"(\s+)")
HATCHED = {Status.UNCONFIRMED, Status.CORROBORATED}  # hearsay the actor has not confirmed


@dataclass(frozen=True, slots=True)
class Part:
    """A run of text and how to show it: "" (same on both sides), "del", "ins" or "num"."""

    text: str
    css: str = ""


@dataclass(slots=True)
class DiffRow:
    kind: ChangeKind
    before: tuple[str, ...]
    after: tuple[str, ...]
    similarity: float
    left: list[list[Part]] = field(default_factory=list)  # one list of parts per point
    right: list[list[Part]] = field(default_factory=list)
    numbers: list[tuple[str, str]] = field(default_factory=list)


def _point_texts(plan: Plan, numbers: Iterable[str]) -> list[list[Part]]:
    out = []
    for number in numbers:
        point = plan.point(number)
        text = point.full_text if point is not None else ""
        out.append([Part(f"{number}. "), Part(text)])
    return out


def _marked(text: str, css: str, changed: set[str]) -> list[Part]:
    """``text`` as one part, with the changed numbers in it as parts of their own."""
    if not changed:
        return [Part(text, css)]
    parts: list[Part] = []
    for token in _SPACE.split(text):
        if token.strip(".,;:()") in changed and token.strip():
            parts.append(Part(token, f"{css} num"))
        elif parts and parts[-1].css == css:
            parts[-1] = Part(parts[-1].text + token, css)
        else:
            parts.append(Part(token, css))
    return parts


def diff_rows(diff: PlanDiff, a: Plan, b: Plan) -> list[DiffRow]:
    """The changes of a :class:`parley.plans.diff.PlanDiff` for a side-by-side view."""
    rows = []
    for change in diff.changes:
        kind = change.kind
        numbers = [(x or "", y or "") for x, y in change.numbers]
        row = DiffRow(kind, tuple(change.before), tuple(change.after), change.similarity)
        row.numbers = numbers
        if change.words and kind not in (ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.KEPT):
            old = {x for x, _ in numbers if x}
            new = {y for _, y in numbers if y}
            left: list[Part] = [Part(", ".join(change.before) + ". ")]
            right: list[Part] = [Part(", ".join(change.after) + ". ")]
            for op in change.words:
                if op.op == "equal":
                    left.append(Part(op.before + " "))
                    right.append(Part(op.before + " "))
                    continue
                if op.before:
                    left += _marked(op.before, "del", old) + [Part(" ")]
                if op.after:
                    right += _marked(op.after, "ins", new) + [Part(" ")]
            row.left, row.right = [left], [right]
        else:
            row.left = _point_texts(a, change.before)
            row.right = _point_texts(b, change.after)
        rows.append(row)
    return rows


@dataclass(frozen=True, slots=True)
class Cell:
    """One actor's position on one point (or the whole plan): what the matrix shows."""

    key: str  # the id of its evidence section
    stance: str
    basis: str
    status: str
    hatched: bool
    title: str
    position: Position


@dataclass(slots=True)
class Matrix:
    columns: list[tuple[str | None, str]]  # (point number or None for the whole plan, label)
    actors: list[str]
    cells: dict[tuple[str, str | None], Cell]

    def cell(self, actor: str, point: str | None) -> Cell | None:
        return self.cells.get((actor, point))


def position_matrix(plan: Plan, positions: Sequence[Position]) -> Matrix:
    """Actors by points (the whole plan first), one cell per position of the plan version."""
    columns: list[tuple[str | None, str]] = [(None, "plan")]
    columns += [(p.number, p.number) for p in plan.points]
    cells: dict[tuple[str, str | None], Cell] = {}
    for i, pos in enumerate(positions):
        stance, basis, status = pos.stance.value, pos.basis.value, pos.status.value
        where = "the whole plan" if pos.point is None else f"point {pos.point}"
        by = f", reported by {', '.join(pos.reported_by)}" if pos.reported_by else ""
        cells[(pos.actor, pos.point)] = Cell(
            key=f"ev-{i}",
            stance=stance,
            basis=basis,
            status=status,
            hatched=pos.basis is Basis.HEARSAY and pos.status in HATCHED,
            title=f"{pos.actor} on {where}: {stance} ({basis}{by}; {status})",
            position=pos,
        )
    known = {number for number, _ in columns}
    extra = sorted({p.point for p in positions if p.point not in known}, key=str)
    columns += [(number, number) for number in extra if number is not None]
    actors = sorted({p.actor for p in positions})
    return Matrix(columns=columns, actors=actors, cells=cells)
