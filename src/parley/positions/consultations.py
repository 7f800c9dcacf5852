"""The consultation log: who gave, received, discussed, was briefed on or left out of a plan.

A mechanism over the words of each statement, not a list of sentences: a clause
is read around a **consultation verb** of one of five frames, and the frame says
where its arguments stand:

=============  ======================================  ==============================
frame          verbs (any inflection, active/passive)   arguments
=============  ======================================  ==============================
receive        receive, obtain, get, acquire            giver after from/through/with
give           give, hand, send, pass, share, present   receiver = object or "to X"
brief          brief, inform, update, notify, apprise   briefed = objects
discuss        discuss, consult, negotiate, talk, meet  counterpart after "with" / object
exclude        exclude, leave out, sideline, bypass     excluded = objects
=============  ======================================  ==============================

The subject is the actor named before the verb in its clause (a first-person
"we"/"us" is the speaker's own side); a passive frame takes its agent from "by X".
A negator just before the verb turns *discuss* into ``not discussed`` and
*receive*/*brief* into ``left out``. Clauses under a condition or a modality
("if", "unless", "ready to", "wants to", "will") report no event and are skipped.
A missing counterpart is the plan's proposer (the party a plan is had from or
discussed with), never the speaker's own side.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from parley.positions.model import Consultation, ConsultationKind

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|[,;:]")
_FRAMES: dict[str, re.Pattern[str]] = {
    "receive": re.compile(r"^(?:receiv|obtain|got$|get$|gets$|getting|acquir)"),
    "give": re.compile(
        r"^(?:gave|give|giv|hand|sent$|send|pass|shar|present|deliver|transmit|forward|submit|show)"
    ),
    "brief": re.compile(r"^(?:brief|inform|updat|notif|apprise)"),
    "discuss": re.compile(r"^(?:discuss|consult|negotiat|talk|met$|meet|coordinat)"),
    "exclude": re.compile(r"^(?:exclud|sidelin|bypass|ignor)"),
}
_LEFT_OUT_PARTICLE = {"left", "leave", "leaving", "cut", "shut", "kept"}  # "... out"
_NEGATORS = {"not", "never", "no", "without", "unable", "neither", "nor", "cannot", "yet"}
_CONDITION = {
    "if",
    "unless",
    "whether",
    "ready",
    "prepared",
    "willing",
    "want",
    "wants",
    "will",
    "would",
    "should",
    "could",
    "might",
    "may",
    "requires",
    "require",
    "need",
    "needs",
    "plans",
    "intends",
    "hopes",
    "expects",
    "propose",
    "proposes",
}
_STOP = {";", "because", "but", "although", "while", "whereas", "since", "and", "as", "which",
         "who", "on", "about", "regarding", "concerning", "before", "after", "during"}  # fmt: skip
_HELD = {
    "held",
    "had",
    "hold",
    "holding",
    "conducted",
    "began",
    "opened",
    "concluded",
    "start",
    "started",
}
_FIRST_PERSON = {"we", "us", "our", "i", "me", "my", "ourselves"}
_BE = {"is", "was", "were", "been", "be", "being", "are", "get", "got"}
_NOUNS = {"consultations", "consultation", "talks", "discussions", "discussion", "negotiations"}
_CLAUSE = re.compile(r"[.!?]+\s+|;\s*|\s+(?:but|because|although|whereas|however)\s+", re.I)


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    actor: str


@dataclass(frozen=True, slots=True)
class Reported:
    """What consultations need of a statement."""

    statement_id: int
    text: str
    speaker_actor: str | None
    mentions: tuple[ActorMention, ...]  # actors named in ``text``, offsets into it
    plan: str | None = None
    proposer: str | None = None
    date: datetime | None = None


@dataclass(frozen=True, slots=True)
class Event:
    from_actor: str
    to_actor: str
    kind: ConsultationKind


def events_in(item: Reported) -> list[Event]:
    """The consultation events one statement reports, in text order."""
    out: list[Event] = []
    for start, end in _clauses(item.text):
        out.extend(_clause_events(item, start, end))
    seen: set[Event] = set()
    return [e for e in out if not (e in seen or seen.add(e))]  # type: ignore[func-returns-value]


def consultation_log(items: Iterable[Reported]) -> list[Consultation]:
    """One row per (from, to, kind, plan), with every statement behind it; oldest first."""
    rows: dict[tuple[str, str, ConsultationKind, str | None], list[Reported]] = {}
    for item in items:
        for event in events_in(item):
            key = (event.from_actor, event.to_actor, event.kind, item.plan)
            rows.setdefault(key, []).append(item)
    out = []
    for (a, b, kind, plan), found in rows.items():
        dates = [i.date for i in found if i.date is not None]
        out.append(
            Consultation(
                from_actor=a,
                to_actor=b,
                kind=kind,
                plan=plan,
                date=min(dates) if dates else None,
                evidence=tuple(i.statement_id for i in found),
                quotes=tuple(i.text for i in found),
            )
        )
    out.sort(
        key=lambda c: (_sort_day(c.date), c.plan or "", c.from_actor, c.kind.value, c.to_actor)
    )
    return out


def _clauses(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _CLAUSE.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(a, b) for a, b in out if b > a]


def _clause_events(item: Reported, start: int, end: int) -> list[Event]:
    words = [(m.start() + start, m.end() + start, m.group().lower())
             for m in _WORD.finditer(item.text[start:end])]  # fmt: skip
    for i, (a, _b, word) in enumerate(words):
        frame = _frame(words, i)
        if frame is None:
            continue
        before = [w for _, _, w in words[:i]]
        if _CONDITION & set(before[-8:]):
            return []  # a condition or a modality: nothing happened yet
        near = before[-4:]
        if word in _NOUNS:  # "consultations have not occurred"
            near = near + [w for _, _, w in words[i + 1 : i + 5]]
        negated = bool(_NEGATORS & set(near)) or any(w.endswith("n't") for w in near)
        if word in _NOUNS and not negated and not _HELD & set(before[-3:]):
            continue  # "a pause in negotiations": a noun alone reports no event; "held talks" does
        auxiliaries = [w for w in before[-3:] if w not in _NEGATORS]
        passive = bool(_BE & set(auxiliaries[-2:])) and not word.endswith("ing")
        after_end = _clause_stop(words, i + 1, end)
        subject = _subject(item, words, start, a)
        objects = _actors_between(item, words[i][1], after_end)
        preps = _after_preposition(item, words, i + 1, after_end)
        return _frame_events(item, frame, subject, objects, preps, negated, passive)
    return []


def _frame(words: Sequence[tuple[int, int, str]], i: int) -> str | None:
    word = words[i][2]
    if word in _LEFT_OUT_PARTICLE and i + 1 < len(words) and words[i + 1][2] == "out":
        return "exclude"
    if word in _NOUNS:
        return "discuss"
    for frame, pattern in _FRAMES.items():
        if pattern.match(word):
            return frame
    return None


def _clause_stop(words: Sequence[tuple[int, int, str]], i: int, end: int) -> int:
    for a, _b, w in words[i:]:
        if w in _STOP and w != "and":
            return a
    return end


def _subject(
    item: Reported, words: Sequence[tuple[int, int, str]], start: int, verb: int
) -> str | None:
    named = [m for m in item.mentions if start <= m.start < verb]
    if named:
        return named[-1].actor
    if _FIRST_PERSON & {w for a, _, w in words if a < verb}:
        return item.speaker_actor
    return None


def _actors_between(item: Reported, a: int, b: int) -> list[str]:
    out: list[str] = []
    for m in item.mentions:
        if a <= m.start < b and m.actor not in out:
            out.append(m.actor)
    return out


def _after_preposition(
    item: Reported, words: Sequence[tuple[int, int, str]], i: int, end: int
) -> dict[str, list[str]]:
    """Actors after from/with/through/to/by, by preposition (first-person = the speaker)."""
    out: dict[str, list[str]] = {}
    for k in range(i, len(words)):
        a, b, w = words[k]
        if a >= end:
            break
        if w not in {"from", "with", "through", "via", "to", "by"}:
            continue
        stop = words[k + 1 + 4][0] if k + 5 < len(words) else end
        stop = min(stop, end)
        nxt = [m.actor for m in item.mentions if b <= m.start < max(stop, b + 60) and m.start < end]
        following = words[k + 1][2] if k + 1 < len(words) else ""
        if following in _FIRST_PERSON and item.speaker_actor:
            nxt = [item.speaker_actor]
        if nxt:
            out.setdefault("from" if w in {"from", "through", "via"} else w, []).append(nxt[0])
    return out


def _frame_events(
    item: Reported,
    frame: str,
    subject: str | None,
    objects: list[str],
    preps: dict[str, list[str]],
    negated: bool,
    passive: bool,
) -> list[Event]:
    speaker = item.speaker_actor
    proposer = item.proposer
    agent = _first(preps.get("by"))
    with_: list[str | None] = list(preps.get("with") or [])
    giver_named = _first(preps.get("from")) or _first(preps.get("with"))
    events: list[tuple[str | None, str | None, ConsultationKind]] = []
    if frame == "receive" or (frame == "give" and passive):
        receiver = subject or speaker
        giver = giver_named or agent or proposer
        kind = ConsultationKind.LEFT_OUT if negated else ConsultationKind.RECEIVED
        events.append((giver, receiver, kind))
    elif frame == "give":
        giver = subject or speaker
        receivers: list[str] = preps.get("to") or [o for o in objects if o != giver][:1]
        kind = ConsultationKind.LEFT_OUT if negated else ConsultationKind.RECEIVED
        events.extend((giver, r, kind) for r in receivers)
    elif frame == "brief":
        if passive:
            events.append((agent or proposer, subject or speaker, _neg(negated)))
        else:
            briefer = subject or speaker
            events.extend((briefer, o, _neg(negated)) for o in objects if o != briefer)
    elif frame == "discuss":
        kind = ConsultationKind.NOT_DISCUSSED if negated else ConsultationKind.DISCUSSED
        one = subject or (None if with_ else speaker)
        others: list[str | None] = with_ or [o for o in objects if o != one] or [proposer]
        if one is None:
            one = speaker if speaker not in others else proposer
        events.extend(_pair(one, o, kind) for o in others)
    elif frame == "exclude":
        if passive:
            events.append((agent or proposer, subject or speaker, ConsultationKind.LEFT_OUT))
        else:
            excluder = subject or proposer
            events.extend(
                (excluder, o, ConsultationKind.LEFT_OUT) for o in objects if o != excluder
            )
    return [Event(a, b, k) for a, b, k in events if a and b and a != b]


def _first(values: list[str] | None) -> str | None:
    return values[0] if values else None


def _neg(negated: bool) -> ConsultationKind:
    return ConsultationKind.LEFT_OUT if negated else ConsultationKind.BRIEFED


def _pair(
    a: str | None, b: str | None, kind: ConsultationKind
) -> tuple[str | None, str | None, ConsultationKind]:
    """Discussions have no direction: the pair is put in alphabetical order."""
    if a and b and b < a:
        a, b = b, a
    return (a, b, kind)


def _sort_day(value: datetime | None) -> date:
    return value.date() if value is not None else date.min
