"""Generic sides from context: the paragraph, the framing sentence, the home state."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from functools import cached_property

from parley.actors import ActorKind, Gazetteer, per_gazetteer
from parley.extract.counterpart import negotiating_parties
from parley.extract.headline_side import headline_sub_state
from parley.extract.labour import labour_dispute
from parley.extract.mentions import Mention, MentionKind, mention_finder, sub_state_outnamed_by
from parley.extract.resolver_base import ActorPath, ResolverBase
from parley.extract.speaker_patterns import (
    _DATELINE,
    _NAME_GOES_ON,
    _REPORTING,
    _SENTENCE_BREAK,
    _SENTENCE_END,
)
from parley.extract.sub_state_heads import (
    NamedGovernment,
    cabinet_government,
    city_government,
    government_before,
    head_government,
    minister_government,
    named_governments,
    paragraph_heads,
    sub_state_story,
)
from parley.places import (
    capital_city_government,
    place_state,
    place_state_variant,
    regional_state,
)

# A sentence that opens on a place: "In Kyiv, ...", "Inside Syria, ...", "In Tehran the ..."
_FRAME = re.compile(r"(?:In|Inside|Back in)\s+(?:the\s+)?")
# A place word or two a frame opens on, set off by a comma: "In Kherson, ..."
_FRAMED_PLACE = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),[ ]")
# A paragraph's first character; the place words that open a dateline ("LONDON/NEW DELHI")
_PARAGRAPH_STARTS = re.compile(r"(?:^|\n\s*\n)(?=\S)")
# "came down in Dubai", "met at Sharm el-Sheikh": a place something happens in
_IN_PLACE = re.compile(r"\b(?:in|at)\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_LEAD_REACH = 1500  # how far into the article the lead's places are read (characters)
# The most words a heading that names only a place has ("Port of Spain")
_SECTION_HEADING_WORDS = 4
# A heading in capitals opening on a name and a verb: "OTTAWA WELCOMES DEAL", "THE HAGUE
# SAYS NO"
_CAPS_HEADING = re.compile(
    r"((?:THE\s+)?[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)?)\s+[A-Z]{2,}S\b[A-Z0-9\s,;:'’\"“”&-]*$"
)
# a place after a preposition, or listed after one ("the coasts of Romania and [Bulgaria]")
_PLACE_AFTER = re.compile(
    r"\b(?:of|from|through|via|near|along|off|across|into|towards?)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,\s+)*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    r",?\s+and\s+)?$"
)
# A finite verb right after a sentence's first name: that name is the subject
_SUBJECT_VERB = re.compile(
    r"\s+(?:has\s+|had\s+|will\s+|would\s+|is\s+|was\s+)?(?:said|says|became|announced|agreed"
    r"|signed|rejected|accepted|offered|proposed|told|warned|insisted|sent|made|struck|reached"
    r"|won|lost|began|imposed|refused|demanded|called|pledged|promised)\b"
)
# The opening of a speaker's phrase after the clause it attributes: ", the ", ", " before
# the title ("..., the foreign ministry's spokesman X said"; "..., Defence Minister X said")
_AFTER_CLAUSE = re.compile(
    r"[\"”’]?,\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?!(?:and|but|or|while|which|who|whom|whose|that|as|if|when|because|including"
    r"|such|like|among)\s)[\w'’-]+\s+){0,4}$"
)
# The fewest words of a clause a speaker's phrase may follow and report
_CLAUSE_WORDS = 5
# A gerund of saying after a comma, which opens what the sentence's speaker said: ",
# accusing ", ", saying ", ", calling for "
_REPORTING_GERUND = re.compile(
    r",\s+(?:accusing|saying|calling|warning|urging|arguing|insisting|claiming|describing|"
    r"telling|adding|noting|stressing|dismissing|rejecting|criticising|criticizing|"
    r"praising|welcoming|blaming|demanding|asking|vowing|pledging)\b"
)
# A reporting verb right after the speaker's phrase, no comma between: "X said"
_REPORTING_SOON = re.compile(r"[^.!?\n,;]{0,80}?" + _REPORTING.pattern)
# A verb right after a lead's opening subject: any lower-case word but a conjunction or a
# preposition that would make the name part of a longer subject ("Senegal and ...")
_LEAD_VERB = re.compile(r"\s+(?!(?:and|or|of|in|on|at|to|with|for|from|by|as|nor)\b)[a-z]+\b")
# a possessive right before a headline's name: "Ukraine's EU entry" is another party's
# business, with the body only its topic
_OWNER_BEFORE = re.compile(r"['’]s\s+$")
_HEADLINE = re.compile(r"\A\s*Title:\s*(?P<line>[^\n]+)")
# A cue and the opening of the clause it reports: "said that the ", "told reporters the "
_CLAUSE_OPENING = re.compile(r"\w+(?:\s+(?:reporters|journalists))?\s+(?:that\s+)?(?:the\s+)?")


# The place where a speaker spoke: "told reporters in ", "told a news conference in "
_SPOKE_IN = re.compile(
    r"\b(?:told|briefed)\s+(?:reporters|journalists|(?:a\s+)?(?:news|press)\s+conference)"
    r"\s+in\s+$"
)
# A place the apposition after a name puts the person in: "X, in Washington for the IMF
# meetings,", "X, who was in Washington for ...", "X, visiting Tokyo," (where one is, not
# whom one speaks for)
_BEING_IN = re.compile(
    r",\s+(?:(?:who|which)\s+(?:is|was|were|are|had\s+been|has\s+been)\s+)?"
    r"(?:in|(?:who\s+(?:is|was)\s+)?visiting|(?:who\s+(?:is|was)\s+)?on\s+a\s+"
    r"(?:visit|trip)\s+to)\s+(?:the\s+)?$"
)
_VISITED = re.compile(
    r"\b(?:visit(?:ed|ing|s)?|(?:travel(?:l?ed|l?ing|s)?|flew|fly(?:ing)?|went|trip|visits?|"
    r"journey(?:ed)?|came|arriv(?:ed|ing|al))\s+(?:back\s+)?(?:to|in))\s+(?:the\s+)?$"
)


# A verb of saying right after a named person, the person its subject: "President X has
# said", "X told reporters"
_SAYS_AFTER = re.compile(r"\s+(?:(?:has|had)\s+)?(?:said|says|told|tells)\b")
# "X, whose party has long been wary of arms for Kyiv, said", "X, who has championed aid to
# Kyiv, said": a relative clause about the person names what they think of, not their side
_RELATIVE_AFTER = re.compile(
    r"[\w'’.-]+(?:\s+[\w'’.-]+){0,5}?,\s+(?:who|whose)\s+[^,;:\n\"“”]{1,160}?,"
)


# A cue that turns to the media the speaker spoke to: "told", "said in an interview with",
# "speaking to", "in remarks to" (then the medium: "Iranian television")
_TOLD_MEDIUM = re.compile(
    r"\b(?:told|(?:said\s+)?(?:in\s+(?:an\s+)?(?:interview|remarks|comments)\s+(?:with|to|on)"
    r"|(?:speaking|talking)\s+(?:to|with|on))|said\s+on)\s+(?:the\s+)?"
)
# The medium after its state's demonym or possessive: "Iranian [state television]",
# "Pakistan's [state broadcaster]", "Turkish [news agency Anadolu]"
_MEDIUM = re.compile(
    r"(?:['’]s)?\s+(?:(?:state|state-run|state-owned|public|official|national|local)\s+)?"
    r"(?:television|TV|radio|media|broadcaster|news\s+agency|newspaper|daily|channel"
    r"|press|journalists|reporters|outlets?)\b"
)


# A state's organ after its possessor, as a sentence's subject before its verb: "['s]
# agriculture and economy ministries said", "['s] foreign ministry spokesman announced"
_ORGAN_SUBJECT = re.compile(
    r"(?:['’]s)?\s+(?:[a-z][\w-]*,?\s+){0,5}?(?:ministry|ministries|government|cabinet"
    r"|presidency|delegation|negotiators?|officials|spokes(?:man|woman|person))"
    + _SUBJECT_VERB.pattern
)


# "A ", "The ": the article that opens a lead on a demonym
_ARTICLE_OPENING = re.compile(r"(?:A|An|The)\s+")
# A state's organ right after its demonym: "(A Nigerian) delegation", "(The Chilean)
# government's negotiators"
_DEMONYM_ORGAN = re.compile(
    r"\s+(?:ministry|government|cabinet|presidency|delegation|negotiators|officials)\b"
)
# A state's organ after its possessor, then any verb: "['s] government signed"
_ORGAN_SUBJECT_ANY = re.compile(
    r"(?:['’]s)?\s+(?:[a-z][\w-]*,?\s+){0,5}?(?:ministry|ministries|government|cabinet"
    r"|presidency|delegation|negotiators?|officials|spokes(?:man|woman|person))"
    + _LEAD_VERB.pattern
)


# Offices only a state has, never a province's or a region's: a bare one in an article
# about a sub-state government is still the state's
NATIONAL_ONLY = frozenset(
    (
        "prime minister", "foreign minister", "defence minister", "defense minister",
        "foreign secretary", "secretary of state", "chancellor", "vice president",
        "vice-president", "ambassador", "envoy",
    )
)  # fmt: skip


# Offices of a government's cabinet named without "minister" that a province's or a
# state's cabinet has too ("Treasurer X" of New South Wales)
_CABINET_OFFICES = frozenset(("treasurer", "attorney general", "attorney-general"))


def _portfolio_minister(role: str | None) -> bool:
    """A portfolio's minister ("minister", "finance minister", "treasurer") no state alone
    has."""
    if role in _CABINET_OFFICES:
        return True
    return role is not None and "minister" in role.split() and role not in NATIONAL_ONLY


@per_gazetteer
def _state_capitals(gaz: Gazetteer) -> frozenset[str]:
    """The capitals of the gazetteer's states."""
    return frozenset(
        c for actor in gaz.actors.values() if actor.kind is ActorKind.STATE for c in actor.capitals
    )


class SideContext(ResolverBase):
    """Generic sides from context: the paragraph, the framing, the home state."""

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
        attributed = None if spoken_of else self._attributed_clause_start(pos)
        for j, m in self._back_in_paragraph(pos, 20):
            if self._reported(m.start) and not spoken_of:
                continue  # "the ministry said Ethiopia's operation ...": what was spoken of
            if attributed is not None and m.start >= attributed:
                # "Indonesia welcomes the plan, but Ukraine must accept it, the ministry's
                # spokesman said": the state the attributed clause opens on as its subject
                # is the speaker's own; another it names is spoken of
                subject = self._state_subject_at(attributed, pos)
                if subject is m and m.actor is not None:
                    self.context_basis = ActorPath.CONTEXT_PARAGRAPH
                    return m.actor
                if subject is not None:
                    continue
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
            self.context_basis = ActorPath.CONTEXT_PARAGRAPH
            return actor
        if placed is not None:
            self.context_basis = ActorPath.CONTEXT_PARAGRAPH
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
        visited: set[str] = set()
        relative = _RELATIVE_AFTER.match(self.text, pos)
        for m in self.mentions[i : i + 12]:
            if relative is not None and relative.start() <= m.start < relative.end():
                continue  # "X, whose party is wary of arms for Kyiv, said"
            if (
                m.start < stop
                and m.kind is MentionKind.ACTOR
                and m.actor
                and self._is_state(m.actor)
                and _SPOKE_IN.search(self.text, max(pos, m.start - 50), m.start)
                and not _REPORTING.search(self.text, pos, max(pos, m.start - 50))
            ):
                # "X, the minister for trade, told reporters in The Hague": where the
                # speaker spoke, a seat of that state's government
                self.context_basis = ActorPath.CONTEXT_SENTENCE
                return m.actor
            if (
                m.start >= stop
                or _REPORTING.search(self.text, pos, m.start)
                or _REPORTING_GERUND.search(self.text, pos, m.start)
            ):
                # "Premier X says the province will pause its campaign in the US";
                # "Speaker X went further, accusing critics of wanting war more than the
                # Ukrainians": what the speaker spoke of, not whose the office is
                break
            if _BEING_IN.search(self.text, max(pos, m.start - 60), m.start):
                # "Minister X, in Washington for the meetings, said": a visitor there, so
                # of some other state than the place's
                if m.actor and self._is_state(m.actor):
                    visited.add(m.actor)
                continue
            if m.kind is MentionKind.ACTOR and m.actor and self._is_state(m.actor):
                self.context_basis = ActorPath.CONTEXT_SENTENCE
                return m.actor
        told = self._told_medium_state(pos, stop)
        if told is not None:
            self.context_basis = ActorPath.CONTEXT_SENTENCE
            return told
        spoken = self._paragraph_speaker_state(pos)
        if spoken is not None:
            self.context_basis = ActorPath.CONTEXT_PARAGRAPH
            return spoken
        opened = self._paragraph_before_opens_on(pos) or self._section_state(pos)
        side = opened or (self._home_or_main() if main else self.home_state)
        self.context_basis = (
            ActorPath.CONTEXT_PARAGRAPH_BEFORE
            if opened
            else ActorPath.DATELINE
            if side is not None and side == self.home_state
            else ActorPath.ARTICLE_FALLBACK
        )
        if side is not None and side in visited:
            return self._other_state(visited)
        return side

    def _paragraph_speaker_state(self, pos: int) -> str | None:
        """The one state of the people the paragraph before ``pos`` names as the subjects
        of a verb of saying ("President X has said the government may ...; two officials
        said"): a paragraph that names no state but lets a known leader speak is that
        leader's state's. None when such speakers are of two states or none."""
        states: set[str] = set()
        for _, m in self._back_in_paragraph(pos, 20):
            if m.kind is not MentionKind.PERSON or not _SAYS_AFTER.match(self.text, m.end):
                continue
            actor = m.actor_on(self.day)
            if actor is not None and self._is_state(actor):
                states.add(actor)
        return states.pop() if len(states) == 1 else None

    def _attributed_clause_start(self, pos: int) -> int | None:
        """Where the sentence of the speaker's phrase at ``pos`` starts, when the phrase
        follows the clause it reports ("Indonesia welcomes the plan, but it must be
        accepted by Ukraine, the ministry's spokesman X said"; the cue right after the
        phrase, no cue before it, a clause of some words before the comma, not a frame
        such as "In Jakarta,"). None for any other sentence."""
        floor = max(self.text.rfind("\n\n", 0, pos), pos - 400, 0)
        breaks = _SENTENCE_BREAK.finditer(self.text, floor, pos)
        start = max((b.end() for b in breaks), default=floor)
        while start < pos and self.text[start].isspace():
            start += 1
        dateline = _DATELINE.match(self.text, start)
        if dateline is not None:
            start = dateline.end()
        after = _AFTER_CLAUSE.search(self.text, start, pos)
        if after is None or _FRAME.match(self.text, start) is not None:
            return None  # "In Jakarta, the ministry's spokesman said": where, not what
        if len(self.text[start : after.start()].split()) < _CLAUSE_WORDS:
            return None  # "On Monday, the spokesman said": no clause before it
        if _REPORTING.search(self.text, start, pos) is not None:
            return None  # a cue before it: "X said Y, the Z"
        if _REPORTING_SOON.match(self.text, pos) is None:
            return None
        return start

    def _state_subject_at(self, start: int, pos: int) -> Mention | None:
        """The state's name the clause from ``start`` opens on as the subject of its verb
        ("Indonesia welcomes ...", "The United States withdrew ..."), before ``pos``."""
        m = self._state_named_at(start)
        if (
            m is not None
            and m.start < pos
            and not m.possessive
            and _LEAD_VERB.match(self.text, m.end) is not None
        ):
            return m
        return None

    def _state_named_at(self, at: int) -> Mention | None:
        """The mention of a state that opens the text at ``at`` (after a "The "), or None."""
        if self.text.startswith("The ", at):
            at += 4
        m = self._mention_at(at)
        if m is None or m.kind is not MentionKind.ACTOR or not m.actor:
            return None
        return m if self._is_state(m.actor) else None

    def _told_medium_state(self, pos: int, stop: int) -> str | None:
        """The state whose media the speaker at ``pos`` spoke to in the same sentence
        ("Energy minister X told Iranian television", "X said in an interview with
        Pakistan's state broadcaster"): an official gives interviews to the media at
        home, so the medium's state is the speaker's when nothing nearer gives one."""
        for told in _TOLD_MEDIUM.finditer(self.text, pos, stop):
            m = self._mention_at(told.end())
            if (
                m is None
                or m.kind not in (MentionKind.ADJECTIVE, MentionKind.ACTOR)
                or (m.kind is MentionKind.ACTOR and not m.possessive)
                or not m.actor
                or not self._is_state(m.actor)
                or _MEDIUM.match(self.text, m.end) is None
            ):
                continue
            return m.actor
        return None

    def _other_state(self, visited: set[str]) -> str | None:
        """The state the article mostly quotes or names after those in ``visited`` (where
        the speaker was only a visitor)."""
        self.main_actor(state_only=True)  # counts what the article names
        ranked = [a for a, _ in self._speaker_actors.most_common()] + list(self._named or [])
        return next((a for a in ranked if a not in visited and self._is_state(a)), None)

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
                # a heading ("The offer"); one in capitals that opens on a state's name or
                # capital as its subject ("OTTAWA WELCOMES DEAL") heads a section about it
                opened = self._heading_state(block)
                if opened is not None:
                    return opened
                para = prev
                continue
            dateline = _DATELINE.match(text, start)
            at = dateline.end() if dateline is not None else start
            opened = self._state_opening(at, _SUBJECT_VERB) or self._organ_opening(at)
            if opened is not None and self._other_state_opens(opened, at, para):
                return None  # "X struck ... Y says ...": a paragraph about both sides
            return opened
        return None

    def _section_state(self, pos: int) -> str | None:
        """The state whose name or capital alone makes the heading of the section ``pos``
        is in ("Caracas", "Port of Spain" over a round-up's paragraphs): the nearest
        heading before it (a short line with no sentence end) says whose section it is;
        one that names no state, or none before the story's start, says nothing."""
        text = self.text
        para = text.rfind("\n\n", 0, pos)
        while para > 0:
            prev = text.rfind("\n\n", 0, para)
            block = text[prev + 2 if prev >= 0 else 0 : para].strip()
            para = prev
            if "\n" in block or _SENTENCE_END.search(block) or block.endswith("."):
                continue  # a paragraph of the story (or the page's header lines)
            if len(block.split()) > _SECTION_HEADING_WORDS:
                return None  # a headline or a heading that says more than a place
            side = self.gaz.actor_of(block)
            return side if side is not None and self._is_state(side) else None
        return None

    def _other_state_opens(self, state: str, start: int, end: int) -> bool:
        """Whether a later sentence of the paragraph from ``start`` to ``end`` opens on a
        state other than ``state`` as its subject ("Iran struck ... Islamabad says ..."):
        a paragraph that sets both sides side by side says nothing of whom the next one
        is about."""
        for brk in _SENTENCE_BREAK.finditer(self.text, start, end):
            other = self._state_opening(brk.end(), _SUBJECT_VERB) or self._organ_opening(brk.end())
            if other is not None and other != state:
                return True
        return False

    def _organ_opening(self, at: int) -> str | None:
        """The state whose organ opens a paragraph at ``at`` as its subject ("Mexico's
        agriculture and economy ministries said ...", "Iran's foreign ministry announced
        ..."): the state the paragraph speaks of, as when it opens on the state itself."""
        m = self._mention_at(at)
        if (
            m is None
            or m.kind is not MentionKind.ACTOR
            or not m.possessive
            or not m.actor
            or not self._is_state(m.actor)
        ):
            return None
        return m.actor if _ORGAN_SUBJECT.match(self.text, m.end) else None

    def _heading_state(self, block: str) -> str | None:
        """The state a section heading set in capitals opens on ("OTTAWA WELCOMES DEAL,
        STAYS AWAY FROM LEGISLATION", "CANADA WARNS ..."): its first one or two words read
        as a name, followed by a verb in capitals."""
        head = _CAPS_HEADING.match(block.strip())
        if head is None:
            return None
        side = self.gaz.actor_of(head.group(1).title())
        return side if side is not None and self._is_state(side) else None

    def _framing_actor(self, pos: int, *, state_body: bool = False) -> str | None:
        """The state a sentence or its paragraph opens on ("In Kyiv, the president's office
        said", "In Tehran the deal drew fire ... one lawmaker said"): where the unnamed
        speakers that follow are, when the article speaks of that state's people (a venue
        of talks, "In Geneva, ...", is not a side). A state's own body (``state_body``: "In
        Beijing, asked about the plan, a foreign ministry spokesperson said") is the framing
        state's whether or not the article quotes its people elsewhere."""
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
                place = self._framing_place(frame.end())
                if place is not None:
                    return place
                continue
            m = self.mentions[i]
            if (
                m.kind is MentionKind.ACTOR
                and m.actor
                and self._is_state(m.actor)
                and (state_body or m.actor in self._peopled())
            ):
                return m.actor
            if m.kind is not MentionKind.ACTOR:
                place = self._framing_place(frame.end())
                if place is not None:
                    return place
        return None

    def _framing_place(self, at: int) -> str | None:
        """The state of a town or province the places table knows that a frame opens on,
        before a comma ("In Kherson, officials say"): the unnamed people who speak there
        are that state's, when the article quotes or names that state's people (a venue
        abroad is not a side)."""
        place = _FRAMED_PLACE.match(self.text, at)
        if place is None:
            return None
        side = place_state_variant(self.gaz, place.group(1))
        return side if side is not None and side in self._peopled() else None

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
                and (
                    state in peopled
                    or state in self._body_demonyms
                    or not any(self._is_state(a) for a in peopled)
                )
                and self._dateline_party(state)
            ):
                # "LONDON --" over a story that names no state's people but places
                # (England, the NHS) is Britain's; over talks between others, a venue
                return state
            return None
        return None

    @cached_property
    def lead_state(self) -> str | None:
        """The state the article's lead (the paragraph its dateline opens) opens on as the
        subject of its first verb ("DAKAR - Senegal's government signed ...", "WASHINGTON -
        The United States withdrew ..."): the side the story is about, whose officials an
        unqualified office stands for when nothing nearer says. None without a dateline or
        when the lead opens on anything else."""
        for para in _PARAGRAPH_STARTS.finditer(self.text, 0, min(len(self.text), 4000)):
            line = _DATELINE.match(self.text, para.end())
            if line is None:
                continue
            m = self._state_named_at(line.end())
            if m is None:
                # "ABUJA - A Nigerian delegation led by X held talks ...": a state's organ
                # named by its demonym
                return self._demonym_organ_at(line.end())
            if _NAME_GOES_ON.match(self.text, m.end):
                return None
            if m.possessive:
                return m.actor if _ORGAN_SUBJECT_ANY.match(self.text, m.end) else None
            return m.actor if _LEAD_VERB.match(self.text, m.end) else None
        return None

    def _demonym_organ_at(self, at: int) -> str | None:
        """The state whose organ the text at ``at`` opens on by the state's demonym ("A
        Nigerian delegation", "The Chilean government"), or None."""
        opening = _ARTICLE_OPENING.match(self.text, at)
        m = self._mention_at(opening.end()) if opening is not None else None
        if m is None or m.kind is not MentionKind.ADJECTIVE or not m.actor:
            return None
        if not self._is_state(m.actor) or not _DEMONYM_ORGAN.match(self.text, m.end):
            return None
        return m.actor

    def _dateline_party(self, state: str) -> bool:
        """Whether the dateline's ``state`` may stand for the speakers' side: it is one of
        the two parties the article names most (or the state of one, "CALGARY --" over
        Alberta's talks), or the article names it, its people or its officials at least as
        often as one of them. A story filed from a third state ("LONDON --" over a
        borrower's talks with its creditors, "ABU DHABI --" over talks held there between
        others) says where the reporter is, not whose officials speak."""
        parties, _ = self._regional_parties
        if len(parties) < 2 or state in parties:
            return True
        if any(regional_state(self.gaz, p) == state for p in parties):
            return True
        if self.labour_dispute and not all(self._is_state(p) for p in parties):
            # "SEOUL -" over a strike at a carmaker whose exports face US tariffs: a labour
            # dispute is fought where it is filed, whatever states its trade news names
            return True
        named = self._sides_named
        return named[state] >= min(named[p] for p in parties)

    @cached_property
    def _sides_named(self) -> Counter[str]:
        """How often the article names each side: as a place or body, by its people's
        demonym or by a person of it."""
        return Counter(
            side
            for m in self.mentions
            if m.kind in (MentionKind.ACTOR, MentionKind.ADJECTIVE, MentionKind.PERSON)
            and (side := m.actor_on(self.day)) is not None
        )

    @cached_property
    def capital_dateline(self) -> bool:
        """Whether the article's dateline names a state's capital ("NEW DELHI, Dec 29 -"):
        a story filed where the state's government sits."""
        capitals = _state_capitals(self.gaz)
        return any(p in capitals for p in self._dateline_places)

    @cached_property
    def venue_state(self) -> str | None:
        """The state the article's meeting is held in: its dateline's place's ("DUBAI, Nov
        30 -"), else the first place the lead puts something in ("The gavel came down in
        Dubai"); None when neither names a state's place."""
        for place in self._dateline_places:
            side = self._place_side(place)
            if side is not None:
                return side
        for m in _IN_PLACE.finditer(self.text, 0, min(len(self.text), _LEAD_REACH)):
            side = self._place_side(m.group("place"))
            if side is not None:
                return side
        return None

    @cached_property
    def _dateline_places(self) -> list[str]:
        """The places the article's dateline names, title-cased ("SEOUL -" -> "Seoul")."""
        for para in _PARAGRAPH_STARTS.finditer(self.text, 0, min(len(self.text), 4000)):
            line = _DATELINE.match(self.text, para.end())
            if line is None:
                continue
            places = [line.group(2)] if line.group(2) else line.group(1).split("/")
            return [p.strip().title() for p in places]
        return []

    @cached_property
    def dateline_city(self) -> str | None:
        """The listed city government of the state's capital the dateline names ("SEOUL -"
        over the city's bus strike; ``places.capital_city_government``): the city whose
        mayor a bare "Mayor X" is when his paragraph names no place. None in a negotiation
        between two states, where a capital's dateline says where the state's government
        sits."""
        if self._between_states:
            return None
        found = (capital_city_government(self.gaz, p) for p in self._dateline_places)
        return next(filter(None, found), None)

    def _home_or_main(self) -> str | None:
        """Whose a state body is when nothing near it says: the dateline's state, else the
        state the lead opens on as its subject, else the state the article mostly quotes
        or names."""
        return self.home_state or self.lead_state or self.main_actor(state_only=True)

    @cached_property
    def labour_dispute(self) -> bool:
        """Whether the article reports a labour dispute (a city there is an employer)."""
        return labour_dispute(self.text)

    @cached_property
    def places_state(self) -> str | None:
        """The one state whose provinces and cities the article names ("New Jersey",
        "Newark", "Hoboken"), None when it names none or those of several states: where a
        governor or mayor the text does not place is in office."""
        states = set()
        # the page's lines too ("Transcripts > New Jersey", "Press conference, Newark")
        for m in mention_finder().mentions(self.text):
            side = None
            if m.subnational and m.actor:
                # (a place's own government's: the state the place is in)
                side = regional_state(self.gaz, m.actor) or m.actor
            elif m.kind in (MentionKind.NAME, MentionKind.SURNAME):
                name = m.text[:-2] if m.text.endswith(("'s", "’s")) else m.text
                side = place_state(self.gaz, name)
            if side is not None and self._is_state(side):
                states.add(side)
        return states.pop() if len(states) == 1 else None

    @cached_property
    def regional_party(self) -> tuple[str, str] | None:
        """(the government, its state) when one of the two parties the article names most
        is a sub-state government the gazetteer lists ("Ontario's government", "the NSW
        government", "Alberta Premier X") and the other is not that state: where an office
        the text does not qualify ("Finance Minister X", "the premier") is that
        government's, not the state's. None otherwise."""
        parties, found = self._regional_parties
        if len(found) != 1 or found[0][1] in parties:
            return None
        return found[0]

    @cached_property
    def sub_state_party(self) -> str | None:
        """The sub-state government the gazetteer lists ("the Government of Nunavut") that is
        one of the two parties the article names most, whatever the other is (its own
        state too): whose people a "provincial" or "territorial" official is. None when
        neither or both are."""
        _, found = self._regional_parties
        return found[0][0] if len(found) == 1 else None

    @cached_property
    def _regional_parties(self) -> tuple[tuple[str, ...], list[tuple[str, str]]]:
        """The two parties the article names most, and those of them that are sub-state
        governments the gazetteer lists, each with its state."""
        parties = negotiating_parties(
            m.actor for m in self.mentions if m.kind is MentionKind.ACTOR and not m.possessive
        )
        found = [(c, s) for c in parties if (s := regional_state(self.gaz, c)) is not None]
        return parties, found

    def regional_office(
        self, actor: str | None, offices: list[Mention], name: Mention | None = None
    ) -> str | None:
        """``actor`` given by the context to ``offices`` the text does not qualify, or the
        article's sub-state government (``regional_party``) when ``actor`` is its state and
        no office is one only a state has ("Prime Minister", "Foreign Minister") and the story
        is not filed from a state's capital; for the head of a sub-state executive ``name``
        (a premier, a governor), the government :meth:`sub_state_head` gives."""
        if name is not None and (head := self.sub_state_head(actor, offices, name)) is not None:
            return head
        found = self.regional_party
        if actor is None and name is not None and found is not None and not self.capital_dateline:
            # no state in the context, but one of the article's two main parties is a
            # province's government: a bare premier or portfolio minister is that province's
            return self.sub_state_head(found[1], offices, name)
        if found is None or actor != found[1] or self.capital_dateline:
            return actor
        if any(o.role in NATIONAL_ONLY for o in offices):
            return actor
        return found[0]

    def sub_state_head(
        self, actor: str | None, offices: list[Mention], name: Mention
    ) -> str | None:
        """The sub-state government a bare head of a sub-state executive ("Premier X",
        "Chief Minister X", "Governor X") leads when the context gives its state
        (``actor``; see ``sub_state_heads.head_government``), or that a bare minister of a
        portfolio serves (:meth:`sub_state_minister`). None in a negotiation between two
        states: "Premier X" of a province on a trade dispute with another state speaks as
        one of their state's people. With no state in the context, the one state of the
        governments the article names."""
        if actor is None:
            actor = self._governments_state
        if actor is None or self._between_states:
            return None
        head = head_government(
            self.gaz,
            self.text,
            self._named_governments,
            actor,
            offices,
            name,
            self._paragraph_heads,
        )
        if head is None and len(offices) == 1:
            return self.sub_state_minister(actor, offices[0].role, name.start)
        return head

    def sub_state_minister(self, actor: str | None, role: str | None, at: int) -> str | None:
        """The sub-state government a minister of a portfolio (``role``; no office only a
        state has) with no state in their title ("X, the minister of Indigenous
        relations", "Energy Minister X" at ``at``) serves when the context gives its state
        (``actor``) and their paragraph speaks of a province or a state government
        (``sub_state_heads.minister_government``); None between two states."""
        if actor is None or not _portfolio_minister(role) or self._between_states:
            return None
        story = sub_state_story(
            self.gaz, self.text, self.mentions, actor, by_name=not self.capital_dateline
        )
        found = minister_government(
            self.gaz, self.text, self._named_governments, actor, at, story=story
        )
        if found is None and not self.capital_dateline:
            # "Treaty Minister X" in a story whose bare "Premier Y" leads a state's
            # government (not one filed from the state's capital): a minister of that
            # cabinet
            found = cabinet_government(
                self.gaz, self.text, self.mentions, self._named_governments, actor, at
            )
        return found

    @cached_property
    def _between_states(self) -> bool:
        """Whether the two parties the article names most are both states, with a headline
        that does not open on a sub-state side (``headline_side``)."""
        parties, _ = self._regional_parties
        return (
            len(parties) == 2
            and all(self._is_state(p) for p in parties)
            and not headline_sub_state(self.gaz, self.text)
            and not sub_state_outnamed_by(self.gaz, parties, self.mentions)
        )

    @cached_property
    def _paragraph_heads(self) -> dict[str, str]:
        """Person -> the government their paragraph makes them the bare head of
        (``sub_state_heads.paragraph_heads``)."""
        return paragraph_heads(self.text, self.mentions, self._named_governments)

    @cached_property
    def _named_governments(self) -> list[NamedGovernment]:
        return named_governments(self.gaz, self.mentions)

    @cached_property
    def article_sub_state(self) -> str | None:
        """The one listed sub-state government the article names (by its name or its
        province's), or None: when it names none or several, or is a story of two states."""
        found = {n.government for n in self._named_governments}
        if len(found) != 1 or self._between_states:
            return None
        return found.pop()

    def sub_state_before(self, at: int) -> str | None:
        """The listed sub-state government the paragraph names last before ``at``
        (``sub_state_heads.government_before``); None in a negotiation between two states."""
        if self._between_states:
            return None
        return government_before(self.gaz, self.text, self.mentions, at)

    def city_government(self, at: int) -> str | None:
        """The listed city government a mayor named at ``at`` heads
        (``sub_state_heads.city_government``)."""
        return city_government(self.gaz, self.text, self._named_governments, at)

    @cached_property
    def _governments_state(self) -> str | None:
        """The one state whose sub-state governments the article names (a story of two
        provinces that never names their country), or None."""
        states = {regional_state(self.gaz, n.government) for n in self._named_governments}
        return states.pop() if len(states) == 1 else None

    def _place_side(self, name: str) -> str | None:
        """The state a capital, province or city named in a dateline belongs to."""
        side = self.gaz.actor_of(name)
        if side is not None and self._is_state(side):
            return side
        return place_state_variant(self.gaz, name)  # a dateline names a place

    def _only_state(self) -> str | None:
        """The one government whose people or officials the article names, if only one is
        (the dateline's when it names none): a state, with no bloc ("European", the EU) nor
        international body (an organisation the gazetteer gives no class noun, as it gives
        a company or a union) among the others, whose officials an unnamed one may be."""
        peopled = self._peopled()
        states = {a for a in peopled if self._is_state(a)}
        if any(self._bloc_or_international_body(code) for code in peopled - states):
            return None
        if not states:
            return self.home_state
        return states.pop() if len(states) == 1 else None

    def _names_international_body(self) -> bool:
        """Whether the article names a bloc or an international body (an organisation the
        gazetteer gives no class noun, as it gives a company or a union) by its name: its
        unnamed officials may be that body's ("The International Monetary Fund ... Two
        officials said")."""
        return any(
            m.kind is MentionKind.ACTOR
            and (code := m.actor_on(self.day)) is not None
            and self._bloc_or_international_body(code)
            for m in self.mentions
        )

    def _bloc_or_international_body(self, code: str) -> bool:
        """Whether ``code`` is a bloc (it has members) or an international body (an
        organisation the gazetteer gives no class noun, as it gives a company or a union)."""
        other = self.gaz.actors.get(code)
        return other is not None and bool(
            other.members or (other.kind is ActorKind.ORGANISATION and not other.nouns)
        )

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

    @cached_property
    def _body_demonyms(self) -> set[str]:
        """States whose demonym is a word of the name of a listed body the article names
        ("the Korean Metal Workers' Union"): a body of that state's people, which names
        them as the demonym alone would have."""
        found: set[str] = set()
        for m in self.mentions:
            body = self.gaz.actors.get(m.actor or "") if m.kind is MentionKind.ACTOR else None
            if body is None or body.kind is ActorKind.STATE:
                continue
            for word in m.text.split():
                # (a demonym two states share, "Korean": the one the article names)
                shared = self.gaz.shared_adjectives.get(word, ())
                codes = [c for c in shared if self._sides_named[c]]
                if not codes and (own := self.gaz.adjectives.get(word)) is not None:
                    codes = [own]
                if len(codes) == 1 and self._is_state(codes[0]):
                    found.add(codes[0])
        return found

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
        if opening is not None:
            i = bisect_left(self.starts, opening.end())
            if i < len(self.mentions) and self.mentions[i].start == opening.end():
                opened = self._demonym_opens(self.mentions[i], demonyms[-1].text)
                if opened is not None:
                    return opened
        # "EU and Tunisia sign ...", "What the EU's deal with X promises": a headline that
        # names the body as a party makes its story's "European officials" the body's
        title = _HEADLINE.match(self.text)
        if title is None:
            return None
        for code, names in _organisations_by_first_word(self.gaz).get(demonyms[-1].text, ()):
            for name in names:
                for hit in name.finditer(title["line"]):
                    if not _OWNER_BEFORE.search(title["line"], 0, hit.start()):
                        return code
        return None

    def _demonym_opens(self, m: Mention, demonym: str) -> str | None:
        """The organisation ``m`` names when its name opens on ``demonym`` ("European
        Union" on "European"), else None."""
        body = self.gaz.actors.get(m.actor or "")
        if (
            m.kind is MentionKind.ACTOR
            and body is not None
            and body.kind is ActorKind.ORGANISATION
            and body.name.split()[0] == demonym
        ):
            return body.code
        return None


@per_gazetteer
def _organisations_by_first_word(
    gaz: Gazetteer,
) -> dict[str, list[tuple[str, tuple[re.Pattern[str], ...]]]]:
    """The gazetteer's organisations by the first word of their name ("European" -> the
    EU's code and its names as whole-word patterns), in the gazetteer's order: read once,
    not for every demonym speaker."""
    table: dict[str, list[tuple[str, tuple[re.Pattern[str], ...]]]] = {}
    for org in gaz.actors.values():
        if org.kind is ActorKind.ORGANISATION:
            names = tuple(re.compile(rf"\b{re.escape(n)}\b") for n in (org.name, *org.names))
            table.setdefault(org.name.split()[0], []).append((org.code, names))
    return table
