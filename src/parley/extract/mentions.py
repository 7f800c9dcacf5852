"""Mentions of people, actors, offices and pronouns, found with spaCy matchers.

The tokenizer and PhraseMatcher come from spaCy's blank English pipeline; when a
trained pipeline is installed and selected, its PERSON entities add names the
gazetteer does not know.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from functools import lru_cache

import spacy
from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS as _STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from parley.actors import ActorKind, Gazetteer, Gender, Person, load_gazetteer
from parley.extract.body_heads import BODY_HEADS, heads_named, written_alone
from parley.extract.counterpart import negotiating_parties
from parley.extract.government_titles import SERVICES
from parley.extract.headline_side import headline_sub_state
from parley.extract.outnamed import sub_state_outnamed
from parley.extract.roles import (
    GROUPS,
    INSTITUTIONS,
    OPPOSITION_ROLES,
    PERSON_ROLES,
    PORTFOLIOS,
    PRIVATE,
    STATE_NOUNS,
    RoleClass,
    role_class,
)
from parley.extract.word_cache import WordCache
from parley.places import (
    capital_city_government,
    place_state,
    place_state_variant,
    regional_government,
    regional_state,
    short_body_names,
)

# The longest piece of text given to spaCy at once (its own limit is nlp.max_length).
CHUNK_CHARS = 100_000

_M, _F, _P = Gender.MALE, Gender.FEMALE, Gender.PLURAL
PRONOUNS = {
    "he": _M, "she": _F, "He": _M, "She": _F, "him": _M, "they": _P, "They": _P, "them": _P,
    "it": _P, "It": _P, "One": _P, "Another": _P, "another": _P,
}  # fmt: skip
_NOT_NAME = {
    "The", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "As", "After", "Before", "By",
    "During", "Despite", "While", "When", "Since", "This", "That", "These", "Those", "It",
    "Its", "His", "Her", "Their", "Our", "We", "They", "He", "She", "I", "Mr", "Mrs", "Ms",
    "Dr", "President", "Minister", "Prime", "Foreign", "Secretary", "General", "Chancellor",
    "Spokesman", "Spokeswoman", "Spokesperson", "Envoy", "Special", "Vice", "Deputy",
    "Senator", "Sen", "Rep", "Gov", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
    "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "According", "Speaking",
    "Asked", "Russian", "Ukrainian", "American", "European", "Western", "Kremlin", "Photo",
    "Read", "More", "Related", "Security", "Council", "Ministry", "Office", "Army", "Defence",
    "Defense", "State", "Department", "House", "Senate", "Parliament", "Union", "National",
    "Commission", "Agency", "News", "Times", "Post", "Press", "Update", "Live", "Breaking",
    "Peace", "Plan", "Point", "Thanksgiving", "Christmas", "Geneva", "Moscow", "Kyiv",
    # title words before a name ("Acting Labor Secretary Julie Su", "Lieutenant General X")
    "Acting", "Interim", "Presidential", "Commissioner", "Ambassador", "Admiral", "Lieutenant",
    "Colonel", "Major", "Captain", "Gen", "Lt", "Col", "Executive", "Director",
    "Administrator", "Rear", "Brigadier", "Commodore",
    # a court's titles ("U.S. District Judge X", "Chief Justice X")
    "Judge", "Justice", "District",
    # "One said", "Another told": one of a group (a pronoun below), never a surname
    "One", "Another",
    # interrogative and relative words, prepositions and conjunctions opening a sentence
    # or a quotation ("What Paris wants is ...", "For Ramos, the deal ..."): never a
    # name's first word
    "What", "Why", "Where", "Which", "Whose", "Whatever", "Wherever", "For", "From", "With",
    "Without", "Under", "Among", "Against", "Through", "Unlike", "Until", "Although",
    "Though", "Because", "Whether", "Amid",
}  # fmt: skip
# Prepositions of place that front a sentence ("Outside Santa Maria hospital, a nurse ...",
# "Near Kharkiv, ..."): the capitalised words they take are a place, never a person's name
# ("Inside" is not one: "Inside the party, ..." opens on a body whose own people speak next)
_LOCATIVE_OPENERS = frozenset(
    ("Outside", "Near", "Across", "Throughout", "Beyond", "Opposite", "Beneath", "Beside",
     "Behind", "Along", "Around", "Toward", "Towards")
)  # fmt: skip
_NOT_NAME |= _LOCATIVE_OPENERS
# a portfolio before a name is part of the title ("European Commissioner for Trade Maros
# Sefcovic", "Health Secretary Wes Streeting"), never the name's first word
_NOT_NAME |= {p.title() for p in PORTFOLIOS if " " not in p}
# Words that open sentences and are never given names
_COMMON_OPENERS = {
    "then", "now", "still", "yet", "so", "also", "meanwhile", "separately", "earlier",
    "later", "today", "yesterday", "tonight", "instead", "indeed", "however", "thus",
}  # fmt: skip
_UP = "A-ZÀ-ÖØ-ÞĆČĐŁŃŚŠŽŹŻ"
_LOW = "a-zß-öø-ÿāăąćčďđēėęěğīıķļłńňōőœřśşšţťūůűųźżž"
# abbreviations of two capitals that stand before a name as titles or labels, not initials
# ("PM Modi", "MP Jane Doe", "TV Rain", "AP Photo/...", "US President", "UK Minister")
_TWO_LETTER_TITLES = r"(?:PM|MP|MK|TV|AP|US|UK|UN|EU|AU|DC|HQ|VP|FM|GM|CM|DG|SG|MD|AI|ID|OK)\b"
# "Putin", "McCarthy", "Kassym-Jomart", "O'Neill", "Erdoğan", an initial "J."
_WORD = (
    # an apostrophe inside a name ("Sa'ar"), not a possessive "'s" ("Sorensen's hillside");
    # not the "Jr" of a generational "Jr." (see ``_SUFFIX``)
    rf"(?!(?:Jr|Sr)\.)(?:(?:[ODN]['’])?[{_UP}][{_LOW}]*(?:[{_UP}][{_LOW}]+)?[{_LOW}]"
    rf"(?:-[{_UP}]?[{_LOW}]+|['’](?!s\b)[{_UP}]?[{_LOW}]+)*"
    # an initial, or two written together ("G.K.", not three: "F.B.I."), or three before a
    # surname in lower case after its capital ("T.R.B. Rajaa"; not "F.B.I. Director")
    r"|(?<![A-Z]\.)[A-Z]\.[A-Z]\.(?![A-Z]\.)"
    rf"|(?<![A-Z]\.)(?:[A-Z]\.){{3}}(?=[ ][{_UP}][{_LOW}]+\b(?![ ][{_UP}]))|[A-Z]\."
    # two initials written together without stops, after the lower-case title they
    # follow ("union president JP Hornick said", "leader AJ Morgan,"), before a surname
    # that closes the name (not "NZ First Party"); not an abbreviated title, see
    # _TWO_LETTER_TITLES; an acronym the gazetteer knows is a mention of its own first
    # (or opening a sentence or a paragraph: "JB Hamby, the state's negotiator, said")
    rf"|(?:(?<=[{_LOW}][ ])|(?<=[.!?][ ])|(?<=\n)|(?<![\s\S]))(?!{_TWO_LETTER_TITLES})[A-Z]{{2}}"
    rf"(?=[ ][{_UP}][{_LOW}]+(?:$|[ ,.][^{_UP}])))"
)
# a generational suffix closes a personal name: "Abdusakur Tan II", "John Smith III"
GENERATIONAL = frozenset(("II", "III", "IV", "Jr.", "Sr."))
_SUFFIX = (
    rf"(?<=[{_LOW}][ ])(?:{'|'.join(map(re.escape, sorted(GENERATIONAL, key=len, reverse=True)))})"
    r"(?![\w'’])"
)
_NAME_WORD = re.compile(rf"{_WORD}|{_SUFFIX}")
# name particles inside a name: "David van Weel", "Ursula von der Leyen", "Sophie in 't Veld"
_PARTICLES = r"(?:van|von|der|den|de|da|do|dos|das|di|du|del|la|le|bin|ibn|ter|al|(?:in[ ])?['’]t)"
# the Arabic article joined to a name by a hyphen: "Izzat al-Rishq", "Mahmoud el-Masri"
_JOINED_ARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|an|ul|ud)[-‑]"
_NAME_RUN = re.compile(
    rf"\b{_WORD}(?:[ ](?:{_PARTICLES}[ ])*(?:{_JOINED_ARTICLE})?{_WORD})*(?:[ ]{_SUFFIX})?(?![\w])"
)
# Where a match of ``_NAME_RUN`` can start: a capital opening a word. Python's engine tries
# a pattern that opens on ``\b`` at every position of a text, but finds a character of a
# class by itself (see ``_name_runs``)
_NAME_START = re.compile(rf"[{_UP}](?<!\w.)")


def _name_runs(text: str) -> Iterator[re.Match[str]]:
    """``_NAME_RUN.finditer(text)``, tried only where a capital opens a word: every match
    opens on one (each of its alternatives starts with a capital, after ``\b``), so the
    first match from any position is the first of these that matches."""
    pos = 0
    search, match = _NAME_START.search, _NAME_RUN.match
    while (start := search(text, pos)) is not None:
        m = match(text, start.start())
        if m is None:
            pos = start.start() + 1
            continue
        yield m
        pos = m.end()  # a match holds a word: never empty


_LOCATIVE = re.compile(r"[-‑](?:based|born|headquartered)\b")
# "the Pretoria agreement", "the Doha commitments", "the Minsk format": a capital naming an
# agreement or a process after the city it was made in, not a party to it
_NAMED_AFTER = re.compile(
    r"\s+(?:peace\s+|ceasefire\s+|security\s+)?(?:agreements?|accords?|declarations?"
    r"|commitments|process|format|formula|framework|protocols?|memorandum|communiqu[eé]"
    r"|roadmap|understandings?|talks|conference)\b"
)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# A preposition that takes a place, not a company ("man in Leh", "funds from Tigray"): a
# body's first word after it is the place the body is named after. Not "at", "to", "of",
# "for", which take a company as readily ("pickets at United's hubs", "a venture of X").
_PLACE_PREP_BEFORE = re.compile(
    r"\b(?:in|from|near|across|around|outside|inside|throughout)\s+$", re.IGNORECASE
)
# "Yemen's Saudi-backed government", "Iranian-allied militias": the patron named in a
# compound modifier is not the side of the noun it modifies
_PATRON = re.compile(r"[-‑](?:backed|supported|funded|sponsored|allied|aligned|friendly)\b")
# "US dollar treasury bonds", "5 billion Canadian dollars", "Egyptian pounds": a state's
# name or demonym before its currency's name names the money, not the state
_CURRENCY = re.compile(
    r"[ -](?:dollars?|yen|yuan|renminbi|roubles?|rubles?|rupees?|liras?|pounds?|francs?"
    r"|rand|reais|pesos?|hryvnias?|ringgits?|rupiahs?|zlotys?|forints?|kron(?:a|or|er|e)"
    r"|lei|leu|dinars?|dirhams?|riyals?|rials?|shekels?|nairas?|shillings?|currency)\b(?!['’])"
)
# "the Strait of Gibraltar", "the Gulf of Oman", "the Sea of Japan": a body of water named
# after a state or territory is a place, not that party
_WATER_OF = re.compile(r"\b(?:Straits?|Gulf|Sea|Bay|Bight)\s+of\s+(?:the\s+)?$")
# Between a province or city and the office it qualifies: "Ontario Premier", "Kherson
# regional governor", "Belgorod region's governor"; and between an office and its place:
# "the governor of Kherson region", "the mayor of Odesa"
_PLACE_KINDS = r"(?:region|oblast|province|state|territory|city|county|district|prefecture)"
_PLACE_TO_OFFICE = re.compile(
    rf"(?:['’]s)?(?:\s+{_PLACE_KINDS}(?:['’]s)?|\s+(?:regional|provincial|state|city|municipal))?\s+"
)
_OFFICE_TO_PLACE = re.compile(r"\s+of\s+(?:the\s+)?")
# "the ambassador in Sofia", "an envoy at Varna": where an office-holder serves
_OFFICE_IN_PLACE = re.compile(r"\s+(?:in|at)\s+")
_PRONOUN = re.compile(
    r"\b(?:he|she|him|they|them|He|She|They|it|It)\b"
    # "One said ...", "Another told ...": one of the group that spoke last
    # (and in a clause of its own: "..., while another said ...")
    r"|\b(?:One|Another|another)\b(?=\s+(?:also\s+)?(?:said|says|told|tells|added|adds|argued|noted)\b)"
)


class MentionKind(StrEnum):
    """What a mention names."""

    PERSON = "person"  # a gazetteer person ("Vladimir Putin", "Zelensky")
    NAME = "name"  # a personal name the gazetteer does not know ("Musalia Mudavadi")
    SURNAME = "surname"  # one unknown capitalised word, perhaps a surname ("Mudavadi")
    ACTOR = "actor"  # an actor's name, capital or institution ("Kyiv", "the Kremlin")
    ADJECTIVE = "adjective"  # a demonym ("Russian", "Ukrainian")
    ROLE = "role"  # an office, institution, group or private noun, or a gazetteer description
    PRONOUN = "pronoun"


@dataclass(slots=True)
class Mention:
    """A span that may name who speaks or whom a statement is about."""

    start: int
    end: int
    kind: MentionKind
    text: str
    actor: str | None = None
    person: Person | None = None  # for kind PERSON
    role: str = ""  # the lower-cased office noun or description (kind ROLE)
    role_class: RoleClass | None = None  # for kind ROLE
    gender: Gender | None = None
    possessive: bool = False
    subnational: bool = False  # a province or city standing for its state ("Ontario")
    shared_by: tuple[str, ...] = ()  # the actors a shared form may stand for ("Congo")

    def actor_on(self, day: date | None) -> str | None:
        """The side the mention names: its person's on ``day``, else its actor code."""
        return self.person.actor_on(day) if self.person is not None else self.actor


# The last words of an organisation's name that stand for it alone, capitalised ("the Fund")
_SHORT_FORM_HEADS = frozenset(("Fund", "Bank", "Agency", "Organization", "Organisation"))
# The building nouns that end the name of a seat of power and stand for it alone after it
# ("Prague Castle ... the Castle", "Carthage Palace ... the Palace")
_SEAT_HEADS = frozenset(("Castle", "Palace", "Mansion", "Residence"))
# A proper word that may open a body's name and stand for it alone: capitalised, not "The"
_PROPER_FIRST = re.compile(r"(?!The\b)[A-Z][a-z]{2,}")
# A body's name that is a branch of another ("<X> branch of <Y>", "<X> chapter of <Y>"):
# its first words say whose or where the branch is
_BRANCH_OF = re.compile(r"(?:[A-Z][\w'’.-]*[ ]){1,3}(?:branch|chapter|local|section|unit)[ ]of[ ]")


def branch_name(name: str) -> bool:
    """Whether a body's ``name`` is that of a branch of another body ("Hyundai Motor branch
    of the Korean Metal Workers' Union"): its leading words name the employer or the place
    whose branch it is, so they never stand for the branch alone."""
    return _BRANCH_OF.match(name) is not None


# A noun for one who speaks for a body, after its name's first word: "A United spokesman"
_VOICE_NOUN_AFTER = re.compile(
    r"\s+(?:spokes(?:man|woman|person)|official|executive|negotiator|representative)\b"
)
# What a possessive after a name is as a token of its own.
_POSSESSIVES = ("'s", "’s", "'")


def _longest_first(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Token ranges (start, end, label) as :func:`spacy.util.filter_spans` keeps spans:
    the longest first (the earlier of two as long, the first listed of two the same),
    none overlapping one kept, in text order."""
    kept = []
    seen: set[int] = set()
    for a, b, label in sorted(found, key=lambda f: (f[1] - f[0], -f[0]), reverse=True):
        if a not in seen and b - 1 not in seen:
            kept.append((a, b, label))
            seen.update(range(a, b))
    kept.sort(key=lambda f: f[0])
    return kept


class MentionFinder:
    """Finds mentions in a text; built once per gazetteer and reused."""

    def __init__(self, gazetteer: Gazetteer, nlp: Language | None = None) -> None:
        self.gaz = gazetteer
        self.nlp = nlp or spacy.blank("en")
        self.trained = "ner" in self.nlp.pipe_names
        make = self.nlp.make_doc
        self.exact = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.exact.add("PERSON", [make(s) for s in gazetteer.aliases])
        self.exact.add("ACTOR", [make(s) for s in gazetteer.surfaces])
        self.exact.add("ADJ", [make(s) for s in gazetteer.adjectives])
        self.exact.add("DESC", [make(s) for s in gazetteer.descriptions])
        self.exact.add("SHARED", [make(s) for s in gazetteer.shared])
        self.exact.add("SHARED_ADJ", [make(s) for s in gazetteer.shared_adjectives])
        self.lower = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        roles = PERSON_ROLES | INSTITUTIONS | GROUPS | PRIVATE | gazetteer.roles
        self.lower.add("ROLE", [make(s) for s in roles])
        self.gazetteer_roles = gazetteer.roles
        self.capitals = frozenset(c for a in gazetteer.actors.values() for c in a.capitals)
        self.words = WordCache(self.nlp)

    def doc(self, text: str) -> Doc:
        self.words.fill(text)  # the same tokens, split from the tokenizer's cache
        if self.trained:
            return self.nlp(text)
        return self.nlp.make_doc(text)

    def mentions(self, text: str) -> list[Mention]:
        """Mentions in ``text`` of any length, tokenised in pieces of at most ``CHUNK_CHARS``.

        spaCy refuses a text over ``nlp.max_length`` (1,000,000 characters) and a trained
        pipeline's memory grows with the doc, so long texts are read a piece at a time, cut
        at line breaks (or sentence ends, or spaces) where no name can run across the cut.
        """
        used = bytearray(len(text) + 1)  # 1 where a matched mention covers the character
        out: list[Mention] = []
        for a, b in text_chunks(text, CHUNK_CHARS):
            piece = text[a:b]
            out.extend(self._matched(self.doc(piece), used, a, piece))
        return self._with_names(text, used, out)

    def find(self, doc: Doc, text: str | None = None) -> list[Mention]:
        """Mentions in ``doc``; pass its ``text`` when at hand (rebuilding it is slow)."""
        text = doc.text if text is None else text
        used = bytearray(len(text) + 1)
        return self._with_names(text, used, self._matched(doc, used, 0, text))

    def _short_body_names(
        self, text: str, mentions: list[Mention], used: bytearray
    ) -> list[Mention]:
        """A listed body's short name that is also a place ("Meta": Meta Platforms, and a
        department of Colombia; ``short_body_names``) is the place where the text says so:
        after an office or division of a place ("the governor of Meta", "the department
        of Meta") or a preposition that takes a place ("in Meta"), or where the text names
        the place's state ("Colombia", "Bogotá") and not the body by a longer listed form
        before. Elsewhere it is the body. The place reading is left to the words' reading
        (the mention is dropped and its characters freed)."""
        shorts = short_body_names(self.gaz)
        if not any(m.kind is MentionKind.ACTOR and m.text in shorts for m in mentions):
            return mentions
        out = []
        for m in mentions:
            code = shorts.get(m.text) if m.kind is MentionKind.ACTOR else None
            if code is not None and m.actor == code and _place_reading(self.gaz, text, m, mentions):
                used[m.start : m.end] = bytes(m.end - m.start)
                continue
            out.append(m)
        return out

    def _with_names(self, text: str, used: bytearray, out: list[Mention]) -> list[Mention]:
        out = _decide_shared(out, used)
        out = self._short_body_names(text, out, used)
        out = _other_bearers(text, out, used)
        out = _body_names(text, out, used)
        out.extend(self._names(text, used))
        out.extend(self._pronouns(text, used))
        out.sort(key=lambda m: m.start)
        out = _outside_longer_names(_surnames_like_places(text, out))
        # "a Nairobi-based institute": where somebody works, not whose side they are on
        out = [
            m
            for m in out
            if not (
                (m.kind is MentionKind.ACTOR and _LOCATIVE.match(text, m.end))
                or (
                    m.kind in (MentionKind.ACTOR, MentionKind.ADJECTIVE)
                    and (_PATRON.match(text, m.end) or _CURRENCY.match(text, m.end))
                )
                or (
                    m.kind is MentionKind.ACTOR
                    and _WATER_OF.search(text, max(0, m.start - 16), m.start)
                )
                or (
                    m.kind is MentionKind.ACTOR
                    and m.text in self.capitals
                    and _NAMED_AFTER.match(text, m.end)
                    and _THE_BEFORE.search(text, max(0, m.start - 5), m.start)
                )
            )
        ]
        out = first_names_of_places(text, hyphenated_names(text, out))
        out = _portfolios_after_titles(text, _coordinated_portfolios(text, out))
        out = _surnames_like_titles(text, _outside_party_labels(text, out))
        from parley.extract.executive_short_forms import (  # noqa: PLC0415 (a cycle)
            executive_short_forms,
        )
        from parley.extract.org_names import (  # noqa: PLC0415 (a cycle)
            apposed_class_nouns,
            company_names,
            party_names,
            union_names,
        )
        from parley.extract.voice_heads import voice_heads  # noqa: PLC0415 (a cycle)

        out = union_names(self.gaz, text, company_names(self.gaz, text, out))
        out = party_names(self.gaz, text, out)
        out = apposed_class_nouns(self.gaz, text, out)
        out = _given_names_of_others(
            text,
            self._seat_short_forms(
                text,
                executive_short_forms(
                    self.gaz, text, voice_heads(self.gaz, text, self._short_forms(text, out))
                ),
            ),
        )
        out = self._defined_acronyms(text, out)
        if self.gaz.derived:
            out = self._derived_acronyms(out)
        return _committee_topics(text, private_bodies(text, self._subnational(text, out)))

    def _derived_acronyms(self, mentions: list[Mention]) -> list[Mention]:
        """ "the AFA's president" where the text names the Association of Flight Attendants
        too: the initials of a listed body's name stand for it only where the text names
        that body in another form as well (the same letters name other bodies elsewhere:
        "the CSS", a fund, in a text that names no Confederation of Sahel States)."""
        derived = self.gaz.derived
        named = {m.actor for m in mentions if m.kind is MentionKind.ACTOR and m.text not in derived}
        return [
            m
            for m in mentions
            if not (m.kind is MentionKind.ACTOR and m.text in derived and m.actor not in named)
        ]

    def _seat_short_forms(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """'the Castle' once the text names Prague Castle, 'the Palace' after Carthage
        Palace: the building noun that ends the name of a state's seat of power (a
        metonym of the gazetteer's) stands for that state again after it, with "the"."""
        heads: dict[str, str] = {}  # building noun -> code, at the seat's first naming
        firsts: dict[str, int] = {}
        for m in mentions:
            found = self.gaz.actors.get(m.actor or "") if m.kind is MentionKind.ACTOR else None
            head = m.text.split()[-1]
            if (
                found is not None
                and head in _SEAT_HEADS
                and " " in m.text
                and m.text in found.metonyms
                and heads.setdefault(head, found.code) == found.code
            ):
                firsts.setdefault(head, m.start)
        if not heads:
            return mentions
        return [
            Mention(
                m.start,
                m.end,
                MentionKind.ACTOR,
                m.text,
                actor=heads[m.text],
                possessive=m.possessive,
            )  # fmt: skip
            if m.kind in (MentionKind.SURNAME, MentionKind.NAME)
            and m.text in heads
            and firsts[m.text] < m.start
            and _THE_BEFORE.search(text, max(0, m.start - 5), m.start)
            else m
            for m in mentions
        ]

    def _short_forms(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """'the Fund', 'a Fund official' once the text names the International Monetary
        Fund: the last word of the name of an organisation the text has named, capitalised
        on its own after that, is that organisation (when it ends the name of one
        organisation named)."""
        heads: dict[str, dict[str, int]] = {}  # head word -> code -> where first named
        # the surnames of the people the text names in full ("Gautam [Adani]"): such a word
        # alone may be the person, not the body named after the family
        surnames = {m.text.split()[-1] for m in mentions if m.kind is MentionKind.NAME}
        firsts: set[str] = set()  # the first words among the heads
        for m in mentions:
            found = self.gaz.actors.get(m.actor or "") if m.kind is MentionKind.ACTOR else None
            if found is None or found.kind not in (ActorKind.ORGANISATION, ActorKind.MOVEMENT):
                continue
            head = found.name.split()[-1]
            if head in _SHORT_FORM_HEADS and found.kind is ActorKind.ORGANISATION:
                heads.setdefault(head, {}).setdefault(found.code, m.start)
            # "the Framework" once the text names the Coordination Framework (a body named
            # in another form only makes its heads ambiguous: never first named)
            for named in heads_named(self.gaz, found.code, m.text, m.start):
                first = len(text) if named.start is None else named.start
                known = heads.setdefault(named.head, {})
                known[named.code] = min(known.get(named.code, first), first)
            # "Adani" once the text names the Adani Group, "United" after United Airlines: a
            # body's name as written, by its first, proper word alone
            # (not a province's or a region's government by its place's name: where such a
            # place stands for its government, or for its state, is for ``_subnational``)
            words = m.text.split()
            if (
                len(words) > 1
                and not found.government
                and not branch_name(m.text)
                and _PROPER_FIRST.fullmatch(words[0])
                and words[0] not in surnames
                # "Nunavut Tunngavik Inc.", "Ontario Public Service Employees Union": a
                # province whose own government the gazetteer lists, alone, is the place
                and regional_government(self.gaz, words[0]) is None
            ):
                heads.setdefault(words[0], {}).setdefault(found.code, m.start)
                firsts.add(words[0])
        if not heads:
            return mentions
        from parley.extract.speaker_patterns import attributive_name  # noqa: PLC0415

        out = []
        for m in mentions:
            codes = heads.get(m.text) if m.kind in (MentionKind.SURNAME, MentionKind.NAME) else None
            if (
                codes is not None
                and m.text not in _SHORT_FORM_HEADS
                and m.text not in BODY_HEADS
                and _THE_BEFORE.search(text, max(0, m.start - 5), m.start)
            ):
                codes = None  # "the rest of [the Gulf]": a place; a body's first word is bare
            if codes is not None and m.text in BODY_HEADS and not written_alone(text, m.start):
                codes = None  # "the People's Assembly": another body's longer name
            if codes is not None and m.text in firsts and _place_word_before(text, m.start):
                codes = None  # "the centre's man in Leh", "the governor of Meta": the place
            if (
                codes is not None
                and m.text in firsts
                and attributive_name(text, m)
                and not self._voice_of_named_body(text, m, codes)
            ):
                codes = None  # "a Gulf diplomat": a word of a region qualifying a noun
            if codes is not None and len(codes) == 1:
                [(code, first)] = codes.items()
                if first < m.start:
                    m = Mention(
                        m.start, m.end, MentionKind.ACTOR, m.text, actor=code,
                        possessive=m.possessive,
                    )  # fmt: skip
            out.append(m)
        return out

    def _voice_of_named_body(self, text: str, m: Mention, codes: dict[str, int]) -> bool:
        """ "A United spokesman", "an Adani official": the first word of a body the text
        has named, qualifying a noun for one who speaks for a body, where that body is one
        the gazetteer gives class nouns ("the airline", "the union": a company, a union or
        a party), not a word of a region qualifying someone posted there ("a Gulf
        diplomat", a body without class nouns)."""
        noun = _VOICE_NOUN_AFTER.match(text, m.end)
        if noun is None:
            return False
        found = [self.gaz.actors.get(code) for code in codes]
        return all(actor is not None and actor.nouns for actor in found)

    def _defined_acronyms(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """ "the BPDB said", "a BPDB official" once the text names "the Bangladesh Power
        Development Board (BPDB)", or "the Liquor Control Board of Ontario" before "the
        LCBO": an acronym the gazetteer does not know, which the text defines in
        parentheses after a name or which spells the initials of a name written before it,
        stands for the side that name stands for: an actor the name is (a gazetteer name
        ending where the name ends), or the state (or province) whose name opens a state
        organ's name ("the Tanzania Ports Authority") or closes it after "of"."""
        uses: dict[str, list[re.Match[str]]] = {}
        for m in _BARE_ACRONYM.finditer(text):
            uses.setdefault(m.group(1), []).append(m)
        if not uses:
            return mentions
        from parley.extract.speaker_patterns import organ_name  # noqa: PLC0415 (a cycle)

        starts = {m.start: m for m in mentions}
        added: list[Mention] = []
        names: list[tuple[re.Match[str], str]] | None = None
        for acronym, found in uses.items():
            if acronym in _NOT_BODY_ACRONYMS or self.gaz.actor_of(acronym) is not None:
                continue
            span = None
            defined = next((m for m in found if _IN_PARENS.match(text, m.start() - 1)), None)
            if defined is not None:
                before = _NAME_BEFORE_PARENS.search(
                    text, max(0, defined.start() - 120), defined.start()
                )
                if before is not None and _initials_follow(acronym, before.group(1)):
                    span = before.span(1)
            organ = span is not None or len(acronym) > 2
            code = None
            if span is None and defined is not None:
                # "the Homeland Movement (DP)": an acronym of a party's or a movement's
                # name in its own language, defined right after the listed name
                floor = before.start(1) if before is not None else defined.start() - 1
                span, code = self._movement_before_parens(
                    text, mentions, floor, defined.start() - 1
                )
            if span is None:
                if names is None:
                    names = [(m, _initials_of(m.group())) for m in _CAPITAL_RUN.finditer(text)]
                span = _spelled_span(text, names, acronym, found[-1].start())
            if span is None:
                continue
            if code is None:
                # a name of two initials is an actor's own ("NZ", "New Zealand"), no organ's
                code = self._name_side(text, mentions, span, organ_name if organ else None)
            if code is None:
                continue
            for m in found:
                a, b = m.span(1)
                if span[0] <= a < span[1] + 3:
                    continue  # the definition itself
                old = starts.get(a)
                if old is not None and old.kind not in (MentionKind.SURNAME, MentionKind.NAME):
                    continue
                poss = text.startswith(_POSSESSIVES[:2], b)
                added.append(Mention(a, b, MentionKind.ACTOR, acronym, actor=code, possessive=poss))
        if not added:
            return mentions
        replaced = {m.start for m in added}
        out = [m for m in mentions if m.start not in replaced] + added
        out.sort(key=lambda m: m.start)
        return out

    def _movement_before_parens(
        self, text: str, mentions: list[Mention], floor: int, paren: int
    ) -> tuple[tuple[int, int] | None, str | None]:
        """The span and code of a listed movement (a party) whose name is the whole
        capitalised name (from ``floor``) the text writes right before the parenthesis at
        ``paren`` ("the right-wing Homeland Movement (DP)"), or Nones."""
        for m in mentions:
            if (
                m.kind is MentionKind.ACTOR
                and not m.possessive
                and m.start <= floor
                and text[m.end : paren] in ("", " ")
                and (found := self.gaz.actors.get(m.actor or "")) is not None
                and found.kind is ActorKind.MOVEMENT
            ):
                return (m.start, m.end), found.code
        return None, None

    def _name_side(
        self,
        text: str,
        mentions: list[Mention],
        span: tuple[int, int],
        organ_name: Callable[[str], bool] | None,
    ) -> str | None:
        """The side the capitalised name at ``span`` stands for (see ``_defined_acronyms``)."""
        a, b = span
        inside = [m for m in mentions if a <= m.start < b]
        whole = [m for m in inside if m.kind is MentionKind.ACTOR and m.end == b and m.actor]
        if whole and (whole[0].start == a or text[a : whole[0].start] == "the "):
            return whole[0].actor
        head, of, place = text[a:b].partition(" of ")
        if organ_name is None or not organ_name(head):
            return None
        if of:
            # "the Liquor Control Board of Ontario": the state or the province named last
            place = place.removeprefix("the ")
            code = self.gaz.actor_of(place)
            found = self.gaz.actors.get(code or "")
            if found is not None and found.kind is ActorKind.STATE:
                return code
            code = place_state(self.gaz, place)
            regional = regional_government(self.gaz, place) if code is not None else None
            if regional is not None and not self._between_states(text, mentions):
                return regional
            return code
        # "the Bangladesh Power Development Board": the state whose name opens it
        words = head.split(" ")
        for k in range(min(3, len(words) - 1), 0, -1):
            code = self.gaz.actor_of(" ".join(words[:k]))
            found = self.gaz.actors.get(code or "")
            if found is not None and found.kind is ActorKind.STATE:
                return code
        return None

    def _between_states(self, text: str, mentions: list[Mention]) -> bool:
        """Whether the two sides the text names most (by the names and adjectives of
        gazetteer actors) are both states: a negotiation between states, where a
        province's premier speaks as one of their state's people ("Ontario Premier X"
        on a trade dispute with Washington), not for a party of their own; not when the
        headline opens on the sub-state side (``headline_side``)."""
        top = negotiating_parties(
            m.actor for m in mentions if m.kind in (MentionKind.ACTOR, MentionKind.ADJECTIVE)
        )
        return (
            len(top) == 2
            and all(
                (a := self.gaz.actors.get(code)) is not None and a.kind is ActorKind.STATE
                for code in top
            )
            and not headline_sub_state(self.gaz, text)
            and not sub_state_outnamed_by(self.gaz, top, mentions)
        )

    def _subnational(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """'Ontario Premier Doug Ford', 'Kherson regional governor', 'the governor of
        Kherson region', 'Guangdong's governor': an unknown capitalised word that names a
        province or city (``parley.places``) and qualifies an office is the state the place
        is in. Only in that position: elsewhere the same word may be a person's name."""
        out = _joined_places(self.gaz, text, mentions)
        international: bool | None = None  # read once, when a place has a government
        for i, m in enumerate(out):
            city = _capital_mayor(self.gaz, text, out, i)
            if city is not None:
                if international is None:
                    international = self._between_states(text, out)
                if not international:
                    out[i] = replace(m, actor=city, subnational=True)
                continue
            if m.kind not in (MentionKind.SURNAME, MentionKind.NAME):
                continue
            name, poss = m.text, m.possessive
            if name.endswith(("'s", "’s")):
                name, poss = name[:-2], True
            nxt = out[i + 1] if i + 1 < len(out) else None
            prev = out[i - 1] if i else None
            before_office = (
                nxt is not None
                and nxt.kind is MentionKind.ROLE
                and nxt.role_class is not RoleClass.PRIVATE
                and _PLACE_TO_OFFICE.fullmatch(text, m.start + len(name), nxt.start) is not None
            )
            after_office = (
                prev is not None
                and prev.kind is MentionKind.ROLE
                and prev.role_class is RoleClass.PERSON
                and _OFFICE_TO_PLACE.fullmatch(text, prev.end, m.start) is not None
            )
            # "Ukraine's ambassador in Sofia, X": the post's town, a single word the place
            # table knows, is no given name of the person named after it
            posted = (
                prev is not None
                and prev.kind is MentionKind.ROLE
                and prev.role_class is RoleClass.PERSON
                and m.kind is MentionKind.SURNAME
                and not poss
                and _OFFICE_IN_PLACE.fullmatch(text, prev.end, m.start) is not None
            )
            # "La Rioja's Ricardo Quintela": a province whose own government the gazetteer
            # lists, its possessive right before a person's full name, is that person's
            # province (the shorthand for its governor or premier)
            before_person = (
                poss
                and nxt is not None
                and nxt.kind is MentionKind.NAME
                and " " in nxt.text
                and text[m.start + len(name) : nxt.start] in ("'s ", "’s ")
                and regional_government(self.gaz, name) is not None
            )
            if before_person:
                before_office = True
            if posted and not (before_office or after_office):
                # only an office a state qualifies ("Ukraine's ambassador", "the Polish
                # consul"): "a union organiser in Dresden" is a private person
                code = place_state(self.gaz, name) if _state_office(text, out, i - 1) else None
                if code is not None and not _surname_named_before(out[:i], name):
                    out[i] = Mention(
                        m.start, m.end, MentionKind.ACTOR, name, actor=code, subnational=True
                    )
                continue
            if not (before_office or after_office):
                continue
            if name in _OFFICE_QUALIFIERS or name in _PARTY_FAMILIES:
                continue  # "Federal Labour Minister X": a level of government, no town
            if _surname_named_before(out[:i], name):
                continue  # "Prime Minister Ann Borne ... Borne's office": hers, no town's
            # (a place only a listed government's description places: "La Rioja")
            code = place_state(self.gaz, name) or regional_state(
                self.gaz, regional_government(self.gaz, name) or ""
            )
            if code is None and after_office and not poss:
                # "the mayor of La Línea": a place by its position, the table's under
                # another spelling (not before an office: "Smith's spokesman")
                code = place_state_variant(self.gaz, name)
            if code is None:
                continue
            body = _head_word_body(self.gaz, text, name, m.start) if before_office else None
            if body is not None:
                # "Alliance spokesman X" after "the Offshore Alliance": the head word of a
                # listed body the text named in full is that body, not a town ("Alliance")
                out[i] = Mention(
                    m.start, m.start + len(name), MentionKind.ACTOR, name, actor=body,
                    possessive=poss,
                )  # fmt: skip
                continue
            if before_office and _ends_longer_name(text, m, prev):
                continue  # "National Unity leader X": a party's name, no South Sudanese place
            # "Assam's Chief Minister X": the place's own government where the gazetteer
            # lists it as a party, else the state the place is in
            regional = regional_government(self.gaz, name)
            if regional is None and before_office and nxt is not None and nxt.role == "police":
                # "Ambala police" after "Haryana's police" in the paragraph: a town's police
                # where a state government the gazetteer lists with its police governs
                regional = _policing_government(self.gaz, text, out[:i], m.start, code)
            if regional is not None:
                if international is None:
                    international = self._between_states(text, out)
                if not international:
                    code = regional
            out[i] = Mention(
                m.start, m.start + len(name), MentionKind.ACTOR, name, actor=code,
                possessive=poss, subnational=True,
            )  # fmt: skip
        return out

    def _matched(
        self, doc: Doc, used: bytearray, offset: int, piece: str | None = None
    ) -> list[Mention]:
        """The gazetteer's (and a trained pipeline's) mentions in ``doc``, which starts at
        ``offset`` of the text (``piece``, the doc's text, when at hand); marks the
        characters they cover in ``used``.

        Matches are read as token ranges and character offsets rather than spaCy spans
        (a span object per match was a tenth of the mentions' time); the ranges kept are
        those :func:`spacy.util.filter_spans` keeps. Only the tokens at the matches' edges
        are read (a table of every token's offsets, ``Doc.to_array(...).tolist()``, cost
        three times as much: an article has ten tokens for each match)."""
        if self.trained:
            return self._matched_trained(doc, used, offset)
        piece = doc.text if piece is None else piece

        def start_of(i: int) -> int:
            return doc[i].idx

        def end_of(i: int) -> int:
            token = doc[i]
            return token.idx + len(token)

        strings = self.nlp.vocab.strings
        found = [(a, b, strings[match_id]) for match_id, a, b in self.exact(doc)]
        for _, a, b in self.lower(doc):
            words = piece[start_of(a) : end_of(b - 1)]
            # Office nouns are lower case in running text, title case before a name
            # ("Foreign Minister Sergei Lavrov"); all caps is a heading.
            if words.isupper() and len(words) > 2:
                continue
            if words.lower() in STATE_NOUNS and not words.islower():
                continue  # "Republic of Korea", "the Kingdom of Saudi Arabia": a name
            found.append((a, b, "ROLE"))
        out: list[Mention] = []
        n = len(doc)
        for a, b, label in _longest_first(found):
            start = start_of(a)
            end = end_of(b - 1)
            used[start + offset : end + offset] = b"\x01" * (end - start)
            poss = b < n and piece[start_of(b) : end_of(b)].lower() in _POSSESSIVES
            out.append(self._mention(piece[start:end], label, start + offset, end + offset, poss))
        return out

    def _matched_trained(self, doc: Doc, used: bytearray, offset: int) -> list[Mention]:
        """:meth:`_matched` with a trained pipeline, whose PERSON entities add names."""
        spans = []
        for match_id, a, b in self.exact(doc):
            span = doc[a:b]
            span.label_ = self.nlp.vocab.strings[match_id]
            spans.append(span)
        for _, a, b in self.lower(doc):
            span = doc[a:b]
            if span.text.isupper() and len(span.text) > 2:
                continue
            if span.text.lower() in STATE_NOUNS and not span.text.islower():
                continue
            span.label_ = "ROLE"
            spans.append(span)
        # A trained PERSON entity only adds names where the gazetteer found nothing:
        # else "Kyiv Zelensky" or "Zelensky's" would hide a known person.
        known = {i for s in filter_spans(spans) for i in range(s.start, s.end)}
        for ent in doc.ents:
            if ent.label_ != "PERSON" or "\n" in ent.text:
                continue
            end = ent.end
            if doc[end - 1].lower_ in _POSSESSIVES:
                end -= 1  # the possessive belongs to the phrase, not the name
            if end > ent.start and known.isdisjoint(range(ent.start, end)):
                spans.append(Span(doc, ent.start, end, label="PERSON"))
        out: list[Mention] = []
        for span in filter_spans(spans):
            a, b = span.start_char + offset, span.end_char + offset
            used[a:b] = b"\x01" * (b - a)
            poss = span.end < len(doc) and doc[span.end].lower_ in _POSSESSIVES
            out.append(self._mention(span.text, span.label_, a, b, poss))
        return out

    def _mention(self, text: str, label: str, start: int, end: int, poss: bool) -> Mention:
        """The mention of a match: its words, its matcher's label, where it stands, and
        whether a possessive follows it."""
        gaz = self.gaz
        if label == "PERSON":
            person = gaz.person(text)
            if person is None:  # a trained NER name the gazetteer does not know
                return Mention(start, end, MentionKind.NAME, text, possessive=poss)
            return Mention(start, end, MentionKind.PERSON, text, person=person, possessive=poss,
                           gender=person.gender)  # fmt: skip
        if label == "ACTOR":
            return Mention(
                start, end, MentionKind.ACTOR, text, actor=gaz.surfaces[text], possessive=poss
            )
        if label == "ADJ":
            return Mention(start, end, MentionKind.ADJECTIVE, text, actor=gaz.adjectives[text])
        if label == "SHARED":
            return Mention(start, end, MentionKind.ACTOR, text, possessive=poss,
                           shared_by=gaz.shared[text])  # fmt: skip
        if label == "SHARED_ADJ":
            return Mention(start, end, MentionKind.ADJECTIVE, text,
                           shared_by=gaz.shared_adjectives[text])  # fmt: skip
        if label == "DESC":
            return Mention(start, end, MentionKind.ROLE, text, role=text,
                           role_class=RoleClass.DESCRIPTION, possessive=poss,
                           actor=gaz.description_actor(text))  # fmt: skip
        role = text.lower()
        cls = role_class(role, self.gazetteer_roles)
        return Mention(
            start, end, MentionKind.ROLE, text, role=role, role_class=cls, possessive=poss
        )

    def _names(self, text: str, used: bytearray) -> list[Mention]:
        """Capitalised word runs the gazetteer does not know: likely personal names."""
        out = []
        for run in _name_runs(text):
            words = [w for w in _NAME_WORD.finditer(text, run.start(), run.end())]
            group: list = []
            for i, w in enumerate([*words, None]):
                if (
                    w is not None
                    and not used[w.start()]
                    and (
                        w.group() not in _NOT_NAME
                        or (not group and _opens_name(w.group(), i, words, used))
                        or (bool(group) and _closes_name(text, w, i, words))
                    )
                ):
                    group.append(w)
                    continue
                if group and not _after_locative(group[0], words):
                    a, b = group[0].start(), group[-1].end()
                    kind = MentionKind.NAME if len(group) > 1 else MentionKind.SURNAME
                    poss = text.startswith(("'s", "’s"), b)
                    out.append(Mention(a, b, kind, text[a:b], possessive=poss))
                group = []
        return out

    def _pronouns(self, text: str, used: bytearray) -> list[Mention]:
        return [
            Mention(m.start(), m.end(), MentionKind.PRONOUN, m.group(), gender=PRONOUNS[m.group()])
            for m in _PRONOUN.finditer(text)
            if not used[m.start()]
        ]


def _after_locative(first: re.Match[str], words: list[re.Match[str]]) -> bool:
    """Whether the run's word before ``first`` is a fronted preposition of place."""
    k = next(i for i, w in enumerate(words) if w is first)
    return k > 0 and words[k - 1].group() in _LOCATIVE_OPENERS


# Words that open a name when another name follows them in one capitalised run: the
# Chinese surname "He" ("He Lifeng"; the pronoun is followed by a lower-case verb), the
# given name "Jan" ("Jan Simpson"; the month's abbreviation is followed by a number)
_NAME_OPENERS = frozenset(("He", "Jan"))


# A legislator's party and state in brackets after the name: "(D-Wis.)", "(R-N.Y.)",
# "(Vt.)", "(I)"
_PARTY_LABEL = re.compile(
    r"\((?:[DRI](?:\s*[-–]\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?|[A-Z][a-z]{1,4}\.)\)"
)


# Between a state and its office: "Ukraine's ambassador", "the Polish honorary consul"
_STATE_TO_OFFICE = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}")


def _policing_government(
    gaz: Gazetteer, text: str, before: list[Mention], at: int, state: str
) -> str | None:
    """The one sub-state government of ``state`` the gazetteer lists with its police
    ("Haryana Police") that the paragraph holding ``at`` names before it: whose police a
    town's police there is. None when the paragraph names none or several."""
    floor = text.rfind("\n\n", 0, at) + 1
    found = {
        m.actor
        for m in before
        if m.start >= floor
        and m.kind is MentionKind.ACTOR
        and m.actor is not None
        and regional_state(gaz, m.actor) == state
        and _polices(gaz, m.actor)
    }
    return found.pop() if len(found) == 1 else None


def _polices(gaz: Gazetteer, code: str) -> bool:
    """Whether the gazetteer lists the actor ``code`` with a police force of its own (a
    name of it such as "Haryana Police")."""
    actor = gaz.actors.get(code)
    return actor is not None and any(n.split()[-1].lower() == "police" for n in actor.names)


def _state_office(text: str, mentions: list[Mention], k: int) -> bool:
    """Whether the office ``mentions[k]`` is qualified by a state named right before it."""
    if k < 1:
        return False
    state = mentions[k - 1]
    return (
        state.kind in (MentionKind.ACTOR, MentionKind.ADJECTIVE)
        and state.actor is not None
        and _STATE_TO_OFFICE.fullmatch(text, state.end, mentions[k].start) is not None
    )


def opposition_offices(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the opposition's role nouns ("opposition leader", "opposition
    senators", "shadow chancellor") as the offices, groups and bodies of their state's
    politics instead of private people (roles.OPPOSITION_ROLES; Opposition.STATE)."""
    return [
        replace(m, role_class=OPPOSITION_ROLES[m.role])
        if m.kind is MentionKind.ROLE
        and m.role_class is RoleClass.PRIVATE
        and m.role in OPPOSITION_ROLES
        else m
        for m in mentions
    ]


def _outside_party_labels(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop what a party-and-state label names ("Wis" in "(D-Wis.)"): the state is the
    legislator's constituency, and the abbreviation no person's name."""
    labels = [m.span() for m in _PARTY_LABEL.finditer(text)]
    if not labels:
        return mentions
    return [m for m in mentions if not any(a < m.start and m.end < b for a, b in labels)]


# Months that are also surnames: after a given name, with no day after them, they close
# the name ("Theresa May said", not "until May 5"; "Li Jun said", not "Jun 5")
_NAME_CLOSERS = frozenset(("May", "June", "Jun"))
_DAY_AFTER = re.compile(r"\s*\d")


def _closes_name(text: str, w: re.Match[str], i: int, words: list[re.Match[str]]) -> bool:
    return (
        w.group() in _NAME_CLOSERS
        and i == len(words) - 1
        and words[i - 1].group() not in _NOT_NAME
        and _DAY_AFTER.match(text, w.end()) is None
    )


def _opens_name(word: str, i: int, words: list[re.Match[str]], used: bytearray) -> bool:
    """'He' or 'Jan' that opens a capitalised run of names is a name ("He Yadong", "Jan
    Simpson"), never the pronoun or the month; so is one right after a title the gazetteer
    knows ("Vice Premier He Lifeng", "Pensions Minister Jan Peeters")."""
    return (
        word in _NAME_OPENERS
        and (i == 0 or bool(used[words[i - 1].start()]))
        and len(words) > i + 1
        and words[i + 1].group() not in _NOT_NAME
    )


# Cut points for long texts, best first: a line break, a sentence end, any space.
_BREAKS = (re.compile(r"\n"), re.compile(r"[.!?][\"'”’)]*\s"), re.compile(r"\s"))


# An office or division of a place right before its name: "the governor of Meta", "Meta's
# department" reads the place ("the department of", "the mayor of", "in the province of")
_PLACE_OFFICE_OF = re.compile(
    r"\b(?:governor|governorship|mayor|department|province|municipality|region|state)"
    r" of (?:the )?$",
    re.IGNORECASE,
)


def _place_reading(gaz: Gazetteer, text: str, m: Mention, mentions: list[Mention]) -> bool:
    """Whether the text reads ``m``, a body's short name that is also a place, as the place
    (see ``MentionFinder._short_body_names``)."""
    if _place_word_before(text, m.start):
        return True
    state = place_state(gaz, m.text)
    full = any(
        o.actor == m.actor and o.start < m.start and len(o.text) > len(m.text) for o in mentions
    )
    return not full and any(o.actor == state for o in mentions if o is not m)


def _place_word_before(text: str, start: int) -> bool:
    """An office or division of a place ("the governor of"), or a preposition that takes a
    place ("in"), right before ``start``."""
    return bool(
        _PLACE_OFFICE_OF.search(text, max(0, start - 40), start)
        or _PLACE_PREP_BEFORE.search(text, max(0, start - 12), start)
    )


def _decide_shared(mentions: list[Mention], used: bytearray) -> list[Mention]:
    """A form several actors share ("Congo", "Congolese", "Korean") stands for the one of
    them that the text names in a form of its own ("DR Congo", "Kinshasa", "Tshisekedi");
    where it names none or several, the form is no actor's, and reads as before (a
    capitalised word)."""
    if not any(m.shared_by for m in mentions):
        return mentions
    named = {m.actor_on(None) for m in mentions if not m.shared_by}
    out = []
    for m in mentions:
        if m.shared_by:
            hits = [code for code in m.shared_by if code in named]
            if len(hits) != 1:
                role = m.text.lower()
                if role in INSTITUTIONS:
                    # "the Russian Foreign Office", "the Foreign Office said": an office noun
                    # whose side the words around it give
                    out.append(
                        Mention(m.start, m.end, MentionKind.ROLE, m.text, role=role,
                                role_class=RoleClass.INSTITUTION, possessive=m.possessive)
                    )  # fmt: skip
                    continue
                used[m.start : m.end] = bytes(m.end - m.start)
                continue
            m.actor = hits[0]
        out.append(m)
    return out


# A capitalised word right before a surname, and where a sentence starts before it
_GIVEN_BEFORE = re.compile(rf"({_WORD})[ ]$")
_STARTS_SENTENCE = re.compile(r"(?:^|[.!?:;\"“”]\s+|\n\s*)$")
# ...or with a surname particle between ("Fernando Dias da Costa" is not António Costa)
_GIVEN_PARTICLE_BEFORE = re.compile(
    rf"({_WORD})[ ](?:(?:da|de|do|dos|das|di|del|della|van|von|der|den)[ ]){{1,2}}$"
)


def _last_word_start(text: str, lo: int, end: int) -> int:
    """Where ``_GIVEN_BEFORE.search(text, lo, end)`` can first match: a name and the space
    after it close the window (or that space and a newline), and a name holds no space, so
    no match starts at or before the window's last space but the closing one."""
    return max(lo, text.rfind(" ", lo, max(lo, end - 2)) + 1)


def _other_bearers(text: str, mentions: list[Mention], used: bytearray) -> list[Mention]:
    """'Jim Risch' is not Daniel Risch: a known person's surname with another given name
    before it ("Senator Jim Risch") is somebody else of that name, an unknown person; the
    given name may be a short form of the known one ("Mike"/"Michael", "Sergey"/"Sergei")."""
    out: list[Mention] = []
    bearers: set[int] = set()  # where the other bearers' names start
    for m in mentions:
        person = m.person
        if person is None:
            out.append(m)
            continue
        if " " in m.text:
            out.append(m)
            continue
        lo = max(0, m.start - 40)
        before = _GIVEN_BEFORE.search(text, _last_word_start(text, lo, m.start), m.start)
        if before is None:
            before = _GIVEN_PARTICLE_BEFORE.search(text, lo, m.start)
        if (
            before is None
            or used[before.start()]
            or before.group(1) in _NOT_NAME
            or before.group(1).lower() in _COMMON_OPENERS
            or before.group(1).endswith(".")
            or _same_given(before.group(1), person)
        ):
            out.append(m)
            continue
        if _STARTS_SENTENCE.search(text, max(0, before.start() - 3), before.start()) and (
            before.group(1).lower() in _STOP_WORDS or before.group(1).lower().endswith("ly")
        ):
            out.append(m)  # "Then Risch said", "Separately Risch said"
            continue
        a = before.start()
        used[a : m.start] = b"\x01" * (m.start - a)
        bearers.add(a)
        out.append(Mention(a, m.end, MentionKind.NAME, text[a : m.end], possessive=m.possessive))
    out = [_surname_first_bearer(text, m, used) for m in out]
    out = [_given_name_bearer(text, m, used) for m in out]
    return _bare_surnames_of_bearers(text, _longer_surnames(text, out, used, bearers))


# A word before a place that makes it the place: "in Montenegro", "the Montenegro talks"
_PLACE_WORD_BEFORE = re.compile(
    r"\b(?:in|into|to|from|of|across|through|near|outside|inside|for|against|the|and|or)\s+$",
    re.IGNORECASE,
)


def _surnames_like_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Prime Minister Luis Montenegro ... Montenegro said': a state's or place's name that
    is the surname of a known person the text has named in full before it is that person
    again, unless a preposition or article before it makes it the place."""
    named: dict[str, Person] = {}  # a known person's surname -> the person
    out: list[Mention] = []
    for m in mentions:
        person = m.person
        if person is not None and " " in m.text:
            named.setdefault(person.name.split()[-1], person)
        again = named.get(m.text) if m.kind is MentionKind.ACTOR else None
        if again is not None and not _PLACE_WORD_BEFORE.search(text, max(0, m.start - 12), m.start):
            m = Mention(m.start, m.end, MentionKind.PERSON, m.text, person=again,
                        possessive=m.possessive, gender=again.gender)  # fmt: skip
        out.append(m)
    return out


def _bare_surnames_of_bearers(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Heiko Lindner, 52, ... Lindner took a photo': the bare surname after the text named
    another bearer in full, and before it ever names the known person in full, is that
    other bearer again (an unknown person's surname), not the known person."""
    named: dict[str, int] = {}  # an other bearer's surname -> where the text first named them
    out: list[Mention] = []
    for m in mentions:
        if m.kind is MentionKind.NAME and " " in m.text:
            named.setdefault(m.text.split()[-1], m.start)
        person = m.person
        if (
            person is not None
            and " " not in m.text
            and m.text in named
            and person.name.split()[-1] == m.text
            and text.find(person.name, 0, m.start) < 0
        ):
            m = Mention(m.start, m.end, MentionKind.SURNAME, m.text, possessive=m.possessive)
        out.append(m)
    return out


# What may follow a known surname and make it part of a longer one: a hyphenated second
# surname ("Traore-Lindqvist") or, after a given name, another surname ("Hernan Petro Lozano")
_SECOND_SURNAME = re.compile(rf"[-‑]({_WORD})")
_NEXT_SURNAME = re.compile(rf"[ ]({_WORD})(?![\w'’-])")


def _longer_surnames(
    text: str, mentions: list[Mention], used: bytearray, bearers: set[int]
) -> list[Mention]:
    """'Traore-Lindqvist' is not Ibrahim Traore and 'Hernan Petro Lozano' not Gustavo Petro:
    a known person's surname that is one half of a double surname (hyphenated, or another
    surname after the other bearer's given name) names somebody else, an unknown person;
    so does the double surname alone later ("Petro Lozano said"), once the text has given
    it whole."""
    out: list[Mention] = []
    doubles: set[tuple[str, str]] = set()  # (known surname, the surname after it)
    for m in mentions:
        if m.possessive or m.kind not in (MentionKind.PERSON, MentionKind.NAME):
            out.append(m)
            continue
        tail = _SECOND_SURNAME.match(text, m.end)
        if tail is not None and not used[tail.start(1)]:
            whole = text[m.start : tail.end()]
            if m.person is None or whole not in m.person.name:
                out.append(_longer(text, m, tail.end(), used))
                continue
        nxt = _NEXT_SURNAME.match(text, m.end)
        if (
            m.start in bearers
            and nxt is not None
            and not used[nxt.start(1)]
            and nxt.group(1) not in _NOT_NAME
            and not nxt.group(1).endswith(".")
        ):
            doubles.add((text[m.start : m.end].split()[-1], nxt.group(1)))
            out.append(_longer(text, m, nxt.end(), used))
            continue
        out.append(m)
    if not doubles:
        return out
    final: list[Mention] = []
    for m in out:
        nxt = _NEXT_SURNAME.match(text, m.end) if m.person is not None else None
        if (
            nxt is not None
            and not m.possessive
            and (m.text, nxt.group(1)) in doubles
            and not used[nxt.start(1)]
        ):
            m = _longer(text, m, nxt.end(), used)
        final.append(m)
    return final


def _longer(text: str, m: Mention, end: int, used: bytearray) -> Mention:
    """``m`` run on to ``end``: an unknown person's name."""
    used[m.start : end] = b"\x01" * (end - m.start)
    poss = text.startswith(("'s", "’s"), end)
    return Mention(m.start, end, MentionKind.NAME, text[m.start : end], possessive=poss)


_GIVEN_AFTER = re.compile(rf"[ ]({_WORD})")


def _surname_first_bearer(text: str, m: Mention, used: bytearray) -> Mention:
    """'Yoon Mi-kyung' is not Yoon Suk Yeol: the surname of a known person whose name puts
    the surname first (Korean, Chinese style), followed by another given name, is somebody
    else of that surname, an unknown person."""
    person = m.person
    if person is None or m.possessive or " " in m.text:
        return m
    words = person.name.split()
    after = _GIVEN_AFTER.match(text, m.end)
    if (
        len(words) < 2
        or words[0] != m.text
        or after is None
        or used[after.start(1)]
        or after.group(1) in _NOT_NAME
        or after.group(1).endswith(".")
    ):
        return m
    given = after.group(1).lower()
    rest = " ".join(words[1:]).lower()
    if _short_form(given, rest) or fuzz.ratio(rest.replace(" ", "-"), given) >= 70:
        return m  # "Yoon Suk-yeol", "Yoon S. Yeol": the known person's own given name
    return _longer(text, m, after.end(1), used)


def _given_name_bearer(text: str, m: Mention, used: bytearray) -> Mention:
    """'Petro Hordiienko' is not Gustavo Petro: a known person's surname written as the
    given name of another name, whose surname the text then uses alone ("Hordiienko
    said"), is that other person, an unknown one."""
    person = m.person
    if person is None or m.possessive or " " in m.text:
        return m
    words = person.name.split()
    after = _GIVEN_AFTER.match(text, m.end)
    if (
        len(words) < 2
        or words[-1] != m.text
        or after is None
        or used[after.start(1)]
        or after.group(1) in _NOT_NAME
        or after.group(1).endswith(".")
        or after.group(1) in words
    ):
        return m
    surname = after.group(1)
    alone = re.compile(rf"(?<![\w'’-])(?<!{re.escape(m.text)} ){re.escape(surname)}(?![\w'’-])")
    lower = re.compile(rf"(?<![\w'’-]){re.escape(surname.lower())}(?![\w'’-])")
    if alone.search(text) is None or lower.search(text) is not None:
        return m
    return _longer(text, m, after.end(1), used)


# The proper name of a public body: "the Department of Health and Social Care", "the
# Ministry of Foreign Affairs", "the Commission on Elections", "the House Ways and Means
# Committee". Its capitalised words name the body, never a person.
_BODY_HEADS = (
    "Ministry|Department|Office|Committee|Commission|Agency|Bureau|Secretariat|Inspectorate"
)
_BODY_HEAD_WORDS = tuple(_BODY_HEADS.split("|"))
_BODY_WORD = rf"(?:{_WORD}|&)"
_BODY_NAME = re.compile(
    rf"\b(?P<head>{_BODY_HEADS})[ ](?:of|for|on)[ ](?:the[ ])?{_BODY_WORD}"
    rf"(?:(?:[ ]|,[ ]|[ ]and[ ])(?:the[ ])?{_BODY_WORD})*"
    rf"|(?:(?!(?:The|A|An|This|That|Its|His|Her|Their|Our)\b){_BODY_WORD}[ ](?:and[ ])?)+"
    rf"(?P<tail>{_BODY_HEADS})\b"
)
_BODY_HEAD = re.compile(_BODY_HEADS)


def _body_name_matches(text: str) -> Iterator[re.Match[str]]:
    """``_BODY_NAME.finditer(text)``, read only on the lines that hold a head word.

    A match holds a head word and no line break (its words are joined by spaces, commas
    and "&"), so it lies inside one line with a head word; reading a line with ``pos`` and
    ``endpos`` keeps what its edges see (the text before a line, a line's end as the end of
    the text: neither is a word character). The whole article's scan tried the expression at
    every word boundary (measured on the benchmark's articles: 310 against 26 µs)."""
    pos = 0
    while (head := _BODY_HEAD.search(text, pos)) is not None:
        start = text.rfind("\n", 0, head.start()) + 1
        end = text.find("\n", head.end())
        end = len(text) if end < 0 else end
        yield from _BODY_NAME.finditer(text, start, end)
        pos = end


# a capitalised word right before another, in the same name
_WORD_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]* $")


def _outside_longer_names(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (in text order) less a gazetteer person's name inside a longer
    personal name the text gives: "Whitaker" of "Daniel Cohn-Whitaker" is not the listed
    Whitaker, but half of another person's surname."""
    out: list[Mention] = []
    name_end = -1
    for m in mentions:
        if m.kind is MentionKind.PERSON and m.end <= name_end:
            continue
        if m.kind is MentionKind.NAME:
            name_end = max(name_end, m.end)
        out.append(m)
    return out


def _head_word_body(gaz: Gazetteer, text: str, word: str, pos: int) -> str | None:
    """``unlisted.head_word_body``: the listed body whose full name the text gave before
    ``pos`` and ends in ``word``."""
    from parley.extract.unlisted import head_word_body  # noqa: PLC0415 (a cycle)

    return head_word_body(gaz, text, word, pos)


def _ends_longer_name(text: str, m: Mention, prev: Mention | None) -> bool:
    """Whether the one-word name at ``m`` closes a longer capitalised name: a capitalised
    word no mention covers stands right before it ("National Unity", "OTA Paramount"),
    so the word is not the place of that name ("Unity" in South Sudan)."""
    if " " in m.text:
        return False
    word = _WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
    if word is None or word.group().strip().lower() in _STOP_WORDS:
        return False  # "A Manipur official", "In Ontario": no name's word
    return prev is None or prev.end <= word.start()


def _joined_places(gaz: Gazetteer, text: str, mentions: list[Mention]) -> list[Mention]:
    """'British Columbia', 'New South Wales': a demonym or a state's name the gazetteer
    read as a word of its own that, with the unknown name right after it, names one
    province or region (``parley.places``) is one name with it ("British" is no side in
    "British Columbia Premier X"); before an office it is then the province's state. So is
    an unknown word and a state's name after it that name a province of another state
    ("Mexico" is no side in "New Mexico"), and two unknown words joined by "and" that name
    one province ("Newfoundland and Labrador")."""

    def join(prev: Mention, m: Mention) -> Mention | None:
        if (
            m.kind in (MentionKind.SURNAME, MentionKind.NAME)
            and prev.kind in (MentionKind.ADJECTIVE, MentionKind.ACTOR)
            and not prev.possessive
            and text[prev.end : m.start] == " "
        ):
            name = m.text.removesuffix("'s").removesuffix("’s")
            if place_state(gaz, text[prev.start : m.start + len(name)]) is not None or (
                _people_of_place(gaz, text[prev.start : m.start], name)
            ):
                # (a word the gazetteer does not know, as the second word was on its own:
                # no person's name a pronoun could refer back to)
                return Mention(
                    prev.start, m.end, MentionKind.SURNAME, text[prev.start : m.end],
                    possessive=m.possessive,
                )  # fmt: skip
        if (
            prev.kind in (MentionKind.SURNAME, MentionKind.NAME)
            and m.kind is MentionKind.ACTOR
            and not prev.possessive
            and text[prev.end : m.start] == " "
        ):
            # "New Mexico": a state's name after an unknown word that makes with it the
            # name of a province is a word of that province's name, of another state or
            # of its own ("South Australia": the longer place wins over the state in it)
            name = text[prev.start : m.end].removesuffix("'s").removesuffix("’s")
            if place_state(gaz, name) is not None:
                return Mention(
                    prev.start, m.end, MentionKind.SURNAME, text[prev.start : m.end],
                    possessive=m.possessive,
                )  # fmt: skip
        if (
            prev.kind in (MentionKind.SURNAME, MentionKind.NAME)
            and m.kind in (MentionKind.SURNAME, MentionKind.NAME)
            and not prev.possessive
            and text[prev.end : m.start] == " and "
        ):
            # "Newfoundland and Labrador": two unknown words whose pair is one province's
            # name (the table's, or a place a listed government governs)
            name = text[prev.start : m.end].removesuffix("'s").removesuffix("’s")
            if place_state(gaz, name) is not None or regional_government(gaz, name):
                return Mention(
                    prev.start, m.end, MentionKind.SURNAME, text[prev.start : m.end],
                    possessive=m.possessive,
                )  # fmt: skip
        return None

    return _join_adjacent(_places_before_states(gaz, text, mentions), join)


# One or two capitalised words right before a name, with the space after them
_PLACE_WORDS_BEFORE = re.compile(r"(?<![\w'’-])(?:[A-Z][\w-]* ){1,2}$")


def _places_before_states(gaz: Gazetteer, text: str, mentions: list[Mention]) -> list[Mention]:
    """A state's name after capitalised words no mention covers ("Western Australia":
    "Western" is never a name's word) that name with it one province or region
    (``parley.places``) is a word of that place's name, as an unknown word before it is
    (see ``_joined_places``): the place, longer, wins over the state inside it."""
    out: list[Mention] = []
    for m in mentions:
        words = (
            _PLACE_WORDS_BEFORE.search(text, max(0, m.start - 40), m.start)
            if m.kind is MentionKind.ACTOR
            else None
        )
        if words is not None and (not out or out[-1].end <= words.start()):
            for start in (words.start(), text.index(" ", words.start()) + 1):
                if start < m.start and place_state(gaz, text[start : m.end]) is not None:
                    m = Mention(
                        start, m.end, MentionKind.SURNAME, text[start : m.end],
                        possessive=m.possessive,
                    )  # fmt: skip
                    break
        out.append(m)
    return out


# "Columbians" of "British Columbians", "Scotians" of "Nova Scotians", "Mexicans" of
# "New Mexicans", "Yorkers" of "New Yorkers": the endings that make a place's name the
# name of its people, each with what it replaced
_PEOPLE_ENDINGS = (("ians", "ia"), ("ans", "a"), ("ans", "o"), ("ers", ""))


def _people_of_place(gaz: Gazetteer, first: str, word: str) -> bool:
    """Whether ``first`` (a demonym or a state's name and its space) and ``word`` are the
    name of the people of one province or region ("British Columbians"): the place's name
    with an ending of people in place of its own."""
    for ending, own in _PEOPLE_ENDINGS:
        stem = word.removesuffix(ending)
        if stem != word and len(stem) > 2 and place_state(gaz, first + stem + own) is not None:
            return True
    return False


def _join_adjacent(
    mentions: list[Mention],
    join: Callable[[Mention, Mention], Mention | None],
    alone: Callable[[Mention], Mention] | None = None,
) -> list[Mention]:
    """The mentions in order, each that ``join`` makes one name with the mention kept
    before it merged into that one (``join`` returns the merged mention, or None), and
    each that stays on its own passed through ``alone`` if given."""
    out: list[Mention] = []
    for m in mentions:
        joined = join(out[-1], m) if out else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(m if alone is None else alone(m))
    return out


# A surname's form: one capitalised word, or a double surname of two joined by a hyphen
# ("Rezaei", "Nowak-Brandt")
_SURNAME_FORM = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _given_names_of_others(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Qassem Rezaei' where the gazetteer knows Naim Qassem: a known person's surname
    alone, right before an unknown capitalised word (or a hyphenated double surname) that
    is no word of a body's name, is the given name of somebody else, the two words one name
    the gazetteer does not know."""

    def join(prev: Mention, m: Mention) -> Mention | None:
        if (
            prev.kind is MentionKind.PERSON
            and prev.person is not None
            and not prev.possessive
            and " " not in prev.text
            and prev.text == prev.person.surname
            and m.kind is MentionKind.SURNAME
            and not m.possessive
            and text[prev.end : m.start] == " "
            and _SURNAME_FORM.fullmatch(m.text) is not None
            and m.text not in _NOT_SURNAMES
        ):
            return Mention(prev.start, m.end, MentionKind.NAME, text[prev.start : m.end])
        return None

    return _join_adjacent(mentions, join)


# An acronym written alone: two to seven capitals or digits, opening on a capital
# (the look-behind after the first capital, which it reads as the one before it: Python's
# engine then looks for a capital in C before trying the pattern, instead of at each position)
_BARE_ACRONYM = re.compile(r"([A-Z](?<![\w'’&.-].)[A-Z0-9]{1,6})(?![\w&-])")
# "(BPDB)": an acronym in parentheses, where a text defines it
_IN_PARENS = re.compile(r"\([A-Z][A-Z0-9]{1,6}\)")
# The capitalised name right before a parenthesis ("the Bangladesh Power Development
# Board (") or written anywhere ("the Liquor Control Board of Ontario")
_CAP_WORD = r"[A-Z][\w'’&-]*"
_NAME_LINK = r"(?:(?:of|for|and|the|on|in|&)[ ])*"
_NAME_BEFORE_PARENS = re.compile(
    rf"(?<![\w'’&-])(?!The[ ])({_CAP_WORD}(?:,?[ ]{_NAME_LINK}{_CAP_WORD}){{1,9}})[ ]?\($"
)
# (``(?<![\w'’&-])(?!The[ ]){_CAP_WORD}`` with the checks after the first capital, as above)
_CAPITAL_RUN = re.compile(
    rf"[A-Z](?<![\w'’&-].)(?!(?<=T)he[ ])[\w'’&-]*(?:[ ]{_NAME_LINK}{_CAP_WORD})+"
)
# Acronyms of titles, units and formats, never a body's short form
_NOT_BODY_ACRONYMS = frozenset(("CEO", "CFO", "COO", "GDP", "AM", "PM", "GMT", "UTC", "TV"))
_CAPITAL_WORD = re.compile(_CAP_WORD)


def _spelled_span(
    text: str, names: list[tuple[re.Match[str], str]], acronym: str, before: int
) -> tuple[int, int] | None:
    """Where the first name written before ``before`` stands whose consecutive capitalised
    words' initials are the acronym ("Ports Authority of Ghana" in "the Ports Authority of
    Ghana on Monday" for "PAG"); ``names`` holds the text's runs of capitalised words, each
    with its initials."""
    for run, initials in names:
        if run.start() >= before:
            break
        i = initials.find(acronym)
        if i >= 0:
            words = list(_CAPITAL_WORD.finditer(text, run.start(), run.end()))
            if len(words) < i + len(acronym):
                continue
            last = words[i + len(acronym) - 1]
            # "New Zealand's": the name without its possessive
            return words[i].start(), last.end() - 2 * last.group().endswith(_POSSESSIVES[:2])
    return None


def _initials_of(name: str) -> str:
    return "".join(w[0] for w in name.split(" ") if w[:1].isupper())


def _initials_follow(acronym: str, name: str) -> bool:
    """Whether the acronym's capitals are the name's initials in order, the first with the
    first and the last with the last ("BPDB", "Bangladesh Power Development Board")."""
    initials = _initials_of(name).upper()
    letters = [c for c in acronym if c.isalpha()]
    if not letters or not initials or letters[0] != initials[0] or letters[-1] != initials[-1]:
        return False
    rest = iter(initials[1:])
    return all(c in rest for c in letters[1:])


# Capitalised words after a surname that name something of the person's, not a second
# name ("Trump Tower", "Putin Doctrine")
_NOT_SURNAME_WORDS = (
    "Tower Towers Doctrine Administration Organization Organisation Foundation Centre"
    " Center Institute Plan Era Government Campaign Library Airport Street Avenue Road"
    " Square Bridge Park"
)
_NOT_SURNAMES = frozenset(_NOT_SURNAME_WORDS.split())


def _body_names(text: str, mentions: list[Mention], used: bytearray) -> list[Mention]:
    """The proper name of a public body is one institution mention ("a Department of Health
    and Social Care spokesperson": the department's), its words no personal names."""
    if not any(w in text for w in _BODY_HEAD_WORDS):
        return mentions
    starts = {m.start: m for m in mentions}
    out = list(mentions)
    for body in _body_name_matches(text):
        a, b = body.span()
        if "\n" in body.group():
            continue
        if body.group("tail") is not None:
            # "the House Ways and Means Committee": words already known (an actor, a place)
            # keep their meaning ("the Russian Foreign Office"); only unknown words go
            while a < b and used[a]:
                nxt = text.find(" ", a, b)
                if nxt < 0:
                    break
                a = nxt + 1
            head = body.group("tail").lower()
            tail = body.start("tail")
            if (
                any(used[a:tail])
                or a >= tail
                or all(w in _NOT_NAME for w in text[a:tail].split() if w != "and")
            ):
                continue  # "the Foreign Office": an office noun the roles know
            out = [m for m in out if not (m.kind is MentionKind.ROLE and m.start == tail)]
        else:
            head = body.group("head").lower()
            role = starts.get(a)
            if role is None or role.kind is not MentionKind.ROLE:
                continue
            out.remove(role)
            # words the gazetteer knows inside the name keep their meaning ("the Ministry of
            # Foreign Affairs of Egypt"): the body's name stops before them
            known = next((i for i in range(role.end, b) if used[i]), b)
            b = text.rfind(" ", a, known) if known < b else b
            b = b if b > role.end else role.end
            while text[a:b].endswith((" and", " the", " of", ",")):
                b = text.rfind(" ", a, b)
        poss = text.startswith(("'s", "’s"), b)
        used[a:b] = b"\x01" * (b - a)
        out.append(
            Mention(a, b, MentionKind.ROLE, text[a:b], role=head,
                    role_class=RoleClass.INSTITUTION, possessive=poss)
        )  # fmt: skip
    out.sort(key=lambda m: m.start)
    return out


_CAPITAL_NEXT = re.compile(r"[ ][A-Z]")


def _surnames_like_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Stephanie Pope', 'Angus King': an office word in title case right after a given
    name, with no name after it, is the surname (English titles come before names)."""

    def title_word(m: Mention) -> bool:
        return (
            m.kind is MentionKind.ROLE
            and m.role_class is RoleClass.PERSON
            and " " not in m.text
            and m.text[:1].isupper()
            and not m.text.isupper()
            and not _CAPITAL_NEXT.match(text, m.end)
        )

    def join(prev: Mention, m: Mention) -> Mention | None:
        if (
            title_word(m)
            and prev.kind in (MentionKind.NAME, MentionKind.SURNAME)
            and not prev.possessive
            and m.start == prev.end + 1
            and text[prev.end] == " "
        ):
            return Mention(prev.start, m.end, MentionKind.NAME, text[prev.start : m.end],
                           possessive=m.possessive)  # fmt: skip
        return None

    def alone(m: Mention) -> Mention:
        if (
            title_word(m)
            and m.text not in _ADDRESS_TITLES
            and _HONORIFIC_BEFORE.search(text, max(0, m.start - 6), m.start)
        ):
            # "Mr. Bishop", "Ms. Pope": an honorific makes the office word a surname
            return Mention(m.start, m.end, MentionKind.SURNAME, m.text, possessive=m.possessive)
        return m

    return _join_adjacent(mentions, join, alone)


# An honorific right before a word: what follows is a surname ("Mr. Bishop said")...
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s$")
# ...unless it is an office used in address ("Mr. President", "Madam Speaker")
_ADDRESS_TITLES = frozenset((
    "President", "Speaker", "Secretary", "Chairman", "Chairwoman", "Chair", "Ambassador",
    "Minister", "Mayor", "Governor", "Senator", "Premier", "Prime", "Vice", "Commissioner",
    "Chancellor", "Attorney", "Justice",
))  # fmt: skip


def _same_given(word: str, person: Person) -> bool:
    """True when ``word`` can be the person's given name (or a short form of it)."""
    names = {w for s in (person.name, *person.aliases) for w in s.split()[:-1]}
    word = word.lower()
    return any(_short_form(word, n.lower()) or fuzz.ratio(n.lower(), word) >= 70 for n in names)


def _short_form(word: str, given: str) -> bool:
    """``word`` may write ``given`` short: an initial, a short form ("Jim" for "James",
    "Mike" for "Michael"); a long name sharing only its first letter is another name
    ("Claire" is not "Catherine")."""
    if word[:1] != given[:1]:
        return False
    return len(word) <= 4 or len(given) <= 4 or word[:2] == given[:2]


def _last_end(pattern: re.Pattern[str], text: str, a: int, b: int) -> int | None:
    """Where the last match of ``pattern`` in ``text[a:b]`` ends, or None."""
    end = None
    for m in pattern.finditer(text, a, b):
        end = m.end()
    return end


def text_chunks(text: str, size: int) -> list[tuple[int, int]]:
    """``(start, end)`` pieces that cover ``text`` in order, each at most ``size`` long.

    Each piece ends at the last line break of its second half, else at the last sentence
    end or space there, so that a name or a token is not cut in two; a run of ``size``
    characters without a space is cut where it must be.
    """
    if size < 2:
        raise ValueError("size must be at least 2")
    out: list[tuple[int, int]] = []
    a, n = 0, len(text)
    while n - a > size:
        cuts = (_last_end(p, text, a + size // 2, a + size) for p in _BREAKS)
        b = next((cut for cut in cuts if cut is not None), a + size)
        out.append((a, b))
        a = b
    out.append((a, n))
    return out


# What follows a person's name in news copy: an apposition, a relative clause, a verb.
_AFTER_PERSON = re.compile(
    r"(?:['’]s\b|,\s+(?:who|whose|a|an|the|[a-z]+\s+of)\b|\s+(?:said|says|told|tells|added|wrote"
    r"|writes|argued|argues|noted|notes|warned|warns|asked|asks|explained|explains)\b)"
)


_HYPHENATED = re.compile(rf"[-‑]{_WORD}")


def hyphenated_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Maha Israel-Daher', 'Dana Cuba-Whitfield': a place name that is half of a
    hyphenated surname (the other half not a place: 'US-China' stays two actors), with the
    given name before it, is one personal name."""
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        tail = _HYPHENATED.match(text, m.end) if m.kind is MentionKind.ACTOR else None
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if tail is None or (
            nxt is not None
            and nxt.start <= tail.end()
            and nxt.kind in (MentionKind.ACTOR, MentionKind.ADJECTIVE, MentionKind.PERSON)
        ):
            out.append(m)
            continue
        start = m.start
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind in (MentionKind.SURNAME, MentionKind.NAME)
            and prev.end + 1 == m.start
            and text[prev.end] == " "
        ):
            start = out.pop().start
        end = tail.end()
        poss = text.startswith(("'s", "’s"), end)
        out.append(Mention(start, end, MentionKind.NAME, text[start:end], possessive=poss))
    # a surname mention the merged name now covers ("Daher" of "Israel-Daher") goes
    return [
        m
        for k, m in enumerate(out)
        if not (k and m.start < out[k - 1].end and m.kind is MentionKind.SURNAME)
    ]


# A state named as the subject of a legislature's committee: "the House China committee",
# "the select committee on China" (what the committee watches, not whom it speaks for)
_COMMITTEE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:committee|subcommittee|caucus)\b", re.I)
_CHAMBER_BEFORE = re.compile(
    r"\b(?:House|Senate|[Ss]elect|[Pp]arliamentary|[Cc]ongressional)\s+(?:[a-z]+\s+)?$"
)
_COMMITTEE_ON = re.compile(r"\b(?:committee|subcommittee|caucus)\s+on\s+(?:the\s+)?$", re.I)


def _committee_topics(text: str, mentions: list[Mention]) -> list[Mention]:
    """Without the states that name a committee's subject ("the House China committee",
    "the select committee on China"): a topic, no side of its members."""

    def topic(m: Mention) -> bool:
        if m.kind is not MentionKind.ACTOR or m.possessive:
            return False
        before = text[max(0, m.start - 40) : m.start]
        return bool(
            _COMMITTEE_ON.search(before)
            or (_CHAMBER_BEFORE.search(before) and _COMMITTEE_AFTER.match(text, m.end))
        )

    return [m for m in mentions if not topic(m)]


# Capitalised words that qualify an office by its level of government, though a town
# somewhere bears the name ("Federal", a town in Argentina): never a place before a title
_OFFICE_QUALIFIERS = {"Federal", "National", "Central", "State", "General", "Supreme",
                      "Union", "Regional", "Provincial", "Municipal", "Royal", "Imperial",
                      "Deputy", "Acting", "Interim", "Executive", "Independence"}  # fmt: skip
# Capitalised words that name a family of parties, which qualify an office by the party that
# holds it ("the previous Liberal government", "Progressive Conservative leader X"), though
# a town somewhere bears the name ("Liberal", Kansas): never a place before a title
_PARTY_FAMILIES = {"Liberal", "Conservative", "Progressive", "Labour", "Socialist",
                   "Republican", "Democratic", "Communist", "Tory"}  # fmt: skip


def _surname_named_before(before: list[Mention], name: str) -> bool:
    """``name`` ends a person's full name the text gave earlier ("Elisabeth Borne", then
    "Borne's office"): the person again, whatever town bears the surname."""
    ending = " " + name
    return any(
        m.kind in (MentionKind.PERSON, MentionKind.NAME) and m.text.endswith(ending) for m in before
    )


# the portfolios a title coordinates before its last one: "Energy and ", "Investment, Trade
# and ", each of one to three capitalised words
_PORTFOLIO_WORDS = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}"
_COORDINATED_BEFORE = re.compile(
    rf"(?:^|(?<=[\s(\"“]))({_PORTFOLIO_WORDS}(?:,\s+{_PORTFOLIO_WORDS})*,?\s+(?:and|&)\s+)$"
)
# one of them, and where it starts
_CONJUNCT = re.compile(rf"({_PORTFOLIO_WORDS})(?:,\s+|,?\s+(?:and|&)\s+)")
# a portfolio's words as the resolver's portfolios and the government titles' services
# write them
_PORTFOLIO_SET = frozenset((*PORTFOLIOS, *SERVICES))


# A government title whose portfolio follows it in capitals ("Minister for the Public
# Service and Administration", "Secretary of Home Affairs and Culture"): the words between
# the title and the officeholder's full name are the title's, however many portfolios it
# joins, not a person ("Public Service") or a body ("Administration")
_TITLE_NOUNS = frozenset(("minister", "secretary", "commissioner"))
_PORTFOLIO_LINK = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?(?=[A-Z])")
_PORTFOLIO_RUN = re.compile(
    r"[A-Z][a-z]+(?:(?:,\s+|\s+(?:and|&|of|for|the)\s+(?:the\s+)?|\s+)[A-Z][a-z]+)*"
)


def _portfolios_after_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    done = 0  # the mentions before this one are in ``out`` or taken into a title
    for i in [
        i for i, m in enumerate(mentions) if m.kind is MentionKind.ROLE and m.role in _TITLE_NOUNS
    ]:
        if i < done:
            continue
        m = mentions[i]
        link = _PORTFOLIO_LINK.match(text, m.end)
        run = _PORTFOLIO_RUN.match(text, link.end()) if link else None
        if link is None or run is None:
            continue
        # the officeholder: the full name that closes the run, after at least one word of
        # the portfolio, with nothing but the portfolio's own words (no party, no place)
        # between the title and it
        j = i + 1
        while (
            j < len(mentions)
            and mentions[j].end < run.end()
            and mentions[j].kind in (MentionKind.NAME, MentionKind.SURNAME, MentionKind.ROLE)
        ):
            j += 1
        if (
            j >= len(mentions)
            or mentions[j].kind is not MentionKind.NAME
            or mentions[j].end != run.end()
            or mentions[j].start <= link.end()
        ):
            continue
        end = len(text[: mentions[j].start].rstrip())
        words = text[m.start : end]
        out += mentions[done:i]
        out.append(replace(m, end=end, text=words, role=" ".join(words.lower().split())))
        done = j
    out += mentions[done:]
    return out


def _coordinated_portfolios(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Energy and Mineral Resources Minister X', 'the Foreign and Trade Minister':
    portfolios coordinated before a government title are the title's words (not a name,
    nor words outside it). Each portfolio before "and" must be one the resolver knows
    (``roles.PORTFOLIOS``), read from "and" leftwards ("Smith and Trade Minister X" and
    "On Monday, Energy and Mines Minister X" keep "Smith" and "Monday" out)."""
    out: list[Mention] = []
    for m in mentions:
        if (
            m.kind is not MentionKind.ROLE
            or m.role_class is not RoleClass.PERSON
            or not m.text[:1].isupper()
        ):
            out.append(m)
            continue
        start = m.start
        absorbed = 0
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind in (MentionKind.NAME, MentionKind.SURNAME)
            and not last.possessive
            and text[last.end : m.start] == " "
        ):
            start = last.start  # "Mineral Resources" before "Minister"
            absorbed = 1
        found = _COORDINATED_BEFORE.search(text, max(0, start - 60), start)
        if found is None:
            out.append(m)
            continue
        # the conjuncts before "and", each with where it starts, the last one first
        a = 0
        first = ""
        for c in reversed(list(_CONJUNCT.finditer(text, found.start(1), found.end(1)))):
            words = c.group(1).split()
            # the portfolio may be the conjunct's last words ("The Foreign and Trade")
            k = next(
                (k for k in range(len(words)) if " ".join(words[k:]).lower() in _PORTFOLIO_SET),
                None,
            )
            if k is None:
                break
            a = c.end(1) - len(" ".join(words[k:]))
            first = " ".join(words[k:]).lower()
            if k:
                break
        if not first:
            out.append(m)
            continue
        keep = len(out) - absorbed
        while keep and out[keep - 1].end > a:
            if out[keep - 1].kind not in (MentionKind.NAME, MentionKind.SURNAME):
                break
            keep -= 1
        if keep and out[keep - 1].end > a:
            out.append(m)  # a known mention among the words: no portfolios
            continue
        del out[keep:]
        role = f"{first} {m.role.split()[-1]}"
        out.append(
            replace(m, start=a, text=text[a : m.end], role=role if role in PERSON_ROLES else m.role)
        )
    return out


def first_names_of_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Chad Smith', 'Kenya Mwangi', 'Georgia Tanaka': a place name that is a person's first
    name. A country mention directly followed by an unknown capitalised word is one name when
    the text uses that word alone elsewhere or treats the pair as a person (', who', 'said')."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        n = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            n is not None
            and m.kind is MentionKind.ACTOR
            and not m.possessive
            and n.kind is MentionKind.SURNAME
            and n.start == m.end + 1
            and text[m.end] == " "
            and " " not in m.text
            and (
                _AFTER_PERSON.match(text, n.end)
                or re.search(rf"(?<!{re.escape(m.text)} )\b{re.escape(n.text)}\b", text) is not None
            )
        ):
            out.append(
                Mention(
                    m.start, n.end, MentionKind.NAME, text[m.start : n.end], possessive=n.possessive
                )
            )
            i += 2
            continue
        if (
            n is not None
            and m.kind is MentionKind.SURNAME
            and not m.possessive
            and n.kind is MentionKind.ACTOR
            and " " not in n.text
            and n.start == m.end + 1
            and text[m.end] == " "
            and (
                _APPOSED_AFTER.match(text, n.end)
                # "Sen. Nadia Jordan (D-Ore.)", "fire Chief Omar Chad": a title before the
                # pair, or a legislator's party label after it, makes it a person's name
                or _PARTY_LABEL.match(text, n.end + 1) is not None
                or _TITLE_BEFORE.search(text, max(0, m.start - 12), m.start) is not None
                or (i > 0 and _adjacent_title(text, mentions[i - 1], m))
            )
        ):
            # "Nadia Jordan, a maritime security analyst": a given name before a place name
            # the text treats as a person
            out.append(
                Mention(
                    m.start, n.end, MentionKind.NAME, text[m.start : n.end], possessive=n.possessive
                )
            )
            i += 2
            continue
        if (
            n is not None
            and m.kind is MentionKind.SURNAME
            and not m.possessive
            and m.text not in _NOT_GIVEN
            and n.kind is MentionKind.ACTOR
            and " " not in n.text
            and _NAME_PARTICLES.fullmatch(text, m.end, n.start)
            and (
                _AFTER_PERSON.match(text, n.end)
                or _LOWER_APPOSITION.match(text, n.end)  # ", interim chair of the panel"
            )
        ):
            # "Julia de Lima, the chair of its panel,": a family name with its particle
            # after a given name, though a capital's ("Lima")
            out.append(
                Mention(
                    m.start, n.end, MentionKind.NAME, text[m.start : n.end], possessive=n.possessive
                )
            )
            i += 2
            continue
        particle = (
            _CAPITAL_PARTICLE.search(text, max(0, m.start - 8), m.start)
            if m.kind is MentionKind.ACTOR and " " not in m.text
            else None
        )
        if particle is not None and re.search(
            rf"\b[A-Z][\w'’-]+\s+{_PARTICLES}\s+{re.escape(m.text)}\b", text
        ):
            # "De Lima said", after "Julia de Lima": the family name with its particle
            a = particle.start("particle")
            if out and out[-1].end > a:
                out.pop()
            out.append(
                Mention(a, m.end, MentionKind.NAME, text[a : m.end], possessive=m.possessive)
            )
            i += 1
            continue
        out.append(m)
        i += 1
    return out


# The particles of a family name between a given name and its next word: " de ", " da "
_NAME_PARTICLES = re.compile(rf"[ ](?:{_PARTICLES}[ ]){{1,2}}")
_LOWER_APPOSITION = re.compile(r",\s+[a-z]")
# Words before "de" that name a body or a place, not a person: "Banco de Mexico"
_NOT_GIVEN = frozenset((
    "Banco", "Banca", "Ciudad", "Universidad", "Universidade", "Instituto", "Casa", "Puerto",
    "Porto", "Rio", "Río", "San", "Santa", "Santo", "São", "Cabo", "Costa", "Tribunal",
    "Congreso", "Palacio", "Plaza", "Estado", "Estados", "Republica", "República", "Isla",
    "Port", "Cape", "Bank", "Court", "Partido", "Frente", "Consejo", "Ministerio", "Corte",
    "Gobierno", "Governo", "Asamblea", "Senado", "Camara", "Cámara",
))  # fmt: skip
# A capitalised particle opening a family name: "De Lima", "Da Costa"
_CAPITAL_PARTICLE = re.compile(r"(?:^|[\s\"“(])(?P<particle>De|Da|Dos|Del|Van|Von|Di|Du)[ ]$")


# The capitalised name of a private body after a national name or demonym: "Canadian
# Chamber of Commerce", "Canadian Union of Public Employees", "Japan Automobile Manufacturers
# Association", "Turkish Airlines"
_PRIVATE_BODY = re.compile(
    r"(?:\s+(?:[A-Z][\w&'’-]*|of|and|for|&)){0,5}?\s+(?P<head>Chambers?|Associations?|Federation"
    r"|Confederation|Institute|Airlines|Airways|Railways|Company|Corporation|Society"
    r"|Foundation|Centre|Center|Network|Forum|Organi[sz]ations?|Industries|Motors|Post(?!\s+[A-Z])|Alliance|Party|Church"
    r"|Union(?=\s+of))\b(?:\s+(?:of|for)(?:\s+[A-Z][\w&'’-]*)+)?"
)


# A council's own name after a state's name or demonym, or before it: sector words and a
# "for"/"of" phrase ("Kenya Flower Council", "Dutch Council for Refugees"; "Canola Council
# of Canada", "Minerals Council South Africa"). The role table reads a bare "Council" as a
# state's organ, so a council is private only when none of its words is one of a state's
_COUNCIL_AFTER_STATE = re.compile(
    r"(?P<words>(?:\s+[A-Z][\w&'’-]*){0,4}?)\s+Council\b"
    r"(?P<phrase>(?:\s+(?:of|for)(?:\s+(?:[A-Z][\w&'’-]*|and|&))+)?)"
)
_COUNCIL_BEFORE_STATE = re.compile(
    r"(?<![\w&'’-])(?:The\s+)?(?P<words>(?:[A-Z][\w&'’-]*\s+(?:(?:and|&)\s+)?){1,4}?)Council"
    r"\s+(?:of\s+)?$"
)
# Words that make a council an organ of a state or of its sub-national governments
# ("National Security Council", "Presidential Council", "City Council", "Council of
# Ministers"), or of several ("Nordic Council")
_STATE_COUNCIL_WORDS = frozenset((
    "National", "State", "States", "Security", "Supreme", "High", "Higher", "Presidential",
    "Presidency", "Sovereign", "Sovereignty", "Transitional", "Revolutionary", "Military",
    "Federal", "Executive", "Legislative", "Constitutional", "Judicial", "Privy", "Defence",
    "Defense", "Ministerial", "Ministers", "Minister", "Leadership", "Governing", "Regional",
    "Provincial", "City", "County", "Municipal", "Town", "District", "Guardian", "Guardians",
    "Expediency", "Government", "Governors", "Cooperation", "Co-operation", "Joint",
    "Nordic", "Arctic", "Baltic", "Economic", "Foreign", "Affairs", "Legal",
))  # fmt: skip


def _private_council(words: str, phrase: str, state_first: bool) -> bool:
    """Whether a council named with a state's name (``words`` the capitalised words beside
    "Council", ``phrase`` its "of"/"for" phrase) is a private body: it has a word of its
    own and none of a state organ's."""
    own = [w.strip("'’") for w in words.split() if w not in ("and", "&")]
    tail = [w for w in phrase.split() if w not in ("of", "for", "and", "&")]
    if not own and not (state_first and phrase.split()[:1] == ["for"]):
        return False
    return _STATE_COUNCIL_WORDS.isdisjoint(own + tail)


# Holders of a state's public offices in a body's name ("Nigeria Governors' Forum")
_OFFICE_HOLDERS = re.compile(r"\bGovernors\b")
# The word that opens a company's name before a country's ("Air Canada")
_COMPANY_PREFIX = re.compile(r"\bAir\s$")


def private_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Canadian Chamber of Commerce president X': a state's name or demonym that opens the
    name of a private body is part of that name, and the body speaks for no state (the
    spec: "null when the speaker stands for none")."""
    out: list[Mention] = []
    skip_to = -1
    for m in mentions:
        if m.start < skip_to:
            continue
        if (
            m.kind is MentionKind.ACTOR
            and not m.subnational
            and out
            and out[-1].kind is MentionKind.ROLE
            and out[-1].role == "central bank"
            and text[out[-1].end : m.start] == " of "
        ):
            # "the Central Bank of Kenya": the state's monetary authority, the state's voice
            bank = out.pop()
            out.append(replace(m, start=bank.start, text=text[bank.start : m.end]))
            continue
        council = _council(text, m, out)
        if council is not None:
            out.append(council)
            skip_to = council.end
            continue
        body = (
            _PRIVATE_BODY.match(text, m.end)
            if m.kind in (MentionKind.ADJECTIVE, MentionKind.ACTOR) and not m.possessive
            else None
        )
        prefix = (
            _COMPANY_PREFIX.search(text, max(0, m.start - 8), m.start)
            if body is None and m.kind is MentionKind.ACTOR
            else None
        )
        if prefix is not None:
            # "Air Canada", "Air India": an airline named after its country
            poss = text.startswith(("'s", "’s"), m.end)
            out.append(
                Mention(prefix.start(), m.end, MentionKind.ROLE, text[prefix.start() : m.end],
                        role="company", role_class=RoleClass.PRIVATE, possessive=poss)
            )  # fmt: skip
            continue
        if body is None or "\n" in body.group():
            out.append(m)
            continue
        end = body.end()
        poss = text.startswith(("'s", "’s"), end)
        name = text[m.start : end]
        if _OFFICE_HOLDERS.search(name) is not None and m.actor:
            # "the Nigeria Governors' Forum": a body of a state's sub-national executives
            # is that state's voice, not a private body (tests/data/negotiations/README.md)
            out.append(Mention(m.start, end, MentionKind.ACTOR, name, actor=m.actor,
                               possessive=poss))  # fmt: skip
            skip_to = end
            continue
        out.append(
            Mention(m.start, end, MentionKind.ROLE, name, role=body.group("head").lower(),
                    role_class=RoleClass.PRIVATE, possessive=poss)
        )  # fmt: skip
        skip_to = end
    return out


def _council(text: str, m: Mention, out: list[Mention]) -> Mention | None:
    """'the Kenya Flower Council', 'the Canola Council of Canada': a private council named
    with a state's name or demonym (``m``), one role mention over the whole name; the
    mentions of ``out`` inside it before ``m`` are dropped."""
    if m.kind not in (MentionKind.ADJECTIVE, MentionKind.ACTOR) or m.possessive or m.subnational:
        return None
    after = _COUNCIL_AFTER_STATE.match(text, m.end)
    if after is not None and "\n" not in after.group():
        if not _private_council(after.group("words"), after.group("phrase"), state_first=True):
            return None
        start, end = m.start, after.end()
    else:
        if m.kind is not MentionKind.ACTOR:
            return None
        before = _COUNCIL_BEFORE_STATE.search(text, max(0, m.start - 80), m.start)
        if before is None or "\n" in before.group():
            return None
        if not _private_council(before.group("words"), "", state_first=False):
            return None
        start, end = before.start("words"), m.end
        while out and out[-1].end > start:
            out.pop()
    poss = text.startswith(("'s", "’s"), end)
    return Mention(start, end, MentionKind.ROLE, text[start:end], role="council",
                   role_class=RoleClass.PRIVATE, possessive=poss)  # fmt: skip


# "X Jordan, a researcher": an apposition describing a person ("Meanwhile Jordan said" is
# the country)
_APPOSED_AFTER = re.compile(
    r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:analyst|researcher|specialist|"
    r"scientist|scholar|economist|strategist|expert|professor|fellow|"
    r"lawyer|consultant|journalist|historian|director|campaigner)\b"
)


# A title abbreviation or honorific right before a name: "Rep. ", "Sen. ", "Mr. "
_TITLE_BEFORE = re.compile(r"\b(?:Rep|Reps|Sen|Sens|Gov|Lt|Gen|Col|Adm|Mr|Mrs|Ms|Dr|Prof)\.\s$")


def _adjacent_title(text: str, prev: Mention, m: Mention) -> bool:
    """'Chief Omar Chad': an office noun in title case right before the given name."""
    return (
        prev.kind is MentionKind.ROLE
        and prev.role_class is RoleClass.PERSON
        and prev.text[:1].isupper()
        and prev.end + 1 == m.start
        and text[prev.end] == " "
    )


@lru_cache(maxsize=2)
def mention_finder(model: str | None = None) -> MentionFinder:
    """The shared finder; ``model`` (or PARLEY_SPACY_MODEL) names a trained spaCy pipeline."""
    name = model or os.environ.get("PARLEY_SPACY_MODEL") or None
    nlp = None
    if name:
        # only the entity recogniser is used: skip the parser and tagger
        keep = {"tok2vec", "ner"}
        nlp = spacy.load(name)
        for pipe in [p for p in nlp.pipe_names if p not in keep]:
            nlp.remove_pipe(pipe)
    return MentionFinder(load_gazetteer(), nlp)


# A city's executive ("Mayor X", "the deputy mayor of X")
_MAYORS = frozenset(("mayor", "deputy mayor"))


def _capital_mayor(gaz: Gazetteer, text: str, out: list[Mention], i: int) -> str | None:
    """The listed city government of the capital ``out[i]`` names when a mayor's office
    follows or precedes it ("Seoul Mayor X", "Bogotá's mayor", "the mayor of Vienna"):
    there the capital is the city, not its state. None otherwise."""
    m = out[i]
    if m.kind is not MentionKind.ACTOR or m.subnational:
        return None
    name = m.text.removesuffix("'s").removesuffix("’s")
    city = capital_city_government(gaz, name)
    if city is None:
        return None
    nxt = out[i + 1] if i + 1 < len(out) else None
    prev = out[i - 1] if i else None
    before = (
        nxt is not None
        and nxt.kind is MentionKind.ROLE
        and nxt.role in _MAYORS
        and _PLACE_TO_OFFICE.fullmatch(text, m.start + len(name), nxt.start) is not None
    )
    after = (
        prev is not None
        and prev.kind is MentionKind.ROLE
        and prev.role in _MAYORS
        and _OFFICE_TO_PLACE.fullmatch(text, prev.end, m.start) is not None
    )
    return city if before or after else None


def sub_state_outnamed_by(
    gaz: Gazetteer, parties: tuple[str, ...], mentions: list[Mention]
) -> bool:
    """``sub_state_outnamed`` read off an article's ``mentions``: the actors they name, and
    the capitalised names that may be a province's."""
    return sub_state_outnamed(
        gaz,
        parties,
        (m.actor for m in mentions if m.kind is MentionKind.ACTOR and m.actor),
        (m.text for m in mentions if m.kind in (MentionKind.NAME, MentionKind.SURNAME)),
    )
