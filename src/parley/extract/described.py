"""Unnamed people described by the body they belong to: "a company official", "a member of
the group's delegation", "according to a senior party functionary". The description names
no body, only its class; the body is the one of that class the story named last."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parley.extract.unlisted import Unlisted

# nouns of a body's class a description of its people may use
_CLASS = (
    r"union|unions|organi[sz]ation|federation|confederation|association|company|firm|"
    r"council|party|alliance|movement|group|front|faction|rebels|militia|coalition|committee"
)
# what a body's class noun of a movement may name: any movement the gazetteer lists
_MOVEMENT_NOUNS = frozenset(("movement", "group", "front", "faction", "rebels", "militia"))
# nouns for one (or a few) of a body's people
_PERSON = (
    r"officials?|spokes(?:man|woman|person)|members?|functionar(?:y|ies)|negotiators?|"
    r"executives?|managers?|representatives?|sources?|insiders?|leaders?|aides?|"
    r"advis[eo]rs?|delegates?|commanders?|figures?|lawyers?|persons?|people"
)
_DET = r"(?:An?|an?|One|one|Two|two|Three|three|Several|several|Another|another)"
_ADJ = r"(?:(?:senior|junior|top|former|second|third|high-ranking|local|regional)[ ])?"
# "a company official", "a senior party functionary": the class noun before the person
_NOUN_FIRST = re.compile(rf"{_DET}[ ]{_ADJ}(?P<noun>{_CLASS})[ ](?:[a-z-]+[ ])?(?:{_PERSON})\b")
# "a member of the group's negotiating team", "a spokesman for the company", "an official
# at the union"
_NOUN_AFTER = re.compile(
    rf"{_DET}[ ]{_ADJ}(?:[a-z-]+[ ]){{0,2}}?(?:{_PERSON})[ ](?:of|at|for|from|in|with|"
    r"close[ ]to|familiar[ ]with|(?:involved|taking[ ]part)[ ]in[ ]the[ ]\w+[ ]on)[ ]"
    rf"the[ ](?P<noun>{_CLASS})(?:['’]s?)?(?=[ ,])"
)
# an inserted phrase after the description that places its person: ", familiar with the
# company's thinking,", ", who is close to the union's leadership,"
_PLACING = re.compile(
    rf"(?P<head>{_DET}[ ]{_ADJ}(?:[a-z-]+[ ]){{0,2}}?(?:{_PERSON})),[ ]"
    r"(?:who[ ](?:is|are|was|were)[ ])?(?=close[ ]to[ ]|familiar[ ]with[ ])"
)
# what may follow the description before its inserted phrase or its verb: "in Port Moresby",
# "'s negotiating delegation"
_TAIL = re.compile(r"(?:[ ][a-z-]+){0,3}(?:[ ](?:in|at)[ ][A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)?)?")
# the start of the clause a description opens: a sentence's start or a comma's
_OPENS = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s)|(?<=\n)|(?<=,\s)|(?<=“)|(?<=\"))")
# reach back for the body the class noun refers to (characters)
_REACH = 2000


@dataclass(frozen=True, slots=True)
class _Described:
    """A description of a body's person: its class noun, and where it ends (from the
    start it was read at)."""

    noun: str
    end: int


def _description(text: str, start: int, end: int) -> _Described | None:
    """The description of a body's person that spans text[start:end] (less a trailing
    inserted phrase between commas), or None."""
    phrase = text[start:end].rstrip(" ,")
    placing = _PLACING.match(phrase)
    shift = 0
    if placing is not None:
        shift = placing.end() - len(placing.group("head")) - 1
        phrase = placing.group("head") + " " + phrase[placing.end() :]
    comma = phrase.find(",")
    if comma >= 0:
        phrase = phrase[:comma]
    for pattern in (_NOUN_FIRST, _NOUN_AFTER):
        found = pattern.match(phrase)
        if found is not None and _TAIL.fullmatch(phrase, found.end()):
            return _Described(found.group("noun"), len(phrase) + shift)
    return None


def _fits(noun: str, party: Unlisted, form: str) -> bool:
    noun = noun.lower().replace("organization", "organisation")
    if party.of_states and noun in ("union", "unions"):
        return False  # a union of states is no union of workers whatever its name
    if noun in _MOVEMENT_NOUNS and party.movement:
        return True
    if noun == "firm":
        noun = "company"
    singular = noun.rstrip("s") if noun.endswith(("unions", "members")) else noun
    return singular in party.nouns or singular.capitalize() in form.split()


def _body_before(text: str, noun: str, pos: int, parties: list[Unlisted]) -> str | None:
    """The body of ``parties`` of the class ``noun`` the text introduced before ``pos`` as
    "a <noun>" ("X, a group that broke away from Y,": "the group" is X, however many bodies
    the apposition names after it); else the one it names last before ``pos`` (within
    ``_REACH``), or None."""
    best: tuple[int, str] | None = None
    lo = max(0, pos - _REACH)
    introduced = re.compile(rf",[ ](?:an?|the)[ ](?:[\w'’-]+[ ]){{0,2}}{re.escape(noun.lower())}\b")
    for party in parties:
        for form in party.forms:
            if not _fits(noun, party, form):
                continue
            i = text.find(form, 0, pos)
            while i >= 0:
                if introduced.match(text, i + len(form)):
                    return party.code
                i = text.find(form, i + 1, pos)
            i = text.rfind(form, lo, pos)
            if i >= 0 and (best is None or i > best[0]):
                best = (i, party.code)
    return best[1] if best else None


def described_member(text: str, cue_start: int, cue: str, parties: list[Unlisted]) -> str | None:
    """The listed body whose unnamed person is the subject of the reporting verb at
    ``cue_start``, described by the body's class ("A company official said", "A member of
    the group's delegation, who asked not to be named, said", "According to a senior party
    functionary,"): the body of that class the text named last before, or None."""
    if not parties:
        return None
    if cue.lower().startswith("according to"):
        at = cue_start + len("according to ")
        # the phrase ends at a comma, or at the sentence's end ("..., according to a
        # person on the company's side.")
        ends = [i for i in (text.find(",", at, at + 120), text.find(".", at, at + 120)) if i >= 0]
        found = _description(text, at, min(ends)) if ends else None
        return _body_before(text, found.noun, at, parties) if found else None
    lo = max(0, cue_start - 240)
    starts = [m.start() for m in _OPENS.finditer(text, lo, cue_start)]
    for start in starts:
        found = _description(text, start, cue_start)
        if found is not None:
            # nothing but an inserted phrase between the description and the verb
            rest = text[start + found.end : cue_start]
            if rest.strip() and not re.fullmatch(r"[^.!?\"“”]*,\s*", rest):
                continue
            return _body_before(text, found.noun, start, parties)
    return None


# a description of the same person again, as the subject of a later verb ("The official
# said", "The functionary added"), or of another of the same body's people ("Another
# said", "A second member added")
_AGAIN = re.compile(
    rf"(?:\b[Tt]he[ ](?:{_PERSON})|\b[Aa]nother(?:[ ](?:{_PERSON}))?"
    rf"|\b[Aa][ ]second[ ](?:{_PERSON}))[ ](?:[a-z]+[ ])?$"
)


def described_again(text: str, cue_start: int) -> bool:
    """Whether the reporting verb at ``cue_start`` has for subject a bare description of
    a person already introduced ("The official said")."""
    return _AGAIN.search(text, max(0, cue_start - 40), cue_start) is not None
