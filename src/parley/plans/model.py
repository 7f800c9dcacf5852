"""Plans and their points: one version of a proposal, as published.

A plan is identified by ``NAME@VERSION`` (``us-peace-plan@28-point-draft``). Versions of
one plan share its name; a counter-proposal by another party is a plan of its own whose
``answers`` names the version it answers.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from parley.errors import BadPlanRefError

# Names and version labels: letters, digits and . _ - + (no spaces, no "@").
_LABEL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+\-]{0,127}")


@dataclass(frozen=True, slots=True)
class PlanPoint:
    """One numbered point: its number as written ("10", "7a"), its text, sub-items and notes.

    ``items`` are the lettered or bulleted sub-items under the point; ``notes`` are
    editorial notes (in brackets, or ending "– Ed.") that the publisher added to it.
    """

    number: str
    text: str
    items: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def full_text(self) -> str:
        """The point's text followed by its sub-items (what a diff compares)."""
        return " ".join((self.text, *self.items)).strip()

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "text": self.text,
            "items": list(self.items),
            "notes": list(self.notes),
        }

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> PlanPoint:
        return cls(
            number=str(row["number"]),
            text=str(row.get("text", "")),
            items=tuple(row.get("items") or ()),
            notes=tuple(row.get("notes") or ()),
        )


@dataclass(slots=True)
class Plan:
    """One version of a plan: its points and what is known about where it came from.

    ``proposer`` is an actor code (``USA``); ``answers`` is the ``NAME@VERSION`` of the
    plan version this one answers (a counter-proposal); ``reported_by`` lists the
    outlets or URLs that reported the text; ``text`` is the text as imported;
    ``preamble`` the prose before the first point and ``notes`` editorial notes that
    belong to no point. ``id`` is the stored row id (None before storing).
    """

    name: str
    version: str
    points: list[PlanPoint]
    proposer: str | None = None
    date: dt.date | None = None
    answers: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    reported_by: list[str] = field(default_factory=list)
    text: str = ""
    preamble: str = ""
    notes: list[str] = field(default_factory=list)
    id: int | None = field(default=None, compare=False)

    @property
    def ref(self) -> str:
        """``NAME@VERSION``."""
        return f"{self.name}@{self.version}"

    def point(self, number: str | int) -> PlanPoint | None:
        """The point numbered ``number`` ("10", 10, "7a"; case-insensitive), or None."""
        wanted = str(number).strip().casefold()
        return next((p for p in self.points if p.number.casefold() == wanted), None)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: name, version, proposer, date, answers, points, then the rest."""
        return {
            "name": self.name,
            "version": self.version,
            "proposer": self.proposer,
            "date": self.date.isoformat() if self.date else None,
            "answers": self.answers,
            "points": [point.to_dict() for point in self.points],
            "title": self.title,
            "url": self.url,
            "outlet": self.outlet,
            "reported_by": list(self.reported_by),
            "preamble": self.preamble,
            "notes": list(self.notes),
        }


def check_label(value: str, what: str = "name") -> str:
    """``value`` stripped, if it is a usable plan name or version label; else BadPlanRefError."""
    text = value.strip()
    if not _LABEL.fullmatch(text):
        raise BadPlanRefError(
            f"bad plan {what} {value!r}: use letters, digits and . _ - + (no spaces or '@')"
        )
    return text


def parse_plan_ref(ref: str) -> tuple[str, str | None]:
    """``"NAME@VERSION"`` -> ``(name, version)``; ``"NAME"`` -> ``(name, None)``.

    Raises :class:`BadPlanRefError` for an empty name or version or a malformed label.
    """
    text = ref.strip()
    name, at, version = text.partition("@")
    if not at:
        return check_label(name), None
    return check_label(name), check_label(version, "version")
