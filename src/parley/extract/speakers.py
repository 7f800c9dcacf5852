"""Who is speaking: from the words before or after a cue to a person and an actor.

Mentions that touch each other form a noun phrase ("Russian President Vladimir
Putin", "Ukraine's top negotiator", "a senior European diplomat"). A phrase with a
name resolves to that person; a title resolves to whoever held the office on the
article's date; a pronoun to the most salient earlier person; an institution or an
unnamed source to its side with no speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable

from parley.actors import ActorKind, Gender, Person
from parley.extract.antecedents import Antecedents
from parley.extract.appositions import Appositions
from parley.extract.bloc_legislators import LEGISLATOR_NOUNS, european_legislators
from parley.extract.bodies import _INTERNATIONAL, Bodies
from parley.extract.given_names import given_name_gender
from parley.extract.kinship import kin_before
from parley.extract.mentions import _OFFICE_QUALIFIERS, Mention, MentionKind
from parley.extract.name_learning import NameLearning
from parley.extract.offices import Offices, of_state_body
from parley.extract.party_offices import definite_start, described_person
from parley.extract.possessed_names import possessed_body
from parley.extract.represented import representative_body
from parley.extract.resolver_base import ActorPath
from parley.extract.resolver_base import Heard as Heard
from parley.extract.resolver_base import Who as Who
from parley.extract.roles import (
    GROUPS,
    INDEFINITE,
    OPPOSITION_ROLES,
    ORGANISATION_NOUNS,
    STATE_MEDIA,
    STATE_NOUNS,
    RoleClass,
)
from parley.extract.side_context import NATIONAL_ONLY, SideContext
from parley.extract.speaker_patterns import (
    _BLOCS,
    _ENTOURAGE,
    _JOIN,
    _LEGISLATORS,
    _LOCAL_OFFICES,
    _NAMED_STATE_BODIES,
    _NOT_PERSON_HEADS,
    _NOT_STATES,
    _OF_SIDE,
    _OWNER_PRONOUN,
    _POSSESSIVE_PRONOUNS,
    _POSTED,
    _PUBLIC_HEADS,
    _SENTENCE_END,
    _SENTENCE_START,
    _STATE_BODY_HEADS,
    _VENUE,
    _WORD_BEFORE,
    DEFAULT_SIDE,
    _chain_actor,
    _listed,
    _one_person,
    _state_body,
    _state_body_office,
    _state_office,
    attributive_name,
    noun_gender,
    organ_name,
    plural_noun,
    private_body_name,
)
from parley.extract.speaker_patterns import NAME_GIVEN as NAME_GIVEN
from parley.extract.speaker_patterns import PREPOSITIONS as PREPOSITIONS
from parley.extract.speaker_patterns import body_name as body_name
from parley.extract.speaker_patterns import chains as chains
from parley.extract.speaker_patterns import det_before as det_before
from parley.extract.speaker_patterns import organisation_name as organisation_name
from parley.extract.speaker_patterns import word_before as word_before
from parley.places import (
    capital_city_government,
    place_state,
    place_state_variant,
    regional_government,
    state_has_form,
)

# "the U.S. [Lumber Coalition]": capitalised words that go on a name after a state's
# "caretaker Prime Minister X", "the caretaker premier, X": the outgoing government's head
_CARETAKER_BEFORE = re.compile(r"\b[Cc]aretaker\s+(?:[A-Za-z][\w-]*\s+){0,3}(?:,\s*)?$")
# "... but its representative", "and their negotiators": a clause coordinated with the one
# before it in the sentence, whose subject "its" stands for
_COORDINATED_OWNER = re.compile(
    r"(?:,\s*|\s)(?:but|and|while|yet)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}$"
)
_SENTENCE_BREAK_BEFORE = re.compile(r"[.!?][\"”’)]*\s+")
# the links that put an unnamed person inside a body ("a spokesman for the", "officials at")
_AGENCY_LINKS = {"for", "at", "in", "of", "from", "within", "inside"}
# "the " and the capitalised words before a body noun that close a public agency's name
_AGENCY_OPENING = re.compile(r"\b[Tt]he\s+(?=(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and)\s+)?){1,5}$)")
_AGENCY_REST = re.compile(r"(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and)\s+)?){0,5}[A-Z][\w'’-]*")
_OPENS_AT = re.compile(r"\s*(?:[Tt]he\s+)?")
_NAME_AFTER = re.compile(r"(?:\s+[A-Z][\w'’&-]*)+")
# Words that are prepositions or conjunctions: before a subject and its verb, conjunctions.
CONJUNCTIONS = {"after", "before", "as", "since", "until", "like", "than"}
# What may stand between a subject and its verb ("Putin on Friday said", "he also added").
_SKIP = re.compile(
    r"(?:[\s,]|\b(?:also|later|earlier|again|further|previously|repeatedly|reportedly|separately"
    r"|publicly|privately|then|once|has|have|had|was|is|were|are|would|will|had|long|recently"
    r"|first|last|this|on|late|early|yesterday|today|tonight|morning|afternoon|evening|night"
    r"|week|weekend|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|in\s+a\s+statement"
    r"|in\s+(?:a|an|his|her)\s+(?:video|televised|evening|nightly)\s+\w+|himself|herself"
    r"|told\s+reporters|however|meanwhile|too|subsequently|quickly|bluntly|flatly|openly"
    r"|directly|explicitly|clearly|firmly|sharply|strongly|angrily|immediately)\b"
    # a legislator's party and state in brackets after the name: " (D-Wis.)", " (R-N.Y.)",
    # " (Vt.)", " (D)"
    r"|\((?:[DRI](?:\s*[-–]\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?|[A-Z][a-z]{1,4}\.)\))*",
)
# A relative or participle clause after a name, not an apposition naming the person's side.
_CLAUSE_START = re.compile(r"(?:who|whose|which|where|when|while|speaking|writing|[a-z]+ing)\b")
_ONE_OF = re.compile(
    r"\b(?:one|two|three|another|each|some|none|either|neither|all|both|most)"
    r"\s+of\s+$",
    re.IGNORECASE,
)
_NOW_AFTER = re.compile(r",\s+now\b")
_AFTER_PREPOSITION = re.compile(
    r"\b(?:of|from|for|at|with|in|by|to)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s+$")
# A rank between an office and a one-word name: "Defence Minister Gen Nakatani"
_RANK_BEFORE = re.compile(r"\b(?:Gen|Lt|Col|Maj|Adm|Brig|Capt|Cmdr|Sgt)\.?\s+$")
# A person's relation to somebody named before a one-word name: "Her neighbour ", "His
# son ", "their driver " (a possessive, a common noun)
_RELATION_BEFORE = re.compile(
    r"(?:^|[.,;:]\s+|\n)(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\s+(?:[a-z][\w'’-]*\s+)?"
    r"[a-z][\w'’-]*,?\s+$"
)
# a description with an indefinite article in apposition: "a retired welder, "
_DESCRIBED = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w'’-]+\s+){0,4}[a-z][\w-]*,\s+$")
# a relative clause that only a person takes: "Serhiy, who drives a minibus,"
_WHO_AFTER = re.compile(r",\s+who(?:se)?\s")
# before a word the relative clause is not about: an article ("The Greens, who"), a
# preposition ("an officer on Samos, who": the officer)
_NOT_WHO = frozenset(("the", "on", "in", "at", "from", "of", "near", "for", "to", "with", "by"))
# a locative preposition just before a name: the name is a place ("In Mykolaiv, ...")
_IN_PLACE = re.compile(r"\b(?:[Ii]n|[Nn]ear|[Oo]utside)\s+\Z")
_MOVEMENTS = frozenset((ActorKind.MOVEMENT,))
# A labour union's people and the union itself, unnamed ("a union official", "the union")
_UNION_VOICES = frozenset(
    ("union", "union official", "union officials", "union leader", "union leaders",
     "union representative", "union representatives", "shop steward", "union negotiator",
     "union negotiators", "union source", "union sources")
)  # fmt: skip
# a union's name, or a federation's of unions: "... Workers' Union", "the Congress of Trade
# Unions (CTU)"
_UNION_NAME = re.compile(r" Unions?(?: \([^)]*\))?$")
_BLOC_NOUNS = frozenset(("bloc", "trade bloc"))
_OWNS = re.compile(r"['’]s\s")  # "the bloc's ": the noun owns what follows
# "the joint statement", "a joint communique": a text several sides issued
_JOINT_BEFORE = re.compile(r"\bjoint\s+(?:[a-z]+\s+)?$")
# An unnamed source whose origin the text keeps unnamed: "a Western diplomat", "a
# northern European diplomat" (not "a South African official": a state's demonym), "two
# Baltic officials", "a negotiator from a BASIC country", "a senior diplomat from a NATO
# country in northern Europe". The region or the
# group the words give is no side, and the article's side is no better (the gold gives
# none, across negotiations).
# (a match of ``_UNNAMED_ORIGIN`` holds one of these nouns as written)
_ORIGIN_NOUNS = (
    "diplomat", "official", "negotiator", "ambassador", "envoy", "delegate", "source", "officer"
)  # fmt: skip
_SOURCE_HEADS = rf"(?P<noun>{'|'.join(_ORIGIN_NOUNS)})s?\b"
# any of those nouns, as written: one search in place of a ``find`` for each
_ANY_ORIGIN_NOUN = re.compile("|".join(_ORIGIN_NOUNS))
_REGION_QUALIFIER = (
    r"(?:Western|Nordic|Baltic|Scandinavian|"
    r"(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)ern(?:\s+|-)"
    r"(?:European|African|Asian|Arab|American))"
)
_UNNAMED_ORIGIN = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Oo]ther)\s+"
    r"(?:(?:senior|junior|top|high-ranking|second|third|other)\s+)*"
    r"(?:(?P<qual>"
    + _REGION_QUALIFIER
    + r")\s+(?:(?:senior|top)\s+)?)?"
    + _SOURCE_HEADS
    + r"(?P<origin>\s+(?:from|of)\s+(?:a|an|one)\s+(?:of\s+the\s+)?[^,.;:\"\u201c\n]{0,50}?"
    r"\b(?:country|countries|state|states|nation|nations|ally|allies|member|members|"
    r"government|governments|delegation|delegations|capital|capitals|power|powers)\b"
    r"(?:\s+in\s+(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Cc]entral)(?:ern)?\s+[A-Z][a-z]+)?)?"
)
# "the two ministers", "both governments", "officials on both sides": people of the two
# sides together, for neither alone; "The communique, released by both prime ministers'
# offices," a text both issued
_BOTH_BEFORE = re.compile(r"\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:[a-z]+\s+)?$")
_BOTH_AFTER = re.compile(r"\s+(?:on|from|of)\s+both\s+sides\b")
_ISSUED_BY_BOTH = re.compile(
    r",\s+(?:jointly\s+)?(?:released|issued|signed|published|agreed)\s+by\s+(?:both|the\s+two)\b"
)
# The rest of a title in apposition up to the name it describes: " business secretary, "
_TITLE_UP_TO_NAME = re.compile(r"[\w'’ -]{0,50},\s+")
# The plural of an occupation that heads a body's name ("Growers", "Exporters")
_OCCUPATION_PLURAL = re.compile(r"[A-Z][a-z]+ers")
# "A member of ", "A senior member of ": one unnamed person of a body, opening a sentence
# a head of state's own office, named by its holder's title
_PRESIDENCIES = frozenset(("presidency", "presidential office"))
_QUOTE_BEFORE = re.compile(r"[,.?!]?[\"”]\s*$")
_MEMBER_OPENING = re.compile(r"(?:A|One)\s+(?:[a-z-]+\s+)?member(?=\s+of\s)")
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
# paths whose side comes from the state the context names (``Who.basis`` says where)
_CONTEXT_PATHS = frozenset(
    (
        ActorPath.CONTEXT_STATE,
        ActorPath.ARTICLE_FALLBACK,
        ActorPath.LEGISLATURE,
        ActorPath.LOCAL_PLACE,
    )
)


# ", a member of": an apposition that places one of a group of sources in a body
_MEMBER_APPOSITION = re.compile(
    r",\s+(?:a|an)\s+(?:senior\s+|junior\s+)?(member|official|negotiator|delegate)"
    r"(?=\s+(?:of|in|from|on)\s)"
)
# An inserted phrase that places an unnamed source by whom it is close to: "One of them, who
# is close to the government's working group, said", "A second person, familiar with the
# ministry's thinking, said" (up to the space before "close")
_PLACED = re.compile(r",\s+(?:who\s+(?:is|are|was|were)\s+)?(?=(?:close\s+to|familiar\s+with)\s)")
# Unnamed sources an apposition may describe ("A second source, a Myanmar official,")
_SOURCE_NOUNS = {"source", "sources", "person", "people"}
# "of a mid-sized family firm", "at an export company": an unnamed private business, after
# the office noun of whoever runs or works for it
_OF_A_BUSINESS = re.compile(
    r"\s+(?:of|at)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:firm|company|hotel|restaurant|"
    r"shop|store|factory|business|farm|consultancy|brokerage|start-?up|supplier|"
    r"manufacturer|exporter|importer|retailer|carrier|operator|trading\s+house)\b"
)
# ", a (senior) " before a demonym in apposition to a source; the office noun after it
_A_DEMONYM = re.compile(r",\s+(?:a|an)\s+(?:senior\s+|junior\s+)?")
_OFFICIAL_AFTER = re.compile(
    r"\s+(?:(?:government|military|security|foreign\s+ministry)\s+)?"
    r"(?:official|diplomat|officer|negotiator|delegate)\b"
)
# Words between a link and the office it leads to: "to [one northern] governor"
# lower-case words before a body noun the role table does not join to it ("land ", "fisheries ")
_PORTFOLIO_WORDS = re.compile(r"(?:[a-z][a-z-]*\s+){1,2}")
_OFFICE_MODIFIERS = re.compile(
    r"(?:(?:one|a|an|the|another|its|a\s+senior|senior|[a-z]+ern)\s+){1,2}"
)
# Offices and chambers of a state's executive or legislature, below its government
_PUBLIC_OFFICES = frozenset(
    (*_LOCAL_OFFICES, "national assembly", "senate", "house of representatives", "parliament")
)


# ", China's most senior diplomat": an apposition after a name opening on a state's name
_APPOSED_STATE = re.compile(r",\s+(?:the\s+)?([A-Z][\w.]*)(?:'s|’s)?\s")
# ", at the defence ministry,": an apposition placing an unnamed official in a body
# (or, with no comma, "on" a body's staff: "an officer on the General Staff")
_APPOSED_AT = re.compile(r",\s+(?:at|in|from|of|within)\s+(?:the\s+)?|\s+on\s+the\s+")


# "then prime minister", "the former energy minister": a title the person no longer holds
_PAST_TITLE = re.compile(
    r"\b(?:then|former|ex|late|onetime|one-time|previous|erstwhile)[\s-]+(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)


# Between a state's name or demonym and the title it qualifies: "['s] ", " "
_JOIN_TITLE = re.compile(r"(?:['’]s)?\s+")


class Resolver(NameLearning, Offices, Bodies, SideContext, Appositions, Antecedents):
    """Resolves noun phrases to speakers, remembering names and salience in one text."""

    # -- resolution ------------------------------------------------------------------
    def can_resolve(self, chain: list[Mention]) -> bool:
        """False for phrases that cannot name a speaker (an unknown capitalised word)."""
        for m in chain:
            if m.kind in (
                MentionKind.PERSON,
                MentionKind.NAME,
                MentionKind.PRONOUN,
                MentionKind.ROLE,
                MentionKind.ACTOR,
            ):
                return True
            if m.kind is MentionKind.SURNAME and (m.text in self.known or self._honoured(m)):
                return True
        return False

    def _described_person(self, chain: list[Mention], pos: int) -> Who | None:
        """'the Italian Socialist said': a capitalised word after "the" is a description,
        not a name (a name takes no article); it refers back to the person the text spoke
        of last."""
        head = chain[-1]
        if (
            head.kind is not MentionKind.SURNAME
            or head.text.endswith("s")
            or head.text in self.known
            or self._honoured(head)
            or det_before(self.text, chain[0].start) != "the"
            or any(m.kind not in (MentionKind.ADJECTIVE, MentionKind.SURNAME) for m in chain)
        ):
            return None
        found = self.antecedent(pos, None)
        if found is None or not found.speaker:
            return None
        return Who(found.speaker, found.actor, True, ActorPath.COREF)

    def _relative(self, who: Who, n: Mention, owner_gender: Gender) -> Who:
        """A relative's given name ("His wife, Yuki,") with the surname of the person "his"
        refers to (the one of that gender spoken of last), when that person's name has one."""
        owner = self.antecedent(n.start, owner_gender)
        if owner is None or not owner.speaker or " " not in owner.speaker:
            return who
        surname = owner.speaker.split()[-1]
        return Who(f"{n.text} {surname}", who.actor, True, who.path)

    def _ranked(self, m: Mention) -> bool:
        """True when a military rank stands right before ``m`` ("Gen Nakatani")."""
        return _RANK_BEFORE.search(self.text, max(0, m.start - 6), m.start) is not None

    def _honoured(self, m: Mention) -> bool:
        """'Mr. Reyes', 'Dr. Osei': an honorific makes one capitalised word a person's name;
        so do the words that give a name ("who gave only his first name, Andrii,") and a
        description in apposition before it ("a retired teacher, Halyna, said")."""
        text = self.text
        if _HONORIFIC.search(text, max(0, m.start - 6), m.start) is not None:
            return True
        if NAME_GIVEN.search(text, max(0, m.start - 40), m.start) is not None:
            return True
        if _RELATION_BEFORE.search(text, max(0, m.start - 40), m.start) is not None and (
            text[m.end : m.end + 1] in (",", "")
        ):
            return True  # "Her neighbour Artiom,", "His son Eduardo,"
        if _WHO_AFTER.match(text, m.end) is not None and det_before(text, m.start) not in _NOT_WHO:
            # "Serhiy, who drives a minibus, said": a person's relative clause (not "The
            # Greens, who are leaving government,": a name with an article is no person's)
            return True
        return (
            text[m.end : m.end + 1] == ","
            and _DESCRIBED.search(text, max(0, m.start - 60), m.start) is not None
        )

    def resolve(self, chain: list[Mention], pos: int) -> Who | None:
        """Resolve a noun phrase used as a speaker at ``pos``."""
        gaz, day = self.gaz, self.day
        unnamed_origin = self._unnamed_origin(chain, pos)
        if unnamed_origin is not None:
            # "A Western diplomat said", "a negotiator from a BASIC country told us":
            # nobody's side; a later "the diplomat" is the same source
            one = not unnamed_origin.endswith("s")
            abstained = Who(None, None, one, ActorPath.ABSTAIN)
            self._describe(unnamed_origin, abstained, pos)
            if one:
                self._by_kind.setdefault((True, None), []).append(len(self.history))
            return self._remember(pos, abstained, None if one else Gender.PLURAL)
        if self._both_sides(chain):
            # "The two ministers said", "officials on both sides said": neither side alone
            return self._remember(pos, Who(None, None, False, ActorPath.ABSTAIN), Gender.PLURAL)
        listed = self._listed_sides(chain)
        if listed is not None:
            # "six European, Ukrainian and American officials", "U.S. and Ukrainian
            # delegations": several parties speaking together stand for none of them
            # alone, unless they make up one group
            return self._remember(
                pos, Who(None, self._bloc(listed), False, ActorPath.NAMED_ACTOR), Gender.PLURAL
            )
        head = chain[-1]
        if (
            head.kind is MentionKind.ROLE
            and head.role in LEGISLATOR_NOUNS
            and "EU" in gaz.actors
            and not self._former(chain, head)
            and european_legislators(self.text, chain[0].start, head.end)
        ):
            # "Green lawmakers in the European Parliament said", "a Dutch lawmaker" in a
            # paragraph on it: members of the European Parliament are the Union's
            one = not head.role.endswith("s")
            members = Who(None, "EU", one, ActorPath.TITLE)
            return self._remember(pos, members, None if one else Gender.PLURAL)
        if self._national_chapter(chain):
            # "Transparency International Hungary said", "The Grain Growers of Canada
            # said": a private body's name that a state's name closes is no voice of
            # the state
            return self._remember(pos, Who(None, None, False, ActorPath.PRIVATE), Gender.PLURAL)
        if representative_body(self.text, chain, gaz):
            # "The Ukrainian Canadian Congress, which speaks for ... Canadians, said": an
            # association of the people it represents, no voice of a state
            return self._remember(pos, Who(None, None, False, ActorPath.PRIVATE), Gender.PLURAL)
        people = [m for m in chain if m.person is not None]
        if (
            people
            and people[-1].possessive
            and (
                chain[-1].kind is MentionKind.ROLE
                # "Trump's trade adviser Peter Navarro": the adviser, named
                or any(m.kind is MentionKind.NAME for m in chain[chain.index(people[-1]) + 1 :])
            )
        ):
            # "Sybiha's spokesman", "Merz's office": the title, on the person's side
            people = []
        p = people[-1].person if people else None
        if p is not None and self._not_yet(p):
            # "Lee Jae-myung, leader of the opposition Democratic Party" before he took
            # office: the gazetteer says nothing of that day, and the text places him in
            # the opposition (a text that does not, keeps the gazetteer's side: it may
            # lack an earlier office of the same side)
            # "Labour's shadow business secretary, X," before the office the gazetteer
            # records: a past or shadow title the text gives is nobody's side either
            out = p.name in self._private_names or self._former(chain, people[-1])
            actor = None if out else self._story_party(p, people[-1]) or self._speaks_for(p)
            how = ActorPath.GAZETTEER_PERSON if actor else ActorPath.PRIVATE
            return self._remember(pos, Who(p.name, actor, True, how), p.gender)
        namesake = self._titled_namesake(chain, people[-1]) if p is not None else None
        if p is not None and namesake is not None:
            # "Colombia's Defence Minister Pedro Sanchez": a state's office before the
            # name, of a state the gazetteer's namesake never served, is the speaker's own
            return self._remember(pos, Who(p.name, namesake, True, ActorPath.TITLE), p.gender)
        if p is not None:
            held = any(o.held_on(day) for o in p.offices)
            # "Former president Dmitry Medvedev" holds another office now
            former = not held and self._former(chain, people[-1])
            actor = None if former else self._story_party(p, people[-1]) or self._speaks_for(p)
            if self._caretaker(p, people[-1]):
                actor, former = None, True
            if actor is None and not former and self.opposition_sides:
                # "Shadow Foreign Secretary Priti Patel", "X, leader of the opposition Y
                # party,": a place in the state's politics the gazetteer does not record
                placed = self.parties.named(people[-1].start, people[-1].end)
                if placed is not None and placed.said:
                    # a state the person held office for is whose opposition it is
                    # ("Jugnauth, now in opposition"), else the one the text gives
                    own = p.actor_on(day) if p.offices else None
                    actor = own if own is not None and self._is_state(own) else placed.actor
            if actor is None and not former and not held:
                # "X, who remains chairman of the Y party,": a person out of office the text
                # places in a party that speaks as itself; "PPP chairman X", "X, the ANC's
                # secretary-general,": in a governing party (by the table or the text's own
                # "coalition partner"), which speaks for its state
                placed = self.parties.named(people[-1].start, people[-1].end)
                first = self._first_mention.get(p.name)
                if placed is None and first is not None and first.start < people[-1].start:
                    # "LDP Secretary-General X signalled resistance. ... X said": the party
                    # title the text gave the person at the first mention
                    placed = self.parties.named(first.start, first.end)
                if placed is not None and placed.actor is not None:
                    actor = placed.actor
            if actor is None and not former and not held:
                # "Energy Minister X" of a person whose recorded offices have ended: the
                # text's current government title puts the person back in the government
                # of the one state the gazetteer records him for
                actor = self._retitled_state(chain[: chain.index(people[-1])], p)
            how = ActorPath.GAZETTEER_PERSON if actor or not former else ActorPath.PRIVATE
            return self._remember(pos, Who(p.name, actor, True, how), p.gender)
        names = [
            m
            for m in chain
            if m.kind in (MentionKind.NAME, MentionKind.SURNAME)
            and m.text.split()[-1] not in _NOT_PERSON_HEADS
            and not (m.kind is MentionKind.SURNAME and m.text.lower() in _COUNTED)
            and not organisation_name(self.text, m)
            and not attributive_name(self.text, m)
        ]  # "Two business lobbies said" counts; it is not "World War Two"
        head = chain[-1]
        party = (
            self.parties.naming(head.start, head.end)
            if head.kind in (MentionKind.NAME, MentionKind.SURNAME)
            else None
        )
        if party is not None:
            # "The Democratic Alliance said", "the ruling Georgian Dream party had decided":
            # the party, not a person
            return self._remember(
                pos, Who(None, party.actor, False, ActorPath.PARTY), Gender.PLURAL
            )
        organ = self._unqualified_organ(head) if len(chain) == 1 else None
        if organ is not None:
            return self._remember(pos, organ, Gender.PLURAL)
        described = self._described_person(chain, pos)
        if described is not None:
            return self._remember(pos, described, None)
        governed = self.speaking_place(chain)
        if governed is not None:
            return self._remember(pos, governed, Gender.PLURAL)
        if names:
            n = names[-1]
            who = self._known_name(n.text, n.start)
            i = chain.index(n)
            prev = chain[i - 1] if i else None
            if (
                who is None
                and prev is not None
                and prev.kind is MentionKind.ACTOR
                and not prev.possessive
                and " " not in prev.text
                and self.text[prev.end : n.start] == " "
            ):
                # "Jordan Weil", "Chad Smith": a first name that is also a country's
                who = Who(f"{prev.text} {n.text}", None, True, ActorPath.FIRST_NAME_COUNTRY)
                return self._remember(pos, who, None)
            if who is None and (
                n.kind is MentionKind.NAME
                or self._honoured(n)
                or (prev is not None and prev.kind is MentionKind.ROLE and self._ranked(n))
            ):
                side = _chain_actor(chain, gaz, day)
                if side is None and n.kind is MentionKind.SURNAME:
                    # "Defence Minister Gen Nakatani": the office's side, as for a name
                    # the text teaches with its title
                    side = self._title_actor(n.start)
                who = Who(n.text, side, True, ActorPath.TITLE if side else ActorPath.UNRESOLVED)
            if who is not None and who.actor and self._former(chain, n):
                who = Who(who.speaker, None, True, ActorPath.PRIVATE)
            kin = kin_before(self.text, n.start) if n.kind is MentionKind.SURNAME else None
            if who is not None and kin is not None and who.speaker == n.text:
                return self._remember(pos, self._relative(who, n, kin[0]), kin[1])
            if who is not None:
                # A person the text gives no side keeps none: guessing the side the article
                # is mostly about gave strangers the last speaker's flag (issue 8). Their
                # given name may tell which pronoun refers back to them.
                return self._remember(pos, who, given_name_gender(self.gaz, who.speaker))
        pron = [m for m in chain if m.kind is MentionKind.PRONOUN]
        if pron and (
            pron[-1].text.capitalize() in ("One", "Another")
            or _ONE_OF.search(self.text, max(0, pron[-1].start - 15), pron[-1].start)
        ):
            # "Two European negotiators said ... One of them said": one of the group that
            # spoke last, on its side
            placing = self._placed_side(chain[-1].end)
            if placing is not None:
                # "One of them, who is close to the government's team, said": the side
                # the inserted phrase places that one on
                return self._remember(pos, Who(None, placing, True, ActorPath.ORGANISATION), None)
            group = self._latest_heard(pos, people=False)
            named = self._group_named_before(
                pos, opening=pron[-1].text.capitalize() not in ("One", "Another")
            )
            private = self._private_group_before(pos)
            if private is not None and (group is None or private > self._heard_at(group, pos)):
                # "Lawyers for the man rejected that. '...,' one of them said": one of the
                # private people the paragraph's sentence opened on, nobody's side
                return self._remember(pos, Who(None, None, True, ActorPath.PRIVATE), None)
            if named is not None and (group is None or named[0] > self._heard_at(group, pos)):
                # "Two Canadian officials tell the Ledger that ... One says": the group the
                # paragraph named, whether or not its own statement was read yet
                who = Who(None, named[1], False, ActorPath.GROUP)
                return self._remember(pos, who, Gender.PLURAL)
            if group is not None:
                who = Who(None, group.actor, False, ActorPath.GROUP)
                return self._remember(pos, who, Gender.PLURAL)
        if pron:
            found = self.antecedent(pos, pron[-1].gender)
            gender = pron[-1].gender
            opened = (
                self._unnamed_subject_before(pron[-1].start)
                if found is not None and found.speaker and gender in (Gender.MALE, Gender.FEMALE)
                else None
            )
            if opened is not None:
                # "A member of the group's negotiating team rejected the label. '...,' he
                # said": the unnamed person the sentence before opened on, not the named
                # person heard before it
                return self._remember(pos, opened, gender)
            if found is not None and found.path is ActorPath.PRIVATE and gender is Gender.PLURAL:
                # the private body a pronoun found is what the next "it" stands for too
                return self._remember(pos, found, gender)
            if found is not None:
                found = Who(found.speaker, found.actor, found.person_like, ActorPath.COREF)
            if found is not None and found.speaker and gender in (Gender.MALE, Gender.FEMALE):
                # the person a pronoun found is the one the next pronoun of the same
                # gender is about ("She also says ... '...,' she said" a paragraph later)
                return self._remember(pos, found, gender)
            return found
        roles = [m for m in chain if m.kind is MentionKind.ROLE]
        det0 = det_before(self.text, chain[0].start)
        if det0 in ("former", "ex", "retired") and det_before(
            self.text, self.text.rfind(det0, 0, chain[0].start)
        ) in ("a", "an"):
            # "a former IAEA inspector who now advises ...": somebody out of office
            return self._remember(pos, Who(None, None, True, ActorPath.PRIVATE), None)
        actor = _chain_actor(chain, gaz, day)
        how = ActorPath.TITLE if actor is not None else ActorPath.UNRESOLVED
        opposed = _FOR_OPPOSITION.match(self.text, chain[-1].end) if roles else None
        if (
            actor is not None
            and any(
                m.kind in (MentionKind.ACTOR, MentionKind.ADJECTIVE)
                and _OPPOSITION_OF.match(self.text, m.end)
                for m in chain
            )
        ) or opposed is not None:
            # "a spokesman for Gibraltar's opposition Social Democrats", "the Venezuelan
            # opposition said": the opposition speaks for no state (Opposition.NONE), or
            # for the state it opposes the government of (STATE: the one the phrase names,
            # else the one the text is about there)
            opposing: str | None = None
            if self.opposition_sides:
                opposing = actor
                if opposing is None and opposed is not None:
                    opposing = self.parties.opposition_state(chain[-1].end, opposed.end())
            who = Who(
                None,
                opposing,
                bool(roles) and not roles[-1].role.endswith("s"),
                ActorPath.TITLE if opposing else ActorPath.PRIVATE,
            )
            return self._remember(pos, who, None if who.person_like else Gender.PLURAL)
        if self.opposition_sides and roles and roles[-1].role in OPPOSITION_ROLES:
            # "the opposition leader said", "Turkish opposition lawmakers", "CHP opposition
            # deputies" (Opposition.STATE): the state whose politics they take part in, the
            # one the phrase names, else the one the text is about there (never a group's)
            who = Who(
                None,
                self.parties.opposition_state(chain[0].start, chain[-1].end),
                _one_person(roles[-1]),
                ActorPath.TITLE,
            )
            self._describe(roles[-1].role, who, pos)
            return self._remember(pos, who, None if who.person_like else Gender.PLURAL)
        party = self.parties.unnamed(chain, roles[-1]) if roles else None
        if party is not None and party.actor is None:
            # "a senior figure of the opposition X party", "DEM Party officials": a party
            # out of government speaks for no state
            who = Who(None, None, _one_person(roles[-1]), ActorPath.PRIVATE)
            opening = definite_start(self.text, chain[0].start) if who.person_like else None
            if opening is not None:
                # "Friedrich Merz opens the debate. The CDU leader says": that person, for
                # no state still
                officer = self._party_officer(opening, roles[-1].end, pos, None)
                if officer is not None:
                    who = Who(officer.speaker, None, True, ActorPath.PRIVATE)
            self._describe(roles[-1].role, who, pos)  # what "the same person" is later
            return self._remember(pos, who, None if who.person_like else Gender.PLURAL)
        if party is not None:
            actor = party.actor  # "a Socialist official", "AKP sources"
            how = ActorPath.PARTY if actor is not None else how
        if roles and actor is not None and not self._group_present(actor, chain):
            # "a European diplomat" in an article where no European state is a party is
            # an observer, not Europe's voice
            actor = None
        if roles and actor is not None:
            # "A European negotiator said the EU had agreed": the body the paragraph names
            # whose name the demonym opens, not the group of states
            actor = self._demonym_body(actor, chain, pos) or actor
        if (
            roles
            and actor is None
            and roles[0].role in STATE_NOUNS
            and det_before(self.text, chain[0].start) == "the"
        ):
            # "The kingdom said", "the emirate's foreign ministry": a state named before
            actor = self.described_state(roles[0].role, chain[0].start)
            how = ActorPath.COREF if actor is not None else how
        if roles:
            self.context_basis = None
            role = roles[-1]
            det = det_before(self.text, chain[0].start)
            if chain[0].kind is MentionKind.SURNAME and chain[0].text.lower() in _COUNTED:
                det = chain[0].text.lower()  # "Two sources" opening a sentence
            if actor is None and self._sub_state_office(chain):
                # "the state government said", "the Premier's office said": the one listed
                # sub-state government the article names, where it is no story of two states
                # (not described as "the office": the Prime Minister's Office is no more
                # the Premier's for that)
                own = self.article_sub_state
                if own is not None:
                    who = Who(None, own, False, ActorPath.CONTEXT_STATE)
                    return self._remember(pos, who, Gender.PLURAL)
            placing = (
                self._placed_side(chain[-1].end)
                if actor is None and role.role_class is not RoleClass.INSTITUTION
                else None
            )
            if placing is not None:
                # "One of the sources, who is close to the government's team, said": the
                # side the inserted phrase places the source on
                who = Who(None, placing, False, ActorPath.ORGANISATION)
                self._describe(role.role, who, pos)
                return self._remember(pos, who, Gender.PLURAL)
            member = (
                _MEMBER_APPOSITION.match(self.text, chain[-1].end)
                if actor is None and role.role_class is RoleClass.GROUP
                else None
            )
            if member is not None:
                # "One of the people, a member of the government delegation, said": the
                # side of the body the apposition puts the one source in; a later "the
                # official" or "he" is that source
                who = Who(None, self._actor_after(member.end()), False, ActorPath.APPOSITION)
                self._describe(member.group(1), who, pos)
                self._describe("official", who, pos)
                self._by_kind.setdefault((True, None), []).append(len(self.history))
                return self._remember(pos, who, Gender.PLURAL)
            apposed = (
                self._demonym_apposition(chain[-1].end)
                if actor is None and role.role in _SOURCE_NOUNS
                else None
            )
            if apposed is not None:
                # "A second source, a Myanmar official familiar with ..., said": the state
                # the apposition's demonym names; a later "the official" is that source
                who = Who(None, apposed, True, ActorPath.APPOSITION)
                self._describe("official", who, pos)
                return self._remember(pos, who, None)
            union = self._labour_union_of(role, pos)
            if union is not None:
                # "UNTU rejected the offer. A union official said": the union named before
                is_body = role.role in _PRIVATE_BODIES
                who = Who(None, union, not is_body, ActorPath.ORGANISATION_LATEST)
                if not is_body:
                    # a later "the official" is the same unnamed voice of the union
                    self._describe(role.role, who, pos)
                    self._describe(role.role.split()[-1], who, pos)
                return self._remember(pos, who, Gender.PLURAL if is_body else None)
            if role.role_class is RoleClass.PRIVATE:
                # "a strategist at a Zurich bank", "Russian analysts": nobody's side
                # a body ("Canada Post", "the union") is what a later "it" stands for
                is_body = role.text[:1].isupper() or role.role in _PRIVATE_BODIES
                who = Who(None, None, not is_body and not plural_noun(role.role), ActorPath.PRIVATE)
                self._describe(role.role, who, pos)
                return self._remember(pos, who, None if who.person_like else Gender.PLURAL)
            if self._private_holders(chain):
                # "The steering committee of Zambia's bondholders said": the creditors'
                # body, nobody's side; a later "the committee" is the same body
                who = Who(None, None, False, ActorPath.PRIVATE)
                self._describe(role.role, who, pos)
                return self._remember(pos, who, Gender.PLURAL)
            if actor is None and self._named_unknown_body(chain, role):
                # "The World Shipping Council said": a body the gazetteer does not know,
                # named on a noun no state organ needs, speaks for no state
                return self._remember(pos, Who(None, None, False, ActorPath.PRIVATE), Gender.PLURAL)
            if any(r.possessive and r.role_class is RoleClass.PRIVATE for r in roles[:-1]):
                # "the union's national office", "the company's negotiators": the office
                # of a private body speaks for no state; so does a later "the committee"
                who = Who(None, None, False, ActorPath.PRIVATE)
                self._describe(role.role, who, pos)
                return self._remember(pos, who, Gender.PLURAL)
            if actor is None and det in ("a", "an") and len(chain) == 1:
                side = self._spokesperson_of_subject(role)
                if side is not None:
                    # "The Commission welcomed it. A spokesperson said": a later "the
                    # spokesperson" is the same unnamed one
                    who = Who(None, side, False, ActorPath.GROUP)
                    self._describe(role.role, who, pos)
                    return self._remember(pos, who, Gender.PLURAL)
            if actor is None and len(chain) == 1:
                side = self._voice_of_body_heard(role)
                if side is not None:
                    # "The ministry rejected the claim. '...,' a spokesman said": the voice
                    # of the body that spoke in the sentence before
                    who = Who(None, side, False, ActorPath.COREF)
                    self._describe(role.role, who, pos)
                    return self._remember(pos, who, Gender.PLURAL)
            if actor is None and len(chain) == 1 and det not in _POSSESSIVE_PRONOUNS:
                side = self._entourage_of_subject(role)
                if side is not None:
                    return self._remember(
                        pos, Who(None, side, False, ActorPath.GROUP), Gender.PLURAL
                    )
            if actor is None and det in ("its", "their"):
                if self._private_subject_before(chain[0].start):
                    # "The Gibraltar Chamber of Commerce said ... Its president said": the
                    # body that opens the sentence before speaks for no state
                    return self._remember(
                        pos, Who(None, None, False, ActorPath.PRIVATE), Gender.PLURAL
                    )
                # "Russia distanced itself from the consensus. Its representative said": the
                # state that opens a sentence before, not the last one heard; "Russia joined
                # the consensus but its representative said": the one its own sentence opens on
                subject = self._coordinated_subject(chain[0].start) or self._sentence_subject(
                    chain[0].start
                )
                side = self._subject_side(subject) if subject is not None else None
                if side:
                    # one person ("its representative") is whom a later "he" stands for
                    one = _one_person(role)
                    return self._remember(
                        pos,
                        Who(None, side, one, ActorPath.GROUP),
                        None if one else Gender.PLURAL,
                    )
            if actor is None and det in _POSSESSIVE_PRONOUNS:
                # "His office said", "her spokesman", "its foreign ministry": the side of
                # the one the pronoun stands for
                owner_who = self.antecedent(pos, _POSSESSIVE_PRONOUNS[det])
                if owner_who is not None and owner_who.actor:
                    return self._remember(
                        pos, Who(None, owner_who.actor, False, ActorPath.COREF), Gender.PLURAL
                    )
            if actor is None and det == "the" and role.role in _DOCUMENTS:
                # "the statement said": the statement of whoever spoke last
                latest = self._latest_heard(pos)
                if latest is not None:
                    return self._remember(
                        pos, Who(None, latest.actor, False, ActorPath.COREF), Gender.PLURAL
                    )
            if det == "former" or "former" in self.text[chain[0].start : role.start]:
                # "the former Dutch prime minister" is nobody in office now: the person
                # the text is talking about
                return self.antecedent(pos, None)
            owner = next((m.person for m in chain if m.person is not None and m.possessive), None)
            if owner is not None and role.role_class is not RoleClass.DESCRIPTION:
                # "Putin's spokesman" names Peskov; "Sybiha's spokesman" somebody unnamed
                holders = gaz.describe(f"{owner.surname}'s {role.role}", day)
                if holders:
                    p = holders[0]
                    return self._remember(
                        pos, Who(p.name, p.actor_on(day), True, ActorPath.OFFICE_HOLDER), p.gender
                    )
                return self._remember(
                    pos,
                    Who(None, owner.actor_on(day), False, ActorPath.OFFICE_HOLDER),
                    Gender.PLURAL,
                )
            if role.role_class is RoleClass.DESCRIPTION:
                holders = gaz.describe(role.role, day)
                if holders:
                    p = self._prefer_mentioned(holders, pos)
                    return self._remember(
                        pos, Who(p.name, p.actor_on(day), True, ActorPath.OFFICE_HOLDER), p.gender
                    )
                if role.actor is None:
                    return None
                # nobody on record that day: the office's side, speaker unknown
                return self._remember(pos, Who(None, role.actor, False, ActorPath.TITLE), None)
            if party is not None and det == "the" and role.role_class is RoleClass.PERSON:
                officer = self._party_officer(chain[0].start, role.end, pos, party.actor)
                if officer is not None:
                    # "Doyle was more guarded. ... the Fianna Fail leader said": the party's
                    # office, not the state's holder on record
                    return self._remember(pos, officer, None)
            if party is None and det not in INDEFINITE and role.role_class is RoleClass.PERSON:
                qualified = self._qualified_officer(chain, role, actor, pos)
                if qualified is not None:
                    # "Nduhungirehe said ... the Rwandan minister said": the person the
                    # text described with that office and that state, not nobody
                    return self._remember(pos, qualified, None)
            if (
                role.role_class is RoleClass.PERSON
                and det not in INDEFINITE
                and role.role in gaz.roles
                and not any(m.subnational for m in chain)  # "the Ontario premier"
                # (nor "the Greens leader": a body the text names, no known side, whose
                # office it is)
                and not (
                    actor is None
                    and any(
                        m.kind in (MentionKind.NAME, MentionKind.SURNAME) and m.end <= role.start
                        for m in chain
                    )
                )
            ):
                holders = gaz.holders(actor, role.role, day)
                if actor is None:
                    holders = self._recent_with_role(holders, pos, role.role)
                if actor is None and holders and self._unnamed_since(role.role, holders[0]):
                    # "a government spokesman in Berlin said ... The spokesman said": the
                    # unnamed one described since the named holder last spoke
                    holders = []
                if holders:
                    p = self._prefer_mentioned(holders, pos)
                    titled = (
                        self._titled_name(role.role, pos)
                        if actor is None and not self._titled_as(p, role.role, pos)
                        else None
                    )
                    if titled is not None:
                        # "Prime Minister X and Alberta Premier Y ... The premier said": the
                        # one the text itself titled so, not a holder the gazetteer gives
                        # that title among others but the text titles otherwise
                        return self._remember(pos, titled, None)
                    return self._remember(
                        pos, Who(p.name, p.actor_on(day), True, ActorPath.OFFICE_HOLDER), p.gender
                    )
            if actor is None and det == "the" and role.role_class is RoleClass.PERSON:
                recent = self._recent_with_role([], pos, role.role)  # "the minister"
                if recent and not self._unnamed_since(role.role, recent[0]):
                    # (not "A European diplomat said ... the diplomat said" after the
                    # foreign minister, "the top diplomat", spoke: the unnamed one again)
                    p = recent[0]
                    return self._remember(
                        pos, Who(p.name, p.actor_on(day), True, ActorPath.COREF), p.gender
                    )
                titled = self._titled_name(role.role, pos)
                if titled is not None:
                    return self._remember(pos, titled, None)
            unnamed = self._unnamed(role.role, pos) if actor is None and det == "the" else None
            if (
                actor is None
                and det == "the"
                and len(chain) == 1
                and role.role not in _SOURCE_NOUNS
            ):
                # (an unnamed source, "the person", keeps the side its first description
                # gave, none when that was only "familiar with" one: below)
                introduced = self._introduced_side(role.role, chain[0].start, pos)
                if introduced is not None:
                    # "In New Delhi, a Home Ministry official rejected that account. The
                    # official said": the nearest source the text introduced with the same
                    # noun, whether or not its own words were read as a statement
                    who = Who(None, introduced, False, ActorPath.COREF)
                    self._describe(role.role, who, pos)
                    return self._remember(pos, who, Gender.PLURAL)
            if unnamed is not None:
                # "the official"; "the spokesman" after "a government spokesman in Berlin"
                if _one_person(role):
                    self._by_kind.setdefault((True, None), []).append(len(self.history))
                return self._remember(pos, unnamed, Gender.PLURAL)
            if actor is None and det == "the" and len(chain) == 1:
                actor = self.role_side(role.role, pos)  # "Sudan's army ... the army said"
                how = ActorPath.COREF if actor is not None else how
            if actor is None:
                # "a ministry spokesman" once "South Korea's Unification Ministry" is named
                for body in roles[:-1]:
                    if body.role_class is RoleClass.INSTITUTION:
                        actor = self.role_side(body.role, pos)
                        how = ActorPath.COREF if actor is not None else how
                        if actor is not None:
                            break
            if actor is None:
                actor = self._actor_after(chain[-1].end, role.role)  # "sources in the ministry"
                how = ActorPath.ORGANISATION if actor is not None else how
            if (
                actor is None
                and role.role in GROUPS
                and _AT_LOCAL_BODY.match(self.text, chain[-1].end)
            ):
                # "a senior official at a county council", "officials of the city
                # administration": a local government's people, of the state the
                # paragraph, the dateline or the article is about (as a governor is)
                actor = self._context_actor(chain[0].start, state_only=True)
                how = ActorPath.CONTEXT_STATE if actor is not None else how
            if (
                actor is None
                and len(chain) == 1
                and (
                    det in ("one", "another")
                    # "One senior official said"
                    or _ONE_MODIFIED.search(self.text, max(0, chain[0].start - 30), chain[0].start)
                )
            ):
                # "Israeli officials said ... One official said": one of the group of the
                # same noun that the sentence before in the paragraph opened on
                actor = self._one_of_plural(role, pos)
                how = ActorPath.GROUP if actor is not None else how
                if actor is None and _ORDINAL_BEFORE.search(
                    self.text, max(0, chain[0].start - 20), chain[0].start
                ):
                    # "two Indonesian officials said ... The second official said": one of
                    # the unnamed group described before, further back
                    found = self._unnamed(role.role, pos)
                    actor = found.actor if found is not None else None
                    if (
                        actor is not None
                        and _A_ORDINAL_BEFORE.search(
                            self.text, max(0, chain[0].start - 20), chain[0].start
                        )
                        and (ordinal_side := self.gaz.actors.get(actor)) is not None
                        and ordinal_side.kind is ActorKind.GROUP
                    ):
                        # "A Ukrainian officer said ... A second officer said": one more of
                        # the same side's; "a European diplomat ... a second diplomat" may
                        # be of another of the states a group names: somebody new
                        actor = None
                    how = ActorPath.GROUP if actor is not None else how
            if (
                actor is None
                and len(chain) == 1
                and role.role in _ENTOURAGE
                and det in ("", "an")
                and not _OF_SIDE.match(self.text, role.end)  # "aides to the opposition leader"
            ):
                # "President X is due to speak tomorrow. Aides said": the aides of the
                # person the text has just spoken of, as "his aides" are
                actor = self._aides_side(chain[0].start)
                how = ActorPath.GROUP if actor is not None else how
            if actor is None and role.role in _LOCAL_OFFICES:
                # "... hit port infrastructure in Odesa region, the regional governor said":
                # the state of the province or city the paragraph names
                actor = self._local_place(chain[0].start)
                how = ActorPath.LOCAL_PLACE if actor is not None else how
                if actor is None and det not in ("the", "former"):
                    # "one northern governor", "a state governor": a province's executive
                    # of the state the paragraph is about, else the article's
                    actor = self._context_actor(chain[0].start, state_only=True)
                    how = ActorPath.CONTEXT_STATE if actor is not None else how
            if (
                actor is None
                and len(chain) == 1
                and _SUB_STATE_BEFORE.search(self.text, max(0, chain[0].start - 16), chain[0].start)
            ):
                # "A senior provincial official said", "a territorial official": the
                # sub-state government the article's negotiation is with, when it has one
                actor = self.sub_state_party
                how = ActorPath.CONTEXT_STATE if actor is not None else how
            if (
                actor is None
                and len(chain) == 1
                and _CITY_BEFORE.search(self.text, max(0, chain[0].start - 30), chain[0].start)
            ):
                # "City officials said", "a city transport official said": the listed
                # government of the city the dateline names, when the story is the city's
                actor = self.dateline_city
                how = ActorPath.CONTEXT_STATE if actor is not None else how
            if (
                actor is None
                and role.text[:1].isupper()
                and _OPPOSITION_NAME.search(self.text, max(0, chain[0].start - 60), chain[0].start)
            ):
                # "In Trinidad, the opposition People's National Movement accused": a party
                # the text names as the opposition speaks for no state, wherever it is
                return self._remember(pos, Who(None, None, False, ActorPath.PRIVATE), Gender.PLURAL)
            if actor is None and role.role not in _POSTED:
                # "In Kyiv, the president's office said"
                actor = self._framing_actor(
                    pos,
                    state_body=any(
                        self._state_institution(m) or of_state_body(m.role) for m in roles
                    ),
                )
                how = ActorPath.FRAMING if actor is not None else how
            if (
                actor is None
                and chain[-1] is role
                and role.role in ("official", "officials")
                and det != "the"
                and (
                    _SOURCE_RELATION.match(self.text, role.end)
                    or (
                        # "Officials said": only where no bloc or international body named
                        # in the article may be theirs
                        role.role == "officials"
                        and _REPORTS_AFTER.match(self.text, role.end) is not None
                        and not self._names_international_body()
                    )
                )
                and _BARE_BEFORE.search(self.text, max(0, role.start - 30), role.start)
            ):
                # "Two officials familiar with the matter said": unnamed officials of an
                # article that quotes one state's people are that state's
                actor = self._only_state()
                how = ActorPath.ONE_GOVERNMENT if actor is not None else how
            if (
                actor is None
                and det == "the"
                and role.role in ORGANISATION_NOUNS
                and self._private_body_before(pos, role.role)
            ):
                # "At a citizens' group ... The group said": the private body named last
                return self._remember(pos, Who(None, None, False), Gender.PLURAL)
            if actor is None and det == "the" and role.role in ORGANISATION_NOUNS:
                # "the group said": Hamas; a movement the text named before an institution
                # named since ("A mission of the Organization of American States is to
                # verify compliance. ... the group said": the armed group, not the OAS)
                actor = (
                    self._latest_organisation(pos, kinds=_MOVEMENTS, window=400)
                    if role.role not in _BLOC_NOUNS
                    else None
                ) or self._latest_organisation(pos)
                how = ActorPath.ORGANISATION_LATEST if actor is not None else how
            if (
                actor is None
                and len(roles) > 1
                and roles[0] is chain[0]
                and roles[0].role in _BLOC_NOUNS
                and _OWNS.match(self.text, roles[0].end)
            ):
                # "the bloc's lead negotiator said": an office of the bloc named last
                actor = self.described_party(roles[0])
                how = ActorPath.ORGANISATION_LATEST if actor is not None else how
            if actor is None:
                actor = next(
                    (
                        self.default_side(r.role, pos)
                        for r in roles
                        if r.role in DEFAULT_SIDE
                        and not _LOCAL_BEFORE.search(self.text, max(0, r.start - 30), r.start)
                    ),
                    None,
                )
                how = ActorPath.DEFAULT_SIDE if actor is not None else how
            if actor is None and det == "the":
                # "the ministry", "the president's office"; "the interior ministry" is a state's
                # the paragraph's state ("Beijing's account was more measured. The commerce
                # ministry said ..."), else the article's
                state_office = _state_office(role.role) or self._state_institution(role)
                if state_office:
                    actor = self._context_actor(chain[0].start, state_only=True)
                    how = ActorPath.CONTEXT_STATE
                elif self._several_voices(role, chain) or self._unnamed_origin_before(
                    role.role, chain[0].start
                ):
                    # "The mediators said", "the co-chairs said", "according to the joint
                    # statement": unnamed people of several sides, or a text of several, are
                    # not the side the article mostly quotes (measured on the spent sets: the
                    # article's side was wrong for every one of them)
                    how = ActorPath.ABSTAIN
                elif role.role in _SOURCE_NOUNS:
                    # "The person said", "the sources added": an unnamed source taken up
                    # again whose first description gave no side speaks for none (the
                    # article's side was wrong for each on the development sets)
                    how = ActorPath.ABSTAIN
                elif _OF_A_BUSINESS.match(self.text, role.end):
                    # "The head of a mid-sized engineering firm", "the owner of a family
                    # hotel": somebody who runs a private business the text leaves unnamed
                    # speaks for no side, not for the side the article mostly quotes
                    how = ActorPath.PRIVATE
                elif self.labour_dispute:
                    # "the company said", "the coalition said" in a strike: an employer or a
                    # union, no state (measured on the spent sets: the article's side was
                    # wrong for every one of them in a labour dispute)
                    how = ActorPath.ABSTAIN
                else:
                    # "the Prime Minister's Office": an office only a state has is of the
                    # state the article mostly quotes, not of a province's government
                    actor = self.main_actor(state_only=any(r.role in NATIONAL_ONLY for r in roles))
                    how = ActorPath.ARTICLE_FALLBACK
            if actor is None and role.role in _LEGISLATORS:
                # "A member of parliament from the governing party said": a legislator is of
                # the state whose legislators the text named, else the paragraph's or the
                # dateline's, as a named one is
                actor = self._legislator_side(role, chain[0].start)
                how = ActorPath.LEGISLATURE if actor is not None else how
            if actor is None and role.role in STATE_MEDIA:
                # "State media said", "the state news agency reported": the state the
                # paragraph is about, else the article's
                actor = self._context_actor(chain[0].start, state_only=True)
                how = ActorPath.CONTEXT_STATE if actor is not None else how
            if actor is None and role.text.islower() and role.role in _NAMED_STATE_BODIES:
                # "A council member" after "The Presidential Leadership Council ... said":
                # the side that body's statement had
                actor = self.role_side(role.role, pos)
                how = ActorPath.COREF if actor is not None else how
            if actor is None and self._agency_named_by(role):
                # "The Prosecutor-General's Office said": a public agency the gazetteer does
                # not know is a state's, as a ministry is
                actor = self._agency_state(chain[0].start)
                how = ActorPath.CONTEXT_STATE if actor is not None else how
            if actor is None and (
                any(_state_body(b.role) or self._state_institution(b) for b in roles)
                or _state_body_office(role.role)
                or (role.role == "ministers" and len(chain) == 1)
                or role.role.startswith("consular ")
                or _FEDERAL_BEFORE.search(self.text, max(0, role.start - 12), role.start)
                is not None
            ):
                # "a presidency official", "a Foreign Office spokesperson", "Ministers said":
                # (a "federal official" is the national government's, where states are
                # federated)
                # a body only a state has, or its ministers, unqualified, are the state the
                # paragraph is about, else the dateline's or the article's
                actor = self._context_actor(chain[0].start, state_only=True)
                how = ActorPath.CONTEXT_STATE if actor is not None else how
                # "a government spokesman", "ministers" where the talks are with a
                # province's government and not its state: that government's, as a named
                # minister is (``regional_office``)
                police = _POLICE in {role.role, *(b.role for b in roles)}
                regional = self.regional_party
                if regional is not None and not police:
                    government, state = regional
                    if actor == state and not self.capital_dateline:
                        actor = government
                if police and self.home_state:
                    # "Police said", "a police official said": a force of order at home,
                    # the dateline's state, whatever other state the paragraph names
                    actor, how = self.home_state, ActorPath.DATELINE
            if (
                actor is not None
                and role.role in _NAMED_STATE_BODIES
                and role.text[:1].isupper()
                and self._state_institution(role)
            ):
                # "The Presidential Leadership Council said": what "the council" is later
                at, sides = self._qualified.setdefault(role.role, ([], []))
                k = bisect_left(at, role.start)
                at.insert(k, role.start)
                sides.insert(k, actor)
            basis = self.context_basis if how in _CONTEXT_PATHS else None
            who = Who(None, actor, False, how, basis)
            if actor is not None or det in INDEFINITE:
                # "a diplomat attending as an observer" is who "the diplomat" is next
                self._describe(role.role, who, pos)
            if _one_person(role) and (det != "the" or how is ActorPath.PRIVATE):
                # "An Ethiopian official disputed that. He argued ...": one unnamed person
                # ("the official representative" may be somebody named before)
                # is whom a later "he" or "she" stands for (only the one of its gender
                # where the noun gives it: "a spokeswoman" is no later "he"); so is "the
                # head of a family firm", one person of no side
                key = (True, noun_gender(role.role))
                self._by_kind.setdefault(key, []).append(len(self.history))
            return self._remember(pos, who, Gender.PLURAL)
        actors = [m for m in chain if m.kind is MentionKind.ACTOR]
        if len(actors) > 1 and any(m.possessive for m in actors):
            actors = [m for m in actors if not m.possessive] or actors  # "Kyiv's partners"
        codes = {m.actor for m in actors}
        if len(codes) > 1:
            # "France, Germany and Britain": a group when they all belong to one
            bloc = next(
                (g.code for g in gaz.actors.values() if g.members and codes <= set(g.members)),
                None,
            )
            if bloc is None and len(codes) > 2:
                # "Leaders of Canada, France, Germany, Italy, Japan and Britain": a list
                # of states most of them (three in four) of one group speaks for the group
                bloc = next(
                    (
                        g.code
                        for g in gaz.actors.values()
                        if g.members and 4 * len(codes & set(g.members)) >= 3 * len(codes)
                    ),
                    None,
                )
            if bloc is None and _listed(chain, self.text):
                # "Armenia and Azerbaijan said", "Saudi Arabia, Kuwait and Russia insisted":
                # several parties speaking together stand for none of them alone
                return self._remember(pos, Who(None, None, False, ActorPath.PRIVATE), Gender.PLURAL)
            return self._remember(
                pos, Who(None, bloc or actors[0].actor, False, ActorPath.NAMED_ACTOR), Gender.PLURAL
            )
        if actors and self._state_in_body_name(actors[-1]):
            # "The U.S. Lumber Coalition said": a state's name that opens a private body's
            # name is no voice of the state
            return self._remember(pos, Who(None, None, False, ActorPath.PRIVATE), Gender.PLURAL)
        if (
            actors
            and self._is_state(actors[-1].actor or "")
            and possessed_body(self.text, chain, actors[-1])
        ):
            # "Croatia's JANAF said", "Russia's Gazprom said": a body of the state's country
            # named by its own name, a company, no organ of the state
            return self._remember(pos, Who(None, None, False, ActorPath.PRIVATE), Gender.PLURAL)
        if actors and self._place_modifies_person(actors[-1], pos):
            # "A Riga freight forwarder said", "a lecturer at a university in western
            # Kenya said": one person the place only locates, no voice of its state
            return self._remember(pos, Who(None, None, True, ActorPath.PRIVATE), None)
        if actors:
            return self._remember(
                pos, Who(None, actors[-1].actor, False, ActorPath.NAMED_ACTOR), Gender.PLURAL
            )
        adjectives = [m for m in chain if m.kind is MentionKind.ADJECTIVE and m.actor]
        if adjectives and any(
            m.kind is MentionKind.NAME and m.text.split()[-1] in _STATE_BODY_HEADS for m in chain
        ):
            # "The Philippine Coast Guard said": a state's armed or civil service
            return self._remember(
                pos, Who(None, adjectives[-1].actor, False, ActorPath.TITLE), Gender.PLURAL
            )
        if any(
            m.kind in (MentionKind.NAME, MentionKind.SURNAME)
            and (
                (m.kind is MentionKind.NAME and organisation_name(self.text, m))
                or (
                    self._private_body(m)
                    # "A senator from the opposition X Party, NAME,": not the subject
                    and not _AFTER_PREPOSITION.search(self.text, max(0, m.start - 40), m.start)
                )
            )
            for m in chain
        ):
            # "The Ronald Reagan Presidential Foundation and Institute says": an organisation
            # speaks, for no party
            return self._remember(pos, Who(None, None, False, ActorPath.PRIVATE), Gender.PLURAL)
        return None

    def _coordinated_subject(self, pos: int) -> Mention | None:
        """The actor that opens the sentence of ``pos`` as its subject, when "its" or "their"
        before ``pos`` opens a clause coordinated with that subject's ("Russia joined the
        consensus but its representative said")."""
        if not _COORDINATED_OWNER.search(self.text, max(0, pos - 40), pos):
            return None
        para = self.text.rfind("\n", 0, pos) + 1
        breaks = _SENTENCE_BREAK_BEFORE.finditer(self.text, para, pos)
        start = max((m.end() for m in breaks), default=para)
        i = bisect_left(self.starts, start)
        first = self.mentions[i] if i < len(self.mentions) else None
        if (
            first is None
            or first.start >= pos
            or first.kind is not MentionKind.ACTOR
            or first.possessive
            or not _OPENS_AT.fullmatch(self.text, start, first.start)
        ):
            return None
        return first

    def _sub_state_office(self, chain: list[Mention]) -> bool:
        """Whether ``chain`` is a sub-state government by the words that say so: "the state
        government", "the provincial government", or the office of a sub-state executive's
        head with no name ("the Premier's office")."""
        first = chain[0]
        if len(chain) == 1:
            return first.role in _GOVERNMENT_NOUNS and bool(
                _SUB_STATE_QUALIFIER.search(self.text, max(0, first.start - 24), first.start)
            )
        return (
            first.text.lower() in _SUB_STATE_EXECUTIVES
            and det_before(self.text, first.start) == "the"
            and _OWNS.match(self.text, first.end) is not None
        )

    def _unqualified_organ(self, n: Mention) -> Who | None:
        """A capitalised name of a state's organ that no state's name qualifies ("The
        Supreme Court has said", "The Electoral Tribunal said"): a body, no person, of the
        state the paragraph, its sentence, the dateline or the article is about."""
        if (
            n.kind is not MentionKind.NAME
            or not organ_name(n.text, unqualified=True)
            or private_body_name(n.text)
        ):
            return None
        known = self._known_name(n.text, n.start)
        if known is not None and (
            known.actor is not None or known.path is not ActorPath.UNRESOLVED
        ):
            return None  # a side the text gave the name before
        actor = self._context_actor(n.start, state_only=True)
        if actor is None:
            return None
        return Who(None, actor, False, ActorPath.CONTEXT_STATE, self.context_basis)

    def _demonym_apposition(self, pos: int) -> str | None:
        """The state in an apposition that makes an unnamed source one state's official:
        ", a Myanmar official familiar with ...", ", a senior Greek diplomat," (the
        demonym right before the office noun)."""
        gap = _A_DEMONYM.match(self.text, pos)
        m = self._mention_at(gap.end()) if gap is not None else None
        if (
            m is None
            or m.kind not in (MentionKind.ADJECTIVE, MentionKind.ACTOR)
            or m.possessive
            or not m.actor
        ):
            return None
        if not self._is_state(m.actor) or not _OFFICIAL_AFTER.match(self.text, m.end):
            return None
        return m.actor

    def _state_in_body_name(self, m: Mention) -> bool:
        """True when a state's name opens the capitalised name of a private body ("the U.S.
        Lumber Coalition", "the Canada Grain Association"): the words after it end on a
        body's word that is no state's organ. "Coalition" counts here, after a state's name
        and a word of no government ("Lumber"), though alone it may be a ruling one."""
        if not m.actor or not self._is_state(m.actor) or m.possessive:
            return False
        rest = _NAME_AFTER.match(self.text, m.end)
        if rest is None:
            return False
        words = rest.group().split()
        name = " ".join(words)
        return private_body_name(name) or (
            words[-1] == "Coalition" and private_body_name(" ".join([*words[:-1], "Alliance"]))
        )

    def _place_modifies_person(self, m: Mention, pos: int) -> bool:
        """True when the subject at ``pos`` is one unnamed person ("A", "An", "One") whose
        noun the lexicon knows as no office, and the state's or place's name ``m`` in it
        only modifies that noun or a body the person works at: "A Riga freight forwarder",
        "a portfolio manager at a US fund", "a lecturer at a university in western Kenya"
        (an office noun would be a role mention and take the title's paths). The name must
        be a state's or a place's, not a seat of government that stands for it ("A White
        House fact sheet")."""
        if m.start >= pos:
            return False
        found = self.gaz.actors.get(m.actor or "")
        if found is None or found.kind is not ActorKind.STATE:
            return False
        if m.text in found.metonyms or m.text in found.government:
            return False  # "A White House fact sheet": the seat stands for the government
        floor = max(0, m.start - 120)
        ends = _SENTENCE_OR_LINE_END.finditer(self.text, floor, m.start)
        opening = max((e.end() for e in ends), default=floor if floor == 0 else -1)
        if opening < 0:
            return False
        if _PLACE_IN_PREPOSITION.fullmatch(self.text, opening, m.start) is not None:
            # "Rights groups in Madrid", "Lawyers for many of the Venezuelans", "A nurse at
            # one of Seoul's hospitals": the place is the object of a preposition on a
            # common noun of no office, where or about whom, not whose side
            return True
        if m.possessive or _ONE_UNNAMED.fullmatch(self.text, opening, m.start) is None:
            return False
        if _ONE.fullmatch(self.text, opening, m.start):
            # the place right after the determiner: a lower-case head noun must follow it
            return _COMMON_HEAD_AFTER.match(self.text, m.end) is not None
        return True

    def _unnamed_subject_before(self, pos: int) -> Who | None:
        """The unnamed person ("A member of the group's negotiating team", "An official")
        who opens the sentence before the one of ``pos``, on their side, when no person is
        named between them and ``pos``."""
        text = self.text
        closing = _QUOTE_BEFORE.search(text, max(0, pos - 6), pos)
        if closing is not None:
            # '"... Terrorists do not do that," he said': the sentence before the quotation
            pos = max(text.rfind('"', 0, closing.start()), text.rfind("“", 0, closing.start()))
            if pos < 0:
                return None
        span = self._sentence_before(pos)
        if span is None:
            return None
        member = _MEMBER_OPENING.match(text, span[0], span[1])
        if member is not None:
            end, side = member.end(), self._actor_after(member.end())
        else:
            _, first = self._opening_chain(*span)
            if not first or det_before(self.text, first[0].start) not in ("a", "an"):
                return None
            head = first[-1]
            if (
                head.kind is not MentionKind.ROLE
                or head.role_class not in (RoleClass.PERSON, RoleClass.GROUP, RoleClass.PRIVATE)
                or not _one_person(head)
            ):
                return None
            if any(m.kind in (MentionKind.PERSON, MentionKind.NAME) for m in first):
                return None
            side = _chain_actor(first, self.gaz, self.day) or self._actor_after(head.end, head.role)
            end = head.end
        i, j = bisect_left(self.starts, end), bisect_left(self.starts, pos)
        if any(
            m.kind in (MentionKind.PERSON, MentionKind.NAME) or m.person is not None
            for m in self.mentions[i:j]
        ):
            return None
        return Who(None, side, True, ActorPath.COREF)

    def _national_chapter(self, chain: list[Mention]) -> bool:
        """True when a private body's name runs into a state's name that closes it:
        "Transparency International Hungary" (an international body's national branch),
        "the Grain Growers of Canada" (a body named on the plural of an occupation)."""
        of = _OF_THE.match(self.text, chain[-1].end)
        after = self._mention_at(of.end()) if of is not None else None
        for a, b in zip(chain, [*chain[1:], after], strict=False):
            if b is None or a.kind is not MentionKind.NAME:
                continue
            if b.kind is not MentionKind.ACTOR or b.possessive:
                continue
            if not b.actor or not self._is_state(b.actor):
                continue
            gap = self.text[a.end : b.start]
            last = a.text.split()[-1]
            if (gap == " " and last in _INTERNATIONAL) or (
                gap in (" of ", " of the ") and _OCCUPATION_PLURAL.fullmatch(last)
            ):
                return True
        return False

    def _both_sides(self, chain: list[Mention]) -> bool:
        """Whether the speaker's noun phrase is people or a text of the two sides together
        ("the two ministers", "both governments", "officials on both sides", "the
        communique, released by both prime ministers' offices,") and names no side."""
        if not chain or any(
            m.kind in (MentionKind.ACTOR, MentionKind.ADJECTIVE, MentionKind.PERSON)
            or m.person is not None
            for m in chain
        ):
            return False
        head = chain[-1]
        if head.kind is not MentionKind.ROLE:
            return False
        a = chain[0].start
        if _BOTH_BEFORE.search(self.text, max(0, a - 16), a) and plural_noun(head.role or ""):
            return True
        if _BOTH_AFTER.match(self.text, head.end):
            return True
        return head.role in _DOCUMENTS and _ISSUED_BY_BOTH.match(self.text, head.end) is not None

    def _unnamed_origin(self, chain: list[Mention], pos: int) -> str | None:
        """The head noun of an unnamed source whose origin the words keep unnamed ("a
        Western diplomat", "a diplomat from a NATO country in northern Europe") when the
        speaker's noun phrase is one, else None."""
        if not chain:
            return None
        a, b = chain[0].start, chain[-1].end
        lo, hi = max(0, a - 120), min(len(self.text), b + 90)
        if _ANY_ORIGIN_NOUN.search(self.text, lo, hi) is None:
            return None  # every match holds its head noun: none can be here (most chains)
        for m in _UNNAMED_ORIGIN.finditer(self.text, lo, hi):
            if m.start() > a or m.end() < b:
                continue
            if m.group("qual") or m.group("origin"):
                head = self.text[m.start("noun") : m.end("noun") + 1].rstrip()
                return head if head.endswith("s") else m.group("noun")
        return None

    def _unnamed_origin_before(self, noun: str, pos: int) -> bool:
        """Whether the latest indefinite source with head ``noun`` introduced in the
        paragraph or the one before ``pos`` ("A Western diplomat in Baghdad was more
        cautious. ... the diplomat said") is one whose origin the words keep unnamed."""
        start = self.text.rfind("\n\n", 0, max(0, self.text.rfind("\n\n", 0, pos)))
        if self.text.find(noun, max(0, start), pos) < 0:
            return False  # a match with that head noun holds it
        found = None
        for m in _UNNAMED_ORIGIN.finditer(self.text, max(0, start), pos):
            if m.group("noun") == noun:
                found = m
        return found is not None and bool(found.group("qual") or found.group("origin"))

    def _several_voices(self, role: Mention, chain: list[Mention]) -> bool:
        """True for a plural group of unnamed people ("the mediators", "the leaders", "the
        people") or a text several sides issued ("the joint statement")."""
        head = role.role.split()[-1] if role.role else ""
        plural = head == "people" or (head.endswith("s") and not head.endswith(("ss", "us")))
        joint = _JOINT_BEFORE.search(self.text, max(0, chain[0].start - 12), role.start)
        return plural or joint is not None or (role.role or "").startswith("joint ")

    def main_actor(self, *, state_only: bool = False) -> str | None:
        """The side the article mostly quotes so far, else the one it mostly names (a state
        when ``state_only``: what "the interior ministry" belongs to)."""
        # kept as the history grows, in the order actors first spoke (ties go to the first)
        quoted = self._first_side((a for a, _ in self._speaker_actors.most_common()), state_only)
        if quoted is not None:
            return quoted
        if not self._main_actor_counted:
            # a place named as a venue ("talks in Havana", "flew to Doha") is where the
            # text happens, not whose side it is about
            counts = Counter(
                m.actor_on(self.day)
                for m in self.mentions
                if m.kind in (MentionKind.PERSON, MentionKind.ADJECTIVE)
                or (
                    m.kind is MentionKind.ACTOR
                    and _word_before_place(self.text, m.start) not in _VENUE
                )
            )
            counts.pop(None, None)
            self._named = [a for a, _ in counts.most_common() if a is not None]
            self._main_actor_counted = True
        return self._first_side(self._named, state_only)

    def described_state(self, noun: str, pos: int) -> str | None:
        """The state a definite description ("the kingdom", "the island") stands for: the
        latest state named before ``pos`` that is one (its ISO names or its office-holders'
        titles say so: "Kingdom of Saudi Arabia", Qatar's emir); for a noun nothing can
        check ("the island", "the country"), the latest state that opened a sentence, the
        subject the text is about; else the latest state named."""
        i = bisect_left(self.starts, pos)
        nearest = None
        for m in reversed(self.mentions[max(0, i - 80) : i]):
            if m.kind not in (MentionKind.ACTOR, MentionKind.ADJECTIVE, MentionKind.PERSON):
                continue
            side = m.actor_on(self.day)
            if side is None or not self._is_state(side):
                continue
            fits = state_has_form(self.gaz, side, noun)
            if fits or (
                fits is None and _SENTENCE_START.search(self.text, max(0, m.start - 8), m.start)
            ):
                return side
            nearest = nearest or side
        return nearest

    def speaking_place(self, chain: list[Mention]) -> Who | None:
        """A province or region standing alone as the speaker ("Tasmania said", "Western
        Australia, whose government ..., said") whose own government the gazetteer lists
        speaks through that government; not in a negotiation between two states, where a
        province speaks as its state's (see ``_between_states``)."""
        if len(chain) != 1 or chain[0].kind not in (MentionKind.SURNAME, MentionKind.NAME):
            return None
        m = chain[0]
        if m.possessive or m.text.endswith(("'s", "’s")) or self._between_states:
            return None
        governed = regional_government(self.gaz, m.text)
        if governed is None:
            return None
        return Who(None, governed, False, ActorPath.NAMED_ACTOR)

    def _local_place(self, pos: int, *, own: bool = False) -> str | None:
        """The state of the latest province or city (``parley.places``) named in the
        paragraph before ``pos`` or in the rest of its sentence. With ``own`` (for the
        place's own executive, a mayor or a governor), the place's own government where
        the gazetteer lists it, unless the article is between two states."""
        for m in self._local_mentions(pos):
            if m.subnational and m.actor:
                return m.actor
            city = self._capital_city(m) if own else None
            if city is not None:
                # "Seoul's buses ... Mayor X": a capital's mayor is of the city's own
                # government where the gazetteer lists it, not of the state the name is
                return city
            if m.kind in (MentionKind.SURNAME, MentionKind.NAME):
                name = m.text[:-2] if m.text.endswith(("'s", "’s")) else m.text
                if name.split()[-1] in _PUBLIC_HEADS:
                    continue  # "The National Bank of Ukraine": a body, not a town "Bank"
                side = place_state(self.gaz, name)
                governed = regional_government(self.gaz, name) if own and side else None
                if governed is not None and not self._between_states:
                    return governed
                if (
                    side is None
                    and name == m.text
                    and _IN_PLACE.search(self.text, max(0, m.start - 9), m.start)
                ):
                    # "In Mykolaiv, the governor said": a place by its preposition, the
                    # table's under another spelling
                    side = place_state_variant(self.gaz, name)
                if side is not None:
                    return side
        return None

    def _local_mentions(self, pos: int) -> list[Mention]:
        """The mentions of the paragraph before ``pos``, latest first, then those of the
        rest of its sentence: where the place of an office at ``pos`` is named."""
        para = self.text.rfind("\n\n", 0, pos)
        end = _SENTENCE_END.search(self.text, pos)
        stop = end.end() if end else len(self.text)
        i = bisect_left(self.starts, pos)
        before = reversed(self.mentions[max(0, i - 30) : i])
        return [m for m in [*before, *self.mentions[i : i + 10]] if para <= m.start < stop]

    def local_capital_city(self, pos: int) -> str | None:
        """The listed city government of the latest state's capital named where
        :meth:`_local_place` looks (a mayor's city when the article names no city
        government), or None."""
        return next(filter(None, map(self._capital_city, self._local_mentions(pos))), None)

    def _capital_city(self, m: Mention) -> str | None:
        """The listed city government of the state's capital ``m`` names ("Seoul" as
        South Korea's capital; ``capital_city_government``), None for any other mention
        or in a negotiation between two states."""
        if m.kind is not MentionKind.ACTOR or m.subnational:
            return None
        city = capital_city_government(self.gaz, m.text.removesuffix("'s").removesuffix("’s"))
        return None if city is None or self._between_states else city

    def _first_side(self, ranked: Iterable[str], state_only: bool) -> str | None:
        """The first of ``ranked`` (a state when ``state_only``)."""
        return next((a for a in ranked if not state_only or self._is_state(a)), None)

    def _known_name(self, name: str, at: int | None = None) -> Who | None:
        """Who a name the text taught stands for, in full or by its last word, or by its
        leading words ("Hassan Sheikh" after "President Hassan Sheikh Mohamud": the name
        without the last, as Somali and Arabic names are shortened) when they lead the
        name of one person only. A single word that two people the text named in full
        bear ("Park" after "Park Dan" and "Park Min-soo") is the one named last before
        ``at``."""
        if at is not None and " " not in name:
            bearer = self._latest_bearer(name, at)
            if bearer is not None:
                return bearer
        found = self.known.get(name) or self.known.get(name.split()[-1])
        if " " not in name or (
            found is not None
            and (found.actor is not None or found.path is not ActorPath.UNRESOLVED)
        ):
            return found
        lead = name + " "
        learned = {w.speaker for k, w in self.known.items() if k.startswith(lead) and w.speaker}
        named = {
            m.person
            for m in self.mentions
            if m.person is not None and m.person.name.startswith(lead)
        }
        if len(learned | {p.name for p in named}) != 1:
            return found
        if learned:
            return self.known.get(learned.pop() or "")
        p = named.pop()
        return Who(p.name, self._speaks_for(p), True, ActorPath.GAZETTEER_PERSON)

    def _latest_bearer(self, word: str, at: int) -> Who | None:
        """Of several people the text named in full with ``word`` as their first or last
        name (learned, or the gazetteer's), the one named last before ``at``; None when the
        word names one person or none, or nobody bearing it was named before ``at``."""
        bearers: set[str] = set()
        latest: Who | None = None
        for m in self.mentions:
            who: Who | None
            if m.kind is MentionKind.PERSON and m.person is not None:
                name = m.person.name
                who = self.known.get(name) or Who(
                    name, self._speaks_for(m.person), True, ActorPath.GAZETTEER_PERSON
                )
            elif m.kind is MentionKind.NAME and m.person is None:
                name = m.text
                who = self.known.get(name)
            else:
                continue
            words = name.split()
            if len(words) < 2 or word not in (words[0], words[-1]) or who is None:
                continue
            if not who.speaker:
                continue
            bearers.add(who.speaker)
            if m.start < at:
                latest = who
        return latest if len(bearers) > 1 else None

    def _is_state(self, code: str) -> bool:
        found = self.gaz.actors.get(code)
        return found is not None and found.kind is ActorKind.STATE

    def _titled_name(self, role: str, pos: int) -> Who | None:
        """The person the gazetteer lacks whom the text last named before ``pos`` with a
        title ending on ``role`` ("Labour Minister Steven MacKinnon" for "the minister"),
        when no other person was so titled, and no unnamed one described, since."""
        tail = " " + role
        found = [
            (at, who)
            for at, title, who in self._titled_names
            if at < pos and (title == role or title.endswith(tail))
        ]
        if not found or len({who.speaker for _, who in found}) > 1:
            return None  # two ministers named: "the minister" is ambiguous
        at, who = found[-1]
        if (
            max(
                (p for r, p in self._unnamed_at.items() if r == role or r.endswith(tail)),
                default=-1,
            )
            > at
        ):
            return None
        return who

    def _titled_as(self, p: Person, role: str, pos: int) -> bool:
        """Whether the text, before ``pos``, names ``p`` right after ``role`` as a title
        ("Premier X"), or never names ``p`` after any title (nothing to go against)."""
        titles = set()
        i = bisect_left(self.starts, pos)
        before = self.mentions[:i]
        for k, m in enumerate(before):
            if m.person is not None and m.person.name == p.name and k > 0:
                prev = before[k - 1]
                if (
                    prev.kind is MentionKind.ROLE
                    and prev.role_class is RoleClass.PERSON
                    and self.text[prev.end : m.start].strip() == ""
                ):
                    titles.add(prev.role)
        return not titles or role in titles

    def _unnamed(self, role: str, pos: int) -> Who | None:
        """The unnamed source described last before ``pos`` in the text with ``role`` as its
        head noun or, for a singular noun, with its plural ("Three EU diplomats said ... the
        diplomat said": one of them): the nearest antecedent ("A Ukrainian ministry official
        said ... The official rejected": not a US official the text describes only further
        on, nor one described before the Ukrainian; "A senior EU official said ... According
        to one of the U.S. officials, ... The official said": one of the group)."""
        tails = [" " + role]
        if not role.endswith("s"):
            tails.append(" " + role + "s")
        found = [
            (at, who)
            for at, key, who in self._descriptions
            if at < pos and any(key == t[1:] or key.endswith(t) for t in tails)
        ]
        return max(found, key=lambda f: f[0])[1] if found else None

    def _introduced_side(self, role: str, start: int, pos: int) -> str | None:
        """The side of the unnamed source the text introduced last before ``start`` with
        ``role`` as its head noun and an indefinite determiner ("a Home Ministry official",
        "an official of the railway company"), in the paragraph or the one before, when
        that introduction is nearer than any source described with the noun before ``pos``
        and its own words (a state, a state's body, what follows it) give it a side."""
        text = self.text
        floor = text.rfind("\n\n", 0, start)
        floor = text.rfind("\n\n", 0, floor) if floor > 0 else 0
        described = max(
            (
                at
                for at, key, _ in self._descriptions
                if at < pos and (key == role or key.endswith(" " + role))
            ),
            default=-1,
        )
        i = bisect_left(self.starts, start)
        for j in range(i - 1, max(0, i - 40) - 1, -1):
            m = self.mentions[j]
            if m.start < max(floor, 0) or m.end <= described:
                return None
            if m.kind is not MentionKind.ROLE or not (
                m.role == role or (m.role or "").endswith(" " + role)
            ):
                continue
            chain = [m]
            k = j - 1
            while k >= 0 and _JOIN.fullmatch(text, self.mentions[k].end, chain[0].start):
                chain.insert(0, self.mentions[k])
                k -= 1
            if det_before(text, chain[0].start) not in ("a", "an", "one", "another"):
                return None
            if any(c.kind in (MentionKind.NAME, MentionKind.SURNAME) for c in chain):
                return None
            actor = _chain_actor(chain, self.gaz, self.day) or self._actor_after(
                m.end, m.role or ""
            )
            if actor is None and any(
                o.kind is MentionKind.ROLE
                and (
                    self._state_institution(o)
                    or _state_body(o.role or "")
                    or of_state_body(o.role or "")
                )
                for o in chain
            ):
                actor = self._context_actor(chain[0].start, state_only=True)
            return actor
        return None

    def _group_named_before(self, pos: int, opening: bool = False) -> tuple[int, str | None] | None:
        """Where the latest group of unnamed people ("Two Canadian officials", "diplomats
        involved in the talks") is named in the paragraph before ``pos``, and its side.
        With ``opening`` (for "two of them"), only a group that opens its sentence, counted
        or bare ("European diplomats disputed that. Two of them said"): what "them" takes
        up is the plural subject just before, not a group named inside a clause."""
        for j, m in self._back_in_paragraph(pos, 30):
            if (
                m.kind is MentionKind.ROLE
                and m.role_class is RoleClass.GROUP
                and m.role.endswith("s")
            ):
                chain = [m]
                k = j - 1
                while k >= 0 and _JOIN.fullmatch(self.text, self.mentions[k].end, chain[0].start):
                    chain.insert(0, self.mentions[k])
                    k -= 1
                first = chain[0]
                counted = (
                    first.text.lower()  # "Two" opening a sentence is read as a name
                    if first.kind is MentionKind.SURNAME
                    else det_before(self.text, first.start)
                )
                if opening and not _SENTENCE_START.search(
                    self.text, max(0, first.start - 8), first.start
                ):
                    continue
                if counted not in _COUNTED and not (opening and counted == ""):
                    continue  # "both leaders", "the envoys": not a group of sources
                side = _chain_actor(chain, self.gaz, self.day) or self._actor_after(m.end, m.role)
                return m.start, side
        return None

    def _private_group_before(self, pos: int) -> int | None:
        """Where a plural of private people ("Lawyers for the man", "Analysts") opens a
        sentence of the paragraph before ``pos``, the latest such."""
        for _, m in self._back_in_paragraph(pos, 30):
            if (
                m.kind is MentionKind.ROLE
                and m.role_class is RoleClass.PRIVATE
                and plural_noun(m.role)
                and _SENTENCE_START.search(self.text, max(0, m.start - 8), m.start)
                # ("Union sources said": a union's voice, on the union's side)
                and (m.role not in _UNION_VOICES or self._labour_union_of(m, m.start) is None)
            ):
                return m.start
        return None

    def _one_of_plural(self, role: Mention, pos: int) -> str | None:
        """The side of the plural of ``role``'s noun ("Israeli officials") that the
        paragraph named last before ``pos``, with a state or body qualifying it."""
        plural = role.role + "s"
        for j, m in self._back_in_paragraph(role.start, 30):
            if m.kind is not MentionKind.ROLE or m.role != plural:
                continue
            chain = [m]
            k = j - 1
            while k >= 0 and _JOIN.fullmatch(self.text, self.mentions[k].end, chain[0].start):
                chain.insert(0, self.mentions[k])
                k -= 1
            actor = _chain_actor(chain, self.gaz, self.day)
            if actor is not None:
                return actor
            if any(
                o.kind is MentionKind.ROLE and (self._state_institution(o) or _state_body(o.role))
                for o in chain[:-1]
            ):
                # "Government officials privately concede ... One senior official said":
                # the state the paragraph, the dateline or the article is about
                return self._context_actor(m.start, state_only=True)
            owned = _IN_OWNERS_BODY.match(self.text, m.end)
            if owned is not None:
                # "Officials in his office insisted ... One senior official said": the side
                # of the one the pronoun stands for
                who = self.antecedent(m.start, _POSSESSIVE_PRONOUNS[owned.group(1).lower()])
                return who.actor if who is not None else None
            # "Officials at the home ministry said ... One official said": the side of the
            # body or place that follows the group's noun
            return self._actor_after(m.end, m.role)
        return None

    def _last_spoke(self, name: str) -> int:
        """Where the person named ``name`` last spoke (-1: not yet)."""
        return max((h.pos for h in self.history if h.who.speaker == name), default=-1)

    def _heard_at(self, who: Who, pos: int) -> int:
        """Where ``who`` was last heard before ``pos``."""
        return max((h.pos for h in self.history if h.who is who and h.pos < pos), default=-1)

    def _describe(self, role: str, who: Who, pos: int) -> None:
        self._unnamed_at[role] = pos
        self._descriptions.append((pos, role, who))

    def _unnamed_since(self, role: str, person: Person) -> bool:
        """True when an unnamed source with ``role`` as its head ("a government spokesman")
        was described after ``person`` was last spoken of."""
        heads = (role, role + "s")  # (one of "two officials" too)
        at = max(
            (
                p
                for r, p in self._unnamed_at.items()
                if r.endswith(heads) and r.split()[-1] in heads
            ),
            default=-1,
        )
        return at > self._last_spoke(person.name)

    def described_party(self, m: Mention) -> str | None:
        """The party a definite description in a reported clause stands for: "the group",
        "the rebels", "the militia" the armed group or movement named last; "the North",
        "the South" the state named before whose name opens so ("North Korea")."""
        if det_before(self.text, m.start) != "the":
            return None
        if m.kind is MentionKind.ROLE and m.role in ORGANISATION_NOUNS:
            # "the bloc" is a body of states named before ("the EU"), not an armed group
            kinds = _BLOCS if m.role.endswith("bloc") else _MOVEMENTS
            return self._latest_organisation(m.start, kinds=kinds)
        if m.kind in (MentionKind.SURNAME, MentionKind.NAME) and m.text in _COMPASS:
            i = bisect_left(self.starts, m.start)
            for before in reversed(self.mentions[max(0, i - 80) : i]):
                if before.kind is MentionKind.ACTOR and before.text.startswith(m.text + " "):
                    return before.actor
        return None

    def _private_body_before(self, pos: int, noun: str) -> bool:
        """True when the last body named before ``pos`` whose noun is ``noun`` ("a
        citizens' group" for "the group") is a private one, named after any gazetteer
        organisation or movement."""
        i = bisect_left(self.starts, pos)
        for m in reversed(self.mentions[max(0, i - 40) : i]):
            if m.kind is MentionKind.ROLE and m.role.split()[-1] == noun and m.role != noun:
                return m.role_class is RoleClass.PRIVATE
            found = self.gaz.actors.get(m.actor_on(self.day) or "")
            if m.kind in (MentionKind.ACTOR, MentionKind.PERSON) and (
                found is not None and found.kind in _NOT_STATES
            ):
                return False
        return False

    def _latest_organisation(
        self, pos: int, kinds: frozenset[ActorKind] = _NOT_STATES, window: int = 40
    ) -> str | None:
        """The organisation or movement (not a state; of ``kinds``) the text named last
        before ``pos``, within ``window`` mentions."""
        i = bisect_left(self.starts, pos)
        for m in reversed(self.mentions[max(0, i - window) : i]):
            found = self.gaz.actors.get(m.actor_on(self.day) or "")
            if m.kind in (MentionKind.ACTOR, MentionKind.PERSON) and (
                found is not None and found.kind in kinds
            ):
                return found.code
        return None

    def _labour_union_of(self, role: Mention, pos: int) -> str | None:
        """A labour union's voice without its name ("the union", "a union official", "a
        shop steward"): the union the gazetteer knows that the text named last, an
        organisation named "... Union" or of the class "union" (``Actor.nouns``) that is no
        body of states (the EU has members)."""
        if role.role not in _UNION_VOICES:
            return None
        if role.role == "union" and det_before(self.text, role.start) != "the":
            return None
        i = bisect_left(self.starts, pos)
        for m in reversed(self.mentions[max(0, i - 40) : i]):
            found = self.gaz.actors.get(m.actor_on(self.day) or "")
            if (
                m.kind is MentionKind.ACTOR
                and found is not None
                and found.kind is not ActorKind.STATE
            ):
                if self._union_class(found.code):
                    return found.code
                if found.kind is ActorKind.ORGANISATION and not found.nouns:
                    return None  # another body named since
                # (a body the gazetteer gives another class, "the company", "the
                # council", is no union: the union named before it still is)
        # none named before: the one union the article names ("Two union officials said
        # ... the Association of Flight Attendants said"), when it names only one
        unions = {
            m.actor
            for m in self.mentions
            if m.kind is MentionKind.ACTOR and m.actor and self._union_class(m.actor)
        }
        return unions.pop() if len(unions) == 1 else None

    def _union_class(self, code: str) -> bool:
        """Whether the listed body ``code`` is a labour union (no body of states)."""
        found = self.gaz.actors.get(code)
        return (
            found is not None
            and found.kind is not ActorKind.STATE
            and (_UNION_NAME.search(found.name) is not None or "union" in found.nouns)
            and not found.members
        )

    def armed_group_side(self, pos: int) -> str | None:
        """The movement a bare plural of its members at ``pos`` ("the fighters", "the
        guerrillas") stands for: the armed group or movement the text named last."""
        return self._latest_organisation(pos, kinds=_MOVEMENTS)

    def _actor_after(self, pos: int, role: str = "") -> str | None:
        m = _OF_SIDE.match(self.text, pos)
        if not m:
            return self._apposed_state_body(pos, role)
        if role in _POSTED and m.group().split()[0] in ("in", "to"):
            return None  # "a Western diplomat in Nairobi" is posted there, not Kenyan
        owner = _OWNER_PRONOUN.match(self.text, m.end())
        if owner is not None and "the" not in m.group().split():
            # "officials in his office", "sources close to her team": the side of the one
            # the pronoun stands for, when a body of theirs follows
            nxt = self._mention_at(owner.end())
            if (
                nxt is not None
                and nxt.kind is MentionKind.ROLE
                and nxt.role_class is RoleClass.INSTITUTION
            ):
                who = self.antecedent(owner.start(), _POSSESSIVE_PRONOUNS[owner.group(1).lower()])
                return who.actor if who is not None else None
            return None
        nxt = self._mention_at(m.end())
        if (
            nxt is not None
            and nxt.kind in (MentionKind.NAME, MentionKind.SURNAME)
            and nxt.text in _OFFICE_QUALIFIERS
        ):
            # "a spokesperson for the Federal Foreign Office": a level of government before
            # the body, read as a word of a name, qualifies the body after it
            body = self._mention_at(nxt.end + 1)
            if body is not None and body.kind in (MentionKind.ACTOR, MentionKind.ROLE):
                nxt = body
        if nxt is None:
            # "an aide to one northern governor": an office after a determiner and an
            # adjective the link did not take
            gap = _OFFICE_MODIFIERS.match(self.text, m.end())
            nxt = self._mention_at(gap.end()) if gap is not None else None
            if nxt is not None and nxt.kind is not MentionKind.ROLE:
                nxt = None
        if nxt is None:
            nxt = self._state_body_after_words(m.end())
        if nxt is not None and self._close_to_no_side(m.group(), nxt):
            return None
        if nxt is not None and m.group().split()[0] in ("close", "familiar"):
            titled = self._titled_person_side(nxt)
            if titled is not None:
                return titled
        if (
            nxt is not None
            and nxt.kind is MentionKind.ROLE
            and nxt.actor is None
            and nxt.role is not None
            and (nxt.role in _PUBLIC_OFFICES or (nxt.role == "speaker" and nxt.text[:1] == "S"))
        ):
            # "an aide to the Speaker", "sources at the National Assembly", "an aide to one
            # northern governor": an office or chamber of a state, unqualified, is the
            # state of the province the paragraph names, else the text's or the article's
            side = self.role_side(nxt.role, nxt.start)
            if side is None and nxt.role in _LOCAL_OFFICES:
                side = self._local_place(nxt.start)
            return side or self._actor_after(nxt.end) or self._home_or_main()
        if (
            nxt is not None
            and nxt.kind is MentionKind.ROLE
            and nxt.possessive
            and nxt.actor is None
            and self._state_person_office(nxt)
        ):
            # "a senior official in the peace commissioner's office", "a spokesperson for
            # the trade representative's office": a state office's staff, of the state the
            # office was given before, else the dateline's or the article's
            return self.role_side(nxt.role, nxt.start) or self._home_or_main()
        if (
            nxt is not None
            and nxt.kind is MentionKind.ROLE
            and not nxt.possessive
            and nxt.actor is None
            and nxt.person is None
            and det_before(self.text, nxt.start) == "the"
            and self._state_person_office(nxt)
        ):
            # "a spokesman for the president", "an aide to the prime minister": a state's
            # office the text does not qualify, of the side it had when last qualified, else
            # the paragraph's state, as when the office speaks itself ("the president said")
            return self.role_side(nxt.role, nxt.start) or self._context_actor(
                nxt.start, state_only=True
            )
        if nxt is not None:
            if nxt.person is not None:
                return nxt.person.actor_on(self.day)
            if nxt.kind in (MentionKind.NAME, MentionKind.SURNAME):
                # "a senior official in Lee's office" once Lee Jae-myung is named
                known = self._known_name(nxt.text, nxt.start)
                if known is not None and known.actor is not None:
                    return known.actor
                return self._agency_side(m, pos)
            if nxt.actor is None and nxt.role_class is RoleClass.INSTITUTION:
                # "a source in the army's delegation" once "Sudan's army" is named; "a
                # spokesperson for the Foreign Office in Islamabad"; "a statement from the
                # foreign ministry": a body only a state has is the article's state
                side = self.role_side(nxt.role, nxt.start)
                if (
                    side is None
                    and nxt.role is not None
                    and (_state_body(nxt.role) or self._state_institution(nxt))
                ):
                    # "an official of the National Amnesty Commission": a national
                    # commission, a legislature, a presidency are state bodies too; "In
                    # Dili, a spokesman for the Ministry of X": the framing capital's
                    side = (
                        self._actor_after(nxt.end)
                        or self._presidency_side(nxt)
                        or self._framing_actor(pos, state_body=True)
                        or self._home_or_main()
                    )
                return side or self._agency_side(m, pos)
            return nxt.actor
        return None

    def _state_body_after_words(self, pos: int) -> Mention | None:
        """A body only a state has, after one or two lower-case words the role table does
        not join to it ("officials at the land ministry", "a spokesman for the fisheries
        department"): the link's body, or None."""
        gap = _PORTFOLIO_WORDS.match(self.text, pos)
        body = self._mention_at(gap.end()) if gap is not None else None
        if (
            body is None
            or body.kind is not MentionKind.ROLE
            or body.role_class is not RoleClass.INSTITUTION
            or body.actor is not None
            or body.role is None
            or not _state_body(body.role)
        ):
            return None
        return body

    def _presidency_side(self, body: Mention) -> str | None:
        """The state of an unqualified "the presidency" ("a senior official in the
        presidency"): that of the president the text titled last before it ("the
        government of President X"), or None."""
        if body.role not in _PRESIDENCIES:
            return None
        i = bisect_left(self.starts, body.start)
        for title, named in zip(
            reversed(self.mentions[: max(0, i - 1)]), reversed(self.mentions[1:i]), strict=True
        ):
            if (
                title.kind is MentionKind.ROLE
                and title.role == "president"
                and named.person is not None
                and self.text[title.end : named.start] == " "
            ):
                return named.person.actor_on(self.day)
        return None

    def _agency_side(self, link: re.Match[str], pos: int) -> str | None:
        """The state of a public agency the gazetteer does not know, named after the link
        ``link`` ("a spokesman for the Mineral Resources Authority"): the framing state's,
        else the paragraph's, the dateline's or the article's (the state of the places or
        the governments it names), as a ministry's is."""
        words = link.group().split()
        if words[0] not in _AGENCY_LINKS or words[-1] != "the":
            return None
        if not self._named_agency(link.end()):
            return None
        return self._agency_state(pos)

    def _agency_named_by(self, role: Mention) -> bool:
        """Whether the body noun ``role`` closes a public agency's name the gazetteer does
        not know ("The Prosecutor-General's Office said", "the Public Service Agency
        said")."""
        if not role.text[:1].isupper():
            return False
        found = _AGENCY_OPENING.search(self.text, max(0, role.start - 80), role.start)
        start = found.end() if found is not None else role.start
        name = _AGENCY_REST.match(self.text, start)
        return name is not None and name.end() == role.end and self._named_agency(start)

    def _agency_state(self, pos: int) -> str | None:
        """The state a public agency the text names at ``pos`` belongs to."""
        actor = (
            self._framing_actor(pos, state_body=True)
            or self._context_actor(pos, state_only=True)
            or self._home_or_main()
            or self.places_state
            or self._governments_state
        )
        # "a spokesperson for the Public Service Agency" where the talks are with a
        # province's government: that government's agency, as an unqualified minister's
        return self.regional_office(actor, [])

    def _placed_side(self, end: int) -> str | None:
        """The side an inserted phrase after an unnamed source ending at ``end`` places it
        on (", who is close to the government's team,": the government's), or None."""
        m = _PLACED.match(self.text, end)
        return self._actor_after(m.end() - 1) if m is not None else None

    def _apposed_state_body(self, pos: int, role: str) -> str | None:
        """The state of a body only a state has that an apposition after an unnamed office
        puts it in ("A second official, at the defence ministry, said"): the body's side
        once named, else the place after it, else the dateline's or the article's."""
        if role in _POSTED:
            return None
        m = _APPOSED_AT.match(self.text, pos)
        nxt = self._mention_at(m.end()) if m is not None else None
        if (
            nxt is None
            or nxt.kind is not MentionKind.ROLE
            or nxt.role_class is not RoleClass.INSTITUTION
            or nxt.actor is not None
            or nxt.role is None
            or not (_state_body(nxt.role) or self._state_institution(nxt))
        ):
            return None
        side = self.role_side(nxt.role, nxt.start)
        return side or self._actor_after(nxt.end) or self._home_or_main()

    def _titled_person_side(self, office: Mention) -> str | None:
        """The side of a state's office holder named after the title a source is close to:
        "people close to Health Secretary X", "a source close to Prime Minister Y" (the
        name's own side, else the state the office is of there)."""
        if office.kind is not MentionKind.ROLE or not self._state_person_office(office):
            return None
        name = self._mention_at(office.end + 1)
        if name is None or name.kind not in (MentionKind.NAME, MentionKind.PERSON):
            return None
        return name.actor or self.role_side(office.role, office.start) or self._home_or_main()

    def _close_to_no_side(self, link: str, nxt: Mention) -> bool:
        """True when "close to" or "familiar with" leads to a place's or a nation's thing
        that is no side's body: "a source close to the Doha mediation", "a person close to
        the French cognac industry" (not "sources close to the Ukrainian delegation")."""
        if link.split()[0] not in ("close", "familiar"):
            return False
        if nxt.kind not in (MentionKind.ACTOR, MentionKind.ADJECTIVE) or nxt.possessive:
            return False
        if _SIDE_BODY_NOUNS.intersection(nxt.text.lower().split()[1:]):
            return False  # the body is in the listed form itself: "the British government"
        words = _NOUNS_AFTER.match(self.text, nxt.end)
        return words is not None and not _SIDE_BODY_NOUNS.intersection(words.group().split())

    def introduce(self, chain: list[Mention]) -> None:
        """Remember an unnamed source a narrated sentence introduces ("A senior U.S. official
        rejected the charge."), so that a later "the official said" is the same one."""
        roles = [
            m
            for m in chain
            if m.kind is MentionKind.ROLE and m.role_class in (RoleClass.PERSON, RoleClass.GROUP)
        ]
        if not roles or det_before(self.text, chain[0].start) not in INDEFINITE:
            return
        role = roles[-1]
        if self._unnamed_at.get(role.role or "", -1) >= chain[0].start:
            return  # the same source, already resolved as a speaker ("a senior
            # administration official told ...": the administration's)
        actor = _chain_actor(chain, self.gaz, self.day) or self._actor_after(
            chain[-1].end, role.role
        )
        self._describe(role.role, Who(None, actor, False), chain[0].start)

    def note(self, chain: list[Mention], pos: int) -> None:
        """Make a narrated person salient for later pronouns (no statement needed)."""
        self.resolve(chain, pos)

    def _remember(self, pos: int, who: Who, gender: Gender | None) -> Who:
        self._by_kind.setdefault((who.person_like, gender), []).append(len(self.history))
        self.history.append(Heard(pos, who, gender))
        if who.actor:
            self._speaker_actors[who.actor] += 1
        if who.speaker in self.gaz.people:
            self._recent_people.pop(who.speaker, None)
            self._recent_people[who.speaker] = None
        return who

    def _former(self, chain: list[Mention], name: Mention) -> bool:
        """True when the title before a name says the office is past ("Former president
        Alvaro Uribe", "Retired Indian Air Marshal Vivek Rao")."""
        a = chain[0].start
        if _NOW_AFTER.match(self.text, name.end):
            return False  # "Former president X, now deputy head of ..."
        if self._past_title.search(self.text, max(0, a - 12), name.start) is not None:
            return True
        # "Labour's shadow business secretary, X," / "The former envoy, X,": the title in
        # apposition right before the name, in the name's own clause
        floor = max(0, a - 70)
        found = list(self._past_title.finditer(self.text, floor, a))
        return (
            bool(found) and _TITLE_UP_TO_NAME.fullmatch(self.text, found[-1].end(), a) is not None
        )

    def _retitled_state(self, before: list[Mention], p: Person) -> str | None:
        """The one state ``p`` held every recorded office for, when the words right before
        the name give a state's government title with no state in it ("Energy Minister")."""
        if not before or before[-1].kind is not MentionKind.ROLE or not before[-1].role:
            return None
        if not _state_office(before[-1].role):
            return None
        if _PAST_TITLE.search(self.text, max(0, before[-1].start - 24), before[-1].start):
            return None  # "Mauritius's then prime minister X": a past title
        states = {o.actor for o in p.offices}
        if len(states) != 1:
            return None
        (state,) = states
        if not self._is_state(state):
            return None
        self._retitled[p.name] = state
        for key, who in list(self.known.items()):
            if who.speaker == p.name and who.actor is None:
                self.known[key] = Who(who.speaker, state, True, who.path, who.basis)
        return state

    def _titled_namesake(self, chain: list[Mention], person: Mention) -> str | None:
        """The state of a title the chain gives right before a gazetteer person's name
        ("Colombia's Defence Minister [Pedro Sanchez]", "Colombian Defence Minister X"),
        when the gazetteer records that person only for other states: the text's person is a
        namesake. None when the chain gives no such title or the person served that state."""
        p = person.person
        if p is None or not p.offices:
            return None
        before = chain[: chain.index(person)]
        if len(before) < 2 or before[-1].kind is not MentionKind.ROLE:
            return None
        qualifier = before[-2]
        if qualifier.kind not in (MentionKind.ACTOR, MentionKind.ADJECTIVE) or (
            qualifier.kind is MentionKind.ACTOR and not qualifier.possessive
        ):
            return None
        state = qualifier.actor_on(self.day)
        own = p.actor_on(self.day)
        if (
            state is None
            or own is None
            or not self._is_state(state)
            or not self._is_state(own)
            or any(o.actor == state for o in p.offices)
            or _JOIN_TITLE.fullmatch(self.text, qualifier.end, before[-1].start) is None
        ):
            return None
        return state

    def _story_party(self, p: Person, mention: Mention) -> str | None:
        """In a story between parties of one state (coalition or seat-sharing talks), the
        party the person speaks for, whatever office they hold: the one the text places
        them in here or at their first mention, else the one the table records them in."""
        spans = [(mention.start, mention.end)]
        first = self._first_mention.get(p.name)
        if first is not None and first.start < mention.start:
            spans.append((first.start, first.end))
        placed = self.parties.story_side(p.name, *spans)
        return placed.actor if placed is not None else None

    def _caretaker(self, p: Person, mention: Mention) -> bool:
        """Whether, in a story between parties of one state, the text calls the person a
        caretaker here or at the first mention ("caretaker Prime Minister X"): the outgoing
        government, whose party is not at the table, speaks for no state
        (Opposition.NONE)."""
        if self.parties.story is None or self.opposition_sides:
            return False
        first = self._first_mention.get(p.name)
        return any(
            _CARETAKER_BEFORE.search(self.text, max(0, m.start - 50), m.start) is not None
            for m in (mention, first)
            if m is not None
        )

    def _speaks_for(self, p: Person) -> str | None:
        """The side a named person speaks for on the day: none once every office they held
        has ended ("Jugnauth, now in opposition", "former president Uribe"), since a former
        office-holder speaks for himself. Under Opposition.STATE, a person with no office
        on the day speaks for the state whose politics they take part in outside its
        government ("Reform UK leader Nigel Farage": the gazetteer's ``opposition``)."""
        day = self.day
        if (
            day is not None
            and p.offices
            and all(o.end is not None and o.end <= day for o in p.offices)
        ):
            side = None
        elif (
            day is not None
            and any(o.end is not None and o.end <= day for o in p.offices)
            and not any(o.held_on(day) for o in p.offices)
            and not self._titled_for(p, p.actor_on(day))
        ):
            # between two terms (after a first premiership and before a second): no office
            # on the day, and the gazetteer records the one left, so the person speaks for
            # none, as a former office-holder does, unless the text ties the name to that
            # state ("President-elect X", "X, China's top diplomat")
            side = None
        else:
            side = p.actor_on(day)
        if side is None:
            side = self._retitled.get(p.name)
        if side is None and self.opposition_sides:
            side = p.opposition_on(day)
        return side

    def _titled_for(self, p: Person, state: str | None) -> bool:
        """Whether the text titles ``p`` for ``state`` next to the name: an office to come
        before it ("President-elect X"), the state before it ("Chinese Foreign Minister X")
        or opening an apposition after it ("X, China's most senior diplomat,")."""
        if state is None:
            return False
        for name in (p.name, *p.aliases):
            for m in re.finditer(re.escape(name) + r"\b", self.text):
                before = self.text[max(0, m.start() - 40) : m.start()]
                before = re.split(r"[.,;:!?\n]", before)[-1]
                if re.search(r"-elect\s+$", before):
                    return True
                after = _APPOSED_STATE.match(self.text, m.end())
                words = before.split()
                if after is not None:
                    words.append(after.group(1))
                if any(
                    self.gaz.actor_of(w.removesuffix("'s").removesuffix("’s")) == state
                    for w in words
                ):
                    return True
        return False

    def latest_heard(self, pos: int) -> Who | None:
        """Who was spoken of last before ``pos`` in this paragraph or the one before."""
        return self._latest_heard(pos)

    def _latest_heard(self, pos: int, *, people: bool = True) -> Who | None:
        """Who was spoken of last before ``pos`` in this paragraph or the one before (not a
        named or single person unless ``people``)."""
        floor = self.text.rfind("\n\n", 0, max(self.text.rfind("\n\n", 0, pos), 0))
        best: Heard | None = None
        for heard in self.history:
            if not people and (heard.who.person_like or heard.who.speaker):
                continue
            if floor <= heard.pos < pos and (best is None or heard.pos > best.pos):
                best = heard
        return best.who if best is not None else None

    def _party_officer(
        self, start: int, end: int, pos: int, actor: str | None, *, subject: bool = True
    ) -> Who | None:
        """Who "the <party> <office>" (``start``..``end``) is: the person the text gave that
        description in apposition or as a title, else the named person who opens the
        sentence before in the paragraph; None when neither is there."""
        day = self.day
        titled = described_person(self.text, self.mentions, self.text[start:end], start)
        if titled is not None and titled.person is not None:
            p = titled.person
            return Who(p.name, p.actor_on(day), True, ActorPath.APPOSITION)
        if titled is not None:
            return Who(titled.text, actor, True, ActorPath.PARTY)
        if not subject:
            return None
        opener = self._subject_person(pos, None, -1)
        return opener if opener is not None and opener.speaker else None

    def _qualified_officer(
        self, chain: list[Mention], role: Mention, actor: str | None, pos: int
    ) -> Who | None:
        """Who "the <qualifier> <office>" is ("the Rwandan minister", "the region's
        Russian-installed governor"): the person the text gave that description in
        apposition or as a title, else the latest person heard of the qualifier's side
        holding such an office, else the named person of that side who opens the sentence
        before. Not a noun of one of many ("the French official"). A bare office ("the
        president") is left to the office-holder paths: with no qualifier, nothing singles
        out one of two sides' presidents."""
        if actor is None or role.role in GROUPS:
            return None  # "the French official": one of many, an unnamed source
        opening = definite_start(self.text, chain[0].start)
        if opening is None or opening >= role.start:
            return None
        found = self._party_officer(opening, role.end, pos, actor, subject=False)
        if found is not None:
            return found
        day = self.day
        for name in reversed(self._recent_people):
            p = self.gaz.people[name]
            if p.actor_on(day) == actor and any(
                r == role.role or r.endswith(" " + role.role) for r in p.roles_on(day)
            ):
                return Who(p.name, actor, True, ActorPath.COREF)
        subject = self._subject_person(pos, None, -1)
        if subject is not None and subject.speaker and subject.actor == actor:
            return subject
        return None

    def _prefer_mentioned(self, holders: list[Person], pos: int) -> Person:
        if len(holders) == 1:
            return holders[0]
        names = {p.name for p in holders}
        for name in reversed(self._recent_people):  # holders are gazetteer people
            if name in names:
                return next(p for p in holders if p.name == name)
        # the holder the text names first, if it names one before pos
        first = [self._first_mention[n] for n in names if n in self._first_mention]
        first = [m for m in first if m.start < pos]
        earliest = min(first, key=lambda m: m.start).person if first else None
        return earliest if earliest is not None else holders[0]

    def titled(self, role: str, pos: int) -> str | None:
        """The side of the person "the <role>" at ``pos`` stands for: the last person on
        record named before it, in the last 1,500 characters, who holds that office on the
        day ("Trump ... [the president] had called the deal fantastic"); None for an
        indefinite or qualified title, or a title nobody named holds."""
        if role not in self.gaz.roles or det_before(self.text, pos) != "the":
            return None
        i = bisect_left(self.starts, pos)
        for m in reversed(self.mentions[max(0, i - 60) : i]):
            if pos - m.end > 1500:
                break
            if m.person is not None and not m.possessive and role in m.person.roles_on(self.day):
                return m.person.actor_on(self.day)
        return None

    def titled_in_text(self, role: str, pos: int) -> str | None:
        """The side of the person "the <role>" at ``pos`` stands for when the gazetteer
        knows no holder: the one person the text named before with a title ending on that
        role ("Premier Jacinta Allan"), as for a speaker (see ``_titled_name``)."""
        if role not in self.gaz.roles or det_before(self.text, pos) != "the":
            return None
        who = self._titled_name(role, pos)
        return who.actor if who is not None else None

    def _recent_with_role(self, holders: list[Person], pos: int, role: str = "") -> list[Person]:
        # "the president" names the last-mentioned president, not any president;
        # "the minister" the last-mentioned foreign or defence minister.
        names = {p.name for p in holders}

        def fits(person: Person) -> bool:
            return person.name in names or bool(
                role and any(r.endswith(" " + role) for r in person.roles_on(self.day))
            )

        spoken = next(
            (self.gaz.people[n] for n in reversed(self._recent_people) if fits(self.gaz.people[n])),
            None,
        )  # the latest speaker first
        # ... unless the text named another holder since ("12:55 Starmer: ..." heading an
        # entry after Ramgoolam spoke, then "the prime minister says")
        i = bisect_left(self.starts, pos)
        since = self._last_spoke(spoken.name) if spoken is not None else -1
        for m in reversed(self.mentions[max(0, i - 40) : i]):
            if m.start <= since or pos - m.start > _NAMED_SINCE:
                break
            if (
                m.person is not None
                and m.person is not spoken
                and fits(m.person)
                and _OPENS.search(self.text, max(0, m.start - 14), m.start)
            ):  # opening a sentence or an entry, not spoken of ("said he had met Putin")
                return [m.person]
        return [spoken] if spoken is not None else []


# a state's opposition: "Gibraltar's opposition Social Democrats", "the Venezuelan opposition"
# "at a county council", "of the city administration", "in a district government": a
# local government's body after an unnamed official
_AT_LOCAL_BODY = re.compile(
    r"\s+(?:at|of|in|from|with)\s+(?:a|an|the|one)\s+(?:[a-z]+\s+)?"
    r"(?:county|city|district|municipal|town|local|regional|provincial)\s+"
    r"(?:council|authority|administration|government|hall)\b"
)
# "the city's military administration", "a regional administration": a local body, not the
# executive a bare "the administration" stands for
_LOCAL_BEFORE = re.compile(
    r"\b(?:military|regional|city|municipal|district|local|provincial|county|oblast"
    r"|occupation|civil|civil-military)\s+$"
)
# "the opposition People's National ": "opposition" before the capitalised words of a name
_OPPOSITION_NAME = re.compile(r"\b[Tt]he\s+(?:main\s+)?opposition\s+(?:[A-Z][\w'’.-]*\s+){0,4}$")
# "officials familiar with the talks", "officials, who spoke on condition ...": a source's
# relation to the matter after its noun
_SOURCE_RELATION = re.compile(
    r",?\s+(?:familiar\s+with|involved\s+in|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of"
    r"|who\s+(?:spoke|asked|declined|requested|were\s+not\s+authori[sz]ed))\b"
)
# "Officials said", "officials say": a bare plural of officials as the reporting verb's
# subject, with nothing after the noun that places them (no "in", "at", "from")
_REPORTS_AFTER = re.compile(r"\s+(?:have\s+|had\s+)?(?:said|say|says|insist|insisted|told)\b")
# What may stand before a bare "officials": a sentence's start, a count or article, "senior"
# (not "company officials", "union officials", "Indian officials")
_BARE_BEFORE = re.compile(
    r"(?:^|[.!?\"”]\s+|\n|\b(?:[Aa]n?|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Oo]ne"
    r"|[Oo]ther)\s+)(?:senior\s+)?$"
)
# "The second official": one of a group of unnamed people described before ("a second
# official" is somebody new, of whatever side)
_A_ORDINAL_BEFORE = re.compile(r"\b[Aa]\s+(?:second|third|fourth)\s+$")
_ORDINAL_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa])\s+(?:second|third|fourth)\s+$")
# "One senior ", "another western ", "the second ": one of a group, with a modifier
_ONE_MODIFIED = re.compile(r"\b(?:[Oo]ne|[Aa]nother)\s+[a-z][a-z-]*\s+$|" + _ORDINAL_BEFORE.pattern)
# "the state government", "the provincial administration": a sub-state government by the
# word before the noun of a government
_SUB_STATE_QUALIFIER = re.compile(r"\b[Tt]he\s+state\s+$")
_GOVERNMENT_NOUNS = frozenset(("government", "administration"))
# The heads of a sub-state executive whose office ("the Premier's office") is that
# government's: not a governor, who may head a central bank
_SUB_STATE_EXECUTIVES = frozenset(("premier", "chief minister"))

# "A provincial official", "territorial officials": a sub-state government's people
_SUB_STATE_BEFORE = re.compile(r"\b(?:[Pp]rovincial|[Tt]erritorial)\s+$")
# "A federal official", "Federal officials": the national government's people
_FEDERAL_BEFORE = re.compile(r"\b[Ff]ederal\s+$")
# "City officials", "A city transport official", "a municipal spokesman": a city
# government's people
_CITY_BEFORE = re.compile(r"\b(?:[Cc]ity|[Mm]unicipal)\s+(?:[a-z]+\s+)?$")
# "A ", "One senior ", "An adviser at a ", "a manager at one of the ": an indefinite
# determiner and lower-case words (with the prepositions of a workplace) up to a place
# (no verb or participle: "A fact sheet issued by the White House" is the state's document)
_NOUN_WORD = (
    r"(?!(?:by|to|on|of|at|in|from|with|for|and|or|the|a|an|who|that|which)\b)[a-z][\w-]*(?<!ed)\s+"
)
_ONE_UNNAMED = re.compile(
    r"(?:A|An|One|Another|a|an|one|another)\s+(?:" + _NOUN_WORD + r"){0,4}"
    r"(?:(?:at|in|from|with|for)\s+(?:(?:a|an|the|one\s+of\s+the)\s+)?"
    r"(?:(?:" + _NOUN_WORD + r"|in\s+|of\s+)){0,3})?"
)
# The subject's opening up to a place that is the object of a preposition on its head noun,
# a common noun of people or groups (no office: an office noun is a role mention and takes
# the title's paths): "Rights groups in", "Environmental groups in", "A relative of one of
# the", "Lawyers for many of the", "A nurse at one of"
_PLACE_IN_PREPOSITION = re.compile(
    r"(?:(?:A|An|One|Another|Some|Several|Many|Two|Three)\s+)?"
    r"(?:[A-Z][a-z][\w-]*\s+)?(?:" + _NOUN_WORD + r"){0,3}"
    r"(?:at|in|from|for|of|on|about)\s+"
    r"(?:(?:one|many|some|most|several|all|each|two|three)\s+of\s+)?(?:(?:a|an|the)\s+)?"
)
# Where a sentence opens: after its predecessor's end or at a paragraph's start
_SENTENCE_OR_LINE_END = re.compile(r"[.!?][\"”’]?\s+|\n")
_ONE = re.compile(r"(?:A|An|One|Another|a|an|one|another)\s+")
# " freight forwarder said", " businessman,": lower-case words that end the subject
_COMMON_HEAD_AFTER = re.compile(
    r"(?:-based)?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?=\s*(?:,|\(|\bwho\b|\bsaid\b|"
    r"\btold\b|\bwrote\b|\bestimates?\b|\bsays\b))"
)

# a state's force of order at home (roles.INSTITUTIONS)
_POLICE = "police"
# "officials in his office", "aides of her government": a group in the body of the one a
# pronoun stands for
_IN_OWNERS_BODY = re.compile(
    r"\s+(?:in|of|from|at)\s+(his|her|its|their)\s+(?:[a-z]+\s+)?(?:office|government|administration|ministry|cabinet|team)\b"
)
_OPPOSITION_OF = re.compile(r"(?:['’]s?)?\s+opposition\b")
# an office of a state's opposition: "a spokesman for Gibraltar's opposition Social
# Democrats", "a negotiator for the opposition"
_FOR_OPPOSITION = re.compile(
    r"\s+(?:for|of|from)\s+(?:the\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:['’]s?)?\s+)?"
    r"opposition\b"
)
# The lower-case words a place or demonym qualifies: " cognac industry", " mediation"
_NOUNS_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){1,3}")
# The bodies of a side a source may be close to
_SIDE_BODY_NOUNS = {"government", "governments", "delegation", "delegations", "team",
                    "leadership", "office", "presidency", "ministry", "administration",
                    "side", "negotiators", "cabinet", "army", "military", "authorities",
                    "officials", "leader", "leaders", "president", "camp", "command",
                    "embassy", "mission", "party", "movement", "group"}  # fmt: skip
# How a group of sources is counted: "Two Canadian officials", "several diplomats"
_COUNTED = {"two", "three", "four", "five", "six", "several", "some", "many", "senior",
            "unnamed", "anonymous"}  # fmt: skip
# Private nouns that name bodies, not people: "it" may stand for them
_PRIVATE_BODIES = {
    "association", "associations", "business association", "industry association",
    "industry associations", "industry group", "industry body", "federation", "trade union",
    "business confederation", "employers' confederation",
    "union", "unions", "think tank", "lobby group", "protest group", "survey", "poll",
    "business lobby", "industry lobby", "lobby", "business group", "trade body",
    "employers' federation", "employers' group", "chamber of commerce", "citizens' group",
    "citizens group", "community group", "rights group", "human rights group",
    "advocacy group", "campaign group", "pressure group", "civil society group", "civic group",
    "victims' group", "survivors' group", "residents' group", "environmental group",
    "diaspora group",
}  # fmt: skip
_DOCUMENTS = {"statement", "joint statement", "communique", "readout"}
_COMPASS = frozenset(("North", "South"))
# The start of a sentence, a paragraph or a live blog's timed entry, before a name
_OPENS = re.compile(r"(?:^|[.!?][\"”’)]*\s+|\n)(?:\d{1,2}[:.]\d{2}\s+)?(?:The\s+)?$")
# How far back (characters) a holder named since the last one who spoke may be
_NAMED_SINCE = 600  # "the North" after "North Korea"


def _word_before_place(text: str, pos: int) -> str:
    """The word right before ``pos``, lower-cased, past an article ("in the Hague")."""
    m = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    return m.group(1).lower() if m else ""


def skippable(text: str, a: int, b: int) -> bool:
    """True when text[a:b] holds only words that may sit between subject and verb."""
    return _SKIP.fullmatch(text, a, b) is not None
