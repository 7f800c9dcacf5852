"""Appositions and descriptions beside a name or a title, and the side they give."""

from __future__ import annotations

import re
from bisect import bisect_left

from parley.actors import ActorKind
from parley.extract.mentions import Mention, MentionKind
from parley.extract.named_bodies import BODY_NOUN, named_body_state
from parley.extract.resolver_base import ResolverBase
from parley.extract.roles import (
    ORGANISATION_NOUNS,
    PORTFOLIO_COMMITTEE,
    PORTFOLIO_DEPARTMENTS,
    RoleClass,
)
from parley.extract.speaker_patterns import (
    _APPOSITION,
    _JOIN,
    _NAME_GOES_ON,
    _NOW,
    _OWNER_PRONOUN,
    _POSSESSIVE_PRONOUNS,
    _REPORTING,
    _SENTENCE_BREAK,
    _SENTENCE_END,
    _SERVES,
    EMPLOYER_AFTER,
    STATE_OFFICES,
    _state_office,
    organ_name,
    private_body_name,
    state_opens_name,
)
from parley.places import place_state, regional_government

# ", saying Romania should ...": a participle after a comma that reports what follows it
_REPORTING_PARTICIPLE = re.compile(
    r",\s+(?:saying|adding|arguing|insisting|warning|claiming|stressing)\b"
)
# Between a body's name and the office it owns: the possessive, perhaps a rank
# ("Acme's president", "the union's acting general secretary")
_OWNER_GAP = re.compile(r"['’]s?\s+(?:(?:acting|interim|deputy|senior|chief)\s+)?")
# the article before a state's organ that opens an apposition ("X, the CMA's chief executive,")
_THE = re.compile(r"the\s+")
# a bare body noun in the possessive opening an apposition ("X, the authority's ...")
_BARE_BODY_OWNER = re.compile(r"the[ ](" + BODY_NOUN + r")(?=['’]s\s)")
# What an apposition starts with: a determiner or a capitalised word, not a verb or "who"
# whole words ("X, a Russian senator", not "X, arrived a month after ...")
_APPOSITION_START = re.compile(r"(?:(?:a|an|the|then|one|another|now)\b|[A-Z])")
# "X, director of the IMF's Middle East department,", "X, a director at the World Bank,":
# no office noun of its own, a director is of the body named after it
_DIRECTOR_OF = re.compile(
    r"(?:(?:a|the)\s+)?(?:(?:deputy|acting|regional)\s+)?director\s+(?:of|at)\s+(?:the\s+)?"
)
# the "and" that joins a second office to the first in one apposition
# An apposition opening on a sub-state unit named by its kind ("the state's president",
# "the province's finance minister"): an office of the government named just before
_SUB_STATE_OWNER = re.compile(r"the\s+(?:state|province|region|territory)['’]s\s")
# "X, the council's president,": an office of a body told by its class noun
_OWNED_BY_NOUN = re.compile(r",\s+the\s+(?P<noun>[a-z]+)['’]s\s+[a-z]")
_CONJOINED = re.compile(r"\s(?:and|as\s+well\s+as)\s")
_APPOSITION_END = re.compile(r",|;|[.!?](?:\s|$)|\bsaid\b|\btold\b")
# "X, the minister for [EU] affairs,", "the minister in charge of [EU] funds": a side that
# names the subject of a portfolio, not the side of its holder
_PORTFOLIO_SUBJECT = re.compile(r"\s+(?:[Aa]ffairs|[Ff]unds|[Rr]elations|[Ii]ntegration)\b")
# The market or line of business a demonym qualifies after an office's "of": "head of
# European equities", "chief of Asian research" (a desk of a firm, not a side)
_DESK_SUBJECT = re.compile(
    r"\s+(?:equities|equity|stocks|shares|bonds|credit|fixed\s+income|research|strategy|"
    r"economics|markets|trading|sales|investments?|portfolios?|rates|currencies)\b"
)
_OF_BEFORE = re.compile(r"\bof\s+$")
# "at a Stockholm bank", "for an Oslo think tank": where somebody works, not a side
_AT_AN_EMPLOYER = re.compile(r"\b(?:at|with|for)\s+(?:a|an)\s+$")
# "at the Cairo brokerage X", "for the Kyiv consultancy X", "at the small Oslo firm X": a
# place, then the noun of a business it qualifies (not a state's "central bank" or "state
# fund"); up to two adjectives of the business may stand before the place, never a word
# that makes it a public body's
_AT_THE_EMPLOYER = re.compile(
    r"\b(?:at|with|for)\s+the\s+"
    r"(?:(?!(?:state|government|national|federal|public|official|central)\b)[a-z][a-z-]*\s+){0,2}$"
)
_PLACE_NOUNS = {
    "town", "city", "village", "region", "port", "province", "district", "enclave", "capital",
    "country", "island", "river", "state", "territory", "suburb", "neighbourhood",
    "neighborhood", "area", "settlement", "hub", "border", "crossing", "strait", "sea",
}  # fmt: skip
# "the X School of ", "the Y Institute for Public ": the opening of a school's, an
# institute's or a centre's name, whose closing words may be an office's or a body's
_ACADEMIC_NAME_BEFORE = re.compile(
    r"\b(?:School|Institute|Centre|Center|College|Academy|University|Faculty)\s+(?:of|for)\s+"
    r"(?:the\s+)?(?:(?:[A-Z][\w'’-]*|and|&)\s+){0,3}$"
)
# An office noun then "and" right before a past-office word: "the party leader and former
# mayor", "its chairman and a former minister" (the first office is held now)
_CURRENT_BEFORE_PAST = re.compile(r"^(?:the|its|his|her|a|an)\s+[^,;()]*?\b\w+\s+and\s+(?:a\s+)?$")
# "now at the Hollis Institute": where a former official works now
_NOW_AT = re.compile(
    r"\bnow\s+(?:at|with|for)\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)"
)
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
# "X, who heads the ", "X, who led ", "X, who handles foreign relations for the ": a clause
# naming the body the person leads or serves
_LEADS_SIDE = re.compile(
    r",\s+who\s+(?:now\s+|also\s+|has\s+|had\s+)?(?:heads|headed|leads|led|chairs|chaired|"
    # "who commands French forces in Africa": the state whose forces the officer commands
    r"commands|commanded|"
    r"co-chairs|represents|represented|speaks\s+for|handles\s+(?:[a-z-]+\s+){1,3}?for)\s+"
    r"(?:the\s+)?"
)
# "X, who heads the Kharkiv regional military administration,": the executive of a
# province or a city the place's name qualifies (or owns: "who runs Lviv's city council")
_HEADS_LOCAL_BODY = re.compile(
    r",\s+who\s+(?:now\s+|also\s+)?(?:heads|headed|leads|led|runs|ran|chairs|chaired)\s+"
    r"(?:the\s+(?P<place>[A-Z][\w'’-]+)|(?P<owner>[A-Z][\w-]+)['’]s)\s+"
    r"(?:regional|oblast|provincial|city|municipal|district|county)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:administration|government|council|authority|executive)\b"
)
# "X, the director of the National Anti-Fraud Bureau,": an office in an organ only a state
# has, named by the nation's own word for it and no state's name
_NATIONAL_ORGAN = re.compile(
    r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:of|at|in)\s+the\s+National\s+"
    r"(?:[A-Z][\w-]*\s+){0,3}(?:Agency|Bureau|Service|Police|Guard|Authority|Directorate"
    r"|Inspectorate|Office)\b"
)
# "X, the institute's head,", "X, who heads the agency,": the head of a public body the
# text names by its kind alone
_HEAD_OF_THE_BODY = re.compile(
    r",\s+(?:the\s+(?P<poss>[a-z]+)['’]s\s+"
    r"(?:head|chief|director|chairman|chairwoman|chair|president)\b"
    r"|who\s+(?:now\s+)?(?:heads|leads|runs|directs|chairs)\s+the\s+(?P<obj>[a-z]+)\b)"
)
# Kinds of public bodies a state sets up ("Ukraine's Institute of National Memory")
_PUBLIC_BODY_KINDS = frozenset(
    ("institute", "agency", "authority", "commission", "bureau", "inspectorate", "directorate")
)
# "X, the Head of Public Service who led the government's team,": a person leading the
# government's side of talks, whatever the office before the clause
_LEADS_GOVERNMENT = re.compile(
    r",\s+(?:[^,;.!?\n\"“”]{1,60}?\s+)?who\s+(?:now\s+|also\s+|has\s+|had\s+)?(?:heads|headed|"
    r"leads|led|represents|represented)\s+the\s+government['’]s\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:delegation|team|side|negotiators)\b"
)
# "X, who chairs the lower house's defence committee,": a legislator, the clause naming the
# chamber by its kind, not by the state's name for it
_CHAIRS_CHAMBER_BODY = re.compile(
    r",\s+who\s+(?:now\s+|also\s+)?(?:chairs|heads|leads|sits\s+on)\s+the\s+"
    r"(?:(?:lower|upper)\s+house|parliament|chamber|legislature|national\s+assembly)['’]s\s+"
    r"(?:[a-z-]+\s+){0,3}(?:committee|commission|caucus)\b"
)
# "X, who chairs the budget committee,": the committee a relative clause says X chairs
_CHAIRS_COMMITTEE = re.compile(
    r",\s+who\s+(?:now\s+|also\s+)?(?:chairs|heads|leads)\s+the\s+"
    r"(?P<committee>(?:[a-z-]+\s+){1,2}committee)\b"
)
# ", who remains the ": a relative clause that gives the person an office ("... MILF's
# chairman")
_HOLDS_OFFICE = re.compile(
    r",\s+who\s+(?:is|remains|serves\s+as|also\s+serves\s+as|is\s+also|is\s+still|"
    # "who was promoted to cabinet chief", "who became energy minister": an office the
    # person was given and holds
    r"(?:was|has\s+been)\s+(?:promoted|appointed|named|elevated)\s+(?:to|as)|"
    r"(?:became|has\s+become)|took\s+over\s+as)\s+"
    r"(?:the\s+)?"
)
# " of the VVD": the body a person belongs to, named between the name and a clause
_OF_NAMED_BODY = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}(?=,)")
# What follows a side's name in such a clause: its delegation, team, side or wing
_SIDE_BODY = re.compile(
    r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}?(?:delegation|delegations|team|side|negotiators|"
    r"wing|arm|mission|missions|committee|commission|panel|forces|troops|contingent)\b"
    # "who chairs NATO's Military Committee": a body's own capitalised committee
    r"|['’]s\s+(?:[A-Z][\w-]*\s+){1,2}(?:Committee|Commission)\b"
)
# "chair of the", "a member of": an office in a body named after it, in an apposition
_MEMBER_OF = re.compile(
    r"(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:chair|chairman|chairwoman|co-chair|head|"
    r"chief|member|leader)\s+of\s+(?:the\s+)?"
)
# A side's delegation named before the side: "(who led) the delegation of the FLNKS", "the
# negotiating team for the ELN"
_SIDE_BODY_OF = re.compile(
    r"(?:[a-z][\w-]*\s+)?(?:delegation|team|negotiators|panel|mission|wing)\s+(?:of|for)\s+"
    r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?(?=[A-Z])"
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
# Nothing but a space or lower-case modifiers between a demonym and its office noun
_MODIFIERS_ONLY = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# "who led the ", "who now heads the ": a relative clause opening on the body whose part the
# person leads (the body's noun follows)
_WHO_LEADS_THE = re.compile(
    r"\bwho\s+(?:now\s+|also\s+)?(?:heads|headed|leads|led|chairs|chaired)\s+the\s+$"
)
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
# Heads of an apposition that say where a person stands, not what they do: "a critic of
# the president", "a longtime opponent of the deal"
_STANCE_HEADS = {"critic", "opponent", "supporter", "rival", "foe", "backer", "proponent",
                 "detractor", "sceptic", "skeptic"}  # fmt: skip
# Heads of an apposition that serve a state though no role noun: "a Russian soldier"
_SERVING_HEADS = {"soldier", "soldiers", "officer", "officers", "colonel", "lieutenant",
                  "sergeant", "captain", "admiral", "major", "guard", "guards", "marine",
                  "pilot", "servant", "judge", "prosecutor", "deputy"}  # fmt: skip


# "a software developer flying to Berlin", "a nurse who moved from Kharkiv": a participle
# or verb of the apposition, then a preposition of direction right before the place; the
# place is where the person goes or came from, the object of that verb, not a qualifier of
# the apposition's noun
_MOTION_BEFORE = re.compile(
    r"\b[a-z]+(?:ing|ed)\s+(?:to|into|towards?|from|across|through)\s+(?:the\s+)?$"
)
# The lower-case noun right after a place or demonym, then the end of the apposition, a
# relative clause or a preposition: "Kyiv [teacher] who", "Ukrainian [teacher],"
_COMMON_NOUN_AFTER = re.compile(
    r"\s+([a-z][a-z-]+)(?=\s*(?:,|\bwho\b|\bwhose\b|\bin\b|\bfrom\b|$))"
)


# "the <office>" as a clause's subject: after a sentence's start or a conjunction
_SUBJECT_DESCRIPTION = re.compile(
    r"(?:^|[.;]\s+|\b(?:because|and|but|as|while|when|after|since|though|although|before)\s+)"
    r"the\s+$",
    re.IGNORECASE | re.MULTILINE,
)
# A verb right after the office ("the minister concluded"), not "'s" or a comma
_VERB_AFTER = re.compile(r"\s+(?:had\s+|has\s+|was\s+|would\s+)?[a-z]+(?:ed|s)\b")
# Pronouns of a person (not "it", "they": a body's)
_PERSONAL_PRONOUNS = frozenset(("he", "she", "him", "her", "his", "hers"))


class Appositions(ResolverBase):
    """Appositions and descriptions next to a name or a title."""

    def _reported(self, pos: int) -> bool:
        """True when ``pos`` lies in what a reporting verb of its sentence introduces ("the
        ministry said Ethiopia's ..."): a side named there is spoken of, not speaking."""
        floor = max(self.text.rfind("\n\n", 0, pos), pos - 300, 0)
        breaks = _SENTENCE_BREAK.finditer(self.text, floor, pos)
        start = max((b.end() for b in breaks), default=floor)
        return (
            _REPORTING.search(self.text, start, pos) is not None
            or _REPORTING_PARTICIPLE.search(self.text, start, pos) is not None
        )

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

    def _private_apposition(self, pos: int, *, titled: bool = False) -> bool:
        """True when the name ending at ``pos`` is followed by an apposition whose head is
        no office ("X, a nurse from Kharkiv,", "X, a 54-year-old teacher,"): a private
        person, whatever place or office the sentence names around. With ``titled`` (an
        office set before the name), an apposition that only says where the person stands
        ("Mayor X, a fierce critic of the president,") is no occupation: the title holds."""
        owned = _OWNED_BY_NOUN.match(self.text, pos)
        if owned is not None and self._named_private_body(pos, owned.group("noun")):
            return True  # "X, the council's president," after "the Canola Council of ..."
        gap = _PRIVATE_APPOSITION.match(self.text, pos)
        if gap is None or gap.group(1).split()[-1].lower() in _APPOSED_OFFICE_HEADS:
            return False
        if titled and gap.group(1).split()[-1].lower() in _STANCE_HEADS:
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

    def _named_private_body(self, pos: int, noun: str) -> bool:
        """True when the last body the text named by a capitalised name before ``pos`` whose
        class noun is ``noun`` ("the Canola Council of ..." for "the council") is a private
        one."""
        i = bisect_left(self.starts, pos)
        for m in reversed(self.mentions[max(0, i - 60) : i]):
            if m.kind is MentionKind.ROLE and m.role == noun and m.text[:1].isupper():
                return m.role_class is RoleClass.PRIVATE
            found = self.gaz.actors.get(m.actor or "")
            if (
                m.kind is MentionKind.ACTOR
                and found is not None
                and found.kind is not ActorKind.STATE
            ):
                return False  # a listed body named since ("the union" of a listed union)
        return False

    def _office_between(self, a: int, b: int) -> bool:
        """True when an office or a public body is named between ``a`` and ``b`` ("now deputy
        minister", "now at the foreign ministry"), not only a private person's work (not a
        word closing a school's or an institute's name: "now teaches at the X School of
        Government")."""
        return any(
            m.kind is MentionKind.ROLE
            and m.role_class is not RoleClass.PRIVATE
            and not (
                m.text[:1].isupper()
                and _ACADEMIC_NAME_BEFORE.search(self.text, max(0, m.start - 60), m.start)
            )
            for m in self.mentions[bisect_left(self.starts, a) : bisect_left(self.starts, b)]
        )

    def _place_apposition(self, pos: int) -> bool:
        """True when the apposition after ``pos`` describes a place ("Bender, a town on the
        Dniester,"), not a person."""
        gap = _PRIVATE_APPOSITION.match(self.text, pos)
        return gap is not None and gap.group(1).split()[-1].lower() in _PLACE_NOUNS

    def _office_follows(self, body: Mention) -> bool:
        """True when a person's office follows the body noun ``body`` right after it
        ("cabinet chief", "presidency spokesman")."""
        after = self._mention_at(body.end + 1)
        return (
            after is not None
            and after.kind is MentionKind.ROLE
            and after.role_class is RoleClass.PERSON
            and not self.text[body.end : after.start].strip()
        )

    def _conjoined_private(self, m: Mention, first_end: int) -> bool:
        """True when ``m`` is a private office conjoined ("and") after a public office
        ending at ``first_end`` in the same apposition."""
        return (
            m.kind is MentionKind.ROLE
            and m.role_class is RoleClass.PRIVATE
            and m.start > first_end
            and _CONJOINED.search(self.text, first_end, m.start) is not None
        )

    def _state_body_head(self, pos: int) -> str | None:
        """The state whose own public body the person named before ``pos`` heads, by the
        body's kind alone ("X, the institute's head," or "X, who heads the institute,"
        after "Ukraine's Institute of National Memory"): the state whose possessive the
        text set last before a body of that kind, or None."""
        head = _HEAD_OF_THE_BODY.match(self.text, pos)
        if head is None:
            return None
        kind = head.group("poss") or head.group("obj")
        if kind not in _PUBLIC_BODY_KINDS:
            return None
        named = re.compile(
            r"\b(?P<owner>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?|government)['’]s\s+"
            r"(?:[A-Z][\w'’-]*\s+){0,3}" + kind.capitalize() + r"\b"
        )
        last = next(reversed(list(named.finditer(self.text, 0, pos))), None)
        if last is None:
            return None
        if last.group("owner") == "government":
            # "the government's Agency for X": the state the body's sentence is about
            return self._context_actor(last.start(), state_only=True)
        code = self.gaz.actor_of(last.group("owner"))
        found = self.gaz.actors.get(code or "")
        return code if found is not None and found.kind is ActorKind.STATE else None

    def _relative_office_actor(self, pos: int) -> str | None:
        """The side whose delegation, team or wing the relative clause after the name ending
        at ``pos`` says the person leads or works for: "X, who heads the ELN's negotiating
        team,", "X, who led the M23 delegation,", "X, who handles foreign relations for the
        SDF's political wing," (a clause the apposition reading leaves alone)."""
        if _LEADS_GOVERNMENT.match(self.text, pos):
            # the government's side: the state the paragraph, the dateline or the article
            # is about
            return self._context_actor(pos, state_only=True)
        chairs = _CHAIRS_COMMITTEE.match(self.text, pos)
        if _CHAIRS_CHAMBER_BODY.match(self.text, pos) or (
            chairs is not None and PORTFOLIO_COMMITTEE.fullmatch(chairs.group("committee"))
        ):
            # the state whose legislature the paragraph names ("In the Duma, ..."); "who
            # chairs the budget committee" is a legislator too
            return self._context_actor(pos, state_only=True, main=False)
        local = _HEADS_LOCAL_BODY.match(self.text, pos)
        if local is not None:
            # "X, who heads the Kharkiv regional administration,": the state of the
            # province or city whose own administration the person heads, or the place's
            # own government where the gazetteer lists one
            # ("who heads Mariupol's city administration" too; a place the table does not
            # know leaves the clause to the readings below)
            place = local.group("place") or local.group("owner")
            own = regional_government(self.gaz, place)
            if own is not None and not self._between_states:
                return own
            state = place_state(self.gaz, place)
            if state is not None:
                return state
        clause = _LEADS_SIDE.match(self.text, pos)
        if clause is None:
            member = _OF_NAMED_BODY.match(self.text, pos)
            holds = _HOLDS_OFFICE.match(self.text, member.end() if member else pos)
            if holds is None:
                return None
            side = self._mention_at(holds.end())
            if (
                side is not None
                and side.kind is MentionKind.ROLE
                and (
                    (side.role_class is RoleClass.PERSON and _state_office(side.role))
                    # "who was promoted to cabinet chief": an office in a body only a
                    # state has
                    or (self._state_institution(side) and self._office_follows(side))
                )
            ):
                # "X of the VVD, who remains justice minister in the caretaker
                # government,": an office only a state has, unqualified, is of the state
                # the paragraph, its sentence or the dateline names (as in an apposition)
                return self._context_actor(side.start, state_only=True, main=False)
            if member is not None:
                return None
            # "X, who remains the MILF's chairman,", "X, who is the Kurdish region's
            # president,": an office the clause gives the person in a side named there
            k = bisect_left(self.starts, side.end) if side is not None else len(self.starts)
            office = self.mentions[k] if k < len(self.mentions) else None
            if (
                side is None
                or side.kind not in (MentionKind.ACTOR, MentionKind.ADJECTIVE)
                or not side.actor
                or office is None
                or office.kind is not MentionKind.ROLE
                or office.role_class is not RoleClass.PERSON
                or self.text[side.end : office.start].strip() not in ("'s", "’s", "")
            ):
                return None
            return side.actor
        body_of = _SIDE_BODY_OF.match(self.text, clause.end())
        if body_of is not None:
            # "X, who led the delegation of the pro-independence FLNKS,": the side named
            # after its delegation
            side = self._mention_at(body_of.end())
            if (
                side is None
                or side.kind is not MentionKind.ACTOR
                or not side.actor
                or _NAME_GOES_ON.match(self.text, side.end)
            ):
                return None
            return side.actor
        side = self._mention_at(clause.end())
        if side is None or side.kind not in (MentionKind.ACTOR, MentionKind.ADJECTIVE):
            return None
        if not side.actor:
            return None
        if _SIDE_BODY.match(self.text, side.end):
            return side.actor
        found = self.gaz.actors.get(side.actor)
        if (
            side.kind is MentionKind.ACTOR
            and not side.possessive
            and found is not None
            and found.kind in (ActorKind.MOVEMENT, ActorKind.ORGANISATION)
            and not _NAME_GOES_ON.match(self.text, side.end)
        ):
            # "X, who heads the Y Council,", "X, who leads the Z herding collective,": the
            # leader of a movement or organisation the gazetteer knows, named whole, is on
            # its side
            return side.actor
        return None

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

    def _office_described_after(self, name: Mention) -> Mention | None:
        """The state office of the definite description by which the rest of the name's
        paragraph goes on to speak of a person named with no title ("X kept two talks
        going ... because the environment minister concluded"): the first "the <office>"
        after the name in its paragraph, with no other person named between them and no
        name after the office. None when the paragraph names another person before it."""
        end = self.text.find("\n", name.end)
        end = len(self.text) if end < 0 else end
        i = bisect_left(self.starts, name.end)
        for k, m in enumerate(self.mentions[i:], start=i):
            if m.start >= end or m.start - name.end > 400:
                return None
            if m.kind in (MentionKind.NAME, MentionKind.PERSON) or (
                m.kind is MentionKind.PRONOUN and m.text.lower() in _PERSONAL_PRONOUNS
            ):
                return None  # another person, or the name taken up by a pronoun first
            if m.kind is not MentionKind.ROLE or m.role_class is not RoleClass.PERSON:
                continue
            if (
                not m.text.islower()
                or not _state_office(m.role)
                or _SUBJECT_DESCRIPTION.search(self.text, max(0, m.start - 30), m.start) is None
                or _VERB_AFTER.match(self.text, m.end) is None
            ):
                return None  # an object ("told the minister"), a possessor ("the minister's")
            after = self.mentions[k + 1] if k + 1 < len(self.mentions) else None
            if after is not None and after.start - m.end <= 3:
                return None  # "the environment minister, Y": another person
            return m
        return None

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

    def _qualifies_no_office(self, m: Mention, stop: int) -> bool:
        """Whether the place or demonym ``m`` in an apposition qualifies a common noun of
        no office ("a Kyiv teacher", "a Ukrainian teacher"), which says where the person
        lives or comes from, not whom they speak for ("a Kremlin official", "a Russian
        soldier" do)."""
        noun = _COMMON_NOUN_AFTER.match(self.text, m.end, stop)
        if noun is None or noun.group(1) in _SERVING_HEADS:
            return False
        nxt = self._mention_at(noun.start(1))
        return nxt is None or nxt.kind is not MentionKind.ROLE

    def _state_organ_named(self, state: Mention, inside: list[Mention]) -> bool:
        """True when ``state``, a state's name, opens the name of one of its organs among
        ``inside`` ("the Tanzania Ports Authority", "the Canada Industrial Relations
        Board"), not a private body's ("the London School of Economics")."""
        if not state.actor or not self._is_state(state.actor):
            return False
        name = next((m for m in inside if m.start > state.start), None)
        return (
            name is not None and state_opens_name(self.text, state, name) and organ_name(name.text)
        )

    def _listed_owner(self, at: Mention | None, inside: list[Mention]) -> str | None:
        """The listed organisation or movement whose name, in the possessive, opens an
        apposition of offices ("X, Acme Mining's president and chief executive,"), when
        an office follows it at once: the body those offices are in."""
        if at is None or at.kind is not MentionKind.ACTOR or not at.possessive:
            return None
        found = self.gaz.actors.get(at.actor or "")
        if found is None:
            return None
        if found.kind in (ActorKind.ORGANISATION, ActorKind.MOVEMENT):
            if self.text[at.start - 4 : at.start] == "the ":
                return None  # after "the", a state's organ only (as before for the rest)
        elif not (found.kind is ActorKind.STATE and at.text in found.government):
            # a state's own listed organ ("X, the Competition and Markets Authority's chief
            # executive,") speaks for its state; not its name ("X, Britain's chief ...")
            return None
        after = [m for m in inside if m.start > at.start]
        if not after or after[0].kind is not MentionKind.ROLE:
            return None
        if not _OWNER_GAP.fullmatch(self.text, at.end, after[0].start):
            return None
        return found.code

    def _named_body_owner(self, at: int, inside: list[Mention]) -> str | None:
        """The state of the body that "the authority's" takes up when it opens an
        apposition of a private office ("X, the authority's chief executive,"): the
        state's organ named in full with the same noun just before (see body_anaphors)."""
        bare = _BARE_BODY_OWNER.match(self.text, at)
        office = next((m for m in inside if m.start >= at), None)
        if bare is None or office is None or office.kind is not MentionKind.ROLE:
            return None
        if not _OWNER_GAP.fullmatch(self.text, bare.end(1), office.start):
            return None
        return named_body_state(self.text, self.gaz, bare.group(1), None, at)

    def _apposition_actor(self, pos: int) -> str | None:
        # "Ivan Petrov, a Russian senator," -> RUS; not "X, who follows Sudan for a think tank"
        gap = _APPOSITION.match(self.text, pos)
        if not gap:
            return None
        stance = _PRIVATE_APPOSITION.match(self.text, pos)
        if stance is not None and stance.group(1).split()[-1].lower() in _STANCE_HEADS:
            return None  # "X, a fierce critic of the president,": where X stands, not whose
        director = _DIRECTOR_OF.match(self.text, gap.end())
        if director is not None:
            # "X, director of the IMF's Middle East department,": an organisation's
            # director (a state's department has its office noun, "director general")
            body = self._mention_at(director.end())
            found = self.gaz.actors.get(body.actor or "") if body is not None else None
            if found is not None and found.kind is not ActorKind.STATE:
                return found.code
        member = _MEMBER_OF.match(self.text, gap.end())
        if member is not None:
            # "X, interim chair of the NDFP negotiating panel,": the side whose delegation
            # or panel the person chairs or sits on
            side = self._mention_at(member.end())
            if (
                side is not None
                and side.kind in (MentionKind.ACTOR, MentionKind.ADJECTIVE)
                and side.actor
                and _SIDE_BODY.match(self.text, side.end)
            ):
                return side.actor
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
        now = _NOW.search(words)
        past = self._past_title.search(words)
        if past is not None and _CURRENT_BEFORE_PAST.search(words, 0, past.start()) is not None:
            # "X, the party's leader and former mayor of Y,": an office held now, before a
            # past one conjoined to it
            past = None
        if past is not None and (
            now is None or not self._office_between(gap.end() + now.end(), stop)
        ):
            # "X, a former U.N. official," speaks for nobody now; nor does "X, a former
            # diplomat who now teaches at a university" ("now" names no office again)
            return None
        if not self._past_title.search(words) and _NATIONAL_ORGAN.match(words) is not None:
            # "X, the director of the National Anti-Fraud Bureau,": the state of the
            # paragraph or the dateline (not the one the article mostly quotes)
            return self._context_actor(pos, state_only=True, main=False)
        now_at = _NOW_AT.search(words)
        if (
            self._past_title.search(words)
            and now_at is not None
            and private_body_name(now_at.group(1))
        ):
            return None  # "a former State Department official now at the Hollis Institute"
        i = bisect_left(self.starts, pos)
        inside = [m for m in self.mentions[i : i + 8] if m.start < stop]
        offices = [m for m in inside if m.kind is MentionKind.ROLE]
        if offices and offices[0].role_class is not RoleClass.PRIVATE:
            # "X, Qatar's minister of state for energy and chief executive of the state
            # company,": the first office the apposition gives is the one it is about; a
            # private office conjoined after it ("and ...") leaves the side to that one
            # (not "president of the union federation X": the office's own body)
            first = offices[0].end
            inside = [m for m in inside if not self._conjoined_private(m, first)]
        for m in inside:
            if (
                m.kind is MentionKind.ROLE
                and m.role in ORGANISATION_NOUNS
                and _POSSESSIVE_AFTER.match(self.text, m.end)
                and _WHO_LEADS_THE.search(self.text, max(0, m.start - 30), m.start)
            ):
                # "X, the Samoan who led the bloc's negotiating team,": the body whose team
                # the clause says the person leads, not the nationality before it
                party = self.described_party(m)
                if party is not None:
                    return party
        if any(m.kind is MentionKind.ROLE and m.role_class is RoleClass.PRIVATE for m in inside):
            # "X, the miner's chief executive": a private office, of a listed body only
            # where the apposition opens on that body's name in the possessive
            listed = at
            if listed is None and inside and _THE.fullmatch(self.text, gap.end(), inside[0].start):
                listed = inside[0]  # "X, the CMA's chief executive,": a state's listed organ
            owner_code = self._listed_owner(listed, inside)
            if owner_code is None:
                owner_code = self._named_body_owner(gap.end(), inside)
            return owner_code  # else "X, an analyst at a think tank"
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
        if _SUB_STATE_OWNER.match(words) and any(m.kind is MentionKind.ROLE for m in inside):
            # "X, the state's president,", "X, the province's finance minister,": an office
            # of the sub-state government the paragraph has just named
            own = self.sub_state_before(pos)
            if own is not None:
                return own
        state_body = None
        state_office: Mention | None = None
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
                    if self._state_organ_named(m, inside):
                        # "X, director-general of the Tanzania Ports Authority,": an organ
                        # of the state whose name opens the body's
                        return m.actor
                    named = self.gaz.actors.get(m.actor or "")
                    if named is not None and named.kind is not ActorKind.STATE:
                        # "the head of the UN Support Mission in Libya": a body of the
                        # organisation, named with its own name; the place after it is
                        # where the body works, not whom it speaks for
                        return m.actor
                    continue  # "the London School of Economics": a name, not a side
                if _AT_AN_EMPLOYER.search(self.text, max(0, m.start - 12), m.start):
                    continue  # "head of research at a Stockholm bank"
                if (
                    m.kind is MentionKind.ADJECTIVE
                    and _DESK_SUBJECT.match(self.text, m.end)
                    and _OF_BEFORE.search(self.text, max(0, m.start - 6), m.start)
                ):
                    continue  # "head of European equities": the desk's market, not a side
                if _PORTFOLIO_SUBJECT.match(self.text, m.end) and any(
                    o.kind is MentionKind.ROLE and o.end <= m.start for o in inside
                ):
                    continue  # "the minister for EU affairs": the portfolio's subject
                if re.fullmatch(r"an?\s+", self.text[gap.end() : m.start]) and (
                    self._qualifies_no_office(m, stop)
                ):
                    continue  # "a Kyiv teacher who moved to Tampere": a private calling
                if _MOTION_BEFORE.search(self.text, max(0, m.start - 40), m.start) and not any(
                    o.kind is MentionKind.ROLE and o.end <= m.start for o in inside
                ):
                    continue  # "a software developer flying to Berlin": where, not whose

                if _AT_THE_EMPLOYER.search(
                    self.text, max(0, m.start - 40), m.start
                ) and EMPLOYER_AFTER.match(self.text, m.end):
                    return None  # "head of research at the Cairo brokerage X": a business's
                return m.actor
            if m.person is not None and (m.possessive or _SERVES.search(self.text, comma, m.start)):
                # "a spokeswoman for President Tshisekedi", "President Lee's policy adviser"
                return m.person.actor_on(self.day)
            if m.kind in (MentionKind.NAME, MentionKind.SURNAME) and (
                (
                    (m.possessive or m.text.endswith(("'s", "’s")))
                    and any(o.kind is MentionKind.ROLE and o.start > m.start for o in inside)
                )
                or _SERVES.search(self.text, comma, m.start)
            ):
                # "X, Ruiz's chief of staff,", "X, an adviser to Ruiz,": an aide of a person
                # the text named before with a side (a title, an apposition) is on that
                # person's side
                known = self.known.get(re.sub(r"['’]s$", "", m.text))
                if known is not None and known.actor and known.speaker:
                    return known.actor
            if m.kind is MentionKind.ROLE and m.role_class is RoleClass.PERSON:
                # "an adviser to the supreme leader": an office only one side named around
                # has on the day
                actor = self._holder_side(m.role, pos)
                if actor is not None:
                    return actor
            if (
                m.kind is MentionKind.ROLE
                and (
                    m.role in STATE_OFFICES
                    or self._state_institution(m)
                    # "X, the Interior Department's acting assistant secretary,": an
                    # office in a government's department named by its portfolio
                    or (m.possessive and m.text[:1].isupper() and m.role in PORTFOLIO_DEPARTMENTS)
                )
                and state_body is None
            ):
                # "X, the government's peace commissioner,", "X, a member of the presidency,"
                state_body = m
            if (
                m.kind is MentionKind.ROLE
                and m.role_class is RoleClass.PERSON
                and (
                    _state_office(m.role)
                    or m.role.startswith("presidential ")
                    # "X, the presidential peace adviser,": a head of state's own staff
                    or self._presidential(m)
                )
                and state_office is None
            ):
                state_office = m
        if state_body is not None:
            holder_side = self.role_side(state_body.role, state_body.start)
            if holder_side is not None:
                return holder_side
            holder_side = self._context_actor(state_body.start, state_only=True)
            # "X, the minister of energy," whose paragraph speaks of a province: the
            # province's minister
            return self.sub_state_minister(holder_side, state_body.role, pos) or holder_side
        if state_office is not None:
            # "X, the presidential chief of staff for policy,", "X, the foreign minister,":
            # an office only a state has, unqualified, is of the state the paragraph, its
            # sentence or the dateline names; never the article's most-quoted side (on
            # the spent sets that guess was wrong wherever this apposition decided); a
            # portfolio's minister whose paragraph speaks of a province is the province's
            holder_side = self._context_actor(state_office.start, state_only=True, main=False)
            return self.sub_state_minister(holder_side, state_office.role, pos) or holder_side
        return None
