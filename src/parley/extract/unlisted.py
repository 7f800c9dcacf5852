"""Parties the gazetteer does not list: a speaker's organisation named in the text.

On a negotiation the gazetteer does not know, a speaker often stands for a party it has
no code for, such as a rebel group or a separatist movement. The corpus's convention for
such a party is its own acronym as the text writes it ("the National Front for Reform
(NFR)" is NFR) or, for a name of one distinctive word, that word upper-cased ("the
Sandoval Front" is SANDOVAL). Unions, employers' bodies, companies and political parties
are left alone: most of the corpus codes them null (or, for a governing party, its state),
and giving them codes lost more than it gained (docs/measurements.md, org20).

Two steps, both about how articles name organisations:

- :func:`unlisted_parties` finds the article's armed groups and movements that the
  gazetteer does not know:
  - an acronym defined in parentheses after a name whose initials it follows ("Full Name
    (FN)");
  - an acronym written alone that spells a name elsewhere in the text, or that the text
    uses for fighters or commanders ("FN fighters");
  - one capitalised word before a movement's head noun ("the Sandoval Front").
  The name must carry a word of an armed group or a movement (Front, Army, Forces,
  Movement, Liberation, ...). Names of bodies that speak for no party (institutes,
  universities, companies, outlets, banks, unions) are left out.
- :func:`affiliation` reads a speaker's own mention for the organisation the speaker is
  introduced with:
  - a title after the organisation's name ("NFR spokesman X", "a senior NFR official,
    X");
  - an apposition ("X, a member of the NFR's council", "X, the chair of its panel");
  - the organisation's office before the name ("the leader of the NFR, X");
  - "its" and "the group's" standing for the organisation named just before ("Its
    spokesman, X").
  :func:`subject_party` reads the subject before a reporting verb when no speaker was
  found ("the NFR said", "the group said").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from parley.actors import ActorKind, Gazetteer, per_gazetteer, undotted
from parley.extract.mentions import branch_name
from parley.extract.org_names import inside_longer_name, union_named
from parley.extract.owner_names import owned_bodies
from parley.parties import load_parties
from parley.places import place_state

# A capitalised word of a name ("Democratic", "Kurdish-led", "People's", "M23")
_CAP = r"[A-Z][\w'’&-]*"
# lower-case words inside a name ("Union for Peace in the Central African Republic")
_LINK = r"(?:of|for|the|and|in|on|de|del|della|du|des|la|le|el|y|&)"
# An acronym defined in parentheses after a name: "the National Front for Reform (NFR)",
# "the Return, Renewal and Resistance group (3R)". The name's words may be listed with
# commas, and a lower-case head noun may close it ("group", "movement"); the acronym may
# hold digits, one letter at least
_LOW_HEADS = ("group", "movement", "alliance", "coalition", "militia", "rebels")
_DEFINED = re.compile(
    rf"(?P<name>{_CAP}(?:,?[ ](?:{_LINK}[ ])*{_CAP}){{1,11}}"
    rf"(?P<low>[ ](?:{'|'.join(_LOW_HEADS)}))?)"
    r"[ ]?\([ ]?(?:the[ ])?(?P<acr>(?=[A-Za-z0-9]*[A-Z])[A-Z0-9][A-Za-z0-9]*[A-Z0-9])[ ]?\)"
)
# The words that make a name an armed group's or a political movement's: the non-state
# parties of a conflict, which the spec gives a code of their own (unions, employers,
# companies and political parties are null or their state, by the corpus's conventions)
_PARTY_HEADS = (
    "Front", "Movement", "Army", "Forces", "Brigades", "Brigade", "Militia", "Militias",
    "Guerrillas", "Frente", "Ejercito", "Ejército", "Fuerzas", "Movimiento", "Armée",
    "Mouvement",
)  # fmt: skip
_PARTY_WORDS = frozenset((*_PARTY_HEADS, "Liberation", "Resistance", "Rebels", "Rebel"))
_ONE_WORD_NAME = re.compile(
    rf"\b[Tt]he[ ](?P<word>[A-Z][a-z][\w'’-]+)[ ](?P<head>{'|'.join(_PARTY_HEADS)})\b"
)
# Words that make a name a body speaking for no party: research, learning, business,
# the press, finance
_NOT_PARTIES = frozenset(
    (
        "Workers", "Employees", "Union", "Unions", "Party", "Teachers", "Labour", "Labor",
        "Trade", "Staff", "Nurses", "Doctors", "Pilots", "Manufacturers", "Exporters",
        "Employers", "Chamber", "Industry", "Business", "Farmers", "Farmer", "Citizen",
        "Citizens", "Agriculture", "Commerce", "Electoral", "Elections", "Commission",
        "Institute", "Institution", "Centre", "Center", "University", "College", "School",
        "Academy", "Company", "Corporation", "Corp", "Inc", "Ltd", "Limited", "Group",
        "Foundation", "Bank", "Fund", "News", "Times", "Post", "Press", "Agency",
        "Television", "TV", "Radio", "Broadcasting", "Network", "Journal", "Review",
        "Research", "Studies", "Programme", "Program", "Project", "Observatory", "Watch",
        "Monitor", "Index", "Exchange", "Airlines", "Airways", "Survey", "Consulting",
        "Partners", "Capital", "Holdings", "Securities", "Analytics", "Intelligence",
        "Relations", "Affairs", "Policy", "Strategic", "Think", "Tank", "Hospital", "Court",
        "Tribunal", "Laboratory", "Data", "Media", "Magazine", "Gazette", "Herald",
        "Tribune", "Telegraph", "Daily", "Weekly",
    )
)  # fmt: skip
# Generic words that are no party's name alone ("the National Front")
_GENERIC = frozenset(
    (
        "National", "Popular", "Democratic", "Liberation", "Patriotic", "Revolutionary",
        "United", "Free", "Islamic", "Socialist", "Labour", "Labor", "Conservative",
        "Liberal", "Green", "Republican", "Communist", "Progressive", "Armed", "Rapid",
        "Central", "Public", "People's", "Peoples", "Workers", "Workers'", "Unity", "Union",
        "New", "Southern", "Northern", "Eastern", "Western", "Federal", "General", "Great",
        "Grand", "Social", "Civic", "Citizens", "Citizens'", "Reform", "Justice",
        "Freedom", "Independence", "Opposition", "Rebel", "Student", "Students",
        "European", "African", "Arab", "Asian", "American", "Pacific", "International",
        "World", "Global", "Regional", "Joint", "Military", "Security", "Special",
    )
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Unlisted:
    """An organisation the gazetteer does not know, with the code the text gives it."""

    code: str
    name: str  # as the text writes it
    forms: tuple[str, ...]  # the names that stand for it in the text
    # the codes the gazetteer reads its acronym as, where the text defines it otherwise
    shadows: tuple[str, ...] = ()
    # for a listed body, the nouns of its class the gazetteer gives ("union", "company")
    nouns: tuple[str, ...] = ()
    # a listed body of states (the gazetteer gives it members: the European Union), which
    # no "union" of a text's workers means
    of_states: bool = False
    # a listed movement (an armed group, a political movement), which "the group", "the
    # movement" or "the faction" may stand for
    movement: bool = False


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper() or w[:1].isdigit())


def _follows(acronym: str, initials: str) -> bool:
    """Whether the acronym's letters come in order among the name's initials, the first
    with the first."""
    letters = [c for c in _code_of(acronym) if c.isalpha()]
    if not letters or not initials or letters[0] != initials[0].upper():
        return False
    rest = iter(initials[1:].upper())
    return all(c in rest for c in letters[1:])


def _words(name: str) -> list[str]:
    return [w.strip("'’") for w in re.split(r"[ -]", name) if w]


def _not_party(name: str) -> bool:
    """A name with a word of a body that speaks for no party ("Institute", "Workers")."""
    return any(w in _NOT_PARTIES for w in _words(name))


def _party_name(name: str) -> bool:
    """An armed group's or a movement's name, and none of a body of no party."""
    words = _words(name)
    return any(w in _PARTY_WORDS for w in words) and not any(w in _NOT_PARTIES for w in words)


def _listed(gaz: Gazetteer, code: str) -> bool:
    """Whether the gazetteer lists a party under the code. A state's three-letter code is
    no name a text writes ("BRN" is no way to write Brunei), so an organisation whose
    acronym happens to spell one is not the state's."""
    actor = gaz.actors.get(code)
    return actor is not None and (actor.kind != ActorKind.STATE or gaz.actor_of(code) == code)


def _known(gaz: Gazetteer, surface: str) -> bool:
    return (
        gaz.actor_of(surface) is not None
        or gaz.person(surface) is not None
        or surface in gaz.shared
        or surface in gaz.shared_adjectives
        or place_state(gaz, surface) is not None
    )


def _code_of(acronym: str) -> str:
    """The code an acronym gives: its capitals and digits, a leading count spelled out
    ("3R", three Rs: RRR), so that the code opens with a letter."""
    up = re.sub(r"[^A-Z0-9]", "", acronym.upper())
    count = re.fullmatch(r"([2-9])([A-Z])", up)
    if count is not None:
        return count.group(2) * int(count.group(1))
    return up.lstrip("0123456789")


# What makes an article one about armed conflict, where a coalition's, an alliance's or a
# "Union for ..."'s name is an armed group's or a movement's (elsewhere it is as likely a
# political party's or a trade union's, which the corpus leaves null)
_ARMED = re.compile(
    r"\b(?:armed[ ](?:groups?|movements?|factions?|wing)|rebels?|rebellion|militias?|"
    r"insurgents?|insurgency|guerrillas?|separatist[ ](?:fighters|groups?|rebels?))\b"
)
# The head words of such a body's name
_BODY_HEADS = frozenset(("Coalition", "Alliance", "Union", "Rally", "Convergence"))


def _armed_body(name: str, low: bool) -> bool:
    """A name an armed-conflict article may give an armed group: a body ("Coalition of
    ...", "Union for ...", "... Alliance") or a name closed by a lower-case head ("the
    ... group"), with no word of a body of no party ("Union" aside, when it is a union
    "for" or "of" something and no labour word is in the name)."""
    words = _words(name)
    if not low and not any(w in _BODY_HEADS for w in words):
        return False
    union_for = re.search(r"\bUnion[ ](?:for|of)\b", name) is not None
    return not any(w in _NOT_PARTIES and not (union_for and w == "Union") for w in words)


def _reads_as(gaz: Gazetteer, name: str, codes: frozenset[str]) -> bool:
    """Whether a word or two of the name name one of the codes' actors ("Sudanese Armed
    Forces" reads as Sudan's)."""
    words = _words(name)
    for i in range(len(words)):
        for surface in (words[i], " ".join(words[i : i + 2])):
            if gaz.actor_of(surface) in codes or place_state(gaz, surface) in codes:
                return True
    return False


def _shadowed(gaz: Gazetteer, acronym: str, name: str) -> frozenset[str] | None:
    """The codes the gazetteer or the party table reads the acronym as, when the article
    defines it as another body ("the Coalition for Change (CPC)" where CPC is also a
    state's ruling party); None where the acronym is unknown, an empty set where the
    article's body is the one the gazetteer knows or the reading is not one actor's."""
    codes = {gaz.actor_of(acronym), place_state(gaz, acronym)}
    codes |= {p.state for p in load_parties().forms.get(acronym, ())}
    known = frozenset(c for c in codes if c is not None)
    if not known:
        if (
            gaz.person(acronym) is not None
            or acronym in gaz.shared
            or acronym in gaz.shared_adjectives
        ):
            return frozenset()
        return None
    if _reads_as(gaz, name, known):
        return frozenset()
    return known


def unlisted_parties(text: str, gaz: Gazetteer) -> list[Unlisted]:
    """The organisations the text names that the gazetteer does not know, each once."""
    found: dict[str, Unlisted] = {}
    armed: bool | None = None
    # (every match holds a parenthesis: most articles have none)
    for m in _DEFINED.finditer(text) if "(" in text else ():
        acronym = m.group("acr")
        code = _code_of(acronym)
        words = m.group("name").split(" ")
        # the name opens where its initials begin to follow the acronym ("the commander
        # of the Kurdish-led Syrian Democratic Forces (SDF)": Syrian ...); a name listed
        # with commas only where it has as many initials as the acronym ("Return, Renewal
        # and Resistance group (3R)")
        name = None
        for i in range(len(words)):
            initials = _initials(words[i:])
            if (
                words[i][:1].isupper()
                and _follows(code, initials)
                and ("," not in " ".join(words[i:]) or len(initials) == len(code))
            ):
                name = " ".join(words[i:])
                break
        if name is None:
            # a name whose head is an armed group's word gives its acronym whatever the
            # acronym's initials ("the Free Country Liberation Army (TPLB)", an acronym
            # in the group's own language): the capitalised words that run up to the head
            # ("demands of the Free Country Liberation Army")
            tail: list[str] = []
            for word in reversed(m.group("name").split(" ")):
                if not word[:1].isupper() or word.endswith(",") or word in ("The", "A", "An"):
                    break
                tail.insert(0, word)
            if len(tail) >= 2 and tail[-1] in _PARTY_HEADS:
                name = " ".join(tail)
        if name is None or "\n" in name:
            continue
        if len(code) < 2 or code in found or _listed(gaz, code) or _known(gaz, name):
            continue
        if not _party_name(name):
            if armed is None:
                armed = _ARMED.search(text) is not None
            if not (armed and _armed_body(name, m.group("low") is not None)):
                continue
        shadows = _shadowed(gaz, acronym, name)
        if shadows is not None and not shadows:
            continue
        found[code] = Unlisted(code, name, (name, acronym), tuple(sorted(shadows or ())))
    for m in _ONE_WORD_NAME.finditer(text):
        word, head = m.group("word"), m.group("head")
        name = f"{word} {head}"
        code = re.sub(r"[^A-Z0-9]", "", word.upper())
        if (
            word in _GENERIC
            or _not_party(word)
            or code in found
            or _listed(gaz, code)
            or _known(gaz, word)
            or _known(gaz, name)
            or any(name in u.forms for u in found.values())
        ):
            continue
        found[code] = Unlisted(code, name, (name,))
    for code, forms in _bare_acronyms(text, gaz, found):
        found[code] = Unlisted(code, forms[0], forms)
    return list(found.values())


# An acronym written alone ("the NFR", "NFR fighters"): two to seven capitals or digits,
# two letters at least; a possessive "'s" may follow it ("the NFR's political wing").
# Written to open on its first capital, the character before it read after it
# (``(?<![\w.'’-].)``), so that Python's engine looks for a capital before it tries the
# rest, as ``(?<![\w.'’-])(?=(?:[0-9]*[A-Z]){2})[A-Z][A-Z0-9]{1,6}`` with the same ending
# matches (tried at every position)
_ACRONYM = re.compile(r"[A-Z](?<![\w.'’-].)(?=[0-9]*[A-Z])[A-Z0-9]{1,6}(?![\w-]|['’](?!s\b))")
# What shows an acronym names a political party rather than a firm or an outlet: its
# members, fighters or officials, or its acts as a party ("NFR fighters", "the NFR said")
_PARTY_AFTER = re.compile(
    r"(?:['’]s)?[ ](?:rebels?|fighters|militants|militias?|commanders?|guerrillas?|"
    r"combatants|insurgents|political[ ]wing|armed[ ]wing)\b"
)
# A word before an acronym that makes it an outlet or a firm: "told KNR", "broadcaster
# KNR", "the agency ABC"
_OUTLET_BEFORE = re.compile(
    r"(?:\b(?:told|broadcaster|channel|network|newspaper|daily|agency|"
    r"outlet|station|company|firm|group|operator|producer|maker|lender|insurer|carrier)"
    r"(?:[ ]the)?[ ])$"
)
# An acronym that names no party however it is used
_NOT_ACRONYMS = frozenset(
    (
        "AM", "PM", "GMT", "UTC", "BST", "CET", "EST", "EDT", "CEO", "CFO", "GDP", "TV",
        "ID", "OK", "PDF", "FAQ", "VIP", "AI", "II", "III", "IV", "VI", "VII", "VIII", "IX",
        "XI", "XII", "COVID", "HIV", "AIDS", "LNG", "DNA", "PR", "HQ", "MP", "MPs", "MW",
        "GW", "KM", "USD", "EUR", "CEOS", "SMS", "GPS", "IT", "UK", "US", "USA",
    )
)  # fmt: skip


def _bare_acronyms(
    text: str, gaz: Gazetteer, found: dict[str, Unlisted]
) -> list[tuple[str, tuple[str, ...]]]:
    """Acronyms written alone that the text uses as a party's name, each with the name
    whose initials it spells when the text writes one ("... the Rapid Support Forces ...
    the RSF said" links the two)."""
    uses: dict[str, list[int]] = {}
    for m in _ACRONYM.finditer(text):
        uses.setdefault(m.group(), []).append(m.start())
    out: list[tuple[str, tuple[str, ...]]] = []
    spelled: list[tuple[str, list[str], list[int]]] | None = None
    for acronym, starts in uses.items():
        if acronym in found or acronym in _NOT_ACRONYMS or _listed(gaz, acronym):
            continue
        if spelled is None:
            spelled = _spelled_names(text)
        name = _spelled(spelled, acronym)
        # the name it spells is an armed group's or a movement's ("Rapid Support Forces"),
        # or the text uses it as one ("NFR fighters")
        named = name is not None and _party_name(name)
        if not named and not any(_PARTY_AFTER.match(text, i + len(acronym)) for i in starts):
            continue
        if (
            _known(gaz, acronym)
            or any(acronym in u.forms for u in found.values())
            or (name is not None and (_known(gaz, name) or _not_party(name)))
            or any(_OUTLET_BEFORE.search(text, max(0, i - 40), i) for i in starts)
        ):
            continue
        out.append((acronym, (acronym,) if name is None else (acronym, name)))
    return out


_CAP_RUN = re.compile(rf"(?<![\w'’&-]){_CAP}(?:[ ](?:{_LINK}[ ])*{_CAP})+")


def _spelled_names(text: str) -> list[tuple[str, list[str], list[int]]]:
    """The capitalised names of the text, each with the initials of its capitalised
    words: where an acronym written alone may be spelled out."""
    out = []
    for m in _CAP_RUN.finditer(text):
        words = m.group().split(" ")
        caps = [i for i, w in enumerate(words) if w[:1].isupper()]
        out.append(("".join(words[i][0] for i in caps), words, caps))
    return out


def _spelled(names: list[tuple[str, list[str], list[int]]], acronym: str) -> str | None:
    """The first name whose consecutive capitalised words' initials are the acronym."""
    for initials, words, caps in names:
        i = initials.find(acronym)
        if i >= 0:
            return " ".join(words[caps[i] : caps[i + len(acronym) - 1] + 1])
    return None


# Titles and offices between an organisation's name and a person's ("NFR spokesman X",
# "a senior NFR official, X"): lower-case words or a title in capitals, at most four
_NOT_TITLE = (
    r"(?!(?:and|or|but|nor|with|without|to|by|from|against|at|in|on|as|than|while|when|"
    r"said|says|told|tells|met|meets|and|who|which|that|had|has|have|was|were|is|are)\b)"
)
_TITLE_RUN = rf"(?:[ ](?:{_NOT_TITLE}[a-z][\w-]*|[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)){{1,4}}"
# a name refers back to the organisation just named: "Its spokesman, X", "The group's
# chief negotiator X"
_BACK = re.compile(
    r"(?:\b[Ii]ts|\b[Tt]he[ ](?:group|movement|front|rebels|militia|faction)['’]s?)"
    rf"{_TITLE_RUN}(?:[ ](?:at|to|in|for)[ ](?:the[ ])?[A-Z][\w-]*)?[ ]?,?[ ]?$"
)
# The words that may stand between an apposition's opening and the organisation:
# "X, a member of the NFR's council", "X, who led the NFR delegation", "X, the NFR leader"
_APPOSITION_OPEN = re.compile(r",[ ](?:a|an|the|who|its|one|[a-z]+[ ](?:of|for))\b")
_LOOK = 160  # characters around a speaker's name read for an affiliation


def forms_by_length(parties: list[Unlisted]) -> list[tuple[str, str]]:
    """Every form of ``parties`` with its code, the longest first (so that a longer name is
    tried before a shorter one it holds)."""
    return sorted(((f, u.code) for u in parties for f in u.forms), key=lambda f: -len(f[0]))


def _form_at(text: str, forms: list[tuple[str, str]], start: int, end: int) -> str | None:
    """The code of the first organisation named within [start, end), whole words only."""
    first = _first_form(text, forms, start, end)
    return first[1] if first else None


def _sentence_start(text: str, pos: int, look: int | None = _LOOK) -> int:
    """Where the sentence holding ``pos`` starts, at most ``look`` characters back (None:
    however far)."""
    cut = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), text.rfind('." ', 0, pos), -1)
    return cut + 1 if look is None else max(cut + 1, pos - look)


def _sentence_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    return min([*ends, pos + _LOOK, len(text)])


def _introduced_with(
    text: str, a: int, b: int, forms: list[tuple[str, str]], named: bool = False
) -> str | None:
    """The organisation the name at [a, b) is introduced with, if any; with ``named``,
    only one the introduction names (not "its spokesman", which may refer to another body
    named in between)."""
    left = text[_sentence_start(text, a) : a]
    # "NFR spokesman X", "Senior NFR official X", "the NFR's negotiator, X"
    for form, code in forms:
        if form not in left:
            continue  # (both patterns hold the form as written)
        m = re.search(rf"(?<![\w]){re.escape(form)}(?:['’]s)?{_TITLE_RUN}[ ]?,?[ ]?$", left)
        if m is not None:
            return code
        # "the leader of the NFR, X", "the commander of the National Front (NF), X"
        m = re.search(
            rf"\b(?:of|for|at)[ ](?:the[ ])?(?:[\w-]+[ ]){{0,3}}{re.escape(form)}"
            r"(?:[ ]?\([A-Za-z0-9 ]+\))?,[ ]?$",
            left,
        )
        if m is not None:
            return code
    if not named and _BACK.search(left) is not None:
        # the organisation named last before the sentence, or else the one the sentence
        # goes on to name ("The group's spokesman, X, said the demands of the NFR ...")
        return _last_named(text, forms, a) or _form_at(text, forms, b, _sentence_end(text, b))
    opened = _APPOSITION_OPEN.match(text, b)
    if opened is not None:
        stop = _sentence_end(text, b)
        comma = text.find(",", opened.end(), stop)
        end = comma if comma >= 0 else stop
        found = _form_at(text, forms, opened.end(), end)
        if found is None and not named and _BACK_IN.search(text, b, end) is not None:
            # "X, the chair of its negotiating panel": the organisation named last
            found = _last_named(text, forms, a)
        return found
    return None


# "its" or "the group's" inside an apposition ("X, the chair of its negotiating panel")
_BACK_IN = re.compile(r"\b(?:its|the[ ](?:group|movement|front|rebels|militia|faction)['’]s?)[ ]")


def _last_named(text: str, forms: list[tuple[str, str]], pos: int) -> str | None:
    best: tuple[int, str] | None = None
    lo = max(0, pos - 2 * _LOOK - 240)
    for form, code in forms:
        i = text.rfind(form, lo, pos)
        if i >= 0 and (best is None or i > best[0]):
            best = (i, code)
    return best[1] if best else None


def affiliation(
    text: str, speaker: str | None, pos: int, parties: list[Unlisted], named: bool = False
) -> str | None:
    """The code of the unlisted organisation the speaker stands for, read where the
    speaker is named (the speaker's string itself, then its mentions up to ``pos``, the
    first first), or None; with ``named``, only an organisation named with the speaker."""
    if not parties or not speaker:
        return None
    forms = forms_by_length(parties)
    own = _form_at(speaker, forms, 0, len(speaker))
    if own is not None:
        return own  # "a spokesman for the NFR", "the NFR"
    if not speaker[:1].isupper() or " " not in speaker.strip():
        return None  # a full personal name, not a surname alone or a description
    i = text.find(speaker)
    seen = 0
    while 0 <= i < pos + len(speaker) and seen < 4:
        code = _introduced_with(text, i, i + len(speaker), forms, named)
        if code is not None:
            return code
        seen += 1
        i = text.find(speaker, i + len(speaker))
    return None


# The subject right before a reporting verb, when no speaker was found: "the NFR said",
# "An NFR spokesman said", "the group said" (the organisation named just before)
_CLAUSE_OPEN = re.compile(r'(?:[.;:!?"“”\n]|,[ ](?:and|but)?)[ ]*')
_BACK_NOUN = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts)[ ](?:senior[ ])?(?P<noun>group|movement|front|rebels|militia|"
    r"faction)"
    r"(?:['’]s?)?(?:[ ][a-z-]+){0,2}[ ]?$"
)


def subject_party(
    text: str, cue_start: int, parties: list[Unlisted], opening: bool = False
) -> str | None:
    """The code of the unlisted organisation that is, or is named in, the subject right
    before a reporting verb at ``cue_start``, or None; with ``opening``, one named where
    the clause opens ("A member of the NFR's council said"), not anywhere before the verb
    ("... and of former NFR fighters could not be tolerated and demanded")."""
    if not parties:
        return None
    lo = max(0, cue_start - 90)
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(text, lo, cue_start)]
    start = opens[-1] if opens else lo
    forms = forms_by_length(parties)
    if opening:
        first = _first_form(text, forms, start, cue_start)
        if first is not None and opens and _SUBJECT_OPEN.fullmatch(text, start, first[0]):
            return first[1]
    else:
        code = _form_at(text, forms, start, cue_start)
        if code is not None:
            return code
    if opens and not text[start:cue_start].strip():
        # the verb follows an inserted phrase (", which draws ...,", ", reached by phone,")
        # or opens a coordinated clause (", and said"): its subject opens the sentence
        return _sentence_subject(text, cue_start, forms)
    back = _BACK_NOUN.search(text, start, cue_start)
    if back is None:
        return None
    # the organisation named last, within the paragraph or the one before it, whose name
    # has the noun if any has it ("the union": the Transport Union)
    noun = back.group("noun")
    named = [
        (i, u)
        for u in parties
        for f in u.forms
        if (i := text.rfind(f, max(0, start - 700), start)) >= 0
    ]
    if not named:
        return None
    fitting = [(i, u) for i, u in named if noun in u.name.lower()]
    return max(fitting or named, key=lambda p: p[0])[1].code


# What may stand before an organisation that opens a sentence as its subject: "The NFR",
# "A senior NFR commander", "The NFR's leadership", "A member of the NFR's council"
_SUBJECT_OPEN = re.compile(
    r'[ "“‘]*(?:(?:[Tt]he|An?|Its|One|Two|Three|Several|Some)[ ])?(?:[a-z-]+[ ]){0,3}'
    r"(?:(?:of|for|from)[ ](?:the[ ])?)?"
    # a subject's apposition that lists the body, after other names the gazetteer may
    # lack: "The federations that signed - the ", "... - the X Union (XU), the "
    r"(?:[-–—][ ](?:the[ ])?"
    rf"(?:[A-Z][\w'’-]*[ ](?:(?:{_LINK}[ ])*[A-Z][\w'’-]*[ ]){{0,6}}(?:\([A-Z0-9]+\)[ ]?)?,[ ]"
    r"(?:and[ ])?(?:the[ ])?){0,3})?"
)


# The unnamed people of a body as a sentence's subject, the body named after them: "Officials
# at the state energy company ", "A senior executive of the ", "Staff at a "
_PEOPLE_IN_BODY_OPEN = re.compile(
    r'[ "“‘]*(?:(?:[Tt]he|An?|One|Two|Three|Several|Some)[ ])?(?:[a-z-]+[ ]){0,2}'
    r"(?:[Oo]fficials?|[Ee]xecutives?|[Mm]anagers?|[Ss]taff|[Ee]mployees|[Pp]eople"
    r"|[Ss]pokes(?:man|woman|person))"
    r"[ ](?:at|of|for|from|in|inside|within)[ ](?:(?:the|a|an)[ ])?(?:[a-z-]+[ ]){0,3}"
)


def sentence_party(
    text: str, cue_start: int, parties: list[Unlisted], apposed: bool = False
) -> str | None:
    """The code of the body of ``parties`` that opens the sentence holding ``cue_start`` as
    its subject, however long the subject ("The federations that signed - the X Union
    (XU), ... - called"), or None; with ``apposed``, only a body the subject's apposition
    between dashes names."""
    if not parties:
        return None
    if apposed:
        cut = max(text.rfind(". ", 0, cue_start), text.rfind("\n", 0, cue_start))
        dashes = _APPOSED_LIST.match(text, cut + 1, cue_start)
        if dashes is None:
            return None
    return _sentence_subject(text, cue_start, forms_by_length(parties))


def office_subject(text: str, cue_start: int, parties: list[Unlisted]) -> str | None:
    """The code of the body of ``parties`` whose office or people open the clause before
    the verb at ``cue_start`` as its subject, the body's name first ("A CDT negotiator
    said", "The XU's leadership in exile said"), or None (not "a person close to the
    XU", nor "the XU business lobby", a description of the body itself)."""
    if not parties:
        return None
    # (each pattern holds the form's words as written, so a form the window before the
    # verb does not hold is not compiled into one: most are not there)
    before = text[max(0, cue_start - 200) : cue_start]
    near = text[max(0, cue_start - 120) : cue_start]
    for form, code in forms_by_length(parties):
        if form not in before:
            continue
        # the body itself right before the verb, an apposition or an auxiliary between
        # ("after Rengo, the country's largest union federation, said", "X has said")
        named = form in near and _named_before(form).search(
            text, max(0, cue_start - 120), cue_start
        )
        if named:
            return code
        if form + ", " not in before:
            continue
        # an unnamed subject whose apposition places it in the body ("Her shop steward, a
        # quiet man from the X Union, said"), not one who studies it
        placed = _placed_in(form).search(text, max(0, cue_start - 200), cue_start)
        if placed is not None and not _NOT_OFFICE.search(placed.group("app")):
            return code
    cut = max(text.rfind(". ", 0, cue_start), text.rfind("\n", 0, cue_start), cue_start - 90)
    for form, code in forms_by_length(parties):
        if form not in text[cut + 1 if cut >= 0 else 0 : cue_start]:
            continue
        m = _office_of(form).fullmatch(text, cut + 1 if cut >= 0 else 0, cue_start)
        if m is not None:
            return code
    return None


# Where a clause opens before its subject: a sentence's or a quotation's end, a comma, a
# conjunction ("after", "as", "and")
_CLAUSE_BEFORE = (
    r"(?:^|(?<=[.;:!?\"“”\n,])|"
    + "|".join(
        rf"(?<=\b{w})" for w in ("after", "as", "when", "while", "because", "since", "and", "but")
    )
    + ")"
    r"[ ]*(?:[Tt]he[ ])?"
)
# What follows a body's name in a subject that is the body's office or its people:
# "negotiator", "'s leadership in exile", "spokesman Ali", "officials"
_BODY_OFFICE = (
    r"(?:['’]s)?[ ](?:[a-z-]+[ ]){0,2}"
    r"(?:negotiators?|officials?|spokes(?:man|woman|person|people)|leaders?|leadership|"
    r"representatives?|delegates?|delegation|secretary|chief|president|chair(?:man|woman)?)"
    r"(?:[ ](?:in|on|at)[ ][a-z]+)?[ ,]*(?:also[ ]|has[ ]|had[ ])?"
)


# ``office_subject``'s three patterns for one form of a body, compiled once a form (an
# article asks for the same forms at every verb; ``re``'s own cache of 512 patterns is
# shared with every other pattern built at run time)


@lru_cache(maxsize=1024)
def _named_before(form: str) -> re.Pattern[str]:
    """The body itself right before the verb, an apposition or an auxiliary between."""
    return re.compile(
        _CLAUSE_BEFORE
        + re.escape(form)
        + r"(?:,[ ](?:the|a|an)[ ][^,.;:\"“”()]{1,70},)?[ ]"
        + r"(?:(?:has|had|have)[ ](?:also[ ])?)?$"
    )


@lru_cache(maxsize=1024)
def _placed_in(form: str) -> re.Pattern[str]:
    """An unnamed subject whose apposition places it in the body."""
    return re.compile(
        _CLAUSE_BEFORE
        + r"[A-Za-z][\w'’ -]{0,40}?,[ ](?P<app>(?:a|an|the)[ ][^,.;:\"“”()]{0,60}?)"
        + r"[ ](?:of|from|for|at|with)[ ](?:the[ ])?"
        + re.escape(form)
        + r",[ ]$"
    )


@lru_cache(maxsize=1024)
def _office_of(form: str) -> re.Pattern[str]:
    """The body's office or its people as the sentence's subject."""
    return re.compile(
        r'[ "“‘]*(?:(?:[Tt]he|An?)[ ])?(?:senior[ ]|top[ ])?' + re.escape(form) + _BODY_OFFICE
    )


# A subject with an apposition between dashes right before its verb: "The federations that
# signed - the X Union (XU) and the Y Union (YU) - "
_APPOSED_LIST = re.compile(r"[ \"“‘]*[A-Z][^.;:!?\"“”]*?[ ][-–—][ ][^.;:!?\"“”]+[ ][-–—][ ]*$")


def _sentence_subject(text: str, cue_start: int, forms: list[tuple[str, str]]) -> str | None:
    """The code of the organisation that opens the sentence holding ``cue_start`` as its
    subject ("The NFR, which ..., said"), or None."""
    cut = max(text.rfind(". ", 0, cue_start), text.rfind("\n", 0, cue_start))
    start = cut + 1
    best = _first_form(text, forms, start, cue_start)
    if best is None:
        return None
    if _SUBJECT_OPEN.fullmatch(text, start, best[0]) is None and (
        # "Officials at the state company X, which holds ..., said": the body's people
        _PEOPLE_IN_BODY_OPEN.fullmatch(text, start, best[0]) is None
    ):
        return None
    return best[1]


def _first_form(
    text: str, forms: list[tuple[str, str]], start: int, end: int
) -> tuple[int, str] | None:
    """Where the first organisation named in [start, end) is, and its code (whole words)."""
    best: tuple[int, str] | None = None
    for form, code in forms:
        i = text.find(form, start, end)
        while i >= 0 and (
            (i > 0 and text[i - 1].isalnum())
            or (i + len(form) < len(text) and text[i + len(form)].isalnum())
        ):
            i = text.find(form, i + 1, end)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, code)
    return best


# The kinds of listed party a person's introduction may name as the speaker's own: an
# organisation (a union, a lobby, an international body) or a movement, not a state, whose
# people the title and context paths already place
_NON_STATE = frozenset((ActorKind.ORGANISATION, ActorKind.MOVEMENT))


def _trie(names: Iterable[str]) -> str:
    """A pattern matching exactly the strings of ``names``, shaped as a trie: at each
    point the text's next character picks the one branch to follow, and a longer name is
    tried before a shorter one it extends. With a check after it, it matches what the
    alternation of the names longest first would, without trying every name in turn."""
    root: dict[str, dict] = {}
    for name in names:
        node = root
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}

    def shape(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            run, child = re.escape(ch), node[ch]
            while len(child) == 1 and "" not in child:
                ((ch, child),) = child.items()
                run += re.escape(ch)
            branches.append(run + shape(child))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if ends else body

    return "(?:" + shape(root) + ")"


@per_gazetteer
def _non_state_names(gaz: Gazetteer) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every name of a listed organisation or movement (whole words), and
    the code of each name; built once per gazetteer."""
    codes = {
        n: actor.code
        for actor in gaz.actors.values()
        if actor.kind in _NON_STATE
        for n in actor.names
        if len(n) > 1
    }
    for name, code in list(codes.items()):
        # "STOP" for "S.T.O.P.", where no other actor has that surface
        bare = undotted(name)
        if bare is not None and bare not in codes and gaz.actor_of(bare) in (None, code):
            codes[bare] = code
    for stem, code in gaz.group_stems.items():
        codes.setdefault(stem, code)  # "Adani" of the Adani Group
    pattern = re.compile(r"(?<!\w)" + _trie(codes) + r"(?!\w)")
    return pattern, codes


def _short_forms(forms: dict[str, list[str]]) -> dict[str, set[str]]:
    """The short forms of the names of three words or more in ``forms`` (code -> names the
    text writes), each with the codes that have it: the name's last two words or more
    ("Apex Body" of "Leh Apex Body") and its first word with its last in lower case
    ("Kargil alliance" of "Kargil Democratic Alliance"), when that last word is
    capitalised."""
    found: dict[str, set[str]] = {}
    for code, names in forms.items():
        for name in names:
            words = name.split()
            if (
                len(words) >= 4
                and words[2] in ("of", "for")
                and all(w[:1].isupper() for w in (*words[:2], *words[3:]))
            ):
                # "the Board of Education" of "Chicago Board of Education": a body's name
                # without the place word that opens it
                found.setdefault(" ".join(words[1:]), set()).add(code)
                continue
            if len(words) < 3 or not all(w[:1].isupper() for w in words):
                continue
            for short in (*(" ".join(words[k:]) for k in range(1, len(words) - 1)),
                          f"{words[0]} {words[-1].lower()}"):  # fmt: skip
                found.setdefault(short, set()).add(code)
    return found


def listed_parties(text: str, gaz: Gazetteer, skip: frozenset[str] = frozenset()) -> list[Unlisted]:
    """The organisations and movements the gazetteer lists that the text names by one of
    their names (whole words, as written), each with the names the text uses, for reading a
    speaker's introduction ("X, joint general secretary of the NEU,", "X of the NEU") with
    structures like those read for an unlisted organisation."""
    pattern, codes = _non_state_names(gaz)
    forms: dict[str, list[str]] = {}
    shadows: dict[str, set[str]] = {}
    for m in pattern.finditer(text):
        code = codes[m.group(0)]
        if code in skip:
            continue
        if m.group(0) in gaz.group_stems and inside_longer_name(text, m.start()):
            continue  # "Panama Vale Mas Sin Mineria": no company "Vale"
        if m.group(0) not in forms.setdefault(code, []):
            forms[code].append(m.group(0))
        # an acronym the text defines for the body ("the Democratic Confederation of
        # Labour (CDT)") stands for it in this text, even where the gazetteer or the party
        # table reads the acronym as another party ("CPC", a state's ruling party)
        defined = _DEFINED_AFTER.match(text, m.end())
        if defined is None:
            continue
        acronym = defined.group(1)
        if acronym in forms[code] or codes.get(acronym, code) != code:
            continue
        shadowed = _shadowed(gaz, acronym, m.group(0))
        if shadowed is not None and not shadowed and gaz.actor_of(acronym) not in (None, code):
            continue
        forms[code].append(acronym)
        shadows.setdefault(code, set()).update(set(shadowed or ()) - {code})
    for party in load_parties().parties.values():
        # a party of the party table linked to a listed body ("Nepali Congress"): the
        # body's name as the text writes it
        if party.actor in gaz.actors and party.actor not in skip:
            for name in party.names:
                if (
                    name in text
                    and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
                    and name not in (had := forms.setdefault(party.actor, []))
                ):
                    had.append(name)
    for short, code in gaz.union_short_names.items():
        if code not in skip and union_named(text, short):
            # "X of Unite", where the gazetteer lists "Unite the Union" (``org_names``)
            forms.setdefault(code, []).append(short)
    firsts: dict[str, set[str]] = {}
    for code, names in forms.items():
        for name in names:
            word = _leading_word(gaz, name)
            if word is not None:
                firsts.setdefault(word, set()).add(code)
    for word, owners in firsts.items():
        if (
            len(owners) == 1
            and word in text
            and re.search(rf"\b[Tt]he[ ]{word}(?![\w-]|[ ][A-Z])", text)
        ):
            # "the Coordinadora's delegation" after "the Coordinadora Nacional Ejercito
            # Bolivariano": a body called by the first word of the name it was given in full
            forms[next(iter(owners))].append(word)
    for lead, owners in _subject_leads(gaz, forms, text).items():
        if len(owners) == 1:
            # "Mount Sinai said" after "Mount Sinai Hospital": a body that opens a sentence
            # with the leading words of the name it was given in full
            forms[next(iter(owners))].append(lead)
    # (the gazetteer's other names of a body the text names count too: "the Board of
    # Education" of a district named "Chicago Public Schools" in the text)
    listed_names = {
        code: [*names, *(n for n in gaz.actors[code].names if n not in names)]
        for code, names in forms.items()
    }
    for short, owners in _short_forms(listed_names).items():
        if len(owners) != 1 or f"he {short}" not in text:
            continue  # (a cheap test before the scan: "[Tt]he <short>" as written)
        alone = rf"\b[Tt]he[ ]{re.escape(short)}(?![\w-]|[ ][A-Z])"
        if re.search(alone, text):
            # "the Apex Body" after "the Leh Apex Body", "the Kargil alliance" after "the
            # Kargil Democratic Alliance": a body called by the last words of its name, or
            # by its first word and its head noun
            forms[next(iter(owners))].append(short)
    found = [
        Unlisted(
            code,
            names[0],
            tuple(names),
            tuple(sorted(shadows.get(code, ()))),
            _nouns(gaz, code, names),
            bool(gaz.actors[code].members),
            gaz.actors[code].kind is ActorKind.MOVEMENT,
        )
        for code, names in forms.items()
        if names
    ]
    return found + _by_kind(text, gaz, frozenset((*forms, *skip)))


def owner_parties(
    text: str, gaz: Gazetteer, listed: list[Unlisted], skip: frozenset[str] = frozenset()
) -> list[Unlisted]:
    """The listed bodies :func:`listed_parties` gave (``listed``), and the management and
    the union a labour dispute names only by their owner ("Hyundai Motor said", "the union
    said" at a company the gazetteer lists as "Hyundai Motor's management" and "Hyundai
    Motor's union"; see ``owner_names``)."""
    named = frozenset((*(u.code for u in listed), *skip))
    owned = [
        Unlisted(b.code, b.forms[0], b.forms, (), (b.noun,)) for b in owned_bodies(text, gaz, named)
    ]
    return [*listed, *owned] if owned else listed


def _nouns(gaz: Gazetteer, code: str, names: list[str]) -> tuple[str, ...]:
    """The class nouns of a listed body: the gazetteer's, and for a party the head noun of
    a name the text writes for it ("Nepali Congress": "the Congress")."""
    nouns = gaz.actors[code].nouns
    if "party" not in nouns or gaz.actors[code].kind is not ActorKind.MOVEMENT:
        return nouns
    heads = {
        words[-1].lower()
        for name in names
        if len(words := name.split()) >= 2 and words[-1].lower() in _KIND_HEADS
    }
    return (*nouns, *sorted(heads - set(nouns)))


# The head nouns of a body's name that the text may call it by alone ("Birmingham City
# Council": "the council"; "First Peoples' Assembly": "the Assembly")
_KIND_HEADS = frozenset(
    ("council", "assembly", "committee", "congress", "commission", "federation",
     "confederation", "association", "board", "chamber")
)  # fmt: skip


# words of a local body's name that name its level, not its place ("Birmingham City
# Council" is written "Birmingham" and "the council")
_LEVEL_WORDS = frozenset(("City", "County", "Town", "District", "Municipal", "Borough"))


@per_gazetteer
def _kind_heads(gaz: Gazetteer) -> dict[str, list[tuple[re.Pattern[str], str]]]:
    """For each kind head noun, the listed organisations and movements whose name ends on
    it, with a pattern for the words before the head as the text may write them alone
    (without words of level, apostrophes optional; not a generic first word nor one the
    gazetteer gives anything else): built once per gazetteer."""
    heads: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for actor in gaz.actors.values():
        if actor.kind not in _NON_STATE:
            continue
        for name in actor.names:
            words = name.split()
            head = words[-1].lower() if len(words) >= 2 else ""
            lead = words[:-1]
            while lead and lead[-1] in _LEVEL_WORDS:
                lead.pop()
            if (
                head not in _KIND_HEADS
                or not lead
                or not all(w[:1].isupper() and not w.isupper() for w in lead)
                or lead[0] in _GENERIC
                or len(lead[0]) < 4
                or _known(gaz, lead[0])
            ):
                continue
            bare = [re.escape(w.rstrip("'’")) + "['’]?" for w in lead]
            heads.setdefault(head, []).append(
                (re.compile(rf"(?<![\w-]){'[ ]'.join(bare)}(?![\w-])"), actor.code)
            )
    return heads


def _by_kind(text: str, gaz: Gazetteer, named: frozenset[str]) -> list[Unlisted]:
    """Listed bodies the text never names in full but calls by the head noun of their name
    ("the council"), where it writes the first word of that name ("Birmingham") and no
    other listed body of that head noun fits: each with "the <noun>" as written for its
    forms and the noun for its class."""
    out: list[Unlisted] = []
    for head, bodies in _kind_heads(gaz).items():
        if f"he {head}" not in text and f"he {head[:1].upper()}{head[1:]}" not in text:
            continue  # (a cheap test before the scan: "[Tt]he <head>" as written)
        written = {
            m.group(0)
            for m in re.finditer(
                rf"\b[Tt]he[ ][{head[0]}{head[0].upper()}]{head[1:]}(?![\w'’-]|[ ]of\b|[ ][A-Z])",
                text,
            )
        }
        if not written:
            continue
        fits = {code for lead, code in bodies if lead.search(text)}
        if len(fits) != 1 or fits & named:
            continue
        code = next(iter(fits))
        if any(u.code == code for u in out):
            continue
        out.append(Unlisted(code, sorted(written)[0], tuple(sorted(written)), (), (head,)))
    return out


def _leading_word(gaz: Gazetteer, name: str) -> str | None:
    """The first word of a listed body's name of three words or more, when it may stand
    for the body alone ("Coordinadora"): a word of its own, not a generic one ("National",
    "Workers") nor a name the gazetteer gives anything else ("Japanese", "Ontario")."""
    words = name.split()
    if len(words) < 3 or branch_name(name):
        # "Hyundai Motor branch of the Korean Metal Workers' Union": the leading words
        # name the employer or place whose branch the body is, not the body
        return None
    word = words[0]
    if len(word) < 4 or not word.isalpha() or not word[0].isupper() or word.isupper():
        return None
    if word in _GENERIC or word in _PARTY_WORDS or word in _NOT_PARTIES or word in _PARTY_HEADS:
        return None
    return None if _known(gaz, word) else word


def head_word_body(gaz: Gazetteer, text: str, word: str, pos: int) -> str | None:
    """The one listed organisation or movement whose name of two words or more ends in
    ``word`` and that the text named in full before ``pos``, or None: the bare head word
    then stands for that body ("Alliance spokesman X" after "the Offshore Alliance"), not
    for a town of the same name."""
    pattern, codes = _non_state_names(gaz)
    found = {
        codes[m.group(0)]
        for m in pattern.finditer(text, 0, pos)
        if m.group(0).endswith(f" {word}") and m.end() <= pos
    }
    return next(iter(found)) if len(found) == 1 else None


def _subject_leads(gaz: Gazetteer, forms: dict[str, list[str]], text: str) -> dict[str, set[str]]:
    """The leading words of the listed bodies' names of three words or more ("Mount Sinai"
    of "Mount Sinai Hospital", "Montefiore" of "Montefiore Medical Center") that the text
    writes alone opening a sentence before a lower-case word ("Montefiore said"), with the
    bodies they open."""
    leads: dict[str, set[str]] = {}
    for code, names in forms.items():
        for name in names:
            word = _leading_word(gaz, name)
            if word is None:
                continue
            second = name.split()[1]
            for lead in (word, f"{word} {second}"):
                alone = rf"(?:^|[.!?][\"”]?\s)(?:{re.escape(lead)})[ ][a-z]"
                if lead in text and lead != name and re.search(alone, text, re.MULTILINE):
                    leads.setdefault(lead, set()).add(code)
    return leads


# An acronym in parentheses right after a body's name: " (CDT)", "(the CDT)"
_DEFINED_AFTER = re.compile(
    r"[ ]?\([ ]?(?:the[ ])?((?=[A-Za-z0-9]*[A-Z])[A-Z][A-Za-z0-9]*[A-Z0-9])[ ]?\)"
)


# A definite description or "its" that refers back to a body named before, then an office:
# "the union's chief executive, X", "Its parliamentary coordinator, X", "the rebels'
# spokesman, X"
_BODY_NOUNS = (
    r"(?:union|unions|organisation|organization|federation|confederation|association|"
    r"council|group|movement|front|rebels|militia|faction|lobby|party)"
)
# class nouns that refer back only to a body of their class ("the party's founder": a
# party, not the union named last; "the faction's co-chair": a party's group in a
# legislature), as the gazetteer's ``nouns`` or the body's name says
_CLASS_BOUND_NOUNS = frozenset(("party", "union", "faction"))
_BACK_BODY = re.compile(
    rf"(?:\b[Ii]ts|\b[Tt]he[ ]{_BODY_NOUNS}['’]s?)"
    rf"{_TITLE_RUN}(?:[ ](?:at|to|in|for)[ ](?:the[ ])?[A-Z][\w-]*)?[ ]?,?[ ]?$"
)
# the same inside an apposition after the name: "X, the union's chief executive,", "X, who
# led the union's bargaining team,"
_BACK_BODY_IN = re.compile(rf"\b(?:its|the[ ]{_BODY_NOUNS}['’]s?)[ ]")


def _nearest_body(
    text: str, forms: list[tuple[str, str]], pos: int, noun: bool = False, reach: int = 0
) -> str | None:
    """The body of ``forms`` the text named last before ``pos``, where no other name of two
    capitalised words or more stands between that "its" may refer to instead ("The Small
    Farmers Forum said ... its chairman, X"); with ``noun`` (a reference by a class noun,
    "the union's"), only another body's name stands in the way (one that ends in "Forum",
    "Union", "Association"), not a person's or a place's."""
    best: tuple[int, int, str] | None = None
    lo = max(0, pos - (reach or 2 * _LOOK + 240))
    for form, code in forms:
        i = text.rfind(form, lo, pos)
        if i >= 0 and (best is None or i > best[0]):
            best = (i, i + len(form), code)
    if best is None:
        return None
    for run in _CAP_RUN.finditer(text, best[1], pos):
        if noun:
            if _BODY_HEAD.search(run.group(0)):
                return None
        elif not run.group(0).startswith(_OPENERS) or run.group(0).count(" ") > 1:
            return None  # any other name but "The ..." or "In ..." opening a sentence
    return best[2]


_OPENERS = ("The ", "In ", "On ", "At ")
# The last word of a body's name: "Union", "Forum", "Association"
_BODY_HEAD = re.compile(
    r"\b(?:Unions?|Organi[sz]ation|Association|Federation|Confederation|Congress|Council|"
    r"Group|Movement|Front|Forum|Society|Party|Army|Alliance|Coalition|League|Chamber|"
    r"Institute|Agency|Authority|Board|Commission|Service)\b"
)


# How far back a class noun in a speaker's introduction ("the union's chief executive, X")
# may refer to the body it stands for: only another body's name stands in its way, so the
# body may have been named paragraphs before (characters)
_NOUN_REACH = 2000


def referred_back(text: str, speaker: str | None, pos: int, parties: list[Unlisted]) -> str | None:
    """The listed body the speaker's introduction refers back to with "its" or a noun of
    its class ("the union's chief executive, X", "X, who led the union's team,"): the one
    of ``parties`` the text named last before the name, or None."""
    if not parties or not speaker or " " not in speaker.strip():
        return None
    forms = forms_by_length(parties)
    for i in _written_at(text, speaker, pos):
        b = i + len(speaker)
        left = text[_sentence_start(text, i) : i]
        titled = _CLASS_TITLE.search(left)
        if titled is not None:
            # "Council leader X", "union president X": the one body of the noun's class
            # the text names
            noun = titled.group("noun").lower()
            fits = {u.code for u in parties for f in u.forms if _of_class(noun, u, f)}
            if len(fits) == 1:
                return next(iter(fits))
        back = _BACK_BODY.search(left)
        if back is not None:
            noun = not back.group(0).lower().startswith("its")
            found = _nearest_body(
                text, _bound_forms(back.group(0), parties), i, noun=noun,
                reach=_NOUN_REACH if noun else 0,
            )  # fmt: skip
            if found is None and noun:
                # "The rebels' spokesman, X, said the demand of the [Y Liberation Army] had
                # not changed": the body of the noun's class the sentence goes on to name
                found = _named_later(text, forms, b, back.group(0))
            return found
        opened = _APPOSITION_OPEN.match(text, b)
        if opened is not None:
            stop = _sentence_end(text, b)
            comma = text.find(",", opened.end(), stop)
            end = comma if comma >= 0 else stop
            back = _BACK_BODY_IN.search(text, b, end)
            if back is not None:
                noun = back.group(0) != "its "
                return _nearest_body(
                    text, _bound_forms(back.group(0), parties), i, noun=noun,
                    reach=_NOUN_REACH if noun else 0,
                )  # fmt: skip
    return None


def _bound_forms(back: str, parties: list[Unlisted]) -> list[tuple[str, str]]:
    """The forms a back reference (``back``: "its", "the union's", "the party's") may
    refer to: every body's, but only the bodies of its class for a class-bound noun."""
    said = re.search(rf"\b{_BODY_NOUNS}\b", back.lower())
    if said is None or said.group(0) not in _CLASS_BOUND_NOUNS:
        return forms_by_length(parties)
    noun = said.group(0)
    return forms_by_length([u for u in parties if any(_of_class(noun, u, f) for f in u.forms)])


# A title whose first word is the class noun of a body, before a name, with no possessive
# and no name of the body: "Council leader X", "union general secretary X"
_CLASS_TITLE = re.compile(
    r"(?:^|(?<=[ \"“(]))(?:[Tt]he[ ])?(?P<noun>[Uu]nion|[Cc]ouncil|[Ff]ederation|[Cc]onfederation|"
    r"[Aa]ssociation|[Oo]rgani[sz]ation)(?:[ ][a-z][\w-]*){1,3}[ ]$"
)
_MOVEMENT_NOUNS = frozenset(("group", "movement", "front", "rebels", "militia", "faction"))


def _named_later(text: str, forms: list[tuple[str, str]], pos: int, back: str) -> str | None:
    """The body the rest of the sentence after ``pos`` names first, when its name is of
    the class of the noun in ``back`` ("the rebels'": an army, front or movement; "the
    union's": a union), or None."""
    found = _first_form(text, forms, pos, _sentence_end(text, pos))
    if found is None:
        return None
    at, code = found
    name = next(f for f, c in forms if c == code and text.startswith(f, at))
    said = re.search(rf"\b{_BODY_NOUNS}\b", back.lower())
    if said is None:
        return None
    noun = said.group(0)
    words = set(name.split())
    if noun.startswith("rebel") or noun in _MOVEMENT_NOUNS:
        fits = bool(words & (_PARTY_WORDS | set(_PARTY_HEADS)))
    else:
        fits = noun.rstrip("s").capitalize() in {w.rstrip("s") for w in words}
    return code if fits else None


def _written_at(text: str, speaker: str, pos: int, most: int = 4) -> Iterator[int]:
    """Where the speaker's name is written in ``text``, up to ``pos`` (``most`` times at
    most): the places whose introduction is read for the body they hold an office in."""
    i = text.find(speaker)
    for _ in range(most):
        if not 0 <= i < pos + len(speaker):
            return
        yield i
        i = text.find(speaker, i + len(speaker))


# Nouns of a person who studies or reports on a body rather than holding an office in it
# ("a professor of EU law", "an OSCE analyst")
_NOT_OFFICE = re.compile(
    r"\b(?:professor|researcher|analyst|expert|economist|scholar|lawyer|fellow|student|"
    r"correspondent|reporter|editor|historian|academic|lecturer|consultant|observer)s?\b",
    re.IGNORECASE,
)
# An office in a body named after it, in an apposition: "X, joint general secretary of the
# NEU,", "X, a negotiator for the NZNO,": lower-case words, then "of", "for" or "at"
_OFFICE_OF = re.compile(
    r",[ ](?:(?:a|an|the)[ ])?(?P<office>(?:[a-z][\w-]*[ ]){1,4}?)(?:of|for|at)[ ](?:the[ ])?"
)
# "X, who heads the NEU,": a relative clause naming the body the person leads
_WHO_LEADS = re.compile(
    r",[ ]who[ ](?:now[ ]|also[ ])?(?:heads|headed|leads|led|chairs|chaired|runs|ran|"
    r"represents|represented|speaks[ ]for)[ ](?:the[ ])?"
)
_OF_RIGHT_AFTER = re.compile(r",?[ ]of[ ](?:the[ ])?")  # "X of the NEU", "X, of the NEU,"


# The lower-case word after a body's name, and the words that do not make the name a
# modifier of a noun: function words and verbs ("of the NEU said", "the NEU, who")
_WORD_AFTER = re.compile(r"[ ]([a-z][\w-]*)")
# a verb after the name, not a noun it qualifies: a word followed by a determiner ("the NEU
# takes a softer line", "the NEU wants the offer")
_VERB_BEFORE_OBJECT = re.compile(
    r"[ ][a-z][\w-]*s[ ](?:a|an|the|no|its|their|his|her|this|that)[ ]"
)
_NOT_NOUN = re.compile(
    r"(?:and|or|but|in|on|at|to|for|with|from|by|as|who|which|that|since|until|after|"
    r"before|when|while|had|has|have|is|was|were|are|will|would|could|can|may|might|"
    r"must|should|also|then|says|said|tells|told|[a-z]+ed)"
)


def _named_at(text: str, forms: list[tuple[str, str]], pos: int) -> str | None:
    """The code of the body named right at ``pos``, as a name of its own: not a modifier
    of a lower-case noun after it ("the EU's", "the NEU" yes; "EU law", "OSCE mission" no)."""
    for form, code in forms:
        if text.startswith(form, pos):
            end = pos + len(form)
            if end < len(text) and (text[end].isalnum() or text[end] in "-"):
                continue
            after = _WORD_AFTER.match(text, end)
            if (
                after is not None
                and not _NOT_NOUN.fullmatch(after.group(1))
                and after.group(1) not in _KIND_NOUNS
                and _VERB_BEFORE_OBJECT.match(text, end) is None
            ):
                return None
            return code
    return None


# Nouns of a body's kind after its name that the name does not qualify as a modifier: the
# name in apposition to its own kind ("the STOP union", "the Tipra Motha party")
_KIND_NOUNS = frozenset(
    ("union", "party", "federation", "confederation", "association", "movement", "alliance",
     "coalition", "front", "organisation", "organization")
)  # fmt: skip


def member_of(text: str, speaker: str | None, pos: int, parties: list[Unlisted]) -> str | None:
    """The listed body the speaker is introduced as holding an office in, read where the
    speaker's full name is written (up to ``pos``, four times at most): "the leader of
    the NEU, X", "X of the NEU", "X, joint general secretary
    of the NEU,", "X, who heads the NEU,"; None for an office of study or report ("a
    professor of EU law") or a body that only qualifies a noun ("the OSCE mission")."""
    if not parties or not speaker or " " not in speaker.strip() or not speaker[:1].isupper():
        return None
    forms = forms_by_length(parties)
    for i in _written_at(text, speaker, pos):
        b = i + len(speaker)
        left = text[_sentence_start(text, i) : i]
        for form, code in forms:
            if form not in left:
                continue  # (the pattern holds the form as written)
            m = re.search(
                rf"\b(?:of|for|at)[ ](?:the[ ])?{re.escape(form)}(?:[ ]?\([A-Za-z0-9 ]+\))?,[ ]?$",
                left,
            )
            if m is not None and not _NOT_OFFICE.search(left[max(0, m.start() - 30) : m.start()]):
                return code
        owned = _owner_around(text, forms, left, b)
        if owned is not None:
            return owned
        for pattern in (_OF_RIGHT_AFTER, _OFFICE_OF, _WHO_LEADS):
            m = pattern.match(text, b)
            if m is None or (m.groupdict().get("office") and _NOT_OFFICE.search(m.group("office"))):
                continue
            named = _named_at(text, forms, m.end()) or _premodified_at(text, forms, m.end())
            if named is None and pattern is not _OF_RIGHT_AFTER:
                named = _office_chain(text, forms, m.end())
            if named is not None:
                return named
    return None


# An office after a body's name in the possessive, in an apposition after a person's name
# ("X, the NEU's chief negotiator,"): lower-case words up to the apposition's end or a verb
_OFFICE_AFTER_OWNER = re.compile(
    r"['’]s(?:[ ][a-z][\w-]*){1,4}(?=[,.;]|[ ](?:said|says|told|tells)\b)"
)
# an office right before a person's name, after a body's name in the possessive
_OFFICE_BEFORE = re.compile(rf"['’]s(?:{_TITLE_RUN})?[ ]$")
_WHOSE = re.compile(r",[ ]whose[ ](?:the[ ])?")


def _owner_around(text: str, forms: list[tuple[str, str]], left: str, b: int) -> str | None:
    """The listed body a person's introduction names in the possessive or with "whose":
    "the NEU's X", "NEU's chief negotiator X" (``left``: the sentence up to the name), "X,
    the NEU's chief negotiator," and "X, whose NEU party ..." (the name ends at ``b``); not an
    office of study ("the NEU's former analyst")."""
    whose = _WHOSE.match(text, b)
    apposed = re.match(r",[ ](?:the[ ])?", text[b : b + 6])
    for form, code in forms:
        at = left.rfind(form)
        if at >= 0 and (at == 0 or not (left[at - 1].isalnum() or left[at - 1] == "-")):
            before = _OFFICE_BEFORE.fullmatch(left, at + len(form))
            if before is not None and not _NOT_OFFICE.search(before.group(0)):
                return code
        if apposed is not None and text.startswith(form, b + apposed.end()):
            after = _OFFICE_AFTER_OWNER.match(text, b + apposed.end() + len(form))
            if after is not None and not _NOT_OFFICE.search(after.group(0)):
                return code
        if whose is not None and _named_form(text, form, whose.end()):
            return code
    return None


def _named_form(text: str, form: str, pos: int) -> bool:
    """Whether ``form`` is written at ``pos`` as a whole word."""
    end = pos + len(form)
    return text.startswith(form, pos) and not (
        end < len(text) and (text[end].isalnum() or text[end] == "-")
    )


# Where an office apposition stops ("X, chair of A and of B, said"): a comma, a clause's end
_APPOSITION_STOP = re.compile(r"[,;:.!?\"“”()\n]|[ ](?:who|which|that|whose|where|when)\b")
# "of the", "of" before a body's name inside an office apposition
_OF_IN = re.compile(r"\bof[ ](?:the[ ])?")


def _office_chain(text: str, forms: list[tuple[str, str]], pos: int) -> str | None:
    """The listed body an office apposition names further on, after an office of a body
    the gazetteer does not list or a part of one ("X, general secretary of Y and chair of
    the pay committee of the NEU,", "X, who led the unions' side as chair of the NEU's
    pay committee,"): the first name of a listed body after "of" before the apposition
    ends (a comma, a relative clause), in an apposition that holds no office of study."""
    stop = _APPOSITION_STOP.search(text, pos, pos + _LOOK)
    end = stop.start() if stop is not None else min(len(text), pos + _LOOK)
    if _NOT_OFFICE.search(text, pos, end):
        return None
    for of in _OF_IN.finditer(text, pos, end):
        named = _named_at(text, forms, of.end())
        if named is not None:
            return named
    return None


# One word that describes a body before its name ("socialist", "Christian", "union",
# "federation" in "the socialist union federation FGTB")
_PREMODIFIER = re.compile(r"([A-Za-z][a-z-]*)[ ]")


def _premodified_at(text: str, forms: list[tuple[str, str]], pos: int) -> str | None:
    """The code of the body named after one to three words that describe it, from ``pos``
    ("the socialist FGTB", "the Christian union federation ACV-CSC"): adjectives and class
    nouns, no function word or verb between ("the talks with the NEU" is no office in it)."""
    at = pos
    for _ in range(3):
        word = _PREMODIFIER.match(text, at)
        if word is None or _NOT_NOUN.fullmatch(word.group(1).lower()):
            return None
        at = word.end()
        named = _named_at(text, forms, at)
        if named is not None:
            return named
    return None


# The class nouns a text calls a listed body by in place of its name (``Actor.nouns``)
_CLASS_NOUNS = (
    r"unions|union|organisation|organization|federation|association|confederation|company|group|"
    r"firm|steelmaker|carmaker|automaker|chipmaker|planemaker|drugmaker|railroad|railway|council|"
    r"airline|carrier|hospital|party|chamber|employers|authority|movement|alliance|society|caucus"
    r"|[Aa]ssembly|[Cc]ommittee|[Cc]ongress|[Cc]ommission"
)
# The subject right before a reporting verb that refers back to a body by its class noun:
# "the union said", "the union's leaders said", "a spokesperson for the organisation told"
_NOUN_SUBJECT = re.compile(
    r"(?:\b[Tt]he[ ]|\b[Aa][ ]spokes(?:man|woman|person)[ ]for[ ]the[ ])"
    # "the Atlanta-based railroad": where the body is based says nothing of which
    r"(?:[A-Z][a-z]+-based[ ])?"
    rf"(?P<noun>{_CLASS_NOUNS})"
    r"(?:['’]s?(?:[ ][a-z]+){1,2})?,?[ ](?:also[ ]|has[ ]|had[ ])?$"
    # "a union spokeswoman said": the class noun qualifying one who speaks for the body
    rf"|\b[Aa][ ](?P<qualifier>{_CLASS_NOUNS})[ ](?:spokes(?:man|woman|person)|official)"
    r"[ ](?:also[ ])?$"
)
# "a person familiar with its thinking said", "a source close to it said": one who speaks
# for the body "it" stands for, the body named last
_ITS_SUBJECT = re.compile(
    r"\b(?:close[ ]to|familiar[ ]with)[ ](?:its(?:[ ][a-z]+){1,2}|it),?[ ](?:also[ ])?$"
)
# nouns for a company by its trade, which a body the gazetteer calls "company" may be called
_COMPANY_NOUNS = frozenset(
    (
        "firm",
        "steelmaker",
        "carmaker",
        "automaker",
        "chipmaker",
        "planemaker",
        "drugmaker",
        "railroad",
        "railway",
    )
)
# nouns any body may be called by ("the organisation"): the nearest body's class need not
# say so
_ANY_BODY_NOUNS = frozenset(("organisation",))


def _of_class(noun: str, party: Unlisted, form: str, declared: bool = False) -> bool:
    """True when the listed body may be called by the class noun ``noun``: the gazetteer
    gives it the noun, or (unless ``declared``) its name as written holds it ("... Workers'
    Union"); a body of states is no union (of workers) whatever its name."""
    if noun in ("union", "unions") and party.of_states:
        return False
    if noun in _COMPANY_NOUNS and noun not in party.nouns:
        noun = "company"  # "the firm", "the steelmaker": a company by its trade
    if noun == "unions":
        # several unions: one body of them, which the gazetteer calls so or whose name
        # holds the plural ("Irish Congress of Trade Unions"), not a single union
        return noun in party.nouns or "Unions" in form.split()
    if declared:
        return noun in party.nouns
    return noun in party.nouns or _names_class(noun, form)


# a Romance name's prepositions: its head comes first ("Union Marocaine du Travail")
_ROMANCE_OF = frozenset(("de", "du", "des", "del", "della", "di", "do", "da", "dos", "das"))
# the prepositions after an English name's head ("Union of ...", "Party for ...")
_HEAD_OF = frozenset(("of", "for", "on", "against"))


def _names_class(noun: str, form: str) -> bool:
    """Whether a name as written calls its body by the class noun ``noun`` (which it
    holds: "... Workers' Union", "Union of ...", "Trades Union Congress"), except where the
    noun opens an English name and only qualifies the proper name after it: "Union Pacific"
    (a railroad) is no union, unlike "Union of ..." or a Romance name ("Union Générale des
    Travailleurs", whose head comes first)."""
    name = form.lower().replace("organization", "organisation")
    if noun not in name:
        return False
    words = name.split()
    return not (
        len(words) > 1
        and words[0] == noun
        and words[1] not in _HEAD_OF
        and not _ROMANCE_OF.intersection(words)
    )


def noun_subject(text: str, cue_start: int, parties: list[Unlisted], floor: int = 0) -> str | None:
    """The listed body a class-noun subject right before the reporting verb at
    ``cue_start`` (after ``floor``) refers back to ("the union said": the listed body named
    last before, where no other body's name stands between and its class allows the noun;
    else the one body of that class the text has named so far), or None."""
    lo = max(0, floor, cue_start - 60)
    subject = _NOUN_SUBJECT.search(text, lo, cue_start) if parties else None
    if subject is None:
        its = _ITS_SUBJECT.search(text, lo, cue_start) if parties else None
        if its is not None:
            return _nearest_body(text, forms_by_length(parties), its.start())
        return _spokesperson_after_noun(text, cue_start, parties, floor) or _its_people(
            text, cue_start, parties, floor
        )
    noun = subject.group("noun") or subject.group("qualifier")
    return _class_body(text, noun, subject.start(), cue_start, parties)


# "the union" as the subject of a reported clause ("the union had come around"), not a
# possessive or a name's word ("the union's demand", "the Union of ..."); not a noun any
# body may be called by ("the organisation": which body, the class does not say)
_CLASS_SUBJECT = re.compile(
    rf"[Tt]he[ ](?!organi[sz]ation\b)(?P<noun>{_CLASS_NOUNS})\b(?![ ]of\b|['’-])"
)


# A reporting verb that shares the subject of the clause before it ("The council has begun
# training drivers [and says]", "The authority rejected the text[, arguing] that", "said it
# would wait[, and warned] that"): no subject of its own between the "and" and the verb
_COORDINATED = re.compile(
    r"(?:,?[ ]and[ ](?:it[ ]|they[ ])?(?:also[ ]|then[ ]|has[ ]|have[ ])?|,[ ])$"
)
# a sentence's end before the verb's subject
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])|\n")
# a sentence that opens on a class noun and a verb ("The union rejected ...")
# (after a fronted phrase: "In a statement on Thursday, the federation said")
_OPENING_NOUN = re.compile(
    rf"(?:[A-Z][^,.;:\"“”]{{0,60}},[ ])?[Tt]he[ ](?P<noun>{_CLASS_NOUNS})[ ](?!of\b)[a-z]"
)
# "according to the council," "according to the district's own figures,"
_ACCORDING_NOUN = re.compile(rf"[ ](?:[Tt]he|[Tt]heir)[ ](?P<noun>{_CLASS_NOUNS})\b(?![ ]of\b|-)")


def coordinated_subject(text: str, cue_start: int, cue: str, parties: list[Unlisted]) -> str | None:
    """The listed body a class noun refers back to where it is the subject of a reporting
    verb that is not next to it: the subject of the sentence whose second verb the cue is
    ("The council has begun training drivers and says ..."; the sentence opens on "The
    <class noun>" and the cue follows "and" or a comma), or the source of "according to the
    <class noun>"; else None."""
    if not parties:
        return None
    if cue.lower().startswith("according to"):
        found = _ACCORDING_NOUN.match(text, cue_start + len("according to"))
        if found is None:
            return None
        return _class_body(text, found.group("noun"), found.start() + 1, cue_start, parties)
    if _COORDINATED.search(text, max(0, cue_start - 20), cue_start) is None:
        return None
    ends = list(_SENTENCE_END.finditer(text, max(0, cue_start - 400), cue_start))
    if not ends and cue_start > 400:
        return None
    opening = _OPENING_NOUN.match(text, ends[-1].end() if ends else 0)
    if opening is None:
        return None
    return _class_body(text, opening.group("noun"), opening.start("noun") - 4, cue_start, parties)


def class_subjects(text: str, lo: int, hi: int) -> list[int]:
    """Where "the <class noun>" opens in text[lo:hi] (see :func:`class_subject`)."""
    return [m.start() for m in _CLASS_SUBJECT.finditer(text, lo, hi)]


# "the <class noun>'s" as the possessor opening a subject ("the union's demand", "the
# party's leadership"): the body's own position or people
_CLASS_OWNER = re.compile(
    rf"[Tt]he[ ](?!organi[sz]ation\b)(?P<noun>{_CLASS_NOUNS})['’]s?[ ](?=[a-z])"
)


def class_owner(text: str, pos: int, parties: list[Unlisted]) -> str | None:
    """The listed body that "the <class noun>'s" written at ``pos`` refers back to, as
    :func:`class_subject` reads "the <class noun>" ("the union's demand": the union named
    before), else None."""
    found = _CLASS_OWNER.match(text, pos) if parties else None
    if found is None:
        return None
    return _class_body(text, found.group("noun"), pos, pos, parties, declared=True)


def class_subject(text: str, pos: int, parties: list[Unlisted]) -> str | None:
    """The listed body that "the <class noun>" written at ``pos`` refers back to (the
    union, the council, the company: the body named last whose class the gazetteer gives
    the noun, or the one such body the text has named so far; see :func:`noun_subject`),
    else None. Only the gazetteer's class nouns count, not a noun in a name as written: a
    farmers' "union" is not the European Union."""
    found = _CLASS_SUBJECT.match(text, pos) if parties else None
    if found is None:
        return None
    return _class_body(text, found.group("noun"), pos, pos, parties, declared=True)


# A bare spokesperson opening a sentence right before the reporting verb ("A spokesperson
# said"), and a sentence that opens on a class noun ("The company rejects the charge.")
_BARE_SPOKES = re.compile(r"(?:^|[.!?]\s+|\n)[Aa][ ]spokes(?:man|woman|person)[ ](?:also[ ])?$")
_NOUN_OPENING = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))[Tt]he[ ](?P<noun>{_CLASS_NOUNS})[ ](?!of\b)[a-z]"
)


def _spokesperson_after_noun(
    text: str, cue_start: int, parties: list[Unlisted], floor: int
) -> str | None:
    """The listed body whose class noun opens the sentence before a bare "A spokesperson
    said" ("The company rejects the charge. A spokesperson said"): whose spokesperson the
    text leaves to that sentence, or None."""
    bare = _BARE_SPOKES.search(text, max(0, floor, cue_start - 40), cue_start) if parties else None
    if bare is None:
        return None
    at = bare.start() + (len(bare.group(0)) - len(bare.group(0).lstrip(".!?\n \t")))
    cut = max(text.rfind(". ", 0, at - 1), text.rfind("\n", 0, at - 1), text.rfind("? ", 0, at - 1))
    opening = _NOUN_OPENING.match(text, cut + 2 if text[cut : cut + 1] in ".?" else cut + 1)
    if opening is None or opening.start() < floor:
        return None
    return _class_body(text, opening.group("noun"), opening.start(), cue_start, parties)


# "Its leaders said", "Its spokesman told": a sentence that opens on the people of the
# body "its" stands for, right before the verb
_ITS_PEOPLE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s)|(?<=\n))Its(?:[ ][a-z]+){1,2}[ ](?:also[ ])?$"
)


def _its_people(text: str, cue_start: int, parties: list[Unlisted], floor: int) -> str | None:
    """The listed body "its" stands for in a subject "Its <people>" right before the verb
    ("The union has called a stoppage. Its leaders said"): the body that opens the sentence
    before in the same paragraph, by its name or by "the <class noun>"; else None."""
    its = _ITS_PEOPLE.search(text, max(0, floor, cue_start - 40), cue_start) if parties else None
    if its is None:
        return None
    opener = _sentence_before_opener(text, forms_by_length(parties), its.start())
    if opener is not None:
        return opener
    before = _sentence_before_start(text, its.start())
    return None if before is None else class_subject(text, before, parties)


def _class_body(
    text: str,
    noun: str,
    start: int,
    cue_start: int,
    parties: list[Unlisted],
    declared: bool = False,
) -> str | None:
    """The listed body the class noun ``noun`` written at ``start`` refers back to (see
    :func:`noun_subject`); with ``declared``, only a body the gazetteer gives that noun."""
    noun = noun.lower().replace("organization", "organisation")
    forms = forms_by_length(parties)
    by_code = {p.code: p for p in parties}
    for form, code in forms:
        if text.startswith(form, start) and _of_class(noun, by_code[code], form, declared):
            # the noun is itself how the text names the body ("the council", a body the
            # text never names in full: see :func:`_by_kind`)
            return code
    near = _nearest_body(text, forms, cue_start, noun=True)
    if near is not None and (
        (noun in _ANY_BODY_NOUNS and not declared)
        or any(_of_class(noun, by_code[near], f, declared) for f, c in forms if c == near)
    ):
        return near
    opener = _sentence_before_opener(text, forms, start)
    if opener is not None and any(
        _of_class(noun, by_code[opener], f, declared) for f, c in forms if c == opener
    ):
        # "Mount Sinai said that the union's leaders ... . The hospital said": the body
        # that opens the sentence right before, whatever other body that sentence names
        return opener
    # named further back: the one body the text has named so far whose class has the noun
    # ("the union": the only union named before, however long ago)
    fitting = {
        (form, code)
        for form, code in forms
        if _of_class(noun, by_code[code], form, declared)
        and _first_form(text, [(form, code)], 0, start) is not None
    }
    if len({code for _, code in fitting}) > 1:
        return _dominant(text, fitting, start)
    if not fitting:
        return None
    # (not where the text names another body of the noun the gazetteer lacks: "The
    # Harbour Workers Union joined them. The union said")
    spans = [
        (i, i + len(f))
        for f, c in forms
        for i in (m.start() for m in re.finditer(re.escape(f), text[:start]))
    ]
    head = re.compile(rf"(?<![\w-]){noun[0].upper()}{noun[1:5]}\w*", re.IGNORECASE)
    for word in head.finditer(text, 0, start):
        if (
            word.group(0)[:1].isupper()
            and not any(a <= word.start() < b for a, b in spans)
            and _in_a_name(text, word.start(), word.end())
        ):
            return None
    return next(iter(fitting))[1]


# How many times more often the story must have named one body than any other of the
# same class for "the <class noun>" to stand for it where the nearest name does not decide
_DOMINANCE = 3


def _sentence_before_opener(text: str, forms: list[tuple[str, str]], start: int) -> str | None:
    """The body whose name (as ``forms`` write it) opens the sentence right before the one
    in which ``start`` stands, in the same paragraph, or None."""
    opening = _sentence_before_start(text, start)
    if opening is None:
        return None
    for form, code in sorted(forms, key=lambda fc: -len(fc[0])):
        if text.startswith(form, opening) and not text[opening + len(form)].isalnum():
            return code
    return None


def _sentence_before_start(text: str, start: int) -> int | None:
    """Where the sentence right before the one in which ``start`` stands opens, in the same
    paragraph, or None."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 600), start + 1)]
    if len(ends) < 2 or "\n" in text[ends[-2] : start]:
        return None
    return ends[-2]


def _dominant(text: str, fitting: set[tuple[str, str]], start: int) -> str | None:
    """Of several bodies of one class named before ``start``, the one the story is about:
    named at least ``_DOMINANCE`` times as often as any other ("the party" in a story on one
    party that names a rival once), or None."""
    counts: dict[str, int] = {}
    for form, code in fitting:
        counts[code] = counts.get(code, 0) + len(
            re.findall(rf"(?<!\w){re.escape(form)}(?!\w)", text[:start])
        )
    ranked = sorted(counts.values(), reverse=True)
    best = max(counts, key=lambda c: counts[c])
    return best if ranked[0] >= _DOMINANCE * max(ranked[1], 1) else None


# A capitalised word before a class noun that makes it a name's ("Ferry Workers Union",
# "City Council"; not an article opening a sentence), or "of" and a capitalised word after
# it ("Council of Atacameno Peoples")
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’&.-])(?!(?:The|A|An)[ ])[A-Z][\w'’&.-]*[ ]$")
_NAME_AFTER_OF = re.compile(r"[ ](?:of|for)[ ](?:the[ ])?[A-Z]")


def _in_a_name(text: str, start: int, end: int) -> bool:
    """True when the capitalised class noun at ``start:end`` belongs to a body's name
    ("Harbour Ferry Workers Union", "Council of Atacameno Peoples"), not to a title or a
    sentence's first words ("Council leader X said")."""
    return (
        _NAME_WORD_BEFORE.search(text, max(0, start - 40), start) is not None
        or _NAME_AFTER_OF.match(text, end) is not None
    )


# A body a state owns, as a text introduces it: "the state-run Bangladesh Power
# Development Board (BPDB)", "state oil company TIMOR GAP", "Russia's state nuclear
# company Rosatom", "Energoatom, Ukraine's state nuclear operator,". Its people speak for
# the state (a state's company or agency is the state's voice in a negotiation, as its
# ministry is); the news agencies and broadcasters a state owns report, they do not speak.
_OWNED = (
    r"(?:state[- ](?:run|owned|controlled)|government[- ](?:owned|run)|publicly[- ]owned"
    r"|sovereign)"
)
_OWNED_NOUNS = (
    "company", "corporation", "firm", "operator", "utility", "board", "enterprise", "group",
    "producer", "manufacturer", "railway", "railways", "carrier", "airline", "insurer",
    "monopoly", "giant", "agency", "authority", "holding", "conglomerate", "fund",
)  # fmt: skip
_NOT_OWNED_BODIES = frozenset(
    ("news", "broadcaster", "television", "radio", "media", "pollster", "newspaper", "press")
)
_OWNED_NOUN = rf"(?:{'|'.join(_OWNED_NOUNS)})"
_NAME = rf"{_CAP}(?:[ ](?:{_LINK}[ ])?{_CAP}){{0,6}}"
# "state-run X", "the state nuclear corporation X", "Russia's state nuclear company X"
_OWNED_BEFORE = re.compile(
    rf"(?:(?P<owner>{_CAP}(?:[ ]{_CAP})?)['’]s[ ]|\b)"
    rf"(?:{_OWNED}[ ](?P<low>(?:[a-z][\w-]*[ ]){{0,3}})|state[ ](?P<noun>(?:[a-z][\w-]*[ ]){{0,2}}"
    rf"{_OWNED_NOUN})[ ])"
    rf"(?P<name>{_NAME})(?:[ ]\((?P<acr>[A-Z][A-Za-z0-9]+)\))?"
)
# "X, the state energy company,", "X, Ukraine's state nuclear operator,"
_OWNED_AFTER = re.compile(
    rf"(?P<name>{_NAME})(?:[ ]\((?P<acr>[A-Z][A-Za-z0-9]+)\))?,[ ]"
    rf"(?:(?:the|a|an)[ ]|(?P<owner>{_CAP}(?:[ ]{_CAP})?)['’]s[ ])"
    rf"(?:{_OWNED}|state)[ ](?P<noun>(?:[a-z][\w-]*[ ]){{0,3}}?{_OWNED_NOUN})\b"
)


# The word every introduction of a state's body holds, and how far around it a name may be
_OWNED_ANCHOR = re.compile(
    rf"\b(?:{_OWNED}|state[ ](?:[a-z][\w-]*[ ]){{0,2}}{_OWNED_NOUN}\b)", re.IGNORECASE
)
# the anchor's words less their first letter, found by plain search (a pattern tried at
# every character of a text costs more than the rest of this step)
_ANCHOR_TAILS = ("tate", "overnment", "ublicly", "overeign")


def _owned_anchors(text: str) -> Iterator[re.Match[str]]:
    """The anchors (``_OWNED_ANCHOR``) of ``text``, in no particular order."""
    for tail in _ANCHOR_TAILS:
        i = text.find(tail, 1)
        while i > 0:
            m = _OWNED_ANCHOR.match(text, i - 1)
            if m is not None:
                yield m
            i = text.find(tail, i + 1)


_OWNED_REACH = 120


def owning_state(gaz: Gazetteer, words: Iterable[str]) -> str | None:
    """The one state a name's or an owner's words name ("Bangladesh Power Development
    Board", "Russia"), by the gazetteer's names and adjectives."""
    found = set()
    for word in words:
        code = gaz.actor_of(word)
        actor = gaz.actors.get(code or "")
        if actor is not None and actor.kind is ActorKind.STATE:
            found.add(actor.code)
    return found.pop() if len(found) == 1 else None


def state_bodies(
    text: str, gaz: Gazetteer, state_at: Callable[[int], str | None]
) -> list[Unlisted]:
    """The bodies the text introduces as owned by a state, each with that state's code: the
    state the introduction names ("Russia's state nuclear company Rosatom", "the state-run
    Bangladesh Power Development Board"), else the one ``state_at`` gives at the
    introduction (the state the paragraph is about, as for "the government"). Names the
    gazetteer knows keep its reading; the bodies it records a state as owning (``owned``,
    "Rosatom") join their state wherever the text names them."""
    found: dict[str, set[str]] = {}
    # (the patterns read only around the words that can open such an introduction: they
    # try every capitalised word of a text otherwise)
    windows: list[list[int]] = []
    for anchor in sorted(_owned_anchors(text), key=lambda a: a.start()):
        # (from a word's start: a match must not open inside a name, "IMOR GAP")
        lo = text.rfind(" ", 0, max(0, anchor.start() - _OWNED_REACH)) + 1
        hi = anchor.end() + _OWNED_REACH
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    matches = [
        m
        for lo, hi in windows
        for pattern in (_OWNED_BEFORE, _OWNED_AFTER)
        for m in pattern.finditer(text, lo, min(hi, len(text)))
    ]
    for m in matches:
        low = m.groupdict().get("low")
        described = (low or m.group("noun") or "").split()
        if low is not None and described and described[-1] not in _OWNED_NOUNS:
            continue  # "state-run refiners were", "a state-owned stake": no body named
        if not _NOT_OWNED_BODIES.isdisjoint(described):
            continue  # "the state news agency KCNA": a source, not a party
        name = m.group("name")
        if _known(gaz, name) or name.split()[0] in ("The", "A", "An"):
            continue
        words = [*name.split(), *(m.group("owner") or "").split()]
        whole = [" ".join(name.split()[:k]) for k in range(2, len(name.split()) + 1)]
        state = owning_state(gaz, [*words, *whole, m.group("owner") or ""])
        if state is None:
            side = state_at(m.start("name"))
            actor = gaz.actors.get(side or "")
            state = actor.code if actor is not None and actor.kind is ActorKind.STATE else None
        if state is None:
            continue
        forms = found.setdefault(state, set())
        forms.add(name)
        if m.group("acr"):
            forms.add(m.group("acr"))
    for actor in gaz.actors.values():
        for name in actor.owned:
            # the gazetteer's facts: a company or fund a state owns, named in the text
            if name in text and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                found.setdefault(actor.code, set()).add(name)
    return [
        Unlisted(code, sorted(forms, key=len)[-1], tuple(sorted(forms, key=len, reverse=True)))
        for code, forms in found.items()
    ]


# "Its chief executive, X": an introduction by "its" and a title opening a sentence
_ITS_TITLE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s)|(?<=\n))Its[ ](?:[a-z][\w-]*[ ]){1,3}?[a-z][\w-]*,[ ]$"
)


def its_officer(text: str, speaker: str, bodies: list[Unlisted]) -> str | None:
    """The code of the body that opens the sentence before a speaker first introduced as
    "Its <title>, X" ("Y said in a statement that ... Its chief executive, X, said"):
    what "its" stands for there. None when that sentence opens on no form of ``bodies``."""
    i = text.find(speaker)
    if i < 0:
        return None
    lead = _ITS_TITLE.search(text, max(0, i - 60), i)
    if lead is None:
        return None
    before = _sentence_start(text, max(0, lead.start() - 2), look=None)
    while before < len(text) and text[before].isspace():
        before += 1
    for form, code in forms_by_length(bodies):
        if text.startswith(form, before) and not text.startswith(f"{form}'", before):
            return code
    return None


# "An executive at one Abu Dhabi state fund", "a manager of a Saudi state-owned company":
# an unnamed person the text places in a body a named place's state owns
_AT_OWNED = re.compile(
    rf"(?:An?|One)[ ](?:[a-z][\w-]*[ ]){{1,3}}?(?:at|of|for|from|with)[ ](?:a|an|one)[ ]"
    rf"(?P<owner>{_CAP}(?:[ ]{_CAP})?)[ ](?:{_OWNED}|state)[ ]"
    rf"(?:[a-z][\w-]*[ ]){{0,2}}?{_OWNED_NOUN}\b"
)


def owned_describer(text: str, cue_start: int, gaz: Gazetteer) -> str | None:
    """The state of the body an unnamed speaker's description places them in, when the
    sentence opens on that description and names the owning state's place ("An executive
    at one Abu Dhabi state fund, speaking on condition ..., said"); None otherwise."""
    start = max(text.rfind(". ", 0, cue_start) + 2, text.rfind("\n", 0, cue_start) + 1)
    m = _AT_OWNED.match(text, start, cue_start)
    if m is None:
        return None
    owner = m.group("owner")
    return owning_state(gaz, [owner, *owner.split()])
