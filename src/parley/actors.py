"""The actor gazetteer: states, organisations, groups and office-holders.

The data lives in ``parley/data/actors.json`` (schema in docs/actors.md). Users
extend it with their own files of the same schema, listed in the
``PARLEY_ACTORS`` environment variable (separated by ``os.pathsep``); a later
file overrides an earlier one by actor ``code`` or person ``name``.

For measurement only, ``PARLEY_EVAL_NO_PEOPLE=1`` loads the gazetteer without any
person (states, organisations, places and non-state parties stay), so that every
speaker's actor has to come from the text's context, as for a negotiation the
gazetteer does not know (benchmarks/unknown_people.py). Never set it in use.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import lru_cache, wraps
from importlib import resources
from pathlib import Path
from typing import TypeVar

from parley.errors import InputError

_T = TypeVar("_T")

# offices asked of :meth:`Gazetteer.holders` kept before the memo starts again
_HELD_KEPT = 4096

SURFACE_FIELDS = ("names", "adjectives", "plurals", "capitals", "metonyms", "government")


class ActorKind(StrEnum):
    STATE = "state"
    ORGANISATION = "organisation"
    # a non-state party to a conflict: an armed group or movement ("Hamas", "M23"), what
    # "the group", "the rebels" or "the militia" stand for
    MOVEMENT = "movement"
    GROUP = "group"  # a set of states with no institution of its own ("EUR")


class Gender(StrEnum):
    """Grammatical gender, as pronouns refer to a speaker ("he", "she", "they")."""

    MALE = "m"
    FEMALE = "f"
    PLURAL = "p"  # an institution, a group, "they"


@dataclass(frozen=True, slots=True)
class Actor:
    code: str
    kind: ActorKind
    name: str
    names: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    plurals: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    government: tuple[str, ...] = ()
    members: tuple[str, ...] = ()  # for groups: the actors that make it up
    # the common nouns of its class a text calls a non-state body by where it leaves the
    # name out ("the union", "the company", "the employers"): see docs/actors.md
    nouns: tuple[str, ...] = ()
    # for states: the companies and funds the state owns, by name ("Rosatom"). They are no
    # surface of the state (a text naming them is not about the state); a statement of one
    # or of its people speaks for the state (``extract.unlisted.state_bodies``)
    owned: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Office:
    actor: str
    roles: tuple[str, ...]
    start: date | None
    end: date | None
    descriptions: tuple[str, ...] = ()

    def held_on(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    aliases: tuple[str, ...] = ()
    gender: Gender | None = None
    offices: tuple[Office, ...] = ()
    # places in a state's politics outside its government (a party's leader, a senator of
    # a party out of power): the state the person speaks for under Opposition.STATE only,
    # where no office of ``offices`` says one; never a role or a description
    opposition: tuple[Office, ...] = ()

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    def actor_on(self, day: date | None) -> str | None:
        """The actor the person stands for on ``day`` (latest office if none matches)."""
        for office in self.offices:
            if office.held_on(day):
                return office.actor
        return self.offices[0].actor if self.offices else None

    def roles_on(self, day: date | None) -> set[str]:
        return {r for o in self.offices if o.held_on(day) for r in o.roles}

    def opposition_on(self, day: date | None) -> str | None:
        """The state whose politics the person takes part in outside its government on
        ``day`` (``opposition``), or None."""
        return next((o.actor for o in self.opposition if o.held_on(day)), None)


@dataclass(slots=True)
class Gazetteer:
    actors: dict[str, Actor] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    # surface form as written -> actor code, per kind of surface
    surfaces: dict[str, str] = field(default_factory=dict)
    adjectives: dict[str, str] = field(default_factory=dict)
    # forms several actors share ("Congo", "Congolese"): the text decides, by which of
    # them it names in an unshared form
    shared: dict[str, tuple[str, ...]] = field(default_factory=dict)
    shared_adjectives: dict[str, tuple[str, ...]] = field(default_factory=dict)
    aliases: dict[str, Person] = field(default_factory=dict)
    descriptions: dict[str, list[Person]] = field(default_factory=dict)
    roles: set[str] = field(default_factory=set)
    # initials of a listed body's names that no other body spells ("AFA"): a surface the
    # text reads only where it names that body otherwise too (``mentions``)
    derived: dict[str, str] = field(default_factory=dict)
    # a company's name without the designator its listed name closes with ("Adani" for the
    # Adani Group) -> its code: see ``_group_stems``
    group_stems: dict[str, str] = field(default_factory=dict)
    # a union's name without the word "union" its listed names close with ("Unite" of
    # "Unite the Union", "GMB" of "GMB union") -> its code: see ``_union_short_names``
    union_short_names: dict[str, str] = field(default_factory=dict)
    _sides: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    # code -> :meth:`voice_of`, built on first use (read for every statement)
    _voices: dict[str | None, frozenset[str]] = field(
        default_factory=dict, repr=False, compare=False
    )
    # (role, actor or None for any) -> (person, their offices with that role, for that
    # actor), people in order: built on first use
    _holding: dict[tuple[str, str | None], list[tuple[Person, tuple[Office, ...]]]] | None = field(
        default=None, repr=False, compare=False
    )
    # (role lower-cased, actor, day) -> :meth:`holders`'s people, kept for the next asks of
    # the same office on the same day (a few a statement); cleared when it grows large
    _held: dict[tuple[str, str | None, date | None], tuple[Person, ...]] = field(
        default_factory=dict, repr=False, compare=False
    )

    @classmethod
    def from_rows(cls, documents: Iterable[dict]) -> Gazetteer:
        actors: dict[str, Actor] = {}
        people: dict[str, Person] = {}
        for doc in documents:
            for row in doc.get("actors", []):
                actor = Actor(
                    code=row["code"],
                    kind=ActorKind(row.get("kind", ActorKind.STATE)),
                    name=row.get("name", row["code"]),
                    **{k: tuple(row.get(k) or ()) for k in SURFACE_FIELDS},
                    members=tuple(row.get("members") or ()),
                    nouns=tuple(row.get("nouns") or ()),
                    owned=tuple(row.get("owned") or ()),
                )
                actors[actor.code] = actor
            for row in doc.get("people", []):
                person = Person(
                    name=row["name"],
                    aliases=tuple(row.get("aliases") or ()),
                    gender=Gender(row["gender"]) if row.get("gender") else None,
                    offices=_offices(row.get("offices", ())),
                    opposition=_offices(row.get("opposition", ())),
                )
                people[person.name] = person
        gaz = cls(actors=actors, people=people)
        for doc in documents:
            for row in doc.get("shared", []):
                table = gaz.shared_adjectives if row.get("adjective") else gaz.shared
                table[row["form"]] = tuple(row["actors"])
        gaz._index()
        return gaz

    def _index(self) -> None:
        for actor in self.actors.values():
            for fld in ("names", "plurals", "capitals", "metonyms", "government"):
                for s in getattr(actor, fld):
                    self.surfaces[s] = actor.code
            for s in actor.adjectives:
                self.adjectives[s] = actor.code
        # A state's capital named with a generic word before or after its proper name is
        # written by that name alone too ("Delhi" for New Delhi): the short form counts
        # where no other surface has it.
        for actor in self.actors.values():
            if actor.kind is ActorKind.STATE:
                for c in actor.capitals:
                    short = _capital_short_form(c)
                    if short is not None and short not in self.surfaces:
                        self.surfaces[short] = actor.code
        self.group_stems = {
            stem: code
            for stem, code in _group_stems(self.actors.values()).items()
            if stem not in self.surfaces and stem not in self.adjectives
        }
        self.union_short_names = {
            short: code
            for short, code in _union_short_names(self.actors.values()).items()
            if short not in self.surfaces and short not in self.adjectives
        }
        for acronym, code in _derived_acronyms(self.actors.values()).items():
            if acronym not in self.surfaces:
                self.surfaces[acronym] = self.derived[acronym] = code
        for person in self.people.values():
            for s in (person.name, *person.aliases):
                self.aliases[s] = person
            for office in person.offices:
                self.roles.update(office.roles)
                for d in office.descriptions:
                    self.descriptions.setdefault(d, []).append(person)

    def actor_of(self, surface: str) -> str | None:
        """Actor code for a surface form (``Moscow``, ``the Kremlin``, ``Russian``)."""
        s = surface.strip()
        if s in self.surfaces:
            return self.surfaces[s]  # a name that opens on "The" ("The Hague")
        if s[:4].lower() == "the ":
            s = s[4:]
        return self.surfaces.get(s) or self.adjectives.get(s)

    def person(self, surface: str) -> Person | None:
        return self.aliases.get(surface.strip())

    def holders(self, actor: str | None, role: str, day: date | None) -> list[Person]:
        """People holding ``role`` for ``actor`` (any actor if None) on ``day``."""
        key = (role.lower(), actor, day)
        held = self._held.get(key)
        if held is None:
            if self._holding is None:
                self._holding = self._holding_index()
            held = tuple(
                person
                for person, offices in self._holding.get(key[:2], ())
                if any(o.held_on(day) for o in offices)
            )
            if len(self._held) >= _HELD_KEPT:
                self._held.clear()
            self._held[key] = held
        return list(held)

    def _holding_index(
        self,
    ) -> dict[tuple[str, str | None], list[tuple[Person, tuple[Office, ...]]]]:
        """Each role's people with the offices that carry it, in the gazetteer's order,
        under (role, None) and under (role, actor) with that actor's offices alone
        (:meth:`holders` reads only these, not every person or office)."""
        index: dict[tuple[str, str | None], list[tuple[Person, tuple[Office, ...]]]] = {}
        for person in self.people.values():
            by_role: dict[tuple[str, str | None], list[Office]] = {}
            for office in person.offices:
                for role in dict.fromkeys(office.roles):
                    by_role.setdefault((role, None), []).append(office)
                    by_role.setdefault((role, office.actor), []).append(office)
            for key, offices in by_role.items():
                index.setdefault(key, []).append((person, tuple(offices)))
        return index

    def describe(self, phrase: str, day: date | None) -> list[Person]:
        """People that a fixed description (``Kremlin spokesman``) names on ``day``."""
        return [
            p
            for p in self.descriptions.get(phrase, ())
            if any(phrase in o.descriptions and o.held_on(day) for o in p.offices)
        ]

    def description_actor(self, phrase: str) -> str | None:
        """The one actor whose offices a fixed description (``State Department spokesman``)
        belongs to, whoever holds it on a given day."""
        sides = {
            o.actor
            for p in self.descriptions.get(phrase, ())
            for o in p.offices
            if phrase in o.descriptions
        }
        return sides.pop() if len(sides) == 1 else None

    def side_of(self, code: str | None) -> frozenset[str]:
        """``code`` with the groups it belongs to and their members: France's side
        includes EUR (and the other European states), EUR's includes France. A body with
        a membership of its own (the EU) is itself, its members and the wider group it
        sits in, not that group's other members (Britain, Norway); a state outside the
        body is not on its side through the wider group (Britain's has EUR, not the EU)."""
        if code is None:
            return frozenset()
        known = self._sides.get(code)
        if known is not None:
            return known
        side = {code}
        own = self.actors.get(code)
        if own is not None and own.members and own.kind is not ActorKind.GROUP:
            # "the EU": the Union, its member states and "Europe" as its officials call
            # it, not the wider group's other members
            side.update(own.members)
            side.update(a.code for a in self.actors.values() if code in a.members)
            self._sides[code] = frozenset(side)
            return self._sides[code]
        for actor in self.actors.values():
            if code in actor.members or actor.code == code:
                side.add(actor.code)
                side.update(
                    m for m in actor.members if m == code or self._within(m, code, actor.code)
                )
        self._sides[code] = frozenset(side)
        return self._sides[code]

    def voice_of(self, code: str | None) -> frozenset[str]:
        """The parties whose positions a speaker for ``code`` states as its own, for
        hearsay: :meth:`side_of`, except that a body with a membership of its own speaks
        for itself and the wider group it sits in, not for its member states, which hold
        positions of their own ("he told me Bulgaria remains committed", said by the EU's
        commissioner, reports Bulgaria's); and a state speaks for the bodies and groups it
        belongs to, not for the other states in them."""
        known = self._voices.get(code)
        if known is None:
            known = self._voices[code] = self._voice(code)
        return known

    def _voice(self, code: str | None) -> frozenset[str]:
        side = self.side_of(code)
        own = self.actors.get(code) if code is not None else None
        if own is not None and not own.members:
            # a state speaks for the bodies it belongs to, not for the other states in them:
            # a French official's "London had accepted" reports Britain's position, a
            # Croatian minister's "Budapest had not taken it up" Hungary's (fellow members
            # of a body hold positions of their own, as they do for the body itself)
            return frozenset(
                x
                for x in side
                if x == code or not (self._is_state(x) or self._only_through_grouping(x, code))
            )
        if own is None or not own.members or own.kind is ActorKind.GROUP:
            return side
        return frozenset(x for x in side if x == code or x not in own.members)

    def _is_state(self, code: str) -> bool:
        found = self.actors.get(code)
        return found is not None and found.kind is ActorKind.STATE

    def state_code(self, code: str | None) -> str | None:
        """``code`` when the gazetteer lists it as a state, else None."""
        return code if code is not None and self._is_state(code) else None

    def _only_through_grouping(self, other: str, code: str | None) -> bool:
        """Whether ``other`` shares a side with ``code`` only as a fellow member of a
        grouping (an actor of kind GROUP), no organisation of its own holding both."""
        if other == code:
            return False
        found = self.actors.get(other)
        if found is not None and found.members:
            return False  # the grouping or organisation itself
        shared = [a for a in self.actors.values() if code in a.members and other in a.members]
        return bool(shared) and all(a.kind is ActorKind.GROUP for a in shared)

    def _within(self, member: str, code: str, group: str) -> bool:
        """Whether ``member`` of ``group`` is on ``code``'s side through that group: a
        state is; a body with a membership of its own only when ``code`` is one of its
        members or the group itself."""
        found = self.actors.get(member)
        if found is None or not found.members or found.kind is ActorKind.GROUP:
            return True
        return code == group or code in found.members

    def actor_surfaces(self) -> Iterator[tuple[str, str]]:
        yield from self.surfaces.items()


# The word that closes a company's listed name as the kind of body it is, not as its name:
# "the Adani Group" is "Adani" too, "Vantor Holdings" "Vantor"
_CORPORATE_DESIGNATORS = frozenset(
    ("Group", "Corporation", "Company", "Limited", "Ltd", "Inc", "Holdings", "plc", "PLC")
    # the abbreviated legal forms: "Chevron Corp", "Vale S.A.", "Siemens AG"
    + ("Corp", "Corp.", "Inc.", "Ltd.", "Co.", "S.A.", "SA", "AG", "SE", "NV", "N.V.", "LLC")
)


def _group_stems(actors: Iterable[Actor]) -> dict[str, str]:
    """The name of a company listed with a designator after it ("Adani Group": "Adani",
    "Chevron Corp": "Chevron"), which one body alone gives; the text names the group, and
    its units by one more capitalised word ("Adani Green"), by that stem."""
    found: dict[str, set[str]] = {}
    for actor in actors:
        if actor.kind is not ActorKind.ORGANISATION or actor.government:
            continue
        for name in actor.names:
            words = name.split()
            if len(words) >= 2 and words[-1] in _CORPORATE_DESIGNATORS:
                found.setdefault(" ".join(words[:-1]), set()).add(actor.code)
    return {stem: next(iter(c)) for stem, c in found.items() if len(c) == 1}


# a union's listed name: one word and "union" ("GMB union", "Unite the Union")
_UNION_LISTED = re.compile(r"(?P<short>[A-Z][\w-]+) (?:the )?(?:trade )?[Uu]nion")


def _union_short_names(actors: Iterable[Actor]) -> dict[str, str]:
    """The one word of a labour union's listed names before "union" ("Community" of
    "Community union"), which one body alone gives: a word that may be a common one, so
    the text reads it as the union only where a name alone may stand (``org_names``)."""
    found: dict[str, set[str]] = {}
    for actor in actors:
        if actor.kind is not ActorKind.ORGANISATION or actor.members or "union" not in actor.nouns:
            continue
        for name in actor.names:
            m = _UNION_LISTED.fullmatch(name)
            if m is not None:
                found.setdefault(m.group("short"), set()).add(actor.code)
    return {short: next(iter(c)) for short, c in found.items() if len(c) == 1}


def _capital_short_form(capital: str) -> str | None:
    """The proper name of a capital of two words whose other word is generic: "New X" or
    "X City" gives "X"."""
    words = capital.split()
    if len(words) != 2:
        return None
    if words[0] == "New":
        return words[1]
    if words[1] == "City":
        return words[0]
    return None


# How many gazetteers' tables ``per_gazetteer`` keeps: a process uses one, a test session
# a few that tests build for themselves
_KEPT_GAZETTEERS = 8


def per_gazetteer(build: Callable[[Gazetteer], _T]) -> Callable[[Gazetteer], _T]:
    """``build`` run once for each gazetteer, its result kept by the gazetteer's identity (a
    gazetteer is not hashable, so ``functools.cache`` cannot key on it); the tables read
    off the gazetteer once, not in every article."""
    kept: dict[int, tuple[Gazetteer, _T]] = {}

    @wraps(build)
    def once(gaz: Gazetteer) -> _T:
        known = kept.get(id(gaz))
        if known is not None and known[0] is gaz:
            return known[1]
        if len(kept) >= _KEPT_GAZETTEERS:
            kept.clear()
        value = build(gaz)
        kept[id(gaz)] = (gaz, value)
        return value

    return once


# Words a name's initials pass over ("Association of Flight Attendants": AFA)
_ACRONYM_SKIP = frozenset(
    ("of", "and", "the", "for", "in", "on", "de", "du", "des", "la", "le", "y", "et")
)


_PROPER_WORD = re.compile(r"[A-Z][a-z]+")
# an acronym written with a full stop after each capital ("S.T.O.P.")
_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}")


def undotted(name: str) -> str | None:
    """The acronym ``name`` without its stops ("S.T.O.P." is written "STOP" too); None
    for a name that is no acronym written with a full stop after each capital."""
    return name.replace(".", "") if _DOTTED_ACRONYM.fullmatch(name) else None


def _derived_acronyms(actors: Iterable[Actor]) -> dict[str, str]:
    """Initials of listed bodies' names ("Association of Flight Attendants": AFA) that one
    body alone spells."""
    found: dict[str, set[str]] = {}
    written: set[str] = set()
    for actor in actors:
        written.update(actor.names)
        if actor.kind not in (ActorKind.ORGANISATION, ActorKind.MOVEMENT):
            continue
        for name in actor.names:
            bare = undotted(name)
            if bare is not None:
                found.setdefault(bare, set()).add(actor.code)
                continue
            words = [w for w in re.split(r"[\s-]+", name) if w.lower() not in _ACRONYM_SKIP]
            if len(words) < 3 or not all(_PROPER_WORD.fullmatch(w) for w in words):
                continue
            found.setdefault("".join(w[0] for w in words), set()).add(actor.code)
    return {a: next(iter(c)) for a, c in found.items() if len(c) == 1 and a not in written}


def _offices(rows: Iterable[dict]) -> tuple[Office, ...]:
    return tuple(
        Office(
            actor=o["actor"],
            roles=tuple(r.lower() for r in o.get("roles", ())),
            start=_day(o.get("from")),
            end=_day(o.get("to")),
            descriptions=tuple(o.get("descriptions") or ()),
        )
        for o in rows
    )


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _read(path: Path | str, text: str) -> dict:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc}", path=str(path)) from exc
    if not isinstance(doc, dict):
        raise InputError("a gazetteer file must hold a JSON object", path=str(path))
    for row in doc.get("shared", []):
        if not (
            isinstance(row, dict)
            and isinstance(row.get("form"), str)
            and isinstance(row.get("actors"), list)
            and len(row["actors"]) >= 2
        ):
            raise InputError(
                f"shared: {row!r} needs a form and a list of two or more actors", path=str(path)
            )
    for field_name, key, kind in (("actors", "kind", ActorKind), ("people", "gender", Gender)):
        for row in doc.get(field_name, []):
            value = row.get(key) if isinstance(row, dict) else None
            if value is not None and value not in kind._value2member_map_:
                expected = ", ".join(kind)
                raise InputError(
                    f"{field_name}: {key} {value!r} is not one of {expected}", path=str(path)
                )
    return doc


def gazetteer_documents(extra: Iterable[Path | str] = ()) -> list[dict]:
    """The bundled gazetteer followed by extension files (``PARLEY_ACTORS`` first)."""
    bundled = resources.files("parley.data").joinpath("actors.json")
    docs = [_read("parley/data/actors.json", bundled.read_text(encoding="utf-8"))]
    env = os.environ.get("PARLEY_ACTORS", "")
    for p in [*(x for x in env.split(os.pathsep) if x), *extra]:
        path = Path(p)
        if not path.is_file():
            raise InputError("gazetteer file not found", path=str(path))
        docs.append(_read(path, path.read_text(encoding="utf-8")))
    if os.environ.get("PARLEY_EVAL_NO_PEOPLE", "") not in ("", "0"):
        docs = [{k: v for k, v in d.items() if k != "people"} for d in docs]
    return docs


@lru_cache(maxsize=4)
def load_gazetteer(extra: tuple[str, ...] = ()) -> Gazetteer:
    """The merged gazetteer (cached; pass extension file paths as a tuple)."""
    return Gazetteer.from_rows(gazetteer_documents(extra))
