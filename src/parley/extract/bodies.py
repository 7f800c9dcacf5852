"""Private people and bodies, state institutions, and bodies the gazetteer does not know."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from parley.actors import ActorKind, Person
from parley.extract.mentions import Mention, MentionKind
from parley.extract.resolver_base import ResolverBase
from parley.extract.roles import (
    STATE_MEDIA,
    RoleClass,
)
from parley.extract.speaker_patterns import (
    _ENTOURAGE,
    _GOVERNING_WORDS,
    _ITS_OFFICE,
    _LIST_GAP,
    _NAMED_STATE_BODIES,
    _NOT_PERSON_HEADS,
    _OF_SIDE,
    _PUBLIC_HEADS,
    _SENTENCE_BREAK,
    _SPOKES,
    _STATE_BODY_HEADS,
    _listed,
    _state_office,
    chains,
    det_before,
    private_body_name,
)
from parley.places import place_state

_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w'’-]*)\s+$")
# The unnamed voices a body speaks through ("a spokesman", "an official"): one of them
# right after the body's own statement is the body's
_BODY_VOICES = _SPOKES | {"official", "senior official"}
# "A spokesperson in Washington": where a voice sits, a capitalised place and the clause's end
_POSTED_IN = re.compile(
    r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?(?=\s*(?:,|said|says|told)\b)"
)
# A rank between the article and a body's voice: "a senior official there"
_RANKS = frozenset(("senior", "junior", "high-ranking"))
# "An official there said" after a sentence a body opens: that body's voice
_THERE = re.compile(r"\s+there\b")
# What after such a voice points back to the body just named: "an official there", "an
# official in the office" (the noun the body was named by)
_BACK_TO_BODY = re.compile(r"\s+(?:there\b|(?:in|at|from|of)\s+the\s+(?P<noun>[a-z]+)\b)")
# the close of a quotation right before its source: '"...," '
_OPENS_SENTENCE = re.compile(r"(?:[.!?][\"”’)]*\s+|\n)$")
_CLOSING_QUOTE = re.compile(r"[,.?!]?[\"”]\s*$")
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
# ("The deans' association": a plural possessive among the modifiers)
_MODIFIED_OPENING = re.compile(r"(?:The|A|An)\s+(?:[a-z-]+['’]?\s+){0,2}")
# An acronym the gazetteer does not know, right before an office ("CUPE national president"):
# a union's or a company's, not a state's
# (words start with a letter: a dateline's dash is no word, "WASHINGTON - Senate Leader")
# ("CUPE national president", "DC 33 president": a body's acronym and its number)
_ACRONYM_OWNER = re.compile(
    r"\b([A-Z]{2,10})(?:\s+\d{1,4})?(?:['’]s)?\s+(?:[A-Za-z][A-Za-z-]*\s+){0,2}$"
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# a heading in capitals, a line of its own ("THE INTELLIGENCE", "CONTEXT"), at the end of
# its line
_CAPS_HEADING_END = re.compile(r"[A-Z][A-Z'’.,&-]*(?:[ ]+[A-Z][A-Z'’.,&-]*)*$")
# "15:55 PT": a live blog's time stamp, whose zone is no owner of the office after it
_TIME_ZONE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?$")
# ", president of IAM District 751": an office in apposition and the body it is held in
# "X, the TCRC's president,": an office of a body named by its acronym
_APPOSED_ACRONYM_OFFICE = re.compile(
    r",\s+the\s+(?P<owner>[A-Z][A-Z&-]+)['’]s\s+(?P<office>(?:[a-z-]+\s+){0,2}?[a-z-]+)\s*[,;.]"
)
# "The Medef's president, ": a definite office of a body named by one capitalised word,
# in apposition before a name, opening its sentence (or a live blog's time stamp)
_ACRONYM_OFFICE_BEFORE = re.compile(
    r"(?:^|[.;:!?]\s+|\n|\d{1,2}[:.]\d{2}\s+(?:[-–—]\s+)?)[Tt]he\s+(?P<owner>[A-Z][\w&-]+)['’]s\s+"
    r"(?P<office>(?:[a-z-]+\s+){0,2}?[a-z-]+),\s+$"
)
# "X, the Teamsters' general president,", "X, the Harbour Pilots Guild's chair,": an office
# of a body named by one to four capitalised words in the possessive
_APPOSED_NAMED_OFFICE = re.compile(
    r",\s+(?:the\s+)?(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:['’]s|(?<=s)['’])\s+"
    r"(?P<office>(?:[a-z-]+\s+){0,2}?[a-z-]+)(?:\s+and\s+[a-z-]+)?\s*[,;.]"
)
# Heads of a body's office that are no role noun ("the chair", "its head")
_OFFICE_WORDS = frozenset(("chair", "head", "boss", "founder"))
# "Anglo American's chair, ": the same office before the name, opening its sentence
_NAMED_OFFICE_BEFORE = re.compile(
    r"(?:^|[.;:!?]\s+|\n)(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:['’]s|(?<=s)['’])\s+"
    r"(?P<office>(?:[a-z-]+\s+){0,2}?[a-z-]+),\s+$"
)
_APPOSED_OFFICE_OF = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?P<office>(?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:of|at|for|with)"
    r"\s+(?:the\s+)?(?P<owner>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|\d+|of|and|&))*)"
)
# " (VVD) and the ", " and ": a second office coordinated after a body's name
_AND_OFFICE = re.compile(r"(?:\s*\([A-Z][\w-]*\))?\s+and\s+(?:the\s+|a\s+|an\s+)?")
# Head words of the names of private bodies: unions, companies, associations
_PRIVATE_BODY_HEADS = {
    "Union", "Unions", "Association", "Federation", "Confederation", "Company", "Corporation",
    "Workers", "Machinists", "Longshoremen", "Teamsters", "Guild", "Local", "District",
    "Inc", "Ltd", "Group", "Chamber", "Foundation", "Institute",
}  # fmt: skip
# Common nouns for a state's organs: "the court's president", "the assembly's speaker"
_STATE_ORGANS = frozenset((
    "court", "judiciary", "tribunal", "parliament", "assembly", "senate", "legislature",
    "government", "cabinet", "ministry", "presidency", "treasury",
))  # fmt: skip
_POSSESSOR = re.compile(r"\b([a-z]+)['’]s\s+(?:[a-z-]+\s+){0,2}$")
# "of Zambia's ", "of its official bilateral ", "of the": between a body noun and the
# people it is made of
_OF_HOLDERS = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}"
)
# The capitalised words that open a body's name before its mention ("The House of ")
_NAME_OPENING = re.compile(r"(?:The\s+)?(?:[A-Z][\w-]*\s+(?:of\s+)?){0,3}")
# Kinds of bodies only a state has, beyond its ministries and departments: a commission
# named without an owner is a state's (an international one is named so, and the EU's is
# learnt from "European Commission"), as are a legislature and a presidency
_STATE_INSTITUTIONS = {"presidency", "presidential office", "parliament", "cabinet",
                       "commission", "senate", "national assembly", "house of representatives",
                       "electoral commission", "election commission", "treasury",
                       "inspectorate", "directorate"}  # fmt: skip
# a sentence's short opening phrase before its subject: "In a statement, ", "At a weekly
# briefing last week, "
_SHORT_OPENER = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5},\s+")
# a clause joined to the one before in its sentence: ", but a spokesman said"
_JOINED_CLAUSE = re.compile(r",?\s+(?:but|and)\s+$")
_LOWER_HOUSE = re.compile(r"\bHouse\s+of\s+(?:Representatives|Commons|Deputies|Delegates)$")
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'’-]*\s+)+$")
# "the Council of State"; a body named by its members, a state's local executives: "the
# Council of Governors", "the Conference of Mayors", "the Forum of Chief Ministers"
_OF_STATE_AFTER = re.compile(
    r"\s+of\s+(?:State\b|(?:County\s+|State\s+|Provincial\s+|Regional\s+)?"
    r"(?:Governors|Mayors|Premiers|Chief\s+Ministers)\b)"
)

# A public agency's proper name: capitalised words (a possessive office among them, "the
# Prosecutor-General's Office") closed by the head of a state's administrative body
_AGENCY_NAME = re.compile(
    r"(?P<name>(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and)\s+)?){1,5}"
    r"(?:Agency|Authority|Directorate|Office|Bureau|Administration))\b(?!\s+of\b)"
)
_POSSESSIVE_END = re.compile(r"['’]s$")
# words that make such a name no state's: a news agency, a party's or a private office
_NOT_AGENCY_WORDS = {"News", "Press", "Party", "Company", "Union", "Association", "Foundation",
                     "Institute", "Ltd", "Inc", "Law", "Family"}  # fmt: skip


class Bodies(ResolverBase):
    """Private people and bodies, state institutions and unknown bodies."""

    def _owned_by_unknown(self, pos: int) -> bool:
        """True when the office at ``pos`` belongs to a body the gazetteer does not know
        ("the union's president", "the company's chief negotiator")."""
        acronym = _ACRONYM_OWNER.search(self.text, max(0, pos - 40), pos)
        if acronym is not None and (
            self._time_zone(acronym)
            or (
                _PARAGRAPH_BREAK.search(acronym.group())
                and _CAPS_HEADING_END.match(
                    self.text, self.text.rfind("\n", 0, acronym.start(1)) + 1, acronym.end(1)
                )
            )
        ):
            # "15:55 PT\nLabour Minister X"; "OTTAWA WELCOMES DEAL, STAYS AWAY FROM
            # LEGISLATION\n\nLabour Minister X": a heading's last word, not an owner
            acronym = None
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
        if m is None or m.group(1) in _STATE_ORGANS:
            return False  # "the court's president": an organ of a state, not a private body
        return self._mention_at(m.start(1)) is None

    def _time_zone(self, acronym: re.Match[str]) -> bool:
        """True when the acronym ``_ACRONYM_OWNER`` found is the zone of a time stamp before
        the office ("15:55 PT" heading a live blog's entry), not a body owning it."""
        return (
            _TIME_ZONE.search(self.text, max(0, acronym.start() - 12), acronym.start()) is not None
        )

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
        if m.text.startswith("Presidential "):
            return True  # "the Presidential Communication Office": a head of state's own
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

    def _unknown_body_office_before(self, pos: int) -> bool:
        """True when the name starting at ``pos`` follows "The X's <office>, " with X one
        capitalised word the gazetteer does not know ("The Medef's president, Patrick
        Martin,": an employers' body; not "The Kremlin's spokesman, X,"), or a sentence
        opening on a longer name's office ("Anglo American's chair, X,"; not a listed
        person's name after it)."""
        m = _ACRONYM_OFFICE_BEFORE.search(self.text, max(0, pos - 80), pos)
        if m is not None and m.end() == pos:
            at = self._mention_at(m.start("office"))
            owner = self._mention_at(m.start("owner"))
            return (
                at is not None
                and at.kind is MentionKind.ROLE
                and (owner is None or owner.kind in (MentionKind.NAME, MentionKind.SURNAME))
                and self.gaz.actor_of(m.group("owner")) is None
            )
        named = _NAMED_OFFICE_BEFORE.search(self.text, max(0, pos - 80), pos)
        listed = self._mention_at(pos)
        return (
            named is not None
            and named.end() == pos
            and (listed is None or listed.person is None)
            and self._unknown_owner_office(named)
        )

    def _state_office_also(self, pos: int) -> bool:
        """True when the apposition goes on at ``pos`` with a second office that only a
        state has: "X, leader of the Liberals (VVD) and justice minister in the caretaker
        cabinet," (the party's leader holds the state's office too)."""
        more = _AND_OFFICE.match(self.text, pos)
        office = self._mention_at(more.end()) if more is not None else None
        return (
            office is not None
            and office.kind is MentionKind.ROLE
            and office.role_class is RoleClass.PERSON
            and _state_office(office.role)
        )

    def _office_of_unknown_body(self, pos: int) -> bool:
        """True when the name ending at ``pos`` is followed by an apposition whose office
        belongs to a body the gazetteer does not know: "X, president of IAM District 751,",
        "X, the chief negotiator for the ILA," (an acronym it lacks), "X, head of the
        Allied Dockworkers Union," (a body's name on a private body's head word)."""
        owned = _APPOSED_ACRONYM_OFFICE.match(self.text, pos)
        if owned is not None:
            # "X, the TCRC's president,": an office of a body by an acronym it lacks
            at = self._mention_at(owned.start("office"))
            return (
                at is not None
                and at.kind is MentionKind.ROLE
                and self.gaz.actor_of(owned.group("owner")) is None
            )
        named = _APPOSED_NAMED_OFFICE.match(self.text, pos)
        i = bisect_left(self.starts, pos)
        listed = i > 0 and self.mentions[i - 1].person is not None  # a gazetteer's person
        if named is not None and not listed and self._unknown_owner_office(named):
            return True
        gap = _APPOSED_OFFICE_OF.match(self.text, pos)
        if gap is None or self._state_office_also(gap.end()):
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
            or self._unknown_body_name(gap.start("owner"), owner)
        )
        return private and self.gaz.actor_of(name) is None

    def _unknown_owner_office(self, found: re.Match[str]) -> bool:
        """True when ``found`` ("the Teamsters' general president", "Anglo American's
        chair") is an office of a body the gazetteer, the party table and the text's own
        sides do not know: one name word that is no person's, or a longer name of no public
        body (a union, a company, an association)."""
        office = self._mention_at(found.start("office"))
        role = office is not None and office.kind is MentionKind.ROLE
        if not role and found.group("office").split()[-1] not in _OFFICE_WORDS:
            return False
        if office is not None and role and _state_office(office.role):
            return False  # "Saxony's premier": an office only a state or its province has
        name, start = found.group("owner"), found.start("owner")
        words = name.split()
        if words[0] == "The":
            words, start = words[1:], start + 4
            name = " ".join(words)
        if not words or self.gaz.actor_of(name) is not None or words[-1] in _PUBLIC_HEADS:
            return False
        if words[-1] == "Party":
            return False  # "the Centre Party's leader": a party's office, the table's to say
        end = start + len(name)
        if words[-1] in _STATE_BODY_HEADS or place_state(self.gaz, name) is not None:
            return False  # "Saxony's premier": a place's own office
        if any(pm.start < end and start < pm.end for pm in self.parties.found):
            return False  # "the Greens' leader": a party the table finds in the text
        known = self.known.get(name) or self.known.get(words[-1])
        if known is not None and known.actor is not None:
            return False  # "Ruiz's chief of staff": a person the text gave a side
        if self.gaz.actor_of(words[0]) is not None:
            return False  # "the Indian Navy's": a body a state's word opens
        first = self._mention_at(start)
        if len(words) == 1:
            return first is None or first.kind in (MentionKind.NAME, MentionKind.SURNAME)
        return self._unknown_body_name(start, words)

    def _unknown_body_name(self, start: int, owner: list[str]) -> bool:
        """True when the owner is a name of two or more capitalised words whose first word
        the gazetteer does not know and that has no head word of a public body ("Workers
        United", "Fertilizer Canada", "Harbour Growers Alliance"): a union, a company or an
        association, even where one of its words is a state's name."""
        caps = [w for w in owner if w[:1].isupper()]
        if len(caps) < 2 or owner[0] != caps[0]:
            return False
        if owner[-1] in _PUBLIC_HEADS | _STATE_BODY_HEADS:
            return False  # "the Joint Staff Council", "the Border Police"
        if not (_GOVERNING_WORDS.isdisjoint(owner) and _INTERNATIONAL.isdisjoint(owner)):
            return False
        first = self._mention_at(start)
        return first is None or first.kind in (MentionKind.NAME, MentionKind.SURNAME)

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
        """The group all of ``codes`` belong to; for three or more, the group more than three
        in four of them belong to ("Canada, France, Germany, Italy and Britain"); else None."""
        groups = [g for g in self.gaz.actors.values() if g.members]
        found = next((g.code for g in groups if codes <= set(g.members)), None)
        if found is None and len(codes) > 2:
            # more than three in four: "Qatar, Spain, Norway and Switzerland", facilitators
            # of another region's talks, are four states, not Europe
            found = next(
                (g.code for g in groups if 4 * len(codes & set(g.members)) > 3 * len(codes)),
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
        spokesman" ("The State Department welcomed the deal. A spokesman said ...") or a bare
        voice "there" ("The foreign ministry rejected that charge. An official there said"):
        whose voice the text leaves to that sentence, also when the body said nothing there.
        None when the spokesman is given an owner after it ("a spokesman for the union") or
        the sentence before opens on none."""
        there = role.role in _BODY_VOICES and _THERE.match(self.text, role.end) is not None
        if role.role not in _SPOKES and not there:
            return None
        posted = _POSTED_IN.match(self.text, role.end)
        if _OF_SIDE.match(self.text, role.end) and posted is None:
            return None
        before = self._sentence_opened_after(role)
        if before is None:
            # "China's foreign ministry did not address the decision, but a spokesman
            # said": the subject of the spokesman's own sentence, whose clause his joins
            own = self._own_subject_joined(role)
            return self._subject_side(own) if own is not None else None
        subject = self._sentence_subject(role.start)
        if subject is None or subject.start < before[0]:
            return None
        if posted is not None and not self._international_body(subject):
            # "A spokesperson in Nairobi said" after a state spoke: the place's side
            return None
        return self._subject_side(subject)

    def _international_body(self, m: Mention) -> bool:
        """Whether ``m`` names an organisation of no member states the gazetteer lists (the
        IMF, the World Bank), whose voices the text may place in its seat's city."""
        found = self.gaz.actors.get(m.actor or "") if m.kind is MentionKind.ACTOR else None
        return found is not None and found.kind is ActorKind.ORGANISATION and not found.members

    def _voice_of_body_heard(self, role: Mention) -> str | None:
        """The side of the body heard in the sentence right before an unnamed voice of it:
        "The ministry rejected the claim. '...,' a spokesman said", "The president's office
        denied it. '...,' an official there said", "an official in the office". The body
        must have spoken in that sentence (a statement of its own, with a side) and be no
        person; the voice must open its sentence, or follow the quotation that does, and be
        given no other owner. None otherwise."""
        if role.role not in _BODY_VOICES:
            return None
        text = self.text
        back = _BACK_TO_BODY.match(text, role.end)
        if back is None and _OF_SIDE.match(text, role.end):
            return None  # "a spokesman for the union": an owner of its own
        start = role.start
        det = det_before(text, start)
        if det in _RANKS and back is not None:
            # "A senior official there added": the rank between the article and the noun
            window = max(0, start - 30)
            start = window + text[window:start].lower().rfind(det)
            det = det_before(text, start)
        if det not in ("a", "an"):
            return None
        lead = start - len(det) - 1
        closing = _CLOSING_QUOTE.search(text, max(0, lead - 6), lead)
        if closing is not None:
            # '"...," a spokesman said': the sentence opens with the quotation
            lead = max(text.rfind('"', 0, closing.start()), text.rfind("“", 0, closing.start()))
            if lead < 0:
                return None
        if not _OPENS_SENTENCE.search(text, max(0, lead - 3), lead) and lead > 0:
            return None
        span = self._sentence_before(lead)
        if span is None:
            return None
        heard = [h for h in self.history if span[0] <= h.pos < span[1]]
        if not heard:
            return None
        who = heard[-1].who
        if who.person_like or who.speaker or not who.actor:
            return None
        noun = back.group("noun") if back is not None else None
        if noun is not None and not re.search(rf"\b{noun}\b", text[span[0] : span[1]]):
            return None  # "an official in the ministry" after the army spoke
        return who.actor

    def _own_subject_joined(self, role: Mention) -> Mention | None:
        """The actor or state body that opens the sentence of ``role`` when ``role`` opens
        a clause joined to that subject's by "but" or "and" ("The ministry did not comment,
        but a spokesman said"); None otherwise."""
        det = det_before(self.text, role.start)
        lead = role.start - len(det) - 1 if det else role.start
        if det not in ("a", "an") or not _JOINED_CLAUSE.search(self.text, max(0, lead - 8), lead):
            return None
        return self._sentence_subject(role.start, own=True)

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
        lead = role.start - len(det) - 1 if det else role.start
        if (
            len(breaks) >= 2
            and breaks[-1] < lead
            and det in ("a", "an")
            and _SHORT_OPENER.fullmatch(text, breaks[-1], lead)
        ):
            # "In a statement, a spokesperson said": the noun phrase after an opening phrase
            # opens the sentence as well
            return breaks[-2], breaks[-1]
        if len(breaks) < 2 or breaks[-1] not in (role.start, role.start - len(det) - 1):
            return None
        if breaks[-1] != role.start and det not in ("a", "an"):
            return None
        return breaks[-2], breaks[-1]

    def _opening_before(
        self, pos: int, opening: re.Pattern[str], whole_chain: bool
    ) -> list[Mention] | None:
        """The mentions that open the sentence before ``pos`` (what "its" at ``pos`` stands
        for): its opening chain, else the first mention after words ``opening`` matches (the
        mention alone, or with ``whole_chain`` the chain it opens)."""
        span = self._sentence_before(pos)
        if span is None:
            return None
        start, end = span
        _, first = self._opening_chain(start, end)
        if first is not None:
            return first
        i = bisect_left(self.starts, start)
        if i < len(self.mentions) and opening.fullmatch(self.text, start, self.mentions[i].start):
            return (
                chains(self.mentions[i : i + 4], self.text)[0]
                if whole_chain
                else [self.mentions[i]]
            )
        return None

    def _subject_before_is(self, pos: int, kind: Callable[[Mention], bool]) -> bool:
        """Whether the sentence before ``pos`` opens on a body mention ``kind`` accepts
        (what "its" at ``pos`` stands for)."""
        # "The House of Representatives": a body whose name opens on words no mention holds
        first = self._opening_before(pos, _NAME_OPENING, whole_chain=False)
        return first is not None and any(kind(m) for m in first)

    def _private_subject_before(self, pos: int) -> bool:
        """Whether the sentence before ``pos`` opens on a body that speaks for nobody (an
        industry association, a company, a union): what "its" stands for."""
        # "The opposition Democratic Party, which ...": a body after modifiers
        first = self._opening_before(pos, _MODIFIED_OPENING, whole_chain=True)
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

    def _named_agency(self, pos: int) -> bool:
        """True when the text at ``pos`` names a public agency the gazetteer does not know
        ("the Mineral Resources Authority", "the Public Service Agency", "the
        Prosecutor-General's Office"): capitalised words closed by the head of a state's
        administrative body, none of them international, a news agency's or a private
        body's."""
        m = _AGENCY_NAME.match(self.text, pos)
        if m is None:
            return False
        words = {_POSSESSIVE_END.sub("", w) for w in m.group("name").split()}
        if not (_INTERNATIONAL | _NOT_AGENCY_WORDS | _PRIVATE_BODY_HEADS).isdisjoint(words):
            return False
        return self.gaz.actor_of(m.group("name")) is None
