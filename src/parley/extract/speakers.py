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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from parley.actors import ActorKind, Gazetteer, Gender, Person
from parley.extract.mentions import Mention, MentionKind
from parley.extract.party_sides import PartySide, PartySides
from parley.extract.phrases import DATELINE
from parley.extract.quotes import open_quotation
from parley.extract.roles import (
    INDEFINITE,
    INSTITUTIONS,
    ORGANISATION_NOUNS,
    PORTFOLIO_TITLES,
    STATE_MEDIA,
    STATE_NOUNS,
    RoleClass,
)
from parley.parties import load_parties
from parley.places import place_state, place_state_variant, state_has_form

PREPOSITIONS = {
    "in", "at", "from", "with", "to", "for", "of", "by", "on", "about", "against", "between",
    "among", "toward", "towards", "into", "over", "under", "through", "after", "before",
    "during", "despite", "like", "than", "including", "via", "across", "without", "within",
    "upon", "amid", "behind", "beyond", "unlike", "whom", "as",
}  # fmt: skip
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
# The word before a noun phrase, looking past its determiner ("at a meeting" -> "at").
_WORD_BEFORE = re.compile(
    r"([A-Za-z’']+)[\s,]*(?:(?:a|an|the|his|her|its|their|our|this|that)\s+)?$", re.IGNORECASE
)
_PREV_WORD = re.compile(r"([A-Za-z’']+)\s*$")
_JOIN = re.compile(r"[\s]*(?:['’]s|['’])?[\s]*$")  # gap inside one noun phrase
_OF_SIDE = re.compile(
    r"\s+(?:in|from|at|for|within|inside|of|to|close\s+to|familiar\s+with|headed\s+by|led\s+by"
    r"|chaired\s+by)\s+(?:the\s+|a\s+)?"
)
# (a rank or honorific may open the name: ", Gen. Muhoozi Kainerugaba")
_APPOSITION = re.compile(r"\s*,\s*(?:[A-Z][a-z]{1,4}\.\s+)?")
# ... or ranks written without their stops: "the military's spokesman, Lt Gen X"
_RANKED_APPOSITION = re.compile(
    r"\s*,\s*(?:(?:[A-Z][a-z]{1,4}\.|Lt|Maj|Brig|Gen|Col|Adm|Cdr|Capt|Lt-Gen|Maj-Gen)\s+){0,3}"
)
# Plain lower-case modifiers between a side and its office: "'s information ", " acting army "
_MODIFIERS = re.compile(r"(?:['’]s)?\s+((?:(?:[a-z][a-z-]*|[A-Z][a-z]+-[a-z]+)\s+){1,3})")
_NOT_MODIFIER = PREPOSITIONS | {"and", "or", "but", "that", "who", "which", "said", "says",
                                "is", "was", "are", "were", "has", "had", "have", "will", "would",
                                "not", "no", "own", "new", "former"}  # fmt: skip
# "an adviser to", "a spokeswoman for", "chief of staff of": serving a person named next
_SERVES = re.compile(r"\b(?:to|for|of)\s+(?:(?:the|[A-Z][a-z]+)\s+){0,3}$")
# A relative or participle clause after a name, not an apposition naming the person's side.
_CLAUSE_START = re.compile(r"(?:who|whose|which|where|when|while|speaking|writing|[a-z]+ing)\b")
# Between a country and the name its title introduces: "'s chief trade negotiator, ",
# " special envoy ", "'s commissioner for environment, " -- title words, no verb or clause.
_TITLE_GAP = re.compile(
    r"(?:['’]s)?(?:\s+(?!(?:and(?!\s+[A-Z])|or|but|with|by|to|from|that|who|which|said|says|told"
    r"|met|after|before|as|than|while|when|on|at|in)\b)[A-Za-z][\w.-]*){0,8}\s*,?\s+"
)


# Offices and bodies only a state has: unqualified, they are the state the text is about.
STATE_OFFICES = {
    "government", "president", "prime minister", "premier", "foreign minister",
    "defence minister", "defense minister", "minister", "cabinet", "parliament",
    "foreign ministry", "defence ministry", "defense ministry", "interior minister",
    "finance minister", "trade minister", "chancellor", "king", "army", "military",
    "armed forces",
}  # fmt: skip

# Between an office and the place or body it deals with: "envoy for Yemen", "ambassador to"
_OF_TITLE = re.compile(r"\s+of\s+(?:the\s+)?")
_HEAD_OF = re.compile(r"\s+(?:for|to|at)\s+(?:the\s+)?")
# What an apposition starts with: a determiner or a capitalised word, not a verb or "who"
_APPOSITION_START = re.compile(r"(?:a|an|the|one|another|now|[A-Z])")
_APPOSITION_END = re.compile(r",|;|[.!?](?:\s|$)|\bsaid\b|\btold\b")
# A past office, or an opposition frontbench one ("Shadow Foreign Secretary"): nobody's side
_FORMER = re.compile(
    r"\b(?:former|ex-|onetime|retired|shadow(?=\s+(?:[\w-]+\s+){0,2}?(?:secretary|minister"
    r"|chancellor|spokes\w*|attorney|treasurer)\b))",
    re.IGNORECASE,
)
# "a former official, now deputy minister": an office again; not "now at a consultancy"
_NOW = re.compile(r"\bnow\b(?!\s+(?:at|with|for)\s+(?:a|an)\b)")
# "at a Stockholm bank", "for an Oslo think tank": where somebody works, not a side
_AT_AN_EMPLOYER = re.compile(r"\b(?:at|with|for)\s+(?:a|an)\s+$")
_ONE_OF = re.compile(
    r"\b(?:one|two|three|another|each|some|none|either|neither|all|both|most)"
    r"\s+of\s+$",
    re.IGNORECASE,
)
# A title's complement that names whom the office serves, up to that person's name: "a
# spokesman for (Secretary-General) ", "an adviser to (President) "
_SERVES = re.compile(
    r"\b(?:spokes(?:wo)?man|spokesperson|adviser|advisor|aide|envoy|deputy|assistant"
    r"|secretary|representative)\s+(?:for|to|of)\s+(?:[A-Z][\w.-]*\s+){0,3}$"
)
# A verbless line's "from" before the name it is about ("More from ", "Stronger words from ")
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
# An apposition that ends the line: ", the party's deputy chairman"
_APPOSITION_TO_END = re.compile(r",\s+(?:the|a|an|his|her|its|their)\s+[^,;:.!?\"“”]{2,60}")
_IN_TITLE = re.compile(r"\b(?:of|and|for)\s+$")
_NOW_AFTER = re.compile(r",\s+now\b")
_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w'’-]*)\s+$")
_PLACE_NOUNS = {
    "town", "city", "village", "region", "port", "province", "district", "enclave", "capital",
    "country", "island", "river", "state", "territory", "suburb", "neighbourhood",
    "neighborhood", "area", "settlement", "hub", "border", "crossing", "strait", "sea",
}  # fmt: skip
_OF_GAP = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?|-[a-z]+\s+(?:[a-z]+\s+){0,2}")
_AFTER_PREPOSITION = re.compile(
    r"\b(?:of|from|for|at|with|in|by|to)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)
# Offices held for a province or a state's constituency: "Senator X of Pennsylvania"
_FIRM_GOES_ON = re.compile(r"\s*(?:&|and\s+[A-Z])|\s+[A-Z][a-z]")  # "Marlow & Tate"
# Titles only a government has, besides STATE_OFFICES: unqualified ("Secretary of State X",
# "Vice President X"), the state the text is about, as for "Foreign Minister X"
# Offices only an international organisation has
_ORGANISATION_OFFICES = {"secretary general", "secretary-general", "commission president",
                         "high representative", "commission vice-president",
                         "commission vice president"}  # fmt: skip
_COMMISSION_BEFORE = re.compile(r"\bCommission\s+$")  # "Commission Vice-President X"
_GOVERNMENT_TITLES = {
    "secretary of state", "vice president", "vice premier", "deputy prime minister",
    "foreign secretary", "defence secretary", "defense secretary", "home secretary",
    "trade representative",
}  # fmt: skip
_PLACED_OFFICES = {"senator", "representative", "congressman", "congresswoman", "governor",
                   "lawmaker", "legislator", "mayor", "mp", "deputy"}  # fmt: skip
_OPPOSITION_APPOSITION = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,3}(?:of|from|for|in)\s+the\s+"
    r"(?:main\s+|largest\s+)?opposition\b"
)
# Words and head nouns of the names of international bodies
_INTERNATIONAL = {"International", "World", "Global", "Intergovernmental", "Inter-American",
                  "Multilateral", "Interparliamentary", "Inter-Parliamentary"}  # fmt: skip
_INTERNATIONAL_HEADS = {"Organization", "Organisation", "Agency", "Programme", "Program",
                        "Fund", "Bank", "Court", "Office", "Union", "Council", "Commission",
                        "Forum", "Institute", "Authority", "Committee", "Federation",
                        "Association", "Panel", "Conference", "Secretariat"}  # fmt: skip
_LIST_AND = re.compile(r"\s(?:and|or)\s")
_POSTED_GAP = re.compile(r"\s+(?:in|at|to)\s+(?:the\s+)?")
# "The opposition ", "The main business ": a sentence's determiner and modifiers before a name
_MODIFIED_OPENING = re.compile(r"(?:The|A|An)\s+(?:[a-z-]+\s+){0,2}")
# "now at the Hollis Institute": where a former official works now
_NOW_AT = re.compile(
    r"\bnow\s+(?:at|with|for)\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)"
)
_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]")  # "London School", "Seoul Centre"
# Bodies whose proper names carry their noun ("European Commission", "Unification Ministry")
_NAMED_BODIES = {"commission", "parliament", "council", "ministry", "assembly"}
# The Arabic article joined to a surname ("al-Sudani", "el-Sisi"), which later mentions drop
_ARABIC_ARTICLE = re.compile(r"^(?:[Aa]l|[Ee]l)-(?=[A-Z])")
# What may stand before an organisation's last word used alone ("the Fund", "Fund staff"
# opening a sentence), and not before another name ending with it ("the People's Assembly")
_ALONE_BEFORE = re.compile(r"(?:(?:^|[.!?:;\n(\"“])\s*|(?<![\w'’])(?:[Tt]he|[a-z]+)\s+)$")
# An acronym the gazetteer does not know, right before an office ("CUPE national president"):
# a union's or a company's, not a state's
_ACRONYM_OWNER = re.compile(r"\b([A-Z]{2,6})(?:['’]s)?\s+(?:[A-Za-z-]+\s+){0,2}$")
# ", president of IAM District 751": an office in apposition and the body it is held in
_APPOSED_OFFICE_OF = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?P<office>(?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:of|at|for|with)"
    r"\s+(?:the\s+)?(?P<owner>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|\d+|of|and|&))*)"
)
# Head words of the names of private bodies: unions, companies, associations
_PRIVATE_BODY_HEADS = {
    "Union", "Unions", "Association", "Federation", "Confederation", "Company", "Corporation",
    "Workers", "Machinists", "Longshoremen", "Teamsters", "Guild", "Local", "District",
    "Inc", "Ltd", "Group", "Chamber", "Foundation", "Institute",
}  # fmt: skip
_POSSESSOR = re.compile(r"\b([a-z]+)['’]s\s+(?:[a-z-]+\s+){0,2}$")
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’)]*\s+|\n)(?:The\s+)?$")
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]\s")
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s+$")
# A person's staff, unnamed: "Aides said", "an adviser said", "a senior aide said"
_ENTOURAGE = frozenset(
    ("aide", "aides", "close aide", "close aides", "senior aide", "senior aides", "adviser",
     "advisers", "advisor", "advisors")
)  # fmt: skip
_SPOKES = frozenset(
    ("spokesman", "spokeswoman", "spokesperson", "press secretary", "press officer")
)
# "Its president", "their chief negotiator": an office owned by what "its" stands for
_ITS_OFFICE = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,3}$")
# An age in apposition after a name: "Wilson, 34, a driver", "said Olha, 52, whose son"
_AGE_AFTER = re.compile(r",\s+\d{1,3},")
# What introduces one word as a person's name: "who gave only his first name, Andrii",
# "identified only as Olena", "a farmer named Petro", "a retired teacher, Halyna,"
NAME_GIVEN = re.compile(
    r"(?:\b(?:first|given|only)\s+name|\bidentified\s+(?:only\s+)?as|\b(?:named|called))"
    r"[,:]?\s+$",
    re.IGNORECASE,
)
# A person's relation to somebody named before a one-word name: "Her neighbour ", "His
# son ", "their driver " (a possessive, a common noun)
_RELATION_BEFORE = re.compile(
    r"(?:^|[.,;:]\s+|\n)(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\s+(?:[a-z][\w'’-]*\s+){1,2}$"
)
# a description with an indefinite article in apposition: "a retired welder, "
_DESCRIBED = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w'’-]+\s+){0,4}[a-z][\w-]*,\s+$")
# A sentence that opens on a place: "In Kyiv, ...", "Inside Syria, ...", "In Tehran the ..."
_FRAME = re.compile(r"(?:In|Inside|Back in)\s+(?:the\s+)?")
# Verbs that introduce what somebody said (the side of what follows is spoken of)
_REPORTING = re.compile(
    r"\b(?:said|says|told|tells|added|adds|warned|warns|argued|argues|insisted|insists"
    r"|accused|accuses|demanded|demands|stressed|stresses|announced|announces|wrote|writes"
    r"|according to)\b"
)
# A paragraph's first character; the place words that open a dateline ("LONDON/NEW DELHI")
_PARAGRAPH_STARTS = re.compile(r"(?:^|\n\s*\n)(?=\S)")
_DATELINE = re.compile(
    r"([A-Z][A-Z.'’-]*(?:[ /][A-Z][A-Z.'’-]*)*)(?:,\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=\s*[-—–(]))?"
    r"(?:,\s+[A-Z][a-z]{2,}\.?\s+\d{1,2}\.?)?"
    r"(?:\s*\([^)]{1,30}\))?\s*[-—–]\s"
)


def _quoted_at(text: str, floor: int, pos: int) -> bool:
    """Whether ``pos`` opens or sits inside a quotation begun since ``floor``."""
    return text.startswith(('"', "“", "‘"), pos) or open_quotation(text[floor:pos])


# the end of a sentence: the next opens with a capital, perhaps a quotation's ('again. "They')
_SENTENCE_BREAK = re.compile(r"[a-z0-9]{2}[.!?][\"”’)]*\s+(?=[\"“‘]?[A-Z])")
_TITLE_KINDS = frozenset((MentionKind.ROLE, MentionKind.ADJECTIVE, MentionKind.ACTOR))
# Titles that only a state's government gives ("agriculture minister", "labor secretary").
_STATE_TITLES = (" minister", " secretary", "spokesman", "spokeswoman", " adviser", " advisor")
# a locative preposition just before a name: the name is a place ("In Mykolaiv, ...")
_IN_PLACE = re.compile(r"\b(?:[Ii]n|[Nn]ear|[Oo]utside)\s+\Z")
_OF_STATE = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")

_NOT_STATES = frozenset((ActorKind.ORGANISATION, ActorKind.MOVEMENT))
_MOVEMENTS = frozenset((ActorKind.MOVEMENT,))
_BLOCS = frozenset((ActorKind.ORGANISATION,))

# Institutions that name one side in reporting on this conflict when no country is given.
DEFAULT_SIDE = {"administration": "USA"}


@dataclass(slots=True)
class Who:
    speaker: str | None
    actor: str | None
    person_like: bool  # a person, named or resolved, rather than a body or a group


@dataclass(frozen=True, slots=True)
class Heard:
    """A speaker or narrated person the text spoke of at ``pos``, for later pronouns."""

    pos: int
    who: Who
    gender: Gender | None


def chains(mentions: list[Mention], text: str) -> list[list[Mention]]:
    """Group touching mentions into noun phrases ("Russian President Vladimir Putin"), and a
    side with the office it qualifies across plain modifiers ("Cambodia's information
    ministry", "the U.N.'s humanitarian coordinator")."""
    out: list[list[Mention]] = []
    for m in mentions:
        if out and (
            _JOIN.fullmatch(text, out[-1][-1].end, m.start) is not None
            or _qualifies(out[-1][-1], m, text)
        ):
            out[-1].append(m)
        else:
            out.append([m])
    return out


def _qualifies(side: Mention, office: Mention, text: str) -> bool:
    if office.kind is not MentionKind.ROLE or office.start - side.end > 40:
        return False
    if _noun_adjunct(side, office, text):
        return True
    if not (side.possessive or side.kind is MentionKind.ADJECTIVE):
        return False
    gap = _MODIFIERS.fullmatch(text, side.end, office.start)
    return gap is not None and not any(w.lower() in _NOT_MODIFIER for w in gap.group(1).split())


# One or two words between a side used as a modifier and its office, lower-case or
# capitalised: " trade ", " Treasury ", " defense ministry " (no possessive, no comma)
_ADJUNCT_GAP = re.compile(r"\s+((?:[A-Za-z][a-z-]*\s+){1,2})")
# What opens a noun phrase whose head is an office: "an", "a senior", "the", "two"
_NP_OPENERS = INDEFINITE | {"the"}


def _noun_adjunct(side: Mention, office: Mention, text: str) -> bool:
    """A side that modifies an office inside one noun phrase a determiner opens: "an EU
    trade official", "a U.S. defense official", "a French Treasury official". A verb cannot
    stand between a determiner's noun phrase and its head, so the words between are
    modifiers ("the EU said officials ..." has no determiner before the side)."""
    if side.kind not in (MentionKind.ACTOR, MentionKind.ADJECTIVE) or side.possessive:
        return False
    if side.person is not None or side.subnational:
        return False
    gap = _ADJUNCT_GAP.fullmatch(text, side.end, office.start)
    if gap is None or any(w.lower() in _NOT_MODIFIER for w in gap.group(1).split()):
        return False
    if side.kind is MentionKind.ADJECTIVE and gap.group(1).islower():
        return False  # the plain modifiers of ``_qualifies`` already join these
    return det_before(text, side.start) in _NP_OPENERS


def det_before(text: str, pos: int) -> str:
    """The word right before ``pos``, lower-cased ('the', 'a', 'two', 'senior'); "the same
    official" is "the" official."""
    m = _PREV_WORD.search(text, max(0, pos - 30), pos)
    if m is None:
        return ""
    word = m.group(1).lower()
    if word in _DEFINITE_MODIFIERS:
        # "the same official", "the federal government": the office the text means
        before = _PREV_WORD.search(text, max(0, m.start() - 30), m.start())
        if before is not None and before.group(1).lower() == "the":
            return "the"
    return word


# Modifiers between "the" and an office that leave it definite
_DEFINITE_MODIFIERS = frozenset(("same", "federal", "central", "national"))


def word_before(text: str, pos: int, floor: int = 0) -> str:
    m = _WORD_BEFORE.search(text, max(floor, pos - 40), pos)
    return m.group(1).lower() if m else ""


class Resolver:
    """Resolves noun phrases to speakers, remembering names and salience in one text."""

    def __init__(self, gaz: Gazetteer, text: str, mentions: list[Mention], day: date | None):
        self.gaz = gaz
        self.text = text
        self.day = day
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.known: dict[str, Who] = {}  # surname or full name of people the gazetteer lacks
        self._private_names: set[str] = set()  # people the text places in no state's service
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
        self.unnamed: dict[str, Who] = {}  # role noun -> the unnamed source last described so
        self._unnamed_at: dict[str, int] = {}  # role noun -> where it was last described
        # role noun -> (positions, sides) of the phrases that qualify it with a side
        # ("Sudan's army", "the Thai government"): what a bare "the army" means later
        self._qualified: dict[str, tuple[list[int], list[str]]] = {}
        # party offices and membership: a governing party's state, or nobody's
        self.parties = PartySides(
            load_parties(), text, mentions, day, lambda at: self._context_actor(at, state_only=True)
        )
        self._learn_roles()  # before the names: a title's side may come from it
        self._learn_names()
        self._upgrade_surnames()
        self._short_organisations()

    # -- names the gazetteer lacks -------------------------------------------------------
    def _learn_names(self) -> None:
        text = self.text
        first_names: dict[str, set[str]] = {}
        for m in self.mentions:
            if m.person is not None and not self._not_yet(m.person):
                first_names.setdefault(m.person.name.split()[0], set()).add(m.person.name)
        for first, full_names in first_names.items():
            if len(full_names) == 1:  # "Sir Keir" after "Keir Starmer"
                p = self.gaz.people[next(iter(full_names))]
                self.known.setdefault(first, Who(p.name, p.actor_on(self.day), True))
        # A surname the gazetteer keeps out of its aliases because several people bear it
        # ("Dar", "Sharif", "Kim") names the one the text has named in full.
        surnames: dict[str, set[str]] = {}
        for m in self.mentions:
            if m.person is not None and not self._not_yet(m.person):
                surnames.setdefault(m.person.surname, set()).add(m.person.name)
        for surname, full_names in surnames.items():
            if len(full_names) == 1 and surname not in self.gaz.aliases:
                p = self.gaz.people[next(iter(full_names))]
                self.known.setdefault(surname, Who(p.name, p.actor_on(self.day), True))
            # "Sudani" after "Mohammed Shia al-Sudani": an Arabic surname without its article
            bare = _ARABIC_ARTICLE.sub("", surname)
            if bare != surname and len(full_names) == 1 and bare not in self.gaz.aliases:
                p = self.gaz.people[next(iter(full_names))]
                self.known.setdefault(bare, Who(p.name, p.actor_on(self.day), True))
        prev = None
        all_chains = chains(self.mentions, text)
        for k, chain in enumerate(all_chains):
            names = [
                m
                for m in chain
                if m.kind is MentionKind.NAME or (m.person is not None and self._not_yet(m.person))
            ]
            prev, chain_before = chain, prev
            if not names:
                continue
            prev_chain = chain_before
            head_chain = prev_chain
            if (
                k >= 2
                and prev_chain is not None
                and any(m.kind is MentionKind.ROLE for m in all_chains[k - 2])
                and _HEAD_OF.fullmatch(text, all_chains[k - 2][-1].end, prev_chain[0].start)
            ):
                head_chain = all_chains[k - 2]  # "the UN envoy for Yemen, X": the envoy's side
            name = names[-1]
            known = self.known.get(name.text.split()[-1])
            if name.person is None and known is not None and known.speaker in self.gaz.people:
                self.known[name.text] = known  # "Sir Keir" is Keir Starmer
                continue
            if (
                name.person is None
                and known is not None
                and known.speaker
                and known.speaker.lower().endswith(" " + name.text.lower())
                and not any(m.kind is MentionKind.ROLE for m in chain)
            ):
                # "Von der Leyen" after "Ursula von der Leyen", "Lopez Obrador" after "Andres
                # Manuel Lopez Obrador": the surname of several words of a name given before
                self.known[name.text] = known
                continue
            # "X, a co-chair of the Kurdistan Communities Union, the PKK's umbrella body,": a
            # body the gazetteer does not know, that the text makes a side's own, whatever
            # its name's last word ("Union") would say
            described = self._body_described_actor(name.end)
            private = not described and any(m.role_class is RoleClass.PRIVATE for m in chain)
            # "Dodik's lawyer, X,": a private office in apposition before the name, whoever
            # its possessor serves
            private = private or (
                prev_chain is not None
                and prev_chain[-1].kind is MentionKind.ROLE
                and prev_chain[-1].role_class is RoleClass.PRIVATE
                and _APPOSITION.fullmatch(text, prev_chain[-1].end, chain[0].start) is not None
            )
            # "Olena Kovalchuk, a nurse from Kharkiv,": nobody's voice
            private = private or (not described and self._private_apposition(name.end))
            # "A lawyer who has represented PKK defendants, X,": nor the client's
            private = private or self._private_role_clause_before(chain[0].start)
            # "A senator from the opposition National Action Party, X,": the opposition
            # speaks for no state, as "opposition senator X" does not
            # "X, leader of the opposition Democratic Party,"
            private = private or _OPPOSITION_APPOSITION.match(text, name.end) is not None
            private = private or any(
                self._opposition_title(m.start)
                for m in chain
                if m is chain[0] or m.kind is MentionKind.ROLE
            )
            if not private and chain[0] is not name and self._office_topic(chain[0]) is not None:
                # "the U.S. envoy to the United Nations Mark Doe": the office's own side
                chain = chain[chain.index(name) :]
            # "PSOE negotiator X", "X, spokesman of the ruling AK Party,": a governing
            # party's state, or nobody's for a party out of government
            party = None if name.person is not None else self.parties.named(name.start, name.end)
            if party is not None and not party.said and self._elected_title(chain):
                # "Senator X, a Democrat,": a party label says nothing of an elected office
                # in the state, unless the text puts it in the opposition
                party = None
            private = private or (party is not None and party.actor is None)
            actor = (
                None
                if private
                else _party_or_chain_actor(party, chain, self.gaz, self.day) or described
            )
            posted = False
            if (
                actor is None
                and not private
                and prev_chain is not None
                and _RANKED_APPOSITION.fullmatch(text, prev_chain[-1].end, chain[0].start)
                # "Speaking outside the Ukrainian embassy, X": a place, not X's title ("the
                # UN envoy for Yemen, X" is the envoy's)
                and (
                    head_chain is not prev_chain
                    or word_before(text, prev_chain[0].start) not in PREPOSITIONS | _VENUE
                    # "The commander of Uganda's army, X": the title's complement
                    or (
                        k >= 2
                        and any(m.kind is MentionKind.ROLE for m in all_chains[k - 2])
                        and _OF_TITLE.fullmatch(
                            text, all_chains[k - 2][-1].end, prev_chain[0].start
                        )
                        is not None
                    )
                )
            ):
                # "Sybiha's spokesman, X,"
                actor = _chain_actor(head_chain or prev_chain, self.gaz, self.day)
                served = next((m.person for m in prev_chain if m.person is not None), None)
                if (
                    actor is None
                    and served is not None
                    and head_chain is not prev_chain
                    and _SERVES.search(text, max(0, prev_chain[0].start - 40), prev_chain[0].start)
                ):
                    # "a spokesman for Secretary-General X, Y": an aide is on the side of
                    # the person the office serves
                    actor = self._speaks_for(served)
                if (
                    actor is None
                    and head_chain is not prev_chain
                    and head_chain is not None
                    and not _speaks_for_body(text, head_chain, prev_chain)
                ):
                    # "Its representative at the UN, X,": the office's owner, not the body
                    # it is posted to; "its" is the body the paragraph last opened on ("a
                    # spokesperson for the commerce ministry, X," speaks for that ministry)
                    posted = True
                    if _OWNED_BY_PRONOUN.search(
                        text, max(0, head_chain[0].start - 40), head_chain[0].start
                    ):
                        subject = self._sentence_subject(head_chain[0].start)
                        actor = self._subject_side(subject) if subject is not None else None
            if actor is None and not private and self._office_of_unknown_body(name.end):
                # "Jon Holden, president of IAM District 751,": an office in a body the
                # gazetteer does not know (a union, a company) speaks for no state, unless
                # a title before the name gives one ("Azerbaijan's X, president of COP29")
                private = not self._title_actor(chain[0].start)
            if actor is None and not private:
                actor = self._apposition_actor(name.end)
            if actor is None and not private:
                actor = self._relative_office_actor(name.end)
            if actor is None and not private:
                roles = [
                    m.text
                    for m in chain
                    if m.kind is MentionKind.ROLE and m.role_class is not RoleClass.PRIVATE
                ]
                actor = self._actor_in_words(" ".join(roles)) if roles else None
            if actor is None and not posted and not private:
                actor = self._title_actor(chain[0].start)
            if actor is not None and _FORMER.search(text, max(0, chain[0].start - 40), name.start):
                # "Retired Indian Air Marshal Vivek Rao": a past office is nobody's side
                gap = text[max(0, chain[0].start - 40) : name.start]
                if not _NOW.search(gap) and "." not in gap[-40:]:
                    actor = None
            if actor is None and not private:
                actor = self._of_actor(name.end)  # "Cedric Schuster of Samoa"
            if actor is None and not private:
                # "X has posted on X. The Omani foreign minister wrote": the side of the
                # description that stands for X in the next sentence
                actor = self._description_after(name.end)
            if (
                actor is None
                and not private
                and any(
                    m.kind is MentionKind.ROLE
                    and (m.role in _PLACED_OFFICES or _state_office(m.role))
                    for m in chain
                )
            ):
                # "Senator X of Pennsylvania": an office-holder of a province's state
                actor = self._of_place(name.end)
            if actor is None and not private:
                # "Defence Minister Vladimir Padrino Lopez": an office the text does not
                # qualify, on the side the paragraph is about
                actor = self._office_actor([m for m in chain if m.kind is MentionKind.ROLE])
            if name.person is not None:
                self.known[name.person.name] = Who(name.person.name, actor, True)
                if private:
                    self._private_names.add(name.person.name)
                continue
            who = Who(name.text, actor, True)
            titles = [
                m.role
                for m in chain[: chain.index(name)]
                if m.kind is MentionKind.ROLE and m.role_class is RoleClass.PERSON
            ]
            if titles and not private:
                self._titled_names.append((name.start, titles[-1], who))
            for key in (name.text, name.text.split()[-1]):
                if key not in self.known or (self.known[key].actor is None and actor):
                    self.known[key] = who
            # "Tadesse" after "Tadesse Werede": names used by the given name
            words = name.text.split()
            self.known.setdefault(words[0], who)
            person_name = not body_name(name.text) and not organisation_name(text, name)
            for word in words[1:-1] if person_name and len(words) <= 4 else ():
                # "Makuei" after "Michael Makuei Lueth", "Lopez" after "Andres Manuel Lopez
                # Obrador": a name of three words or more is also used by a middle one
                if word[:1].isupper() and len(word) > 2 and not word.endswith("."):
                    self.known.setdefault(word, who)
        for m in self.mentions:
            # "Wilson, 34, a motorcycle-taxi driver,", "a nurse who gave only her first
            # name, Olha,": one word the text gives as a private person's name
            if (
                m.kind is MentionKind.SURNAME
                and m.text not in self.known
                and (
                    _AGE_AFTER.match(text, m.end)
                    or self._honoured(m)
                    # "Akuol, a tea seller near the market, said": a private person's name
                    or (self._private_apposition(m.end) and not self._place_apposition(m.end))
                )
            ):
                self.known[m.text] = Who(m.text, None, True)

    def _upgrade_surnames(self) -> None:
        """A lone word that names one gazetteer person the text has named in full ("Kim"
        after "Kim Jong Un", "Dar" after "Ishaq Dar") is that person wherever it stands, so
        that a narrated "Kim had set out his terms." is the antecedent of a later "he"."""
        for m in self.mentions:
            if m.kind is not MentionKind.SURNAME:
                continue
            who = self.known.get(m.text)
            person = self.gaz.people.get(who.speaker or "") if who is not None else None
            if person is not None:
                m.kind = MentionKind.PERSON
                m.person = person
                m.gender = person.gender

    def _short_organisations(self) -> None:
        """ "The Fund", "Fund staff" after "the International Monetary Fund": the last word of
        an organisation's name of three words or more that the text has given in full, standing
        alone and capitalised where no other organisation the text names ends with it and no
        person bears it, is that organisation."""
        first: dict[str, int] = {}
        owners: dict[str, set[str]] = {}
        for m in self.mentions:
            if m.kind is not MentionKind.ACTOR or not m.actor:
                continue
            actor = self.gaz.actors.get(m.actor)
            words = m.text.split()
            if actor is None or actor.kind is not ActorKind.ORGANISATION or len(words) < 3:
                continue
            owners.setdefault(words[-1], set()).add(m.actor)
            first.setdefault(words[-1], m.start)
        for m in self.mentions:
            if (
                m.kind is MentionKind.SURNAME
                and len(owners.get(m.text, ())) == 1
                and m.start > first[m.text]
                and m.text not in self.known
                and _ALONE_BEFORE.search(self.text, max(0, m.start - 40), m.start) is not None
            ):
                m.kind = MentionKind.ACTOR
                m.actor = next(iter(owners[m.text]))

    def _learn_roles(self) -> None:
        for m in self.mentions:
            # "European Commission", "European Commission President": an actor's name or
            # title with a body's noun in it qualifies that noun ("a Commission official")
            if m.actor is None or " " not in m.text:
                continue
            if m.kind not in (MentionKind.ACTOR, MentionKind.ROLE):
                continue
            for word in m.text.lower().split()[1:]:
                if word in _NAMED_BODIES:
                    at, sides = self._qualified.setdefault(word, ([], []))
                    at.append(m.start)
                    sides.append(m.actor)
        self._learn_organs()
        for chain in chains(self.mentions, self.text):
            role = chain[-1]
            if role.kind is not MentionKind.ROLE or role.role_class not in (
                RoleClass.INSTITUTION,
                RoleClass.GROUP,
                RoleClass.PERSON,
            ):
                continue
            actor = _chain_actor(chain, self.gaz, self.day)
            if actor is not None and role.role:
                at, sides = self._qualified.setdefault(role.role, ([], []))
                at.append(role.start)
                sides.append(actor)

    def _learn_organs(self) -> None:
        """ "The Commission", "a Commission official" in a text that names the EU: a body's
        capitalised noun alone is the organ of the one organisation the text names whose
        name holds it ("European Commission"), wherever it stands."""
        named = {
            m.actor
            for m in self.mentions
            if m.kind is MentionKind.ACTOR
            and m.actor
            and (a := self.gaz.actors.get(m.actor)) is not None
            and a.kind is ActorKind.ORGANISATION
        }
        named_all = {m.actor for m in self.mentions if m.kind is MentionKind.ACTOR and m.actor}
        owners: dict[str, set[str]] = {}
        for code, actor in self.gaz.actors.items():
            for form in actor.names:
                words = form.split()
                if len(words) > 1 and words[-1].lower() in _NAMED_BODIES:
                    owners.setdefault(words[-1].lower(), set()).add(code)
        for m in self.mentions:
            if m.kind is not MentionKind.ROLE or m.role not in owners or not m.text[:1].isupper():
                continue
            if " " in m.text or det_before(self.text, m.start) not in ("the", "a", "an", ""):
                continue
            present = owners[m.role] & named
            if len(present) == 1 and not any(
                self._is_state(code) for code in owners[m.role] & named_all
            ):
                at, sides = self._qualified.setdefault(m.role, ([], []))
                k = bisect_left(at, m.start)
                at.insert(k, m.start)
                sides.insert(k, present.pop())

    def _legislature(self, office: Mention) -> str | None:
        """The state whose legislators the text named before ``office`` ("U.S. senators",
        "Colombian lawmakers")."""
        for role in (office.role, _LEGISLATOR_GROUPS.get(office.role), "lawmakers"):
            side = self.role_side(role, office.start)
            if side is not None and self._is_state(side):
                return side
        # "Senator Lindsey Graham ... Senator Richard Blumenthal": the state of a known
        # person the text gave the same title before
        i = bisect_left(self.starts, office.start)
        for k in range(i - 1, 0, -1):
            m, nxt = self.mentions[k - 1], self.mentions[k]
            if (
                m.kind is MentionKind.ROLE
                and m.role == office.role
                and nxt.person is not None
                and self.text[m.end : nxt.start] == " "
            ):
                side = nxt.person.actor_on(self.day)
                if side is not None and self._is_state(side):
                    return side
        return None

    def role_side(self, role: str | None, pos: int) -> str | None:
        """The side a bare office or body ("the army", "the ministry") had when the text
        last qualified it before ``pos`` ("Sudan's army ... the army")."""
        found = self._qualified.get(role or "")
        if not found:
            return None
        i = bisect_left(found[0], pos)
        return found[1][i - 1] if i else None

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
        # (what the paragraph's reported clauses speak of counts: "the RSF says it will let
        # aid reach Khartoum. It says the army has broken every truce")
        return self._context_actor(m.start, state_only=True, spoken_of=True)

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
                self.text, max(0, m.start - 5), m.start
            ):
                continue  # "Minister of Climate and Environment", "of Military Operations"
            if m.kind in (
                MentionKind.PERSON,
                MentionKind.NAME,
                MentionKind.SURNAME,
                MentionKind.PRONOUN,
            ):
                break  # somebody else is named in between
            if _TITLE_GAP.fullmatch(self.text, m.end, pos) is None:
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
            or (o.role in PORTFOLIO_TITLES and o.role.endswith(("minister", "secretary")))
            or _of_state_body(o.role)
            or self._state_institution(o)
            or self._acronym_state_owner(o.start)
            for o in offices
        )
        its = _ITS_OFFICE.search(self.text, max(0, offices[0].start - 40), offices[0].start)
        if its is not None and self._subject_before_is(its.start(), self._state_institution):
            # "The House of Representatives blames the other side. Its speaker, X,"
            state = True
        return self._offices_side(offices, state)

    def _elected_title(self, chain: list[Mention]) -> bool:
        """True when the title in ``chain`` is an elected office in the state ("Senator",
        "Representative", "Governor"), which a party label does not change."""
        return any(
            m.kind is MentionKind.ROLE and (m.role in _PLACED_OFFICES or m.role in _LEGISLATORS)
            for m in chain
        )

    def _opposition_title(self, pos: int) -> bool:
        """Whether the title before a name at ``pos``, in its own sentence, places it in the
        opposition ("a senator from the opposition National Action Party, X")."""
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
            _state_office(o.role) or o.role.endswith(_STATE_TITLES) or _of_state_body(o.role)
            for o in offices
        )
        return self._offices_side(offices, state)

    def _offices_side(self, offices: list[Mention], state: bool) -> str | None:
        """The side of offices the text does not qualify: the paragraph's (a state's for a
        state office). A governor or mayor is of the province or city the paragraph names,
        else of the dateline's state. A legislator ("Senator Richard Blumenthal") is of the
        state the text gave its legislators ("Two U.S. senators said ... Senator Angus
        King"), else of the paragraph's or the dateline's (not the state the story mostly
        quotes)."""
        last = offices[-1]
        if not state and any(o.role in _LOCAL_OFFICES for o in offices):
            # "Regional governor Ivan Fedorov": the province or city the paragraph names,
            # else the dateline's state
            return self._local_place(offices[0].start) or self._context_actor(
                last.start, state_only=True, main=False
            )
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
        return self._context_actor(last.start, state_only=state)

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
            m = self._mention_at(start)
            if (
                m is not None
                and m.kind is MentionKind.ACTOR
                and m.actor
                and self._is_state(m.actor)
                and not _NAME_GOES_ON.match(text, m.end)
                and _STATE_SUBJECT.match(text, m.end)
            ):
                return m.actor
        return None

    def _legislator_side(self, office: Mention, pos: int) -> str | None:
        """A legislator's state: the one whose legislators the text named before, else the
        paragraph's or the dateline's around ``pos`` (not the state the story mostly
        quotes)."""
        return self._legislature(office) or self._context_actor(pos, state_only=True, main=False)

    def _holder_side(self, role: str, pos: int) -> str | None:
        """The side whose people hold ``role`` on the day, when only one does, or only one
        of those the paragraph around ``pos`` names ("the supreme leader" after "Iran")."""
        sides = {p.actor_on(self.day) for p in self.gaz.holders(None, role, self.day)}
        sides.discard(None)
        if len(sides) > 5:
            return None  # "leader", "minister": a common office says nothing of the side
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

    def _of_actor(self, pos: int) -> str | None:
        """The state in "NAME of Samoa" or "NAME from Kenya"."""
        gap = _OF_STATE.match(self.text, pos)
        m = self._mention_at(gap.end()) if gap else None
        if m is not None and m.kind is MentionKind.ACTOR:
            found = self.gaz.actors.get(m.actor or "")
            if found is not None and found.kind is ActorKind.STATE:
                return m.actor
        return None

    def _of_place(self, pos: int) -> str | None:
        """The state of the province or city in "NAME of Pennsylvania"."""
        gap = _OF_STATE.match(self.text, pos)
        m = self._mention_at(gap.end()) if gap else None
        if (
            m is not None
            and m.kind in (MentionKind.SURNAME, MentionKind.NAME)
            and not _FIRM_GOES_ON.match(self.text, m.end)
        ):
            return place_state(self.gaz, m.text)
        return None

    def _owned_by_unknown(self, pos: int) -> bool:
        """True when the office at ``pos`` belongs to a body the gazetteer does not know
        ("the union's president", "the company's chief negotiator")."""
        acronym = _ACRONYM_OWNER.search(self.text, max(0, pos - 40), pos)
        if (
            acronym is not None
            and self.gaz.actor_of(acronym.group(1)) is None
            and self._acronym_state_body(acronym.group(1)) is None
        ):
            return True  # "CUPE national president", "IAM district president"
        i = bisect_left(self.starts, pos)
        body = self.mentions[i - 1] if i else None
        if (
            body is not None
            and not body.possessive
            and self.text[body.end : pos] == " "
            and (
                (body.kind in (MentionKind.NAME, MentionKind.SURNAME) and self._private_body(body))
                or (
                    body.kind is MentionKind.NAME
                    and not body.subnational
                    and _GOVERNING_WORDS.isdisjoint(body.text.split())
                    and body.text.split()[-1] not in _NOT_PERSON_HEADS
                    and self._place_side(body.text) is None
                )
            )
        ):
            return True  # "Sinn Fein President X", "Party leader X": a party's office
        its = _ITS_OFFICE.search(self.text, max(0, pos - 40), pos)
        if its is not None and self._private_subject_before(its.start()):
            return True  # "The car industry association VDA said ... Its president, X,"
        m = _POSSESSOR.search(self.text, max(0, pos - 40), pos)
        if m is None:
            return False
        return self._mention_at(m.start(1)) is None

    def _state_institution(self, m: Mention) -> bool:
        """True when the body noun ``m`` is of a kind only a state has: a legislature ("the
        House of Representatives", "the Senate", "the National Assembly"), a presidency or
        cabinet, a council of state, a national commission ("the commission", "the National
        Consensus Commission"), a state court, or a body an acronym names that the text
        spells out so ("the HNEC's chairman"). A private body's kinds (an institute, a
        union, a chamber of commerce) are roles.PRIVATE; an international body's name
        (_INTERNATIONAL) is no state's."""
        if m.kind is not MentionKind.ROLE or m.role_class not in (
            RoleClass.INSTITUTION,
            RoleClass.GROUP,
        ):
            return False
        before = self.text[max(0, m.start - 60) : m.start]
        words = (before.split()[-4:] if before.strip() else []) + m.text.split()
        if not _INTERNATIONAL.isdisjoint(words):
            return False
        if m.role in _STATE_INSTITUTIONS:
            return True
        if _LOWER_HOUSE.search(before + m.text):
            return True  # "the House of Representatives"
        if m.role in _NAMED_STATE_BODIES and m.text.islower():
            # "a council member" after "the Presidential Leadership Council": the state
            # body the text named by that noun before
            i = bisect_left(self.starts, m.start)
            return any(
                b.kind is MentionKind.ROLE
                and b.role == m.role
                and b.text[:1].isupper()
                and self._state_institution(b)
                for b in self.mentions[max(0, i - 60) : i]
            )
        if m.role in _NAMED_STATE_BODIES and m.text[:1].isupper():
            # "the High Council of State", "the Supreme Council": a capitalised body with a
            # governing word before it or "of State" after it
            named = _CAPITALISED_RUN.search(before)
            governing = named is not None and not _GOVERNING_WORDS.isdisjoint(named.group().split())
            return governing or _OF_STATE_AFTER.match(self.text, m.end) is not None
        return False

    def _acronym_state_owner(self, pos: int) -> bool:
        """True when the office at ``pos`` follows an acronym the gazetteer lacks and the
        text spells out as a state's body ("the HNEC's chairman")."""
        acronym = _ACRONYM_OWNER.search(self.text, max(0, pos - 40), pos)
        return (
            acronym is not None
            and self.gaz.actor_of(acronym.group(1)) is None
            and self._acronym_state_body(acronym.group(1)) is not None
        )

    def _acronym_state_body(self, acronym: str) -> str | None:
        """The name the text spells out for ``acronym`` ("the High National Elections
        Commission (HNEC)"), when it names a state's body: a governing word and the head of
        a public body, no international one."""
        found = re.search(
            r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the)\s+)*){1,6})\(" + re.escape(acronym) + r"\)",
            self.text,
        )
        if found is None:
            return None
        words = found.group(1).split()
        if (
            words[-1] in _PUBLIC_HEADS | _STATE_BODY_HEADS
            and not _GOVERNING_WORDS.isdisjoint(words)
            and _INTERNATIONAL.isdisjoint(words)
        ):
            return " ".join(words)
        return None

    def _office_of_unknown_body(self, pos: int) -> bool:
        """True when the name ending at ``pos`` is followed by an apposition whose office
        belongs to a body the gazetteer does not know: "X, president of IAM District 751,",
        "X, the chief negotiator for the ILA," (an acronym it lacks), "X, head of the
        Allied Dockworkers Union," (a body's name on a private body's head word)."""
        gap = _APPOSED_OFFICE_OF.match(self.text, pos)
        if gap is None:
            return False
        i = bisect_left(self.starts, gap.start("office"))
        if not (
            i < len(self.mentions)
            and self.mentions[i].kind is MentionKind.ROLE
            and self.mentions[i].start < gap.end("office")
        ):
            return False
        owner = gap.group("owner").split()
        if owner[0].isupper() and len(owner[0]) > 1:
            return self.gaz.actor_of(owner[0]) is None
        # (a trade's workers name a union: "United Steelworkers", "the Autoworkers")
        head = owner[-1]
        name = " ".join(owner)
        private = (
            head in _PRIVATE_BODY_HEADS
            or head.lower().endswith("workers")
            or private_body_name(name)
            # "X, secretary-general of the International Seabed Authority": an
            # international body's office is no state's
            or (not _INTERNATIONAL.isdisjoint(owner) and head in _INTERNATIONAL_HEADS)
        )
        return private and self.gaz.actor_of(name) is None

    def _listed_sides(self, chain: list[Mention]) -> set[str] | None:
        """The sides of a list of demonyms or parties the phrase is part of ("European,
        Ukrainian and American officials", "U.S. and Ukrainian delegations"), when it
        names more than one and no person; else None."""
        if any(
            m.kind in (MentionKind.PERSON, MentionKind.NAME, MentionKind.PRONOUN) for m in chain
        ) or not any(m.kind in (MentionKind.ROLE, MentionKind.ACTOR) for m in chain):
            return None  # a lone demonym ("European,") is no speaker
        kinds = (MentionKind.ADJECTIVE, MentionKind.ACTOR)
        sides = {m.actor for m in chain if m.kind in kinds and m.actor and not m.possessive}
        if not sides:
            return None
        i = bisect_left(self.starts, chain[0].start)
        first = chain[0]
        while i > 0:
            m = self.mentions[i - 1]
            if m.kind not in kinds or not m.actor or m.possessive:
                break
            if _LIST_GAP.fullmatch(self.text, m.end, first.start) is None:
                break
            sides.add(m.actor)
            first, i = m, i - 1
        j = bisect_left(self.starts, chain[-1].start) + 1
        last = chain[-1]
        if last.kind in kinds:
            while j < len(self.mentions):
                m = self.mentions[j]
                if m.kind not in kinds or not m.actor or m.possessive:
                    break
                if _LIST_GAP.fullmatch(self.text, last.end, m.start) is None:
                    break
                sides.add(m.actor)
                last, j = m, j + 1
        # a list ends on "and" ("European, Ukrainian and American"); "with Russia, U.S.
        # officials said" is two phrases
        listing = (
            first is not chain[0] or last is not chain[-1] or _listed(chain, self.text)
        ) and (_LIST_AND.search(self.text, first.end, last.start) is not None)
        return sides if listing and len(sides) > 1 else None

    def _bloc(self, codes: set[str]) -> str | None:
        """The group all of ``codes`` belong to; for three or more, the group three in four
        of them belong to ("Canada, France, Germany, Italy and Britain"); else None."""
        groups = [g for g in self.gaz.actors.values() if g.members]
        found = next((g.code for g in groups if codes <= set(g.members)), None)
        if found is None and len(codes) > 2:
            found = next(
                (g.code for g in groups if 4 * len(codes & set(g.members)) >= 3 * len(codes)),
                None,
            )
        return found

    def _private_body(self, m: Mention) -> bool:
        """True when the name ``m`` is a private body's ("the Gibraltar Chamber of
        Commerce"), not a state's organ ("Turkey's National Intelligence Organisation")."""
        if not private_body_name(m.text):
            return False
        before = _CAPITALISED_BEFORE.search(self.text, max(0, m.start - 30), m.start)
        if before is not None and before.group(1) in _GOVERNING_WORDS:
            return False
        return self._title_actor(m.start) is None

    def _posted_at(self, place: Mention) -> bool:
        """True when an office right before ``place`` is posted there ("China's ambassador
        in Canberra"), so that the place goes with the office, not the sentence."""
        i = bisect_left(self.starts, place.start)
        prev = self.mentions[i - 1] if i else None
        return (
            prev is not None
            and prev.kind is MentionKind.ROLE
            and _POSTED_GAP.fullmatch(self.text, prev.end, place.start) is not None
        )

    def _mention_at(self, pos: int) -> Mention | None:
        """The mention that starts at ``pos``, if any."""
        i = bisect_left(self.starts, pos)
        if i < len(self.mentions) and self.mentions[i].start == pos:
            return self.mentions[i]
        return None

    def _name_at(self, pos: int) -> bool:
        """True when a personal name starts at ``pos``."""
        m = self._mention_at(pos)
        return m is not None and m.kind in (
            MentionKind.NAME,
            MentionKind.SURNAME,
            MentionKind.PERSON,
        )

    def _not_yet(self, p: Person) -> bool:
        """True when every office on record for ``p`` begins after the article's day."""
        day = self.day
        return (
            day is not None
            and bool(p.offices)
            and all(o.start is not None and o.start > day for o in p.offices)
        )

    def _named_unknown_body(self, chain: list[Mention], role: Mention) -> bool:
        """True when the body ``role`` names is called by a proper name the gazetteer does
        not know, on a noun no state organ needs ("the World Shipping Council"; not "the
        Supreme Political Council", "the interior ministry")."""
        i = chain.index(role)
        if i == 0 or role is not chain[-1] or not role.text[:1].isupper():
            return False
        prev = chain[i - 1]
        return (
            role.role_class is RoleClass.INSTITUTION
            and not _state_office(role.role)
            and role.role not in STATE_MEDIA
            and prev.kind is MentionKind.NAME
            and not prev.subnational
            and self.text[prev.end : role.start] == " "
            and _GOVERNING_WORDS.isdisjoint((*prev.text.split(), *role.text.split()))
            and self._place_side(prev.text) is None
        )

    def _sentence_before(self, pos: int) -> tuple[int, int] | None:
        """Where the sentence before the one of ``pos`` starts and ends, when it is in the
        same paragraph line."""
        text = self.text
        end = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))
        if end <= 0 or text[end] == "\n":
            return None
        return max(text.rfind(". ", 0, end) + 2, text.rfind("\n", 0, end) + 1), end

    def _spokesperson_of_subject(self, role: Mention) -> str | None:
        """The side of the state or state body that opens the sentence before a bare "a
        spokesman" ("The State Department welcomed the deal. A spokesman said ..."): whose
        spokesman the text leaves to that sentence. None when the spokesman is given an
        owner after it ("a spokesman for the union") or the sentence before opens on none."""
        if role.role not in _SPOKES or _OF_SIDE.match(self.text, role.end):
            return None
        before = self._sentence_opened_after(role)
        subject = self._sentence_subject(role.start)
        if before is None or subject is None or subject.start < before[0]:
            return None
        return self._subject_side(subject)

    def _entourage_of_subject(self, role: Mention) -> str | None:
        """The side of the person who opens the sentence before a bare "Aides" ("President
        X is due to speak tomorrow. Aides said he would ..."): whose aides the text leaves
        to that sentence. None when they are given an owner after them ("aides to X")."""
        if role.role not in _ENTOURAGE or _OF_SIDE.match(self.text, role.end):
            return None
        before = self._sentence_opened_after(role)
        if before is None:
            return None
        _, chain = self._opening_chain(*before)
        who = self._person_in(chain, None) if chain else None
        return who.actor if who is not None else None

    def _sentence_opened_after(self, role: Mention) -> tuple[int, int] | None:
        """The sentence before the one ``role`` opens ("A spokesman said", "Aides said"),
        in its paragraph line; None when ``role`` does not open its sentence, or opens the
        paragraph."""
        text = self.text
        para = max(text.rfind("\n", 0, role.start) + 1, 0)
        breaks = [para, *(m.end() for m in _SENTENCE_BREAK.finditer(text, para, role.start + 1))]
        det = det_before(text, role.start)
        if len(breaks) < 2 or breaks[-1] not in (role.start, role.start - len(det) - 1):
            return None
        if breaks[-1] != role.start and det not in ("a", "an"):
            return None
        return breaks[-2], breaks[-1]

    def _subject_before_is(self, pos: int, kind: Callable[[Mention], bool]) -> bool:
        """Whether the sentence before ``pos`` opens on a body mention ``kind`` accepts
        (what "its" at ``pos`` stands for)."""
        text = self.text
        span = self._sentence_before(pos)
        if span is None:
            return False
        start, end = span
        _, first = self._opening_chain(start, end)
        if first is None:
            # "The House of Representatives": a body whose name opens on words no mention
            # holds
            i = bisect_left(self.starts, start)
            if i < len(self.mentions) and _NAME_OPENING.fullmatch(
                text, start, self.mentions[i].start
            ):
                first = [self.mentions[i]]
        return first is not None and any(kind(m) for m in first)

    def _private_subject_before(self, pos: int) -> bool:
        """Whether the sentence before ``pos`` opens on a body that speaks for nobody (an
        industry association, a company, a union): what "its" stands for."""
        text = self.text
        span = self._sentence_before(pos)
        if span is None:
            return False
        start, end = span
        _, first = self._opening_chain(start, end)
        if first is None:
            # "The opposition Democratic Party, which ...": a body after modifiers
            i = bisect_left(self.starts, start)
            if i < len(self.mentions) and _MODIFIED_OPENING.fullmatch(
                text, start, self.mentions[i].start
            ):
                first = chains(self.mentions[i : i + 4], text)[0]
        return first is not None and (
            any(
                (m.kind is MentionKind.ROLE and m.role_class is RoleClass.PRIVATE)
                or (m.kind in (MentionKind.NAME, MentionKind.SURNAME) and self._private_body(m))
                for m in first
            )
            or self._private_holders(first)
        )

    def _private_holders(self, chain: list[Mention]) -> bool:
        """True when the body or group ``chain`` ends on is made of people who speak for no
        party: "the creditor committee", "the steering committee of Zambia's bondholders",
        "a group of its private lenders" (a debtor's creditors are not the debtor)."""
        roles = [m for m in chain if m.kind is MentionKind.ROLE]
        if not roles or roles[-1].role_class is RoleClass.PRIVATE:
            return False
        last = roles[-1]
        before = chain[chain.index(last) - 1] if chain.index(last) else None
        if (
            before is not None
            and before.kind is MentionKind.ROLE
            and before.role_class is RoleClass.PRIVATE
            and not before.possessive
            and self.text[before.end : last.start] == " "
        ):
            return True  # "the creditor committee", "a bondholder group"
        i = bisect_left(self.starts, last.end)
        held = next((m for m in self.mentions[i : i + 3] if m.kind is MentionKind.ROLE), None)
        return (
            held is not None
            and held.role_class is RoleClass.PRIVATE
            and held.role.endswith("s")
            and _OF_HOLDERS.fullmatch(self.text, last.end, held.start) is not None
        )

    def _back_in_paragraph(self, pos: int, limit: int) -> Iterator[tuple[int, Mention]]:
        """The last ``limit`` mentions before ``pos`` in its paragraph, with their indices,
        the nearest first."""
        floor = self.text.rfind("\n\n", 0, pos)
        i = bisect_left(self.starts, pos)
        for j in range(i - 1, max(0, i - limit) - 1, -1):
            m = self.mentions[j]
            if m.start < floor:
                return
            yield j, m

    def _context_actor(
        self, pos: int, *, state_only: bool, main: bool = True, spoken_of: bool = False
    ) -> str | None:
        # a state named after a preposition ("a corridor hugging the coasts of Romania and
        # Bulgaria") is a place spoken of: the paragraph's own side, when it names one
        # otherwise, comes first
        placed: str | None = None
        for j, m in self._back_in_paragraph(pos, 20):
            if self._reported(m.start) and not spoken_of:
                continue  # "the ministry said Ethiopia's operation ...": what was spoken of
            # A person named before is often the counterpart ("Rubio met Foreign Minister
            # X"), so only places, bodies and demonyms of people say whose paragraph it is.
            if (
                m.kind is MentionKind.ACTOR
                and not _VISITED.search(self.text, max(0, m.start - 40), m.start)
            ) or (m.kind is MentionKind.ADJECTIVE and self._qualifies_speaker(j)):
                # a place visited ("senators visited Budapest") is where others went
                actor = m.actor
            else:
                continue
            if actor is None:
                continue
            found = self.gaz.actors.get(actor)
            if state_only and (found is None or found.kind is not ActorKind.STATE):
                continue
            if m.kind is MentionKind.ACTOR and _PLACE_AFTER.search(
                self.text, max(0, m.start - 30), m.start
            ):
                placed = placed or actor
                continue
            return actor
        if placed is not None:
            return placed
        if not state_only:
            return None
        # nothing before it in the paragraph: a state the same sentence names after it
        # ("Rubio met Foreign Minister X in Islamabad"), else the article's main state
        end = _SENTENCE_END.search(self.text, pos)
        stop = end.start() if end else len(self.text)
        para_end = self.text.find("\n\n", pos)
        if para_end >= 0:
            stop = min(stop, para_end)  # 'the agreement "in full".' ends its paragraph
        i = bisect_left(self.starts, pos)
        for m in self.mentions[i : i + 12]:
            if m.start >= stop or _REPORTING.search(self.text, pos, m.start):
                break  # "Premier X says the province will pause its campaign in the US"
            if m.kind is MentionKind.ACTOR and m.actor and self._is_state(m.actor):
                return m.actor
        opened = self._paragraph_before_opens_on(pos)
        if opened is not None:
            return opened
        return self._home_or_main() if main else self.home_state

    def _paragraph_before_opens_on(self, pos: int) -> str | None:
        """The state the paragraph before ``pos`` opens on as its subject ("South Korea
        said on Monday ... [new paragraph] Foreign Minister X told reporters"), when the
        paragraph of ``pos`` names no side before it: the story goes on about that state.
        Headings (a line with no sentence end) are skipped."""
        text = self.text
        para = text.rfind("\n\n", 0, pos)
        for _ in range(3):
            if para <= 0:
                return None
            prev = text.rfind("\n\n", 0, para)
            start = prev + 2 if prev >= 0 else 0
            block = text[start:para]
            if _SENTENCE_END.search(block) is None and not block.rstrip().endswith("."):
                para = prev
                continue  # a heading ("The offer")
            dateline = _DATELINE.match(text, start)
            at = dateline.end() if dateline is not None else start
            m = self._mention_at(at)
            if (
                m is not None
                and m.kind is MentionKind.ACTOR
                and m.actor
                and self._is_state(m.actor)
                and not _NAME_GOES_ON.match(text, m.end)
                and _SUBJECT_VERB.match(text, m.end)
            ):
                return m.actor
            return None
        return None

    def _framing_actor(self, pos: int) -> str | None:
        """The state a sentence or its paragraph opens on ("In Kyiv, the president's office
        said", "In Tehran the deal drew fire ... one lawmaker said"): where the unnamed
        speakers that follow are, when the article speaks of that state's people (a venue
        of talks, "In Geneva, ...", is not a side)."""
        text = self.text
        para = text.rfind("\n\n", 0, pos)
        para = para + 2 if para >= 0 else 0
        breaks = _SENTENCE_BREAK.finditer(text, max(para, pos - 400), pos)
        sentence = max((b.end() for b in breaks), default=para)
        for start in dict.fromkeys((sentence, para)):
            frame = _FRAME.match(text, start)
            if frame is None:
                continue
            i = bisect_left(self.starts, frame.end())
            if i >= len(self.mentions) or self.mentions[i].start != frame.end():
                continue
            m = self.mentions[i]
            if (
                m.kind is MentionKind.ACTOR
                and m.actor
                and self._is_state(m.actor)
                and m.actor in self._peopled()
            ):
                return m.actor
        return None

    @cached_property
    def home_state(self) -> str | None:
        """The state of the article's dateline ("KYIV --", "ANKARA, July 10 (Wire) -"), when
        it names one place whose people the article quotes or names, or the article names
        no state's people at all; None for a venue abroad ("GENEVA --" on talks between
        others) or a dateline of several states."""
        for para in _PARAGRAPH_STARTS.finditer(self.text, 0, min(len(self.text), 4000)):
            line = _DATELINE.match(self.text, para.end())
            if line is None:
                continue
            places = [line.group(2)] if line.group(2) else line.group(1).split("/")
            states = {self._place_side(p.strip().title()) for p in places}  # "ODESA, Ukraine -"
            peopled = self._peopled()
            if (
                len(states) == 1
                and (state := states.pop()) is not None
                and (state in peopled or not any(self._is_state(a) for a in peopled))
            ):
                # "LONDON --" over a story that names no state's people but places
                # (England, the NHS) is Britain's; over talks between others, a venue
                return state
            return None
        return None

    def _home_or_main(self) -> str | None:
        """Whose a state body is when nothing near it says: the dateline's state, else the
        state the article mostly quotes or names."""
        return self.home_state or self.main_actor(state_only=True)

    def _place_side(self, name: str) -> str | None:
        """The state a capital, province or city named in a dateline belongs to."""
        side = self.gaz.actor_of(name)
        if side is not None and self._is_state(side):
            return side
        return place_state_variant(self.gaz, name)  # a dateline names a place

    def _peopled(self) -> set[str]:
        """States whose people or officials the article names ("Iranian", "Araghchi"), the
        gazetteer's or ones the text itself places ("Ukrainian President X")."""
        if self._peopled_sides is None:
            self._peopled_sides = {
                a
                for m in self.mentions
                if m.kind in (MentionKind.ADJECTIVE, MentionKind.PERSON)
                and (a := m.actor_on(self.day)) is not None
            } | {who.actor for who in self.known.values() if who.actor and who.person_like}
        return self._peopled_sides | set(self._speaker_actors)

    def _group_present(self, actor: str, chain: list[Mention]) -> bool:
        """False when ``actor`` is a group of states named only by its demonym in ``chain``
        ("a European diplomat") and the article names none of its members by name."""
        group = self.gaz.actors.get(actor)
        if group is None or group.kind is not ActorKind.GROUP:
            return True
        if any(m.kind is not MentionKind.ADJECTIVE for m in chain if m.actor == actor):
            return True  # "Europe's negotiators", "the coalition of the willing"
        sides = {actor, *group.members}
        return any(
            m.kind in (MentionKind.ACTOR, MentionKind.PERSON) and m.actor_on(self.day) in sides
            for m in self.mentions
        )

    def _demonym_body(self, actor: str, chain: list[Mention], pos: int) -> str | None:
        """The organisation a group's demonym stands for when the clause the cue at ``pos``
        reports opens on it: "A European negotiator said [the EU] had agreed" is the
        Union's voice (a body whose name the demonym opens), not the group of states'."""
        group = self.gaz.actors.get(actor)
        if group is None or group.kind is not ActorKind.GROUP:
            return None
        demonyms = [m for m in chain if m.actor == actor]
        if not demonyms or any(m.kind is not MentionKind.ADJECTIVE for m in demonyms):
            return None
        opening = _CLAUSE_OPENING.match(self.text, pos)
        if opening is None:
            return None
        i = bisect_left(self.starts, opening.end())
        if i >= len(self.mentions) or self.mentions[i].start != opening.end():
            return None
        m = self.mentions[i]
        body = self.gaz.actors.get(m.actor or "")
        if (
            m.kind is MentionKind.ACTOR
            and body is not None
            and body.kind is ActorKind.ORGANISATION
            and body.name.split()[0] == demonyms[-1].text
        ):
            return body.code
        return None

    def _reported(self, pos: int) -> bool:
        """True when ``pos`` lies in what a reporting verb of its sentence introduces ("the
        ministry said Ethiopia's ..."): a side named there is spoken of, not speaking."""
        floor = max(self.text.rfind("\n\n", 0, pos), pos - 300, 0)
        breaks = _SENTENCE_BREAK.finditer(self.text, floor, pos)
        start = max((b.end() for b in breaks), default=floor)
        return _REPORTING.search(self.text, start, pos) is not None

    def _qualifies_speaker(self, j: int) -> bool:
        """True when the demonym at ``j`` qualifies a person or an office ("Japanese
        officials"), not a thing ("American cars"), which says nothing of who speaks."""
        m = self.mentions[j]
        nxt = self.mentions[j + 1] if j + 1 < len(self.mentions) else None
        return (
            nxt is not None
            and nxt.kind in (MentionKind.ROLE, MentionKind.PERSON, MentionKind.NAME)
            and _JOIN.fullmatch(self.text, m.end, nxt.start) is not None
        )

    def _actor_in_words(self, phrase: str) -> str | None:
        for word in phrase.split():
            actor = self.gaz.surfaces.get(word) or self.gaz.adjectives.get(word)
            if actor:
                return actor
        return None

    def _private_apposition(self, pos: int) -> bool:
        """True when the name ending at ``pos`` is followed by an apposition whose head is
        no office ("X, a nurse from Kharkiv,", "X, a 54-year-old teacher,"): a private
        person, whatever place or office the sentence names around."""
        gap = _PRIVATE_APPOSITION.match(self.text, pos)
        if gap is None or gap.group(1).split()[-1].lower() in _APPOSED_OFFICE_HEADS:
            return False
        if gap.group(1).split()[-1] in _PARTY_MEMBERS:
            return False  # "Senator X, a Democrat,": a party says nothing of the office
        i = bisect_left(self.starts, gap.start(1))
        inside = [m for m in self.mentions[i : i + 6] if m.start < gap.end(1)]
        if any(m.kind is MentionKind.ROLE and m.role_class is RoleClass.PRIVATE for m in inside):
            return True
        if any(m.kind is MentionKind.ROLE for m in inside):
            return False  # "X, a Houthi official", "X, a senior Russian diplomat"
        if any(
            m.kind not in (MentionKind.SURNAME, MentionKind.NAME, MentionKind.ADJECTIVE)
            for m in inside
        ):
            return False  # "X, a Kremlin insider"
        # "X, a Ukrainian Greek Catholic priest": a demonym before a head that is no office
        # (a soldier or an officer serves a state) describes a private person
        return gap.group(1).split()[-1].lower() not in _SERVING_HEADS

    def _place_apposition(self, pos: int) -> bool:
        """True when the apposition after ``pos`` describes a place ("Bender, a town on the
        Dniester,"), not a person."""
        gap = _PRIVATE_APPOSITION.match(self.text, pos)
        return gap is not None and gap.group(1).split()[-1].lower() in _PLACE_NOUNS

    def _relative_office_actor(self, pos: int) -> str | None:
        """The side whose delegation, team or wing the relative clause after the name ending
        at ``pos`` says the person leads or works for: "X, who heads the ELN's negotiating
        team,", "X, who led the M23 delegation,", "X, who handles foreign relations for the
        SDF's political wing," (a clause the apposition reading leaves alone)."""
        clause = _LEADS_SIDE.match(self.text, pos)
        if clause is None:
            return None
        side = self._mention_at(clause.end())
        if side is None or side.kind not in (MentionKind.ACTOR, MentionKind.ADJECTIVE):
            return None
        if not side.actor or not _SIDE_BODY.match(self.text, side.end):
            return None
        return side.actor

    def _private_role_clause_before(self, pos: int) -> bool:
        """True when the name at ``pos`` is in apposition to a private role that a relative
        clause qualifies: "A Diyarbakir lawyer who has represented PKK defendants, X," (the
        party the clause names is the lawyer's client, not the lawyer's side)."""
        i = bisect_left(self.starts, pos)
        for m in reversed(self.mentions[max(0, i - 6) : i]):
            if m.kind is not MentionKind.ROLE:
                continue
            return m.role_class is RoleClass.PRIVATE and (
                _CLAUSE_THEN_NAME.fullmatch(self.text, m.end, pos) is not None
            )
        return False

    def _body_described_actor(self, pos: int) -> str | None:
        """The side of a body the gazetteer does not know, when the apposition after the
        name ending at ``pos`` puts the person in it and describes it as a side's own: "X, a
        co-chair of the Kurdistan Communities Union (KCK), the PKK's umbrella body,"."""
        office = _OFFICE_IN_NAMED_BODY.match(self.text, pos)
        if office is None:
            return None
        side = self._mention_at(office.end())
        if side is None or side.kind is not MentionKind.ACTOR or not side.possessive:
            return None
        if not side.actor or not _OWN_BODY.match(self.text, side.end):
            return None
        return side.actor

    def _description_after(self, pos: int) -> str | None:
        """The side of the definite description that opens the sentence after the one of the
        name ending at ``pos``: "X has posted on X. The Omani foreign minister wrote ..." (the
        description stands for the person just named)."""
        stop = _SENTENCE_END.search(self.text, pos)
        if stop is None or "\n" in self.text[pos : stop.start()]:
            return None
        span = self._sentence_before(stop.end())
        i = bisect_left(self.starts, stop.end())
        people = [
            m
            for m in self.mentions[bisect_left(self.starts, span[0]) if span else i : i]
            if m.kind in (MentionKind.NAME, MentionKind.PERSON)
        ]
        if span is None or len(people) != 1 or people[0].start != span[0]:
            return None  # only the one person the sentence opens on, and nobody else
        side, office = (self.mentions[i : i + 2] + [None, None])[:2]
        if side is None or office is None or side.start != stop.end() + 4:
            return None
        if not self.text.startswith("The ", stop.end()) or not side.actor or side.possessive:
            return None
        if side.kind is not MentionKind.ADJECTIVE or not self._is_state(side.actor):
            return None
        return (
            side.actor
            if office.kind is MentionKind.ROLE
            and office.role_class is RoleClass.PERSON
            and not office.role.endswith("s")
            and _MODIFIERS_ONLY.fullmatch(self.text, side.end, office.start) is not None
            else None
        )

    def _aides_side(self, pos: int) -> str | None:
        """The side of the person the paragraph last spoke of before ``pos``: whom bare
        "Aides" or "An aide" serve."""
        who = self.antecedent(pos, None)
        if who is None or not who.speaker:
            return None
        named = self.text.rfind(who.speaker.split()[-1], 0, pos)
        para = self.text.rfind("\n", 0, pos)
        return who.actor if named > para else None

    def _last_body_before(self, pos: int) -> str | None:
        """The side of the party, state or organisation the text named last before ``pos``, in
        its paragraph or the one before (what "its" stands for)."""
        para = self.text.rfind("\n\n", 0, pos)
        start = self.text.rfind("\n\n", 0, para) if para > 0 else 0
        for m in reversed(self.mentions[: bisect_left(self.starts, pos)]):
            if m.start < start:
                return None
            if (
                m.kind is MentionKind.ACTOR
                and m.actor
                and not _NAME_GOES_ON.match(self.text, m.end)
            ):
                return m.actor
        return None

    def _apposition_actor(self, pos: int) -> str | None:
        # "Ivan Petrov, a Russian senator," -> RUS; not "X, who follows Sudan for a think tank"
        gap = _APPOSITION.match(self.text, pos)
        if not gap:
            return None
        # "X, spokesman of Ukraine's foreign ministry,", "X, head of the delegation,"
        at = self._mention_at(gap.end())
        bare_office = at is not None and at.kind is MentionKind.ROLE
        if not (
            bare_office
            or _APPOSITION_START.match(self.text, gap.end())
            or _OWNER_PRONOUN.match(self.text, gap.end())
        ):
            return None  # "X, who ...", "X, said ..."
        comma = gap.start()
        end = _APPOSITION_END.search(self.text, gap.end())
        if end is not None and end.group() in ("said", "told") and end.start() - comma < 60:
            return None  # "the purchase of X, the White House said,": who reports it
        stop = min(end.start() if end else len(self.text), comma + 90)
        words = self.text[gap.end() : stop]
        if _FORMER.search(words) and not _NOW.search(words):
            return None  # "X, a former U.N. official," speaks for nobody now
        now_at = _NOW_AT.search(words)
        if _FORMER.search(words) and now_at is not None and private_body_name(now_at.group(1)):
            return None  # "a former State Department official now at the Hollis Institute"
        i = bisect_left(self.starts, pos)
        inside = [m for m in self.mentions[i : i + 8] if m.start < stop]
        if any(m.kind is MentionKind.ROLE and m.role_class is RoleClass.PRIVATE for m in inside):
            return None  # "X, a North Korea analyst at a Seoul think tank"
        owner = _OWNER_PRONOUN.match(words)
        if owner is not None and any(
            m.kind is MentionKind.ROLE and m.start - gap.end() <= owner.end() + 1 for m in inside
        ):
            # "Fahrettin Altun, his communications director,": the side of whom "his" stands
            # for, named before the apposition's own name
            who = self.antecedent(pos, _POSSESSIVE_PRONOUNS[owner.group(1).lower()])
            return who.actor if who is not None else None
        if _OFFICE_OF_OWNER.match(words) is not None:
            # "X, a member of its leadership council,": the side of the body "its" stands for
            owner_side = self._last_body_before(pos)
            if owner_side is not None:
                return owner_side
        heads = _HEADS_BODY.search(words)
        if heads is not None:
            # "X, the Ghanaian diplomat who heads the UN mission,": the body the office is
            # in, not the nationality of the person holding it
            body = self._mention_at(gap.end() + heads.end())
            found = self.gaz.actors.get(body.actor or "") if body is not None else None
            if found is not None and found.kind is not ActorKind.STATE:
                return found.code
        state_body = None
        for m in inside:
            if m.start - comma > 40:
                break
            if (
                m.kind is MentionKind.ROLE
                and m.role in ORGANISATION_NOUNS
                and _POSSESSIVE_AFTER.match(self.text, m.end)
            ):
                party = self.described_party(m)  # "X, the bloc's foreign policy chief,"
                if party is not None:
                    return party
            if m.kind in (MentionKind.ADJECTIVE, MentionKind.ACTOR) or (
                m.kind is MentionKind.ROLE and m.actor
            ):
                if m.kind is MentionKind.ACTOR and _NAME_GOES_ON.match(self.text, m.end):
                    continue  # "the London School of Economics": a name, not a side
                if _AT_AN_EMPLOYER.search(self.text, max(0, m.start - 12), m.start):
                    continue  # "head of research at a Stockholm bank"
                return m.actor
            if m.person is not None and (m.possessive or _SERVES.search(self.text, comma, m.start)):
                # "a spokeswoman for President Tshisekedi", "President Lee's policy adviser"
                return m.person.actor_on(self.day)
            if m.kind is MentionKind.ROLE and m.role_class is RoleClass.PERSON:
                # "an adviser to the supreme leader": an office only one side named around
                # has on the day
                actor = self._holder_side(m.role, pos)
                if actor is not None:
                    return actor
            if (
                m.kind is MentionKind.ROLE
                and (m.role in STATE_OFFICES or self._state_institution(m))
                and state_body is None
            ):
                # "X, the government's peace commissioner,", "X, a member of the presidency,"
                state_body = m
        if state_body is not None:
            return self.role_side(state_body.role, state_body.start) or self._context_actor(
                state_body.start, state_only=True
            )
        return None

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
        return (
            text[m.end : m.end + 1] == ","
            and _DESCRIBED.search(text, max(0, m.start - 60), m.start) is not None
        )

    def resolve(self, chain: list[Mention], pos: int) -> Who | None:
        """Resolve a noun phrase used as a speaker at ``pos``."""
        gaz, day = self.gaz, self.day
        listed = self._listed_sides(chain)
        if listed is not None:
            # "six European, Ukrainian and American officials", "U.S. and Ukrainian
            # delegations": several parties speaking together stand for none of them
            # alone, unless they make up one group
            return self._remember(pos, Who(None, self._bloc(listed), False), Gender.PLURAL)
        people = [m for m in chain if m.person is not None]
        if people and people[-1].possessive and chain[-1].kind is MentionKind.ROLE:
            # "Sybiha's spokesman", "Merz's office": the title, on the person's side
            people = []
        p = people[-1].person if people else None
        if p is not None and self._not_yet(p):
            # "Lee Jae-myung, leader of the opposition Democratic Party" before he took
            # office: the gazetteer says nothing of that day, and the text places him in
            # the opposition (a text that does not, keeps the gazetteer's side: it may
            # lack an earlier office of the same side)
            actor = None if p.name in self._private_names else self._speaks_for(p)
            return self._remember(pos, Who(p.name, actor, True), p.gender)
        if p is not None:
            held = any(o.held_on(day) for o in p.offices)
            # "Former president Dmitry Medvedev" holds another office now
            actor = None if not held and self._former(chain, people[-1]) else self._speaks_for(p)
            return self._remember(pos, Who(p.name, actor, True), p.gender)
        names = [
            m
            for m in chain
            if m.kind in (MentionKind.NAME, MentionKind.SURNAME)
            and m.text.split()[-1] not in _NOT_PERSON_HEADS
            and not (m.kind is MentionKind.SURNAME and m.text.lower() in _COUNTED)
            and not organisation_name(self.text, m)
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
            return self._remember(pos, Who(None, party.actor, False), Gender.PLURAL)
        if names:
            n = names[-1]
            who = self._known_name(n.text)
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
                return self._remember(pos, Who(f"{prev.text} {n.text}", None, True), None)
            if who is None and (n.kind is MentionKind.NAME or self._honoured(n)):
                who = Who(n.text, _chain_actor(chain, gaz, day), True)
            if who is not None and who.actor and self._former(chain, n):
                who = Who(who.speaker, None, True)
            if who is not None:
                # A person the text gives no side keeps none: guessing the side the article
                # is mostly about gave strangers the last speaker's flag (issue 8).
                return self._remember(pos, who, None)
        pron = [m for m in chain if m.kind is MentionKind.PRONOUN]
        if pron and (
            pron[-1].text.capitalize() in ("One", "Another")
            or _ONE_OF.search(self.text, max(0, pron[-1].start - 15), pron[-1].start)
        ):
            # "Two European negotiators said ... One of them said": one of the group that
            # spoke last, on its side
            group = self._latest_heard(pos, people=False)
            named = (
                self._group_named_before(pos)
                if pron[-1].text.capitalize() in ("One", "Another")
                else None
            )
            if named is not None and (group is None or named[0] > self._heard_at(group, pos)):
                # "Two Canadian officials tell the Ledger that ... One says": the group the
                # paragraph named, whether or not its own statement was read yet
                return self._remember(pos, Who(None, named[1], False), Gender.PLURAL)
            if group is not None:
                return self._remember(pos, Who(None, group.actor, False), Gender.PLURAL)
        if pron:
            found = self.antecedent(pos, pron[-1].gender)
            gender = pron[-1].gender
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
            return self._remember(pos, Who(None, None, True), None)
        actor = _chain_actor(chain, gaz, day)
        if (
            actor is not None
            and any(
                m.kind in (MentionKind.ACTOR, MentionKind.ADJECTIVE)
                and _OPPOSITION_OF.match(self.text, m.end)
                for m in chain
            )
        ) or (roles and _FOR_OPPOSITION.match(self.text, chain[-1].end)):
            # "a spokesman for Gibraltar's opposition Social Democrats", "the Venezuelan
            # opposition said": the opposition speaks for no state
            who = Who(None, None, bool(roles) and not roles[-1].role.endswith("s"))
            return self._remember(pos, who, None if who.person_like else Gender.PLURAL)
        party = self.parties.unnamed(chain, roles[-1]) if roles else None
        if party is not None and party.actor is None:
            # "a senior figure of the opposition X party", "DEM Party officials": a party
            # out of government speaks for no state
            who = Who(None, None, _one_person(roles[-1]))
            self._describe(roles[-1].role, who, pos)  # what "the same person" is later
            return self._remember(pos, who, None if who.person_like else Gender.PLURAL)
        if party is not None:
            actor = party.actor  # "a Socialist official", "AKP sources"
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
            actor = self._described_state(roles[0].role, chain[0].start)
        if roles:
            role = roles[-1]
            det = det_before(self.text, chain[0].start)
            if chain[0].kind is MentionKind.SURNAME and chain[0].text.lower() in _COUNTED:
                det = chain[0].text.lower()  # "Two sources" opening a sentence
            if role.role_class is RoleClass.PRIVATE:
                # "a strategist at a Zurich bank", "Russian analysts": nobody's side
                # a body ("Canada Post", "the union") is what a later "it" stands for
                is_body = role.text[:1].isupper() or role.role in _PRIVATE_BODIES
                who = Who(None, None, not is_body and not role.role.endswith("s"))
                self._describe(role.role, who, pos)
                return self._remember(pos, who, None if who.person_like else Gender.PLURAL)
            if self._private_holders(chain):
                # "The steering committee of Zambia's bondholders said": the creditors'
                # body, nobody's side; a later "the committee" is the same body
                who = Who(None, None, False)
                self._describe(role.role, who, pos)
                return self._remember(pos, who, Gender.PLURAL)
            if actor is None and self._named_unknown_body(chain, role):
                # "The World Shipping Council said": a body the gazetteer does not know,
                # named on a noun no state organ needs, speaks for no state
                return self._remember(pos, Who(None, None, False), Gender.PLURAL)
            if any(r.possessive and r.role_class is RoleClass.PRIVATE for r in roles[:-1]):
                # "the union's national office", "the company's negotiators": the office
                # of a private body speaks for no state
                return self._remember(pos, Who(None, None, False), Gender.PLURAL)
            if actor is None and det in ("a", "an") and len(chain) == 1:
                side = self._spokesperson_of_subject(role)
                if side is not None:
                    return self._remember(pos, Who(None, side, False), Gender.PLURAL)
            if actor is None and len(chain) == 1 and det not in _POSSESSIVE_PRONOUNS:
                side = self._entourage_of_subject(role)
                if side is not None:
                    return self._remember(pos, Who(None, side, False), Gender.PLURAL)
            if actor is None and det in ("its", "their"):
                if self._private_subject_before(chain[0].start):
                    # "The Gibraltar Chamber of Commerce said ... Its president said": the
                    # body that opens the sentence before speaks for no state
                    return self._remember(pos, Who(None, None, False), Gender.PLURAL)
                # "Russia distanced itself from the consensus. Its representative said": the
                # state that opens a sentence before, not the last one heard
                subject = self._sentence_subject(chain[0].start)
                side = self._subject_side(subject) if subject is not None else None
                if side:
                    return self._remember(pos, Who(None, side, False), Gender.PLURAL)
            if actor is None and det in _POSSESSIVE_PRONOUNS:
                # "His office said", "her spokesman", "its foreign ministry": the side of
                # the one the pronoun stands for
                owner_who = self.antecedent(pos, _POSSESSIVE_PRONOUNS[det])
                if owner_who is not None and owner_who.actor:
                    return self._remember(pos, Who(None, owner_who.actor, False), Gender.PLURAL)
            if actor is None and det == "the" and role.role in _DOCUMENTS:
                # "the statement said": the statement of whoever spoke last
                latest = self._latest_heard(pos)
                if latest is not None:
                    return self._remember(pos, Who(None, latest.actor, False), Gender.PLURAL)
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
                    return self._remember(pos, Who(p.name, p.actor_on(day), True), p.gender)
                return self._remember(pos, Who(None, owner.actor_on(day), False), Gender.PLURAL)
            if role.role_class is RoleClass.DESCRIPTION:
                holders = gaz.describe(role.role, day)
                if holders:
                    p = self._prefer_mentioned(holders, pos)
                    return self._remember(pos, Who(p.name, p.actor_on(day), True), p.gender)
                if role.actor is None:
                    return None
                # nobody on record that day: the office's side, speaker unknown
                return self._remember(pos, Who(None, role.actor, False), None)
            if (
                role.role_class is RoleClass.PERSON
                and det not in INDEFINITE
                and role.role in gaz.roles
                and not any(m.subnational for m in chain)  # "the Ontario premier"
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
                    return self._remember(pos, Who(p.name, p.actor_on(day), True), p.gender)
            if actor is None and det == "the" and role.role_class is RoleClass.PERSON:
                recent = self._recent_with_role([], pos, role.role)  # "the minister"
                if recent and not self._unnamed_since(role.role, recent[0]):
                    # (not "A European diplomat said ... the diplomat said" after the
                    # foreign minister, "the top diplomat", spoke: the unnamed one again)
                    p = recent[0]
                    return self._remember(pos, Who(p.name, p.actor_on(day), True), p.gender)
                titled = self._titled_name(role.role, pos)
                if titled is not None:
                    return self._remember(pos, titled, None)
            unnamed = self._unnamed(role.role) if actor is None and det == "the" else None
            if unnamed is not None:
                # "the official"; "the spokesman" after "a government spokesman in Berlin"
                if _one_person(role):
                    self._by_kind.setdefault((True, None), []).append(len(self.history))
                return self._remember(pos, unnamed, Gender.PLURAL)
            if actor is None and det == "the" and len(chain) == 1:
                actor = self.role_side(role.role, pos)  # "Sudan's army ... the army said"
            if actor is None:
                # "a ministry spokesman" once "South Korea's Unification Ministry" is named
                for body in roles[:-1]:
                    if body.role_class is RoleClass.INSTITUTION:
                        actor = self.role_side(body.role, pos)
                        if actor is not None:
                            break
            if actor is None:
                actor = self._actor_after(chain[-1].end, role.role)  # "sources in the ministry"
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
            if actor is None and role.role in _LOCAL_OFFICES:
                # "... hit port infrastructure in Odesa region, the regional governor said":
                # the state of the province or city the paragraph names
                actor = self._local_place(chain[0].start)
            if actor is None and role.role not in _POSTED:
                actor = self._framing_actor(pos)  # "In Kyiv, the president's office said"
            if (
                actor is None
                and det == "the"
                and role.role in ORGANISATION_NOUNS
                and self._private_body_before(pos, role.role)
            ):
                # "At a citizens' group ... The group said": the private body named last
                return self._remember(pos, Who(None, None, False), Gender.PLURAL)
            if actor is None and det == "the" and role.role in ORGANISATION_NOUNS:
                actor = self._latest_organisation(pos)  # "the group said": Hamas
            if actor is None:
                actor = next(
                    (self.default_side(r.role, pos) for r in roles if r.role in DEFAULT_SIDE), None
                )
            if actor is None and det == "the":
                # "the ministry", "the president's office"; "the interior ministry" is a state's
                # the paragraph's state ("Beijing's account was more measured. The commerce
                # ministry said ..."), else the article's
                actor = (
                    self._context_actor(chain[0].start, state_only=True)
                    if _state_office(role.role) or self._state_institution(role)
                    else self.main_actor()
                )
            if actor is None and role.role in _LEGISLATORS:
                # "A member of parliament from the governing party said": a legislator is of
                # the state whose legislators the text named, else the paragraph's or the
                # dateline's, as a named one is
                actor = self._legislator_side(role, chain[0].start)
            if actor is None and role.role in STATE_MEDIA:
                # "State media said", "the state news agency reported": the state the
                # paragraph is about, else the article's
                actor = self._context_actor(chain[0].start, state_only=True)
            if actor is None and role.text.islower() and role.role in _NAMED_STATE_BODIES:
                # "A council member" after "The Presidential Leadership Council ... said":
                # the side that body's statement had
                actor = self.role_side(role.role, pos)
            if actor is None and (
                any(_state_body(b.role) or self._state_institution(b) for b in roles)
                or (role.role == "ministers" and len(chain) == 1)
                or role.role.startswith("consular ")
            ):
                # "a presidency official", "a Foreign Office spokesperson", "Ministers said":
                # a body only a state has, or its ministers, unqualified, are the state the
                # paragraph is about, else the dateline's or the article's
                actor = self._context_actor(chain[0].start, state_only=True)
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
            who = Who(None, actor, False)
            if actor is not None or det in INDEFINITE:
                # "a diplomat attending as an observer" is who "the diplomat" is next
                self._describe(role.role, who, pos)
            if _one_person(role) and det != "the":
                # "An Ethiopian official disputed that. He argued ...": one unnamed person
                # ("the official representative" may be somebody named before)
                # is whom a later "he" or "she" stands for
                self._by_kind.setdefault((True, None), []).append(len(self.history))
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
                return self._remember(pos, Who(None, None, False), Gender.PLURAL)
            return self._remember(pos, Who(None, bloc or actors[0].actor, False), Gender.PLURAL)
        if actors:
            return self._remember(pos, Who(None, actors[-1].actor, False), Gender.PLURAL)
        adjectives = [m for m in chain if m.kind is MentionKind.ADJECTIVE and m.actor]
        if adjectives and any(
            m.kind is MentionKind.NAME and m.text.split()[-1] in _STATE_BODY_HEADS for m in chain
        ):
            # "The Philippine Coast Guard said": a state's armed or civil service
            return self._remember(pos, Who(None, adjectives[-1].actor, False), Gender.PLURAL)
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
            return self._remember(pos, Who(None, None, False), Gender.PLURAL)
        return None

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

    def _described_state(self, noun: str, pos: int) -> str | None:
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

    def _local_place(self, pos: int) -> str | None:
        """The state of the latest province or city (``parley.places``) named in the
        paragraph before ``pos`` or in the rest of its sentence."""
        para = self.text.rfind("\n\n", 0, pos)
        end = _SENTENCE_END.search(self.text, pos)
        stop = end.end() if end else len(self.text)
        i = bisect_left(self.starts, pos)
        before = reversed(self.mentions[max(0, i - 30) : i])
        for m in [*before, *self.mentions[i : i + 10]]:
            if m.start < para or m.start >= stop:
                continue
            if m.subnational and m.actor:
                return m.actor
            if m.kind in (MentionKind.SURNAME, MentionKind.NAME):
                name = m.text[:-2] if m.text.endswith(("'s", "’s")) else m.text
                side = place_state(self.gaz, name)
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

    def _first_side(self, ranked: Iterable[str], state_only: bool) -> str | None:
        """The first of ``ranked`` (a state when ``state_only``)."""
        return next((a for a in ranked if not state_only or self._is_state(a)), None)

    def _known_name(self, name: str) -> Who | None:
        """Who a name the text taught stands for, in full or by its last word."""
        return self.known.get(name) or self.known.get(name.split()[-1])

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

    def _unnamed(self, role: str) -> Who | None:
        """The unnamed source last described with ``role`` as its head noun, or with its
        plural ("Three EU diplomats said ... the diplomat said": one of them)."""
        found = self.unnamed.get(role)
        if found is not None:
            return found
        tail = " " + role
        for key in reversed(self.unnamed):
            if key.endswith(tail):
                return self.unnamed[key]
        plural = role + "s"
        keys = [k for k in self.unnamed if k == plural or k.endswith(" " + plural)]
        if not keys or role.endswith("s"):
            return None
        return self.unnamed[max(keys, key=lambda k: self._unnamed_at.get(k, -1))]

    def _group_named_before(self, pos: int) -> tuple[int, str | None] | None:
        """Where the latest group of unnamed people ("Two Canadian officials", "diplomats
        involved in the talks") is named in the paragraph before ``pos``, and its side."""
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
                if counted not in _COUNTED:
                    continue  # "both leaders", "the envoys": not a group of sources
                side = _chain_actor(chain, self.gaz, self.day) or self._actor_after(m.end, m.role)
                return m.start, side
        return None

    def _last_spoke(self, name: str) -> int:
        """Where the person named ``name`` last spoke (-1: not yet)."""
        return max((h.pos for h in self.history if h.who.speaker == name), default=-1)

    def _heard_at(self, who: Who, pos: int) -> int:
        """Where ``who`` was last heard before ``pos``."""
        return max((h.pos for h in self.history if h.who is who and h.pos < pos), default=-1)

    def _describe(self, role: str, who: Who, pos: int) -> None:
        self.unnamed[role] = who
        self._unnamed_at[role] = pos

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
        self, pos: int, kinds: frozenset[ActorKind] = _NOT_STATES
    ) -> str | None:
        """The organisation or movement (not a state; of ``kinds``) the text named last
        before ``pos``."""
        i = bisect_left(self.starts, pos)
        for m in reversed(self.mentions[max(0, i - 40) : i]):
            found = self.gaz.actors.get(m.actor_on(self.day) or "")
            if m.kind in (MentionKind.ACTOR, MentionKind.PERSON) and (
                found is not None and found.kind in kinds
            ):
                return found.code
        return None

    def armed_group_side(self, pos: int) -> str | None:
        """The movement a bare plural of its members at ``pos`` ("the fighters", "the
        guerrillas") stands for: the armed group or movement the text named last."""
        return self._latest_organisation(pos, kinds=_MOVEMENTS)

    def _actor_after(self, pos: int, role: str = "") -> str | None:
        m = _OF_SIDE.match(self.text, pos)
        if not m:
            return None
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
        if nxt is not None and self._close_to_no_side(m.group(), nxt):
            return None
        if nxt is not None:
            if nxt.person is not None:
                return nxt.person.actor_on(self.day)
            if nxt.kind in (MentionKind.NAME, MentionKind.SURNAME):
                # "a senior official in Lee's office" once Lee Jae-myung is named
                known = self._known_name(nxt.text)
                return known.actor if known is not None else None
            if nxt.actor is None and nxt.role_class is RoleClass.INSTITUTION:
                # "a source in the army's delegation" once "Sudan's army" is named; "a
                # spokesperson for the Foreign Office in Islamabad"; "a statement from the
                # foreign ministry": a body only a state has is the article's state
                side = self.role_side(nxt.role, nxt.start)
                if side is None and nxt.role is not None and _state_body(nxt.role):
                    side = self._actor_after(nxt.end) or self._home_or_main()
                return side
            return nxt.actor
        return None

    def _close_to_no_side(self, link: str, nxt: Mention) -> bool:
        """True when "close to" or "familiar with" leads to a place's or a nation's thing
        that is no side's body: "a source close to the Doha mediation", "a person close to
        the French cognac industry" (not "sources close to the Ukrainian delegation")."""
        if link.split()[0] not in ("close", "familiar"):
            return False
        if nxt.kind not in (MentionKind.ACTOR, MentionKind.ADJECTIVE) or nxt.possessive:
            return False
        words = _NOUNS_AFTER.match(self.text, nxt.end)
        return words is not None and not _SIDE_BODY_NOUNS.intersection(words.group().split())

    def antecedent(self, pos: int, gender: Gender | None) -> Who | None:
        """The most recent person spoken of before ``pos`` (gender permitting)."""
        if gender is Gender.PLURAL:
            kinds = [k for k in self._by_kind if not k[0]]
        elif gender is None:
            kinds = [k for k in self._by_kind if k[0]]
        else:
            kinds = [k for k in ((True, None), (True, gender)) if k in self._by_kind]
        # the latest entry before pos of each kind that fits; the latest of those wins
        best = -1
        for kind in kinds:
            entries = self._by_kind[kind]
            for i in reversed(entries):
                if i <= best:
                    break
                if self.history[i].pos < pos:
                    best = i
                    break
        if gender is Gender.PLURAL:
            # "The ELN did not deny it. In a statement, it said": the subject of a narrated
            # sentence since the last body that spoke
            subject = self._sentence_subject(pos)
            if subject is not None and (best < 0 or self.history[best].pos < subject.start):
                return Who(None, self._subject_side(subject), False)
            if subject is None:
                # "X, Y and Z issued a joint statement. They warned ...": the one side of
                # the people the sentence before opens on
                listed = self._listed_people(pos)
                if listed is not None and (best < 0 or self.history[best].pos < listed[0]):
                    return Who(None, listed[1], False)
        if gender is not Gender.PLURAL:
            # "Zelensky thanked the leaders for what he called ...": the person who opens
            # the pronoun's own sentence, named since the last one spoken of
            after = self.history[best].pos if best >= 0 else -1
            own = self._own_subject(pos, gender, after)
            if own is not None:
                return own
            # "Araghchi's version was narrower. He said": a person who opens a sentence of
            # this paragraph since the last one spoken of
            narrated = self._subject_person(pos, gender, after)
            if narrated is not None:
                return narrated
            named = self._one_named_in_paragraph(pos, gender, after)
            if named is not None:
                return named
            named = self._one_named_in_entry(pos, gender, after)
            if named is not None:
                return named
        if best >= 0:
            return self.history[best].who
        if gender is not Gender.PLURAL:
            # nobody spoken of yet: the nearest person named before the pronoun
            i = bisect_left(self.starts, pos)
            for m in reversed(self.mentions[max(0, i - 12) : i]):
                if m.person is not None and (gender is None or m.gender in (None, gender)):
                    p = m.person
                    return Who(p.name, p.actor_on(self.day), True)
        return None

    def _one_named_in_paragraph(self, pos: int, gender: Gender | None, after: int) -> Who | None:
        """The one person named in the paragraph of ``pos``, before the pronoun's sentence,
        when whoever was spoken of last was in an earlier paragraph ("The party signed
        through its secretary general X. He said ..."): a paragraph that names a new person
        goes on about that person."""
        text = self.text
        para = text.rfind("\n\n", 0, pos)
        para = para + 2 if para >= 0 else 0
        if after >= para:
            return None
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, para, pos)]
        if not breaks:
            return None  # the pronoun's sentence opens the paragraph
        own = breaks[-1]
        found: list[Mention] = []
        for m in self.mentions[bisect_left(self.starts, para) : bisect_left(self.starts, own)]:
            if (
                m.kind in (MentionKind.PERSON, MentionKind.NAME)
                and not body_name(m.text)
                and not organisation_name(text, m)
                and not _quoted_at(text, para, m.start)
            ):
                found.append(m)
        people = {m.person.name if m.person is not None else m.text for m in found}
        if len(people) != 1:
            return None
        return self._person_in([found[-1]], gender)

    def _one_named_in_entry(self, pos: int, gender: Gender | None, after: int) -> Who | None:
        """The one person named in the live blog entry of ``pos`` before the pronoun's
        sentence (its owner too: "Trump's speech has ended. ... He also said"), when
        whoever was spoken of last was in another entry: an entry stands alone, and the
        one above it on the page may be hours later."""
        text = self.text
        stamp = next(reversed(list(_ENTRY_STAMP.finditer(text, max(0, pos - 3000), pos))), None)
        if stamp is None or after >= stamp.end():
            return None
        own = max((m.end() for m in _SENTENCE_BREAK.finditer(text, stamp.end(), pos)), default=-1)
        if own < 0:
            return None  # the pronoun's sentence opens the entry
        found = [
            m
            for m in self.mentions[
                bisect_left(self.starts, stamp.end()) : bisect_left(self.starts, own)
            ]
            if m.kind in (MentionKind.PERSON, MentionKind.NAME)
            and not body_name(m.text)
            and not organisation_name(text, m)
            and not _quoted_at(text, stamp.end(), m.start)
        ]
        people = {m.person.name if m.person is not None else m.text for m in found}
        if len(people) != 1:
            return None
        return self._person_in([found[-1]], gender)

    def _fragment_person(self, a: int, b: int, gender: Gender | None) -> Who | None:
        """The person a short verbless line between ``a`` and ``b`` ends on ("More from
        Aliyev.", "Reaction from Zelensky."): the one the next sentence goes on about."""
        line = self.text[a:b].rstrip()
        if not line.endswith(".") or len(line.split()) > 14:
            return None
        end = a + len(line) - 1  # the full stop
        i = bisect_left(self.starts, a)
        inside = [m for m in self.mentions[i : i + 8] if m.end <= end]
        # "Stronger words from X, the party's deputy chairman.": the name the line's
        # "from" gives, with its apposition
        given = [
            m
            for m in inside
            if m.kind in (MentionKind.PERSON, MentionKind.NAME)
            and _FROM_BEFORE.search(self.text, max(a, m.start - 6), m.start)
            and _APPOSITION_TO_END.fullmatch(self.text, m.end, end)
        ]
        if given:
            inside = given[:1]
        elif len(line.split()) > 6 or (inside and inside[-1].end != end):
            return None
        if not inside:
            return None
        found = chains(inside, self.text)
        if not found or any(m.kind is MentionKind.ROLE for m in found[-1]):
            return None
        return self._person_in(found[-1], gender)

    def _subject_person(self, pos: int, gender: Gender | None, after: int) -> Who | None:
        """The person who opens the latest sentence of this paragraph before the sentence
        of ``pos`` and after ``after``: "Araghchi's version was narrower.", "Commerce
        Minister Piyush Goyal has sounded more cautious.", "Eritrea's information minister,
        Yemane Gebremeskel, dismissed the letter."""
        text = self.text
        para = text.rfind("\n\n", 0, pos)
        floor = max(para + 2 if para >= 0 else 0, after, 0)
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, floor, pos)]
        own = max(breaks, default=floor)
        starts = [a for a in (floor, *breaks) if a < own]
        ends = [*starts[1:], own][: len(starts)]
        for a, stop in zip(reversed(starts), reversed(ends), strict=True):
            if a <= after:
                break
            if _quoted_at(text, floor, a):
                continue  # a sentence of a quotation is somebody's words, not narration
            a, first = self._opening_chain(a, own)
            if first is None:
                # (the line up to the next sentence, not to the pronoun's)
                who = self._fragment_person(a, stop, gender)
                if who is not None:
                    return who  # "19:30 - More from Aliyev. He says ...": a line's topic
                continue
            if not first:
                continue
            who = self._person_in(first, gender)
            if who is None:
                # "Polls opened in dozens of towns, which the commission's chairman, X,
                # cited as proof ...": the person who is the relative clause's subject
                who = self._relative_subject(a, stop, gender)
            if who is None and all(m.kind is MentionKind.SURNAME for m in first):
                # a capitalised word that names nobody opens the line ("Stronger words
                # from X, the party's deputy chairman."): the person the line is about
                who = self._fragment_person(a, stop, gender)
            if who is not None:
                return who
            roles = [m for m in first if m.kind is MentionKind.ROLE]
            if roles and _one_person(roles[-1]) and det_before(text, first[0].start) in INDEFINITE:
                # "An Ethiopian official disputed that. He argued ...": the unnamed official
                side = _chain_actor(first, self.gaz, self.day) or self._actor_after(
                    first[-1].end, roles[-1].role
                )
                return Who(None, side, False)
        return None

    def _relative_subject(self, a: int, b: int, gender: Gender | None) -> Who | None:
        """The person named as the subject of a relative clause on an object in the
        sentence between ``a`` and ``b`` (", which the commission's chairman, X, cited",
        ", which X welcomed"): a title, its name in apposition, then a verb."""
        rel = _RELATIVE_OBJECT.search(self.text, a, b)
        if rel is None:
            return None
        i = bisect_left(self.starts, rel.end())
        found = chains([m for m in self.mentions[i : i + 6] if m.start < b], self.text)
        if not found or not _OWNER_WORDS.fullmatch(self.text, rel.end(), found[0][0].start):
            return None
        subject = found[0]
        if len(found) > 1 and _APPOSITION.fullmatch(self.text, subject[-1].end, found[1][0].start):
            subject = subject + found[1]  # "the commission's chairman, X,"
        verb = _VERB_AFTER.match(self.text, subject[-1].end)
        if verb is None:
            return None
        return self._person_in(subject, gender)

    def _own_subject(self, pos: int, gender: Gender | None, after: int) -> Who | None:
        """The person who opens the narrated sentence of ``pos``, before it and after
        ``after`` ("Ukrainian President Volodymyr Zelensky thanked ... for what [he]
        called"); none for a sentence that opens with a quotation."""
        text = self.text
        para = text.rfind("\n\n", 0, pos)
        floor = para + 2 if para >= 0 else 0
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, floor, pos)]
        a = max(breaks, default=floor)
        if a <= after or _quoted_at(text, floor, a):
            return None
        _, first = self._opening_chain(a, pos)
        if not first or first[-1].end >= pos:
            return None
        return self._person_in(first, gender)

    def _opening_chain(self, a: int, end: int) -> tuple[int, list[Mention] | None]:
        """The noun phrase that opens the sentence starting at ``a``, past an opening phrase
        ("Only hours earlier, Erdogan had ..."), with the name for a title in apposition
        ("Eritrea's information minister, Yemane Gebremeskel,"), of the mentions before
        ``end``; and where the sentence's words start. None when no mention opens it, an
        empty chain when none before ``end`` does."""
        text = self.text
        dateline = DATELINE.match(text, a, end)  # "ZAPORIZHZHIA, Ukraine - Valentyna Moroz"
        if dateline is not None:
            a = dateline.end()
        stamp = _TIME_STAMP.match(text, a, end)  # a live blog's timed entry: "17:45\nX spoke"
        if stamp is not None:
            a = stamp.end()
        opener = _OPENER.match(text, a, end)
        if opener is not None:
            a = opener.end()
        i = bisect_left(self.starts, a)
        head = self.mentions[i : i + 6]
        if not head or head[0].start > a + 4 + text.startswith("The ", a) * 4:
            given = self._given_name(a, end)
            return a, [given] if given is not None else None
        found = chains([m for m in head if m.start < end], text)
        if not found:
            return a, []
        first = found[0]
        if all(m.kind in _TITLE_KINDS for m in first):
            # "Eritrea's information minister, Yemane Gebremeskel,"; "the Russian-installed
            # head of Crimea, Sergei Aksyonov,": the name in apposition to the title
            k = 1
            while (
                k < len(found) - 1
                and _OF_GAP.fullmatch(text, found[k - 1][-1].end, found[k][0].start)
                and all(m.kind in (*_TITLE_KINDS, MentionKind.SURNAME) for m in found[k])
            ):
                k += 1
            if k < len(found) and _APPOSITION.fullmatch(
                text, found[k - 1][-1].end, found[k][0].start
            ):
                first = found[k]
        if not any(m.kind in (MentionKind.PERSON, MentionKind.NAME) for m in first):
            given = self._given_name(a, end)
            if given is not None:
                return a, [given]
        return a, first

    def _given_name(self, a: int, end: int) -> Mention | None:
        """The one-word name that the description opening the sentence at ``a`` gives ("Her
        neighbour, a retired electrician who gave only his first name, Viktor, was less
        certain."): the sentence's subject."""
        text = self.text
        for m in self.mentions[bisect_left(self.starts, a) :]:
            if m.start >= min(end, a + 160) or _SENTENCE_END.search(text, a, m.start):
                break
            if (
                m.kind in (MentionKind.NAME, MentionKind.SURNAME)
                and text.startswith(",", m.end)
                and NAME_GIVEN.search(text, max(a, m.start - 40), m.start)
            ):
                return m
        return None

    def _person_in(self, chain: list[Mention], gender: Gender | None) -> Who | None:
        for m in chain:
            if m.person is not None:
                if gender is not None and m.person.gender not in (None, gender):
                    return None
                return Who(m.person.name, m.person.actor_on(self.day), True)
            if m.kind in (MentionKind.NAME, MentionKind.SURNAME):
                who = self._known_name(m.text)
                if who is not None and who.actor is None:
                    # the side a statement of the same person was resolved to
                    for heard in reversed(self.history):
                        if heard.who.speaker == who.speaker and heard.who.actor:
                            return heard.who
                return who
        return None

    def _sentence_subject(self, pos: int) -> Mention | None:
        """The latest actor named at the start of a sentence of this paragraph before
        ``pos`` ("The ELN did not deny it."), not a possessor ("The ELN's front")."""
        floor = self.text.rfind("\n\n", 0, pos)
        sentence = self.text.rfind(". ", 0, pos)  # the pronoun's own sentence does not count
        i = bisect_left(self.starts, sentence)
        for m in reversed(self.mentions[max(0, i - 12) : i]):
            if m.start < floor:
                break
            if (
                (m.kind is MentionKind.ACTOR or self._state_institution(m))
                and not m.possessive
                and (
                    _SENTENCE_START.search(self.text, max(0, m.start - 8), m.start)
                    or self._after_opener(m.start)
                )
            ):
                # (a state's body: "The National Consensus Commission handed ...")
                return m
        return None

    def _listed_people(self, pos: int) -> tuple[int, str] | None:
        """Where the sentence before ``pos`` (in its paragraph) opens on a list of two or
        more people of one side ("Secretary of State X, Energy Secretary Y and Z"), and
        that side."""
        text = self.text
        para = text.rfind("\n\n", 0, pos)
        para = para + 2 if para >= 0 else 0
        breaks = [para, *(m.end() for m in _SENTENCE_BREAK.finditer(text, para, pos + 1))]
        if len(breaks) < 2:
            return None
        a, end = breaks[-2], breaks[-1]
        a, _ = self._opening_chain(a, end)
        i = bisect_left(self.starts, a)
        found = chains([m for m in self.mentions[i : i + 12] if m.end <= end], text)
        if not found or found[0][0].start > a + 4:
            return None
        sides: set[str | None] = set()
        people = 0
        for k, chain in enumerate(found):
            if k and not _LIST_GAP.fullmatch(text, found[k - 1][-1].end, chain[0].start):
                break
            names = [m for m in chain if m.kind in (MentionKind.PERSON, MentionKind.NAME)]
            who = self._person_in(names[-1:], None)
            if who is None:
                return None
            if who.actor is not None:
                people += 1
                sides.add(who.actor)
        if people < 2 or len(sides) != 1:
            return None  # (a name of unknown side in the list does not count against it)
        side = sides.pop()
        return (found[0][0].start, side) if side is not None else None

    def _subject_side(self, m: Mention) -> str | None:
        """The side of a sentence's subject: an actor's own, a state body's the state the
        text gave that body before, else the paragraph's or the article's."""
        if m.kind is not MentionKind.ROLE:
            return m.actor
        return self.role_side(m.role, m.start) or self._context_actor(m.start, state_only=True)

    def _after_opener(self, pos: int) -> bool:
        """True when ``pos`` follows a sentence's opening phrase ("When the text was
        adopted, Russia ...")."""
        start = max(self.text.rfind(". ", 0, pos) + 2, self.text.rfind("\n", 0, pos) + 1)
        opener = _OPENER.match(self.text, start)
        return opener is not None and opener.end() == pos

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
        return _FORMER.search(self.text, max(0, a - 12), name.start) is not None

    def _speaks_for(self, p: Person) -> str | None:
        """The side a named person speaks for on the day: none once every office they held
        has ended ("Jugnauth, now in opposition", "former president Uribe"), since a former
        office-holder speaks for himself."""
        day = self.day
        if (
            day is not None
            and p.offices
            and all(o.end is not None and o.end <= day for o in p.offices)
        ):
            return None
        return p.actor_on(day)

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


# Last words of capitalised names that are places or bodies, not people ("the Red Sea",
# "the Federation of Indian Export Organisations", "the Hayastan Alliance")
# Heads of the proper names of a state's services: "the Philippine Coast Guard"
_STATE_BODY_HEADS = {"Guard", "Guards", "Navy", "Army", "Police", "Ministry", "Department",
                     "Parliament", "Cabinet", "Secretariat", "Forces", "Force"}  # fmt: skip
_NOT_PERSON_HEADS = {
    "Sea", "Ocean", "Gulf", "Strait", "River", "Canal", "Island", "Islands", "Mountains",
    "Valley", "Desert", "Peninsula", "Coast", "Bay", "Lake", "Corridor", "Organisations",
    "Organizations", "Organisation", "Organization", "Federation", "Association", "Chamber",
    "Institute", "Foundation", "Network", "Forum", "Company", "Corporation", "Party",
    "Alliance", "Centre", "Center", "University", "Agency", "Bank", "Fund", "Group",
    "Council", "Committee", "Front", "Movement", "Platform", "Union", "Times", "Post",
    "News", "Journal", "Herald", "Ledger", "Review", "Tribune", "Gazette", "Producers",
    "Workers", "Employers", "Machinists", "Longshoremen", "Teamsters", "Actors", "Writers",
    "Nations", "Forces", "Services", "Industries", "Airlines", "Airways", "Holdings",
    "Partners", "Brigades", "Commission", "Authority", "Ministry", "Department", "League",
    "Coalition", "Board", "Congress", "Assembly", "Society", "Confederation", "Tribunal",
    "Headquarters", "Bureau", "Directorate", "Office", "Service",
    *_STATE_BODY_HEADS,
    # members of a party or camp, in the plural ("Senate Democrats", "Tory rebels")
    "Democrats", "Republicans", "Conservatives", "Tories", "Liberals", "Socialists",
    "Greens", "Communists", "Nationalists", "Unionists", "Islamists", "Democrats'",
}  # fmt: skip
# "International Longshoremen's Association": a name that goes on as an organisation's
# ("Motion Picture and Television Producers"), or one an organisation's name holds
# ("Alliance of Motion Picture ...")
_ORG_HEADS = "|".join(sorted(_NOT_PERSON_HEADS))
_ORGANISATION_AFTER = re.compile(
    r"(?:'s|’s)?(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w'’-]*)*?\s+(?:" + _ORG_HEADS + r")\b"
)
_ORGANISATION_BEFORE = re.compile(r"\b(?:" + _ORG_HEADS + r")\s+(?:of|for)\s+(?:the\s+)?$")


def body_name(name: str) -> bool:
    """A capitalised name that ends on a body's or a party's word ("Senate Democrats",
    "the Hayastan Alliance"): no person's."""
    return name.split()[-1] in _NOT_PERSON_HEADS


# Words that make a named body an organ of a state or a movement's government ("the
# Supreme Political Council", "the National Security Council", "the Quds Force")
_GOVERNING_WORDS = {
    "Supreme", "Political", "National", "Federal", "State", "Presidential", "Revolutionary",
    "Security", "Military", "Sovereign", "Transitional", "Executive", "Legislative",
    "Central", "Governing", "Ruling", "Constitutional", "Royal", "Defence", "Defense",
    "Force", "Interim", "Provisional", "Leadership", "Cabinet", "Senate", "House",
}  # fmt: skip


def private_body_name(name: str) -> bool:
    """A capitalised name that ends on the word of a body that is no state's organ ("the
    Gibraltar Chamber", "the Hollis Institute", "the Democratic Unionist Party"): a union,
    a company, an association, a party or a think tank, whose voice is nobody's state."""
    words = name.split()
    return (
        words[-1] in _NOT_PERSON_HEADS
        and words[-1] not in _STATE_BODY_HEADS
        and words[-1] not in _PUBLIC_HEADS
        and _GOVERNING_WORDS.isdisjoint(words)
    )


# Heads of names of bodies that are as often a state's or an international organ's
_PUBLIC_HEADS = {"Commission", "Authority", "Congress", "Assembly", "Tribunal", "Board",
                 "Nations", "Agency", "Committee", "Council", "Fund", "Bank", "Front",
                 "Forces", "Services", "Brigades", "Movement", "Coalition", "Sea", "Ocean",
                 "Gulf", "Strait", "River", "Canal", "Island", "Islands", "Mountains",
                 "Valley", "Desert", "Peninsula", "Coast", "Bay", "Lake",
                 "Corridor"}  # fmt: skip


def organisation_name(text: str, m: Mention) -> bool:
    """A capitalised name that is part of an organisation's ("Rhine Capital" in "Rhine
    Capital Partners", "Motion Picture" in "Alliance of Motion Picture and Television
    Producers"), not a person's."""
    return bool(
        _ORGANISATION_AFTER.match(text, m.end)
        or _ORGANISATION_BEFORE.search(text, max(0, m.start - 60), m.start)
    )


# a state's opposition: "Gibraltar's opposition Social Democrats", "the Venezuelan opposition"
_OPPOSITION_OF = re.compile(r"(?:['’]s?)?\s+opposition\b")
# an office of a state's opposition: "a spokesman for Gibraltar's opposition Social
# Democrats", "a negotiator for the opposition"
_FOR_OPPOSITION = re.compile(
    r"\s+(?:for|of|from)\s+(?:the\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:['’]s?)?\s+)?"
    r"opposition\b"
)
# a title that places a name in the opposition: "from the opposition National Action
# Party, ", "of the opposition bloc, "
_OPPOSITION_TITLE = re.compile(
    r"\b(?:from|of|for)\s+the\s+opposition\b[^,.;]{0,40},\s*$"
    # "Shadow business and trade secretary X": an opposition front bench's office
    r"|(?:^|[^\w-])[Ss]hadow\s+(?!of\b)(?:[a-z][a-z -]{0,60}[a-z]\s+)?$"
)
# "its [senior mission] chief", "their chief negotiator": an office a pronoun gives an owner
_OWNED_BY_PRONOUN = re.compile(r"\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[a-z][\w-]*\s+){0,2}$")
# a place after a preposition, or listed after one ("the coasts of Romania and [Bulgaria]")
_PLACE_AFTER = re.compile(
    r"\b(?:of|from|through|via|near|along|off|across|into|towards?)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,\s+)*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    r",?\s+and\s+)?$"
)
# "envoy for [Ukraine]", "ambassador to [the] [United Nations]"
_TOPIC_BEFORE = re.compile(r"\b(to|for|in)\s+(?:the\s+)?$")
# "his deputy", "her National Security Bureau": a possessive pronoun before an office
_HIS = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:[A-Z][\w'’-]*\s+){0,3}$")
# Offices on the other side of the table from the one whose they are said to be
_ACROSS = {"counterpart", "counterparts", "rival", "opponent", "host", "guest", "interlocutor"}
_OWNER_PRONOUN = re.compile(r"(his|her|its|their)\s+", re.IGNORECASE)
# An office in a body a pronoun owns: "a member of its leadership council", "a spokesman for
# their delegation"
_OFFICE_OF_OWNER = re.compile(
    r"(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:members?|head|chair|co-chair|chairman|"
    r"chairwoman|figure|leader|spokes(?:man|woman|person))\s+(?:of|in|on|for)\s+(?:its|their)\s+",
    re.IGNORECASE,
)
# A relative clause naming the body a person's office is in: "who heads the ", "who leads "
_HEADS_BODY = re.compile(
    r"\bwho\s+(?:now\s+|also\s+)?(?:heads|leads|chairs|runs|directs)\s+(?:the\s+)?"
)
# "of Zambia's ", "of its official bilateral ", "of the": between a body noun and the
# people it is made of
_OF_HOLDERS = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}"
)
# "X, who heads the ", "X, who led ", "X, who handles foreign relations for the ": a clause
# naming the body the person leads or serves
_LEADS_SIDE = re.compile(
    r",\s+who\s+(?:now\s+|also\s+|has\s+|had\s+)?(?:heads|headed|leads|led|chairs|chaired|"
    r"co-chairs|represents|represented|speaks\s+for|handles\s+(?:[a-z-]+\s+){1,3}?for)\s+"
    r"(?:the\s+)?"
)
# What follows a side's name in such a clause: its delegation, team, side or wing
_SIDE_BODY = re.compile(
    r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}?(?:delegation|delegations|team|side|negotiators|"
    r"wing|arm)\b"
)
# " who has represented PKK defendants, ": a relative clause between a role and the name
# in apposition to it
_CLAUSE_THEN_NAME = re.compile(r"\s+(?:who|whose)\s+[^,;.!?\"“”\n]{1,100},\s*")
# ", a co-chair of the Kurdistan Communities Union (KCK), the ": an office in a named body
# that a second apposition describes
_OFFICE_IN_NAMED_BODY = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:of|in|at)\s+(?:the\s+)?"
    r"[A-Z][^,;()\n]{1,60}?(?:\s+\([A-Z][\w-]*\))?,\s+(?:the|a|an)\s+"
)
# "'s umbrella body", "'s political wing": a body that is a side's own
_OWN_BODY = re.compile(
    r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}?(?:body|group|organisation|organization|wing|arm|"
    r"branch|affiliate|front|movement|alliance|coalition)\b"
)
# The lower-case words a place or demonym qualifies: " cognac industry", " mediation"
_NOUNS_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){1,3}")
# The bodies of a side a source may be close to
_SIDE_BODY_NOUNS = {"government", "governments", "delegation", "delegations", "team",
                    "leadership", "office", "presidency", "ministry", "administration",
                    "side", "negotiators", "cabinet", "army", "military", "authorities",
                    "officials", "leader", "leaders", "president", "camp", "command",
                    "embassy", "mission", "party", "movement", "group"}  # fmt: skip
# The end of a sentence and the space after it
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+")
# Nothing but a space or lower-case modifiers between a demonym and its office noun
_MODIFIERS_ONLY = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# A finite verb right after a sentence's first name: that name is the subject
_SUBJECT_VERB = re.compile(
    r"\s+(?:has\s+|had\s+|will\s+|would\s+|is\s+|was\s+)?(?:said|says|became|announced|agreed"
    r"|signed|rejected|accepted|offered|proposed|told|warned|insisted|sent|made|struck|reached"
    r"|won|lost|began|imposed|refused|demanded|called|pledged|promised)\b"
)
# After a state opening a sentence, its verb, maybe after an apposition or a relative
# clause: "Hungary, the only other member that has not ratified, said", "Iran has sent"
_STATE_SUBJECT = re.compile(
    r"(?:,\s+(?:which|who|whose|the|a|an|one|long|now)\b[^.;!?\"“”]{0,160}?,)?\s+"
    r"(?:has\s+|had\s+|have\s+|will\s+|would\s+|is\s+|was\s+|also\s+)?"
    r"(?:said|says|took|takes|sent|made|told|wants|sees|[a-z]{3,}ed)\b"
)
_POSSESSIVE_PRONOUNS = {
    "his": Gender.MALE, "her": Gender.FEMALE, "its": Gender.PLURAL, "their": Gender.PLURAL,
}  # fmt: skip
# People posted abroad: "a diplomat in Addis Ababa" is somebody else's diplomat there.
_POSTED = {
    "diplomat", "diplomats", "ambassador", "ambassadors", "envoy", "envoys", "correspondent",
    "journalist", "journalists", "observer", "observers", "foreign diplomat",
}  # fmt: skip
# ", a nurse from Kharkiv", ", a 54-year-old teacher,": the apposition's head noun phrase
_PRIVATE_APPOSITION = re.compile(
    r",\s+(?:a|an)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+?)"
    r"(?=\s+(?:from|at|in|of|for|with|who|whose|living|based|working|and|near|outside)\b|\s*[,;.]|\s+said\b)"
)
# A member of a party named by the party ("a Democrat", "a Republican"): whether the person
# speaks for a state is the office's to say, not the party's
_PARTY_MEMBERS = {"Democrat", "Republican", "Conservative", "Liberal", "Socialist",
                  "Independent", "Labour", "Tory"}  # fmt: skip
# Heads of an apposition that are offices though no role noun: "a member of the council"
_APPOSED_OFFICE_HEADS = {"member", "members", "figure", "head", "chair", "chairman", "chairwoman",
                         "part", "one", "ally", "close"}  # fmt: skip
# A cue and the opening of the clause it reports: "said that the ", "told reporters the "
_CLAUSE_OPENING = re.compile(r"\w+(?:\s+(?:reporters|journalists))?\s+(?:that\s+)?(?:the\s+)?")
# Heads of an apposition that serve a state though no role noun: "a Russian soldier"
_SERVING_HEADS = {"soldier", "soldiers", "officer", "officers", "colonel", "lieutenant",
                  "sergeant", "captain", "admiral", "major", "guard", "guards", "marine",
                  "pilot", "servant", "judge", "prosecutor", "deputy"}  # fmt: skip
# Members of a state's legislature, with their plural: the state's voice unless in
# opposition (roles.PRIVATE)
_LEGISLATOR_GROUPS = {
    "senator": "senators", "lawmaker": "lawmakers", "legislator": "legislators", "mp": "mps",
    "congressman": "congressmen", "congresswoman": "congresswomen", "deputy": "deputies",
}  # fmt: skip
_LEGISLATORS = {*_LEGISLATOR_GROUPS, "speaker", "member of parliament"}
# Offices of provinces and cities: unqualified, the place the paragraph names says the state
_LOCAL_OFFICES = {
    "governor", "regional governor", "provincial governor", "mayor", "deputy mayor",
    "deputy governor", "lieutenant governor", "chief minister", "first minister",
}  # fmt: skip
# How a group of sources is counted: "Two Canadian officials", "several diplomats"
_COUNTED = {"two", "three", "four", "five", "six", "several", "some", "many", "senior",
            "unnamed", "anonymous"}  # fmt: skip
# Private nouns that name bodies, not people: "it" may stand for them
_PRIVATE_BODIES = {
    "association", "associations", "business association", "industry association",
    "industry associations", "industry group", "industry body", "federation", "trade union",
    "union", "unions", "think tank", "lobby group", "protest group", "survey", "poll",
    "business lobby", "industry lobby", "lobby", "business group", "trade body",
    "employers' federation", "employers' group", "chamber of commerce", "citizens' group",
    "citizens group", "community group", "rights group", "human rights group",
    "advocacy group", "campaign group", "pressure group", "civil society group", "civic group",
    "victims' group", "survivors' group", "residents' group", "environmental group",
    "diaspora group",
}  # fmt: skip
_DOCUMENTS = {"statement", "joint statement", "communique", "readout"}
# Nouns for one person, whom a later "he" or "she" may stand for
_ONE_PERSON_CLASSES = (RoleClass.PERSON, RoleClass.GROUP)


def _one_person(role: Mention) -> bool:
    """True for an office or source noun that names one person ("an official", "Colombia's
    delegate", "the spokesman"), not a body or several people."""
    return (
        role.role_class in _ONE_PERSON_CLASSES
        and not role.role.endswith(("s", "people"))
        and role.role not in INSTITUTIONS
    )


_VISITED = re.compile(
    r"\b(?:visit(?:ed|ing|s)?|(?:travel(?:l?ed|l?ing|s)?|flew|fly(?:ing)?|went|trip|visits?|"
    r"journey(?:ed)?|came|arriv(?:ed|ing|al))\s+(?:back\s+)?(?:to|in))\s+(?:the\s+)?$"
)
# A sentence's opening adverbial, before its subject: "Only hours earlier, ", "On Monday, "
# A sentence's opening phrase before its subject: a short phrase ("Only hours earlier,"),
# or a longer one that opens with a preposition, with a relative clause of its own ("At a
# bus stop on Sobornyi Avenue, where the glass has been replaced,")
_OPENER = re.compile(
    r"(?:[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,4},\s+(?=[A-Z])"
    r"|(?:At|In|On|Outside|Inside|Near|Along|Across|Behind|Beside|Under|Over|From|Through"
    r"|After|Before|During|Since|When|While|Once|Although|Though)\s+[^,.;:!?\"“”()]{3,80}"
    r"(?:,\s+(?:where|when|which|as|while)\s+[^,.;:!?\"“”()]{3,100})?,\s+(?=[A-Z]|the\s)"
)
# A live blog entry's time on a line of its own: "\n15:10\n", "\n09.30 GMT\n"
_ENTRY_STAMP = re.compile(
    r"(?:^|\n)[ \t]*\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|BST|CET|EST|ET|[ap]\.?m\.?))?[ \t]*\n"
)
# The time that opens a live blog's entry, on its own line or before a dash: "17:45\n",
# "09.30 GMT - "
_TIME_STAMP = re.compile(
    r"\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|CET|EST|ET|[ap]\.?m\.?))?(?:[ \t]*\n\s*|\s+[-–—:]\s+)"
)
_COMPASS = frozenset(("North", "South"))
# The start of a sentence, a paragraph or a live blog's timed entry, before a name
_OPENS = re.compile(r"(?:^|[.!?][\"”’)]*\s+|\n)(?:\d{1,2}[:.]\d{2}\s+)?(?:The\s+)?$")
# How far back (characters) a holder named since the last one who spoke may be
_NAMED_SINCE = 600  # "the North" after "North Korea"
_VENUE = {"in", "at", "to", "from", "near", "into", "via", "outside", "inside", "toward"}


def _speaks_for_body(text: str, head: list[Mention], body: list[Mention]) -> bool:
    """'a spokesperson for the commerce ministry': an office that speaks for the body after
    "for", which is then its owner (unlike "the envoy for Yemen", "its representative at the
    UN")."""
    return (
        head[-1].kind is MentionKind.ROLE
        and head[-1].role in _SPOKES
        and body[-1].kind is MentionKind.ROLE
        and body[-1].role_class is RoleClass.INSTITUTION
        and re.fullmatch(
            r"\s+for\s+(?:the\s+|its\s+|his\s+|her\s+)?", text[head[-1].end : body[0].start]
        )
        is not None
    )


def _word_before_place(text: str, pos: int) -> str:
    """The word right before ``pos``, lower-cased, past an article ("in the Hague")."""
    m = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    return m.group(1).lower() if m else ""


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _listed(chain: list[Mention], text: str) -> bool:
    """True when the phrase lists several parties ("Armenia and Azerbaijan")."""
    return any(
        _LIST_GAP.fullmatch(text, a.end, b.start) is not None
        for a, b in zip(chain, chain[1:], strict=False)
    )


_STATE_BODIES = {"presidency", "presidential office", "state department", "foreign office",
                 "cabinet", "government", "foreign ministry", "defence ministry",
                 "defense ministry", "army", "military", "armed forces",
                 "general staff"}  # fmt: skip


# ", which the " / ", whom ": a relative clause on an object, its own subject next
_RELATIVE_OBJECT = re.compile(r",\s+(?:which|whom)\s+(?:the\s+)?")
# The capitalised words that open a body's name before its mention ("The House of ")
_NAME_OPENING = re.compile(r"(?:The\s+)?(?:[A-Z][\w-]*\s+(?:of\s+)?){0,3}")
# capitalised owners before a title the mentions do not hold ("HNEC's ")
_OWNER_WORDS = re.compile(r"(?:[A-Z][\w-]*(?:['’]s)?\s+){0,3}")
# after a relative clause's subject (and its apposition): its verb, in the past
_VERB_AFTER = re.compile(r",?\s+(?:has\s+|had\s+|also\s+|once\s+)?[a-z]+ed\b")
# Kinds of bodies only a state has, beyond its ministries and departments: a commission
# named without an owner is a state's (an international one is named so, and the EU's is
# learnt from "European Commission"), as are a legislature and a presidency
_STATE_INSTITUTIONS = {"presidency", "presidential office", "parliament", "cabinet",
                       "commission", "senate", "national assembly", "house of representatives",
                       "electoral commission", "election commission"}  # fmt: skip
# Capitalised bodies that are a state's with a governing word or "of State"
_NAMED_STATE_BODIES = {"council", "assembly", "court", "tribunal"}
_LOWER_HOUSE = re.compile(r"\bHouse\s+of\s+(?:Representatives|Commons|Deputies|Delegates)$")
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'’-]*\s+)+$")
_OF_STATE_AFTER = re.compile(r"\s+of\s+State\b")


def _state_body(role: str) -> bool:
    """Bodies only a state has ("the presidency", "the foreign office", "a ministry")."""
    return role in _STATE_BODIES or role.endswith(("ministry", "department"))


_STATE_BODY_WORDS = {"parliament", "parliamentary", "government", "cabinet", "presidential",
                     "presidency", "ministry", "consular"}  # fmt: skip


def _of_state_body(role: str) -> bool:
    """An office of a body only a state has ("parliament speaker", "government spokesman")."""
    return not _STATE_BODY_WORDS.isdisjoint(role.split())


def _state_office(role: str) -> bool:
    """Offices and bodies only a state has ("the interior ministry", "the cabinet")."""
    return (
        role in STATE_OFFICES
        or role in _GOVERNMENT_TITLES
        or (role in PORTFOLIO_TITLES and role.endswith(" secretary"))
        or role.endswith(" minister")
        or role.startswith(("minister of ", "minister for "))  # "State Minister of Finance"
        or _state_body(role)
    )


def _party_or_chain_actor(
    party: PartySide | None, chain: list[Mention], gaz: Gazetteer, day: date | None
) -> str | None:
    """The state of a governing party the title places a name in, else the chain's side."""
    if party is not None and party.actor is not None:
        return party.actor
    return _chain_actor(chain, gaz, day)


def _chain_actor(chain: list[Mention], gaz: Gazetteer, day: date | None) -> str | None:
    """The side a noun phrase names: its head before its possessors ("Kyiv's European
    partners" are European), a possessive person's side last ("Putin's spokesman")."""
    for m in reversed(chain):
        if m.kind in (MentionKind.ADJECTIVE, MentionKind.ACTOR) and m.actor and not m.possessive:
            return m.actor
    for m in chain:
        if m.kind in (MentionKind.ADJECTIVE, MentionKind.ACTOR) and m.actor:
            return m.actor
        if m.person is not None and m.possessive:
            return m.person.actor_on(day)
    return None


def skippable(text: str, a: int, b: int) -> bool:
    """True when text[a:b] holds only words that may sit between subject and verb."""
    return _SKIP.fullmatch(text, a, b) is not None
