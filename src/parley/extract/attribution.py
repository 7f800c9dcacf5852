"""Attribution: pair each quotation and each reporting cue with its speaker and content.

Direct quotations are attributed first (cue after the quote, cue before a colon,
block-quote introduction, continuation of the same speaker); then every cue left in
the narration yields indirect speech with its reported clause.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from parley.actors import Gender
from parley.extract import documents, phrases
from parley.extract.cues import (
    AMBIGUOUS_FORMS,
    CANDIDATE,
    COMMISSIVE_LEMMAS,
    DIRECTIVE_LEMMAS,
    FINDING_LEMMAS,
    NOMINAL_LEMMAS,
    PAST_PERFECT_BEFORE,
    PERFECT_BEFORE,
    PERSON_LEMMAS,
    QUOTE_LEMMAS,
    Cue,
    CueKind,
    complement_ok,
    cue_matches,
    noun_before,
    terms_of_act,
)
from parley.extract.given_names import given_name_gender
from parley.extract.media import MEDIA
from parley.extract.mentions import Mention, MentionKind
from parley.extract.narrated_perfect import perfect_tail
from parley.extract.participles import speech_participle
from parley.extract.quotes import Quote, find_quotes, open_quotation, word_count
from parley.extract.relative_acts import act_in_relative
from parley.extract.relatives import relative_that
from parley.extract.resolver_base import ActorPath
from parley.extract.roles import STATE_MEDIA
from parley.extract.segment import Span, sentences
from parley.extract.speaker_patterns import introduced_body
from parley.extract.speakers import (
    CONJUNCTIONS,
    NAME_GIVEN,
    PREPOSITIONS,
    Resolver,
    Who,
    body_name,
    chains,
    organisation_name,
    skippable,
    word_before,
)
from parley.extract.syntax import Report, ReportKind, reports
from parley.extract.titled_names import body_office, titled_speaker

# How far before a reporting verb its subject is looked for, in characters: bounded, so that
# a sentence of many cues (a run-on text without full stops) costs its length, not its square.
LOOKBACK = 1000
# Sentences longer than this are not parsed (a run-on text without full stops would cost the
# parser time and memory out of all proportion; spaCy refuses docs over nlp.max_length).
MAX_PARSED = 5000


_QUOTED_AS = re.compile(r"\s+as\s+")


# A noun phrase's prepositional modifier after its head: " for the island states",
# " of the union", " at the ministry in Kyiv" (a few words, no punctuation)
# (or a participle or adjective of taking part before its preposition: " involved in the
# talks", " familiar with the negotiations", " briefed on the meetings", " close to the team")
# ("an official there": of the place or body just named)
_POST_MODIFIER = re.compile(
    r"[ ]there(?=[ ])|[ ](?:(?:(?:directly|closely)[ ])?(?:involved|engaged|briefed|familiar|close"
    r"|knowledgeable)[ ](?:in|with|on|to|about)|for|of|at|in|with|from|on)"
    r"[ ](?:[\w'’.-]+[ ]){0,4}[\w'’.-]+"
)


# An outlet or a text that carried an unnamed person's words: " quoted by ", " cited by "
_RELAYED_BY = re.compile(r"\s+(?:quoted|cited)\s+by\s")
# An unnamed person's description ending on its head noun: "a Brazilian diplomat"
_UNNAMED_SOURCE_END = re.compile(
    r"\b(?:official|diplomat|source|negotiator|delegate|envoy|person|aide|adviser)s?\s*$"
    r"|\bpeople\s*$"
)


# A document its issuer published: "the text released by the presidency" states what the
# presidency says, not only the terms
_ISSUED_BY = re.compile(r"\b(?:published|released|issued|put\s+out)\s+by\b", re.IGNORECASE)
# A person's post-modifier up to the body it names: " of the advocacy group ", " at the
# private ", " from " (a few words, no comma)
_PERSON_OF = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}")


# A person's home place after the name: " of Nebraska", " from West Virginia" (capitalised
# words only, so no body's post-modifier: " of the union"); or the party the person
# belongs to, which qualifies the name the same way: " of the Holos party"
_HOME = re.compile(
    r"\s+(?:of|from)\s+(?:the\s+(?=(?:[A-Z][\w'’.-]*\s+){1,3}[Pp]arty\b))?"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:\s+[Pp]arty)?(?=\s*,)"
)


# Nothing but a comma between two places: "Andrii[, ]said"
_COMMA = re.compile(r"\s*,\s*")
# the comma that closes an apposition before the clause's lower-case verb: ", issued"
_CLOSING_COMMA = re.compile(r",\s+[a-z]")
# what places an unnamed source between it and its verb, in common nouns only: "three
# officials familiar with the work said", "two people involved in (preparing) the review told"
_PLACED_BY = re.compile(
    r"\s+(?:familiar\s+with|involved\s+in|briefed\s+on)\s+(?:[a-z]+ing\s+)?(?:the|its|their|this)\s+"
    r"[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}\s+"
)
# ", a claim the embassy called ", ", a step that the ministry described as ": a noun in
# apposition to the clause before, then a relative clause whose own subject names it (the
# quotation it names is that subject's, not the main clause's speaker's)
_NAMING_RELATIVE = re.compile(
    r",\s+(?:a|an|the|one)\s+(?:[a-z-]+\s+){0,2}?[a-z]+\s+(?:that\s+|which\s+)?"
    r"(?P<subj>(?:the|a|an|its|his|her|their)\s+[^,;:\"“”]{2,60}?|[A-Z][^,;:\"“”]{1,60}?)"
    r"\s+$"
)


# What stands between "described" and its quotation when a relative clause took the object
# ("a claim the minister described as \"...\"")
_GAPPED_AS = re.compile(r"\s+as\s+")
# The relative pronoun opening the clause that gapped it, the last before the verb
_RELATIVE_WORD = re.compile(r"\b(?:which|that|whom)\s+")
_AUXILIARY_END = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?$")


# A quotation closed by a sentence's end ('... here?"'), then a capital: a new sentence
_CLOSED_SENTENCE = re.compile(r"[.?!][\"”’']?[\"”]$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
# A relative pronoun that is the reporting verb's object, right before its subject
_OBJECT_RELATIVE = re.compile(r"\b(?:what|which|whom)\s+(?:[\w.’'-]+\s+){0,3}$")
# An apposition holding a relative clause: ", a former MILF commander whom ... Y,"
_APPOSED_RELATIVE = re.compile(
    r",\s+(?:a|an|the)\s+[^,;\"“”]{0,50}?\b(?:who|whom|whose|which)\b[^,;\"“”]{0,120},"
)


def _after_home(text: str, pos: int) -> int:
    """Where the name ending at ``pos`` ends with its home place ("Jim Harlow of Iowa")."""
    home = _HOME.match(text, pos)
    return home.end() if home else pos


def _person_named(chain: list[Mention]) -> bool:
    """Whether ``chain`` names a person: a name that is not a body's ("the opposition
    National Action Party" names none)."""
    return any(m.kind in _NAMED and not body_name(m.text) for m in chain)


def _names_after_comma(text: str, chain: list[Mention], nxt: list[Mention]) -> bool:
    """True when ``nxt`` is a name in apposition to the nameless ``chain`` ("The union's
    president, Harold Daggett,")."""
    return (
        not _person_named(chain)
        and _person_named(nxt)
        and re.fullmatch(r"\s*,\s*", text[chain[-1].end : nxt[0].start]) is not None
    )


# A finite verb: the words between a cue and a quotation are a clause of their own
_FINITE = re.compile(
    r"\b(?:is|was|are|were|has|have|had|will|would|could|can|cannot|should|must|may|might"
    r"|did|does|do|wo|n't)\b"
)
# Verbs whose object is their target ("accused the government of ..."), never a speaker
# after them as in "..., said Peskov": ", a senator, accused the government" is no inversion
_TARGET_FIRST = frozenset(
    (
        "accuse", "blame", "criticize", "criticise", "praise", "thank", "welcome", "condemn",
        "slam", "blast", "fault", "rebuke", "congratulate", "commend", "hail", "denounce",
        "mock", "deride", "ridicule", "lambaste", "chide", "scold", "applaud", "laud",
    )
)  # fmt: skip
# What joins a title's own modifier to it: "ambassador [to] Poland", "envoy [for] the region"
_MODIFIER_JOIN = re.compile(r"\s+(?:to|for|of|at|in|with|from|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}")


def _apposed_name(text: str, found: list[list[Mention]]) -> list[list[Mention]]:
    """The subject's chains from the name in apposition to a nameless title on: "The
    union's president, Harold Daggett, vowed", "Ukraine's ambassador to Poland, Vasyl
    Bodnar, thanked" (the title's modifier, "to Poland", between the two)."""
    if not found or _person_named(found[0]):
        return found
    for k in range(1, len(found)):
        # the title is one noun phrase up to the comma: "the Russian-installed head of
        # Crimea", "a spokesman for Secretary-General X" (a person its modifier names, after
        # a preposition or with a possessive, is not the one it describes)
        if k > 1 and not _TITLE_JOIN.fullmatch(text, found[k - 2][-1].end, found[k - 1][0].start):
            break
        if k > 1 and _person_named(found[k - 1]) and not _modifier_person(text, found[k - 1]):
            break
        if _person_named(found[k]) and (
            _TO_NAME.fullmatch(text, found[k - 1][-1].end, found[k][0].start)
            or (
                # "the group's director, X": the office noun the possessive heads, which
                # no mention covers
                found[k - 1][-1].possessive
                and _OWNED_TITLE.fullmatch(text, found[k - 1][-1].end, found[k][0].start)
            )
        ):
            return found[k:]
    return found


# What joins the words of a title's noun phrase that no mention covers: the rest of a
# hyphened modifier ("Russian[-installed ]head"), a preposition or article ("head[ of
# ]Crimea", "spokesman[ for ]Secretary-General")
_TITLE_WORDS = r"(?:-[\w'’]+|\s+(?:to|for|of|at|in|with|from|on|the|a|an|and)\b)*\s*"
_TITLE_JOIN = re.compile(_TITLE_WORDS)
# The rest of the title up to the comma before the name: words the mentions left out,
# capitalised or in a prepositional phrase (" of Crimea, ", " of the region, "), or none
# (", "), and a rank or honorific: ", Gen. "
_TO_NAME = re.compile(
    r"(?:-[\w'’]+|\s+[A-Z][\w'’.-]*)*(?:\s+(?:of|for|to|at|in|with|from|on)(?:\s+[\w'’.-]+){1,4})?"
    r"\s*,\s*(?:[A-Z][a-z]{1,4}\.\s+)?"
)


# The office a possessive owns, up to the comma before the name: " director, ", " legal
# adviser, " (lower-case words, one to three)
_OWNED_TITLE = re.compile(r"(?:['’]s?)?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*,\s*")


def _modifier_person(text: str, chain: list[Mention]) -> bool:
    """True when the person ``chain`` names modifies a title ("a spokesman [for X]",
    "[X's] envoy") rather than heading the phrase."""
    return chain[-1].possessive or word_before(text, chain[0].start) in PREPOSITIONS


# A document after a demonym: "the European [text]", "the Iranian [letter]"
_AUTHORED = re.compile(
    r"\s+(?:counter-?proposals?|proposals?|texts?|versions?|drafts?|documents?|papers?"
    r"|letters?|statements?|communiqu[eé]s?|declarations?|plans?|responses?|replies)\b"
)


@dataclass(slots=True)
class Draft:
    """An attributed span before classification."""

    start: int
    end: int
    direct: bool
    cue: str
    cue_start: int
    who: Who
    lemma: str
    # the parse found it with a person's name for its subject ("Akuol, a tea seller, said")
    named: bool = False
    # the parse found it with a personal pronoun for its subject: the pronoun's gender
    pronoun: Gender | None = None


def _cue_of(d: Draft) -> Cue:
    """The cue of statement ``d``, again, for a quotation that goes on with it."""
    return Cue(d.cue_start, 0, d.cue, d.lemma, CueKind.VERB)


class Attributor:
    def __init__(self, text: str, mentions: list[Mention], resolver: Resolver) -> None:
        self.text = text
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.resolver = resolver
        self.drafts: list[Draft] = []
        # (cue, who) of a paragraph ending "Putin said:", for a block quotation after it
        self.intro: tuple[Cue, Who] | None = None
        self.last_sentence: Span | None = None
        # every sentence of the story, with the quotations of its paragraph, for the parse
        self.sentences: list[tuple[Span, list[Quote]]] = []
        # a quotation left open at the end of the last paragraph with nobody to say it: the
        # next paragraph that goes on with it ('"...' then '"...," she said') names them
        self.running: Quote | None = None

    # -- helpers ---------------------------------------------------------------------
    def _within(self, a: int, b: int, quotes: Sequence[Quote] = ()) -> list[Mention]:
        i = bisect_left(self.starts, a)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < b:
            m = self.mentions[i]
            if m.end <= b and not any(q.mark_start <= m.start < q.mark_end for q in quotes):
                out.append(m)
            i += 1
        return out

    def _subject_before(
        self, a: int, cue: int, quotes: list[Quote], *, main: bool = False
    ) -> list[Mention] | None:
        """The noun phrase that is the subject of a cue starting at ``cue``.

        ``main`` asks for the subject of the main clause (for ', arguing that ...').
        """
        text = self.text
        a = max(a, cue - LOOKBACK)  # a subject is not a page away from its verb
        dateline = phrases.DATELINE.match(text, a, cue)
        if dateline is not None:
            a = dateline.end()  # "CITY, Country, June 22 - X defended ...": where, not who
        found = chains(self._within(a, cue, quotes), text)
        found = [ch for ch in found if not phrases.in_brackets(text, ch[0].start, a)]
        if not found:
            return None
        given = found[-1]
        if self._names_person(given) and _WHO_CUE.fullmatch(text, given[-1].end, cue):
            # "the decision will fall to X, who has said repeatedly that ...": the relative
            # pronoun right before the cue stands for the person it follows
            return given
        for chain in found[-3:]:
            if self._names_person(chain) and _APPOSED_WHO.fullmatch(text, chain[-1].end, cue):
                # "X, the opposition figure who says he won": the person the described
                # relative clause is about
                return chain
        if (
            len(given) == 1
            and given[0].kind in (MentionKind.NAME, MentionKind.SURNAME)
            and _COMMA.fullmatch(text, given[-1].end, cue)
            and NAME_GIVEN.search(text, max(a, given[0].start - 40), given[0].start)
        ):
            # "a sergeant ..., who gave only his first name, Andrii, said": the name the
            # relative clause gives is its subject's, who speaks
            return given
        # Drop phrases inside ", who chairs the committee," or ", speaking at the G20,".
        asides = [m.span() for m in phrases.ASIDE.finditer(text, a, cue)]
        # ", who met a delegation led by ..., Rustem Umerov," -- a relative clause runs on
        # to the last comma before the verb
        asides = [
            (x, max(y, text.rfind(",", x, cue) + 1))
            if text.startswith(("who", "which"), x + 2)
            else (x, y)
            for x, y in asides
        ]
        # "X, a former commander whom the president appointed to replace Y, said": the
        # described person's relative clause, right before the verb, names somebody else
        asides += [
            (m.start(), m.end())
            for m in _APPOSED_RELATIVE.finditer(text, a, cue)
            if skippable(text, m.end(), cue)
        ]
        found = [ch for ch in found if not any(x <= ch[0].start < y for x, y in asides)]
        if not found:
            return None
        if len(found) > 1 and _ALLIED_TO.search(
            text, max(a, found[-1][0].start - 20), found[-1][0].start
        ):
            # "A member of the council close to X said": X's ally speaks, not X
            found = found[:-1]
        # "Andrii Sybiha, Ukraine's foreign minister, said": the name, not the title.
        if (
            len(found) > 1
            and all(
                m.kind in (MentionKind.ROLE, MentionKind.ADJECTIVE, MentionKind.ACTOR)
                for m in found[-1]
            )
            and any(m.kind is MentionKind.ROLE for m in found[-1])
            and self._names_person(found[-2])
            and phrases.APPOSITION_GAP.fullmatch(text, found[-2][-1].end, found[-1][0].start)
        ):
            found.pop()
        last = found[-1]
        if (
            len(found) > 1
            and (last[-1].kind in _NAMED or self._names_person(last))
            and not any(m.possessive for m in last)
            and not body_name(last[-1].text)
            and not organisation_name(text, last[-1])
            and _COMMA.fullmatch(text, last[-1].end, cue)
            and re.search(r",\s*$", text[max(a, last[0].start - 4) : last[0].start])
        ):
            # "a spokesman for Secretary-General X, Y, said", "the head of the region, Y,
            # said": a name set off by commas right before the verb is the subject's (the
            # title before it may name somebody else)
            return last
        stop = cue  # where the subject's apposition ends
        for k in range(len(found) - 1, -1, -1):
            chain = found[k]
            if (
                k
                and self._names_person(found[k - 1])
                and _after_home(text, found[k - 1][-1].end) == chain[-1].end
            ):
                continue  # "Senator X of New Hampshire, the top Democrat on ...": X's home
            if introduced_body(text, chain[0]) and _COMMA.fullmatch(text, chain[-1].end, stop):
                # "X, chief executive of an outsourcing firm, Northbeam Software, said": the
                # firm's name closes the apposition, whose subject is before it
                stop = chain[0].start
                continue
            if (
                self._names_person(chain)
                and not chain[-1].possessive
                and not organisation_name(text, chain[-1])
                # not "The leaders of the Crimean Tatars, the ..., on Tuesday called"
                and not (
                    k
                    and found[k - 1][-1].kind is MentionKind.ROLE
                    and _OF_HEAD.fullmatch(text, found[k - 1][-1].end, chain[0].start)
                )
                and _apposed_before(text, _after_home(text, chain[-1].end), stop)
            ):
                # "Yuri Ushakov, a foreign policy adviser to Putin, said", "Senator Ann
                # Lowe of Iowa, a retired Navy admiral, said", "X, the attorney-general,
                # later said publicly"
                return chain
        # "X of the Kyiv consultancy Y": a place that qualifies the body, between the
        # person and the body's name, is part of the post-modifier
        owner = (
            -3
            if len(found) > 2
            and all(m.kind in (MentionKind.ACTOR, MentionKind.ADJECTIVE) for m in found[-2])
            else -2
        )
        if (
            len(found) > 1
            and self._names_person(found[owner])
            and _person_named(found[owner])
            and not found[owner][-1].possessive
            and word_before(text, found[owner][0].start, a) not in PREPOSITIONS
            and not any(m.kind is MentionKind.PERSON for m in last)
            and _PERSON_OF.fullmatch(text, found[owner][-1].end, last[0].start)
            and not main
            and skippable(text, last[-1].end, cue)
            and self.resolver.can_resolve(found[owner])
        ):
            # "Hanna Lintula of the advocacy group Open Ports said": the person, not the
            # body her post-modifier names
            return found[owner]
        if (
            not main
            and (
                skippable(text, last[-1].end, cue)
                # "a US official, speaking on condition of anonymity, said": an aside
                # between the subject and its verb (not "an MP who sits on the committee,
                # speaking ..., said": the committee is in the subject's relative clause)
                or (
                    last[-1].kind is MentionKind.ROLE
                    and _PLACED_BY.fullmatch(text, last[-1].end, cue) is not None
                )
                or (
                    _aside_then(text, last[-1].end, cue)
                    and not _RELATIVE_WORD.search(
                        text, found[-2][-1].end if len(found) > 1 else a, last[0].start
                    )
                )
            )
            and not last[-1].possessive
            and self.resolver.can_resolve(last)
            and (
                word_before(text, last[0].start, a) not in PREPOSITIONS - CONJUNCTIONS
                or _partitive(text, a, last[0].start)
            )
        ):
            return self._coordinated(found, last)  # "hours after Donald Trump told ..."
        for k, chain in enumerate(found):
            if chain[-1].possessive or not self.resolver.can_resolve(chain):
                continue
            if word_before(text, chain[0].start, a) in PREPOSITIONS and not _partitive(
                text, a, chain[0].start
            ):
                continue
            if any(m.kind is MentionKind.ADJECTIVE for m in chain) and len(chain) == 1:
                continue
            nxt = found[k + 1] if k + 1 < len(found) else None
            named = next((i for i, m in enumerate(nxt or []) if i and m.kind in _NAMED), 0)
            if (
                nxt is not None
                and named
                and chain[-1].kind is MentionKind.ROLE
                and _MODIFIER_JOIN.fullmatch(text, chain[-1].end, nxt[0].start)
            ):
                # "U.S. special envoy for Ukraine Keith Kellogg said": the title's
                # complement, then the name it is the title of
                return nxt[named:]
            if (
                nxt is not None
                and all(m.kind is MentionKind.ROLE for m in chain)
                and len(nxt) == 1
                and nxt[0].kind is MentionKind.ACTOR
                and not nxt[0].possessive
                and _COMMA.fullmatch(text, chain[-1].end, nxt[0].start)
                and _CLOSING_COMMA.match(text, nxt[0].end)
            ):
                # "That faction, ULFA-Independent, issued a statement": the listed body
                # set off by commas after the nameless class noun it names
                return nxt
            # "An Ethiopian foreign ministry spokesman, Nebiyu Tedla, dismissed ... and
            # said": the name in the apposition
            return _apposed_name(text, found[k:])[0]
        return None

    def _names_person(self, chain: list[Mention]) -> bool:
        """True when ``chain`` ends on a person's name: a full name, a known person, a
        first name that is a country's with its surname ("Jordan Weil, chief economist at
        ..."), or the surname of somebody the text has named in full ("Verma, a career
        diplomat, told ..." after "High Commissioner Sanjay Kumar Verma")."""
        last = chain[-1]
        if last.kind in (MentionKind.PERSON, MentionKind.NAME):
            return True
        return last.kind is MentionKind.SURNAME and (
            len(chain) > 1 or last.text in self.resolver.known
        )

    def _coordinated(self, found: list[list[Mention]], chain: list[Mention]) -> list[Mention]:
        """'France, Germany and Britain': the actors listed together with ``chain``."""
        i = next(k for k, ch in enumerate(found) if ch is chain)
        out = list(chain)
        while i > 0 and phrases.LIST_GAP.fullmatch(
            self.text, found[i - 1][-1].end, found[i][0].start
        ):
            i -= 1
            out[:0] = found[i]
        if len(out) > len(chain) and all(m.kind is MentionKind.ACTOR for m in out):
            return out
        return chain

    def _subject_after(
        self, pos: int, end: int, quotes: list[Quote], *, loose: bool = False
    ) -> list[Mention] | None:
        """Inverted order: 'said Putin', 'said the Kremlin spokesman'.

        ``loose`` lets a few modifiers come first ('according to a senior Ukrainian official').
        """
        found = chains(self._within(pos, end, quotes), self.text)
        gap = phrases.LOOSE_GAP if loose else phrases.TIGHT_GAP
        if found and gap.fullmatch(self.text, pos, found[0][0].start):
            # "said the company's chief executive, Ana Ruiz": the name in the apposition
            return _apposed_name(self.text, found[:2])[0]
        return None

    def _add(self, a: int, b: int, direct: bool, cue: Cue, who: Who) -> Draft | None:
        text = self.text
        head = phrases.HEAD.match(text, a, b)
        a += len(head.group()) if head else 0
        if not direct:
            if a > cue.start:
                b = _before_contrast(text, a, b)
            tail = phrases.TAIL.search(text, a, b)
            if tail:
                b = tail.start()
        if b <= a or word_count(text[a:b]) < 2 and not direct and not _one_name(text, a, b, cue):
            return None
        if cue.lemma == "thank" and not direct and _FOR_WHAT.search(text, a, b) is None:
            return None  # "thanked Erdogan", "thanked the negotiators": courtesy, no position
        if not direct and _journalist_asks(text, cue):
            return None
        if not direct and _HOW_MUCH_ABOUT.match(text, a, b):
            return None  # "says very little about the terms": how much, not what
        d = Draft(a, b, direct, cue.word, cue.start, who, cue.lemma)
        self.drafts.append(d)
        return d

    def from_report(self, report: Report, quotes: list[Quote]) -> Draft | None:
        """A statement from a parsed reporting predicate (see ``syntax``)."""
        text = self.text
        a, b = report.start, report.end
        m = _THAT.match(text, a, b)
        if m and report.kind is ReportKind.CLAUSE:
            a = m.end()
        dateline = phrases.DATELINE.match(text, a, b)  # "DOHA, March 4 (Wire) - ": no words
        if dateline:
            a = dateline.end()
        direct = False
        inner = [q for q in quotes if q.mark_start <= a + 1 and q.mark_end >= b - 1]
        if inner:
            a, b, direct = inner[0].start, inner[0].end, True
        else:
            b = _before_adjunct(text, a, b)
            semi = text.find(";", a, b)
            if semi > a and not open_quotation(text[a:semi]):
                b = semi  # "... was not intentional; they only learned ...": a clause of its own
        overlap = [d for d in self.drafts if d.start < b and a < d.end]
        # a report whose cue lies inside this one's content is part of what this one says
        # (the spec: "a cue inside another statement's content does not start a new one"):
        # "The agency reported that [Aliyev had told Pashinyan that Baku was ready]"; only
        # for a clause ("according to X, Y told Z ..." keeps Y's report). Measured: attributed
        # F1 0.912 -> 0.914 (negotiations dev), 0.877 -> 0.879 (spent parts), hearsay 0.525 ->
        # 0.535 and 0.621 -> 0.629, Ukraine dev unchanged; PolNeAR dev precision 1,218 of 1,400
        # against 1,216 of 1,398, recall unchanged
        nested = bool(overlap) and (
            (
                report.kind is ReportKind.CLAUSE
                and all(
                    not d.direct and a <= d.cue_start < b and d.cue_start < d.start for d in overlap
                )
            )
            or (not direct and _closes_report(text, report, a, b, overlap))
        )
        if overlap and not nested:
            return None
        if word_count(text[a:b]) < 2 and not (
            report.kind is ReportKind.OBJECT and _one_name(text, a, b, None, report.lemma)
        ):
            return None
        subject = text[report.subject_start : report.subject_end]
        if (
            phrases.TERMS_TEXT.match(subject)
            and not _ISSUED_BY.search(subject)
            and not (_WRITTEN_SOURCE.fullmatch(subject) and report.kind is not ReportKind.ACCORDING)
        ):
            # "the draft says", "according to the plan": terms, not speech ("the text
            # says", "the document adds": a text issued, whose words are reported)
            return None
        who: Who | None = None
        found: list[list[Mention]]
        if report.lemma in FINDING_LEMMAS:
            found = []  # "a survey by a Kyiv polling group found": it speaks for no party
            who = Who(None, None, False, ActorPath.PRIVATE)
        elif MEDIA.search(text, report.subject_start, report.subject_end) and not self._state_voice(
            report.subject_start, report.subject_end
        ):
            found = []  # "The Washington Post reported": kept, it speaks for no party
            who = Who(None, None, False, ActorPath.PRIVATE)
        else:
            found = [
                ch
                for ch in chains(self._within(report.subject_start, report.subject_end), text)
                if self.resolver.can_resolve(ch)
                # "a letter asking who drafted the plan and what role Russian officials had
                # played": a subject the parse found inside the reported content is the
                # content's own, not the speaker
                and not report.cue_end <= report.start <= ch[0].start < report.end
            ]
        while (
            len(found) > 1
            and report.kind is not ReportKind.ACCORDING
            and not text[report.subject_start : found[0][0].start].strip()
            and word_before(text, found[0][0].start) in PREPOSITIONS
            and text.startswith(",", found[0][-1].end)
        ):
            # "In Kyiv, the head of the committee, Oleksandr Merezhko, welcomed": a fronted
            # place or time the parse took into the subject is not who speaks
            found = found[1:]
        found = _apposed_name(text, found)
        relative = _SUBJECT_RELATIVE.search(text, report.subject_start, report.subject_end)
        if relative is not None and text[report.subject_start : relative.start()].strip():
            # "One flight attendant, who asked not to be named because she was not
            # authorised to speak, said": the subject's relative clause is about the
            # subject; a pronoun inside it is not who speaks (a name it gives is: "who
            # asked to be identified only as X")
            found = [
                ch
                for ch in found
                if ch[0].start < relative.start()
                or any(m.kind is not MentionKind.PRONOUN for m in ch)
            ]
        if found:
            who = self.resolver.resolve(found[0], report.cue_start)
        if who is None and not found:
            who = self._authored(report.subject_start, report.subject_end)
        if who is None and not found:
            who = self._document_author(subject, report.subject_start)
        named = bool(found) and any(
            m.kind in (MentionKind.PERSON, MentionKind.NAME, MentionKind.SURNAME) for m in found[0]
        )
        if who is None and not found:
            who = self._unknown_name(report)
            named = who is not None
        if who is None and text[report.cue_start].isupper():
            who = _headline_name(text, report)
        if who is None:
            who = Who(
                None, None, False, ActorPath.UNRESOLVED
            )  # "a bartender", "the survey": kept, nobody to map
        if report.lemma in PERSON_LEMMAS and not who.person_like:
            return None  # "Russia attacked the port": force, not words
        kind = CueKind.ACCORDING if report.kind is ReportKind.ACCORDING else CueKind.VERB
        cue = Cue(report.cue_start, report.cue_end, report.cue, report.lemma, kind)
        if nested:
            self.drafts = [d for d in self.drafts if d not in overlap]
        d = self._add(a, b, direct, cue, who)
        if d is not None:
            d.named = named and who.speaker is not None and who.person_like
            if found and len(found[0]) == 1 and found[0][0].kind is MentionKind.PRONOUN:
                d.pronoun = found[0][0].gender
        return d

    def _authored(self, a: int, b: int) -> Who | None:
        """'The European text says', 'the Iranian letter said': a document a side's
        demonym qualifies is that side's."""
        for m in self._within(a, b):
            if m.kind is MentionKind.ADJECTIVE and m.actor and _AUTHORED.match(self.text, m.end):
                return Who(None, m.actor, False, ActorPath.TITLE)
        return None

    def _author_of(self, a: int, b: int, source: str) -> list[Mention] | None:
        """The body that issued the document ``source`` (at ``a``..``b``) names after "by"
        or "from": "a statement by the Sudanese foreign ministry" (None for any other
        source, or when nothing there resolves)."""
        lead = documents.ISSUED_TEXT.match(source)
        if lead is None:
            return None
        start = a + (len(self.text[a:b]) - len(self.text[a:b].lstrip())) + lead.end()
        found = [
            ch for ch in chains(self._within(start, b), self.text) if self.resolver.can_resolve(ch)
        ]
        if not found or not phrases.LOOSE_GAP.fullmatch(self.text, start, found[0][0].start):
            return None
        return found[0]

    def _document_author(self, subject: str, pos: int) -> Who | None:
        """'The letter accused', 'the fact sheet says': a document the story just
        introduced is its issuer's, the side heard last before it (not a joint text's)."""
        if not documents.document_subject(subject) or documents.joint_in_view(self.text, pos):
            return None
        latest = self.resolver.latest_heard(pos)
        if latest is None or not latest.actor:
            return None
        return Who(None, latest.actor, False, ActorPath.COREF)

    def _state_voice(self, a: int, b: int) -> bool:
        """True when ``text[a:b]`` names a state's own news agency or media ("Xinhua",
        "the state news agency SANA", "North Korea's state media"): the state's voice, not
        an outlet's."""
        gaz = self.resolver.gaz
        for m in self._within(a, b):
            if m.kind is MentionKind.ROLE and m.role in STATE_MEDIA:
                return True
            # a body of the state by name ("Xinhua", "KCNA"), not a place that opens an
            # outlet's name ("The Washington Post")
            found = gaz.actors.get(m.actor or "") if m.kind is MentionKind.ACTOR else None
            if found is not None and m.text in found.government:
                return True
        return False

    def _unknown_name(self, report: Report) -> Who | None:
        """'Graham said': a capitalised name nobody introduced is still the speaker."""
        if not report.subject_proper:
            party = self.resolver.parties.subject(report.subject_start, report.subject_end)
            if party is not None:
                # "The ultra-Orthodox X party said": the party, by its class noun
                return Who(None, party.actor, False, ActorPath.PARTY)
            return None  # "Observers say": a common noun opening the sentence
        text = self.text
        names = [
            m
            for m in self._within(report.subject_start, report.subject_end)
            if m.kind in (MentionKind.NAME, MentionKind.SURNAME) and not m.possessive
        ]
        if not names or MEDIA.search(names[0].text):
            return None
        head = names[0]
        party = self.resolver.parties.naming(names[-1].start, names[-1].end)
        if party is not None:
            return Who(
                None, party.actor, False, ActorPath.PARTY
            )  # "Georgian Dream accuses": a party
        if body_name(head.text):
            return Who(
                None, None, False, ActorPath.PRIVATE
            )  # "Senate Democrats said": a body, no person
        governed = self.resolver.speaking_place(names) if len(names) == 1 else None
        if governed is not None:
            return governed  # "Tasmania said": the province's own government
        if word_before(text, head.start, report.subject_start) in PREPOSITIONS:
            return None
        return Who(head.text, None, True, ActorPath.UNRESOLVED)

    # -- the paragraph pass ------------------------------------------------------------
    def paragraph(self, para: Span, prev: Draft | None, intro: tuple[Cue, Who] | None) -> None:
        """Attribute the quotations and cues of one paragraph.

        ``prev`` is the last statement of the previous paragraph (for quotations that
        run on); ``intro`` a (cue, who) left by a paragraph ending in 'said:'.
        """
        text = self.text
        self.intro = None
        quotes = find_quotes(text, para)
        sents = sentences(text, para, [q.outer for q in quotes])
        self.sentences.extend((sent, quotes) for sent in sents)
        used_cues: set[int] = set()
        last_direct: Draft | None = prev
        starts = [q.mark_start for q in quotes]
        ends = [q.mark_end for q in quotes]
        # Sentence by sentence, so a pronoun finds the speakers named before it.
        for sent in sents:
            # Only the quotations in this sentence bear on it, and one on either side (for
            # "the next quotation"): passing all of a long paragraph's quotations to every
            # sentence would make the paragraph cost the square of its length.
            lo = max(0, bisect_right(ends, sent.start) - 1)
            hi = min(len(quotes), bisect_left(starts, sent.end) + 1)
            near = quotes[lo:hi]
            self._according_source(sent)
            for qi, q in enumerate(near):
                if sent.start <= q.mark_start < sent.end:
                    d = self._quotation(para, sent, near, qi, intro, last_direct, used_cues)
                    if d is not None:
                        last_direct = d
                        if self.running is not None and q.mark_start == para.start:
                            # the quotation this one goes on with is the same speaker's
                            run = self.running
                            self._add(run.start, run.end, True, _cue_of(d), d.who)
                    self.running = None
            before = len(self.drafts)
            self._indirect(sent, near, used_cues)
            reported = [d for d in self.drafts[before:] if d.direct or d.who.speaker]
            if reported:
                # 'X, who teaches law, said the model was clever. "It lets ..."': a
                # quotation that opens the next sentence is the words of the person who
                # spoke last, not of the one quoted before them; so is one after a
                # quotation the sentence's own clause reported, named or not ('"...," the
                # 51-year-old driver said in the cab. "..."')
                last_direct = reported[-1]
        self.running = None
        if quotes and not quotes[-1].closed:
            last = quotes[-1]
            if not any(d.direct and d.start == last.start for d in self.drafts[-4:]):
                self.running = last

    def _according_source(self, sent: Span) -> None:
        """'According to a U.S. official, X. The official said Y': the unnamed source an
        opening "according to" describes is described in the order of the text, so a
        later "the official" of the same paragraph is that source (the parse reports the
        "according to" only after the paragraph)."""
        opening = _ACCORDING_OPENING.match(self.text, sent.start, sent.end)
        if opening is None:
            return
        found = chains(self._within(opening.start(1), opening.end(1)), self.text)
        if len(found) == 1 and self.resolver.can_resolve(found[0]):
            self.resolver.resolve(found[0], opening.start())

    def _quotation(
        self,
        para: Span,
        sent: Span,
        quotes: list[Quote],
        qi: int,
        intro: tuple[Cue, Who] | None,
        last_direct: Draft | None,
        used_cues: set[int],
    ) -> Draft | None:
        text = self.text
        q = quotes[qi]
        nxt = quotes[qi + 1].mark_start if qi + 1 < len(quotes) else para.end
        lead = text[max(quotes[qi - 1].mark_end if qi else sent.start, sent.start) : q.mark_start]
        # 'The papers deal with a "lasting settlement", Ushakov said': the verb after a
        # quotation that closes a narrated clause reports the whole clause
        got: tuple[Cue, Who | None] | None = None
        if (word_count(lead) < 3 and not _NOUN_OPENING.search(lead)) or lead.rstrip().endswith(
            (":", ",", "—", "–")
        ):
            got = self._cue_after(q, min(sent.end, nxt), quotes)
        if got is None:
            floor = max(quotes[qi - 1].mark_end if qi else sent.start, sent.start)
            got = self._cue_before(q, floor, quotes, sent.start)
        if got is None and qi == 0:
            got = self._fronted_verb(q, sent, quotes)
        if got is None and qi == 0:
            got = self._colon_intro(q, sent, quotes)
        if got is None and (signed := phrases.SIGNATURE.fullmatch(text, q.mark_end, para.end)):
            got = self._signature(q, signed)
        if got is None and intro is not None and q.mark_start == para.start:
            got = intro
        if (
            got is None
            and last_direct is not None
            and q.mark_start == sent.start
            and not self._verb_after(q, min(sent.end, nxt))
        ):
            # ('"...," said its director, X.': a quotation its own verb follows is that
            # verb's, even when the speaker after it is not one the rules read; the parse
            # finds who)
            got = _cue_of(last_direct), last_direct.who
        if got is None and phrases.QUOTE_LABEL.fullmatch(text, sent.start, q.mark_start):
            # 'Quote: "..."' under the paragraph that names the speaker
            last = self.drafts[-1] if self.drafts else None
            who = last.who if last else self.resolver.antecedent(q.start, None)
            label = text[sent.start : q.mark_start].strip(" :")
            got = Cue(q.mark_start, q.mark_start, label, "say", CueKind.LABEL), who
        if got is None:
            return None
        cue, who = got
        if who is None:
            return None
        if not (
            _CLOSED_SENTENCE.search(text, q.mark_start, q.mark_end)
            and _CAPITAL_AFTER.match(text, q.mark_end)
            and cue.start > q.mark_end
            and not self._ends_sentence(cue.end, sent.end)
        ) and not (
            # 'X said the two terms were tied: "..."': the clause the verb reports before
            # the colon is a statement too, and the quotation after it another
            cue.kind is CueKind.VERB
            and cue.end < q.mark_start
            and _CLAUSE_THEN_COLON.fullmatch(text, cue.end, q.mark_start)
            and not _ANNOUNCING_OBJECT.search(text, cue.end, q.mark_start)
        ):
            # ('"... What is Chinese here?" He said he would accept ...': a sentence of its
            # own after the quotation reports a clause too, and keeps its verb)
            used_cues.add(cue.start)
        return self._add(q.start, q.end, True, cue, who)

    def _verb_after(self, q: Quote, end: int) -> bool:
        """True when a reporting verb follows the quotation ``q`` right after its closing
        comma ('"...," said X', '"...," she added'), the quotation's own attribution."""
        text = self.text
        for c in cue_matches(text, q.mark_end, min(end, q.mark_end + 40), strict=False):
            gap = text[q.mark_end : c.start]
            return (
                c.kind is CueKind.VERB
                and c.lemma in QUOTE_LEMMAS
                and re.fullmatch(r"[\s,—–-]*", gap) is not None
            )
        return False

    def _signature(self, q: Quote, signed: re.Match[str]) -> tuple[Cue, Who | None] | None:
        """'"..." — Ana Ruiz': the quotation is the words of the name that signs it."""
        text = self.text
        a, b = signed.span("name")
        found = chains(self._within(a, b), text)
        if not found or found[0][0].start != a:
            return None
        chain = found[0]
        if not any(m.kind in (*_NAMED, MentionKind.SURNAME) for m in chain):
            return None  # "— The Associated Press", "— Reuters": a credit, no speaker
        who = self.resolver.resolve(chain, a) if self.resolver.can_resolve(chain) else None
        if who is None:
            name = chain[-1]
            if name.kind not in _NAMED or MEDIA.search(name.text) or body_name(name.text):
                return None
            who = Who(name.text, None, True)
        return Cue(q.mark_end, q.mark_end, text[q.mark_end : a].strip(), "say", CueKind.LABEL), who

    def _cue_after(self, q: Quote, end: int, quotes: list[Quote]) -> tuple[Cue, Who | None] | None:
        text = self.text
        window_end = min(end, q.mark_end + 120)
        glued = not re.match(r"[\s,—–-]", text[q.mark_end : q.mark_end + 1] or ".")
        if glued and q.closed and q.mark_end < end:
            return None  # '"basis" of' -- a quoted word inside a sentence
        reported = phrases.REPORTED_AS.match(text, q.mark_end, window_end)
        if reported:
            # '"...," Tass reported Peskov as saying' / '"...," he was quoted as saying'
            found = chains(self._within(q.mark_end, reported.start("as"), quotes), text)
            if found and self.resolver.can_resolve(found[-1]):
                c = Cue(reported.start("cue"), reported.end("cue"), reported.group("cue"), "say",
                        CueKind.PARTICIPLE)  # fmt: skip
                return c, self.resolver.resolve(found[-1], c.start)
        for c in cue_matches(text, q.mark_end, window_end, strict=False):
            if c.kind is not CueKind.VERB or c.lemma not in QUOTE_LEMMAS:
                return None
            chain = self._within(q.mark_end, c.start)
            subj: list[Mention] | None
            if chain:
                found = chains(chain, text)
                while len(found) > 1 and word_before(text, found[-1][0].start) in PREPOSITIONS:
                    found.pop()  # '"...," a Taliban official in Kandahar told': not Kandahar
                found = _modified_titles(text, found)
                subj = found[-1]
                if (
                    phrases.QUOTE_TO_SPEAKER.fullmatch(text, q.mark_end, found[0][0].start)
                    and phrases.APPOSED.fullmatch(text, found[0][-1].end, c.start)
                    and not found[0][-1].possessive
                ):
                    # '"...," Sergei Lavrov, Russia's foreign minister, said'; after a title,
                    # the name in the apposition ('"...," the delegation head, Ana Ruiz, said')
                    first = found[0]
                    if not any(m.kind in _NAMED for m in first):
                        first = next(
                            (ch for ch in found if any(m.kind in _NAMED for m in ch)), first
                        )
                    return c, self.resolver.resolve(first, c.start)
                if (
                    len(found) > 1
                    and found[0][-1].possessive
                    and phrases.QUOTE_TO_SPEAKER.fullmatch(text, q.mark_end, found[0][0].start)
                    and re.fullmatch(r"[^,;\"“”]{0,60},\s*", text[found[0][-1].end : subj[0].start])
                    and (
                        re.fullmatch(r"\s*,\s*", text[subj[-1].end : c.start])
                        or skippable(text, subj[-1].end, c.start)
                    )
                ):
                    # '"...," Lavrov's deputy, Sergei Ryabkov, said': the name after the title
                    return c, self.resolver.resolve(subj, c.start)
                titled = titled_speaker(text, q.mark_end, found, c.start)
                if titled is not None:
                    # '"...," the company's chief operating officer, Ana Ruiz, said', '"...,"
                    # CWA District 3 Vice President Ana Ruiz said': a title phrase, then the name
                    who = self.resolver.resolve(titled, c.start)
                    if (
                        who is not None
                        and who.path is ActorPath.OFFICE_CONTEXT
                        and body_office(text, q.mark_end, found, titled)
                    ):
                        # "CWA District 3 Vice President X": the body's office gives no state
                        who = Who(who.speaker, None, True, ActorPath.PRIVATE)
                    return c, who
                if not phrases.QUOTE_TO_SPEAKER.fullmatch(text, q.mark_end, subj[0].start) and not (
                    # '"...," Ohio GOP chairman Tom Reyes said', '"...," Oslo Peace Institute
                    # director Ana Ruiz said': proper nouns that modify the title before
                    # the name (a place, a party, a school), then the title, then the name
                    any(m.kind in _NAMED for m in subj)
                    and _PROPER_MODIFIERS.fullmatch(text, q.mark_end, subj[0].start)
                    and (subj[0].kind is MentionKind.ROLE or text[subj[0].start - 2].islower())
                ):
                    return None
                if not skippable(text, subj[-1].end, c.start):
                    # '"...," a spokesman for the union said': the subject's own phrase
                    # after its head, then the verb
                    tail = _POST_MODIFIER.match(text, subj[-1].end, c.start)
                    if tail is None or not skippable(text, tail.end(), c.start):
                        return None
            else:
                if _AGED_DESCRIPTION.fullmatch(text, q.mark_end, c.start):
                    # '"...," the 71-year-old former schoolteacher said': a definite
                    # description by age stands for the person the text has just named
                    who = self.resolver.antecedent(c.start, None)
                    if who is not None and who.speaker:
                        return c, who
                if _COMMON_SPEAKER.fullmatch(text, q.mark_end, c.start):
                    # '"...," the host says': a speaker the lexicon has no word for
                    return c, Who(None, None, False)
                if not re.fullmatch(r"[\s,—–-]*", text[q.mark_end : c.start]):
                    return None
                if self._unnamed_after(c.end, window_end):
                    # '"...," said a grain broker in Geneva': somebody the lexicon has no
                    # word for, not the speaker of the quotation before
                    return c, Who(None, None, True)
                subj = self._subject_after(c.end, window_end, quotes, loose=True)
                if subj is None:
                    return None
            return c, self.resolver.resolve(subj, c.start)
        return None

    def _unnamed_after(self, pos: int, end: int) -> bool:
        """Whether an indefinite common noun phrase no mention names follows ``pos`` and
        ends the sentence or its clause ("said a grain broker in Geneva who ...")."""
        m = _INDEFINITE_AFTER.match(self.text, pos, end)
        return m is not None and not self._within(pos, m.end())

    def _cue_before(
        self, q: Quote, floor: int, quotes: list[Quote], sent_start: int
    ) -> tuple[Cue, Who | None] | None:
        text = self.text
        cues = [
            c
            for c in cue_matches(text, floor, q.mark_start, strict=False)
            if c.kind is not CueKind.ACCORDING
        ]
        if not cues:
            return None
        c = cues[-1]
        gap = text[c.end : q.mark_start]
        # 'which the spokesman described as "..."': the object gapped by a relative clause,
        # the quotation is what the speaker named it
        named_as = c.lemma == "describe" and _GAPPED_AS.fullmatch(gap) is not None
        if c.lemma not in QUOTE_LEMMAS and not named_as:
            return None
        m = phrases.BEFORE_QUOTE.fullmatch(gap)
        if m is None or word_count(gap) > 9:
            return None
        told = c.lemma == "tell" and phrases.TOLD_OBJECT.fullmatch(gap.rstrip(" :,")) is not None
        if gap.strip() and not (told or named_as) and not re.search(r"(?:[:,]|\bthat)\s*$", gap):
            return None
        if gap.rstrip().endswith(",") and word_count(gap) >= 4 and _FINITE.search(gap):
            # 'said Ukraine would not recognise the land, "not in law and not in fact."': a
            # reported clause the quotation goes on with, one statement of indirect speech
            return None
        # 'threatened "consequences" in the event of...', 'stressed that "it would be wrong" to
        # say...': a quotation that does not end the sentence belongs to indirect speech.
        if not phrases.ENDS_AFTER_QUOTE.match(text, q.mark_end):
            return None
        naming = (
            _NAMING_RELATIVE.search(text, floor, c.start)
            if c.lemma in ("call", "describe")
            else None
        )
        named_by = (
            chains(self._within(naming.start("subj"), naming.end("subj"), quotes), text)
            if naming is not None
            else []
        )
        subj: list[Mention] | None
        relative = self._naming_relative(floor, c.start) if named_as else None
        if named_by:
            subj = named_by[0]  # "..., a claim the embassy called "fiction""
        elif relative is not None:
            # "..., which the spokesman, X, described as": the relative clause's own subject
            subj = self._subject_before(relative, c.start, quotes)
        elif c.kind is CueKind.PARTICIPLE:  # ', adding: "..."' -- the sentence's subject speaks
            subj = self._subject_before(sent_start, c.start, quotes, main=True)
        else:
            subj = self._subject_before(floor, c.start, quotes)
        if subj is None:
            subj = self._subject_after(c.end, q.mark_start, quotes)
            if subj is None:
                if relative is not None and _COMMON_SPEAKER.fullmatch(text, relative - 1, c.start):
                    return c, Who(None, None, False)  # "which a US official described as"
                if c.kind is CueKind.VERB and _COMMON_SPEAKER.fullmatch(text, floor, c.start):
                    return c, Who(None, None, False)  # '"X," the host says, "Y"'
                return None
        return c, self.resolver.resolve(subj, c.start)

    def _naming_relative(self, floor: int, cue: int) -> int | None:
        """Where the subject of a naming verb's relative clause starts: after the last
        "which"/"that"/"whom" before the verb, when only a noun phrase (and an auxiliary)
        stands between ("a claim that a senior official had described as ...")."""
        text = self.text
        last = max(_RELATIVE_WORD.finditer(text, floor, cue), key=lambda r: r.start(), default=None)
        if last is None:
            return None
        between = _AUXILIARY_END.sub("", text[last.end() : cue])
        return None if phrases.VERB_LIKE.search(between) else last.end()

    def _fronted_verb(
        self, q: Quote, sent: Span, quotes: list[Quote]
    ) -> tuple[Cue, Who | None] | None:
        """'Said the mayor, "..."', 'Said Ana Ruiz, who grew up here, "..."', 'Said Ruiz:
        "..."': the reporting verb fronted before its subject, the quotation after them, as
        feature writing has it (the subject is the speaker, named or not)."""
        text = self.text
        m = _FRONTED_VERB.fullmatch(text, sent.start, q.mark_start)
        if m is None or word_count(text[q.start : q.end]) < 3:
            return None
        a, b = m.span("who")
        cue = Cue(m.start("cue"), m.end("cue"), m.group("cue"), "say", CueKind.VERB)
        found = chains(self._within(a, b, quotes), text)
        if found and found[0][0].start == a and self.resolver.can_resolve(found[0]):
            return cue, self.resolver.resolve(found[0], cue.start)
        if _FRONTED_NAME.fullmatch(text, a, b) and not body_name(text[a:b]):
            return cue, Who(text[a:b], None, True)  # "Said Ellis,": a name nobody introduced
        return cue, Who(None, None, False)  # "Said one voter,"

    def _colon_intro(
        self, q: Quote, sent: Span, quotes: list[Quote]
    ) -> tuple[Cue, Who | None] | None:
        """'Kasich resisted: "..."', 'McConnell delivered a blunt message to Trump: "..."':
        a clause whose subject is a party, ended by a colon, introduces the quotation that
        ends the sentence, whatever its verb; the subject speaks."""
        text = self.text
        lead = text[sent.start : q.mark_start]
        colon = lead.rstrip().endswith(":")
        if not colon or word_count(lead) > 25 or word_count(text[q.start : q.end]) < 3:
            return None
        if not phrases.ENDS_AFTER_QUOTE.match(text, q.mark_end):
            return None
        end = sent.start + lead.rstrip().rfind(":")
        subj = self._subject_before(sent.start, end, quotes, main=True)
        if subj is None:
            return None
        lead_in = text[sent.start : subj[0].start]
        if word_count(lead_in) > 4 and not (
            # "A senior economist I spoke to, Pieter du Toit, put it bluntly:": the name in
            # apposition to the title that opens the sentence
            lead_in.rstrip().endswith(",")
            and (opening := self._within(sent.start, subj[0].start))
            and word_count(text[sent.start : opening[0].start]) <= 4
        ):
            return None  # the subject opens the sentence
        if not phrases.verb_like(text[subj[-1].end : end]):
            return None  # 'Trump: "..."' is a label, 'Trump at the rally: "..."' no clause
        return Cue(end, end + 1, ":", "say", CueKind.LABEL), self.resolver.resolve(subj, end)

    # -- indirect speech -------------------------------------------------------------
    def _indirect(self, sent: Span, quotes: list[Quote], used: set[int]) -> None:
        text = self.text
        content_end = -1
        sentence_who: Who | None = None
        label = phrases.LABEL.match(text, sent.start, sent.end) or phrases.DATELINE.match(
            text, sent.start, sent.end
        )
        clause_start = label.end() if label else sent.start
        narr_quotes = [q for q in quotes if sent.start <= q.mark_start < sent.end]
        passive = phrases.PASSIVE_REPORT.match(text, sent.start, sent.end)
        if passive and self.last_sentence is not None:
            self._passive(passive, sent, narr_quotes)
        direct_cues = {d.start: d.cue_start for d in self.drafts[-6:] if d.direct}
        for c in cue_matches(text, clause_start, sent.end, strict=False):
            c_start, kind = c.start, c.kind
            if c_start in used or any(q.mark_start < c_start < q.mark_end for q in quotes):
                continue
            if c_start < content_end and not (
                kind is CueKind.PARTICIPLE and phrases.after_comma(text, c_start)
            ):
                continue
            before = text[max(sent.start, c_start - 30) : c_start]
            if phrases.NOT_REPORTING.search(before):
                continue  # "what he called ...", "a draft which indicates ...", "if Kyiv said no"
            if c.lemma in COMMISSIVE_LEMMAS and PERFECT_BEFORE.search(before):
                continue  # "the government has promised to ...": a position, not words
            if c.lemma in DIRECTIVE_LEMMAS and PAST_PERFECT_BEFORE.search(before):
                continue  # "the unions had demanded ...": a demand recalled, not words
            if terms_of_act(c.lemma, text[c.start : c.end], text, c.end):
                continue  # "a letter offering talks": the terms of an act, not words
            if act_in_relative(c.lemma, text, sent.start, c_start):
                continue  # "Kenya, which offered to lead it": who is meant, not words
            if _ASKS_WHETHER.fullmatch(text, sent.start, c_start) and text[
                sent.start : sent.end
            ].rstrip().endswith("?"):
                continue  # "Does the government say the law can go?": a question asked
            got = self._one_cue(c, sent, clause_start, narr_quotes, sentence_who, content_end)
            if got is None:
                continue
            a, b, who = got
            if who is None:
                continue
            closing = self._closing_source(c, who, clause_start, a, b)
            if closing is not None:
                # "The Uzbek side has asked for X, a diplomat said": the closing verb's
                # source says the whole clause, the asking party's report and all
                c, a, b, who = closing.cue, closing.start, closing.end, closing.who
                c_start, kind = c.start, c.kind
            colon_quote = self._quote_after_clause(a, b, narr_quotes)
            colon = text.rfind(":", a, colon_quote.mark_start) if colon_quote else -1
            if colon_quote is not None and direct_cues.get(colon_quote.start, c_start) in (
                c_start,
                colon,  # the quotation the clause before the colon introduces
            ):
                # 'said the two terms were tied: "..."': the clause ends at the colon, and the
                # quotation after it is a statement of its own (see ``_quotation``)
                b = colon
            else:
                colon_quote = None
            if phrases.covered_by_quote(a, b, narr_quotes) and any(
                d.direct and a - 2 <= d.start and d.end <= b + 2 for d in self.drafts[-6:]
            ):
                continue  # the quotation is already a statement of its own
            if kind is CueKind.ACCORDING and any(
                d.start < b and a < d.end for d in self.drafts[-4:]
            ):
                inner = self._relayed_report(c, sent, a, b) if who.actor is None else None
                if inner is None:
                    continue  # '"...," he said, according to his office': already attributed
                # "Russia argued against X, according to two people familiar with the
                # talks": an unnamed source with no side relays what a party said; the
                # source speaks, and the party's report, from its subject on, is what it says
                self.drafts.remove(inner)
                a, b = self._reporter_start(a, inner), inner.end
            quoted = next(
                (q for q in narr_quotes if q.mark_start == a and b - 2 <= q.end <= b + 2), None
            )
            if quoted is not None:  # the quotation a clause after it reports: direct speech
                d = self._add(quoted.start, quoted.end, True, c, who)
            else:
                d = self._add(a, b, False, c, who)
            if d is not None and colon_quote is not None and colon_quote.start not in direct_cues:
                self._add(colon_quote.start, colon_quote.end, True, c, who)
            if d is None:
                if text[a:b].strip(" \n:") == "" and text[sent.start : sent.end].rstrip().endswith(
                    ":"
                ):
                    self.intro = (c, who)
                continue
            sentence_who = who
            content_end = max(content_end, d.end)
            clause_start = max(clause_start, d.end)
        if sentence_who is None:
            self._note_subject(sent, narr_quotes)
        self.last_sentence = sent

    def _closing_source(
        self, c: Cue, who: Who, clause_start: int, a: int, b: int
    ) -> _Closing | None:
        """The reporting clause that closes content ``a``..``b`` of verb cue ``c`` at its
        sentence's end ("..., one of them said", "..., the ministry added on Friday"), as the
        statement it makes: its verb, its source, and the clause from the subject of ``c``
        to the comma; None when there is none, when the source is an outlet, or when ``c``
        is a person's telling (which stays the person's, as ``sourced_tellers`` keeps it)."""
        if c.kind is not CueKind.VERB or c.lemma == "say":
            return None  # "X said ..., a spokeswoman said": X's own spokeswoman
        if c.lemma in _TELLING_LEMMAS and who.speaker:
            return None
        m = _CLOSING_SOURCE.search(self.text, a, b)
        if m is None or MEDIA.search(self.text, m.start("subj"), m.end("subj")):
            return None
        if c.lemma in _TELLING_LEMMAS and not _CAPITAL.search(m.group("subj")):
            # "Qatar has told Washington that ..., two officials familiar with the exchanges
            # said": unnamed people of no side, left to ``sourced_tellers``
            return None
        found = [
            ch
            for ch in chains(self._within(m.start("subj"), m.end("subj")), self.text)
            if self.resolver.can_resolve(ch)
        ]
        cue = Cue(
            m.start("cue"),
            m.end("cue"),
            m.group("cue"),
            _CLOSING_FORMS[m.group("cue")],
            CueKind.VERB,
        )
        source = self.resolver.resolve(found[0], cue.start) if found else None
        # from the subject of the clause's own verb: "US officials confirmed", "APIB's
        # leadership had"
        subj = self._subject_before(clause_start, c.start, [])
        start = subj[0].start if subj else a
        return _Closing(
            cue, start, m.start(), source or Who(None, None, False, ActorPath.UNRESOLVED)
        )

    def _quote_after_clause(self, a: int, b: int, quotes: list[Quote]) -> Quote | None:
        """The quotation that closes the content ``a``-``b`` after a colon ending a clause
        of its own ('the two terms were tied: "..."'), unless that clause only announces
        it ('asked only one thing: "..."')."""
        text = self.text
        for q in quotes:
            if a < q.mark_start < b and q.end >= b - 2:
                colon = text.rfind(":", a, q.mark_start)
                if (
                    colon > a
                    and _CLAUSE_THEN_COLON.fullmatch(text, a, q.mark_start)
                    and not _ANNOUNCING_OBJECT.search(text, a, q.mark_start)
                ):
                    return q
        return None

    def _relayed_report(self, c: Cue, sent: Span, a: int, b: int) -> Draft | None:
        """The statement of sentence ``sent`` that an "according to" phrase (cue ``c``,
        content ``a``..``b``) whose source is unnamed people of no side ("two people
        familiar with the talks", "a person briefed on the call") relays: the last reported
        clause (not a quotation) right before the phrase, whose own cue, not a plain "said",
        lies inside the phrase's content and whose speaker is a party or unnamed people, not
        a named person; None when there is none, or when the source is anyone else."""
        source = _SOURCE_PHRASE.match(self.text, c.end, sent.end)
        if source is None or not _SIDELESS_SOURCE.fullmatch(source.group(1)):
            return None
        overlap = [d for d in self.drafts[-4:] if d.start < b and a < d.end]
        last = max(overlap, key=lambda d: d.cue_start, default=None)
        if last is None or last.direct or not max(a, sent.start) <= last.cue_start < b:
            return None
        if last.lemma == "say":
            # "X said ..., according to people familiar with the talks": a plain report the
            # phrase only confirms stays the party's (measured: one validation statement)
            return None
        if last.who.speaker is not None:
            return None  # "Landau told allies that ..., according to two diplomats": his words
        if not _JUST_COMMA.fullmatch(self.text, last.end, c.start):
            return None  # the phrase is set off from that clause by more words: not its source
        return last

    def _reporter_start(self, a: int, d: Draft) -> int:
        """Where the subject of ``d``'s reporting verb starts: the nearest mention before
        its cue, within ``a``; else ``d``'s own start."""
        lo, hi = bisect_left(self.starts, a), bisect_left(self.starts, d.cue_start)
        return self.mentions[hi - 1].start if hi > lo else d.start

    def _passive(self, m: re.Match[str], sent: Span, quotes: list[Quote]) -> None:
        """'This was announced by X.': the previous sentence is X's statement."""
        prev = self.last_sentence
        if prev is None:
            return
        if any(d.start < prev.end and prev.start < d.end for d in self.drafts[-3:]):
            return  # already attributed
        found = chains(self._within(m.end(), sent.end, quotes), self.text)
        # "by the head of the presidential office, Andriy Yermak": the name
        subj = next(
            (
                ch
                for ch in found
                if any(x.kind in (MentionKind.PERSON, MentionKind.NAME) for x in ch)
            ),
            None,
        )
        subj = subj or self._subject_after(m.end(), sent.end, quotes, loose=True)
        if subj is None:
            return
        who = self.resolver.resolve(subj, m.start("cue"))
        if who is not None:
            cue = Cue(
                m.start("cue"), m.end("cue"), m.group("cue"), m.group("cue").lower(), CueKind.VERB
            )
            self._add(prev.start, prev.end, False, cue, who)

    def _one_cue(
        self,
        c: Cue,
        sent: Span,
        clause_start: int,
        quotes: list[Quote],
        sentence_who: Who | None,
        content_end: int = -1,
    ) -> tuple[int, int, Who | None] | None:
        text = self.text
        c_start, c_end, word, lemma, kind = c.start, c.end, c.word, c.lemma, c.kind
        # a verb without its usual complement ('confirmed to CBS News') only ends a sentence
        complete = kind is not CueKind.VERB or complement_ok(text, lemma, c_end)
        if kind is CueKind.ACCORDING:
            return self._according(c, sent, quotes)
        if kind is CueKind.PARTICIPLE:
            if c_start == sent.start:
                return None
            who = sentence_who
            near = self._within(max(sent.start, c_start - 60), c_start, quotes)
            if near and _QUOTED_AS.fullmatch(text, near[-1].end, c_start):
                # "TASS quoted Kremlin aide Yuri Ushakov as saying ...": the one quoted
                # speaks, not the agency or outlet that quotes him
                chain = chains(near, text)[-1]
                if phrases.QUOTING_VERB.search(
                    text, max(sent.start, chain[0].start - 60), chain[0].start
                ) and self.resolver.can_resolve(chain):
                    who = self.resolver.resolve(chain, c_start)
            elif near and skippable(text, near[-1].end, c_start):
                # "..., with Keir Starmer saying ..."
                chain = chains(near, text)[-1]
                if (
                    "," not in text[chain[-1].end : c_start]  # no comma: "with X saying"
                    and word_before(text, chain[0].start, sent.start) == "with"
                    and self.resolver.can_resolve(chain)
                    and not chain[-1].possessive
                ):
                    who = self.resolver.resolve(chain, c_start)
            if who is None:
                subj = self._subject_before(sent.start, c_start, quotes, main=True)
                if subj is None:
                    return None
                who = self.resolver.resolve(subj, c_start)
            a = self._content_start(c_end, sent.end, lemma)
            return a, self._content_end(a, sent.end, participle=True), who
        # A finite verb: subject before it, or inverted after it.
        if _THE_TWO.search(text, max(clause_start, c_start - 60), c_start):
            # "Orban received Kristersson, and the two announced ...": both of them, for
            # neither side alone
            a = self._content_start(c_end, sent.end, lemma)
            return (a, self._content_end(a, sent.end), Who(None, None, False)) if complete else None
        outlet = phrases.MEDIA_SUBJECT.search(text, max(clause_start, c_start - 50), c_start)
        if outlet and not self._state_voice(outlet.start(), outlet.end()):
            return None  # "The Washington Post reported that ...": an outlet, not a party
        subj = self._subject_before(clause_start, c_start, quotes)
        adjacent = subj is not None and (
            skippable(text, subj[-1].end, c_start)
            # "A White House official, who requested anonymity, said the president ..."
            or _RELATIVE_ASIDE.fullmatch(text, subj[-1].end, c_start) is not None
            or _WHO_CUE.fullmatch(text, subj[-1].end, c_start) is not None
            or _APPOSED_WHO.fullmatch(text, subj[-1].end, c_start) is not None
        )
        if (
            not adjacent
            and word != lemma  # "... and pledge never to" is not a report
            and phrases.SAME_SUBJECT.search(text, max(sent.start, c_start - 25), c_start)
        ):
            # "Zelensky urged lawmakers to ..., and said ...": the same speaker again
            who = sentence_who
            if who is None:
                main = self._subject_before(sent.start, c_start, quotes, main=True)
                who = self.resolver.resolve(main, c_start) if main else None
            a = self._content_start(c_end, sent.end, lemma)
            return (a, self._content_end(a, sent.end), who) if complete and who else None
        if (
            word in AMBIGUOUS_FORMS
            and subj is not None
            and _object_of_past(text, clause_start, subj)
        ):
            # "denied South Korean military reports that ...": the phrase is the object of a
            # verb before it, and the form a plural noun, not its verb
            return None
        if (word in AMBIGUOUS_FORMS or word == lemma) and not adjacent:
            # "the plan's longstanding demands", "the draft calls for", "... and pledge
            # never to join NATO": a plural noun or a bare verb without its subject
            return None
        inverted = False
        # "... to Mr. Okafor, said Ana Ruiz, a former aide": a comma alone parts no subject
        # from its verb, so the name before it ends the reported clause
        comma_only = (
            adjacent and subj is not None and re.fullmatch(r",\s*", text[subj[-1].end : c_start])
        )
        if (not adjacent or comma_only) and lemma not in _TARGET_FIRST:
            # "CONTENT, said Peskov." -- the speaker after the verb, nothing after the speaker
            after = self._subject_after(c_end, sent.end, quotes)
            if (
                after is not None
                and phrases.after_comma(text, c_start)
                and (
                    self._ends_sentence(after[-1].end, sent.end)
                    or phrases.INVERTED_APPOSITION.fullmatch(text, after[-1].end, sent.end)
                    or _CLAUSE_AFTER_SPEAKER.match(text, after[-1].end, sent.end)
                )
            ):
                subj, inverted = after, True
        if subj is None:
            return None
        who = self.resolver.resolve(subj, c_start)
        if (
            not inverted
            and who is not None
            and skippable(text, subj[-1].end, c_start)  # (not "Trump and Lee, who said")
            and self._two_sides_coordinated(subj, clause_start)
        ):
            who = Who(None, None, False)  # "Aliyev and Pashinyan said ...": both, neither alone
        rest_start = subj[-1].end if inverted else c_end
        # "CONTENT, Putin said." -- the clause before the reporting phrase.
        if lemma == "tell" and not inverted:
            m = phrases.TOLD_OBJECT.match(text, rest_start, sent.end)
            if m:
                rest_start = m.end()
        # "Although the talks stalled, he said, a deal remains possible": after a fronted
        # subordinate clause, what follows the reporting clause's comma is the main clause
        # (not an apposition or a participle closing the sentence)
        fronted = (
            not inverted
            and _FRONTED_CLAUSE.fullmatch(text, clause_start, subj[0].start) is not None
            and re.match(r"[^,;:.!?\"“”]{0,40},\s*\S", text[rest_start : sent.end]) is not None
            and word_count(text[rest_start : sent.end]) >= 4
        )
        if not fronted and not inverted:
            set_off = self._set_off_before(clause_start, c_start, rest_start)
            if set_off is not None and not set_off[1]:
                return clause_start, set_off[0], who
            if set_off is not None:
                # "X had promised a reply, he said, and the ministry has sent none": the
                # clause before the reporting clause and the one joined after it, whole;
                # ``split_parentheticals`` cuts out the reporting clause between them
                return clause_start, self._content_end(rest_start, sent.end), who
        if not fronted and (
            self._ends_sentence(rest_start, sent.end)
            # "..., said Mr. Okafor, but she has ...": a clause of its own after the speaker
            or (inverted and _CLAUSE_AFTER_SPEAKER.match(text, rest_start, sent.end))
        ):
            head = subj[0].start if not inverted else c_start
            if not inverted:
                # ", the Kremlin's top foreign policy aide, Yuri Ushakov, told": the title too
                before = chains(self._within(clause_start, head, quotes), text)
                if (
                    before
                    and all(
                        m.kind in (MentionKind.ROLE, MentionKind.ADJECTIVE, MentionKind.ACTOR)
                        for m in before[-1]
                    )
                    and any(m.kind is MentionKind.ROLE for m in before[-1])
                    and phrases.APPOSITION_GAP.fullmatch(text, before[-1][-1].end, head)
                ):
                    head = before[-1][0].start
            pre = text[clause_start:head]
            if _OBJECT_RELATIVE.search(pre):
                # "..., and what each side says.", "the vote, which the council confirmed":
                # the verb's object is the relative pronoun, not the clause before it
                return None
            m = phrases.REPORTING_HEAD.search(pre)
            if m and word_count(pre[: m.start()]) >= 3:
                # "X met Y on Tuesday, but no compromise was found, the aide said"
                but = phrases.LAST_BUT.search(pre, 0, m.start())
                a = clause_start + (but.end() if but else 0)
                return a, clause_start + m.start(), who
            return None
        if not inverted and (
            (not complete and re.match(r"\s*:\s*$", text[c_end : sent.end]))
            or _WHEN_THEN_COLON.match(text, c_end, sent.end)
        ):
            # "Writing on Truth Social, Trump posted:", "what X said as she left the
            # meeting:" + a quotation
            return c_end, c_end, who
        if inverted or not complete:
            return None
        a = self._content_start(c_end, sent.end, lemma)
        if fronted:
            gap = re.match(r"[^,;:.!?\"“”]{0,40},\s*", text[rest_start : sent.end])
            a = rest_start + gap.end() if gap else a
        if _EMPTY_OBJECT.match(text, a, sent.end):
            return None  # "has said remarkably little": no content
        b = self._content_end(a, sent.end)
        if _OPEN_RELATIVE.search(text, subj[-1].end, c_start):
            # "The mayor, who has pledged to ban imports, spoke on Monday": the relative
            # clause ends at its comma, and what was said with it
            comma = text.find(",", a, b)
            if comma > a and not open_quotation(text[a:comma]):
                b = comma
        return self._parenthetical(clause_start, subj[0].start, c_end, a), b, who

    def _set_off_before(self, clause_start: int, c_start: int, pos: int) -> tuple[int, bool] | None:
        """'X will press Y, two officials said, but the sides remain apart': a reporting
        clause set off by commas after a clause of its own (four words or more) and followed
        by a coordinating or subordinating word (the writer's) is a parenthesis; the
        sentence goes on after it, and what was said is before it. Returns where that ends
        (its comma), and False; or True when ", and" and a clause with a subject of its own
        follow instead (``_AND_OWN_CLAUSE``)."""
        text = self.text
        subject = _SET_OFF_SUBJECT.search(text, clause_start, c_start)
        if subject is None or word_count(text[clause_start : subject.start()]) < 4:
            return None
        before = text[clause_start : subject.start()]
        if open_quotation(before) or _NOT_A_MAIN_CLAUSE.search(before):
            return None
        day = phrases.TIME.match(text, pos)
        at = day.end() - text[day.start() : day.end()].endswith(",") if day else pos
        if _WRITER_TAIL.match(text, at):
            return subject.start(), False
        return (subject.start(), True) if _AND_OWN_CLAUSE.match(text, at) else None

    def _two_sides_coordinated(self, subj: list[Mention], clause_start: int) -> bool:
        """Whether the person ``subj`` names is the second of two people of different sides
        coordinated as one subject ("Aliyev and Pashinyan said")."""
        text = self.text
        found = chains(self._within(clause_start, subj[0].start), text)
        if not found or _AND_GAP.fullmatch(text, found[-1][-1].end, subj[0].start) is None:
            return False
        first, second = (self.resolver.resolve(ch, ch[0].start) for ch in (found[-1], subj))
        return (
            first is not None
            and second is not None
            and bool(first.speaker and second.speaker)
            and first.speaker != second.speaker
            and bool(first.actor and second.actor)
            and first.actor != second.actor
        )

    def _parenthetical(self, clause_start: int, head: int, cue_end: int, a: int) -> int:
        """Where the reported clause starts when its reporting clause is set off by commas
        inside it: "The prisoners, he said, would be freed", "In the coming weeks, he added, the
        ...": the words before the commas (a short phrase, no verb, no quotation) are said
        too; a clause before them ("If Kyiv said no, he added, then ...") is left out."""
        text = self.text
        pre = text[clause_start:head]
        comma = pre.rfind(",")
        if (
            comma > 0
            and _COORDINATED.match(text, a)
            and word_count(pre[comma + 1 :]) <= 3
            and word_count(pre[:comma]) >= 3
            and not re.search(r"[;:\"“”]", pre[:comma])
        ):
            # "The talks lasted two hours, the official said, and were constructive": a
            # clause before the commas and one joined to it after them are both reported
            return clause_start
        if (
            comma > 0
            and word_count(pre[comma + 1 :]) <= 3  # the subject's own words: "the", "Mr."
            and "," in text[cue_end : a + 2]  # "said, would" / "said on Monday, that"
            and word_count(pre[:comma]) <= 12
            and not re.search(r"[,;:\"“”]", pre[:comma])
            and not _CLAUSE_BEFORE.search(pre, 0, comma)  # "If Kyiv said no, he added, ..."
        ):
            return clause_start
        return a

    def _that_after_adverbials(self, pos: int, end: int) -> int | None:
        """Where the clause starts after a long run of adverbials and its "that" ("said in an
        interview on the edge of a conference of ... in Krakow that ..."): the run holds no
        comma, quotation mark or verb, and a subject, not a verb, follows "that" (a relative
        "that" on the last noun is followed by its verb)."""
        window = self.text[pos : min(end, pos + 170)]
        m = phrases.THAT.search(window)
        if m is None:
            return None
        prefix = window[: m.start()]
        if "," in prefix or word_count(prefix) > 22 or phrases.verb_like(prefix):
            return None
        nxt = re.match(r"\s+([\w'’-]+)", window[m.end() :])
        if nxt is None or phrases.verb_like(nxt.group(1)):
            return None
        return pos + m.end()

    def _own_request_before(self, a: int, b: int) -> bool:
        """True when text[a:b] holds the cue's own infinitive, then a reporting participle set
        off by a comma ("urged X to step in, arguing ..."): what follows the participle is
        its own statement, not the cue's."""
        return any(
            c.kind is CueKind.PARTICIPLE
            and phrases.after_comma(self.text, c.start)
            and phrases.INFINITIVE.search(self.text, a, c.start) is not None
            for c in cue_matches(self.text, a, b)
        )

    def _ends_sentence(self, pos: int, end: int) -> bool:
        """True when only adverbials follow: 'said on Friday', 'told reporters in Moscow'
        (up to a semicolon, which ends the reporting clause: '..., the aides said; they ...')."""
        semi = self.text.find(";", pos, end)
        if semi >= 0:
            end = semi
        for c in cue_matches(self.text, pos, end):
            if c.kind is CueKind.PARTICIPLE and phrases.after_comma(self.text, c.start):
                end = c.start - 2
                break
        # (a day's closing comma stays: "said on Monday, dismissing ..." ends with a participle)
        rest = phrases.times_dropped(self.text[pos:end])
        if re.fullmatch(r"[\s.!?\"”’]*", rest):
            return True
        participle = phrases.TRAILING_PARTICIPLE.match(rest)
        if participle and participle.end() == len(rest):
            return True  # "..., Ushakov said, giving no more details."
        raw = self.text[pos:end]
        day = phrases.TIME.match(raw)
        cut = 0 if day is None else day.end() - raw[: day.end()].endswith(",")
        if phrases.TRAILING_APPOSITIVE.fullmatch(raw, cut) and word_count(raw[cut:]) <= 20:
            return True  # "..., Trump said Wednesday, a breakthrough after two years of war."
        if phrases.SUBORDINATE_TAIL.fullmatch(raw, cut):
            return True  # "..., the senators said Friday, as they pressed for a vote."
        m = phrases.TRAILING_ADVERBIAL.fullmatch(rest)
        return (
            m is not None
            and word_count(rest) <= 14
            and " that " not in rest
            and not phrases.INFINITIVE.search(rest)  # "called on Moscow to halt ..."
        )

    def _content_start(self, pos: int, end: int, lemma: str) -> int:
        text = self.text
        if lemma == "tell":
            m = phrases.TOLD_OBJECT.match(text, pos, end)
            if m:
                pos = m.end()
        window = text[pos : min(end, pos + 90)]
        m = phrases.THAT.search(window)
        if m and lemma in _PREP_CONTENT and _CONTENT_PREP.match(window):
            m = None  # "called for new limits that ...": a relative "that"
        if m and lemma not in _OBJECT_BEFORE_CLAUSE and _SUBJECT_NP.match(window[: m.start()]):
            m = None  # "said many of the proposals that X cited were dropped": a relative "that"
        if m and self._own_request_before(pos, pos + m.start()):
            m = None  # "urged X to step in, arguing that ...": the participle's own "that"
        if m and lemma not in _OBJECT_BEFORE_CLAUSE and relative_that(window, m.start()):
            m = None  # "said firms that relocated ... were", "steps that would ...": a relative
        if m:
            prefix = window[: m.start()]
            if word_count(prefix) <= 12 and not phrases.verb_like(prefix):
                return pos + m.end()
        elif lemma not in _PREP_CONTENT and phrases.LEADING_PP.match(text, pos, end):
            far = self._that_after_adverbials(pos, end)
            if far is not None:
                return far
        t = phrases.TIME.match(text, pos, end)
        if t:
            pos = t.end()
        if lemma in ("warn", "caution"):
            against = re.compile(r"\s+(?:against|of|about)\b").match(text, pos, end)
            if against:
                return against.end()  # "warned against the carving up of ..."
        if lemma == "call":
            upon = re.compile(r"\s+(?:on|upon|for)\b").match(text, pos, end)
            if upon:
                return upon.end()  # "called on Moscow to halt strikes"
        medium = phrases.MEDIUM.match(text, pos, end)
        if medium and medium.group("participle"):
            return medium.end()  # "said in a video posted online that ...": the clause
        if medium:
            pos = medium.end()  # "said on X", "wrote in a post on Telegram"
        pp = phrases.LEADING_PP.match(text, pos, end)
        if pp and not medium and _INFINITIVE_TO.match(text, pos, end):
            return pos  # "pledged to ban all imports, ...": an infinitive, not a place
        if pp and not medium:
            comma = text.find(",", pp.end(), end)
            clause = _PP_THEN_CLAUSE.match(text, pos, end)
            if clause is not None and (comma < 0 or clause.end() < comma):
                return clause.end()  # "said in Geneva they had produced ...": the clause
            # "said in a statement, the plan..." / "said on state radio." (nothing reported)
            pos = comma + 1 if 0 <= comma < pos + 80 else end
        return pos

    def _content_end(self, a: int, end: int, *, participle: bool = False) -> int:
        text = self.text
        stop = end
        for c in cue_matches(text, a, end):
            if (
                participle
                and c.kind is CueKind.PARTICIPLE
                and (joined := _AND_PARTICIPLE.search(text, max(a, c.start - 8), c.start))
                and not open_quotation(text[a : joined.start()])
            ):
                # "calling the plan "a trap" and saying ...": a second participle of speech
                # is the same speaker's next statement (gold: 11 such lines of their own,
                # none running on over it)
                stop = joined.start()
                break
            same = c.kind is CueKind.VERB and phrases.SAME_SUBJECT.search(
                text, max(a, c.start - 25), c.start
            )
            if same and not self._within(max(a, same.start()), c.start):
                stop = same.start()  # "..., and said ...": the same speaker's next statement
                break
            if c.kind is CueKind.VERB and (
                other := phrases.OTHER_SPEAKER.search(text, max(a, c.start - 60), c.start)
            ):
                who = other.group("who").split()
                if not phrases.verb_like(other.group("who")) and not (
                    _NOT_A_SPEAKER & {w.lower() for w in who} or who[-1].lower() in _PASSIVE
                ):
                    stop = other.start()  # "..., and one in four said ...": a new speaker
                    break
            if c.kind is CueKind.VERB:
                # "..., and French President Emmanuel Macron said ...": a new statement
                found = chains(self._within(max(a, c.start - LOOKBACK), c.start), text)
                apposed = (
                    len(found) > 1
                    and _names_after_comma(text, found[-2], found[-1])
                    and re.fullmatch(r"\s*,\s*", text[found[-1][-1].end : c.start]) is not None
                )
                if found and (apposed or skippable(text, found[-1][-1].end, c.start)):
                    # "..., and its spokeswoman, Mao Ning, said": from the title on
                    head = found[-2][0].start if apposed else found[-1][0].start
                    m = phrases.NEW_CLAUSE.search(
                        text, max(a, head - 12), head
                    ) or phrases.NEW_CLAUSE_ADVERBIAL.search(text, max(a, head - 90), head)
                    if m is None and (
                        found[-1][-1].kind is MentionKind.PRONOUN
                        or _SUBORDINATE_OPENING.search(text, max(0, a - 300), a)
                    ):
                        # "Although X called the talks useful, he stressed ...", "While X
                        # has said that ..., Y said ...": the main clause's speaker
                        m = phrases.PRONOUN_CLAUSE.search(text, max(a, head - 3), head)
                    if m and self.resolver.can_resolve(found[-1]):
                        stop = m.start()
                        break
                continue
            if c.kind is CueKind.PARTICIPLE and re.search(
                r",\s+while\s+$", text[max(a, c.start - 12) : c.start]
            ):
                stop = text.rindex(",", a, c.start)  # "..., while repeating demands that ..."
                break
            if c.kind in (CueKind.PARTICIPLE, CueKind.ACCORDING) and (
                comma := phrases.COMMA_BEFORE.search(text, max(0, c.start - 4), c.start)
            ):
                # drop the comma and space, keep a closing quotation mark after the comma
                quoted = len(comma.group()) > 1 and comma.group()[1] in "'\"”’"
                stop = comma.start() + 2 if quoted else comma.start()
                break
        gloss = phrases.GLOSS.search(text, a, stop)
        if gloss:
            # keep a closing quotation mark after the comma ('"... a war," a charge')
            stop = gloss.start() + 2 if gloss.group()[1] in '"”' else gloss.start()
        stop = _before_adjunct(text, a, stop)
        aside = phrases.AS_CLAUSE.search(text, a, stop)
        if aside:
            stop = aside.start()  # "..., as Europe scrambles to assert influence"
        dash = phrases.DASH.search(text, a, stop)
        if dash and not phrases.DASH.search(text, dash.end(), stop):
            stop = dash.start()  # "... — comments that prompted ...": the journalist again
        medium = phrases.MEDIUM_TAIL.search(text, a, stop)
        if medium:
            stop = medium.start()
        outlet = phrases.OUTLET_TAIL.search(text, a, stop)
        if outlet and MEDIA.match(outlet.group("outlet")):
            stop = outlet.start()
        m = phrases.CONCESSIVE.search(text, a, stop)
        if m:
            stop = m.start()
        semi = text.find(";", a, stop)
        if semi >= 0:
            stop = semi
        return perfect_tail(text, a, stop)

    def _according(
        self, c: Cue, sent: Span, quotes: list[Quote]
    ) -> tuple[int, int, Who | None] | None:
        text = self.text
        c_start, c_end = c.start, c.end
        src_end = phrases.clause_boundary(text, c_end, sent.end)
        colon = text.find(":", c_end, src_end)
        if colon >= 0:
            # "..., according to two people familiar with the talks: how much ... and how
            # ...": the colon ends the source, and what it introduces is the writer's
            src_end = colon
        relay = _RELAYED_BY.search(text, c_end, src_end)
        if relay is not None and _UNNAMED_SOURCE_END.search(text, c_end, relay.start()):
            # "According to a Brazilian diplomat quoted by the newspaper X, ...": the
            # source is the person, not the outlet that carried their words
            src_end = relay.start()
        subj = self._subject_after(c_end, src_end, quotes, loose=True)
        source = text[c_end:src_end].strip()
        written = _WRITTEN_SOURCE.match(source)  # ("seen by this newspaper" may follow)
        if written is not None and subj is None and not _ISSUED_BY.search(source):
            if c_start <= sent.start + 1 and any(
                o.start != c_start and o.kind is not CueKind.ACCORDING
                for o in cue_matches(text, sent.start, sent.end, strict=False)
            ):
                return None  # "According to the text, the council asks ...": the council's
            # "according to the text", "according to a copy seen by this newspaper": the
            # document's words, which no party's mention here speaks
            who: Who | None = Who(None, None, False, ActorPath.UNRESOLVED)
            subj_end = c_end + len(text[c_end:src_end]) - len(text[c_end:src_end].lstrip())
            subj_end += written.end()
        else:
            author = self._author_of(c_end, src_end, source)
            if author is not None:
                subj = author  # "according to a statement by the foreign ministry"
            elif subj is None or phrases.DOCUMENTS.match(source) or MEDIA.search(source):
                return None
            who = self.resolver.resolve(subj, c_start)
            if who is None:
                return None
            subj_end = subj[-1].end
        if c_start <= sent.start + 1:  # "According to X, CONTENT."
            comma = text.find(",", subj_end, sent.end)
            if comma < 0:
                return None
            if who is None or who.speaker is None:
                who = self._teller(comma + 1, sent.end, quotes, who) or who
            return comma + 1, sent.end, who
        if (
            phrases.after_comma(text, c_start)
            and text.startswith(",", src_end)
            and _CONJUNCTION_END.search(text, sent.start, text.rfind(",", sent.start, c_start))
        ):
            # "The party wants the speakership and, according to two of its members, the
            # release of detainees": the conjunction before the commas closes the clause
            # before them, and the conjunct after them is what the source reports
            return src_end + 1, self._content_end(src_end + 1, sent.end), who
        if phrases.after_comma(text, c_start) and (
            colon >= 0
            or self._ends_sentence(src_end, sent.end)
            # "..., according to officials, diplomats and a commander involved.": the source
            # is a list, and its last members end the sentence
            or _SOURCE_LIST_END.fullmatch(text, src_end, sent.end)
            # "..., according to Andy Ruiz, chief economist at the bank.", "..., according
            # to the Courier's survey, which favors incumbents.": an apposition or
            # an aside about X ends the sentence
            or (
                phrases.ABOUT_SOURCE.fullmatch(text, src_end, sent.end)
                # ", who said ...": X's own report, which the parse reads
                and not (
                    _ASIDE_AFTER.match(text, src_end + 1)
                    and CANDIDATE.search(text, src_end, sent.end)
                )
            )
        ):
            return sent.start, c_start - 2, who  # "CONTENT, according to X."
        if (
            phrases.after_comma(text, c_start)
            and _NEXT_CLAUSE.match(text, src_end, sent.end)
            and word_count(text[sent.start : c_start]) >= 4
        ):
            # "CONTENT, according to X, and the programme is expected to ...": a clause of
            # the writer's own, with its own subject, after the source
            return sent.start, c_start - 2, who
        if (
            phrases.after_comma(text, c_start)
            and text.startswith(",", src_end)
            and not _ASIDE_AFTER.match(text, src_end + 1)  # ", who said ...": about X
        ):
            # "..., because, according to X, the media would ...": the clause after it, and
            # a short subject before it ("The talks, according to X, will resume")
            a = src_end + 1
            return (
                self._parenthetical(sent.start, c_start, src_end, a),
                self._content_end(a, sent.end),
                who,
            )
        return sent.start, sent.end, who

    def _teller(self, a: int, end: int, quotes: list[Quote], source: Who | None) -> Who | None:
        """'According to the readout, Xi told Albanese that ...': a source that names
        nobody hands the words to the person the content says spoke them, when the
        content opens with that person and a reporting verb. A source of another side
        ('according to Greek officials, Fidan told ...') keeps its own report of him."""
        text = self.text
        found = chains(self._within(a, end, quotes), text)
        if not found or text[a : found[0][0].start].strip():
            return None
        chain = found[0]
        if not any(m.kind in _SPEAKING for m in chain):
            return None
        verb = next(
            (
                c
                for c in cue_matches(text, chain[-1].end, end, strict=False)
                if c.kind is CueKind.VERB
            ),
            None,
        )
        if verb is None or not _TELLER_GAP.fullmatch(text, chain[-1].end, verb.start):
            return None
        who = self.resolver.resolve(chain, verb.start)
        if who is None or who.speaker is None:
            return None
        if source is not None and source.actor is not None and source.actor != who.actor:
            return None
        return who

    def _note_subject(self, sent: Span, quotes: list[Quote]) -> None:
        # A narrated person ("Zelensky met Macron.") is the antecedent of a later "he".
        found = chains(self._within(sent.start, sent.end, quotes), self.text)
        for chain in found:
            if word_before(self.text, chain[0].start, sent.start) in PREPOSITIONS:
                continue
            if (
                any(m.kind in (MentionKind.PERSON, MentionKind.NAME) for m in chain)
                or _known_surname(chain, self.resolver)
            ) and not chain[-1].possessive:
                self.resolver.note(chain, chain[0].start)
            else:
                self.resolver.introduce(chain)
            return


_NAMED = frozenset((MentionKind.PERSON, MentionKind.NAME))


def _known_surname(chain: list[Mention], resolver: Resolver) -> bool:
    """True for a bare surname of a person the text names in full ("Álvarez was more
    pointed."): a narrated subject a later pronoun may refer back to."""
    return all(m.kind is MentionKind.SURNAME for m in chain) and resolver.can_resolve(chain)


# who can be the teller after "according to X,": a name, a surname or a pronoun
_SPEAKING = frozenset(
    (MentionKind.PERSON, MentionKind.NAME, MentionKind.SURNAME, MentionKind.PRONOUN)
)
# between the teller and the verb: nothing, an adverb or an auxiliary ("Scholz eventually told")
_TELLER_GAP = re.compile(r"\s+(?:\w+ly\s+|had\s+|has\s+|have\s+)?")
# a relative clause or a participle after "according to X,": more about X, not the content
_ASIDE_AFTER = re.compile(r"\s*(?:who|whom|whose|which|where|\w+ing)\b", re.IGNORECASE)
# A subordinate clause that opens the sentence and ends with the one comma before the subject
# ("While X, that is welcome, he said, since ...": the main clause is before him)
_FRONTED_CLAUSE = re.compile(
    r"\s*(?:But\s+|And\s+|Yet\s+)?(?:Although|Though|Even\s+though|Even\s+if|While|Whereas"
    r"|If|Unless|Once|Because|Since|Until)\b[^,;:\"“”.!?]*,\s*"
)
# a clause of its own before a reporting clause between commas: a subordinating word, or a
# finite verb other than an -ed form (which as often modifies a noun: "the detained men")
_CLAUSE_BEFORE = re.compile(
    r"\b(?:because|since|although|though|while|if|unless|when|whereas)\b"
    r"|" + phrases.VERB_LIKE.pattern.replace("|[a-z]{2,}ed", ""),
    re.IGNORECASE,
)
# a sentence opened by a subordinate clause, whose end (a comma) is where the main clause and
# its subject start: "While X has said that ..., Y said"
_SUBORDINATE_OPENING = re.compile(
    r"(?:^|[.!?]['\"”’]?\s+|\n)(?:But\s+|And\s+)?(?:While|Although|Though|Whereas|Even\s+though"
    r"|Even\s+as|Even\s+if|Because|Since)\b[^.!?\n]*$"
)
# "to" before a verb after a reporting verb ("vowed to keep", "pledged to ban"), not before
# a noun phrase ("said to reporters", "wrote to the chairman", "told to Kyiv")
_INFINITIVE_TO = re.compile(
    r"\s*to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|reporters"
    r"|journalists|lawmakers|parliament|him|them|us|me|whom|which|what|some|all|both|each"
    r"|every|other|another|several|many|one|two|three|local|state|foreign|national|news)\b)"
    r"[a-z]+\b"
)
# a relative clause opened after the subject and still open at the cue
_OPEN_RELATIVE = re.compile(
    # (or in an apposition: ", the former candidate who insists the vote was stolen, met")
    r",\s+(?:(?:the|a|an)\s+[^,;:\"“”]{2,60}?\s+)?who\s+[^,;:\"“”]*$"
)
# a participle's aside on the terms of speaking: ", speaking on condition of anonymity,"
_PARTICIPLE_ASIDE = re.compile(
    r",\s+(?:speaking|writing|appearing|addressing|asked|requesting|declining)\b[^,;:\"“”]*,"
)


_RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which|that)\b")


def _aside_then(text: str, a: int, b: int) -> bool:
    """True when text[a:b] is a participle's aside set off by commas (", speaking on
    condition of anonymity,", ", asked about the deal,") and what may stand before a
    verb."""
    aside = _PARTICIPLE_ASIDE.match(text, a, b)
    return aside is not None and skippable(text, aside.end(), b)


# a relative clause between a subject and its verb: ", who requested anonymity,"
# "close to ", "loyal to ": a name after them in a subject is whom the speaker sides with
_ALLIED_TO = re.compile(r"\b(?:close|loyal|allied|aligned|linked|closely\s+tied)\s+(?:to|with)\s+$")
# ", who has repeatedly " before a cue: the relative clause is the report itself
# adverbs of time or manner between a relative pronoun and its verb ("who now writes",
# "who has long argued")
_WHO_ADVERBS = (
    r"(?:(?:has|had|have|also|again|repeatedly|publicly|previously|long|often|recently|since"
    r"|then|later|already|now|still|currently|regularly|frequently)\s+)*"
)
_WHO_CUE = re.compile(r"\s*,\s+who\s+" + _WHO_ADVERBS)
# ", the opposition figure who ": an apposition whose relative clause is the report
_APPOSED_WHO = re.compile(r"\s*,\s+(?:the|a|an)\s+[^,;:\"“”]{2,60}?\s+who\s+" + _WHO_ADVERBS)
_RELATIVE_ASIDE = re.compile(r"\s*,\s+(?:who|whose)\b[^;:\"“”]*,\s*")
# a reported clause that goes on after its reporting clause with a coordinator
_COORDINATED = re.compile(r"[\s,]*(?:and|but|yet|while|though|although)\b", re.IGNORECASE)
# words that make "and ... said" no new speaker: "and auto parts without being added"
_NOT_A_SPEAKER = frozenset(("without", "not", "to", "that", "which", "if", "when"))
_PASSIVE = frozenset(("being", "been", "be", "is", "was", "were", "are", "having"))


# 'Said the mayor, "..."', 'Says Ana Ruiz, who grew up here, "..."': a verb of saying before
# its subject (a short noun phrase and perhaps an aside after it), then the quotation
_FRONTED_VERB = re.compile(
    r"[\s\"“”']*(?P<cue>Said|Says|Added|Adds)\s+(?P<who>(?:the\s+|one\s+|another\s+|a\s+)?"
    r"[\w.'’-]+(?:\s+[\w.'’-]+){0,4}?)\s*(?::\s*|,\s*(?:[^,;:\"“”]{1,120},\s*)?)"
)


_FRONTED_NAME = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w'’-]*[a-z](?:\s+[A-Z][\w.'’-]*){0,3}"
)


# After the speaker of an inverted reporting clause, a coordinated clause with a subject of
# its own: "..., said Mr. Okafor, but she has ...", "..., said the mayor, and he ..."
# what stands before a set-off reporting clause when that is no clause of its own: a
# fronted adjunct or subordinate clause whose main clause follows the reporting clause
# ("If talks fail, he said, the union will strike", "Without a loan, she said, the ..."), or
# a relative clause the reporting clause interrupts ("a point on which, he said, the ...")
_NOT_A_MAIN_CLAUSE = re.compile(
    r"^\s*(?:But\s+|And\s+|Yet\s+)?(?:Although|Though|Even|While|Whereas|If|Unless|Once|Because"
    r"|Since|Until|When|After|Before|Without|With|Despite|Given|Under|Beyond|For|In|On|At|By"
    r"|Over|From|Apart)\b|\b(?:which|whom|whose|where|when|who)\s*$"
)
# the writer's sentence going on after a reporting clause: ", but ...", ", as ..."
# (not ", and ...": "X, he said, and Y" goes on with what he said as often as not), a
# subordinate clause (", if it wanted ...", ", because ...") or the writer's apposition or
# adjunct (", a step Bern had resisted", ", the first removal ...", ", with a majority ...")
_WRITER_TAIL = re.compile(
    r"\s*,\s*(?:but|as|while|whereas|if|unless|because|though|although|after|before|when"
    r"|since|until|with|a|an|the)\s+(?!that\b)"
)
# what a reporting verb reports before a colon that opens a quotation: a clause of four
# words or more with no quotation mark ('said the two terms were tied: "..."')
_CLAUSE_THEN_COLON = re.compile(r"\s*(?:that\s+)?[^\s:;\"“”]+(?:\s+[^\s:;\"“”]+){3,}\s*:\s*")
# a clause that only announces the quotation after its colon: its object is a number of
# things or a pointing word ("said his customers asked only one thing:", "... the
# following:")
_ANNOUNCING_OBJECT = re.compile(
    r"\b(?:one|two|three|four|five|several|few|following|this|these|something)"
    r"(?:\s+[\w'’-]+){0,2}\s*:\s*$"
)
# ", and" + a clause with a subject of its own after a set-off reporting clause ("...,
# he said, and the ministry has sent none"; not ", and that ...", which may be the verb's
# own complement, nor ", and were ...", a predicate the first clause's subject shares)
_AND_OWN_CLAUSE = re.compile(
    r"\s*,\s*and\s+(?!that\b)(?:(?:he|she|they|it|we|I)\b|(?:the\s+)?[\w'’-]+\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:is|are|was|were|has|have|had|will|would|could|can|[a-z]+ed)\b)"
)
# the subject of a reporting clause set off by a comma: a phrase of a few words with no
# conjunction or relative word opening it
_SET_OFF_SUBJECT = re.compile(
    r",\s+(?!(?:and|but|or|which|who|whom|that|while|as|when)\b)(?:[\w.’'-]+\s+){1,9}$"
)
_CLAUSE_AFTER_SPEAKER = re.compile(
    r"\s*,\s*(?:but|and|yet|while|though|although|whereas)\s+(?:also\s+|then\s+)?"
    r"(?:(?:he|she|they|it|we|I)\b|(?:the\s+)?[\w'’-]+\s+(?:[\w'’-]+\s+){0,3}?(?:is|are|was|were"
    r"|has|have|had|will|would|could|can|said|says|[a-z]+ed)\b)"
)


# "and" (after an optional comma) right before a participle of speech: "..., calling it
# a trap[ and saying] ..."
_AND_PARTICIPLE = re.compile(r",?\s+and\s+$")


# A determiner or a preposition right before a quotation: the quotation is a phrase's words
# ('Bemoaning the "phony system," Ruiz accused ...'), not what a verb after it reports
_NOUN_OPENING = re.compile(r"\b(?:the|a|an|his|her|their|its|our|this|that|of|about)\s*$", re.I)


# A name alone: "mocked Trump", "thanked Congress" (not a day, a month or "I")
_NAME_ALONE = re.compile(
    r"(?!(?:I|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December|Today|Tonight)\b)"
    r"[A-Z][\w'’.-]*[\w]"
)


# A verb in the past right before a noun phrase (perhaps after its determiner): the phrase
# is that verb's object ("denied [the] military reports"); participles that modify a
# person ("newly elected", "the embattled") are no verb of the clause
_PAST_BEFORE = re.compile(r"\b([a-z]{3,}ed)\s+(?:(?:the|a|an|their|its|his|her|our)\s+)?$")
_PARTICIPLE_ADJECTIVES = frozenset(
    ("elected", "appointed", "retired", "embattled", "exiled", "jailed", "ousted", "detained",
     "named", "unnamed", "designated", "so-called", "armed", "united", "beleaguered")
)  # fmt: skip


# An object that says no content: "has said remarkably little", "said nothing about it"
_EMPTY_OBJECT = re.compile(
    r"\s*(?:[a-z]+ly\s+)?(?:nothing|little|anything)(?=\s*(?:[.,;:!?]|$)|\s+(?:about|of|on"
    r"|publicly|in\s+public|more|else|new|since|so\s+far|yet)\b)"
)


# A content that is only how much was said on a subject: "[very little about the plan's
# terms]", "[a great deal about the size of the army]" (said, says, revealed)
_HOW_MUCH_ABOUT = re.compile(
    r"(?:(?:very|so|too|[a-z]+ly)\s+)?(?:nothing|little|anything|a\s+(?:great|good)\s+deal"
    r"|a\s+lot)\s+(?:more\s+|else\s+|new\s+)?(?:about|on|of)\b",
    re.IGNORECASE,
)


# Nothing but a comma (after closing marks) between a clause and the phrase that follows it
_JUST_COMMA = re.compile(r"[\s\"”’]*,\s*")
# The source of an "according to" phrase, up to the comma or stop that ends it
_SOURCE_PHRASE = re.compile(r"\s*([^,;:.\"“”()]{3,90})")
# Unnamed people of no side: "two people familiar with the talks", "a person briefed on
# the call", "four diplomats present" -- a count or article, a noun of unnamed persons and
# a lower-case remainder (no demonym, name or body that would give them a side)
_SIDELESS_SOURCE = re.compile(
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|\d+)\s+"
    r"(?:(?:other|more|senior)\s+)?"
    r"(?:people|persons?|sources?|officials?|diplomats?|participants?)"
    r"(?:\s+(?:familiar\s+with|briefed\s+on|involved\s+in|present|close\s+to\s+the\s+talks"
    r"|with\s+knowledge\s+of)(?:\s+[a-z][\w'’-]*){0,6})\s*"
)

# A sentence that opens on an unnamed source: "According to [a senior U.S. official], "
_ACCORDING_OPENING = re.compile(
    r"\s*According\s+to\s+((?:a|an|one|two|three|several)\s+[^,;:\"“”]{2,60}?),\s"
)


# The writer in the first person just before a cue: "We asked ...", "I also asked ..."
_WRITER_BEFORE = re.compile(r"(?:^|[\n.!?]\s*|\s)(?:We|we|I)\s+(?:[a-z]+ly\s+|also\s+|then\s+)?$")


def _journalist_asks(text: str, cue: Cue) -> bool:
    """'We asked Halyna Sydorenko what a vote would take': the writer's own question, the
    narration of an interview, not anybody's statement."""
    if cue.lemma != "ask":
        return False
    if open_quotation(text[max(0, text.rfind("\n", 0, cue.start)) : cue.start]):
        return False
    return _WRITER_BEFORE.search(text, max(0, cue.start - 20), cue.start) is not None


def _object_of_past(text: str, floor: int, subj: list[Mention]) -> bool:
    m = _PAST_BEFORE.search(text, max(floor, subj[0].start - 40), subj[0].start)
    return m is not None and m.group(1) not in _PARTICIPLE_ADJECTIVES


# A quantity of a group before it: "two of the", "one of the", "several of those" (the
# "of" is the quantity's, and the group after it the subject of the verb)
_PARTITIVE = re.compile(
    r"\b(?:one|two|three|four|five|six|some|several|many|most|all|both|each|none|few|another)"
    r"\s+of\s+(?:the|these|those|its|their)\s+$",
    re.IGNORECASE,
)


def _partitive(text: str, floor: int, pos: int) -> bool:
    """Whether a quantity of the noun phrase at ``pos`` comes right before it ("two of the
    Indian officials said")."""
    return _PARTITIVE.search(text, max(floor, pos - 30), pos) is not None


# Lower-case modifiers between a name and the title after it: " campaign ", " police "
_TITLE_MODIFIERS = re.compile(r"\s+((?:[a-z][a-z-]*\s+){1,2})")
_NOT_TITLE_MODIFIERS = frozenset(
    ("and", "or", "but", "said", "says", "told", "of", "in", "at", "for", "to", "with", "the")
)


def _modified_titles(text: str, found: list[list[Mention]]) -> list[list[Mention]]:
    """Join a noun phrase to the title phrase it modifies across lower-case words, when
    no comma parts them: "Clinton campaign spokesman Brian Fallon", "Tulsa police Chief
    Chuck Jordan" are one speaker, not a name and then another."""
    out: list[list[Mention]] = []
    for chain in found:
        gap = _TITLE_MODIFIERS.fullmatch(text, out[-1][-1].end, chain[0].start) if out else None
        if (
            gap is not None
            and chain[0].kind is MentionKind.ROLE
            and not out[-1][-1].possessive
            and not _NOT_TITLE_MODIFIERS.intersection(gap.group(1).split())
        ):
            out[-1] = [*out[-1], *chain]
        else:
            out.append(chain)
    return out


# "the two", "both leaders" as a verb's subject: two parties speaking together
_THE_TWO = re.compile(
    r"(?:^|[,;]\s+|\band\s+|[.!?]\s+)(?:[Tt]he\s+two|[Bb]oth)"
    r"(?:\s+(?:leaders|men|women|sides|ministers|presidents|governments|countries))?"
    r"\s+(?:also\s+|jointly\s+|later\s+)?$"
)
# Between two coordinated subjects: " and "
_AND_GAP = re.compile(r"\s+and\s+(?:the\s+)?")


def _apposed_before(text: str, a: int, cue: int) -> bool:
    """An apposition set off by commas from ``a``, then only adverbs before the verb at
    ``cue`` ("X, Bougainville's attorney-general, later said publicly")."""
    found = phrases.APPOSED.match(text, a, cue) or _LONG_APPOSITION.match(text, a, cue)
    return found is not None and (found.end() == cue or skippable(text, found.end(), cue))


# between a group noun and the name that post-modifies it: "leaders [of the] Crimean Tatars"
_OF_HEAD = re.compile(r"\s+(?:of|from|for|in|at|among)\s+(?:the\s+)?")
# a long description with a relative clause: ", a former MILF commander whom President X
# appointed in March to replace Y, "
_LONG_APPOSITION = re.compile(
    r"\s*,\s+(?:a|an|the)\s+[^,;\"“”]{2,60}\b(?:who|whom)\s[^,;\"“”]{2,90},\s*"
)


def _closes_report(text: str, report: Report, a: int, b: int, overlap: list[Draft]) -> bool:
    """Whether ``report`` is a reporting clause that closes the sentence after the clause it
    reports ("The union has asked for X, one of them said"), whose content ``a``..``b``
    holds the whole of each overlapping draft's report, cue and all: the parse hung that
    clause's verb on the closing verb, so its source says it (as "a cue inside another
    statement's content does not start a new one" for a clause after the verb)."""
    return (
        report.kind is ReportKind.QUOTE_FIRST
        and report.lemma in _CLOSING_LEMMAS
        and report.cue_start >= b
        and _CLOSING_CLAUSE.fullmatch(text, b, report.subject_start) is not None
        and not MEDIA.search(text, report.subject_start, report.subject_end)
        and all(
            not d.direct
            and a <= d.cue_start < d.start
            and d.end <= b + 2
            # "She told them that ..., they said": a telling is left to ``sourced_tellers``
            and d.lemma not in _TELLING_LEMMAS
            for d in overlap
        )
    )


# Between a reported clause and the subject of the verb that closes it: a comma (after a
# closing mark)
_CLOSING_CLAUSE = re.compile(r"[\"”’]?\s*,\s*")
# A reporting clause closing a statement's content at its sentence's end: ", two of the
# diplomats said", ", the ministry added on Friday"
_CLOSING_SOURCE = re.compile(
    r"[\"”’]?,\s+(?P<subj>(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Oo]ne|[A-Z][\w'’.-]*)"
    r"[^,;:\"“”]{0,80}?)\s+(?P<cue>said|says|added)"
    r"(?:\s+(?:on|in|late|earlier|later)\s+[\w-]+)?\.?\s*$"
)
_CLOSING_FORMS = {"said": "say", "says": "say", "added": "add"}
# A capital letter: a name, a demonym or a body that gives a source a side
_CAPITAL = re.compile(r"[A-Z]")


@dataclass(frozen=True, slots=True)
class _Closing:
    """A closing reporting clause's statement: its cue, content span and source."""

    cue: Cue
    start: int
    end: int
    who: Who


# The verbs of a closing reporting clause ("..., one of them said / added"); not those a
# noun's relative clause ends on (", a charge Rabat has denied")
_CLOSING_LEMMAS = frozenset(("say", "add"))
# The verbs of telling somebody something
_TELLING_LEMMAS = frozenset(("tell", "warn", "inform", "assure", "notify", "brief", "advise"))


def _one_name(text: str, a: int, b: int, cue: Cue | None, lemma: str = "") -> bool:
    """Whether a one-word reported object text[a:b] is a name a verb that reports with a
    noun phrase takes as its whole content: "the senator blasted [Congress]", "the prince
    mocked [Trump]" (a common noun alone, "blasted critics", says too little to be kept)."""
    lemma = cue.lemma if cue is not None else lemma
    return lemma in NOMINAL_LEMMAS and _NAME_ALONE.fullmatch(text, a, b) is not None


# A list item after a noun in -ing: one more word, then the next item's comma or the
# conjunction that ends the list (" goods, ", " goods and ")
_LIST_ITEM = re.compile(r"\s+[a-z][\w-]*(?:,\s|\s+(?:and|or)\s)")


def _before_adjunct(text: str, a: int, b: int) -> int:
    """Where a reported clause text[a:b] ends before a participial clause after a comma
    (see ``phrases.ADJUNCT_PARTICIPLE``) outside any quotation."""
    for adjunct in phrases.ADJUNCT_PARTICIPLE.finditer(text, a, b):
        if open_quotation(text[a : adjunct.start()]):
            continue
        if _INSIDE_PARENTHESIS.match(text, adjunct.end(), b):
            continue  # "that the court, sitting under X rules, had granted ...": set off
        if _inside_subject(text, a, adjunct, b):
            continue  # "the agreement, covering 13 locals, came after ...": set off too
        if _LIST_ITEM.match(text, adjunct.end() - 1) and not _FINITE.search(
            text, a, adjunct.start()
        ):
            # "exporters of textiles, engineering goods, gems and ... would gain": a noun in
            # -ing that opens a list's next item, inside a subject that has no verb yet
            continue
        if not speech_participle(adjunct.group()):
            continue  # "..., putting the leader on course for a third term": still said
        return adjunct.start()
    return b


def _inside_subject(text: str, a: int, adjunct: re.Match[str], b: int) -> bool:
    """The participle's phrase is set off inside the reported clause's subject: no verb
    has come before it, and a comma closes it right before a verb in the past or present
    ("said the agreement, covering 13 locals, came after ...")."""
    if phrases.verb_like(text[a : adjunct.start()]):
        return False
    close = _SET_OFF_END.match(text, adjunct.end(), b)
    return close is not None and phrases.verb_like(close.group("verb"))


# The rest of a participle's phrase up to a comma, then the next word
_SET_OFF_END = re.compile(r"[^,;:.!?\"“”]{0,120},\s+(?P<verb>[a-z]+)\b")


# A question's opening up to its verb: "Does the government say", "Did the minister promise"
_ASKS_WHETHER = re.compile(r"\s*(?:Do|Does|Did)\s+(?:[\w'’.-]+\s+){1,5}")


# A conjunction that ends the words before an "according to" source set off by commas
_CONJUNCTION_END = re.compile(r"\b(?:and|but|or|yet)\s*$", re.IGNORECASE)
# The last members of a list of sources, ending the sentence: ", diplomats and a commander
# involved." (no auxiliary, modal or pronoun that would make it a clause of its own)
_SOURCE_LIST_END = re.compile(
    r",\s+(?!(?:[\w'’-]+\s+){0,8}?(?:is|are|was|were|has|have|had|will|would|could|can|may"
    r"|might|must|should|did|does|do|it|he|she|they|we|its|their)\b)"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+and\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+[.!?\"”’\s]*"
)
# A coordinated clause with a subject of its own after an "according to" source
_NEXT_CLAUSE = re.compile(
    r",\s+(?:and|but|while|whereas)\s+(?:the|a|an|its|his|her|their|this|these|it|he|she"
    r"|they|we)\s"
)
# A short prepositional phrase after a verb of saying, then a clause with a pronoun for its
# subject and no comma between: "said in Geneva [they had produced ...]", "told reporters on
# Monday [it would ...]"
_PP_THEN_CLAUSE = re.compile(
    r"\s*(?:on|in|at|after|during|from)\s+(?:[\w'’.-]+\s+){1,4}?"
    r"(?=(?:they|he|she|it|we)\s+(?:had|has|have|was|were|is|are|would|will|could|should"
    r"|did|does|do|can|may|might|must)\b)"
)
# The rest of a participle set off by commas inside a clause, then the clause's own finite
# verb after the second comma: "the court, sitting under the bank's rules, [had] granted"
_INSIDE_PARENTHESIS = re.compile(
    r"[^,;:.!?\"“”]{0,120},\s+(?:had|has|have|was|were|is|are|would|will|could|should|can"
    r"|may|might|must|did|does|do)\b"
)


def _before_contrast(text: str, a: int, b: int) -> int:
    """Where a reported clause text[a:b] after its cue ends before a contrasting clause of
    its own (see ``phrases.CONTRAST_TAIL``) outside any quotation."""
    for m in phrases.CONTRAST_TAIL.finditer(text, a, b):
        if word_count(text[a : m.start()]) >= 2 and not open_quotation(text[a : m.start()]):
            return m.start()
    return b


# -- reported speech from the parse ------------------------------------------------------
_THAT = re.compile(r"(?:that|whether|if)\s+", re.IGNORECASE)
_OPEN = "\"“‘'"
_CLOSE = "\"”’'"


# An infinitive of speech said all the same (see ``syntax._GO_ON``): "went on to say",
# "continued to insist", "took to Twitter to say", "used the speech to call for".
# A common noun phrase between a quotation and its verb ('"...," the film's host says',
# '"...," a bartender in Dayton said'): a speaker, though no mention names it
# A definite description by age after a quotation: ', the 71-year-old former teacher '
_AGED_DESCRIPTION = re.compile(r"[\s,—–-]*the\s+\d{1,3}-year-old(?:\s+[a-z][\w-]*){0,4}\s+")
# An indefinite common noun phrase after a verb, then the sentence's or clause's end, or
# a place, relative or participle clause: ' a grain broker in', ' an old man who', ' a
# retired nurse.', ' a woman waiting outside'
_INDEFINITE_AFTER = re.compile(
    r"\s+(?:a|an|one|another)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w-]*"
    r"(?=\s*[.,;—–]|\s+(?:in|at|from|who|based|[a-z]{2,}ing)\b)"
)
# Proper nouns (and their "of", "and") before a title after a quotation: ', Ohio GOP ',
# ', Oslo Peace Institute ', ', Kyiv School of Economics ' (then lower-case title words)
_PROPER_MODIFIERS = re.compile(
    r"[\s,—–-]*(?:[A-Z][\w.'’&-]*\s+)(?:(?:[A-Z][\w.'’&-]*|of|and|for)\s+){0,4}"
    r"(?:[a-z][\w-]*\s+){0,3}"
)
_COMMON_SPEAKER = re.compile(
    r"[\s,—–-]*(?:the|a|an|one|another)\s+(?:[a-z][\w-]*(?:['’]s)?\s+){0,4}[a-z][\w-]*\s+"
)
# Verbs whose content is the object of a preposition after them ("called for talks",
# "warned against escalation"): a "that" inside it starts no clause of theirs.
_PREP_CONTENT = frozenset(("call", "warn", "caution"))
# A noun phrase right after a verb of saying that takes no object before its clause ("said
# most of the clauses that the envoys drafted would go", "argued the plan that ..."): the
# subject of the reported clause, so a "that" after it is relative and the clause starts at
# the noun phrase. A time ("said this week that", "said more than a dozen times that") is an
# adverbial, and "described the fall of the town as proof that ..." keeps its "that" clause.
_SUBJECT_NP = re.compile(
    r"\s*(?:the|a|an|many|some|most|all|few|several|his|her|their|its|our|my|your|these"
    r"|those|this|each|every|no|any|both|much|more|none|other|such|one|two|three|\d[\d,.]*)\b"
    r"(?![^,;:]*\b(?:day|days|week|weeks|weekend|month|months|year|years|morning|afternoon"
    r"|evening|night|time|times|occasions|hour|hours|ago|earlier|later|as|(?:Mon|Tues|Wednes"
    r"|Thurs|Fri|Satur|Sun)day)\b)[^,;:]*$",
    re.IGNORECASE,
)
# Verbs with an object before their clause ("told reporters that", "warned allies that").
_OBJECT_BEFORE_CLAUSE = frozenset((
    "tell", "inform", "assure", "remind", "warn", "advise", "notify", "convince", "persuade",
    "show", "promise", "caution", "teach", "ask", "brief", "reassure", "signal",
))  # fmt: skip
_CONTENT_PREP = re.compile(r"\s+(?:for|upon|against|of|about)\b")
_GOING_ON = re.compile(
    r"\b(?:(?:go|goes|went|gone|going)\s+on|continu\w*|began|begun|begins?|beginning|start\w*"
    r"|proceed\w*|rush\w*|hasten\w*|appear\w*|seem\w*|us(?:e|ed|es|ing)\b[^.;:!?]{1,40}?"
    r"|t(?:ake|akes|ook|aken|aking)\s+to\s+[\w.]+(?:\s+[\w.]+)?)\s+to\s+$",
    re.IGNORECASE,
)


# a gerund after "to" or "of" is a verb, not a noun as "to" or "of" makes a cue word
# elsewhere ("has taken to urging dockers to ...", "turned to arguing that ...")
_GERUND_AFTER = re.compile(r"\b(?:to|of)\s+\w+ing$")


# After a comma, a verb in the past (", passed a law") or a subject with its own verb of
# speaking (", the two governments said"), not a relative clause (", which Russia banned")
_RUNS_ON = re.compile(
    r",\s+(?!(?:which|who|whom|whose|where|when|as|and|or|but|including)\b)"
    r"(?:[a-z]+ed\b|(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:said|says|told|added|stated|announced)\b)"
)


# A written text named as the source of what follows or precedes it: "the text", "a copy
# (seen by ...)", "the document" (not a plan's or a draft's terms, see ``TERMS_TEXT``)
_WRITTEN_SOURCE = re.compile(
    r"(?:the|a)\s+(?:text|copy|document)\b(?!\s+of\s+(?:the\s+)?(?:plan|draft|proposal|deal|agreement))",
    re.IGNORECASE,
)


# a clause of when something was said, then the colon that introduces it
_WHEN_THEN_COLON = re.compile(
    r"\s*,?\s*(?:as|when|while|after|before)\s+[^:;\"“”]{1,80}:\s*$", re.IGNORECASE
)
# what one is thanked for: "thanked Trump for his flexibility"
_FOR_WHAT = re.compile(r"\bfor\b")


def to_parse(attributor: Attributor) -> list[tuple[Span, list[Quote]]]:
    """The sentences the parse attributes: those the pattern rules left alone.

    Only sentences that hold a reporting word, "according to" or a quotation mark that no
    statement covers yet are parsed (all of an article's in one batch, see ``parse_pass``).
    """
    text = attributor.text
    covered = bytearray(len(text) + 1)  # statements with their quotation marks, and cues
    for d in attributor.drafts:
        a, b = max(0, d.start - 2), min(len(text), d.end + 2)
        covered[a:b] = b"\x01" * (b - a)
        covered[d.cue_start : d.cue_start + len(d.cue)] = b"\x01" * len(d.cue)
    todo: list[tuple[Span, list[Quote]]] = []
    opened = {d.cue_start for d in attributor.drafts if not d.direct}
    # a noun phrase the pattern rules report after a verb like "called" or "welcomed" that
    # runs on past a comma ("called the memorandum an act of aggression, passed a law ...
    # and expelled ..."): the parse ends it where the verb's phrase ends
    runs_on = {
        d.cue_start
        for d in attributor.drafts
        if not d.direct
        and d.lemma in NOMINAL_LEMMAS
        and d.cue_start < d.start
        and _RUNS_ON.search(text, d.start, d.end) is not None
    }
    # a statement that takes in its own reporting clause, or that opens after a comma past
    # its cue: the parse may find the clause before the cue reported (see _content_before)
    runs_on |= {d.cue_start for d in attributor.drafts if _misplaced(text, d)}
    for sent, quotes in attributor.sentences:
        if sent.end - sent.start > MAX_PARSED:
            continue
        dateline = phrases.DATELINE.match(text, sent.start, sent.end)
        if dateline:
            # "SANTIAGO, June 12 (Wire) - X is preparing ..., people familiar said": the
            # dateline is no part of the sentence's syntax (parsed with it, its place name
            # becomes the head of the clause the verb reports)
            sent = Span(dateline.end(), sent.end)
        if (
            _SUBORDINATE_START.match(text, sent.start, sent.end)
            and any(sent.start <= c < sent.end for c in opened)
        ) or any(sent.start <= c < sent.end for c in runs_on):
            todo.append((sent, quotes))  # where the subordinate clause's report ends
            continue
        # a cue word or quotation mark that no statement covers yet
        if any(
            not covered[m.start()]
            and (
                not noun_before(text, m.start())
                or _GOING_ON.search(text, m.start() - 60, m.start())
                or _GERUND_AFTER.search(text, max(0, m.start() - 4), m.end()) is not None
            )
            for m in CANDIDATE.finditer(text, sent.start, sent.end)
        ) or _title_case_cue(text, sent):
            todo.append((sent, quotes))
    return todo


def _misplaced(text: str, d: Draft) -> bool:
    """Whether the pattern rules' statement ``d`` holds its own cue ("X agreed to Y, the
    minister said after talks, in a sign of Z") or opens after a comma past it ("X hoped for
    Y, officials told the paper, but Z refused")."""
    if d.direct:
        return False
    if d.start < d.cue_start < d.end:
        return True
    if d.cue_start < d.start and _CONJUNCT.search(text, d.start, d.end) is not None:
        return True  # "said X, while Z said Y"
    if _addressee_only(text, d):
        return True  # "X is what matters, an aide told this newspaper"
    return d.cue_start < d.start and "," in text[d.cue_start : d.start]


def _addressee_only(text: str, d: Draft) -> bool:
    """Whether the pattern rules' statement ``d`` is only what follows "told" ("told the
    party's conference in May") in a sentence with a comma before the cue: the parse may
    read the clause before the comma as what was told (see _content_before)."""
    after = d.cue_start + len(d.cue)
    return (
        d.lemma == "tell"
        and d.start >= after
        and not text[after : d.start].strip()
        and "," in text[max(0, d.cue_start - _ADDRESSEE_REACH) : d.cue_start]
    )


# characters before "told" in which a comma may end the clause told ahead of it
_ADDRESSEE_REACH = 80


# A word of a headline set in title case: capitalised, or a short function word
_TITLE_WORD = re.compile(r"[A-Z0-9\W]|(?:a|an|the|and|or|of|to|in|on|at|for|by|with|as)$")


# A person's name as a headline writes it: two to four capitalised words
_HEADLINE_NAME = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*[a-z]")


def _headline_name(text: str, report: Report) -> Who | None:
    """The speaker of a headline's reporting verb ("Mayor Ana Ruiz Says ..."): in title case
    the words of a name cannot be told from the capitalised words around it, so the proper
    noun the parse makes the verb's subject is taken whole for a person's name (not an
    outlet's, not a body's)."""
    a, b = report.subject_start, report.subject_end
    if not report.subject_proper or _HEADLINE_NAME.fullmatch(text, a, b) is None:
        return None
    name = text[a:b]
    if MEDIA.search(name) or body_name(name):
        return None
    return Who(name, None, True)


def _title_case_cue(text: str, sent: Span) -> bool:
    """Whether a sentence set in title case, every word capitalised as in a headline ("Mayor
    Says Strike Will End Friday."), holds a reporting word: capitalised, it is one all the
    same (the parse reads its words as it reads them in lower case)."""
    piece = text[sent.start : sent.end]
    words = piece.split()
    if len(words) < 4 or not all(_TITLE_WORD.match(w) for w in words):
        return False
    lower = piece.lower()
    return len(lower) == len(piece) and any(
        piece[m.start()].isupper() for m in CANDIDATE.finditer(lower)
    )


def parse_pass(
    attributor: Attributor, todo: list[tuple[Span, list[Quote]]], docs: Iterable[Doc]
) -> None:
    """Attribute the sentences ``todo`` (from :func:`to_parse`) from their parses ``docs``."""
    if not todo:
        return
    cue_starts = {d.cue_start for d in attributor.drafts}
    by_start = {sent.start: quotes for sent, quotes in todo}
    starts = sorted(by_start)
    new: list[Draft] = []
    by_cue = {d.cue_start: d for d in attributor.drafts if not d.direct}
    for report in reports(docs, [sent.start for sent, _ in todo]):
        if report.cue_start in cue_starts:
            d = by_cue.get(report.cue_start)
            if d is not None and report.kind is not ReportKind.QUOTE_FIRST:
                _start_with_clause(attributor.text, d, report)
                _end_with_clause(attributor.text, d, report)
            elif d is not None:
                _content_before(attributor.text, d, report)
            continue
        quotes = by_start[starts[bisect_left(starts, report.cue_start + 1) - 1]]
        d = attributor.from_report(report, quotes)
        if d is not None:
            new.append(d)
    if new:
        _continued_quotations(attributor, new)
        _reanchor_pronouns(attributor, new)


# A sentence opened by a subordinate clause ("While X has said ..., Y ...", "After X
# lamented ..., Y took ..."): a report inside it ends with it, where the parse ends it.
_SUBORDINATE_START = re.compile(
    r"[\s\"“]*(?:But\s+|And\s+)?(?:While|Although|Though|Whereas|After|When|Since|Because"
    r"|Before|Once|Until|Even\s+(?:though|as|if|after|before|when))\b"
)


def _content_before(text: str, d: Draft, report: Report) -> None:
    """ "X agreed to Y, the minister said after talks, in a sign of Z", "X had hoped for Y,
    two officials told the paper, but Z refused": when the parse reads the clause before
    the reporting clause as what was said, the pattern rules' statement that takes in the
    reporting clause itself, or only the writer's words after the comma that follows it,
    is that clause instead."""
    if not (report.start < report.end <= report.subject_start <= report.cue_start):
        return
    if report.end - report.start < 12 or open_quotation(text[report.start : report.end]):
        return
    if d.direct or d.start >= report.start and d.end <= report.end:
        return
    takes_cue = d.start <= report.start and d.end > report.cue_start
    after_comma = d.start > report.cue_start and "," in text[report.cue_start : d.start]
    # "X is what matters, an aide told this newspaper": the object of "told" is whom it was
    # told to, not what
    if takes_cue or after_comma or _addressee_only(text, d):
        d.start, d.end = report.start, report.end


# After a reported clause as the parse ends it, what is no longer said: a comma, unless a
# second "that" clause of the same report follows it (", but that ...")
_CLAUSE_AFTER = re.compile(r"[\s\"”’']*,(?!\s+(?:but|and|or)\s+that\s)")
# A conjunction of contrast in a statement that may open a second report ("said X, while
# others said Y"); the parse decides
_CONJUNCT = re.compile(r",\s+(?:while|whereas)\s")


def _end_with_clause(text: str, d: Draft, report: Report) -> None:
    """End the pattern rules' statement ``d`` where the parse ends the same cue's reported
    clause, when the parse stops it at a comma before a clause of the sentence's own ("...
    lamented the deadlock[, Clinton took a moment to ...]")."""
    start = report.start
    if re.match(r"that\s", text[start : start + 5]):
        start += 5  # the parse's clause opens on its "that", the pattern rules' after it
    if not (d.start - 3 <= start <= d.start + 30 and d.start < report.end < d.end):
        return
    rest = text[report.end : d.end]
    if not _CLAUSE_AFTER.match(rest) or open_quotation(text[d.start : report.end]):
        return
    end = report.end
    while end > d.start and text[end - 1] in " ,":
        end -= 1
    if word_count(text[d.start : end]) >= 2:
        d.end = end


# What the pattern rules may take in before the reported clause's "that": the phrase of
# the verb's medium or its addressee, with no comma, quotation mark or sentence end
_LEAD_IN = re.compile(r"[^,;:.\"“”]{1,80}\bthat\s+$")


def _start_with_clause(text: str, d: Draft, report: Report) -> None:
    """Start the pattern rules' statement ``d`` where the parse starts the same cue's
    reported "that" clause, when the pattern rules took in the words before its "that"
    ("said in a message [posted online that] ...", "told [analysts on a call that] ...")."""
    start = report.start
    if re.match(r"that\s", text[start : start + 5]):
        start += 5
    if not (d.start < start < d.end and report.end <= d.end + 2):
        return
    if _LEAD_IN.fullmatch(text, d.start, start) is None:
        return
    d.start = start


_CLOSING = re.compile(r"[,.!?]*[\"”’]?")


def _continued_quotations(attributor: Attributor, found: list[Draft]) -> None:
    """'"X," he said. "Y."': a quotation that opens the sentence after a quotation the
    parse attributed, in the same paragraph, with nothing but that attribution between
    them, is the same speaker's (as the pattern rules continue theirs); so is one that goes
    on after the attribution's comma ('"X," the paper wrote, "Y."')."""
    text = attributor.text
    sentence_starts = {sent.start for sent, _ in attributor.sentences}
    ordered_starts = sorted(sentence_starts)
    quotes_after: dict[int, Quote] = {}
    for _, quotes in attributor.sentences:
        for q in quotes:
            quotes_after.setdefault(q.mark_start, q)
    ordered = sorted(quotes_after.values(), key=lambda q: q.mark_start)
    marks = [q.mark_start for q in ordered]
    for d in found:
        if not d.direct and d.cue_start < d.end:
            continue  # (indirect speech whose cue follows it goes on too: '"...," says X.')
        last = d
        i = bisect_right(marks, d.end)
        while i < len(ordered):
            q = ordered[i]
            gap = text[last.end : q.mark_start]
            if not last.direct:
                # 'The answers are "not enough," says X.': past the quotation it ends on
                closing = _CLOSING.match(gap)
                gap = gap[closing.end() :] if closing else gap
            # '"...," the newspaper wrote, "given ..."': the quotation goes on after its
            # attribution, in the same sentence
            goes_on = (
                last is d and d.end < d.cue_start < q.mark_start and gap.rstrip().endswith(",")
            )
            if (
                (q.mark_start not in sentence_starts and not goes_on)
                or "\n" in gap
                or any(m in gap[1:] for m in '"“”')
                or (
                    word_count(gap) > 12
                    and not _own_sentence_rest(ordered_starts, last, d, q.mark_start)
                )
            ):
                break
            taken = [x for x in attributor.drafts if x.start < q.end and q.start < x.end]
            if taken:
                # a quotation the pattern rules gave to a speaker before this attribution,
                # as going on from that speaker's, goes on from this one instead
                if len(taken) == 1 and taken[0].direct and taken[0].cue_start < d.start:
                    taken[0].who = d.who
                    taken[0].cue, taken[0].cue_start = d.cue, d.cue_start
                break
            nxt = Draft(q.start, q.end, True, d.cue, d.cue_start, d.who, d.lemma)
            attributor.drafts.append(nxt)
            last = nxt
            i += 1


def _own_sentence_rest(starts: list[int], last: Draft, d: Draft, quote_start: int) -> bool:
    """'"X," said one owner with a fleet of tankers, who asked not to be named because he
    trades with oil majors. "Y."': however long, what stands between the attributed
    quotation and the next is the rest of the attribution's own sentence (no sentence
    opens between them), so the next quotation is the speaker's next sentence."""
    if last is not d or not d.direct or not d.end < d.cue_start < quote_start:
        return False
    return bisect_right(starts, d.end) == bisect_left(starts, quote_start)


def _pronoun_subject(attributor: Attributor, d: Draft) -> Mention | None:
    """The personal pronoun that is the subject of ``d``'s cue ('she said', 'said he')."""
    text = attributor.text
    end = d.cue_start + len(d.cue)
    i = bisect_left(attributor.starts, d.cue_start - 6)
    for m in attributor.mentions[i : i + 4]:
        if m.start > end + 2:
            break
        if m.kind is not MentionKind.PRONOUN or m.gender not in (Gender.MALE, Gender.FEMALE):
            continue
        if (m.end <= d.cue_start and not text[m.end : d.cue_start].strip()) or (
            m.start >= end and not text[end : m.start].strip()
        ):
            return m
    return None


def _unresolved_pronoun(d: Draft) -> bool:
    """A statement the parse found with "he" or "she" for its subject and resolved to
    nobody: the one named just before it may be who the pronoun is (the pattern rules' man
    named earlier did not fit the pronoun's gender)."""
    return d.who.speaker is None and d.pronoun in (Gender.MALE, Gender.FEMALE)


# Paths by which the resolver named a person from the words of the subject itself
_NAMING_PATHS = frozenset(
    (
        ActorPath.GAZETTEER_PERSON,
        ActorPath.TITLE,
        ActorPath.TITLE_CONTEXT,
        ActorPath.APPOSITION,
        ActorPath.OFFICE_CONTEXT,
        ActorPath.UNRESOLVED,
        ActorPath.PRIVATE,
    )
)


def _reanchor_pronouns(attributor: Attributor, found: list[Draft]) -> None:
    """'Akuol, a tea seller near the market, said she had ... "We remember 2013," she
    said.': the pattern rules resolved the pronoun before the parse found who spoke just
    before it, so they gave it to whoever spoke earlier. A pronoun subject of a cue goes to
    the person the parse found named as the subject of the latest statement before it (or
    found for the same pronoun there: "He says he expects ... '...,' he says"; in the same
    paragraph or the one before), when no other speaker's statement comes between,
    the person it was given to is not named since, and the gender agrees where known."""
    text = attributor.text
    # (a statement the pattern rules gave to a person they named counts as named too:
    # "Pat Conroy, who travelled with X, told reporters ... He rejected ...")
    # (in the pronoun's own paragraph only)
    patterned = [
        d
        for d in attributor.drafts
        if d not in found and d.who.speaker and d.who.person_like and d.who.path in _NAMING_PATHS
    ]
    named = sorted(
        [d for d in found if d.named or d.pronoun in (Gender.MALE, Gender.FEMALE)] + patterned,
        key=lambda d: d.cue_start,
    )
    if not named:
        return
    people = attributor.resolver.gaz.people
    ordered = sorted(attributor.drafts, key=lambda d: (d.cue_start, d.start))
    cue_starts = [d.cue_start for d in named]
    for d in ordered:
        if d in found and not _unresolved_pronoun(d):
            continue
        pron = _pronoun_subject(attributor, d)
        if pron is None:
            continue
        k = bisect_left(cue_starts, pron.start) - 1
        if k < 0:
            continue
        p = named[k]
        if p in patterned and "\n\n" in text[p.cue_start : pron.start]:
            continue
        if p not in patterned and not p.named and p.pronoun is not pron.gender:
            continue  # "He says ... '...,' he says": the same pronoun, resolved after the parse
        speaker = p.who.speaker
        if (
            speaker is None
            or speaker == d.who.speaker
            or text.count("\n\n", p.cue_start, pron.start) > 1
        ):
            continue
        person = people.get(speaker)
        if person is not None and person.gender not in (None, pron.gender):
            continue
        if person is None and given_name_gender(attributor.resolver.gaz, speaker) not in (
            None,
            pron.gender,
        ):
            continue  # "Maria Forsell ... '...,' he said"
        between = [x for x in attributor.drafts if p.cue_start < x.cue_start < pron.start]
        if any(x.who.speaker != speaker for x in between):
            continue
        if d.who.speaker and _named_between(attributor, d.who.speaker, p.cue_start, pron.start):
            continue
        old = d.who
        for x in attributor.drafts:
            if x.cue_start == d.cue_start and x.who == old:
                x.who = p.who


def _named_between(attributor: Attributor, name: str, a: int, b: int) -> bool:
    """True when the person ``name`` is named between ``a`` and ``b``."""
    last = name.split()[-1]
    i = bisect_left(attributor.starts, a)
    for m in attributor.mentions[i:]:
        if m.start >= b:
            break
        if m.person is not None and m.person.name == name:
            return True
        if m.kind in (MentionKind.NAME, MentionKind.SURNAME) and m.text.split()[-1] == last:
            return True
    return False


# a relative clause on the subject of a reporting verb (", who asked not to be named")
_SUBJECT_RELATIVE = re.compile(r",\s+(?:who|whom|whose)\b")


def _subject_chains(attributor: Attributor, report: Report) -> list[list[Mention]]:
    return chains(attributor._within(report.subject_start, report.subject_end), attributor.text)
