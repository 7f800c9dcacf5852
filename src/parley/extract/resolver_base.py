"""The resolver's shared state: its base class, and ``Who`` and ``Heard``, what it resolves to."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import cached_property
from re import Pattern
from typing import TYPE_CHECKING

from parley.actors import ActorKind, Gazetteer, Gender, Person
from parley.extract.mentions import Mention, MentionKind
from parley.extract.options import DEFAULT_OPPOSITION, Opposition
from parley.extract.party_sides import PartySides, party_movements
from parley.extract.speaker_patterns import _NAME_GOES_ON, _NOT_STATES, former_title
from parley.parties import load_parties
from parley.places import place_state


class ActorPath(Enum):
    """Which path of the speaker resolution decided a speaker's side (its provenance): kept
    with the ``Who`` for measurement (``PARLEY_ACTOR_TRACE``), never exported."""

    GAZETTEER_PERSON = "gazetteer person"  # a person the gazetteer knows, on the day
    OFFICE_HOLDER = "office holder"  # "the president", "Putin's spokesman": the gazetteer's
    TITLE = "title/demonym"  # "Colombian President X", "a Ukrainian official"
    PARTY = "party"  # a party's own name or label, "PSOE negotiator X"
    APPOSITION = "apposition"  # "X, Kenya's foreign minister,", "X, who heads ..."
    ORGANISATION = "of/for/at organisation"  # "X of Samoa", "sources in the ministry"
    DESCRIPTION_AFTER = "description after"  # "X posted ... The Omani minister wrote"
    TITLE_CONTEXT = "title in context"  # an earlier title or the sentence's titled people
    OFFICE_CONTEXT = "bare office, context state"  # "Defence Minister X": the paragraph's
    ARTICLE_FALLBACK = "article fallback"  # the side the article quotes or names most
    LOCAL_PLACE = "local place"  # "the regional governor": the province's state
    COREF = "pronoun/coreference"  # "he said", "the official said", "the kingdom" again
    CONTEXT_STATE = (
        "context state"  # "the ministry": the paragraph's, dateline's or article's state
    )
    FRAMING = "framing place"  # "In Kyiv, the president's office said"
    # "Officials familiar with the matter said": the one government the article names
    ONE_GOVERNMENT = "one government"
    LEGISLATURE = "legislature"  # "a member of parliament": the state whose legislators
    GROUP = "group member"  # "one of them", "its representative"
    NAMED_ACTOR = "named actor"  # "Russia said", "the EU said"
    ORGANISATION_LATEST = "latest organisation"  # "the group said": the last one named
    DEFAULT_SIDE = "default side"  # a role's own default ("the Kremlin")
    PRIVATE = "private/no side"  # a private body or person, the opposition: no side
    FIRST_NAME_COUNTRY = "first name a country"  # "Chad Smith"
    UNRESOLVED = "no side found"  # nothing gave a side
    ABSTAIN = "abstained"  # a guess the measurements say is worse than no side
    CHAIR = "chair of a meeting"  # "X, who chairs the talks": the convening organisation
    HOST = "summit's president"  # "X, the COP28 president,": the summit's host state
    # an organisation the gazetteer does not list, named with the speaker ("NFR spokesman X")
    UNLISTED = "unlisted organisation"
    # an organisation the gazetteer lists, named with the speaker as the body of an office
    # ("X, general secretary of the NEU,") where no other path gave a side
    LISTED = "listed organisation"
    OTHER = "other"  # built outside the resolver (labels, turns, hearsay splits)
    # where a context path found its state (``Who.basis``)
    CONTEXT_PARAGRAPH = "paragraph names"  # a state or demonym named before, in the paragraph
    CONTEXT_SENTENCE = "sentence names after"  # "Rubio met Foreign Minister X in Islamabad"
    CONTEXT_PARAGRAPH_BEFORE = "paragraph before opens on"  # its subject state
    DATELINE = "dateline"  # the dateline's state
    ARTICLE_PLACES = "article's places"  # the one state whose provinces the article names


@dataclass(slots=True)
class Who:
    speaker: str | None
    actor: str | None
    person_like: bool  # a person, named or resolved, rather than a body or a group
    # which path decided ``actor`` (for measurement only; not part of equality)
    path: ActorPath = field(default=ActorPath.OTHER, compare=False)
    basis: ActorPath | None = field(default=None, compare=False)  # where a context path looked


@dataclass(frozen=True, slots=True)
class Heard:
    """A speaker or narrated person the text spoke of at ``pos``, for later pronouns."""

    pos: int
    who: Who
    gender: Gender | None


class ResolverBase:
    """The state the parts of the ``Resolver`` share; set up in ``__init__``."""

    def __init__(
        self,
        gaz: Gazetteer,
        text: str,
        mentions: list[Mention],
        day: date | None,
        opposition: Opposition = DEFAULT_OPPOSITION,
    ):
        self.gaz = gaz
        # how a domestic opposition's politicians and parties are coded: their state, or
        # no side (the corpus's convention); ``opposition_sides`` is True for the first
        self.opposition_sides = opposition is Opposition.STATE
        self._past_title = former_title(self.opposition_sides)  # "former", "retired" (, "shadow")
        self.text = text
        self.day = day
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.context_basis: ActorPath | None = None  # the last context step that gave a side
        self.known: dict[str, Who] = {}  # surname or full name of people the gazetteer lacks
        self._private_names: set[str] = set()  # people the text places in no state's service
        # people whose recorded offices ended, given a government title again by the text
        self._retitled: dict[str, str] = {}
        # (where, title, who) of people the gazetteer lacks, named with a title in the text
        # ("Labour Minister Steven MacKinnon"): "the minister" later is that person
        self._titled_names: list[tuple[int, str, Who]] = []
        self.history: list[Heard] = []
        # Indexes over the history, so that a lookback costs what it finds, not the length
        # of the text read so far (a long text would otherwise cost its square):
        self._speaker_actors: Counter[str] = Counter()  # actor -> statements resolved to it
        self._recent_people: dict[str, None] = {}  # gazetteer people spoken of, latest last
        # (person_like, gender) -> positions in the history of its entries
        self._by_kind: dict[tuple[bool, Gender | None], list[int]] = {}
        self._first_mention: dict[str, Mention] = {}  # person name -> its first mention
        for m in mentions:
            if m.person is not None:
                self._first_mention.setdefault(m.person.name, m)
        self._named: list[str] = []  # actors by how often the text names them
        self._main_actor_counted = False
        self._peopled_sides: set[str] | None = None
        self._unnamed_at: dict[str, int] = {}  # role noun -> where it was last described
        # every description of an unnamed source: (where, role noun, who), in the order the
        # speakers were resolved (not always the text's)
        self._descriptions: list[tuple[int, str, Who]] = []
        # role noun -> (positions, sides) of the phrases that qualify it with a side
        # ("Sudan's army", "the Thai government"): what a bare "the army" means later
        self._qualified: dict[str, tuple[list[int], list[str]]] = {}
        # party offices and membership: a governing party's state; an opposition party's
        # state or nobody's, by ``opposition``
        self.parties = PartySides(
            load_parties(),
            text,
            mentions,
            day,
            lambda at: self._context_actor(at, state_only=True),
            opposition_sides=self.opposition_sides,
            party_movements=party_movements(gaz),
            is_state=self._is_state,
            state_of_place=lambda name: place_state(gaz, name),
        )
        self._learn_roles()  # before the names: a title's side may come from it
        self._learn_names()
        self._upgrade_surnames()
        self._short_organisations()

    def _state_opening(self, at: int, verb: Pattern[str]) -> str | None:
        """The state whose name stands at ``at`` (a sentence's or paragraph's opening) as the
        subject of ``verb`` after it ("Iran, which ..., has sent", "South Korea said"), not
        the first word of a longer name ("London School")."""
        m = self._mention_at(at)
        if (
            m is not None
            and m.kind is MentionKind.ACTOR
            and m.actor
            and self._is_state(m.actor)
            and not _NAME_GOES_ON.match(self.text, m.end)
            and verb.match(self.text, m.end)
        ):
            return m.actor
        return None

    if TYPE_CHECKING:
        # Methods one part of the resolver calls on another (each defined in one mixin).
        def _learn_names(self) -> None: ...

        def _upgrade_surnames(self) -> None: ...

        def _short_organisations(self) -> None: ...

        def _learn_roles(self) -> None: ...

        def _legislature(self, office: Mention) -> str | None: ...

        def role_side(self, role: str | None, pos: int) -> str | None: ...

        def _back_in_paragraph(self, pos: int, limit: int) -> Iterator[tuple[int, Mention]]: ...

        def _title_actor(self, pos: int) -> str | None: ...

        def _elected_title(self, chain: list[Mention]) -> bool: ...

        def _opposition_title(self, pos: int) -> bool: ...

        def _office_topic(self, m: Mention) -> int | None: ...

        def _office_actor(self, offices: list[Mention]) -> str | None: ...

        def _presidential(self, office: Mention) -> bool: ...

        def _state_person_office(self, office: Mention) -> bool: ...

        def _junta_side(self, offices: list[Mention]) -> str | None: ...

        def _recent_with_role(
            self, holders: list[Person], pos: int, role: str = ""
        ) -> list[Person]: ...

        def _holder_side(self, role: str, pos: int) -> str | None: ...

        def _of_actor(self, pos: int) -> str | None: ...

        def _of_body(self, pos: int) -> str | None: ...

        def _of_place(self, pos: int, *, local: bool = False) -> str | None: ...

        def _owned_by_unknown(self, pos: int) -> bool: ...

        def _led_mission_side(self, pos: int) -> str | None: ...

        def _state_institution(self, m: Mention) -> bool: ...

        def _named_agency(self, pos: int) -> bool: ...

        def _acronym_state_owner(self, pos: int) -> bool: ...

        def _office_of_unknown_body(self, pos: int) -> bool: ...

        def _unknown_body_office_before(self, pos: int) -> bool: ...

        def _posted_at(self, place: Mention) -> bool: ...

        def _mention_at(self, pos: int) -> Mention | None: ...

        def _name_at(self, pos: int) -> bool: ...

        def _not_yet(self, p: Person) -> bool: ...

        def _sentence_before(self, pos: int) -> tuple[int, int] | None: ...

        def _private_subject_before(self, pos: int) -> bool: ...

        def _subject_before_is(self, pos: int, kind: Callable[[Mention], bool]) -> bool: ...

        def _context_actor(
            self, pos: int, *, state_only: bool, main: bool = True, spoken_of: bool = False
        ) -> str | None: ...

        def _framing_actor(self, pos: int, *, state_body: bool = False) -> str | None: ...

        @cached_property
        def home_state(self) -> str | None: ...

        @cached_property
        def venue_state(self) -> str | None: ...

        @cached_property
        def labour_dispute(self) -> bool: ...

        @cached_property
        def places_state(self) -> str | None: ...

        @cached_property
        def _between_states(self) -> bool: ...

        def city_government(self, at: int) -> str | None: ...

        def sub_state_before(self, at: int) -> str | None: ...

        def regional_office(
            self, actor: str | None, offices: list[Mention], name: Mention | None = None
        ) -> str | None: ...

        def sub_state_minister(
            self, actor: str | None, role: str | None, at: int
        ) -> str | None: ...

        def _place_side(self, name: str) -> str | None: ...

        def _reported(self, pos: int) -> bool: ...

        def _qualifies_speaker(self, j: int) -> bool: ...

        def _actor_in_words(self, phrase: str) -> str | None: ...

        def _private_apposition(self, pos: int, *, titled: bool = False) -> bool: ...

        def _place_apposition(self, pos: int) -> bool: ...

        def _relative_office_actor(self, pos: int) -> str | None: ...

        def _state_body_head(self, pos: int) -> str | None: ...

        def _private_role_clause_before(self, pos: int) -> bool: ...

        def _body_described_actor(self, pos: int) -> str | None: ...

        def _description_after(self, pos: int) -> str | None: ...

        def _office_described_after(self, name: Mention) -> Mention | None: ...

        def _apposition_actor(self, pos: int) -> str | None: ...

        def _honoured(self, m: Mention) -> bool: ...

        def main_actor(self, *, state_only: bool = False) -> str | None: ...

        def _local_place(self, pos: int, *, own: bool = False) -> str | None: ...

        def local_capital_city(self, pos: int) -> str | None: ...

        @property
        def dateline_city(self) -> str | None: ...

        def _known_name(self, name: str, at: int | None = None) -> Who | None: ...

        def _is_state(self, code: str) -> bool: ...

        def described_party(self, m: Mention) -> str | None: ...

        def _latest_organisation(
            self, pos: int, kinds: frozenset[ActorKind] = _NOT_STATES, window: int = 40
        ) -> str | None: ...

        def _actor_after(self, pos: int, role: str = "") -> str | None: ...

        def antecedent(self, pos: int, gender: Gender | None) -> Who | None: ...

        def _opening_chain(self, a: int, end: int) -> tuple[int, list[Mention] | None]: ...

        def _person_in(self, chain: list[Mention], gender: Gender | None) -> Who | None: ...

        def _sentence_subject(self, pos: int, *, own: bool = False) -> Mention | None: ...

        def _subject_side(self, m: Mention) -> str | None: ...

        def _speaks_for(self, p: Person) -> str | None: ...

        def _former(self, chain: list[Mention], name: Mention) -> bool: ...

        def _retitled_state(self, before: list[Mention], p: Person) -> str | None: ...
