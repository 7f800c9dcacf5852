"""Antecedents: the person a pronoun or a sentence subject refers back to."""

from __future__ import annotations

import re
from bisect import bisect_left

from parley.actors import Gender
from parley.extract.cues import SPEECH_FORMS
from parley.extract.mentions import Mention, MentionKind
from parley.extract.phrases import DATELINE
from parley.extract.quotes import open_quotation
from parley.extract.resolver_base import ActorPath, ResolverBase, Who
from parley.extract.roles import (
    INDEFINITE,
    RoleClass,
)
from parley.extract.speaker_patterns import (
    _APPOSITION,
    _LIST_GAP,
    _SENTENCE_BREAK,
    _SENTENCE_END,
    _SENTENCE_START,
    NAME_GIVEN,
    _chain_actor,
    _one_person,
    _state_body,
    body_name,
    chains,
    det_before,
    organisation_name,
)

# A verbless line's "from" before the name it is about ("More from ", "Stronger words from ")
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
# An apposition that ends the line: ", the party's deputy chairman"
_APPOSITION_TO_END = re.compile(r",\s+(?:the|a|an|his|her|its|their)\s+[^,;:.!?\"“”]{2,60}")
# between a possessor and the noun it owns: "Pakistan['s ]foreign ministry"
_POSSESSIVE_GAP = re.compile(r"(?:['’]s?)?\s+")
# A body a possessor sends to speak for it abroad ("Russia's mission to the UN", "the
# Philippine mission"): the possessor's voice like its embassy
_OWNED_MISSIONS = frozenset(("mission", "permanent mission"))
_OF_GAP = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?|-[a-z]+\s+(?:[a-z]+\s+){0,2}")


# a main clause joined after a comma: "When X did Y, [it]", "X wants Y, and [it]"
_JOINED_CLAUSE = re.compile(r",\s+(?:and\s+|but\s+)?$")
# a sentence's subordinate opening before its subject: "When ", "After the "
_CLAUSE_HEAD = re.compile(
    r"(?:When|After|Before|Once|Since|As|While|Although|Though|Because|If)\s+(?:the\s+)?"
    r"|(?:The\s+)"
)
# the pronoun "it" and at most two words before the verb at a speaker's position
_IT_BEFORE = re.compile(r"\bit\s+(?:[a-z]+\s+){0,2}$")
# a reporting verb that closes its sentence, after what it reports: "it says."
_CUE_AFTER = re.compile(r"[\w'’-]+\s*[.,;!?]")
# a sentence opened by "It" and at most two words before the verb
_IT_OPENS = re.compile(r"\bIt\s+(?:[a-z]+\s+){0,2}$")
# the documents a body issues, which speak for it
_DOCUMENTS = frozenset(("statement", "letter", "readout", "communique", "communiqué", "release"))
# between a document and the body it came from: "a statement from the ", " by "
_FROM_GAP = re.compile(r"\s+(?:from|by|of)\s+(?:the\s+)?")
# the organ through which a body acts, after the body's possessive: "'s command"
_ORGAN_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:(?:high|central|military|political|top)\s+)?"
    r"(?:command|leadership|executive|politburo|central\s+committee)\b"
)
_QUOTE_MARK = re.compile(r"[\"“”]")


def _quoted_at(text: str, floor: int, pos: int) -> bool:
    """Whether ``pos`` opens or sits inside a quotation begun since ``floor``."""
    return text.startswith(('"', "“", "‘"), pos) or open_quotation(text[floor:pos])


_TITLE_KINDS = frozenset((MentionKind.ROLE, MentionKind.ADJECTIVE, MentionKind.ACTOR))
# A sentence's opening adverbial, before its subject: "Only hours earlier, ", "On Monday, "
# A sentence's opening phrase before its subject: a short phrase ("Only hours earlier,"),
# or a longer one that opens with a preposition, with a relative clause of its own ("At a
# bus stop on Sobornyi Avenue, where the glass has been replaced,")
# a sentence's opening determiner and one or two plain modifiers: "The outgoing ", "The
# new interim "
_MODIFIED_START = re.compile(r"(?:^|[.!?][\"”’)]*\s+|\n)The\s+(?:[a-z][a-z-]*\s+){1,2}$")
_OPENER = re.compile(
    r"(?:[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,4},\s+(?=[A-Z])"
    r"|(?:At|In|On|Outside|Inside|Near|Along|Across|Behind|Beside|Under|Over|From|Through"
    r"|After|Before|During|Since|When|While|Once|Although|Though"
    # (an adverb of place or time before the preposition: "Back at the gate in X,")
    r"|(?:Back|Later|Earlier|Out|Down|Up)\s+(?:at|in|on|near|along|by|outside|inside))"
    r"\s+[^,.;:!?\"“”()]{3,80}"
    r"(?:,\s+(?:where|when|which|as|while)\s+[^,.;:!?\"“”()]{3,100})?,\s+(?=[A-Z]|the\s|an?\s)"
    # a day or week with no comma after it: "On Sunday Bukele offered ...", "Last week X"
    r"|(?:(?:On|Late|Early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:Last|This|Earlier|Later)\s+(?:week|month|year|Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday))\s+(?=[A-Z])"
)
# A live blog entry's time on a line of its own: "\n15:10\n", "\n09.30 GMT\n"
_ENTRY_STAMP = re.compile(
    r"(?:^|\n)[ \t]*\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|BST|CET|EST|ET|[ap]\.?m\.?))?[ \t]*\n"
)
# What every stamp but one opening the text holds: a line that opens on a time. Python's
# engine finds the newline it opens on in C, where ``_ENTRY_STAMP`` (opening on "^" or a
# newline) is tried at every position
_LINE_TIME = re.compile(r"\n[ \t]*\d{1,2}[:.]\d\d")


def _may_hold_stamp(text: str, lo: int, pos: int) -> bool:
    """False when ``_ENTRY_STAMP`` has no match in text[lo:pos]: one opens on a newline
    and a time, or on the text's start ("^", at 0 only)."""
    return _LINE_TIME.search(text, lo, pos) is not None or (
        lo == 0 and _ENTRY_STAMP.match(text, 0, pos) is not None
    )


# The time that opens a live blog's entry, on its own line or before a dash: "17:45\n",
# "09.30 GMT - "
_TIME_STAMP = re.compile(
    r"\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|CET|EST|ET|[ap]\.?m\.?))?(?:[ \t]*\n\s*|\s+[-–—:]\s+)"
)


# nothing but a comma between a sentence's subject and a pronoun (and the pronoun's
# verb, where the antecedent is asked for): "Petro, he said,"
_COMMA_ONLY = re.compile(r",\s*(?:(?:he|she|they)\b\s*)?")
# a semicolon before a clause that opens on a capital ("... was led by X; Y, the council's
# secretary, has been questioned"): the clause's subject is narrated as a sentence's is
_CLAUSE_BREAK = re.compile(
    r";\s+(?=[A-Z])"
    # ", and President X, also in Rome, compared ...": a coordinated clause with a
    # capitalised subject of its own (an aside between commas allowed) and a past verb
    r"|,\s+(?:and|but|while)\s+(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:,[^,;\"“”]{1,40},)?"
    r"\s+[a-z]+ed\b)"
)
# A sentence that opens on an indefinite description of one person ("A cousin of ...",
# "One nurse based in Tehran", "An elderly man"), its words up to the first verb form
# (in lower case after an opening phrase: "In Tehran, a carpet seller in the bazaar said")
_INDEFINITE_ONE = re.compile(
    r"(?:[Aa]|[Aa]n|[Oo]ne)\s+(?=[a-z]|[A-Z][a-z]+(?:an|ian|ese|i|ish)\s+[a-z])"
)
# an aside set off by commas after the subject (", who asked not to be named,")
_SUBJECT_ASIDE = re.compile(r",[^,.;:!?\"“”]{3,160},")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _unnamed_reporter(text: str, a: int, stop: int) -> int | None:
    """Where the verb of speaking is when the sentence between ``a`` and ``stop`` opens on
    an indefinite description of one person that is its subject: "A cousin of one of the
    freed men, who asked not to be named, said", "One woman waiting outside told
    reporters"; None for any other sentence."""
    if not _INDEFINITE_ONE.match(text, a, stop):
        return None
    words = 0
    pos = a
    while pos < stop:
        aside = _SUBJECT_ASIDE.match(text, pos, stop)
        if aside is not None:
            pos = aside.end()
            continue
        word = _WORD.match(text, pos, stop)
        if word is None:
            if text[pos] in '"“”;:.!?(':
                return None  # a quotation or the clause's end before any verb
            pos += 1
            continue
        if word.group() in SPEECH_FORMS and words > 1:
            return word.start()
        words += 1
        if words > 9 or word.group() in _FINITE_BEFORE_SPEECH:
            return None
        pos = word.end()
    return None


# a preposition of place right before a place's name
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|outside|inside)\s+(?:the\s+)?$")
# what a name after a preposition of place may be read as: a place, not a side ("a
# carpet seller in the Grand Bazaar": a two-word place the mentions take for a name)
_PLACE_KINDS = frozenset(
    (MentionKind.ACTOR, MentionKind.ADJECTIVE, MentionKind.SURNAME, MentionKind.NAME)
)
# finite verbs that make the description the subject of some other clause first
_FINITE_BEFORE_SPEECH = frozenset(("is", "was", "were", "are", "has", "had", "have", "will"))

# ", which the " / ", whom ": a relative clause on an object, its own subject next
_RELATIVE_OBJECT = re.compile(r",\s+(?:which|whom)\s+(?:the\s+)?")
# capitalised owners before a title the mentions do not hold ("HNEC's ")
_OWNER_WORDS = re.compile(r"(?:[A-Z][\w-]*(?:['’]s)?\s+){0,3}")
# after a relative clause's subject (and its apposition): its verb, in the past
_VERB_AFTER = re.compile(r",?\s+(?:has\s+|had\s+|also\s+|once\s+)?[a-z]+ed\b")


class Antecedents(ResolverBase):
    """Antecedents: the person a pronoun or a bare subject refers back to."""

    def antecedent(self, pos: int, gender: Gender | None) -> Who | None:
        """The most recent person spoken of before ``pos`` (gender permitting)."""
        if gender is Gender.PLURAL:
            kinds = [k for k in self._by_kind if not k[0]]
        elif gender is None:
            kinds = [k for k in self._by_kind if k[0]]
        else:
            kinds = [k for k in ((True, None), (True, gender)) if k in self._by_kind]
        # the entry of a kind that fits spoken of last before pos (by where it was spoken
        # of: a speaker resolved again later is entered again, out of text order)
        best = -1
        for kind in kinds:
            for i in reversed(self._by_kind[kind]):
                at = self.history[i].pos
                if at < pos and (
                    best < 0 or (at, i) > (self.history[best].pos, best)  # the later entry on a tie
                ):
                    best = i
        if gender is Gender.PLURAL:
            before = self._sentence_before(pos)
            if (
                before is not None
                and (best < 0 or self.history[best].pos < before[0])
                and self._private_subject_before(pos)
            ):
                # "The bondholder committee issued its own statement. It welcomes ...": a
                # pronoun subject stands for the subject of the sentence before, here a
                # private body that speaks for nobody, not for the last side heard
                return Who(None, None, False, ActorPath.PRIVATE)
            # "When Moscow quit the deal, it said ...", "Caracas wants payment, and it has
            # insisted": the party that opens the pronoun's own sentence, or the clause
            # the pronoun's clause is joined to
            opener = self._clause_subject(pos)
            if opener is not None and (best < 0 or self.history[best].pos < opener.start):
                return Who(None, opener.actor, False)
            # "The Turkish foreign ministry's statement was shorter. It said": a sentence
            # that opens on the pronoun after one about a body's statement is that
            # statement speaking, for the body that issued it
            owner = self._document_owner(pos)
            if owner is not None and (best < 0 or self.history[best].pos < owner.start):
                return Who(None, self._subject_side(owner), False)
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
                if self._assumed_name(m):
                    return Who(m.text, self._describer_side(m), True)
        return None

    def _describer_side(self, m: Mention) -> str | None:
        """The side of the office that gives a one-word name in its sentence ("a Ukrainian
        battalion commander with the call sign Kedr": UKR); none for a private person's
        description ("a farmer named Petro") or one that names no side."""
        text = self.text
        given = NAME_GIVEN.search(text, max(0, m.start - 40), m.start)
        if given is None:
            return None
        floor = max(
            (b.end() for b in _SENTENCE_BREAK.finditer(text, max(0, m.start - 300), given.start())),
            default=max(0, m.start - 300),
        )
        inside = self.mentions[
            bisect_left(self.starts, floor) : bisect_left(self.starts, given.start())
        ]
        found = chains([x for x in inside if x.end <= given.start()], text)
        if not found:
            return None
        roles = [x for x in found[-1] if x.kind is MentionKind.ROLE]
        if not roles or roles[-1].role_class is RoleClass.PRIVATE:
            return None
        return _chain_actor(found[-1], self.gaz, self.day)

    def _assumed_name(self, m: Mention) -> bool:
        """A one-word name the text gives as one ("a commander with the call sign Kedr",
        "a farmer named Petro"): the person a first pronoun after it refers to."""
        return m.kind in (MentionKind.NAME, MentionKind.SURNAME) and (
            NAME_GIVEN.search(self.text, max(0, m.start - 40), m.start) is not None
        )

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
        lo = max(0, pos - 3000)
        if not _may_hold_stamp(text, lo, pos):
            return None  # no entry's stamp (most articles: one scan in C)
        stamp = next(reversed(list(_ENTRY_STAMP.finditer(text, lo, pos))), None)
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
        breaks = sorted(
            m.end()
            for pattern in (_SENTENCE_BREAK, _CLAUSE_BREAK)
            for m in pattern.finditer(text, floor, pos)
        )
        own = max(breaks, default=floor)
        starts = [a for a in (floor, *breaks) if a < own]
        ends = [*starts[1:], own][: len(starts)]
        for a, stop in zip(reversed(starts), reversed(ends), strict=True):
            if a <= after:
                break
            if _quoted_at(text, floor, a):
                continue  # a sentence of a quotation is somebody's words, not narration
            a, first = self._opening_chain(a, own)
            verb = _unnamed_reporter(text, a, stop)
            if verb is not None and not self._describes_side(a, verb):
                # "A cousin of one of the freed men, who asked not to be named, said ...
                # '...,' he said", "One nurse based in Tehran said": a sentence whose
                # subject describes one unnamed person by no office introduces that
                # person, whom a later pronoun of the paragraph means (not the last one
                # named before); a private person, for no side
                return Who(None, None, False, ActorPath.PRIVATE)
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
            if who is None:
                # "On Israel, the crown prince was direct. '...,' he told reporters": the one
                # holder of the definite office that opens the sentence
                who = self._definite_holder(first, a, gender)
            if who is None:
                # "The Belarusian leader has made similar remarks. He has said": the holder
                # of the office the sentence's subject qualifies by its state
                who = self._qualified_holder(first, a, gender)
            if who is not None:
                return who
            roles = [m for m in first if m.kind is MentionKind.ROLE]
            if roles and _one_person(roles[-1]) and det_before(text, first[0].start) in INDEFINITE:
                # "An Ethiopian official disputed that. He argued ...": the unnamed official
                # ("A witness for a growers' group told ... he said": a private person)
                side = (
                    None
                    if roles[-1].role_class is RoleClass.PRIVATE
                    else _chain_actor(first, self.gaz, self.day)
                    or self._actor_after(first[-1].end, roles[-1].role)
                )
                return Who(None, side, False)
        return None

    def _describes_side(self, a: int, b: int) -> bool:
        """Whether a name, an office or a side is named between ``a`` and ``b`` (a place
        after "in", "from" is where somebody is: "one nurse based in Tehran")."""
        for m in self.mentions[bisect_left(self.starts, a) : bisect_left(self.starts, b)]:
            if m.kind is MentionKind.PRONOUN:
                continue
            if m.kind is MentionKind.ROLE and m.role_class is RoleClass.PRIVATE:
                continue
            if m.kind in _PLACE_KINDS and (
                _PLACE_BEFORE.search(self.text, max(a, m.start - 8), m.start)
            ):
                continue
            return True
        return False

    def _definite_holder(self, chain: list[Mention], pos: int, gender: Gender | None) -> Who | None:
        """The person who holds the office of a definite title with no side ("the crown
        prince", "the president") on the day, the one the text spoke of last."""
        roles = [m for m in chain if m.kind is MentionKind.ROLE]
        if (
            len(roles) != 1
            or len(chain) != 1
            or roles[0].role_class is not RoleClass.PERSON
            or roles[0].role not in self.gaz.roles
            or det_before(self.text, chain[0].start) != "the"
        ):
            return None
        on_day = self.gaz.holders(None, roles[0].role, self.day)
        holders = self._recent_with_role(on_day, pos, roles[0].role) or [
            p for p in on_day if p.name in self._first_mention
        ]  # (else the one holder the text has named)
        if len(holders) != 1 or (gender is not None and holders[0].gender not in (None, gender)):
            return None
        p = holders[0]
        return Who(p.name, p.actor_on(self.day), True)

    def _qualified_holder(
        self, chain: list[Mention], pos: int, gender: Gender | None
    ) -> Who | None:
        """The person holding, on the day, the office a definite subject names with its
        state ("the Belarusian leader", "Russia's president"): the gazetteer's one holder,
        else the one the text named with that title for that state."""
        roles = [m for m in chain if m.kind is MentionKind.ROLE]
        states = {m.actor for m in chain if m.kind in (MentionKind.ADJECTIVE, MentionKind.ACTOR)}
        if (
            len(roles) != 1
            or roles[0] is not chain[-1]
            or roles[0].role_class is not RoleClass.PERSON
            or len(states) != 1
            or None in states
            or len(chain) != 2
            or det_before(self.text, chain[0].start) not in ("the", "")
        ):
            return None
        state = states.pop()
        role = roles[0].role
        holders = self.gaz.holders(state, role, self.day)
        if len(holders) == 1:
            p = holders[0]
            if gender is not None and p.gender not in (None, gender):
                return None
            return Who(p.name, p.actor_on(self.day), True)
        titled = [
            who
            for at, title, who in self._titled_names
            if at < pos and title == role and who.actor == state
        ]
        if len({who.speaker for who in titled}) == 1:
            return titled[-1]
        if state is None:
            return None  # (excluded above; for the type checker)
        return self._named_holder(state, role, pos, gender)

    def _named_holder(self, state: str, role: str, pos: int, gender: Gender | None) -> Who | None:
        """The one person the text named before ``pos`` whom the gazetteer records holding,
        on the day, an office of ``state`` that ends on ``role`` ("the Iranian minister" for
        the Iranian foreign minister named earlier); None when none or several were."""
        tail = " " + role
        found = {
            m.person.name: m.person
            for m in self.mentions[: bisect_left(self.starts, pos)]
            if m.person is not None
            and any(
                o.actor == state and any(r == role or r.endswith(tail) for r in o.roles)
                for o in m.person.offices
                if o.held_on(self.day)
            )
        }
        if len(found) != 1:
            return None
        p = next(iter(found.values()))
        if gender is not None and p.gender not in (None, gender):
            return None
        return Who(p.name, p.actor_on(self.day), True)

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
        if _COMMA_ONLY.fullmatch(text, first[-1].end, pos):
            # "Petro, he said, was entering his last year": a reporting clause set off
            # right after the sentence's subject interrupts the reported clause, whose
            # subject that is; the pronoun is somebody else
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
                if det_before(self.text, m.start) == "the":
                    return None  # "The Haida agreement was ...": a name takes no article
                who = self._known_name(m.text, m.start)
                if who is not None and who.actor is None:
                    # the side a statement of the same person was resolved to
                    for heard in reversed(self.history):
                        if heard.who.speaker == who.speaker and heard.who.actor:
                            return heard.who
                return who
        return None

    def _sentence_subject(self, pos: int, *, own: bool = False) -> Mention | None:
        """The latest actor named at the start of a sentence of this paragraph before
        ``pos`` ("The ELN did not deny it."), not a possessor ("The ELN's front"); with
        ``own``, the one that opens the sentence of ``pos`` itself."""
        floor = self.text.rfind("\n\n", 0, pos)
        sentence = self.text.rfind(". ", 0, pos)  # the pronoun's own sentence does not count
        if own:
            floor = max(floor, sentence, self.text.rfind("\n", 0, pos))
        i = bisect_left(self.starts, pos if own else sentence)
        window = self.mentions[max(0, i - 12) : i]
        for k in range(len(window) - 1, -1, -1):
            m = window[k]
            if m.start < floor:
                break
            if (
                (
                    (
                        m.kind is MentionKind.ACTOR
                        and (
                            not m.possessive
                            or self._owns_state_body(m, window[k + 1 : k + 2])
                            # "The OLA's command told a different story": a body's own organ
                            or _ORGAN_AFTER.match(self.text, m.end) is not None
                        )
                    )
                    or (
                        m.kind is MentionKind.ADJECTIVE
                        and m.actor is not None
                        and self._owns_state_body(m, window[k + 1 : k + 2])
                    )
                    or (not m.possessive and self._state_institution(m))
                    or (m.kind is MentionKind.ROLE and not m.possessive and _state_body(m.role))
                )
                and (
                    _SENTENCE_START.search(self.text, max(0, m.start - 8), m.start)
                    or self._after_opener(m.start)
                    or (
                        # "The outgoing cabinet of X remains in charge": a state body after
                        # plain modifiers that open the sentence
                        m.kind is MentionKind.ROLE
                        and _MODIFIED_START.search(self.text, max(0, m.start - 40), m.start)
                        is not None
                    )
                )
            ):
                # (a state's body: "The National Consensus Commission handed ..."; a state's
                # ministry by its possessor: "Pakistan's foreign ministry did not respond")
                return m
        return None

    def _owns_state_body(self, m: Mention, after: list[Mention]) -> bool:
        """True when the state (a possessive actor or a demonym) ``m`` owns the state body
        named right after it ("Pakistan's foreign ministry", "the Philippine foreign
        ministry"): that body is the noun phrase's head, and its side is the state's."""
        return (
            bool(after)
            and after[0].kind is MentionKind.ROLE
            and _POSSESSIVE_GAP.fullmatch(self.text, m.end, after[0].start) is not None
            and (
                _state_body(after[0].role)
                or self._state_institution(after[0])
                # "Russia's mission to the UN": a possessor's mission is its own voice
                or after[0].role in _OWNED_MISSIONS
            )
        )

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

    def _clause_subject(self, pos: int) -> Mention | None:
        """The listed party that opens the sentence of a singular "it" at ``pos``, or the
        subordinate clause that opens it ("When Moscow quit the deal, [it] said"), when
        the pronoun opens the main clause after a comma ("..., [it] said", "..., and [it]
        has insisted")."""
        text = self.text
        it = _IT_BEFORE.search(text, max(0, pos - 40), pos)
        if it is None or _CUE_AFTER.match(text, pos):
            # (", it says." after the reported clause: "it" is the source, not its subject)
            return None
        pos = it.start()
        joint = _JOINED_CLAUSE.search(text, max(0, pos - 8), pos)
        if joint is None:
            return None
        start = max(
            max(text.rfind(e, 0, pos) for e in (". ", "? ", "! ")) + 2, text.rfind("\n", 0, pos) + 1
        )
        head = _CLAUSE_HEAD.match(text, start)
        at = head.end() if head is not None else start
        i = bisect_left(self.starts, at)
        if i >= len(self.mentions):
            return None
        m = self.mentions[i]
        if (
            m.start != at
            or m.end >= pos
            or m.kind is not MentionKind.ACTOR
            or m.possessive
            or m.actor is None
        ):
            return None
        if _QUOTE_MARK.search(text, start, pos):
            return None
        return m

    def _document_owner(self, pos: int) -> Mention | None:
        """The body whose statement the sentence before a sentence-opening "It" at
        ``pos`` is about: the possessor of its document noun ("The Turkish foreign
        ministry's statement was shorter.") or the body it came from ("The trigger was
        a statement from the ministry.")."""
        text = self.text
        it = _IT_OPENS.search(text, max(0, pos - 40), pos)
        if it is None or _CUE_AFTER.match(text, pos):
            return None
        end = it.start()
        floor = max(text.rfind("\n\n", 0, end) + 2, 0)
        starts = [b.end() for b in _SENTENCE_BREAK.finditer(text, floor, end + 1)]
        start = max(starts[:-1], default=floor) if starts else floor
        if not starts or starts[-1] != end:
            return None
        i, j = bisect_left(self.starts, start), bisect_left(self.starts, end)
        inside = self.mentions[i:j]
        for k, m in enumerate(inside):
            if m.kind is not MentionKind.ROLE or m.role not in _DOCUMENTS:
                continue
            if k and inside[k - 1].possessive and inside[k - 1].end + 4 >= m.start:
                owner = inside[k - 1]
            elif k + 1 < len(inside) and _FROM_GAP.fullmatch(text, m.end, inside[k + 1].start):
                owner = inside[k + 1]
            else:
                continue
            if owner.kind in (MentionKind.ACTOR, MentionKind.ADJECTIVE) and owner.actor:
                return owner
            if owner.kind is MentionKind.ROLE and _state_body(owner.role):
                return owner
            return None
        return None

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
