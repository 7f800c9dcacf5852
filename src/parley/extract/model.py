"""The statement record of shared/spec/statements.md, as a dataclass."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
STANCES = ("support", "oppose", "mixed")


@dataclass(slots=True)
class Statement:
    """One attributed piece of reported speech in a source text.

    ``start``/``end`` are character offsets of ``text`` in the source text as read
    (``end`` exclusive), so ``source_text[start:end] == text`` always holds.
    """

    source: str
    start: int
    end: int
    text: str
    direct: bool
    cue: str
    speaker: str | None
    actor: str | None
    event: str | None = None
    targets: list[str] = field(default_factory=list)
    stance: str | None = None
    about: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> Statement:
        names = cls.__dataclass_fields__.keys()
        return cls(**{k: row[k] for k in names if k in row})
