"""Titles and offices: the side an office or its holder speaks for."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property

from parley.actors import ActorKind, Gender
from parley.extract.counterpart import counterpart, negotiating_parties
from parley.extract.mentions import Mention, MentionKind
from parley.extract.resolver_base import ActorPath, ResolverBase
from parley.extract.roles import (
    PORTFOLIO_TITLES,
    RoleClass,
)
from parley.extract.speaker_patterns import (
    _APPOSITION,
    _BLOCS,
    _DATELINE,
    _GOVERNMENT_TITLES,
    _ITS_OFFICE,
    _LEGISLATORS,
    _LOCAL_OFFICES,
    _PLACED_OFFICES,
    _POSTED,
    _SENTENCE_BREAK,
    _SENTENCE_END,
    _VENUE,
    DEFAULT_SIDE,
    EMPLOYER_AFTER,
    STATE_OFFICES,
    _state_body,
    _state_office,
    det_before,
    word_before,
)
from parley.places import place_state, regional_government

# The capitalised word right before an office ("PSAC national president")
_WORD_BEFORE = re.compile(r"\b([A-Z][\w&'’-]*)\s+(?:[a-z]+\s+)?$")
_DETERMINERS = frozenset(("Its", "His", "Her", "Their", "The", "Our", "A", "An"))


def _same_surname(full: str, named: str) -> bool:
    """Whether ``named`` ends on the surname of ``full`` ("Muto" of "Yoji Muto")."""
    a, b = full.split(), named.split()
    return bool(a and b) and a[-1].lower() == b[-1].lower().removesuffix("'s")


# Between a country and the name its title introduces: "'s chief trade negotiator, ",
# " special envoy ", "'s commissioner for environment, " -- title words, no verb or clause;
# a lower-case word may be a portfolio's possessor ("'s children's rights commissioner, ",
# "'s veterans' affairs minister ")
_TITLE_GAP = re.compile(
    r"(?:['’]s)?(?:\s+(?!(?:and(?!\s+[A-Z])|or|but|with|by|to|from|that|who|which|said|says|told"
    r"|met|after|before|as|than|while|when|on|at|in)\b)(?:[a-z][\w-]*(?:['’]s|(?<=s)['’])"
    r"|[A-Za-z][\w.-]*)){0,8}\s*,?\s+"
)
# "minister for labour and employment": the second portfolio of a coordinated title
_PORTFOLIO_FIRST = ("minister for ", "minister of ")
# ("minister for international development [and the Pacific], X", "minister for foreign
# affairs [and Trade], X")
_PORTFOLIO_AND = re.compile(r"\s+and\s+(?:the\s+)?[A-Za-z]+\b(?=\s*,)")
# A name inside a title: "Minister of Climate and Environment", "and the Pacific"
_IN_TITLE = re.compile(r"\b(?:of|and|for)\s+(?:the\s+)?$")
# A state right before a body it qualifies: "Chile['s ]fisheries ministry", "the Chilean[ ]army"
_QUALIFIES = re.compile(r"(?:['’]s)?\s+")
# Offices held for a province or a state's constituency: "Senator X of Pennsylvania"
_FIRM_GOES_ON = re.compile(r"\s*(?:&|and\s+[A-Z])|\s+[A-Z][a-z]")  # "Marlow & Tate"
# Titles only a government has, besides STATE_OFFICES: unqualified ("Secretary of State X",
# "Vice President X"), the state the text is about, as for "Foreign Minister X"
# Offices only an international organisation has
_ORGANISATION_OFFICES = {"secretary general", "secretary-general", "commission president",
                         "high representative", "commission vice-president",
                         "commission vice president"}  # fmt: skip
_COMMISSION_BEFORE = re.compile(r"\bCommission\s+$")  # "Commission Vice-President X"
# Titles that only a state's government gives ("agriculture minister", "labor secretary").
# (a government's peace office too: "the peace commissioner", not the EU's "commissioner")
_JUNTAS = {"junta", "military junta"}
# "military government", "Niger's military government"
_MILITARY_BEFORE = re.compile(r"\bmilitary\s+(?=government)")
# Ranks of a state's officers: "Colonel X", "General X" with no side named
_MILITARY_RANKS = {"colonel", "lieutenant colonel", "brigadier", "general"}
_MILITARY_RULERS = ("military", "army", "armed forces", "military government", "government")
_STATE_TITLES = (" minister", " secretary", "spokesman", "spokeswoman", " adviser", " advisor",
                 "peace commissioner", "trade representative")  # fmt: skip
# Titles that end on a state title's word and are a union's, a party's or an organisation's
# ("General Secretary X" of a nurses' union, "the executive secretary of the UNFCCC")
_BODY_SECRETARIES = frozenset(
    ("general secretary", "deputy general secretary", "assistant general secretary",
     "executive secretary")
)  # fmt: skip
_OF_STATE = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")
# a place's name as the modifier of an unnamed body's noun, which heads the phrase: "(X of
# the) Bishkek group", "(of the) Mexico City section": a body based there, not the state
_BODY_OF_PLACE = re.compile(
    r"\s+(?:group|section|branch|chapter|local|union|association|network|society"
    r"|foundation|institute|collective|federation)\b"
)
# a title that places a name in the opposition: "from the opposition National Action
# Party, ", "of the opposition bloc, "
_OPPOSITION_TITLE = re.compile(
    r"\b(?:from|of|for)\s+the\s+opposition\b[^,.;]{0,40},\s*$"
    # "Shadow business and trade secretary X": an opposition front bench's office
    r"|(?:^|[^\w-])[Ss]hadow\s+(?!of\b)(?:[a-z][a-z -]{0,60}[a-z]\s+)?$"
)
# "envoy for [Ukraine]", "ambassador to [the] [United Nations]"
_TOPIC_BEFORE = re.compile(r"\b(to|for|in)\s+(?:the\s+)?$")
# "[Bougainville] affairs minister": a side that names a portfolio's subject
_AFFAIRS = re.compile(r"\s+[Aa]ffairs\b")
# A self-ruling region's name ("Bangsamoro Autonomous Region", "Kurdistan Regional
# Government") and the titles of its head
_SELF_RULE = re.compile(r"\b(?:Autonomous|Regional|Region)\b")
_REGIONAL_HEADS = {"chief minister", "first minister"}
# "presidential [peace] adviser", "the Presidential Communications Office's spokesman"
_PRESIDENTIAL = re.compile(r"\b[Pp]residential\s+(?:[a-z][\w-]*\s+){0,2}$")
# "his deputy", "her National Security Bureau": a possessive pronoun before an office
_HIS = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:[A-Z][\w'’-]*\s+){0,3}$")
# "his Polish counterpart": a possessive pronoun before a demonym, then the counterpart
_HIS_BEFORE = re.compile(r"\b(?:his|her|their)\s+$")
_COUNTERPART_AFTER = re.compile(r"\s+counterparts?\b")
# Offices on the other side of the table from the one whose they are said to be
_ACROSS = {"counterpart", "counterparts", "rival", "opponent", "host", "guest", "interlocutor"}
# After a state opening a sentence, its verb, maybe after an apposition or a relative
# clause: "Hungary, the only other member that has not ratified, said", "Iran has sent"
_STATE_SUBJECT = re.compile(
    r"(?:,\s+(?:which|who|whose|the|a|an|one|long|now)\b[^.;!?\"“”]{0,160}?,)?\s+"
    r"(?:has\s+|had\s+|have\s+|will\s+|would\s+|is\s+|was\s+|also\s+)?"
    r"(?:said|says|took|takes|sent|made|told|wants|sees|[a-z]{3,}ed)\b"
)


# "Senate President X", "a Senate spokesman": the upper chamber is a state body too
_STATE_BODY_WORDS = {"parliament", "parliamentary", "government", "cabinet", "presidential",
                     "presidency", "ministry", "consular", "senate"}  # fmt: skip


def of_state_body(role: str) -> bool:
    """An office of a body only a state has ("parliament speaker", "government spokesman")."""
    return not _STATE_BODY_WORDS.isdisjoint(role.split())


def government_portfolio(role: str) -> bool:
    """A government's portfolio title in either word order: "labour minister", "health
    secretary", "minister for labour", "minister of finance" (a state's office)."""
    return role in PORTFOLIO_TITLES and (
        role.endswith(("minister", "secretary"))
        or role.startswith(("minister of ", "minister for "))
    )


# A head of a province's or a city's executive: "regional head X", "the city chief", "the
# head of the regional (military) administration"
_LOCAL_HEADS = {"head", "chief", "leader"}
# a city's executive, who bargains as an employer in a labour dispute with its workers
_CITY_OFFICES = {"mayor", "deputy mayor"}
_MISSIONS = {"mission", "delegation"}
# "The mission, led by X", "a technical team headed by X": a bare mission led by a name
_LED_MISSION = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?:mission|team),?\s+(?:(?:was|is)\s+)?(?:led|headed)\s+by\s+$"
)
_LOCAL_WORDS = r"(?:regional|provincial|oblast|city|district|municipal|county)"
_LOCAL_WORD_BEFORE = re.compile(_LOCAL_WORDS + r"\s+\Z", re.IGNORECASE)
_LOCAL_BODY_AFTER = re.compile(
    r"\s+of\s+the\s+(?:[A-Z][\w'’-]+\s+)?"
    + _LOCAL_WORDS
    + r"\s+(?:military\s+|civil\s+|state\s+)?(?:administration|council|government)\b"
)
# A province's or a city's council the text names by its place: "(a deputy at) the
# regional council of X"
_LOCAL_COUNCILS = {"council", "assembly"}
_PLACE_AFTER = re.compile(r"\s+of\s+[A-Z]")


class Offices(ResolverBase):
    """Titles and offices: whose side an office holder speaks for."""

    def role_side(self, role: str | None, pos: int) -> str | None:
        """The side a bare office or body ("the army", "the ministry") had when the text
        last qualified it before ``pos`` ("Sudan's army ... the army")."""
        found = self._qualified.get(role or "")
        i = bisect_left(found[0], pos) if found else 0
        if found and i:
            return found[1][i - 1]
        return self._named_body_side(role, pos)

    def _named_body_side(self, role: str | None, pos: int) -> str | None:
        """The side of the body the paragraph named last whose name ends in the noun of
        ``role`` ("The Gauteng health department says ... a spokesman for the department":
        the regional government's), or None."""
        if not role or " " in role:
            return None
        for _, m in self._back_in_paragraph(pos, 12):
            if (
                m.kind is MentionKind.ACTOR
                and m.actor
                and " " in m.text
                and m.text.lower().endswith(" " + role)
            ):
                return m.actor
        return None

    def default_side(self, role: str | None, pos: int) -> str | None:
        """The side a generic institution ("the administration") names when no country
        qualifies it: its usual side (``DEFAULT_SIDE``), unless the article's dateline or
        the state its sentence or paragraph opens on ("In Addis Ababa, ...") is another
        state and the text has not named the usual side before ``pos`` ("the
        administration" in a report from Ethiopia that never names the U.S. is
        Ethiopia's). Weaker signs (a city an analyst works in, the state the article
        names most) leave the usual side."""
        side = DEFAULT_SIDE.get(role or "")
        if side is None:
            return None
        context = self.home_state or self._framing_actor(pos)
        if context is None or context == side:
            return side
        named = any(
            m.actor_on(self.day) == side
            for m in self.mentions[: bisect_left(self.starts, pos)]
            if m.kind is not MentionKind.PRONOUN
        )
        return side if named else context

    def government_side(self, pos: int) -> str | None:
        """Whose "the government" is, unqualified, in a reported clause at ``pos``: the
        state the paragraph is about, else the dateline's or the article's (as for a state
        body that speaks: "the ministry said")."""
        return self._context_actor(pos, state_only=True)

    def state_body_side(self, m: Mention, speaker: str | None) -> str | None:
        """Whose a bare state body ("the army", "the military", "the defence ministry") is
        when a reported clause of ``speaker``'s (an actor code) speaks of it: as when it
        speaks itself ("the army said"), the state the paragraph is about, else the
        dateline's or the article's. Only a definite body the text does not qualify
        ("Sudan's army" is named outright), and only in the words of a speaker with no
        state of its own: a state's spokesman's "the army" is his own state's, and so is
        an armed group's whose name the noun heads ("the Libyan National Army": "the
        army" is itself)."""
        if (
            m.kind is not MentionKind.ROLE
            or m.role_class is not RoleClass.INSTITUTION
            or not m.role
            or m.role == "government"  # see government_side
            or det_before(self.text, m.start) != "the"
            or not _state_body(m.role)
        ):
            return None
        own = self.gaz.actors.get(speaker or "")
        if own is not None and (
            own.kind is ActorKind.STATE
            or any(n.lower().endswith(" " + m.role) for n in (own.name, *own.names))
        ):
            return None
        named = self._named_before(m)
        if named is not None:
            return named
        # (what the paragraph's reported clauses speak of counts: "the RSF says it will let
        # aid reach Khartoum. It says the army has broken every truce")
        return self._context_actor(m.start, state_only=True, spoken_of=True)

    def _named_before(self, m: Mention) -> str | None:
        """The state that qualified the last earlier body of the same kind noun: "Chile's
        fisheries ministry has drafted ... . The union said [the ministry] had refused":
        a bare definite body takes up the body last named in full (None when that one had
        no state before it, or the state is not listed as one)."""
        head = m.role.split()[-1] if m.role else ""
        i = bisect_left(self.starts, m.start)
        for k in range(i - 1, 0, -1):
            body = self.mentions[k]
            if (
                body.kind is not MentionKind.ROLE
                or body.role_class is not RoleClass.INSTITUTION
                or not body.role
                or body.role.split()[-1] != head
            ):
                continue
            owner = self.mentions[k - 1]
            if owner.actor is None or not _QUALIFIES.fullmatch(self.text, owner.end, body.start):
                return None
            state = self.gaz.actors.get(owner.actor)
            return owner.actor if state is not None and state.kind is ActorKind.STATE else None
        return None

    def _title_actor(self, pos: int) -> str | None:
        """The country or party in a title before a name: "China's international trade
        representative, Li Chenggang", "U.S. special envoy Tom Perriello", "a senior Hamas
        official, Basem Naim"."""
        i = bisect_left(self.starts, pos)
        offices: list[Mention] = []
        for m in reversed(self.mentions[max(0, i - 5) : i]):
            if pos - m.end > 70:
                break
            if m.kind in (MentionKind.NAME, MentionKind.SURNAME) and _IN_TITLE.search(
                self.text, max(0, m.start - 9), m.start
            ):
                continue  # "Minister of Climate and Environment", "of Military Operations"
            if m.kind in (
                MentionKind.PERSON,
                MentionKind.NAME,
                MentionKind.SURNAME,
                MentionKind.PRONOUN,
            ):
                break  # somebody else is named in between
            if _TITLE_GAP.fullmatch(self.text, self._portfolio_end(m), pos) is None:
                continue
            if _SENTENCE_END.search(self.text, m.end, pos):
                break  # "Japan will buy American rice. Fisheries minister X": another sentence
            if (
                m.kind is MentionKind.ACTOR
                and not offices
                and _APPOSITION.fullmatch(self.text, m.end, pos)
                and word_before(self.text, m.start) in _VENUE
                and self._name_at(pos)
                and not self._posted_at(m)
            ):
                break  # "At a news conference in Kyiv, X": where X spoke, not X's title
            if m.kind in (MentionKind.ACTOR, MentionKind.ADJECTIVE) and _AFFAIRS.match(
                self.text, m.end
            ):
                # "Bougainville affairs minister X", "Kurdish affairs adviser X": the region
                # or people the portfolio deals with, not the side of its holder
                continue
            if (
                m.kind in (MentionKind.ACTOR, MentionKind.ADJECTIVE)
                and m.actor
                and not m.possessive
                and EMPLOYER_AFTER.match(self.text, m.end)
            ):
                return None  # "the Tallinn brokerage X", "a Dutch bank X": a business's name
            if m.kind in (MentionKind.ACTOR, MentionKind.ADJECTIVE) and m.actor:
                join = self._office_topic(m)
                if join is not None:
                    # "U.S. envoy [to the United Nations] X": whom the office faces; the
                    # title before it goes on
                    pos = join
                    continue
                return m.actor
            if m.kind is MentionKind.ROLE and m.role_class is RoleClass.PRIVATE:
                return None  # "Russian analyst Ivan Petrov" speaks for no party
            if m.kind is MentionKind.ROLE:
                actor = m.actor or self._actor_in_words(m.text)
                if actor:
                    return actor  # "U.S. special envoy"
                offices.append(m)
        owned = next((o for o in reversed(offices) if self._owners_office(o)), None)
        if owned is not None:
            # "Rubio, who sent his deputy, Christopher Landau", "The head of his National
            # Security Bureau, NAME": the office of the person "his" stands for, on that
            # person's side
            return self._owner_side(owned.start)
        if not offices or self._owned_by_unknown(offices[0].start):
            return None  # "the union's district president, Jon Holden": nobody's state
        # An office the text does not qualify ("Defence Minister Vladimir Padrino Lopez",
        # "the government's chief negotiator, Vera Grabe") belongs to the side the
        # paragraph is about: the latest one named before it (a state for a state office).
        for o in offices:
            if o.role_class is RoleClass.INSTITUTION:
                side = self.role_side(o.role, o.start)  # "the government's chief negotiator"
                if side is not None:  # once "Colombia's government" is named
                    return side
        state = any(
            o.role in STATE_OFFICES
            or o.role in _GOVERNMENT_TITLES
            or government_portfolio(o.role)
            or of_state_body(o.role)
            or self._state_institution(o)
            or self._acronym_state_owner(o.start)
            or self._presidential(o)
            for o in offices
        )
        its = _ITS_OFFICE.search(self.text, max(0, offices[0].start - 40), offices[0].start)
        if its is not None and self._subject_before_is(its.start(), self._state_institution):
            # "The House of Representatives blames the other side. Its speaker, X,"
            state = True
        return self._offices_side(offices, state)

    def _portfolio_end(self, m: Mention) -> int:
        """Where a title ends whose portfolio is a coordination: "the minister for labour
        [and employment], X" (the portfolio follows the office noun, lower case)."""
        if m.kind is MentionKind.ROLE and (m.role or "").startswith(_PORTFOLIO_FIRST):
            more = _PORTFOLIO_AND.match(self.text, m.end)
            if more is not None:
                return more.end()
        return m.end

    def _self_ruling_region(self, offices: list[Mention]) -> str | None:
        """The one self-ruling region the text names ("the Bangsamoro Autonomous Region",
        "the Kurdistan Region"), for the head of a regional government no place qualifies
        ("Interim Chief Minister X"): its executive speaks for the region's code."""
        if not any(o.role in _REGIONAL_HEADS for o in offices):
            return None
        found = set()
        for m in self.mentions:
            actor = self.gaz.actors.get(m.actor or "") if m.kind is MentionKind.ACTOR else None
            if (
                actor is not None
                and actor.kind is ActorKind.ORGANISATION
                and any(_SELF_RULE.search(n) for n in (actor.name, *actor.names))
            ):
                found.add(actor.code)
        return found.pop() if len(found) == 1 else None

    def _state_person_office(self, office: Mention) -> bool:
        """True for a person's office only a state has, unqualified ("the peace
        commissioner", "the trade representative", "the presidential spokesman")."""
        role = office.role or ""
        return office.role_class is RoleClass.PERSON and (
            _state_office(role) or role.endswith(_STATE_TITLES) or self._presidential(office)
        )

    def _presidential(self, office: Mention) -> bool:
        """True for an office a head of state's own staff holds: "presidential peace adviser
        X", "the presidential spokesman" (a state's office, whoever it faces)."""
        return _PRESIDENTIAL.search(self.text, max(0, office.start - 40), office.start) is not None

    def _elected_title(self, chain: list[Mention]) -> bool:
        """True when the title in ``chain`` is an elected office in the state ("Senator",
        "Representative", "Governor"), which a party label does not change."""
        return any(
            m.kind is MentionKind.ROLE and (m.role in _PLACED_OFFICES or m.role in _LEGISLATORS)
            for m in chain
        )

    def _opposition_title(self, pos: int) -> bool:
        """Whether the title before a name at ``pos``, in its own sentence, places it in the
        opposition ("a senator from the opposition National Action Party, X"), where the
        opposition speaks for no state (Opposition.NONE; under STATE it is never so, and
        the party or state the title names gives the side)."""
        if self.opposition_sides:
            return False
        floor = max(self.text.rfind(". ", 0, pos), self.text.rfind("\n", 0, pos), pos - 80, 0)
        return _OPPOSITION_TITLE.search(self.text, floor, pos) is not None

    def _office_topic(self, m: Mention) -> int | None:
        """Where the joining word starts for a side named after an office by "to" or "for"
        ("envoy for Ukraine", "ambassador to Poland"), or "in" after a posting ("ambassador
        in Manila"): the side the office deals with, not the holder's, unless the office
        speaks for it ("a spokeswoman for the Kremlin"); else None."""
        join = _TOPIC_BEFORE.search(self.text, max(0, m.start - 10), m.start)
        if join is None:
            return None
        i = bisect_left(self.starts, m.start)
        office = self.mentions[i - 1] if i else None
        if join.group(1) == "in" and (office is None or office.role not in _POSTED):
            return None  # "the governor in Kherson" is the place's; "ambassador in Manila"
        topic = (
            office is not None
            and office.kind is MentionKind.ROLE
            and not (office.role or "").startswith("spokes")
            and m.start - office.end <= 10
        )
        return join.start() if topic else None

    def _owners_office(self, office: Mention | None) -> bool:
        """True for an office a possessive pronoun gives to a person of the same side ("his
        deputy"), not one across the table ("his counterpart")."""
        return (
            office is not None
            and office.role not in _ACROSS
            and _HIS.search(self.text, max(0, office.start - 40), office.start) is not None
        )

    def _owner_side(self, pos: int) -> str | None:
        """The side of the person a possessive pronoun before the office at ``pos`` stands
        for: the last person on record named before it in its sentence, else the person
        the pronoun's antecedent is ("... struck a softer tone. The head of his bureau")."""
        floor = max(self.text.rfind(". ", 0, pos), self.text.rfind("\n", 0, pos))
        for m in reversed(self.mentions[: bisect_left(self.starts, pos)]):
            if m.start < floor:
                break
            if m.person is not None:
                return m.person.actor_on(self.day)
        his = _HIS.search(self.text, max(0, pos - 40), pos)
        if his is None:
            return None
        gender = Gender.FEMALE if his.group().lower().startswith("her") else Gender.MALE
        who = self.antecedent(his.start(), gender)
        return who.actor if who is not None else None

    def _office_actor(self, offices: list[Mention]) -> str | None:
        """The side of offices named without one: the one actor whose people hold the office
        on the day ("the supreme leader"), else the side the paragraph is about."""
        # "Senate Majority Leader X": an office in a state's institution is a state office
        in_state_body = any(self._state_institution(o) for o in offices)
        junta = self._junta_side(offices)
        if junta is not None:
            return junta  # "Junta spokesman X": the state whose military the text named
        mission = self._mission_side(offices)
        if mission is not None:
            return mission  # "the Fund said ... In the statement, mission chief X said"
        offices = [o for o in offices if o.role_class is RoleClass.PERSON and o.role]
        if self._owners_office(offices[0] if offices else None):
            return self._owner_side(offices[0].start)  # "Lavrov brought his deputy X"
        if not offices or self._owned_by_unknown(offices[0].start):
            return None  # "CUPE national president Mark Hancock": a union's office
        for office in offices:
            actor = self._holder_side(office.role, office.start)
            if actor is not None:
                return actor
        state = in_state_body or any(
            _state_office(o.role)
            or o.role in _MILITARY_RANKS  # "Colonel X": an officer of a state's army
            or (o.role.endswith(_STATE_TITLES) and o.role not in _BODY_SECRETARIES)
            or of_state_body(o.role)
            or self._presidential(o)
            for o in offices
        )
        if state:
            across = self._across_counterpart(offices[-1].end)
            if across is not None:
                return across  # "Energy Minister X met Y, his Polish counterpart"
        return self._offices_side(offices, state)

    def _across_counterpart(self, pos: int) -> str | None:
        """The other of the article's two parties when the sentence of an unqualified state
        office ending at ``pos`` gives its holder a counterpart of one of them ("Energy
        Minister X spoke with Y, his Polish counterpart", "X called her Polish counterpart"):
        a counterpart sits across the table, so the holder is not of the counterpart's
        state."""
        stop = _SENTENCE_BREAK.search(self.text, pos)
        end = stop.end() if stop is not None else len(self.text)
        i = bisect_left(self.starts, pos)
        for m in self.mentions[i:]:
            if m.start >= end:
                break
            if (
                m.kind is MentionKind.ADJECTIVE
                and m.actor is not None
                and _HIS_BEFORE.search(self.text, max(0, m.start - 8), m.start) is not None
                and _COUNTERPART_AFTER.match(self.text, m.end) is not None
            ):
                return counterpart(m.actor, self._article_parties)
        return None

    @cached_property
    def _article_parties(self) -> tuple[str, ...]:
        """The two parties the article names most (``counterpart.negotiating_parties``)."""
        return negotiating_parties(
            m.actor for m in self.mentions if m.kind is MentionKind.ACTOR and not m.possessive
        )

    def _junta_side(self, offices: list[Mention]) -> str | None:
        """A junta is a state's military ruling it: the side of the military, the army or the
        government the text qualified last before the office ("Myanmar's military
        government ... Junta spokesman X"), not the state whose city hosts the talks."""
        for o in offices:
            if o.role not in _JUNTAS:
                continue
            for body in (o.role, *_MILITARY_RULERS):
                side = self.role_side(body, o.start)
                if side is not None and self._is_state(side):
                    return side
            # "a U.S. delegation ... junta spokesman X ... Niger's military government": a
            # junta the text qualifies only later is of the state whose military government
            # or junta it names then
            for body in (*_JUNTAS, "government"):
                at, sides = self._qualified.get(body, ([], []))
                for start, side in zip(at, sides, strict=True):
                    if self._is_state(side) and (
                        body != "government"
                        or _MILITARY_BEFORE.search(self.text, max(0, start - 12), start + 20)
                    ):
                        return side
        return None

    def _mission_side(self, offices: list[Mention]) -> str | None:
        """The organisation whose mission a "mission chief" (or "mission head") leads: the
        one its sentence or the sentence before names last ("The IMF reached a deal with
        Egypt. Mission chief X said")."""
        for a, b in zip(offices, offices[1:], strict=False):
            if a.role not in _MISSIONS or b.role not in _LOCAL_HEADS:
                continue
            if self.text[a.end : b.start].strip():
                continue
            found = self._organisation_before(a.start)
            if found is not None:
                return found
        return None

    def _led_mission_side(self, pos: int) -> str | None:
        """The organisation whose mission or team the name at ``pos`` leads ("An IMF team
        ended its talks. The mission, led by X, arrived"): the one its sentence or the
        sentence before names last."""
        led = _LED_MISSION.search(self.text, max(0, pos - 60), pos)
        if led is None:
            return None
        return self._organisation_before(led.start())

    def _organisation_before(self, pos: int) -> str | None:
        """The organisation the sentence holding ``pos`` or the one before names last."""
        ends = [e.end() for e in _SENTENCE_END.finditer(self.text, max(0, pos - 600), pos)]
        floor = ends[-2] if len(ends) >= 2 else max(0, pos - 600)
        i = bisect_left(self.starts, pos)
        for m in reversed(self.mentions[max(0, i - 40) : i]):
            if m.start < floor:
                break
            found = self.gaz.actors.get(m.actor or "")
            if (
                m.kind is MentionKind.ACTOR
                and found is not None
                and found.kind is ActorKind.ORGANISATION
            ):
                return found.code
        return None

    def _local_office(self, office: Mention) -> bool:
        """True for a province's or a city's executive: a governor or a mayor, or a head that
        a local word qualifies ("regional head X", "the head of the regional administration")."""
        if office.role in _LOCAL_OFFICES:
            return True
        if office.role in _LOCAL_COUNCILS:
            return (
                _LOCAL_WORD_BEFORE.search(self.text, max(0, office.start - 30), office.start)
                is not None
                and _PLACE_AFTER.match(self.text, office.end) is not None
            )
        if office.role not in _LOCAL_HEADS:
            return False
        return (
            _LOCAL_WORD_BEFORE.search(self.text, max(0, office.start - 30), office.start)
            is not None
            or _LOCAL_BODY_AFTER.match(self.text, office.end) is not None
        )

    def _offices_side(self, offices: list[Mention], state: bool) -> str | None:
        """The side of offices the text does not qualify: the paragraph's (a state's for a
        state office). A governor or mayor is of the province or city the paragraph names,
        else of the dateline's state. A legislator ("Senator Richard Blumenthal") is of the
        state the text gave its legislators ("Two U.S. senators said ... Senator Angus
        King"), else of the paragraph's or the dateline's (not the state the story mostly
        quotes)."""
        last = offices[-1]
        region = self._self_ruling_region(offices)
        if region is not None and self._local_place(offices[0].start) is None:
            # "Interim Chief Minister X" in a story on the Bangsamoro Autonomous Region
            return region
        if not state and any(o.role in _CITY_OFFICES for o in offices) and self.labour_dispute:
            # "the administration of Mayor X" bargaining with the city's union: an employer,
            # no state's voice (the city's own government where the gazetteer lists it)
            self.context_basis = ActorPath.ARTICLE_PLACES
            at = offices[0].start
            return self.city_government(at) or self.local_capital_city(at)
        if not state and any(self._local_office(o) for o in offices):
            # "Regional governor Ivan Fedorov": the province or city the paragraph names,
            # else the dateline's state
            # (a mayor is of the city's own government where the gazetteer lists it; a
            # governor's province is the sub-state head's rule, ``regional_office``)
            mayor = any(o.role in _CITY_OFFICES for o in offices)
            side = (
                self._local_place(offices[0].start, own=mayor)
                # a mayor whose paragraph names no place: the dateline city's, where the
                # gazetteer lists its government
                or (self.dateline_city if mayor else None)
                or self._context_actor(last.start, state_only=True, main=False)
            )
            if side is None:
                # "Governor Phil Murphy" in a story on New Jersey's trains: the state of
                # the provinces and cities the article names, when they are one state's
                side = self.places_state
                self.context_basis = ActorPath.ARTICLE_PLACES
            return side
        if not state and any(o.role in _LEGISLATORS for o in offices):
            return self._legislator_side(last, last.start)
        if any(
            o.role in _ORGANISATION_OFFICES
            or (o.role in PORTFOLIO_TITLES and o.role.endswith(" commissioner"))
            or (
                o.role in ("vice-president", "vice president")
                and _COMMISSION_BEFORE.search(self.text, max(0, o.start - 12), o.start)
            )
            for o in offices
        ):
            # "Secretary General X", "Trade Commissioner X": an office only an organisation
            # has, the one the text named last, not a state the paragraph names
            side = self._context_actor(last.start, state_only=False)
            found = self.gaz.actors.get(side or "")
            if found is None or found.kind is ActorKind.STATE:
                return self._latest_organisation(last.start, kinds=_BLOCS) or side
            return side
        if state:
            # "Hungary, which ..., took a different view. Foreign Minister X said": the
            # state a sentence of the paragraph opens on as its subject
            subject = self._paragraph_subject_state(last.start)
            if subject is not None:
                return subject
        side = self._context_actor(last.start, state_only=state)
        if (
            side is not None
            and self.context_basis is ActorPath.ARTICLE_FALLBACK
            and self.labour_dispute
            and (not state or all(self._union_president(o) for o in offices))
        ):
            # "PSAC national president X" in a strike: an office no title gives to a state
            # (a president in lower case: a union's or a company's) takes no side from the
            # article's state
            return None
        if side is None and all(o.role != "president" and _state_office(o.role) for o in offices):
            # "Interior Minister X" in a story that names no state, only its cities ("the
            # talks in Potsdam"): the one state whose provinces and cities the article names
            # (not a president, whom a union or a company has too: "district president X")
            side = self.places_state
            self.context_basis = ActorPath.ARTICLE_PLACES
        return side

    def _paragraph_subject_state(self, pos: int) -> str | None:
        """The state the latest sentence of ``pos``'s paragraph before it that opens on a
        state names as its subject ("Iran, which shares a border with Armenia, has sent
        mixed messages."), when that sentence comes before ``pos``'s own."""
        text = self.text
        para = text.rfind("\n\n", 0, pos)
        para = para + 2 if para >= 0 else 0
        dateline = _DATELINE.match(text, para)
        starts = [dateline.end() if dateline is not None else para]
        starts += [b.end() for b in _SENTENCE_BREAK.finditer(text, para, pos)]
        for start in reversed(starts):
            if start >= pos:
                continue
            side = self._state_opening(start, _STATE_SUBJECT)
            if side is not None:
                return side
        return None

    def _legislator_side(self, office: Mention, pos: int) -> str | None:
        """A legislator's state: the one whose legislators the text named before, else the
        paragraph's or the dateline's around ``pos`` (not the state the story mostly
        quotes)."""
        return self._legislature(office) or self._context_actor(pos, state_only=True, main=False)

    def _holder_side(self, role: str, pos: int) -> str | None:
        """The side whose people hold ``role`` on the day, when only one does, or only one
        of those the paragraph around ``pos`` names ("the supreme leader" after "Iran")."""
        holders = self.gaz.holders(None, role, self.day)
        sides = {p.actor_on(self.day) for p in holders}
        sides.discard(None)
        if len(sides) > 5:
            return None  # "leader", "minister": a common office says nothing of the side
        holder_name = self._name_after_office(pos)
        if holder_name is not None:
            # "Industry Minister Pat Conroy" where Japan's industry minister on record is
            # Yoji Muto: a side whose holder of the office on the day is somebody else is
            # not the named person's side
            sides = {
                p.actor_on(self.day) for p in holders if _same_surname(p.name, holder_name)
            } & sides
        if sides:
            # even one holder on record is a guess unless the paragraph names that side
            # ("Information Minister Attaullah Tarar" is not Eritrea's minister)
            a = max(self.text.rfind("\n\n", 0, pos), 0)
            b = self.text.find("\n\n", pos)
            b = len(self.text) if b < 0 else b
            paragraph = self.mentions[bisect_left(self.starts, a) : bisect_left(self.starts, b)]
            named = {
                m.actor_on(self.day)
                for m in paragraph
                if m.kind in (MentionKind.ACTOR, MentionKind.ADJECTIVE, MentionKind.PERSON)
            }
            sides &= named
        return sides.pop() if len(sides) == 1 else None

    def _union_president(self, office: Mention) -> bool:
        """A president in lower case after a body's capitalised name or acronym ("PSAC
        national president", "Unifor president"): a union's or a company's, no state's."""
        if not (office.role.endswith("president") and office.text.islower()):
            return False
        before = _WORD_BEFORE.search(self.text, max(0, office.start - 40), office.start)
        return before is not None and before.group(1) not in _DETERMINERS

    def _name_after_office(self, pos: int) -> str | None:
        """The name right after the office mention at ``pos`` ("Minister [X Y]"), past
        further words of the title; None when no name follows at once."""
        i = bisect_left(self.starts, pos)
        end = -1
        for m in self.mentions[i : i + 4]:
            if end >= 0 and self.text[end : m.start].strip():
                return None
            if m.kind is MentionKind.ROLE:
                end = m.end
                continue
            if m.kind in (MentionKind.NAME, MentionKind.PERSON, MentionKind.SURNAME):
                return m.text
            return None
        return None

    def _of_actor(self, pos: int) -> str | None:
        """The state in "NAME of Samoa" or "NAME from Kenya"; the movement in "NAME of the
        Y Council" when the gazetteer knows Y (a member of a non-state side is on its side,
        not on the state's the context gives)."""
        gap = _OF_STATE.match(self.text, pos)
        m = self._mention_at(gap.end()) if gap else None
        if m is not None and m.kind is MentionKind.ACTOR and not m.possessive:
            if EMPLOYER_AFTER.match(self.text, m.end) or _BODY_OF_PLACE.match(self.text, m.end):
                # "X of the Kyiv consultancy Y", "X of the Bishkek group Y": where X works
                return None
            found = self.gaz.actors.get(m.actor or "")
            if found is not None and found.kind in (ActorKind.STATE, ActorKind.MOVEMENT):
                return m.actor
        return None

    def _of_body(self, pos: int) -> str | None:
        """The side in "TITLE NAME of the Autonomous Bougainville Government", "of the
        IMF": a state, an organisation or a movement the gazetteer knows, named right
        after "of"."""
        gap = _OF_STATE.match(self.text, pos)
        m = self._mention_at(gap.end()) if gap else None
        if m is not None and m.kind is MentionKind.ACTOR and not m.possessive:
            return m.actor
        return None

    def _of_place(self, pos: int, *, local: bool = False) -> str | None:
        """The state of the province or city in "NAME of Pennsylvania"; for the holder of
        a province's or city's own office (``local``: "Governor X of Tucumán"), the place's
        own government where the gazetteer lists one, unless the article is a negotiation
        between states."""
        gap = _OF_STATE.match(self.text, pos)
        m = self._mention_at(gap.end()) if gap else None
        if (
            m is not None
            and m.kind in (MentionKind.SURNAME, MentionKind.NAME)
            and not _FIRM_GOES_ON.match(self.text, m.end)
        ):
            own = regional_government(self.gaz, m.text)
            if local and own is not None and not self._between_states:
                return own
            return place_state(self.gaz, m.text)
        return None
