"""The side of a speaker the text places by a party office or membership.

A governing party speaks for its state. A party out of government speaks for its state
too under ``Opposition.STATE`` (the spec's reading, the default), and for none under
``Opposition.NONE`` (the corpus's convention, tests/data/negotiations/README.md,
"Domestic opposition"): ``opposition_sides`` says which. The table of parties
(:mod:`parley.parties`) says which party governed which state on the article's date;
the text's own words say it too: "the ruling X party", "the governing Socialists" are
in government, "the opposition X", "opposition leader X" are not, whatever the table.
A party the table links to an actor of the gazetteer's own (``Party.actor``: Nepal's
Congress and UML) speaks as itself whenever it is out of government, under either
setting: the gazetteer lists it by its own names as a side. (Parties the gazetteer lists
only by descriptive names, "X's parliamentary group", are not linked: the corpus's
opposition settings decide them.)

:class:`PartySides` finds that evidence around one speaker:

- a party title before the name: "PSOE negotiator X", "The MHP's X", "the spokesman of
  the ruling AK Party, X", "the separatist party led by X", "Its spokesman, X" (the party
  the sentence is about);
- a party in the apposition after it: "X, spokesman of the ruling AK Party,", "X, the
  Socialists' chief negotiator,", "X, a senior figure of the ruling Y party,";
- for an unnamed speaker, a party qualifying the noun: "a Socialist official", "AKP
  sources", "a senior figure of the ruling Y party".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from parley.actors import ActorKind, Gazetteer, per_gazetteer
from parley.extract.mentions import Mention, MentionKind
from parley.parties import Party, PartyMention, PartyTable

# words before a party name that say whether it governs
_RULING_BEFORE = re.compile(r"\b(?:ruling|governing)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_OPPOSITION_BEFORE = re.compile(r"\bopposition\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# a chamber's minority: "the ranking Democrat", "the top Republican", "the minority Labour"
_MINORITY_BEFORE = re.compile(r"\b(?:ranking|minority|top)\s+$", re.IGNORECASE)
# a legislator's home after the name: " of New Hampshire"
_HOME = re.compile(r"\s+(?:of|from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?=\s*,)")
# "Spain's governing Socialists", "the Turkish ruling party": a state before the party
_STATE_GAP = re.compile(r"^(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,3}$")

# A party's title right before the name: "PSOE negotiator ", "The MHP's ", "AKP Deputy
# Chairman "
# (a title may be hyphenated: "ANC Secretary-General X", "Vice-President X")
_PARTY_TITLE_WORD = (
    r"(?:Deputy|Vice|Chairman|Chairwoman|Chair|Leader|Spokesman|Spokeswoman|Secretary|General"
    r"|President)"
)
_TITLE_TOKEN = _PARTY_TITLE_WORD + r"(?:-" + _PARTY_TITLE_WORD + r")?"
_TITLE_AFTER_PARTY = re.compile(
    r"(?:['’]s?)?(?:\s+(?:[a-z][\w-]*|" + _TITLE_TOKEN + r")){0,4}\s*,?\s+$"
)
# ... and, where any party's label gives its state (Opposition.STATE), a legislator's
# title: "Democratic Senator X", "Labour MP X", "Republican Rep. X"
_TITLE_AFTER_PARTY_STATE = re.compile(
    r"(?:['’]s?)?(?:\s+(?:[a-z][\w-]*|" + _TITLE_TOKEN + r"|Senator|Sen\.|Representative|Rep\."
    r"|Congressman|Congresswoman|Lawmaker|Legislator|MP|Whip)){0,4}\s*,?\s+$"
)
# a US legislator's party-and-state label after the name: " (D-Conn.)", " (R-N.Y.)", " (I-Vt.)"
_US_LABEL = re.compile(r"\s*\([DRI]\s*[-–]\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?\)")
# "Shadow Foreign Secretary X": an opposition front bench's office (Opposition.STATE)
_SHADOW_TITLE = re.compile(r"\bshadow\s+(?!of\b)(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
# "X of the governing Socialists", "X for the Greens says": a party after the name
_OF_AFTER_NAME = re.compile(r"\s+(?:of|from|for)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")
# "Winston Peters' New Zealand First", "X's own party": the party the name owns (leads)
_POSSESSOR_OF = re.compile(r"['’]s?\s+(?:own\s+)?")
# a conjunction between a party and a name: "the ACT party and X"
_JOINED = re.compile(r"\b(?:and|or|but|nor)\b")
# "X, whose Y party leads the coalition,": the party a relative clause gives the name
_WHOSE_AFTER_NAME = re.compile(r",\s+whose\s+(?:own\s+)?$")
# "X, who leads the governing ": a relative clause that makes the name the party's leader
_LEADS_AFTER_NAME = re.compile(
    r",\s+who\s+(?:now\s+|also\s+|has\s+|had\s+)?(?:heads|headed|leads|led|co-leads|chairs|"
    r"chaired|co-chairs|speaks\s+for|(?:is|was|remains|remained|became)\s+(?:the\s+|its\s+)?"
    r"(?:[a-z][\w-]*\s+)?(?:chairman|chairwoman|chair|leader|head|president|spokesman"
    r"|spokeswoman|secretary[ -]general|general\s+secretary)\s+of)"
    r"\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)
# "the spokesman of the ruling AK Party, ": an office of the party in apposition before
_OF_PARTY_BEFORE = re.compile(r"^(?:\s+[Pp]arty)?\s*,\s*$")
_OFFICE_OF = re.compile(
    r"\b(?:of|for|from|in|at)\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE
)
# "the separatist party led from Belgium by ": a leader named after the party
_LED_BY = re.compile(r"\bled\s+(?:[\w'’-]+\s+){0,3}?by\s+(?:[\w'’.-]+\s+){0,4}$")
# "Its spokesman in parliament, ", "its secretary general, ": an office of what "its" is
_ITS_OFFICE = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+[^,.;:!?\"“”]{0,50}?(?:,\s*|\s+)$")
# an apposition after the name, up to its end: ", spokesman of the ruling AK Party,"
_APPOSITION = re.compile(r"\s*,\s+(?!who\b|whose\b|which\b|said\b|told\b|says\b)")
_APPOSITION_END = re.compile(r"[,;:]|[.!?](?:\s|$)|\b(?:said|says|told|who|which)\b")
# "opposition leader X", "the leader of Spain's main opposition party, X"
_OPPOSITION_TITLE = re.compile(
    r"\bopposition(?:\s+[\w'’-]+){0,3}\s*,?\s+$"
    r"|\b(?:leader|head)\s+of\s+the\s+opposition\s*,?\s*$",
    re.IGNORECASE,
)
_OPPOSITION_WORD = re.compile(r"\bopposition\b", re.IGNORECASE)
# a capitalised word's opposition, known or not: "Ruritania's opposition"
_NAMED_OPPOSITION = re.compile(
    r"\b(?!(?:The|A|An|Its|Their|His|Her|Our|This|That|Main)\b)[A-Z][\w-]+(?:['’]s?)?\s+"
    r"(?:(?:main|largest|exiled|divided)\s+)?opposition\b"
)
# a state's opposition: "Republika Srpska's opposition", "the Venezuelan opposition"
_WHOSE_OPPOSITION = re.compile(r"(?:['’]s?)?\s+(?:(?:main|largest|exiled|divided)\s+)?opposition\b")
# "a ruling-party lawmaker", "a senior figure of the governing party": no party named
_RULING_PARTY = re.compile(
    r"\b(?:[Rr]uling|[Gg]overning)[ -](?:[A-Z][\w'’-]*\s+){0,4}"
    r"(?:[Pp]arty|[Cc]oalition|[Aa]lliance|bloc)\b"
)
# the determiner and modifiers before a party that qualifies an unnamed speaker's noun
_UNNAMED_BEFORE = re.compile(
    r"(?:^|[\s(\"“])(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Aa]nother"
    r"|[Mm]any)\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)
_UNNAMED_AFTER = re.compile(
    r"\s+(?:of|from|in|at|for|close\s+to)\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}"
)
_RULING_PARTY_AFTER = re.compile(
    r"\s+(?:of|from|in|at|for|close\s+to)\s+the\s+(?:ruling|governing)[ -]"
    r"(?:[A-Z][\w'’-]*\s+){0,4}(?:[Pp]arty|[Cc]oalition|[Aa]lliance)\b"
)
# "the party's executive secretary": an office of the party named last
_THE_PARTYS = re.compile(r"the\s+party['’]s\s")
_THE_PARTYS_OFFICE = re.compile(r"\b[Tt]he\s+party['’]s\s+(?:[\w-]+\s+){0,4}?[\w-]+,?\s+$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# "by the ruling ": the agent of a passive before a party's name
_AGENT_BEFORE = re.compile(r"\bby\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$")
# The text's own words that put a party in the governing coalition on the article's day,
# whatever the table's dates: "the PPP and the other coalition partners", "X, a coalition
# partner,", "coalition partner X", "X joined the government" (not "would join", "declined
# to join": a party negotiating to join stays out)
_PARTNER_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+and\s+(?:the\s+)?other\s+(?:governing\s+)?coalition\s+partners\b"
    r"|\s*,\s+(?:a|the|its|another)\s+(?:junior\s+)?(?:governing\s+)?coalition\s+partner\b"
    r"|\s+(?:has\s+|had\s+)?joined\s+the\s+(?:governing\s+|ruling\s+)?"
    r"(?:government|coalition|cabinet)\b)"
)
_PARTNER_BEFORE = re.compile(
    r"\b(?:governing\s+)?coalition\s+partners?\s*,?\s+(?:the\s+)?$", re.IGNORECASE
)
# an election's seats shared out between allies: "the seat-sharing formula", "will contest
# 29 seats", "101 seats each"
_SEAT_SHARING = re.compile(
    r"\bseat[- ]sharing\b|\bcontest(?:s|ed|ing)?\s+(?:\d+|[a-z]+)\s+(?:seats|constituencies)\b"
    r"|\b\d+\s+(?:seats|constituencies)\s+each\b",
    re.IGNORECASE,
)
# a subject "The ultra-Orthodox X party": the article and lower-case modifiers before the
# name, and the class noun after it
_ARTICLE_MODIFIERS = re.compile(r"(?:[Tt]he\s+)?(?:[a-z][\w]*(?:-[\w]+)*\s+){0,3}")
_PARTY_NOUN_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:party|faction)\s*|\s*|,\s+(?:the|a|an)\s+[^,;.]+,?\s*"
)
_HYPHENED_MODIFIER = re.compile(r"[A-Z][\w'’]*\s+")
_LOWER_HYPHEN_BEFORE = re.compile(r"\b[a-z]+-$")
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’)]*\s+|\n)")


def _outside_names(found: list[PartyMention], mentions: list[Mention]) -> list[PartyMention]:
    """The party names of ``found`` outside any longer name of an actor the gazetteer knows:
    "Labour Party" inside "Social Democratic and Labour Party" is not Labour's."""
    spans = [
        (m.start, m.end)
        for m in mentions
        if m.kind is MentionKind.ACTOR and m.actor and m.person is None
    ]
    return [
        pm
        for pm in found
        if not any(a <= pm.start and pm.end <= b and b - a > pm.end - pm.start for a, b in spans)
    ]


@dataclass(frozen=True, slots=True)
class PartySide:
    """What the text says of a speaker's party: ``actor`` is the state it governs, or, for
    a party out of government, its state (``opposition_sides``) or None (the speaker then
    speaks for no state)."""

    actor: str | None
    said: bool = False  # the text's own words ("ruling", "opposition"), not the table
    own: bool = False  # the party's own code (``Party.actor``), not a state's


class PartySides:
    """Party evidence around speakers in one text (built once per article)."""

    def __init__(
        self,
        table: PartyTable,
        text: str,
        mentions: list[Mention],
        day: date | None,
        state_at: Callable[[int], str | None],
        *,
        opposition_sides: bool = True,
        party_movements: frozenset[str] = frozenset(),
        is_state: Callable[[str], bool] | None = None,
        state_of_place: Callable[[str], str | None] | None = None,
    ):
        self.table = table
        # the listed movements the gazetteer calls parties ("the Tipra Motha party"): what
        # "the party" may stand for, though the party table does not hold them
        self.party_movements = party_movements
        # whether a party out of government speaks for its state (Opposition.STATE)
        self.opposition_sides = opposition_sides
        self.text = text
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.day = day
        self.state_at = state_at  # the state the text is about at a position
        self.found = _outside_names(table.find(text, titles=opposition_sides), mentions)
        self._title_after_party = (
            _TITLE_AFTER_PARTY_STATE if opposition_sides else _TITLE_AFTER_PARTY
        )
        self.found_starts = [p.start for p in self.found]
        # the parties the text itself places in the governing coalition
        self._partners: set[str] = set()
        for pm in self.found:
            if _PARTNER_AFTER.match(text, pm.end) or _PARTNER_BEFORE.search(
                text, max(0, pm.start - 40), pm.start
            ):
                self._partners.update(p.code for p in pm.parties)
        self._named_states: dict[str, int] = {}
        for m in mentions:
            if m.kind in (MentionKind.ACTOR, MentionKind.ADJECTIVE) and m.actor:
                self._named_states[m.actor] = self._named_states.get(m.actor, 0) + 1
        # whether the text names some state (a party's own state unnamed then tells)
        self._names_a_state = is_state is not None and any(map(is_state, self._named_states))
        # the states of the sub-national places the text names ("a senator from
        # Connecticut"): a party of one of them is of a state the text does name
        self._placed_states: set[str] = set()
        if state_of_place is not None:
            for m in mentions:
                if m.kind in (MentionKind.NAME, MentionKind.SURNAME):
                    placed = state_of_place(text[m.start : m.end])
                    if placed is not None:
                        self._placed_states.add(placed)
        self.story = self._party_story(is_state)
        # the parties share out seats to contest an election together: each speaks as
        # itself even while it governs (a governing coalition's partners arguing policy
        # speak for their state)
        self.seat_sharing = self.story is not None and _SEAT_SHARING.search(text) is not None

    def _party_story(self, is_state: Callable[[str], bool] | None) -> str | None:
        """The state whose parties the text is a story between, if it is one: it names two
        or more parties of that state that the gazetteer lists as sides of their own
        (``Party.actor``), and no other state as often as that one."""
        linked: dict[str, set[str]] = {}
        for pm in self.found:
            party = self.party_of(pm)
            if party is not None and party.own_code is not None:
                linked.setdefault(party.state, set()).add(party.own_code)
        if len(linked) != 1:
            return None
        ((state, actors),) = linked.items()
        others = [
            n
            for code, n in self._named_states.items()
            if code != state and (is_state is None or is_state(code))
        ]
        if len(actors) < 2 or max(others, default=-1) >= self._named_states.get(state, 0):
            return None
        return state

    def story_side(self, name: str, *at: tuple[int, int]) -> PartySide | None:
        """In a story between parties of one state, the party of the person called
        ``name`` speaking as itself (out of government, or at a seat-sharing table): the
        one the table records the person leading or serving on the day (``Party.figures``),
        else the one the text places the person in at one of the mentions ``at`` ("ACT
        leader X", "X's Y party")."""
        if self.story is None:
            return None
        party = self.table.of_figure(name, self.day)
        if (
            party is not None
            and party.state == self.story
            and party.own_code is not None
            and (self.seat_sharing or self.table.governs(party, self.day) is False)
        ):
            # out of government, or at a seat-sharing table, as :meth:`side` has it
            return PartySide(party.own_code, own=True)
        for start, end in at:
            placed = self.named(start, end)
            if placed is not None:
                return placed if placed.own else None
        return None

    # -- one party mention ---------------------------------------------------------------
    def party_of(self, pm: PartyMention) -> Party | None:
        """The party a name stands for; a shared name ("the Socialists") is the party of
        the state named just before it ("Spain's Socialist party"), else of the one state
        among its owners the text names most."""
        if len(pm.parties) == 1:
            party = pm.parties[0]
            if (
                self._named_states.get(party.state, 0) == 0
                and party.state not in self._placed_states
                and self._names_a_state
            ):
                # a party of a state the text never names, in a text about others: the
                # name is another body's ("SPD" of a Czech party, "Labor" of a US office)
                return None
            return party
        states = {p.state: p for p in pm.parties}
        before = self._state_before(pm.start)
        if before in states:
            return states[before]
        counts = sorted(((self._named_states.get(s, 0), s) for s in states), reverse=True)
        if counts[0][0] > 0 and (len(counts) == 1 or counts[0][0] > counts[1][0]):
            return states[counts[0][1]]
        return None

    def _state_before(self, pos: int) -> str | None:
        i = bisect_left(self.starts, pos)
        for m in reversed(self.mentions[max(0, i - 2) : i]):
            if (
                m.kind in (MentionKind.ACTOR, MentionKind.ADJECTIVE)
                and m.actor
                and _STATE_GAP.match(self.text, m.end, pos)
            ):
                return m.actor
        return None

    def side(self, pm: PartyMention) -> PartySide | None:
        """Whether the party named at ``pm`` speaks for a state: the text's "ruling" or
        "opposition" first, else the table on the article's date; None when neither says."""
        window = self.text[max(0, pm.start - 40) : pm.start]
        party = self.party_of(pm)
        if party is not None and party.actor is not None and _OPPOSITION_BEFORE.search(window):
            return PartySide(party.actor, said=True, own=True)  # "the opposition X party"
        if _OPPOSITION_BEFORE.search(window) and not self.opposition_sides:
            return PartySide(None, said=True)
        if (
            party is not None
            and _MINORITY_BEFORE.search(window)
            and self.table.governs(party, self.day) is False
        ):
            # "the ranking Democrat on the committee", "the top Republican on it": the text
            # places the party in a chamber's minority and the table out of government; the
            # legislator speaks for no state (Opposition.NONE) or the party's (STATE)
            return PartySide(party.state if self.opposition_sides else None, said=True)
        if _RULING_BEFORE.search(window) or _OPPOSITION_BEFORE.search(window):
            # "the ruling AK Party"; "the opposition CHP" when the opposition has a side
            state = party.state if party is not None else self._state_before(pm.start)
            return PartySide(state or self.state_at(pm.start), said=True)
        if party is None:
            return None
        governs = self.table.governs(party, self.day)
        if not governs and party.code in self._partners:
            # the text makes the party a partner in the governing coalition
            return PartySide(party.state, said=True)
        if party.actor is not None and governs is False:
            # a party the gazetteer lists as an actor of its own, out of government: itself
            return PartySide(party.actor, own=True)
        if party.own_code is not None and self.story == party.state and self.seat_sharing:
            # at a seat-sharing table between parties of its state, in government too
            return PartySide(party.own_code, own=True)
        if governs is None:
            return None
        return PartySide(party.state if governs or self.opposition_sides else None)

    def _ending_at(self, a: int, b: int) -> list[PartyMention]:
        i = bisect_left(self.found_starts, a)
        j = bisect_left(self.found_starts, b)
        return [p for p in self.found[i:j] if p.end <= b]

    def _latest(self, pos: int) -> PartySide | None:
        """The side of the party the text named last before ``pos``, in its paragraph or
        the one before (what "the party" stands for)."""
        para = self.text.rfind("\n\n", 0, pos)
        floor = self.text.rfind("\n\n", 0, para) if para > 0 else 0
        # a passive's agent ("courted by the ruling X party") is not what the text is about
        before = [
            pm
            for pm in self._ending_at(max(0, floor), pos)
            if not _AGENT_BEFORE.search(self.text, max(0, pm.start - 40), pm.start)
        ]
        i = bisect_left(self.starts, pos)
        movement = next(
            (
                m
                for m in reversed(self.mentions[bisect_left(self.starts, max(0, floor)) : i])
                if m.kind is MentionKind.ACTOR and m.actor in self.party_movements
            ),
            None,
        )
        if movement is not None and (not before or before[-1].start < movement.start):
            # a listed movement the gazetteer calls a party, named after any party of the
            # table: the party "the party" stands for
            return PartySide(movement.actor, said=True)
        return self.side(before[-1]) if before else None

    # -- a named speaker -----------------------------------------------------------------
    def named(self, name_start: int, name_end: int) -> PartySide | None:
        """The party side of a name the text gives at ``name_start``..``name_end``: from
        the title before it, else from its apposition."""
        found = self._title_before(name_start)
        if found is None and self.opposition_sides and _US_LABEL.match(self.text, name_end):
            # "Sen. X (D-Conn.)": a US legislator, whichever party (Opposition.STATE)
            found = PartySide("USA")
        if found is None:
            home = _HOME.match(self.text, name_end)  # "Senator X of Delaware, a Democrat,"
            found = self._apposition(home.end() if home is not None else name_end)
        if found is None:
            i = bisect_left(self.found_starts, name_end)
            nxt = self.found[i] if i < len(self.found) else None
            if nxt is not None and (
                _OF_AFTER_NAME.fullmatch(self.text, name_end, nxt.start)
                or _LEADS_AFTER_NAME.fullmatch(self.text, name_end, nxt.start)
                or _WHOSE_AFTER_NAME.fullmatch(self.text, name_end, nxt.start)
                or _POSSESSOR_OF.fullmatch(self.text, name_end, nxt.start)
            ):
                # "X of the governing Socialists", "X, who leads the Y faction,", "X, whose
                # Y party leads the coalition,", "X's Y party"
                found = self.side(nxt)
        if found is None:
            found = self.naming(name_start, name_end)  # "Fine Gael": a party's own name
        return found

    def _title_before(self, name_start: int) -> PartySide | None:
        floor = self._sentence_start(name_start)
        before = self.text[floor:name_start]
        title = _OPPOSITION_TITLE.search(before[-60:])
        if title is None and self.opposition_sides:
            title = _SHADOW_TITLE.search(before[-60:])  # "Shadow Foreign Secretary X"
        if title is not None:
            # "Turkish opposition leader X": nobody's side, or the state the title names
            if not self.opposition_sides:
                return PartySide(None, said=True)
            at = floor + max(0, len(before) - 60) + title.start()
            return PartySide(self.opposition_state(max(floor, at - 60), name_start), said=True)
        for pm in reversed(self._ending_at(max(floor, name_start - 160), name_start)):
            gap_at = pm.end
            if self._title_after_party.fullmatch(
                self.text, gap_at, name_start
            ) and not _JOINED.search(self.text, gap_at, name_start):
                # "PSOE negotiator X", "The MHP's X" (not "the ACT party and X": a name
                # joined to the party by a conjunction is another party's)
                return self.side(pm)
            if _OF_PARTY_BEFORE.fullmatch(self.text, gap_at, name_start) and _OFFICE_OF.search(
                self.text, max(floor, pm.start - 50), pm.start
            ):
                return self.side(pm)  # "the spokesman of the ruling AK Party, X"
            if (
                _LED_BY.search(self.text, gap_at, name_start)
                and "." not in self.text[gap_at:name_start]
            ):
                return self.side(pm)  # "the separatist party led from Belgium by X"
        if _THE_PARTYS_OFFICE.search(self.text, max(floor, name_start - 70), name_start):
            return self._latest(name_start)  # "the party's executive secretary, X"
        its = _ITS_OFFICE.search(self.text, max(floor, name_start - 70), name_start)
        if its is not None:
            owner = self._subject_party(its.start())
            if owner is not None:
                return self.side(owner)  # "Junts sent ... its spokeswoman, X"
            movement = self._subject_movement(its.start())
            if movement is not None:
                return PartySide(movement, said=True)  # "The X party was scathing. Its Y"
        if _RULING_PARTY.search(before[-80:]):
            return PartySide(self.state_at(name_start), said=True)  # "a ruling-party lawmaker, X"
        return None

    def _sentence_start(self, pos: int) -> int:
        floor = max(self.text.rfind("\n", 0, pos) + 1, pos - 300, 0)
        last = floor
        for m in _SENTENCE_START.finditer(self.text, floor, pos):
            last = m.end()
        return last

    def _subject_party(self, pos: int) -> PartyMention | None:
        """The party a possessive "its" at ``pos`` stands for: the party that opens its
        sentence ("Junts sent its secretary general"), else the one that opens the
        sentence before ("The Catalan party ERC ... welcomed the pact. Its spokesman")."""
        start = self._sentence_start(pos)
        if start < pos - 1:
            inside = self._ending_at(start, pos)
            return inside[0] if inside and inside[0].start - start <= 40 else None
        prev = self._sentence_start(max(0, start - 2))
        inside = self._ending_at(prev, start)
        return inside[0] if inside and inside[0].start - prev <= 50 else None

    def _subject_movement(self, pos: int) -> str | None:
        """The listed movement the gazetteer calls a party that opens the sentence of a
        possessive "its" at ``pos`` or the sentence before, as :meth:`_subject_party`
        reads the table's parties."""
        start = self._sentence_start(pos)
        if start >= pos - 1:
            start = self._sentence_start(max(0, start - 2))
        i = bisect_left(self.starts, start)
        for m in self.mentions[i : bisect_left(self.starts, pos)]:
            if m.start - start > 40:
                break
            if m.kind is MentionKind.ACTOR and m.actor in self.party_movements:
                return m.actor
        return None

    def _apposition(self, name_end: int) -> PartySide | None:
        gap = _APPOSITION.match(self.text, name_end)
        if gap is None:
            return None
        end = _APPOSITION_END.search(self.text, gap.end())
        stop = min(end.start() if end else len(self.text), gap.end() + 100)
        words = self.text[gap.end() : stop]
        if not words or words[0].isupper() and not words.startswith(("A ", "An ", "The ")):
            return None  # "X, Ankara's envoy": a name or a place, not a title
        if _OPPOSITION_WORD.search(words):
            # "X, leader of the main opposition party,": nobody's side, or the state of the
            # party or place the apposition names
            if not self.opposition_sides:
                return PartySide(None, said=True)
            return PartySide(self.opposition_state(gap.end(), stop), said=True)
        inside = self._ending_at(gap.end(), stop)
        if inside:
            return self.side(inside[0])
        if _THE_PARTYS.match(words):
            return self._latest(name_end)  # "X, the party's executive secretary,"
        if _RULING_PARTY.search(words):
            return PartySide(self.state_at(gap.end()), said=True)
        return None

    def opposition_state(self, a: int, b: int) -> str | None:
        """The state an opposition title in ``a``..``b`` belongs to (Opposition.STATE): the
        state of the last party named in it ("the opposition CHP's leader"), else the last
        state or demonym in it ("Turkish opposition leader", "Spain's main opposition
        party"); else whose opposition its paragraph names ("Not everyone in Republika
        Srpska's opposition was pleased"), else the state of the last opposition figure the
        gazetteer knows in the paragraph (Machado), else of the last party the paragraph
        names ("the Conservatives ... Shadow foreign secretary X"); else the state the text
        is about there."""
        for pm in reversed(self._ending_at(a, b)):
            party = self.party_of(pm)
            if party is not None:
                return party.state
        i = bisect_left(self.starts, b)
        for m in reversed(self.mentions[max(0, i - 4) : i]):
            if m.start < a:
                break
            if m.kind in (MentionKind.ACTOR, MentionKind.ADJECTIVE) and m.actor:
                return m.actor
        para = max(0, self.text.rfind("\n\n", 0, a))
        for m in reversed(self.mentions[bisect_left(self.starts, para) : i]):
            if (
                m.kind in (MentionKind.ACTOR, MentionKind.ADJECTIVE)
                and m.actor
                and _WHOSE_OPPOSITION.match(self.text, m.end)
            ):
                return m.actor
        if _NAMED_OPPOSITION.search(self.text, para, b):
            return None  # "Ruritania's opposition": a place the gazetteer does not know
        for m in reversed(self.mentions[bisect_left(self.starts, para) : i]):
            if m.person is not None and (held := m.person.opposition_on(self.day)):
                return held  # "Machado, who won the opposition primary ... the opposition"
        for pm in reversed(self._ending_at(para, b)):
            party = self.party_of(pm)
            if party is not None:
                return party.state
        return self.state_at(b)

    def naming(self, start: int, end: int) -> PartySide | None:
        """The side of a party whose name holds the span ``start``..``end`` ("Dream" in
        "the ruling Georgian Dream party"), when the text or the table says it."""
        i = bisect_left(self.found_starts, end)
        for pm in reversed(self.found[max(0, i - 2) : i]):
            if pm.start <= start and end <= pm.end:
                return self.side(pm)
            if (
                end == pm.end
                and start < pm.start
                and _HYPHENED_MODIFIER.fullmatch(self.text, start, pm.start)
                and _LOWER_HYPHEN_BEFORE.search(self.text, max(0, start - 20), start)
            ):
                # "Orthodox Shas" of "the ultra-Orthodox Shas party": the name's first word
                # is a modifier hyphened to a lower-case one
                return self.side(pm)
        return None

    def subject(self, start: int, end: int) -> PartySide | None:
        """The side of a subject that is a party named with its class noun or alone: "The
        Likud party", "the ultra-Orthodox Shas party", "The Greens' faction", "Shas, the
        larger of the two parties," (an article, any lower-case or hyphenated modifiers,
        the party's name, then "party" or "faction", an apposition, or nothing)."""
        inside = [pm for pm in self._ending_at(start, end) if start <= pm.start]
        if len(inside) != 1:
            return None
        pm = inside[0]
        if not _PARTY_NOUN_AFTER.fullmatch(self.text, pm.end, end):
            return None
        if not _ARTICLE_MODIFIERS.fullmatch(self.text, start, pm.start):
            return None
        return self.side(pm)

    # -- an unnamed speaker --------------------------------------------------------------
    def unnamed(self, chain: list[Mention], head: Mention) -> PartySide | None:
        """The party side of an unnamed speaker's noun phrase ``chain`` whose head noun is
        ``head``: "a Socialist official", "AKP sources", "a figure of the ruling X party"."""
        start, end = chain[0].start, chain[-1].end
        if len(chain) == 1 and head.role == "party" and _THE_BEFORE.search(self.text, 0, start):
            return self._latest(start)  # "Junts was more forthcoming ... the party said"
        for pm in self._ending_at(max(0, start - 30), head.start + 1):
            if pm.start < start and not _UNNAMED_BEFORE.search(
                self.text, max(0, pm.start - 30), pm.start
            ):
                continue
            if _TITLE_AFTER_PARTY.fullmatch(self.text, pm.end, head.start):
                return self.side(pm)
        i = bisect_left(self.found_starts, end)
        if i < len(self.found) and _UNNAMED_AFTER.fullmatch(self.text, end, self.found[i].start):
            return self.side(self.found[i])  # "a senior figure of the ruling X party"
        if _RULING_PARTY_AFTER.match(self.text, end):
            return PartySide(self.state_at(start))  # "sources in the ruling party"
        return None


@per_gazetteer
def party_movements(gaz: Gazetteer) -> frozenset[str]:
    """The codes of the listed movements and organisations the gazetteer calls parties
    (``Actor.nouns``), what "the party" may stand for besides the party table's parties."""
    return frozenset(
        a.code for a in gaz.actors.values() if a.kind is not ActorKind.STATE and "party" in a.nouns
    )
