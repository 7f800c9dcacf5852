"""Political parties and the states they govern, by date.

The data lives in ``parley/data/parties.json`` (sources in docs/actors.md, "Governing
parties"). The corpus convention (tests/data/negotiations/README.md) is that a party in
a state's government speaks for that state, and a domestic party out of government for
no state: a speaker the text places by a party office ("PSOE negotiator X", "X,
spokesman of the ruling AK Party,") takes the party's state on the days the party
governed it, and no side on the others.

The table records spells in national government (coalition partners included) from
``since`` on, as checked to ``checked_to`` (its last state holds after that day); before
``since`` it does not say, and only the text can ("the ruling X party", "the opposition X").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

# A party name that runs on into a longer capitalised name is another body's ("Democratic
# Republic of the Congo", "Labour Ministry"); an acronym may stand before a capitalised title
_RUNS_ON = re.compile(r"[ -][A-Z][a-z]")
# ... or a name that ends a longer one ("Social Democrats", "Catalan Socialists"), unless
# what stands before is a possessive or the article (a capitalised word hyphened to a
# lower-case one is a modifier, not a name: "the ultra-Orthodox X party")
_RUNS_IN = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)[ -]$")
# ... except into a legislator's or party officer's title ("Democratic Senator X",
# "Republican Representative X"), which ``find(titles=True)`` reads as the party's
_TITLE_ON = re.compile(
    r" (?:Senators?|Sen\.|Representatives?|Rep\.|Congress(?:man|woman|men|women)|Lawmakers?"
    r"|Legislators?|Leader|Deputy|Deputies|Whip|Chairman|Chairwoman|Chair)\b"
)
# ... and a chamber's name before a party's ("Senate Democratic leader X", "House
# Republicans"), which ``find(titles=True)`` reads as the party's too
_CHAMBERS = {"Senate", "House", "Congressional", "Parliamentary", "Assembly"}
_OPENING_WORDS = {"The", "A", "An", "Its", "Their", "His", "Her", "In", "For", "From", "Of"}
# "the Ministry of Law and Justice": a body's name, not the party
_BODY_OF = re.compile(
    r"\b(?:Ministry|Minister|Department|Committee|Commission|Secretary|Office)\s+"
    r"(?:of|for)\s+(?:the\s+)?$"
)


@dataclass(frozen=True, slots=True)
class Party:
    code: str
    state: str
    name: str
    names: tuple[str, ...]
    spells: tuple[tuple[date, date | None], ...]
    source: str
    # the gazetteer's code for the party speaking as itself, where it has one ("DUP"):
    # what the party speaks for out of government when the article treats it as a side
    actor: str | None = None
    # the gazetteer's code for the party speaking as itself at a table between parties of
    # its state (coalition or seat-sharing talks) while it governs, where the gazetteer
    # lists it only so ("BJP"): ``actor`` serves there too
    coalition_actor: str | None = None
    # the party's leaders and senior officers from public reporting: (name, from, to)
    figures: tuple[tuple[str, date | None, date | None], ...] = ()

    @property
    def own_code(self) -> str | None:
        """The party's own code at a table between the parties of its state."""
        return self.actor or self.coalition_actor

    def governs(self, day: date) -> bool:
        return any(a <= day and (b is None or day < b) for a, b in self.spells)

    def has_figure(self, name: str, day: date | None) -> bool:
        """Whether the person called ``name`` led or served the party on ``day``."""
        return any(
            who == name and (day is None or ((a is None or a <= day) and (b is None or day < b)))
            for who, a, b in self.figures
        )


def _by_first_letter(names: list[str]) -> str:
    """The alternation of ``names`` (literal, in their order) grouped by first character:
    "C(?:onservatives|DU)|L(?:abour)". The matches are the plain alternation's (names that
    start differently never match at one place, and each group keeps its names' order),
    but the engine tries one group per place rather than every name."""
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[0], []).append(name[1:])
    return (
        "(?:"
        + "|".join(
            re.escape(first) + "(?:" + "|".join(map(re.escape, rests)) + ")"
            for first, rests in groups.items()
        )
        + ")"
    )


@dataclass(frozen=True, slots=True)
class PartyMention:
    start: int
    end: int
    parties: tuple[Party, ...]  # several where the name is shared ("Socialists", "Labour")


@dataclass(slots=True)
class PartyTable:
    parties: dict[str, Party]
    since: date
    checked_to: date
    forms: dict[str, tuple[Party, ...]]
    pattern: re.Pattern[str] | None

    @classmethod
    def from_document(cls, doc: dict) -> PartyTable:
        parties: dict[str, Party] = {}
        forms: dict[str, list[Party]] = {}
        for row in doc.get("parties", []):
            party = Party(
                code=row["code"],
                state=row["state"],
                name=row.get("name", row["code"]),
                names=tuple(row.get("names") or ()),
                spells=tuple(
                    (date.fromisoformat(s["from"]), _day(s.get("to")))
                    for s in row.get("governing", ())
                ),
                source=row.get("source", ""),
                actor=row.get("actor"),
                coalition_actor=row.get("coalition_actor"),
                figures=tuple(
                    (f["name"], _day(f.get("from")), _day(f.get("to")))
                    for f in row.get("figures", ())
                ),
            )
            parties[party.code] = party
            for form in party.names:
                forms.setdefault(form, []).append(party)
        names = sorted(forms, key=len, reverse=True)
        pattern = (
            re.compile(r"(?<![\w-])" + _by_first_letter(names) + r"(?![\w-])") if names else None
        )
        return cls(
            parties=parties,
            since=date.fromisoformat(doc.get("since", "2020-01-01")),
            checked_to=date.fromisoformat(doc.get("checked_to", "2025-10-31")),
            forms={k: tuple(v) for k, v in forms.items()},
            pattern=pattern,
        )

    def find(self, text: str, *, titles: bool = False) -> list[PartyMention]:
        """The party names in ``text``, in order; with ``titles``, also a name that runs
        on into a legislator's title or follows a chamber's name ("Democratic Senator X",
        "Senate Democratic leader X": what Opposition.STATE reads, where any party's label
        gives its state)."""
        if self.pattern is None:
            return []
        found = []
        for m in self.pattern.finditer(text):
            form = m.group()
            acronym = form.isupper()
            if (
                not acronym
                and _RUNS_ON.match(text, m.end())
                and not (titles and _TITLE_ON.match(text, m.end()))
            ):
                continue  # "Labour Ministry", "Democratic Republic"
            before = _RUNS_IN.search(text, max(0, m.start() - 30), m.start())
            if (
                before is not None
                and before.group(1) not in _OPENING_WORDS
                # a possessive is no part of the name ("Spain's", "Peters'")
                and not before.group(1).endswith(("'s", "’s", "s'", "s’"))
                and not (titles and before.group(1) in _CHAMBERS)
            ):
                continue  # "Social Democrats", "Catalan Socialists"
            if _BODY_OF.search(text, max(0, m.start() - 40), m.start()):
                continue  # "the Ministry of Law and Justice"
            found.append(PartyMention(m.start(), m.end(), self.forms[form]))
        return found

    def of_figure(self, name: str, day: date | None) -> Party | None:
        """The one party the person called ``name`` led or served on ``day``."""
        found = [p for p in self.parties.values() if p.has_figure(name, day)]
        return found[0] if len(found) == 1 else None

    def governs(self, party: Party, day: date | None) -> bool | None:
        """Whether ``party`` governed its state on ``day``: None where the table does not
        say (no day, or a day before ``since``). After ``checked_to`` the table's last state
        holds, as the gazetteer's open offices do: an open spell goes on, and a party out of
        government stays out."""
        if day is None or day < self.since:
            return None
        return party.governs(day)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


@lru_cache(maxsize=1)
def load_parties() -> PartyTable:
    """The bundled table of parties (cached)."""
    text = resources.files("parley.data").joinpath("parties.json").read_text(encoding="utf-8")
    return PartyTable.from_document(json.loads(text))
