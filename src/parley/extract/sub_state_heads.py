"""The head of a sub-state executive ("Premier X", "Chief Minister X", "Governor X") with no
place before the office: the government of the province the article names that leads it
(see :func:`head_government`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parley.actors import Gazetteer
from parley.extract.mentions import Mention, MentionKind
from parley.places import regional_government, regional_state

# The head of a sub-state government's executive: a province's or territory's premier, a
# state's chief minister or governor
SUB_STATE_HEADS = frozenset(
    (
        "premier", "chief minister", "governor", "state governor", "provincial governor",
        "regional governor",
    )
)  # fmt: skip

# An "of" phrase after an office or its holder's name: what the office is of ("Governor X
# of the central bank", "the governor of the Reserve Bank")
_OF_AFTER = re.compile(r",?\s+of\s")


@dataclass(frozen=True, slots=True)
class NamedGovernment:
    """A mention of a sub-state government the gazetteer lists, or of its province."""

    start: int
    government: str


def named_governments(gaz: Gazetteer, mentions: list[Mention]) -> list[NamedGovernment]:
    """Each mention of a sub-state government the gazetteer lists ("Ontario's government")
    or of the province it governs ("Nunavut"), in order."""
    found: list[NamedGovernment] = []
    for m in mentions:
        code: str | None = None
        if m.kind is MentionKind.ACTOR and m.actor is not None:
            code = m.actor if regional_state(gaz, m.actor) is not None else None
        elif m.kind in (MentionKind.NAME, MentionKind.SURNAME):
            code = regional_government(gaz, m.text.removesuffix("'s").removesuffix("’s"))
        if code is not None:
            found.append(NamedGovernment(m.start, code))
    return found


def head_government(
    gaz: Gazetteer,
    text: str,
    named: list[NamedGovernment],
    state: str,
    offices: list[Mention],
    name: Mention,
) -> str | None:
    """The sub-state government the holder ``name`` of ``offices`` leads, when one of them
    heads a sub-state executive and the context gives its state (``state``): of the
    governments of that state's provinces the article names (``named``), the one the
    holder's paragraph names first, else the article's only one. None for an office an
    "of" phrase qualifies ("Governor X of the central bank", "the governor of the Reserve
    Bank") and for any other office."""
    heads = [o for o in offices if o.role in SUB_STATE_HEADS]
    if not heads:
        return None
    if any(_OF_AFTER.match(text, at) for at in (name.end, *(o.end for o in heads))):
        return None
    own = [n for n in named if regional_state(gaz, n.government) == state]
    floor = text.rfind("\n\n", 0, name.start) + 1
    end = text.find("\n\n", name.start)
    end = len(text) if end < 0 else end
    here = [n.government for n in own if floor <= n.start < end]
    if here:
        return here[0]
    governments = {n.government for n in own}
    return governments.pop() if len(governments) == 1 else None
