"""Turns of a transcript: "BOULOS: ..." paragraphs are the labelled speaker's words.

Interviews, press conferences and briefings are published as transcripts: each paragraph
opens with a speaker label in capitals and a colon ("BOULOS:", "SPOKESPERSON:", "MR.
PESKOV:", "Q:"), and what follows is that speaker's own words, with no reporting verb and
often no quotation marks. An answer turn is one direct statement, whole, whatever it
reports inside it: "President Kagame told me that Rwanda is ready" is the interviewee's
claim about Rwanda (hearsay), not Kagame speaking. A question turn ("Q:", "HOST:",
"REPORTER:") gives no statement: "The M23 says it will not hand back Goma. How do you
bridge that?" is the interviewer's framing of a question, not the record of what the M23
said (the development gold's convention: 1 of 4 such paraphrases is kept, as optional).

A text is read as a transcript only where at least two paragraphs open with a label, so a
single "NOTE:" or "UPDATE:" line is not a turn; labels that mark a heading or an aside
("UPDATE", "EDITOR'S NOTE", "WATCH") never are.

Interviews also print "Q:" and "A:" (the answers are the words of the first person the
introduction names) or the names as written ("Courier:", "Bellini:"; see
``transcript_turns``).

The label names its speaker the way the transcript's introduction does: a surname
("BOULOS" after "Massad Boulos"), or an office ("SPOKESPERSON" after "a deputy spokesperson
of South Korea's Unification Ministry"), resolved by the :class:`Resolver` like any
other noun phrase at the place the text introduced it.
"""

from __future__ import annotations

import re
import string
from collections.abc import Container
from dataclasses import dataclass, replace
from enum import StrEnum

from parley.extract.mentions import Mention, MentionKind
from parley.extract.roles import GROUPS, INSTITUTIONS, PERSON_ROLES
from parley.extract.scan import Caseless, folds_alike
from parley.extract.segment import Span
from parley.extract.speakers import Resolver, Who, chains

# A label: one to four capitalised words (all capitals, or "Mr." forms), then a colon.
# (capitals with accents too: "HOLGUÍN:", "ŠEFČOVIČ:", "ÖZEL:")
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LABEL = re.compile(
    rf"(?P<label>(?:(?:MR|MRS|MS|DR)\.?\s+)?[{_CAPITAL}][{_CAPITAL}'’.\-]*"
    rf"(?:\s+[{_CAPITAL}][{_CAPITAL}'’.\-]*){{0,3}}"
    r"|Q|A)"
    # the speaker's body or the questioner's outlet in brackets: "RAVINA SHAMDASANI (OHCHR):",
    # "Q (Reuters):"
    r"(?:\s*\((?P<affiliation>[^()\n]{1,40})\))?\s*:\s+(?=\S)"
)
# A label as names are written ("Kallas:", "Kaja Kallas:", "Ledger:"), in an interview.
_NAME_LABEL = re.compile(r"(?P<label>[A-Z][a-z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*:\s+(?=\S)")
# Labels of the one answering an interviewer's "Q:".
ANSWERERS = frozenset(("A", "ANSWER"))
# Labels of the one asking.
QUESTIONERS = frozenset(
    (
    "Q", "QUESTION", "HOST", "REPORTER", "INTERVIEWER", "MODERATOR", "ANCHOR", "PRESENTER",
    "JOURNALIST", "AUDIENCE", "AUDIENCE MEMBER", "INTERPRETER",
    )
)  # fmt: skip
# Labels of a heading or an aside, never a speaker.
NOT_SPEAKERS = frozenset(
    (
    "UPDATE", "UPDATED", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION", "WATCH",
    "READ", "READ MORE", "RELATED", "PHOTO", "VIDEO", "LIVE", "BREAKING", "SOURCE",
    "SOURCES", "ALSO READ", "SEE ALSO", "CLARIFICATION", "DISCLAIMER", "ADVERTISEMENT",
    )
)  # fmt: skip
# Words that open a heading rather than a speaker's name: "THE CLAIM:", "OUR VERDICT:",
# "WHAT WE KNOW:"; after them only an office ("THE PRESIDENT:", "THE SPOKESMAN:") names one.
_HEADING_OPENERS = frozenset(
    ("THE", "OUR", "MY", "YOUR", "THIS", "THESE", "WHAT", "WHY", "HOW", "WHO", "WHERE", "WHEN")
)
# Courtesy titles and offices that may precede a surname in a label.
_TITLES = frozenset(("MR", "MRS", "MS", "DR", "SECRETARY", "PRESIDENT", "MINISTER",
                     "AMBASSADOR", "SENATOR", "GENERAL", "ENVOY", "PRIME"))  # fmt: skip
# Transcripts have at least this many labelled paragraphs.
MIN_TURNS = 2


class TurnRole(StrEnum):
    """Who holds a transcript turn."""

    ASKS = "asks"  # an interviewer or reporter: no statement
    ANSWERS = "answers"  # the labelled speaker's own words: one direct statement


@dataclass(frozen=True, slots=True)
class Turn:
    """A labelled paragraph of a transcript: ``label`` at ``label_start``, the words at
    ``start:end``."""

    label: str
    label_start: int
    start: int
    end: int
    role: TurnRole
    affiliation: str = ""  # the body or outlet the label gives in brackets


def transcript_turns(text: str, paras: list[Span], places: Container[str] = ()) -> dict[int, Turn]:
    """The turns of a transcript, by paragraph start; empty when ``text`` is not one.

    ``places`` holds names of places and parties ("Baku", "Kyiv"): a dateline or a
    digest's section ("BAKU: ...") is not a speaker. An interview may label its turns with
    names as written ("Kallas:", "Ledger:"): such a label counts when the text names it
    before its first turn (the interviewee, the outlet) and labels two paragraphs or more;
    a label whose every turn is a question is the interviewer's.
    """
    turns: dict[int, Turn] = {}
    named: dict[str, list[Turn]] = {}
    for p in paras:
        m = _LABEL.match(text, p.start, p.end)
        written = m is None
        if m is None:
            m = _NAME_LABEL.match(text, p.start, p.end)
            if m is None:
                continue
        label = " ".join(m.group("label").split())
        if label.rstrip(".").upper() in NOT_SPEAKERS or not any(c.isalpha() for c in label):
            continue
        if string.capwords(label) in places or _heading(label.upper()):
            continue
        end = p.end
        while end > m.end() and text[end - 1].isspace():
            end -= 1
        role = TurnRole.ASKS if label.upper() in QUESTIONERS else TurnRole.ANSWERS
        affiliation = m.groupdict().get("affiliation") or ""
        turn = Turn(label, p.start, m.end(), end, role, " ".join(affiliation.split()))
        if written:
            named.setdefault(label, []).append(turn)
        else:
            turns[p.start] = turn
    for label, found in named.items():
        last = label.split()[-1]
        if len(found) < MIN_TURNS or not re.search(
            rf"\b{re.escape(last)}\b", text[: found[0].label_start]
        ):
            continue
        asks = _only_asks(text, found)
        for t in found:
            turns[t.label_start] = t if not asks else replace(t, role=TurnRole.ASKS)
    turns = _askers(text, turns)
    return turns if len(turns) >= MIN_TURNS else {}


def _only_asks(text: str, found: list[Turn]) -> bool:
    """Whether every turn of one label is a question."""
    return all(text[t.start : t.end].rstrip('"”’ ').endswith("?") for t in found)


def _askers(text: str, turns: dict[int, Turn]) -> dict[int, Turn]:
    """'EFR: Is that silence good or bad for you?': a label in capitals that only ever asks,
    in two turns or more, is the interviewer's (an outlet's initials, a host's name), and
    its turns give no statement."""
    by_label: dict[str, list[Turn]] = {}
    for t in turns.values():
        by_label.setdefault(t.label, []).append(t)
    out = dict(turns)
    for found in by_label.values():
        if (
            len(found) >= MIN_TURNS
            and len(by_label) >= 2
            and found[0].role is TurnRole.ANSWERS
            and _only_asks(text, found)
        ):
            for t in found:
                out[t.label_start] = replace(t, role=TurnRole.ASKS)
    return out


# An introduction that says the text is an interview: "spoke to us", "we spoke to NAME",
# "the interview has been condensed", "edited for length".
_INTERVIEW_INTRO = Caseless(
    r"\b(?:spoke|talked)\s+(?:to|with)\s+(?:us|me)\b"
    r"|\b(?:we|I)\s+(?:spoke|talked)\s+(?:to|with)\b"
    r"|\b(?:interview|conversation|exchange)\s+(?:has\s+been|was|have\s+been)\s+"
    r"(?:lightly\s+)?(?:edited|condensed|shortened|translated)\b"
    r"|\bedited\s+(?:and\s+condensed\s+)?for\s+(?:length|clarity|brevity)\b"
)
# a word every match of ``_INTERVIEW_INTRO`` holds: a text lower-cased without any holds none
_INTERVIEW_WORDS = ("spoke", "talked", "interview", "conversation", "exchange", "edited")


def _interview_intro(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where ``_INTERVIEW_INTRO`` first matches in ``text[start:end]`` (case ignored)."""
    if folds_alike(text):
        low = text[start:end].lower()
        if not any(w in low for w in _INTERVIEW_WORDS):
            return None  # most texts: no match can hold none of the words
    return _INTERVIEW_INTRO.span(text, start, end)


# The one answering speaks in the first person: "we", "I", "our".
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My|me)\b")
# Quotation marks: a paragraph quoting somebody is the story's, not an answer going on.
_QUOTES = re.compile(r"[\"“”]")
# An interview without labels has at least this many questions, each answered.
MIN_QUESTIONS = 3


def _question(text: str, p: Span) -> bool:
    """A paragraph that is the interviewer's question: it ends with a question mark of its
    own (not one inside a quotation: '... asked: "Why now?"')."""
    return text[p.start : p.end].rstrip().endswith("?")


def interview_turns(text: str, paras: list[Span], mentions: list[Mention]) -> dict[int, Turn]:
    """The turns of an interview printed without labels (the questions set in bold on the
    page, plain in the text): a paragraph that asks, and the paragraphs after it up to the
    next question, which are the interviewee's answer in their own words.

    Read so only where the introduction says the text is an interview ("X spoke to us",
    "the interview has been edited") and names the one interviewed, there are at least
    three questions each followed by an answer, and most answers speak in the first person
    (an explainer's headings, "What happens next?", are followed by the writer's narration).
    After the last question only one paragraph answers: the story may go on with others'
    reactions. The answers' label is the interviewee's name as the introduction writes it.
    """
    if not paras:
        return {}
    intro = _interview_intro(text, paras[0].start, paras[-1].end)
    if intro is None:
        return {}
    intro_start, intro_end = intro
    first = next(
        (i for i, p in enumerate(paras) if p.start > intro_end and _question(text, p)), None
    )
    if first is None:
        return {}
    # the person the introduction's sentence of the interview names
    lo = max(text.rfind(".", 0, intro_start), text.rfind("\n", 0, intro_start)) + 1
    hi = min(
        (k for k in (text.find(". ", intro_end), text.find("\n", intro_end)) if k >= 0),
        default=len(text),
    )
    named = [
        m
        for m in mentions
        if lo <= m.start < hi and m.kind in (MentionKind.PERSON, MentionKind.NAME)
    ]
    if not named:
        return {}
    label = named[0].text
    turns: dict[int, Turn] = {}
    questions = 0
    i = first
    while i < len(paras):
        if not _question(text, paras[i]):
            i += 1
            continue
        j = i + 1
        answer: list[Span] = []
        while j < len(paras) and not _question(text, paras[j]):
            if answer and _QUOTES.search(text, paras[j].start, paras[j].end):
                break  # the story quoting others: the answer is over
            answer.append(paras[j])
            j += 1
        if not answer:
            break
        last = j >= len(paras) or not _question(text, paras[j])
        if last:
            answer = answer[:1]  # the story goes on after the last answer
        questions += 1
        q = paras[i]
        turns[q.start] = Turn("Q", q.start, q.start, q.end, TurnRole.ASKS)
        for p in answer:
            end = p.end
            while end > p.start and text[end - 1].isspace():
                end -= 1
            turns[p.start] = Turn(label, p.start, p.start, end, TurnRole.ANSWERS)
        if last:
            break
        i = j
    answers = [t for t in turns.values() if t.role is TurnRole.ANSWERS]
    spoken = sum(1 for t in answers if _FIRST_PERSON.search(text, t.start, t.end))
    if questions < MIN_QUESTIONS or 2 * spoken < len(answers):
        return {}
    return turns


def _heading(label: str) -> bool:
    """A label that opens like a heading and names no office ("THE CLAIM", "OUR VERDICT")."""
    first, _, rest = label.partition(" ")
    if first not in _HEADING_OPENERS:
        return False
    rest = rest.lower()
    return not rest or not (rest in PERSON_ROLES or rest in INSTITUTIONS or rest in GROUPS)


def label_speaker(
    label: str,
    pos: int,
    resolver: Resolver,
    mentions: list[Mention],
    text: str,
    affiliation: str = "",
) -> Who:
    """The speaker a turn label names: the last person or office of that name the text
    introduced before ``pos`` ("BOULOS" -> Massad Boulos), else nobody known.

    A body the label gives in brackets ("ARIANE BAUER (ICRC):") is the speaker's side when
    nothing else gives one, and a label of two words or more with such a body and no office
    in it is the speaker's full name ("Ariane Bauer")."""
    who = _label_speaker(label, pos, resolver, mentions, text)
    if not affiliation:
        return who
    side = resolver.gaz.actor_of(affiliation)
    if who.actor is None and side is not None:
        who = replace(who, actor=side)
    words = [w.strip(".") for w in label.split()]
    if (
        who.speaker is None
        and 2 <= len(words) <= 4
        and not any(w in _TITLES or w in _GOVERNMENT_TITLES for w in words)
        and label.lower() not in PERSON_ROLES
        and label.lower() not in INSTITUTIONS
        and label.lower() not in GROUPS
    ):
        who = replace(who, speaker=" ".join(w.capitalize() for w in words), person_like=True)
    return who


def _label_speaker(
    label: str, pos: int, resolver: Resolver, mentions: list[Mention], text: str
) -> Who:
    if label in ANSWERERS:
        return _interviewee(pos, resolver, mentions, text)
    words = [w.strip(".") for w in label.split()]
    key = words[-1].lower()
    office = " ".join(w for w in words if w not in _TITLES).lower() or key
    found = None
    for chain in chains([m for m in mentions if m.start < pos], text):
        for m in chain:
            if m.kind is MentionKind.PERSON and m.person is not None:
                if m.person.surname.lower() == key or m.text.lower().split()[-1] == key:
                    found = chain
            elif m.kind in (MentionKind.NAME, MentionKind.SURNAME):
                if m.text.lower().split()[-1] == key:
                    found = chain
            elif m.kind is MentionKind.ROLE and m.role and m.role.lower() in (office, key):
                found = chain
    if found is None:
        # "LEE:" after "Education Minister Lee Ju-ho": a name whose family name comes first,
        # the one person so named
        first = [
            (chain, m.person.name if m.person is not None else m.text)
            for chain in chains([m for m in mentions if m.start < pos], text)
            for m in chain
            if m.kind in (MentionKind.PERSON, MentionKind.NAME)
            and len(m.text.split()) > 1
            and m.text.lower().split()[0] == key
        ]
        if len({name for _, name in first}) == 1:
            found = first[-1][0]
    if found is not None:
        who = resolver.resolve(found, pos)
        if who is not None:
            return who
    known = resolver.known.get(words[-1].title())
    if known is not None:
        return known
    # a label the introduction does not spell out: "SECRETARY RUBIO" is the Rubio the
    # gazetteer knows
    person = resolver.gaz.person(words[-1].title())
    if person is not None:
        return Who(person.name, person.actor_on(resolver.day), True)
    named = _titled_name(words)
    if named is not None:
        # "AGRICULTURE SECRETARY JULIO BERDEGUÉ:" with no introduction: that person, of the
        # government of whoever the transcript heard last (the briefing's host)
        before = resolver.antecedent(pos, None)
        return Who(named, before.actor if before is not None else None, True)
    return Who(None, None, True)


# Titles of a government's members in a label: "AGRICULTURE SECRETARY", "PRIME MINISTER"
_GOVERNMENT_TITLES = frozenset(("SECRETARY", "MINISTER", "PRESIDENT"))


def _titled_name(words: list[str]) -> str | None:
    """The full name after a government title in a label ("AGRICULTURE SECRETARY JULIO
    BERDEGUÉ" -> "Julio Berdegué"): two words or more, none of them a title."""
    at = max((i for i, w in enumerate(words) if w in _GOVERNMENT_TITLES), default=-1)
    name = words[at + 1 :]
    if at < 0 or len(name) < 2 or any(w in _TITLES for w in name):
        return None
    return " ".join(w.capitalize() for w in name)


def _interviewee(pos: int, resolver: Resolver, mentions: list[Mention], text: str) -> Who:
    """The one who answers an interviewer's "Q:" turns ("A:"): the first person the
    introduction names."""
    for chain in chains([m for m in mentions if m.start < pos], text):
        if any(m.kind in (MentionKind.PERSON, MentionKind.NAME) for m in chain):
            who = resolver.resolve(chain, chain[-1].end)
            if who is not None and who.speaker:
                return who
    return Who(None, None, True)
