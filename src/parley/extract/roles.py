"""Nouns that describe who is speaking when no name is given.

Three classes: offices held by one person ("the Kremlin spokesman"), institutions
("the foreign ministry") and groups of unnamed people ("officials", "people familiar
with the talks"). Office nouns from the gazetteer are added to the first class.
"""

from __future__ import annotations

import re
from enum import StrEnum


class RoleClass(StrEnum):
    PERSON = "person"  # an office held by one person
    INSTITUTION = "institution"
    GROUP = "group"  # unnamed people
    PRIVATE = "private"  # people who speak for no party
    DESCRIPTION = "description"  # a gazetteer description ("Putin's spokesman")


PERSON_ROLES = {
    "president", "vice president", "prime minister", "premier", "chancellor", "leader",
    "head of state", "foreign minister", "top diplomat", "defence minister", "defense minister",
    "minister", "spokesman", "spokeswoman", "spokesperson", "press secretary", "envoy",
    "special envoy", "peace envoy", "humanitarian coordinator", "resident coordinator",
    "special coordinator", "relief coordinator", "emergency relief coordinator", "negotiator",
    "chief negotiator", "top negotiator", "lead negotiator", "national security adviser",
    "national security advisor", "chief of staff",
    "secretary of state", "army secretary", "secretary", "ambassador", "aide", "adviser",
    "advisor", "foreign policy chief", "foreign policy aide", "secretary general",
    "secretary-general", "vice-president", "commission president", "high representative",
    "king", "pope",
    "monarch", "chief", "head", "commander", "commander-in-chief", "general", "senator",
    "colonel", "lieutenant colonel", "brigadier",
    "lawmaker", "legislator", "deputy", "mp", "congressman", "congresswoman",
    "member of parliament", "mayor", "governor", "speaker", "official",
    "diplomat", "source", "insider", "analyst", "expert", "representative", "counterpart",
    "foreign secretary", "defence secretary", "defense secretary", "war secretary",
    "delegate", "head of delegation", "mediator", "chief mediator", "facilitator",
    # a state's own standing mediator in labour and land disputes ("the state mediator")
    "state mediator", "national mediator", "state conciliator", "national conciliator",
    "communications director", "director of communications", "press officer", "press attache",
    "chairperson", "chairwoman",
    # heads of an organisation's secretariat ("IMF Managing Director X", "its director-general")
    "managing director", "director general", "director-general", "executive director",
    # offices of provinces and cities ("Scottish First Minister", "Punjab Chief Minister")
    "first minister", "chief minister", "regional governor", "provincial governor",
    "lieutenant governor", "deputy governor", "deputy mayor",
    # a chamber's party leaders ("Senate Majority Leader X")
    "majority leader", "minority leader", "majority whip", "minority whip",
}  # fmt: skip

# Portfolios that make a government title ("trade minister", "health secretary",
# "minister of agriculture", "European affairs minister"): the portfolio is the subject the
# office deals with, never the side the officeholder speaks for.
PORTFOLIOS = (
    "trade", "foreign trade", "health", "labor", "labour", "agriculture", "finance",
    "interior", "justice", "economy", "economic affairs", "energy", "environment", "commerce",
    "culture", "education", "transport", "transportation", "industry", "home", "climate",
    "development",
    "european affairs", "foreign affairs", "europe", "treasury", "information",
    "communications", "planning", "petroleum", "oil", "mines", "fisheries", "water", "security",
    "public security", "state security", "internal affairs", "cabinet office", "immigration",
    "digital affairs", "international development", "international cooperation", "economics",
    "employment", "public services", "infrastructure", "law", "external affairs",
)  # fmt: skip
# "the budget committee", "Senate Finance Committee": a committee named for a portfolio of
# government is a legislature's (never a multilateral meeting's)
PORTFOLIO_COMMITTEE = re.compile(
    r"\b(?:"
    + "|".join(sorted((*PORTFOLIOS, "budget", "defence", "defense"), key=len, reverse=True))
    + r")\s+committee\b",
    re.IGNORECASE,
)
PORTFOLIO_TITLES = (
    # "Law Adviser X": where a government's members are advisers (an interim cabinet)
    {
        f"{p} {t}"
        for p in PORTFOLIOS
        for t in ("minister", "secretary", "commissioner", "adviser", "advisor")
    }
    | {f"minister of {p}" for p in PORTFOLIOS}
    | {f"minister for {p}" for p in PORTFOLIOS}
    | {f"{p} ministry" for p in PORTFOLIOS}
    | {"commissioner", "minister of state", "minister-president", "cabinet secretary"}
)
PERSON_ROLES |= {t for t in PORTFOLIO_TITLES if not t.endswith("ministry")}
# a consulate's staff: "a consular official"
PERSON_ROLES |= {"consular official", "consular officials", "consular officer"}

INSTITUTIONS = {
    "government", "administration", "authorities", "ministry", "foreign ministry",
    "defence ministry", "defense ministry", "foreign office", "state department", "embassy",
    "consulate", "consulate general",
    "presidency", "presidential office", "office", "side", "delegation", "cabinet", "parliament",
    "military", "army", "armed forces", "general staff", "security council", "council",
    # a state's other forces of order ("a police spokesman", "the navy said")
    "police", "navy", "air force",
    "junta", "military junta",
    "leadership", "team", "camp", "mission", "commission", "press service", "press office",
    "media office", "spokesman's office",
    "statement", "joint statement", "communique", "readout", "department", "committee",
    "agency", "bureau", "secretariat",
    # a state's audit or inspection body ("the labour inspectorate", "the inspectorate's head"),
    # or an administrative one ("the labour directorate", "the directorate's mediators")
    "inspectorate", "directorate",
    # a state's legislature by its kind ("a Senate aide", "the National Assembly")
    "senate", "national assembly", "house of representatives",
    # a state's finance ministry by its own name ("Treasury officials said")
    "treasury",
    # a state's monetary authority ("the central bank said", "Egypt's central bank")
    "central bank",
}  # fmt: skip
INSTITUTIONS |= {t for t in PORTFOLIO_TITLES if t.endswith("ministry")}
# "the Labor Department", "a Commerce Department official": a government's department
PORTFOLIO_DEPARTMENTS = {f"{p} department" for p in PORTFOLIOS} | {
    "defense department",
    "defence department",
    "homeland security department",
}
INSTITUTIONS |= PORTFOLIO_DEPARTMENTS

# Bodies that are not states: "the group said" is the armed group or movement named last.
ORGANISATION_NOUNS = {
    "group", "movement", "militia", "faction", "rebel group", "armed group", "rebels",
    "insurgents", "paramilitary", "paramilitaries", "front",
    # "the bloc said" after "the EU" ("the alliance" is as often employers' or a party's)
    "bloc", "trade bloc",
}  # fmt: skip
INSTITUTIONS |= ORGANISATION_NOUNS

# A definite description of a state named before ("the kingdom said", "the emirate",
# "the island"): lower case only, so "Republic of Korea" and "United Kingdom" are names.
STATE_NOUNS = {
    "kingdom", "emirate", "republic", "sultanate", "principality", "grand duchy", "island",
    "island nation", "island state", "archipelago", "country", "nation", "gulf state",
    "city-state", "monarchy",
}  # fmt: skip
INSTITUTIONS |= STATE_NOUNS

# A state's own news agency and broadcaster ("North Korea's state media", "the state news
# agency said"): the state's voice, like a ministry (tests/data/negotiations/README.md);
# named ones (Xinhua, KCNA, SANA) are in the gazetteer's ``government`` strings.
STATE_MEDIA = {
    "state media", "state news agency", "state television", "state tv", "state broadcaster",
    "state-run media", "state-run television", "state-run tv", "state-run news agency",
    "official news agency", "state-controlled media", "state-owned media",
}  # fmt: skip
INSTITUTIONS |= STATE_MEDIA

GROUPS = {
    "officials", "diplomats", "sources", "people", "aides", "advisers", "advisors", "insiders",
    "negotiators", "lawmakers", "legislators", "analysts", "experts", "leaders", "ministers",
    "representatives", "officers", "politicians", "partners", "allies", "envoys", "source",
    "person", "official", "diplomat", "insider", "negotiator", "aide", "adviser", "advisor",
    "delegates", "mediators", "senators", "congressmen", "congresswomen", "mps",
    # a serving officer is a state's voice like an official ("a Greek coastguard officer",
    # "a Ukrainian air defence officer"); a company's officers are PRIVATE's titles below
    "officer",
}  # fmt: skip

# People who speak for no party whatever their nationality or employer (the spec: "null
# when the speaker stands for none: a private person, an analyst, a news outlet"):
# "a Nairobi-based researcher", "a strategist at a Zurich bank", "Western analysts".
PRIVATE = {
    "analyst", "analysts", "expert", "experts", "economist", "economists", "strategist",
    "strategists", "researcher", "researchers", "scholar", "scholars", "professor", "academic",
    "fellow", "senior fellow", "research fellow", "trader", "traders", "investor", "investors",
    "banker", "bankers", "aid worker", "aid workers", "coordinator", "resident", "residents",
    "shopkeeper", "pharmacist", "farmer", "farmers", "driver", "student", "students",
    "historian", "commentator", "commentators", "columnist", "pollster", "consultant",
    "writer", "writers", "author", "novelist", "essayist", "blogger", "poet",
    "specialist", "specialists", "political scientist", "political scientists", "scientist",
    "lobbyist", "lobbyists", "lobby group", "trade lawyer", "lawyer", "lawyers",
    "campaigner", "campaigners", "activist", "activists", "protest group", "think tank",
    "association", "associations", "business association", "industry association",
    "industry associations", "industry group", "industry body", "federation", "trade union",
    "business confederation", "employers' confederation",
    "union", "unions", "guild", "executives", "shop owner", "taxi driver", "fisherman",
    "observers", "pollsters", "survey", "poll",
    # a witness (at a hearing, to an event) speaks for nobody's state
    "witness", "witnesses", "eyewitness", "eyewitnesses",
    # a debtor's creditors and a market's dealers hold claims on a party, not its voice:
    # "Zambia's bondholders", "private creditors", "a grain broker in Geneva"
    "creditor", "creditors", "bondholder", "bondholders", "lender", "lenders",
    "broker", "brokers", "insurers", "supporters",
    # business: "Brazil's largest business lobby", "the employers' federation"
    "business lobby", "industry lobby", "lobby", "business group", "business groups",
    "trade body", "employers' federation", "employers' group", "chamber of commerce",
    # civil society: "a citizens' group", "a Kurdish community group", "a rights group"
    "citizens' group", "citizens group", "community group", "rights group",
    "human rights group", "advocacy group", "campaign group", "pressure group",
    "civil society group", "civic group", "victims' group", "survivors' group",
    "residents' group", "environmental group", "diaspora group", "volunteer",
    "volunteers",
    # a union's people speak for the union, no state's
    "trade unionist", "trade unionists", "union leader", "union leaders", "union official",
    "union officials", "union representative", "union representatives", "shop steward",
    "union negotiator", "union negotiators", "union source", "union sources",
    # a company's officers ("Air Canada chief executive X"): a private body's voice
    "chief executive", "chief executive officer", "ceo", "chief operating officer",
    "chief financial officer", "chief economist",
}  # fmt: skip

# People described by their kin or their place in ordinary life speak for no party: "a
# cousin of one of the freed men", "relatives of the detainees", "a villager", "commuters at
# the border" (the spec: a private person's words have no actor). Not the nouns that are
# also titles or names ("Father", "Son", "sister of the leader").
KIN_AND_PUBLIC = {
    "relative", "relatives", "cousin", "cousins", "family member", "family members",
    "villager", "villagers", "passenger", "passengers", "commuter", "commuters",
}  # fmt: skip
PRIVATE |= KIN_AND_PUBLIC

# Practitioners of a science or scholarly field ("a Polish anthropologist", "forensic
# archaeologists"): like the scientist and the historian above, a profession, no side.
_SCIENCES = (
    "anthropologist", "archaeologist", "sociologist", "criminologist", "epidemiologist",
    "virologist", "biologist", "geologist", "seismologist", "climatologist",
    "hydrologist", "ecologist", "demographer", "geographer", "physicist", "chemist",
)  # fmt: skip
PRIVATE |= {w for s in _SCIENCES for w in (s, s + "s")}

# A domestic opposition's politicians and bodies ("opposition leader", "opposition
# senator", "shadow foreign secretary"): under Opposition.NONE (the corpus's in-house
# convention, tests/data/negotiations/README.md) they speak for no state and are PRIVATE;
# under Opposition.STATE (the spec, issue 8) they are the offices, groups and bodies of the
# state's politics, the class each noun maps to here.
_OPPOSITION_PEOPLE = (
    "leader", "figure", "politician", "lawmaker", "senator", "mp", "deputy", "legislator",
    "member", "spokesman", "spokeswoman", "spokesperson", "candidate",
    "member of parliament",  # "an opposition member of parliament", not the member's chamber
)  # fmt: skip
_OPPOSITION_GROUPS = (
    "leaders", "politicians", "lawmakers", "senators", "mps", "deputies", "legislators",
    "members", "members of parliament",
)  # fmt: skip
_OPPOSITION_BODIES = ("party", "parties", "alliance", "bloc", "coalition")
_SHADOW_OFFICES = (
    "foreign secretary", "home secretary", "chancellor", "defence secretary",
    "defense secretary", "minister", "foreign minister", "secretary",
)  # fmt: skip
OPPOSITION_ROLES: dict[str, RoleClass] = {
    **{f"opposition {t}": RoleClass.PERSON for t in _OPPOSITION_PEOPLE},
    **{f"opposition {t}": RoleClass.GROUP for t in _OPPOSITION_GROUPS},
    **{f"opposition {t}": RoleClass.INSTITUTION for t in _OPPOSITION_BODIES},
    **{f"shadow {t}": RoleClass.PERSON for t in _SHADOW_OFFICES},
    "shadow cabinet": RoleClass.INSTITUTION,
}
PRIVATE |= set(OPPOSITION_ROLES)

# A determiner that makes a singular office noun refer to nobody in particular.
INDEFINITE = {"a", "an", "one", "another", "two", "three", "four", "several", "some", "many",
              "other", "senior", "unnamed", "anonymous"}  # fmt: skip


def role_class(role: str, person_roles: frozenset[str] | set[str] = frozenset()) -> RoleClass:
    """``PERSON``, ``INSTITUTION``, ``GROUP`` or ``PRIVATE`` for a lower-cased role noun.

    ``person_roles`` adds office nouns known from the gazetteer.
    """
    if role in PRIVATE:
        return RoleClass.PRIVATE
    if role in GROUPS and role not in PERSON_ROLES and role not in person_roles:
        return RoleClass.GROUP
    if role in INSTITUTIONS:
        return RoleClass.INSTITUTION
    return RoleClass.PERSON
