"""Names the gazetteer lacks: people, titles and organs the text itself teaches."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date

from parley.actors import ActorKind, Gazetteer, per_gazetteer
from parley.extract.addressed import addresses, other_main_state
from parley.extract.appositions import _PUBLIC_BODY_KINDS
from parley.extract.bloc_legislators import european_legislator
from parley.extract.bodies import _INTERNATIONAL
from parley.extract.government_titles import government_title
from parley.extract.mentions import GENERATIONAL, Mention, MentionKind
from parley.extract.owner_pronoun import owner_subject
from parley.extract.party_sides import PartySide
from parley.extract.resolver_base import ActorPath, ResolverBase, Who
from parley.extract.roles import (
    RoleClass,
)
from parley.extract.speaker_patterns import (
    _APPOSITION,
    _LEGISLATOR_GROUPS,
    _LOCAL_OFFICES,
    _NOT_PERSON_HEADS,
    _NOT_STATES,
    _NOW,
    _PLACED_OFFICES,
    _POSSESSIVE_PRONOUNS,
    _SERVES,
    _SPOKES,
    _VENUE,
    PREPOSITIONS,
    _chain_actor,
    _state_office,
    body_name,
    chains,
    company_name,
    det_before,
    organ_name,
    organisation_name,
    state_opens_name,
    word_before,
)
from parley.places import ascii_name

# ... or ranks written without their stops: "the military's spokesman, Lt Gen X"
# (or written out: ", Rear Admiral X", ", Major General X")
_RANKED_APPOSITION = re.compile(
    r"\s*,\s*(?:(?:[A-Z][a-z]{1,4}\.|Lt|Maj|Brig|Gen|Col|Adm|Cdr|Capt|Lt-Gen|Maj-Gen|Rear|Vice"
    r"|Lieutenant|Major|Brigadier|General|Admiral|Colonel|Captain|Commodore|Air|Marshal)\s+){0,3}"
)

# A sentence's end inside a title's words ("Friday. A retired ..."), not an abbreviation's
# dot ("Lt. Gen."): a word of four lower-case letters or more, then its stop
_SENTENCE_BREAK_IN = re.compile(r"[a-z]{4}[.!?]\s|\n")
# Between a plural title and the two sides it names: "envoys for the normalisation of
# relations between ", "foreign ministers of "
_PAIR_LINK = re.compile(r"\s+(?:[\w-]+\s+){0,6}?(?:between|of)\s+(?:the\s+)?")
# "Its " (and up to two lower-case modifiers) right before a title: a body's office
# the words before a phrase that make it a place or a complement, not a name's title
_NOT_TITLE_BEFORE = PREPOSITIONS | _VENUE
# a passive's agent right before the phrase ("led by its chairman, X", "chaired by the
# minister, X"): "by" after a participle, not after a noun ("a visit by a delegation, X")
_PASSIVE_AGENT = re.compile(
    r"\b[a-z]+(?:ed|en)\s+by\s+(?:(?:its|their|the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)
_ITS_BEFORE = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}$")
# A title's complement that lists its portfolio's subjects, up to the comma before the
# name: " for political, legal and security affairs, ", or the rest of such a list after a
# title whose complement opens in it ("Minister of Commerce[, Industry and Investment
# Promotion, ]X"): words, commas and "and" (a list ends with "and" or "&"), no clause
_PORTFOLIO_LIST = re.compile(
    r"(?:\s+(?:of|for)\s+(?:the\s+)?|,\s+)(?:[A-Za-z][\w'’-]*(?:,\s+|\s+(?:and|&)\s+|\s+)){1,9}?"
    r"[A-Za-z][\w'’-]*\s*,\s*"
)
_OF_FOR = re.compile(r"\s(?:of|for)\s")
# Words that open a clause or name a person's doing, never a portfolio's subject
_NOT_PORTFOLIO_WORDS = frozenset(
    ("said", "says", "told", "who", "whom", "which", "that", "is", "was", "were", "are", "has",
     "had", "have", "will", "would", "he", "she", "they", "his", "her", "their", "its", "the",
     "a", "an", "on", "in", "at", "to", "with", "by", "from", "after", "before")
)  # fmt: skip
# Between two titles of one name: a space, or a rank word the finder leaves out ("Major")
_RANK_BETWEEN = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?")
# Between an office and the place or body it deals with: "envoy for Yemen", "ambassador to"
_OF_TITLE = re.compile(r"\s+of\s+(?:the\s+)?")
_HEAD_OF = re.compile(r"\s+(?:for|to|at)\s+(?:the\s+)?")
_OPPOSITION_APPOSITION = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,3}(?:of|from|for|in)\s+the\s+"
    r"(?:main\s+|largest\s+)?opposition\b"
)
# "X of Delaware, the ranking Democrat on the committee,", "X, the top Republican on the
# panel,": a committee's ranking member is of the minority party, out of government
_MINORITY_APPOSITION = re.compile(
    r"(?:\s+(?:of|from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?,\s+the\s+"
    r"(?:ranking\s+(?:member|[A-Z][a-z]+)|top\s+[A-Z][a-z]+\s+on)\b"
)
# A place named before a description: "At a depot in Louisville, Kentucky, a handler
# said", "Outside a hub in south Philadelphia, a loader who ...": the word is a place
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|from|near|outside)[ ]+(?:(?:[A-Z][\w'’-]*,|south|north|east|west|central"
    r"|southern|northern|eastern|western|downtown|rural)[ ]+){0,2}$"
)
# Where a sentence opens: the text's start, a line break, a sentence's end
# What introduces the name a person goes by ("known as", "nicknamed", "better known as")
_KNOWN_AS = re.compile(r"\b(?:(?:better\s+|widely\s+|popularly\s+)?known\s+as|nicknamed)\s+$")
# A person named as the stand-in of a state's office holder: after the name ("X, the lawyer
# appointed to stand in for the state mediator"), or before it ("his temporary
# replacement, the lawyer X")
_STANDS_IN_AFTER = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:(?:appointed|named|chosen)\s+to\s+)?"
    r"(?:stands?\s+in\s+for|standing\s+in\s+for|replace|replacing|deputi[sz]e\s+for)"
    r"\s+(?:the\s+)?"
)
_STANDS_IN_BEFORE = re.compile(
    r"\b(?P<own>[Hh]is|[Hh]er)\s+(?:(?:temporary|interim|acting)\s+)?(?:replacement|stand-in)"
    r",?\s+(?:the\s+[a-z]+\s+)?$"
)
_PARAGRAPH_OPENING = re.compile(r"\n\s*$")
_SENTENCE_OPENING = re.compile(r"(?:^|\n|[.!?][\"”’]?\s+)$")
# A comma and a definite office, lower-case modifiers aside: ", the attorney-general"
_THE_OFFICE = re.compile(r",\s+the\s+(?:[a-z'’-]+\s+){0,2}(?:[a-z]+-)?")
# Bodies whose proper names carry their noun ("European Commission", "Unification Ministry")
_NAMED_BODIES = {"commission", "parliament", "council", "ministry", "assembly"}
# The Arabic article joined to a surname ("al-Sudani", "el-Sisi"), which later mentions drop
_ARABIC_ARTICLE = re.compile(r"^(?:[Aa]l|[Ee]l)-(?=[A-Z])")
# What may stand before an organisation's last word used alone ("the Fund", "Fund staff"
# opening a sentence or after a comma: "Instead, Fund staff will assess"), and not before
# another name ending with it ("the People's Assembly")
_ALONE_BEFORE = re.compile(r"(?:(?:^|[.!?:;,\n(\"“])\s*|(?<![\w'’])(?:[Tt]he|[a-z]+)\s+)$")
# An age in apposition after a name: "Wilson, 34, a driver", "said Olha, 52, whose son"
_AGE_AFTER = re.compile(r",\s+\d{1,3},")
# "its [senior mission] chief", "their chief negotiator": an office a pronoun gives an owner
# "a unit of Canada's First Quantum Minerals", "a subsidiary of X": a company's name
_COMPANY_OWNING = re.compile(
    r"\b(?:unit|subsidiary|affiliate|division|parent\s+company|owner|operator)\s+of\s+(?:the\s+)?$"
)
_OWNED_BY_PRONOUN = re.compile(r"\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[a-z][\w-]*\s+){0,2}$")


# paths whose side may come from the state the context names (``Who.basis`` says where)
# Capitalised words that open a title and qualify the office, not a body's name
_TITLE_MODIFIERS = {"former", "acting", "then", "interim", "outgoing", "incoming", "deputy",
                    "vice", "senior", "chief", "newly", "late", "current", "ex", "retired",
                    "new", "the", "a", "an", "its", "his", "her", "their", "our", "as",
                    "longtime", "veteran", "elected", "designate", "caretaker", "provisional",
                    "regional", "local", "national", "federal", "state", "provincial",
                    "assistant", "associate", "executive", "general", "top", "and", "but",
                    "when", "while", "after", "before", "since", "then-"}  # fmt: skip
# Offices a union, a company or an association has as well as a state
_BODY_HEAD_OFFICES = {"president", "vice president", "vice-president", "chair", "chairman",
                      "chairwoman", "chairperson", "chief executive", "head", "leader",
                      "general", "general secretary", "secretary-general", "director",
                      "spokesman", "spokeswoman", "spokesperson", "executive director",
                      "managing director", "ceo"}  # fmt: skip
_LOWER_MODIFIERS = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}")
# ", now ": an apposition giving the office a person holds now, after a past title
_NOW_APPOSED = re.compile(r",\s+now\s+")
# words before a name that are no given name: "Sir Keir", "Dr Tedros"
_HONORIFIC_WORDS = frozenset(
    ("sir", "dame", "lord", "lady", "mr", "mrs", "ms", "miss", "dr", "prof", "mx")
)


def _other_given_names(name: str, known: str) -> bool:
    """Whether ``name`` gives, before its last word, a name ``known`` does not bear:
    "Gohar Ali Khan" after "Imran Khan" is another Khan, "Sir Keir" is Keir Starmer."""
    own = {w.lower() for w in known.split()}
    return any(
        (w := word.rstrip(".").lower()) not in own and w not in _HONORIFIC_WORDS
        for word in name.split()[:-1]
    )


_CONTEXT_PATHS = frozenset((ActorPath.OFFICE_CONTEXT, ActorPath.APPOSITION))


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


def _union_minister(chain: list[Mention], i: int) -> bool:
    """Whether ``chain[i]`` is the "Union" of "Union Minister X", "Union Home Minister X":
    India's Union government, not a trade union."""
    m = chain[i]
    nxt = chain[i + 1] if i + 1 < len(chain) else None
    return (
        m.text == "Union"
        and nxt is not None
        and nxt.kind is MentionKind.ROLE
        and nxt.text.lower().endswith("minister")
        and nxt.start == m.end + 1
    )


def _party_or_chain_actor(
    party: PartySide | None, chain: list[Mention], gaz: Gazetteer, day: date | None
) -> str | None:
    """The state of a governing party the title places a name in, else the chain's side."""
    if party is not None and party.actor is not None:
        return party.actor
    return _chain_actor(chain, gaz, day)


def _surname(name: str) -> str:
    """The last word of a name, a generational suffix aside ("Tan" of "Abdusakur Tan II")."""
    words = name.split()
    return words[-2] if len(words) > 1 and words[-1] in GENERATIONAL else words[-1]


def _minister_titled(before: list[Mention]) -> bool:
    """Whether the title right before a name is a government minister's ("Finance
    Minister", "minister of labour"): a state's office, never a private body's."""
    return bool(
        before
        and before[-1].kind is MentionKind.ROLE
        and before[-1].role
        and (before[-1].role.endswith(" minister") or before[-1].role.startswith("minister "))
    )


class NameLearning(ResolverBase):
    """Names, titles and organs the text teaches the resolver beyond the gazetteer."""

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
                self.known.setdefault(
                    first, Who(p.name, p.actor_on(self.day), True, ActorPath.GAZETTEER_PERSON)
                )
        # A surname the gazetteer keeps out of its aliases because several people bear it
        # ("Dar", "Sharif", "Kim") names the one the text has named in full.
        surnames: dict[str, set[str]] = {}
        for m in self.mentions:
            if m.person is not None and not self._not_yet(m.person):
                for surname in _written_surnames(m.person.surname, m.text):
                    surnames.setdefault(surname, set()).add(m.person.name)
        for surname, full_names in surnames.items():
            if len(full_names) == 1 and surname not in self.gaz.aliases:
                p = self.gaz.people[next(iter(full_names))]
                self.known.setdefault(
                    surname, Who(p.name, p.actor_on(self.day), True, ActorPath.GAZETTEER_PERSON)
                )
            # "Sudani" after "Mohammed Shia al-Sudani": an Arabic surname without its article
            bare = _ARABIC_ARTICLE.sub("", surname)
            if bare != surname and len(full_names) == 1 and bare not in self.gaz.aliases:
                p = self.gaz.people[next(iter(full_names))]
                self.known.setdefault(
                    bare, Who(p.name, p.actor_on(self.day), True, ActorPath.GAZETTEER_PERSON)
                )
        prev = None
        all_chains = chains(self.mentions, text)
        for k, chain in enumerate(all_chains):
            for i, m in enumerate(chain):
                if i and m.person is not None and not m.possessive and self._out_of_office(m):
                    # "the accord with Mexico's Environment Secretary X" of a person whose
                    # recorded offices have ended: a government title the text gives puts
                    # the person back in the state's service wherever the name stands, so
                    # that "X said" later speaks for it
                    self._retitled_state(chain[:i], m.person)
            names = [
                m
                for m in chain
                if m.kind is MentionKind.NAME or (m.person is not None and self._not_yet(m.person))
            ]
            prev, chain_before = chain, prev
            if not names:
                continue
            self.context_basis = None
            prev_chain = chain_before
            head_chain = prev_chain
            portfolio = False
            if (
                k >= 2
                and prev_chain is not None
                and any(m.kind is MentionKind.ROLE for m in all_chains[k - 2])
                and _HEAD_OF.fullmatch(text, all_chains[k - 2][-1].end, prev_chain[0].start)
            ):
                head_chain = all_chains[k - 2]  # "the UN envoy for Yemen, X": the envoy's side
            elif prev_chain is not None and (
                prev_chain[-1].kind is not MentionKind.ROLE
                or not _RANKED_APPOSITION.fullmatch(text, prev_chain[-1].end, chain[0].start)
            ):
                # "Oman's Minister of Commerce, Industry and Investment Promotion, X,": the
                # title whose portfolio, a list of its own, runs on up to the name
                titled = self._portfolio_title(all_chains, k)
                if titled is not None:
                    prev_chain = head_chain = titled
                    portfolio = True
            name = names[-1]
            known = self.known.get(name.text.split()[-1])
            if (
                name.person is None
                and known is not None
                and known.speaker in self.gaz.people
                and not _other_given_names(name.text, known.speaker)
            ):
                self.known[name.text] = known  # "Sir Keir" is Keir Starmer
                continue
            shortened = self._private_body_shortened(name)
            if shortened is not None and not any(m.kind is MentionKind.ROLE for m in chain):
                # "First Quantum" after "Canada's First Quantum Minerals", a company: the
                # leading words of a private body's name the text gave before
                self.known[name.text] = shortened
                continue
            listed = self._listed_body_shortened(name)
            if listed is not None and not any(m.kind is MentionKind.ROLE for m in chain):
                # "Mount Sinai" after "Mount Sinai Hospital": the leading words of the name
                # of a body the gazetteer lists (no state) that the text gave before
                self.known[name.text] = listed
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
            # "NZNO chief executive X", "De Beers's chief executive, X,": a private body's
            # office is the voice of that body when the gazetteer lists it as a party
            private = (
                not described
                and any(
                    m.role_class is RoleClass.PRIVATE and not _union_minister(chain, i)
                    for i, m in enumerate(chain)
                )
                and not self._listed_body_office(chain)
            )
            # "Dodik's lawyer, X,": a private office in apposition before the name, whoever
            # its possessor serves
            # "The guild's West Coast president, X,": an office of a private body too
            private = private or (
                prev_chain is not None
                and prev_chain[-1].kind is MentionKind.ROLE
                and (
                    prev_chain[-1].role_class is RoleClass.PRIVATE
                    or any(
                        m.possessive and m.role_class is RoleClass.PRIVATE for m in prev_chain[:-1]
                    )
                )
                and _APPOSITION.fullmatch(text, prev_chain[-1].end, chain[0].start) is not None
                and not self._listed_body_office(prev_chain)
            )
            # "Olena Kovalchuk, a nurse from Kharkiv,": nobody's voice
            titled_name = any(
                m.kind is MentionKind.ROLE and m.role_class is RoleClass.PERSON
                for m in chain[: chain.index(name)]
            )
            private = private or (
                not described and self._private_apposition(name.end, titled=titled_name)
            )
            local_title = any(
                m.kind is MentionKind.ROLE and m.role in _LOCAL_OFFICES for m in chain
            )
            # "A lawyer who has represented PKK defendants, X,": nor the client's
            private = private or self._private_role_clause_before(chain[0].start)
            # "A senator from the opposition National Action Party, X,": the opposition
            # speaks for no state, as "opposition senator X" does not
            # "X, leader of the opposition Democratic Party,"
            # (Opposition.NONE; under STATE the apposition's party or state gives the side);
            # "X of Delaware, the ranking Democrat on the committee,": the minority party
            private = private or (
                not self.opposition_sides
                and (
                    _OPPOSITION_APPOSITION.match(text, name.end) is not None
                    or _MINORITY_APPOSITION.match(text, name.end) is not None
                )
            )
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
            if party is None and name.person is None:
                # "X said" of a party's leader the text names by no party, in a story
                # between parties of one state: the party the table records X leading
                party = self.parties.story_side(name.text)
            if name.person is not None and self._not_yet(name.person):
                # a person the gazetteer lists only for a later office, whom the text puts
                # in a party in its own words: "The opposition X party ... its trade
                # spokesman Y" (the party table alone leaves the later office's state)
                said = self.parties.named(name.start, name.end)
                party = said if said is not None and said.said else None
            if (
                party is not None
                and not party.said
                and not self.opposition_sides
                and self._elected_title(chain)
            ):
                # "Senator X, a Democrat,": a party label says nothing of an elected office
                # in the state, unless the text puts it in the opposition (Opposition.NONE;
                # under STATE any party's label gives its state, the elected office's)
                party = None
            private = private or (party is not None and party.actor is None)
            # "The environmental coalition Panama Vale Mas Sin Mineria said": a body whose
            # name a state's opens, and no organ of that state's, speaks for no state
            private = private or self._state_named_private_body(chain, name)
            # "the mine, run by a unit of Canada's First Quantum Minerals": a company
            private = private or (
                name.person is None
                and _COMPANY_OWNING.search(text, max(0, chain[0].start - 40), chain[0].start)
                is not None
            )
            actor = (
                None
                if private
                else _party_or_chain_actor(party, chain, self.gaz, self.day) or described
            )
            how = ActorPath.PRIVATE if private else ActorPath.UNRESOLVED
            if actor is not None:
                how = (
                    ActorPath.PARTY
                    if party is not None and party.actor is not None
                    else ActorPath.TITLE
                    if _chain_actor(chain, self.gaz, self.day) is not None
                    else ActorPath.APPOSITION
                )
            posted = False
            apposed: list[Mention] = []  # "The peace commissioner, X,": the office before
            if chain[0] is name and not private:
                # "What did the premier say?" over a paragraph that opens on "X welcomed
                # ...": the office the question heading asks about is the answer's subject's
                apposed = self._asked_office(name.start)
            title_at = chain[0].start  # where the title of the name starts
            if (
                actor is None
                and not private
                and prev_chain is not None
                and (
                    portfolio
                    or _RANKED_APPOSITION.fullmatch(text, prev_chain[-1].end, chain[0].start)
                )
                # "Speaking outside the Ukrainian embassy, X": a place, not X's title ("the
                # UN envoy for Yemen, X" is the envoy's)
                and (
                    head_chain is not prev_chain
                    # ("led by its chairman, X": a passive's agent is the office named)
                    or word_before(text, prev_chain[0].start) not in _NOT_TITLE_BEFORE
                    or _PASSIVE_AGENT.search(
                        text, max(0, prev_chain[0].start - 60), prev_chain[0].start
                    )
                    is not None
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
                apposed = self._definite_offices(head_chain or prev_chain)
                title_at = (head_chain or prev_chain)[0].start
                if (
                    actor is None
                    and k >= 2
                    and head_chain is prev_chain
                    and any(m.kind is MentionKind.ROLE for m in all_chains[k - 2])
                    and _OF_TITLE.fullmatch(text, all_chains[k - 2][-1].end, prev_chain[0].start)
                ):
                    # "India's Director General of Military Operations, X": a complement
                    # that names no side leaves the title's own
                    actor = _chain_actor(all_chains[k - 2], self.gaz, self.day)
                how = ActorPath.APPOSITION if actor is not None else how
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
                    how = ActorPath.APPOSITION if actor is not None else how
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
                        how = ActorPath.GROUP if actor is not None else how
            if actor is None and not private and self._unknown_body_office_before(chain[0].start):
                # "The Medef's president, Patrick Martin,": the office of a body the
                # gazetteer does not know, in apposition before the name
                private = True
                how = ActorPath.PRIVATE
            if actor is None and not private and self._office_of_unknown_body(name.end):
                # "Jon Holden, president of IAM District 751,": an office in a body the
                # gazetteer does not know (a union, a company) speaks for no state, unless
                # a title before the name gives one ("Azerbaijan's X, president of COP29")
                # ("Finance Minister X, leader of the Y Party,": a government's title before
                # the name is the state's office, whatever else the person leads)
                private = not self._title_actor(chain[0].start) and not _minister_titled(
                    chain[: chain.index(name)]
                )
                how = ActorPath.PRIVATE if private else how
            if actor is None and not private:
                actor = self._apposition_actor(name.end)
                how = ActorPath.APPOSITION if actor is not None else how
            if actor is None and not private:
                actor = self._relative_office_actor(name.end)
                how = ActorPath.APPOSITION if actor is not None else how
            if actor is None and not private:
                # "X, the institute's head," after "Ukraine's Institute of ...": the state's
                actor = self._state_body_head(name.end)
                how = ActorPath.APPOSITION if actor is not None else how
            if actor is None and not private:
                roles = [
                    m.text
                    for m in chain
                    if m.kind is MentionKind.ROLE and m.role_class is not RoleClass.PRIVATE
                ]
                actor = self._actor_in_words(" ".join(roles)) if roles else None
                how = ActorPath.TITLE if actor is not None else how
            if actor is None and not private and not posted:
                # "The NUG, which ..., has said ... Its spokesman X said": the body the
                # sentence before opens on
                actor = self._its_body_side(title_at)
                how = ActorPath.COREF if actor is not None else how
            if actor is None and not private:
                # "Admiral X, the coast guard's commandant, ... His spokesman, Y,": the
                # side of the person the sentence before opens on (also for an office
                # posted somewhere: "His envoy to the talks, Y,")
                actor = self._his_owner_side(title_at)
                how = ActorPath.COREF if actor is not None else how
            if actor is None and not private:
                # "Junta spokesman X": the state whose military the text named, before the
                # side of titles around (the host of the talks)
                titled = chain
                if prev_chain is not None and _RANK_BETWEEN.fullmatch(
                    text, prev_chain[-1].end, chain[0].start
                ):
                    titled = prev_chain + chain  # "Junta spokesman Major General X"
                actor = self._junta_side([m for m in titled if m.kind is MentionKind.ROLE])
                how = ActorPath.TITLE_CONTEXT if actor is not None else how
            if (
                actor is None
                and not posted
                and not private
                and any(
                    m.kind is MentionKind.ROLE and m.role_class is RoleClass.PERSON
                    for m in chain[: chain.index(name)]
                )
            ):
                # "Prime Minister X of Papua New Guinea and President Y of the Autonomous
                # Bougainville Government": the body the title's "of" names, before a side
                # an earlier title in the sentence gives
                actor = self._of_body(name.end)
                how = ActorPath.ORGANISATION if actor is not None else how
            if actor is None and not posted and not private:
                actor = self._title_actor(chain[0].start)
                how = ActorPath.TITLE_CONTEXT if actor is not None else how
            # "Retired Indian Air Marshal Vivek Rao", "A retired Greek ambassador, X,",
            # "former Treasury official X": a past office is nobody's side (the word in the
            # name's own sentence, no "now" after it)
            past = self._past_office(chain[0].start, name.start)
            if actor is not None and past:
                actor = None
                how = ActorPath.PRIVATE
                if _NOW_APPOSED.match(text, name.end):
                    # "Former Nauru president X, now secretary-general of the Pacific
                    # Islands Forum,": the office the apposition says X holds now
                    actor = self._apposition_actor(name.end)
                    how = ActorPath.APPOSITION if actor is not None else how
            if actor is None and not private and not posted:
                # "An IMF team ended talks ... The mission, led by X,": the organisation
                # whose mission X leads, not the state it visits
                actor = self._led_mission_side(chain[0].start)
                how = ActorPath.ORGANISATION if actor is not None else how
            if actor is None and not private:
                actor = self._of_actor(name.end)  # "Cedric Schuster of Samoa"
                how = ActorPath.ORGANISATION if actor is not None else how
            if actor is None and not private:
                # "X has posted on X. The Omani foreign minister wrote": the side of the
                # description that stands for X in the next sentence
                actor = self._description_after(name.end)
                how = ActorPath.DESCRIPTION_AFTER if actor is not None else how
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
                actor = self._of_place(name.end, local=local_title)
                how = ActorPath.LOCAL_PLACE if actor is not None else how
            if actor is None and not private and self._body_word_before(chain):
                # "Unifor national president X": the office of a body the gazetteer
                # does not know, named by one word before it (a union, a company)
                private = True
                how = ActorPath.PRIVATE
            if actor is None and not private and not past:
                # "Defence Minister Vladimir Padrino Lopez": an office the text does not
                # qualify, on the side the paragraph is about (not a past one: "former
                # Treasury official X" is nobody's)
                self.context_basis = None
                offices = [m for m in chain if m.kind is MentionKind.ROLE]
                actor = self.regional_office(self._office_actor(offices), offices, name)
                how = ActorPath.OFFICE_CONTEXT if actor is not None else how
                if (
                    actor is not None
                    and self.context_basis is not None
                    and addresses(text, self.mentions, name.end, actor, self.day)
                ):
                    # "Chief Cabinet Secretary X ... asked China again": the side the
                    # paragraph gave is the one X speaks to; X is of the other one
                    actor = other_main_state(self.mentions, actor, self.day, self._is_state)
            if actor is None and not private and not posted and not past and apposed:
                # "The peace commissioner, X, said": the office the definite description
                # before the name gives, on the side the paragraph is about
                self.context_basis = None
                actor = self.regional_office(self._office_actor(apposed), apposed, name)
                how = ActorPath.OFFICE_CONTEXT if actor is not None else how
            if actor is None and not private and not posted and not past and chain == [name]:
                # "X kept two talks going ... because the environment minister concluded":
                # a name with no title, the office the paragraph then speaks of them by
                office_after = self._office_described_after(name)
                if office_after is not None:
                    self.context_basis = None
                    actor = self.regional_office(
                        self._office_actor([office_after]), [office_after], name
                    )
                    how = ActorPath.DESCRIPTION_AFTER if actor is not None else how
            if (
                actor is None
                and not private
                and not posted
                and not past
                and name.person is None
                and government_title(text, name.start, name.end)
            ):
                # "Navy Secretary X", "X, the caretaker Minister for Agriculture,": a
                # government's title with no state in it, of the state of the context
                # (with nothing near it, the one state whose provinces and towns the
                # article names comes before the state the article quotes most)
                self.context_basis = None
                actor = self._context_actor(name.start, state_only=True, main=False)
                if actor is None and self.places_state is not None:
                    actor = self.places_state
                    self.context_basis = ActorPath.ARTICLE_PLACES
                if actor is None:
                    actor = self._context_actor(name.start, state_only=True)
                how = ActorPath.OFFICE_CONTEXT if actor is not None else how
            if (
                not past
                and "EU" in self.gaz.actors
                and (actor is None or self._is_state(actor))
                and european_legislator(text, name.start, name.end)
            ):
                # "Dutch lawmaker X" in a paragraph on the European Parliament, "X, a German
                # Greens MEP,": the Union's, not the state the demonym names (a party the
                # gazetteer lists as a side of its own keeps its leader: "X, the Y leader
                # and MEP,")
                actor, how, private = "EU", ActorPath.TITLE, False
            if name.person is not None:
                basis = self.context_basis if how in _CONTEXT_PATHS else None
                self.known[name.person.name] = Who(name.person.name, actor, True, how, basis)
                surname = name.person.surname
                if (
                    self._not_yet(name.person)
                    and surname not in self.gaz.aliases
                    and {
                        m.person.name
                        for m in self.mentions
                        if m.person is not None and m.person.surname == surname
                    }
                    == {name.person.name}
                ):
                    # "Finance Minister Ishaq Dar ... Dar said" before the office the
                    # gazetteer records: the surname is the person the text named in full
                    self.known.setdefault(
                        surname, Who(name.person.name, actor, True, ActorPath.GAZETTEER_PERSON)
                    )
                if private:
                    self._private_names.add(name.person.name)
                continue
            basis = self.context_basis if how in _CONTEXT_PATHS else None
            who = Who(name.text, actor, True, how, basis)
            if body_name(name.text) or company_name(name.text):
                # "Barrick Mining", "the Hayastan Alliance": a body's name, no person's (a
                # pronoun never refers back to it, and it names no speaker)
                who = Who(None, actor, False, how, basis)
            titles = [
                m.role
                for m in chain[: chain.index(name)]
                if m.kind is MentionKind.ROLE and m.role_class is RoleClass.PERSON
            ]
            if titles and not private:
                self._titled_names.append((name.start, titles[-1], who))
            for key in (name.text, _surname(name.text)):
                if key not in self.known or (self.known[key].actor is None and actor):
                    self.known[key] = who
            # "Tadesse" after "Tadesse Werede": names used by the given name
            words = name.text.split()
            self.known.setdefault(words[0], who)
            if words[-1] in GENERATIONAL:
                words.pop()
            person_name = not body_name(name.text) and not organisation_name(text, name)
            for word in words[1:-1] if person_name and len(words) <= 4 else ():
                # "Makuei" after "Michael Makuei Lueth", "Lopez" after "Andres Manuel Lopez
                # Obrador": a name of three words or more is also used by a middle one
                if (
                    word[:1].isupper()
                    and len(word) > 2
                    and not word.endswith(".")
                    # "Fund" in "Extended Fund Facility" is a body's word, not a person's
                    and word not in _NOT_PERSON_HEADS
                ):
                    self.known.setdefault(word, who)
        self._pair_names()
        self._learn_aliases()
        self._learn_stand_ins()
        for m in self.mentions:
            # "Murad, who remains the MILF's chairman," after "Murad Ebrahim" named with no
            # side: a later relative clause gives the person the text named before a side;
            # so does an apposition to the surname opening a sentence ("X Almont and Y shook
            # hands ... Almont, the director-general of the atomic agency, said")
            if m.kind is not MentionKind.SURNAME:
                continue
            known = self.known.get(m.text)
            if known is None or known.actor or not known.speaker:
                continue
            if known.speaker in self._private_names or known.speaker in self.gaz.people:
                continue
            side = self._relative_office_actor(m.end)
            if side is None and _SENTENCE_OPENING.search(text, max(0, m.start - 4), m.start):
                # (the subject's apposition only: "Xi told Trump, according to the state
                # news agency, that": a source, not Trump's side)
                side = self._apposition_actor(m.end)
            how = ActorPath.APPOSITION
            if side is None:
                side = self._later_title_side(m)
                how = ActorPath.TITLE_CONTEXT
            if side is not None:
                placed = Who(known.speaker, side, True, how)
                for key, who in list(self.known.items()):
                    if who is known:
                        self.known[key] = placed
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
                place = _PLACE_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
                # (after "in Louisville," the word is a place, and the private person the
                # description after it names is unnamed)
                self.known[m.text] = Who(None if place else m.text, None, True, ActorPath.PRIVATE)
            elif m.kind is MentionKind.SURNAME and m.text not in self.known:
                office = self._apposed_office(m)
                if office is not None:
                    # "Masatt, the attorney-general, said": a word that opens a sentence
                    # with a public office in apposition is that office holder's name
                    actor = self._apposition_actor(m.end) or self._office_actor([office])
                    how = (
                        ActorPath.APPOSITION
                        if self._apposition_actor(m.end)
                        else ActorPath.OFFICE_CONTEXT
                    )
                    self.known[m.text] = Who(m.text, actor, True, how)

    def _learn_aliases(self) -> None:
        """A person's alias ("X Y Z, the region's president known as W,"): the one word the
        text says a person it named in full goes by is that person (their speaker and side),
        wherever it stands alone later ("W said ...")."""
        text = self.text
        for i, m in enumerate(self.mentions):
            if m.kind is not MentionKind.SURNAME or m.text in self.known:
                continue
            if _KNOWN_AS.search(text, max(0, m.start - 30), m.start) is None:
                continue
            # the person named in full before it, in the same sentence
            for prev in reversed(self.mentions[max(0, i - 6) : i]):
                if _SENTENCE_BREAK_IN.search(text, prev.end, m.start):
                    break
                if prev.kind is MentionKind.NAME and len(prev.text.split()) >= 2:
                    who = self.known.get(prev.text)
                    if who is not None and who.speaker and who.person_like:
                        self.known[m.text] = who
                    break

    def _learn_stand_ins(self) -> None:
        """A person the text names with no side who stands in for a state's office holder
        ("X, the lawyer appointed to stand in for the state mediator,", "his temporary
        replacement, the lawyer X" after that holder): the office's side, whatever their
        own calling."""
        text = self.text
        for m in self.mentions:
            if m.kind is not MentionKind.NAME:
                continue
            known = self.known.get(m.text)
            if known is None or known.actor or not known.speaker or known.speaker != m.text:
                continue
            side = None
            after = _STANDS_IN_AFTER.match(text, m.end)
            if after is not None:
                office = self._mention_at(after.end())
                if (
                    office is not None
                    and office.kind is MentionKind.ROLE
                    and office.role is not None
                    and _state_office(office.role)
                ):
                    side = self._context_actor(office.start, state_only=True)
            before = _STANDS_IN_BEFORE.search(text, max(0, m.start - 60), m.start)
            if side is None and before is not None:
                holder = self.antecedent(
                    before.start(), _POSSESSIVE_PRONOUNS[before["own"].lower()]
                )
                if holder is not None and holder.speaker and holder.actor:
                    holder_known = self.known.get(holder.speaker)
                    if holder_known is not None and holder_known.actor == holder.actor:
                        side = holder.actor
            if side is None:
                continue
            placed = Who(known.speaker, side, True, ActorPath.APPOSITION)
            for key, who in list(self.known.items()):
                if who is known:
                    self.known[key] = placed

    def _private_body_shortened(self, name: Mention) -> Who | None:
        """The private body the text named before whose name ``name`` opens ("First
        Quantum" after "First Quantum Minerals"), when the text gave it no side."""
        if name.person is not None:
            return None
        opening = name.text + " "
        return next(
            (
                who
                for key, who in self.known.items()
                if key.startswith(opening) and who.path is ActorPath.PRIVATE and not who.actor
            ),
            None,
        )

    def _listed_body_shortened(self, name: Mention) -> Who | None:
        """The listed organisation the text named before by a longer name that ``name``
        opens ("Mount Sinai" after "Mount Sinai Hospital")."""
        if name.person is not None:
            return None
        opening = name.text + " "
        for m in self.mentions[: bisect_left(self.starts, name.start)]:
            if not m.text.startswith(opening):
                continue
            code = m.actor if m.kind is MentionKind.ACTOR else self._role_opening_body(m.text)
            found = self.gaz.actors.get(code or "")
            if found is not None and found.kind in _NOT_STATES:
                return Who(None, found.code, False, ActorPath.ORGANISATION)
        return None

    def _role_opening_body(self, text: str) -> str | None:
        """The listed body whose name opens an office's words ("Mount Sinai Hospital and
        Montefiore Medical Center", read as a workplace), or None."""
        words = text.split()
        for k in range(len(words), 1, -1):
            code = self.gaz.actor_of(" ".join(words[:k]))
            if code is not None:
                return code
        return None

    def _state_named_private_body(self, chain: list[Mention], name: Mention) -> bool:
        """True when a state's name opens ``name`` in ``chain`` and the whole is a body's
        name that ends on no word of a state's organ ("Panama Vale Mas Sin Mineria"; not
        "the Tanzania Ports Authority")."""
        i = chain.index(name)
        if i == 0 or " " not in name.text or organ_name(name.text):
            return False
        state = chain[i - 1]
        return (
            state_opens_name(self.text, state, name)
            and state.actor is not None
            and self._is_state(state.actor)
        )

    def _later_title_side(self, m: Mention) -> str | None:
        """The side of a government's title the text sets right before a surname it first
        gave with none ("three ministers, A, B and C, ... Agriculture Minister B said"):
        the state the title names, else the state of the context, as for a name the
        title first comes with. Not a past or an opposition office."""
        i = bisect_left(self.starts, m.start)
        title = self.mentions[i - 1] if i else None
        if (
            title is None
            or title.kind is not MentionKind.ROLE
            or title.role_class is not RoleClass.PERSON
            or self.text[title.end : m.start].strip()
            or self._past_office(title.start, m.start)
            or self._opposition_title(title.start)
        ):
            return None
        side = self._title_actor(m.start)
        if side is None and government_title(self.text, m.start, m.end):
            side = (
                self._context_actor(m.start, state_only=True, main=False)
                or self.places_state
                or self._context_actor(m.start, state_only=True)
            )
        return side

    def _pair_names(self) -> None:
        """Two names in apposition to a plural title that names two sides in the same order
        ("The special envoys ... between Armenia and Turkey, X and Y,"): the first name is the
        first side's, the second the second's, whatever a title around would say."""
        ms = self.mentions
        for k in range(len(ms) - 4):
            title, a, b, x, y = ms[k : k + 5]
            if (
                title.kind is not MentionKind.ROLE
                or title.role_class is not RoleClass.GROUP
                or not _PAIR_LINK.fullmatch(self.text, title.end, a.start)
                or a.kind is not MentionKind.ACTOR
                or b.kind is not MentionKind.ACTOR
                or not (a.actor and b.actor and a.actor != b.actor)
                or self.text[a.end : b.start] != " and "
                or x.kind is not MentionKind.NAME
                or y.kind is not MentionKind.NAME
                or not _APPOSITION.fullmatch(self.text, b.end, x.start)
                or self.text[x.end : y.start] != " and "
            ):
                continue
            for name, side in ((x, a.actor), (y, b.actor)):
                paired = Who(name.text, side, True, ActorPath.APPOSITION)
                for key, who in list(self.known.items()):
                    if who.speaker == name.text:
                        self.known[key] = paired
                self.known[name.text] = paired

    def _out_of_office(self, m: Mention) -> bool:
        """True when every recorded office of the person ``m`` names ended before the day,
        and no past title stands before the name ("former minister X")."""
        p, day = m.person, self.day
        if p is None or day is None or not p.offices:
            return False
        if not all(o.end is not None and o.end <= day for o in p.offices):
            return False
        return not self._former([m], m)

    def _past_office(self, start: int, name_start: int) -> bool:
        """Whether a past-office word ("former", "retired") stands in the name's own
        sentence before it (from ``start``, the chain's first word, at most 40 characters
        back), with no "now" after it."""
        floor = max(0, start - 40)
        if not self._past_title.search(self.text, floor, name_start):
            return False
        gap = self.text[floor:name_start]
        return not _NOW.search(gap) and not _SENTENCE_BREAK_IN.search(
            gap, [m.end() for m in self._past_title.finditer(gap)][-1]
        )

    def _portfolio_title(self, found: list[list[Mention]], k: int) -> list[Mention] | None:
        """The title before the name chain ``found[k]`` whose complement names a portfolio
        of several subjects up to the comma before the name ("coordinating minister for
        political, legal and security affairs, X"), or None."""
        start = found[k][0].start
        for j in range(k - 1, max(-1, k - 4), -1):
            title = found[j]
            last = title[-1]
            if last.kind is MentionKind.ROLE and last.role_class is RoleClass.PERSON:
                gap = _PORTFOLIO_LIST.fullmatch(self.text, last.end, start)
                if gap is None:
                    return None
                words = [w.lower() for w in re.findall(r"[\w'’&-]+", gap.group())]
                if (
                    _NOT_PORTFOLIO_WORDS.intersection(words)
                    or not {"and", "&"}.intersection(words)
                    # the list goes on from a complement in the title: "Minister of Commerce"
                    or (gap.group().startswith(",") and not _OF_FOR.search(last.text))
                ):
                    return None
                return title
            if any(m.kind not in (MentionKind.NAME, MentionKind.SURNAME) for m in title):
                return None  # a portfolio's words are no person, side or office
        return None

    def _listed_body_office(self, chain: list[Mention]) -> bool:
        """True when an office of ``chain`` comes after the name of a body the gazetteer lists
        as a party, no state ("NZNO chief executive", "De Beers's chief executive"): the
        office is that body's, whatever kind of body it is."""
        for a, b in zip(chain, chain[1:], strict=False):
            if a.kind is not MentionKind.ACTOR or b.kind is not MentionKind.ROLE:
                continue
            found = self.gaz.actors.get(a.actor or "")
            if found is not None and found.kind in _NOT_STATES:
                return True
        return False

    def _its_body_side(self, pos: int) -> str | None:
        """The side of the body "its" stands for in a title at ``pos`` ("Its spokesman X",
        "Its head, X,"): the party, state or organisation an earlier sentence of the
        paragraph opens on as its subject."""
        if not _ITS_BEFORE.search(self.text, max(0, pos - 30), pos):
            return None
        subject = self._sentence_subject(pos)
        if subject is not None and subject.kind is MentionKind.ROLE:
            # "The Council of Governors ... Its chairperson, X,", "The National Assembly
            # ... Its speaker, X,": a state's body (the sentence subject is one only when
            # it is) is of the state the text is about
            return self._context_actor(subject.start, state_only=True)
        if subject is None:
            # "The agency says ... Its chairman, X,": a public body named before by its
            # capitalised name and no owner, which the text goes on to call by its kind
            body = self._public_body_opening(pos)
            return self._context_actor(body.start, state_only=True) if body else None
        if subject.kind is not MentionKind.ACTOR:
            return None
        return subject.actor

    def _his_owner_side(self, pos: int) -> str | None:
        """The side of the person a sentence-opening "His"/"Her" before the office at
        ``pos`` stands for: the one the sentence before opens on, by the gazetteer or by
        what the text taught of that name."""
        owner = owner_subject(self.text, self.mentions, self.starts, pos)
        if owner is None:
            return None
        if owner.person is not None:
            return self._speaks_for(owner.person)
        known = self.known.get(owner.text)
        return known.actor if known is not None else None

    def _public_body_opening(self, pos: int) -> Mention | None:
        """The bare "The <kind>" of a public body ("The agency") that opens the sentence
        before ``pos``, when the article named such a body before by a capitalised name
        with no owner, no international word and no listed actor ("the Agency for X")."""
        span = self._sentence_before(pos)
        if span is None or not self.text.startswith("The ", span[0]):
            return None
        m = self._mention_at(span[0] + 4)
        if m is None or m.kind is not MentionKind.ROLE or m.text not in _PUBLIC_BODY_KINDS:
            return None
        for b in self.mentions[: bisect_left(self.starts, m.start)]:
            if (
                b.kind is MentionKind.ROLE
                and b.role == m.role
                and b.text[:1].isupper()
                and not b.possessive
                and _INTERNATIONAL.isdisjoint(b.text.split())
                and self.gaz.actor_of(b.text) is None
                and det_before(self.text, b.start) == "the"
            ):
                return m
        return None

    def _asked_office(self, at: int) -> list[Mention]:
        """The public office ("the premier", "the minister") a question heading right above
        the paragraph opening at ``at`` asks about ("What did the premier say?"); none
        when the name does not open its paragraph or the line above is no question."""
        text = self.text
        if not _PARAGRAPH_OPENING.search(text, max(0, at - 2), at):
            return []
        above_end = len(text[:at].rstrip())
        if not text[:above_end].endswith("?"):
            return []
        above = text.rfind("\n", 0, above_end) + 1
        if above_end - above > 80:
            return []
        i = bisect_left(self.starts, above)
        asked = [
            m
            for m in self.mentions[i:]
            if m.start < above_end
            and m.kind is MentionKind.ROLE
            and m.role_class is RoleClass.PERSON
            and det_before(text, m.start) == "the"
        ]
        return asked[:1]

    def _definite_offices(self, chain: list[Mention]) -> list[Mention]:
        """The public offices of a definite description ("the peace commissioner", "the
        chairman of the committee"), for the name in apposition after it; none for an
        indefinite one, a possessed one ("Sybiha's spokesman") or a private office."""
        if det_before(self.text, chain[0].start) != "the":
            return []
        roles = [m for m in chain if m.kind is MentionKind.ROLE]
        if not roles or any(m.role_class is RoleClass.PRIVATE or m.possessive for m in chain):
            return []
        return [m for m in roles if m.role_class is RoleClass.PERSON]

    def _body_word_before(self, chain: list[Mention]) -> bool:
        """True when the title's first office comes right after (lower-case modifiers
        between) one capitalised word the gazetteer does not know and no title modifier
        ("Unifor national president X", "Teamsters president X"; not "Former president
        X"): the name of the body whose office it is."""
        roles = [m for m in chain if m.kind is MentionKind.ROLE]
        if not roles or any(m.role not in _BODY_HEAD_OFFICES for m in roles):
            return False  # "Water Resources Minister X": a ministry's remit, no body
        i = bisect_left(self.starts, roles[0].start)
        if i == 0:
            return False
        word = self.mentions[i - 1]
        return (
            word.kind is MentionKind.SURNAME
            and word.text.lower() not in _TITLE_MODIFIERS
            and word.text not in self.known
            and _LOWER_MODIFIERS.fullmatch(self.text, word.end, roles[0].start) is not None
            # a name, not a sentence's capitalised first word ("Last weekend Finance
            # Minister X"): the text writes it capitalised inside a sentence too
            and re.search(r"[a-z,]\s+" + re.escape(word.text) + r"\b", self.text) is not None
        )

    def _apposed_office(self, m: Mention) -> Mention | None:
        """The office in apposition to the one word ``m`` that opens its sentence ("Masatt,
        the attorney-general, said"), or None."""
        text = self.text
        if not _SENTENCE_OPENING.search(text, max(0, m.start - 4), m.start):
            return None
        i = bisect_left(self.starts, m.end)
        office = self.mentions[i] if i < len(self.mentions) else None
        if (
            office is None
            or office.kind is not MentionKind.ROLE
            or office.role_class is not RoleClass.PERSON
            or not _THE_OFFICE.fullmatch(text, m.end, office.start)
            or not text.startswith(",", office.end)
        ):
            return None
        return office

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
        owners = _body_owners(self.gaz)
        for m in self.mentions:
            if m.kind is not MentionKind.ROLE or m.role not in owners or not m.text[:1].isupper():
                continue
            if " " in m.text or det_before(self.text, m.start) not in ("the", "a", "an", ""):
                continue
            present = named & owners[m.role]
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


@per_gazetteer
def _body_owners(gaz: Gazetteer) -> dict[str, frozenset[str]]:
    """The actors whose names end in each of :data:`_NAMED_BODIES` ("European Commission":
    EU under "commission"): read off the gazetteer once, not in every article."""
    owners: dict[str, set[str]] = {}
    for code, actor in gaz.actors.items():
        for form in actor.names:
            words = form.split()
            if len(words) > 1 and words[-1].lower() in _NAMED_BODIES:
                owners.setdefault(words[-1].lower(), set()).add(code)
    return {noun: frozenset(codes) for noun, codes in owners.items()}


def _written_surnames(surname: str, written: str) -> tuple[str, ...]:
    """A listed person's surname, and the text's spelling of it where the text writes the
    accents the gazetteer's plain name lacks ("Pedro Sánchez" of Pedro Sanchez: "Sánchez")."""
    last = written.split()[-1] if written.split() else ""
    if last != surname and ascii_name(last) == surname:
        return (surname, last)
    return (surname,)
