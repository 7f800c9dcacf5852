"""Patterns, word sets and helpers that more than one part of the speaker resolver uses."""

from __future__ import annotations

import re
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS as _STOP_WORDS

from parley.actors import ActorKind, Gazetteer, Gender
from parley.extract.mentions import Mention, MentionKind
from parley.extract.roles import (
    INDEFINITE,
    INSTITUTIONS,
    PORTFOLIO_TITLES,
    RoleClass,
)

PREPOSITIONS = {
    "in", "at", "from", "with", "to", "for", "of", "by", "on", "about", "against", "between",
    "among", "toward", "towards", "into", "over", "under", "through", "after", "before",
    "during", "despite", "like", "than", "including", "via", "across", "without", "within",
    "upon", "amid", "behind", "beyond", "unlike", "whom", "as",
    # "Speaking alongside Rutte, he said": a fronted phrase's object is not the subject
    # (not the words that are adverbs as often: "what would bring her back inside, she said")
    "alongside", "beside", "besides", "throughout", "onto", "beneath", "amongst",
    "regarding", "concerning",
}  # fmt: skip
# The word before a noun phrase, looking past its determiner ("at a meeting" -> "at").
_WORD_BEFORE = re.compile(
    r"([A-Za-z’']+)[\s,]*(?:(?:a|an|the|his|her|its|their|our|this|that)\s+)?$", re.IGNORECASE
)
# The longest run of what a match of _WORD_BEFORE can hold, read backwards from its end: the
# same classes with the same flags (the determiners' letters are among the word's)
_WORD_BEFORE_TAIL = re.compile(r"[\s,]*(?:[A-Za-z’']+[\s,]*){0,2}", re.IGNORECASE)
_PREV_WORD = re.compile(r"([A-Za-z’']+)\s*$")
# "according to " right before a word
_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording\s+to\s+$")
# gap inside one noun phrase (a rank may stand between a title and its holder's name:
# "Defence Minister Gen Nakatani", "army chief Gen. X")
_JOIN = re.compile(
    r"[\s]*(?:['’]s|['’])?[\s]*(?:(?<=\s)(?:Gen|Lt|Col|Maj|Adm|Brig|Capt|Cmdr|Sgt)\.?\s+)?$"
)
_OF_SIDE = re.compile(
    r"\s+(?:in|from|at|for|within|inside|of|to|close\s+to|familiar\s+with|headed\s+by|led\s+by"
    r"|chaired\s+by)\s+(?:the\s+|a\s+)?"
)
# (a rank or honorific may open the name: ", Gen. Muhoozi Kainerugaba")
# (after a generational suffix's dot too: "Carlito Galvez Jr., the ...")
_APPOSITION = re.compile(r"(?:(?<=\bJr)\.|(?<=\bSr)\.)?\s*,\s*(?:[A-Z][a-z]{1,4}\.\s+)?")
# Plain lower-case modifiers between a side and its office: "'s information ", " acting army "
_MODIFIERS = re.compile(r"(?:['’]s)?\s+((?:(?:[a-z][a-z-]*|[A-Z][a-z]+-[a-z]+)\s+){1,3})")
_NOT_MODIFIER = PREPOSITIONS | {"and", "or", "but", "that", "who", "which", "said", "says",
                                "is", "was", "are", "were", "has", "had", "have", "will", "would",
                                "not", "no", "own", "new", "former",
                                # a determiner opens another noun phrase: "the MILF wanted
                                # [the] government to ..."
                                "the", "a", "an"}  # fmt: skip


# Offices and bodies only a state has: unqualified, they are the state the text is about.
STATE_OFFICES = {
    "government", "president", "prime minister", "premier", "foreign minister",
    "defence minister", "defense minister", "minister", "cabinet", "parliament",
    "foreign ministry", "defence ministry", "defense ministry", "interior minister",
    "finance minister", "trade minister", "chancellor", "king", "army", "military",
    "armed forces", "junta", "military junta",
}  # fmt: skip
# A past office, or an opposition frontbench one ("Shadow Foreign Secretary"): nobody's side
# (Opposition.NONE)
_FORMER = re.compile(
    r"\b(?:former|ex-|onetime|retired|shadow(?=\s+(?:[\w-]+\s+){0,2}?(?:secretary|minister"
    r"|chancellor|spokes\w*|attorney|treasurer)\b))",
    re.IGNORECASE,
)
# A past office only: under Opposition.STATE a shadow office is the state's politics
_PAST = re.compile(r"\b(?:former|ex-|onetime|retired)", re.IGNORECASE)


def former_title(opposition_sides: bool) -> re.Pattern[str]:
    """The words that make a title nobody's side: a past office, and, unless the
    opposition speaks for its state (``opposition_sides``), a shadow one."""
    return _PAST if opposition_sides else _FORMER


# After a place: the noun of a business it qualifies ("the Cairo [brokerage] X", "the Kyiv
# [consultancy] Y"; not a state's "central bank" or "state fund")
EMPLOYER_AFTER = re.compile(
    r"(?:-based)?\s+(?!(?:central|state|national|development|sovereign)\b)(?:[a-z-]+\s+)?"
    r"(?:brokerage|bank|firm|consultancy|university|newspaper|think\s+tank|hedge\s+fund|"
    r"asset\s+manager|(?:investment|research|trading|broking)\s+house|company|lender|insurer)\b"
)


# "a former official, now deputy minister": an office again; not "now at a consultancy"
_NOW = re.compile(r"\bnow\b(?!\s+(?:at|with|for)\s+(?:a|an)\b)")
# A title's complement that names whom the office serves, up to that person's name: "a
# spokesman for (Secretary-General) ", "an adviser to (President) "
_SERVES = re.compile(
    r"\b(?:spokes(?:wo)?man|spokesperson|adviser|advisor|aide|envoy|deputy|assistant"
    r"|secretary|representative)\s+(?:for|to|of)\s+(?:[A-Z][\w.-]*\s+){0,3}$"
)
_GOVERNMENT_TITLES = {
    "secretary of state", "vice president", "vice premier", "deputy prime minister",
    "foreign secretary", "defence secretary", "defense secretary", "home secretary",
    "trade representative",
    # a state's standing mediator ("the national mediator, X"), a state office, not a
    # third party's
    "state mediator", "national mediator", "state conciliator", "national conciliator",
}  # fmt: skip
_PLACED_OFFICES = {"senator", "representative", "congressman", "congresswoman", "governor",
                   "lawmaker", "legislator", "mayor", "mp", "deputy"}  # fmt: skip
_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]")  # "London School", "Seoul Centre"
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’)]*\s+|\n)(?:The\s+)?$")
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
# What introduces one word as a person's name: "who gave only his first name, Andrii",
# "identified only as Olena", "a farmer named Petro", "a retired teacher, Halyna,", "who
# gave her name only as Tanya", "identified only by her surname, Jung,"
NAME_GIVEN = re.compile(
    r"(?:\b(?:first|given|only)\s+name|\bsurname|\bname\s+(?:only\s+)?as"
    r"|\bidentified\s+(?:only\s+)?as|\b(?:named|called)"
    # a soldier's or fighter's assumed name: "a commander with the call sign Kedr"
    r"|\b(?:call[\s-]?sign|nickname|nom\s+de\s+guerre|code\s*name|pseudonym))"
    r"[,:]?\s+$",
    re.IGNORECASE,
)
# Verbs that introduce what somebody said (the side of what follows is spoken of)
_REPORTING = re.compile(
    r"\b(?:said|says|(?<!\ba[ ])say|told|tells|tell|added|adds|warned|warns|argued|argues"
    r"|insisted|insists"
    r"|accused|accuses|demanded|demands|stressed|stresses|announced|announces|wrote|writes"
    r"|according to)\b"
)
_DATELINE = re.compile(
    r"([A-Z][A-Z.'’-]*(?:[ /][A-Z][A-Z.'’-]*)*)"
    # ", Ukraine -", ", England, April 3 (NPA) -": the place's country
    r"(?:,\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=\s*[-—–(]|,\s+[A-Z][a-z]{2,}\.?\s+\d))?"
    r"(?:,\s+[A-Z][a-z]{2,}\.?\s+\d{1,2}\.?)?"
    r"(?:\s*\([^)]{1,30}\))?\s*[-—–]\s"
)


# the end of a sentence: the next opens with a capital, perhaps a quotation's ('again. "They'),
# or a list's next entry does after its bullet ('phased.\n- Kargili disputed that')
_SENTENCE_BREAK = re.compile(r"[a-z0-9]{2}[.!?][\"”’)]*\s+(?:(?<=\n)[-–•*][ ]+)?(?=[\"“‘]?[A-Z])")

_NOT_STATES = frozenset((ActorKind.ORGANISATION, ActorKind.MOVEMENT))
_BLOCS = frozenset((ActorKind.ORGANISATION,))

# Institutions that name one side in reporting on this conflict when no country is given.
DEFAULT_SIDE = {"administration": "USA"}


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
    if _placed_by(side, office, text):
        return True
    if not (side.possessive or side.kind is MentionKind.ADJECTIVE):
        return False
    gap = _MODIFIERS.fullmatch(text, side.end, office.start)
    return gap is not None and not any(w.lower() in _NOT_MODIFIER for w in gap.group(1).split())


# A participle of putting in office hyphened to a side, then up to two plain modifiers:
# "[Russian]-installed [governor]", "[Moscow]-appointed regional [head]": the office is
# the side's that put its holder there, whatever place it runs
_PLACED_BY = re.compile(
    r"[-‑](?:installed|appointed|imposed)\s+((?:[a-z][a-z-]*\s+){0,2})", re.IGNORECASE
)


def _placed_by(side: Mention, office: Mention, text: str) -> bool:
    """A side that put the office's holder in place: "the Russian-installed governor", "a
    Moscow-appointed official" (a state, its capital or its demonym; not a person)."""
    if side.kind not in (MentionKind.ACTOR, MentionKind.ADJECTIVE) or side.possessive:
        return False
    if side.person is not None or side.subnational:
        return False
    gap = _PLACED_BY.fullmatch(text, side.end, office.start)
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
    if word in ("that", "this") and _ACCORDING_BEFORE.search(
        text, max(0, m.start() - 30), m.start()
    ):
        # "According to that official, ...": a demonstrative after "according to" can only
        # point back to the one just described, like "the"
        return "the"
    if word in _DEFINITE_MODIFIERS:
        # "the same official", "the federal government": the office the text means
        before = _PREV_WORD.search(text, max(0, m.start() - 30), m.start())
        if before is not None and before.group(1).lower() == "the":
            return "the"
    return word


# Modifiers between "the" and an office that leave it definite
_DEFINITE_MODIFIERS = frozenset(("same", "federal", "central", "national"))


def word_before(text: str, pos: int, floor: int = 0) -> str:
    lo = max(floor, pos - 40)
    # a match of _WORD_BEFORE spans separators and at most two runs of letters (a word,
    # then a determiner) up to ``pos``: none starts before the longest such tail, so the
    # search starts there (the same first match, without trying each earlier position)
    tail = _WORD_BEFORE_TAIL.match(text[lo:pos][::-1])
    end = min(pos, len(text))
    m = _WORD_BEFORE.search(text, end - tail.end() if tail is not None else lo, pos)
    return m.group(1).lower() if m else ""


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
    "Headquarters", "Bureau", "Directorate", "Office", "Service", "Conference",
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
# A body introduced by an indefinite noun phrase, its name set off after it: "an outsourcing
# firm, Northbeam Software", "a small union, Unite Here": the name is the body's
_INTRODUCED_BODY = re.compile(
    r"\b(?:an?|one)\s+(?:[\w'’-]+\s+){0,4}?(?:firm|company|startup|consultancy|brokerage"
    r"|bank|lender|insurer|newspaper|outlet|charity|group|union|association|federation"
    r"|organi[sz]ation|party|coalition|alliance|movement|operator|manufacturer|maker"
    r"|supplier|retailer|chain|developer|agency)\s*,\s*$"
)


# The industry word that closes a company's name ("Barrick Mining", "Tata Motors"); before
# a title it is a portfolio ("Mining Minister"), so it only closes a name
COMPANY_HEADS = frozenset(
    ("Mining", "Minerals", "Metals", "Motors", "Technologies", "Pharmaceuticals", "Logistics")
)


def company_name(name: str) -> bool:
    """A capitalised name that ends on a company's industry word: no person's."""
    return name.split()[-1] in COMPANY_HEADS


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
        and (words[-1] not in _PUBLIC_HEADS or not _MEMBERS_WORDS.isdisjoint(words))
        and _GOVERNING_WORDS.isdisjoint(words)
    )


# Words that say whose members a council or congress gathers: workers, employers or a
# trade ("the Ruritania Labour Congress", "the Teachers Council", "the Business Council"),
# which makes it a union's or an association's, not a state's organ
_MEMBERS_WORDS = {
    "Labour", "Labor", "Trades", "Unions", "Workers", "Workers'", "Teachers", "Employers",
    "Employers'", "Business", "Farmers", "Farmers'", "Students", "Traders", "Manufacturers",
    "Nurses", "Doctors", "Miners", "Journalists", "Dockworkers", "Pilots",
}  # fmt: skip


# Heads of names of bodies that are as often a state's or an international organ's
_PUBLIC_HEADS = {"Commission", "Authority", "Congress", "Assembly", "Tribunal", "Board",
                 "Nations", "Agency", "Committee", "Council", "Fund", "Bank", "Front",
                 "Forces", "Services", "Brigades", "Movement", "Coalition", "Sea", "Ocean",
                 "Gulf", "Strait", "River", "Canal", "Island", "Islands", "Mountains",
                 "Valley", "Desert", "Peninsula", "Coast", "Bay", "Lake",
                 "Corridor"}  # fmt: skip


# The last word of a body's name that makes it an organ of the state whose name opens it
# ("the Tanzania Ports Authority", "the Canada Industrial Relations Board")
_ORGAN_HEADS = frozenset(
    (*_STATE_BODY_HEADS, "Authority", "Agency", "Board", "Bureau", "Commission", "Court",
     "Tribunal", "Directorate", "Office", "Service", "Administration", "Inspectorate")
)  # fmt: skip


def state_opens_name(text: str, state: Mention, name: Mention) -> bool:
    """True when a state's name, not possessive, runs into an unknown capitalised name
    after one space: the two are one name, a body's ("the Panama Vale Mas Sin Mineria
    movement", "the Tanzania Ports Authority"), not a state and a person of it."""
    return (
        state.kind is MentionKind.ACTOR
        and not state.possessive
        and name.kind is MentionKind.NAME
        and name.person is None
        and text[state.end : name.start] == " "
    )


# The organs no body but a state has, named without the state ("the Supreme Court", "the
# Electoral Tribunal"; not "the Greater Vancouver Board of Trade")
_STATE_ONLY_HEADS = frozenset(("Court", "Tribunal", "Ministry", "Police", "Army", "Navy"))


def organ_name(name: str, *, unqualified: bool = False) -> bool:
    """A body's name that ends on the word of a state's organ ("Ports Authority"); with
    ``unqualified``, of an organ only a state has, so that no state's name need qualify it
    ("Supreme Court")."""
    words = name.split()
    return bool(words) and words[-1] in (_STATE_ONLY_HEADS if unqualified else _ORGAN_HEADS)


def organisation_name(text: str, m: Mention) -> bool:
    """A capitalised name that is part of an organisation's ("Rhine Capital" in "Rhine
    Capital Partners", "Motion Picture" in "Alliance of Motion Picture and Television
    Producers"), not a person's."""
    after = _ORGANISATION_AFTER.match(text, m.end)
    if after is not None and m.kind is MentionKind.NAME and _OF_FIRST.match(after.group()):
        # "analyst Jane Roe of Harbour Capital Partners": a full name that "of" or "for"
        # follows is a person of the body, not a word of its name (a body's name opens
        # on one word: "Alliance of ...", "Gulf of ...")
        after = None
    return bool(
        after
        or _ORGANISATION_BEFORE.search(text, max(0, m.start - 60), m.start)
        or introduced_body(text, m)
    )


def introduced_body(text: str, m: Mention) -> bool:
    """``m`` names the body an indefinite noun phrase right before it introduces ("a
    fictional outsourcing firm, Northbeam Software")."""
    return _INTRODUCED_BODY.search(text, max(0, m.start - 80), m.start) is not None


_OF_FIRST = re.compile(r"\s+(?:of|for)\s")
# An article before a name and a lower-case noun after it: "a North Africa specialist",
# "the Westbrook middle school" name a region or a thing the noun is about; a person's
# name takes no article
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")
_NOUN_AFTER = re.compile(r"\s+([a-z][a-z-]*)\b")


def attributive_name(text: str, m: Mention) -> bool:
    """``m`` is a capitalised name modifying the common noun after it, after an article
    (not a preposition or a verb after it: "the Frontier Chronicle in ...", "the Frontier
    Chronicle reported")."""
    noun = _NOUN_AFTER.match(text, m.end)
    return (
        noun is not None
        and noun.group(1) not in _STOP_WORDS
        and not noun.group(1).endswith(("ed", "s"))
        and _ARTICLE_BEFORE.search(text, max(0, m.start - 5), m.start) is not None
    )


_OWNER_PRONOUN = re.compile(r"(his|her|its|their)\s+", re.IGNORECASE)
# The end of a sentence and the space after it
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+")
_POSSESSIVE_PRONOUNS = {
    "his": Gender.MALE, "her": Gender.FEMALE, "its": Gender.PLURAL, "their": Gender.PLURAL,
}  # fmt: skip
# People posted abroad: "a diplomat in Addis Ababa" is somebody else's diplomat there.
_POSTED = {
    "diplomat", "diplomats", "ambassador", "ambassadors", "envoy", "envoys", "correspondent",
    "journalist", "journalists", "observer", "observers", "foreign diplomat",
}  # fmt: skip
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
# Nouns for one person, whom a later "he" or "she" may stand for
_ONE_PERSON_CLASSES = (RoleClass.PERSON, RoleClass.GROUP)


def _one_person(role: Mention) -> bool:
    """True for an office or source noun that names one person ("an official", "Colombia's
    delegate", "the spokesman"), not a body or several people."""
    return (
        role.role_class in _ONE_PERSON_CLASSES
        and not plural_noun(role.role)
        and role.role not in INSTITUTIONS
    )


def noun_gender(role: str) -> Gender | None:
    """The gender a one-person office noun gives ("spokeswoman", "chairman"), or None
    ("official", "spokesperson")."""
    last = role.split()[-1]
    if last.endswith("woman"):
        return Gender.FEMALE
    if last.endswith("man") and last != "human":
        return Gender.MALE
    return None


def plural_noun(role: str) -> bool:
    """Whether a role noun names several ("officials", "people"), not one ("a witness")."""
    return role.endswith(("s", "people")) and not role.endswith("ss")


_VENUE = {"in", "at", "to", "from", "near", "into", "via", "outside", "inside", "toward"}


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
                 "general staff", "police", "navy", "air force", "embassy",
                 "consulate"}  # fmt: skip
# Capitalised bodies that are a state's with a governing word or "of State"
_NAMED_STATE_BODIES = {"council", "assembly", "court", "tribunal"}


def _state_body(role: str) -> bool:
    """Bodies only a state has ("the presidency", "the foreign office", "a ministry")."""
    return role in _STATE_BODIES or role.endswith(("ministry", "department"))


def _state_body_office(role: str) -> bool:
    """An office named by the body only a state has that it serves in ("a government
    spokesman", "an army spokesman", "a presidency official"): the words before the office
    noun name such a body."""
    words = role.split()
    return any(_state_body(" ".join(words[:k])) for k in range(1, len(words)))


def _state_office(role: str) -> bool:
    """Offices and bodies only a state has ("the interior ministry", "the cabinet")."""
    return (
        role in STATE_OFFICES
        or role in _GOVERNMENT_TITLES
        # "trade secretary", "trade adviser": a government's portfolio, its secretary or its
        # adviser (never "trade commissioner", a bloc's as well)
        or (role in PORTFOLIO_TITLES and role.endswith((" secretary", " adviser", " advisor")))
        or role.endswith(" minister")
        or role.startswith(("minister of ", "minister for "))  # "State Minister of Finance"
        or _state_body(role)
    )


def _branch_owner(owner: Mention, place: Mention, gaz: Gazetteer) -> str | None:
    """The organisation ``owner`` ("CITU's") when ``place``, right after it, is a state or
    a place's own government ("Tamil Nadu"): the region of the body's branch, not its side."""
    body = gaz.actors.get(owner.actor or "")
    where = gaz.actors.get(place.actor or "")
    if (
        owner.kind is not MentionKind.ACTOR
        or not owner.possessive
        or body is None
        or body.kind is not ActorKind.ORGANISATION
        or body.government
        or where is None
        or not (where.kind is ActorKind.STATE or where.government)
    ):
        return None
    return body.code


def _chain_actor(chain: list[Mention], gaz: Gazetteer, day: date | None) -> str | None:
    """The side a noun phrase names: its head before its possessors ("Kyiv's European
    partners" are European), a possessive person's side last ("Putin's spokesman"); a place
    after a body's possessive names the body's branch ("CITU's Tamil Nadu president", "the
    union's Scotland secretary"): the body holds the office."""
    for k in range(len(chain) - 1, -1, -1):
        m = chain[k]
        if m.kind in (MentionKind.ADJECTIVE, MentionKind.ACTOR) and m.actor and not m.possessive:
            return (_branch_owner(chain[k - 1], m, gaz) if k else None) or m.actor
    for m in chain:
        if m.kind in (MentionKind.ADJECTIVE, MentionKind.ACTOR) and m.actor:
            return m.actor
        if m.person is not None and m.possessive:
            return m.person.actor_on(day)
    return None
