"""Attribution cues: the reporting verbs and phrases that introduce reported speech."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from importlib import resources

from parley.extract.scan import word_alternatives


class CueKind(StrEnum):
    """How a cue reports: a finite verb, a participle, 'according to', or a label."""

    VERB = "verb"  # said, told, warned
    PARTICIPLE = "participle"  # ", adding that", ", saying"
    ACCORDING = "according"  # according to X
    LABEL = "label"  # 'Quote: "..."'


@dataclass(frozen=True, slots=True)
class Cue:
    """An attribution cue found in the text: ``text[start:end] == word``."""

    start: int
    end: int
    word: str
    lemma: str
    kind: CueKind


# Finite reporting verbs as written in news copy. Lemma -> forms.
_VERBS = {
    "say": "say says said",
    "tell": "tell tells told",
    "state": "state states stated",
    "announce": "announce announces announced",
    "claim": "claim claims claimed",
    "assert": "assert asserts asserted",
    "accuse": "accuse accuses accused",
    "warn": "warn warns warned",
    "suggest": "suggest suggests suggested",
    "emphasize": "emphasize emphasizes emphasized emphasise emphasises emphasised",
    "stress": "stress stresses stressed",
    "indicate": "indicate indicates indicated",
    "add": "add adds added",
    "note": "note notes noted",
    "insist": "insist insists insisted",
    "argue": "argue argues argued",
    "explain": "explain explains explained",
    "urge": "urge urges urged",
    "demand": "demand demands demanded",
    "deny": "deny denies denied",
    "confirm": "confirm confirms confirmed",
    "acknowledge": "acknowledge acknowledges acknowledged",
    "admit": "admit admits admitted",
    "reiterate": "reiterate reiterates reiterated",
    "repeat": "repeat repeats repeated",
    "maintain": "maintain maintains maintained",
    "signal": "signal signals signaled signalled",
    "predict": "predict predicts predicted",
    "vow": "vow vows vowed",
    "pledge": "pledge pledges pledged",
    "promise": "promise promises promised",
    "threaten": "threaten threatens threatened",
    "allege": "allege alleges alleged",
    "complain": "complain complains complained",
    "declare": "declare declares declared",
    "write": "write writes wrote",
    "reply": "reply replies replied",
    "ask": "ask asks asked",
    "respond": "respond responds responded",
    "counter": "counter counters countered",
    "remark": "remark remarks remarked",
    "observe": "observe observes observed",
    "recall": "recall recalls recalled",
    "caution": "caution cautions cautioned",
    "concede": "concede concedes conceded",
    "contend": "contend contends contended",
    "hint": "hint hints hinted",
    "describe": "describe describes described",
    "call": "call calls called",
    "reference": "reference references referenced",
    "blame": "blame blames blamed",
    "express": "express expresses expressed",
    "post": "post posts posted",
    "tweet": "tweet tweets tweeted",
    "estimate": "estimate estimates estimated",
    "propose": "propose proposes proposed",
    "frame": "frame frames framed",
    "characterize": "characterize characterizes characterized characterise characterises characterised",
    "report": "report reports reported",
    "convey": "convey conveys conveyed",
    "hail": "hail hails hailed",
    "question": "question questions questioned",
    "reveal": "reveal reveals revealed",
    "inform": "inform informs informed",
    "quip": "quip quips quipped",
    "joke": "joke jokes joked",
    "mention": "mention mentions mentioned",
    "highlight": "highlight highlights highlighted",
    "underline": "underline underlines underlined",
    "underscore": "underscore underscores underscored",
    "comment": "comment comments commented",
    "clarify": "clarify clarifies clarified",
    "specify": "specify specifies specified",
    "boast": "boast boasts boasted",
    "lament": "lament laments lamented",
    "retort": "retort retorts retorted",
    "continue": "continued",
    "summarize": "summarize summarizes summarized summarise summarises summarised",
    "elaborate": "elaborate elaborates elaborated",
    "assure": "assure assures assured",
    "affirm": "affirm affirms affirmed",
}
LEMMA = {form: lemma for lemma, forms in _VERBS.items() for form in forms.split()}
# Phrasal cues, matched as one word.
LEMMA.update(
    {
        "made it clear": "state", "made clear": "state", "makes it clear": "state",
        "pointed out": "note", "points out": "note",
    }
)  # fmt: skip

# "that" or a comma or colon next: a clause reported after the verb
_CLAUSE_NEXT = re.compile(r"\s+that\b|\s*[,:]")
# Verbs that report speech only with a complement of a given shape: the pattern must match
# the text right after the verb.
_NEEDS = {
    "question": re.compile(r"\s+(?:whether|why|how|if)\b"),
    "affirm": re.compile(r"\s+(?:that\b|[,:])"),
    # "repeated that ...", not "repeated the offer" or "repeated attacks"
    "repeat": re.compile(r"\s+that\b"),
    "convey": re.compile(r"\s+(?:that\b|[:,])|\s*[:,]"),
    "hail": re.compile(r"\s+(?:that\b|the\b|a\b|an\b|[A-Z])"),
    "reveal": re.compile(r"\s+that\b"),
    "inform": re.compile(r"\s+(?:\w+\s+){0,10}?(?:that|about)\b"),
    "mention": re.compile(r"\s+(?:that)\b"),
    "comment": re.compile(r"\s+(?:that|on)\b"),
    "continue": re.compile(r"\s*[,.:]"),
    "elaborate": re.compile(r"\s*[,.:]|\s+that\b"),
    "assure": re.compile(r"\s+(?:\w+\s+){0,10}?that\b"),
    "call": re.compile(
        r"\s+for\b|\s+on\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|\s+(?:it|this|that|the\s+\w+|them|him|her)\s+(?:an?\s+)?[\"“]?\w"
    ),
    "describe": re.compile(r"\s+(?:[\w'’-]+\s+){1,8}?as\b"),
    "characterize": re.compile(r"\s+(?:[\w'’-]+\s+){1,8}?as\b"),
    "report": re.compile(r"\s+that\b"),
    "reference": re.compile(r"\s+\w"),
    "frame": re.compile(r"\s+\w"),
    "estimate": re.compile(r"\s+that\b"),
    "express": re.compile(r"\s+(?:hope|concern|confidence|readiness|support|doubt|frustration)"),
    "post": re.compile(r"\s+(?:on|to)\s+(?:X|Telegram|Twitter|Facebook|social|his|her|Truth)"),
    # announcing or confirming a thing ("announced the agreement", "confirmed the deal on
    # Tuesday") narrates an act; what is said is a clause (a clause without "that" is the
    # parse's: "confirmed Putin would receive the envoy")
    "confirm": re.compile(r"\s+(?:that\b|[,:])|\s*[,:]"),
    "announce": re.compile(r"\s+(?:that\b|[,:])|\s*[,:]"),
    "deny": re.compile(r"\s+(?:that|the|a|an|it|this|reports?|any|claims?)\b"),
    # "added that ...", "added the talks would resume"; not "added another $100 billion",
    # "added a 25% tariff to the duty": an indefinite noun phrase is a thing added
    "add": re.compile(r"\s*(?:,|that\b|$)|\s+(?!(?:a|an|another|some|more)\s|[$€£\d])\w"),
    "note": re.compile(r"\s+(?:that|the|a|an|it|this)\b"),
    "write": re.compile(r"\s+(?:on|in|that)\b"),
    "maintain": re.compile(r"\s+(?:that)\b"),
    "observe": re.compile(r"\s+(?:that)\b"),
    "recall": re.compile(r"\s+(?:that|how)\b"),
    "respond": re.compile(r"\s+(?:that|by|to)\b"),
    "reply": re.compile(r"\s+(?:that)\b"),
    "propose": re.compile(r"\s+(?:that|to)\b"),
    "promise": re.compile(r"\s+(?:to|that)\b"),
    # 'asked, "..."' (a question quoted after it, or the quotation before it); an indirect
    # question ("asked whether ...") is the parse's
    "ask": re.compile(r"\s*[,:]\s*[\"“]"),
    # "argued over whether to fund it", "argue among themselves": a quarrel, nothing said
    "argue": re.compile(r"(?!\s+(?:over|about|among|with|between)\b)"),
    # signalling or declaring a thing ("signalled a harder line", "declared a day of
    # mourning", "declared the strike unlawful") is conduct read as a sign, or a ruling: they
    # report a clause (one without "that" is the parse's: "signalled it would wait")
    "signal": _CLAUSE_NEXT,
    "declare": _CLAUSE_NEXT,
}
# what follows a form of "argue" that quarrels rather than reports
QUARREL = re.compile(r"\s+(?:over|about|among|with|between)\b")

# Participles that open a second statement of the same speaker (", suggesting ...").
PARTICIPLES = {
    "saying": "say", "stating": "state", "adding": "add", "noting": "note", "asserting": "assert",
    "arguing": "argue", "claiming": "claim", "insisting": "insist", "suggesting": "suggest",
    "indicating": "indicate", "warning": "warn", "stressing": "stress", "emphasizing": "emphasize",
    "emphasising": "emphasize", "accusing": "accuse", "urging": "urge", "calling": "call",
    "acknowledging": "acknowledge", "explaining": "explain", "declaring": "declare",
    "describing": "describe", "demanding": "demand", "threatening": "threaten",
    "alleging": "allege", "vowing": "vow", "pledging": "pledge", "reiterating": "reiterate",
    "predicting": "predict", "denying": "deny", "confirming": "confirm", "blaming": "blame",
    "announcing": "announce", "signaling": "signal", "signalling": "signal",
    "cautioning": "caution", "complaining": "complain",
    "telling": "tell", "writing": "write", "posting": "post", "replying": "reply",
    "answering": "reply", "remarking": "remark", "recalling": "recall",
    "repeating": "reiterate", "reaffirming": "reiterate", "conceding": "concede",
}  # fmt: skip

# Verbs good enough to attribute a direct quotation ("...," Putin said).
QUOTE_LEMMAS = {
    "say", "tell", "state", "announce", "claim", "assert", "warn", "suggest", "emphasize",
    "stress", "indicate", "add", "note", "insist", "argue", "explain", "urge", "demand",
    "confirm", "acknowledge", "admit", "reiterate", "maintain", "predict", "vow", "pledge",
    "promise", "declare", "write", "reply", "respond", "counter", "remark", "observe", "recall",
    "convey", "quip", "joke", "mention", "highlight", "underline", "underscore", "comment",
    "clarify", "specify", "boast", "lament", "retort", "continue", "summarize", "elaborate",
    "assure", "affirm", "inform", "hail", "reveal", "question",
    "caution", "concede", "contend", "accuse", "complain", "post", "tweet", "allege", "threaten",
    "deny", "call", "ask",
}  # fmt: skip

# (the forms as a tree of shared beginnings: the same matches as their joined list, longest
# first, several times faster; see ``scan.word_alternatives``)
_CUE_WORD = re.compile(
    r"\b(" + word_alternatives(f for f in LEMMA if f) + r")\b"
    r"|\b(" + word_alternatives(PARTICIPLES) + r")\b"
    r"|\b([Aa]ccording to)\b"
)


# A determiner before a cue word makes it a noun: "a video call", "his claim", "the report".
_NOUN_BEFORE = re.compile(
    r"\b(?:(?i:a|an|the|this|his|her|its|their|our|my|your|no|any|every|of|to)"
    # a noun that makes the next word a compound's head ("a video call", "the phone
    # calls"), in lower case only: capitalised, it ends a name ("the Teamsters Canada Rail
    # Conference said")
    r"|video|phone|conference)\s+$"
)


# a number right before an -ed form makes it an adjective: "271 pledged delegates"
_NUMBER_BEFORE = re.compile(r"\d\s+$")


# -s forms that are as often plural nouns ("longstanding demands", "the plan calls for"):
# they count as verbs only right after their subject.
AMBIGUOUS_FORMS = {
    "demands", "calls", "claims", "states", "notes", "promises", "pledges", "vows", "comments",
    "reports", "answers", "replies", "remarks", "counters", "posts", "tweets", "estimates",
    "responds", "hints", "warns",
}  # fmt: skip


def noun_before(text: str, pos: int) -> bool:
    """A determiner right before ``pos`` makes the word there a noun ("a report", "his call")."""
    return _NOUN_BEFORE.search(text, max(0, pos - 12), pos) is not None


# An adverbial between a verb and its "that" clause, with no verb of its own: "denied from
# the start that", "confirmed on Friday that", "repeated for the third time that"
_ADVERBIAL_THAT = re.compile(
    r"(?:\s+(?:again|repeatedly|publicly|privately|later|earlier|also|once\s+more)"
    r"|\s+(?:earlier\s+)?(?:this|last)\s+(?:week|month|year|weekend|morning|afternoon|evening)"
    r"|\s+(?:from|for|on|in|at|during|since|after|before|over|throughout|by)"
    r"(?:\s+(?!that\b)[\w'’-]+){1,6}?)(?:\s*,)?(?=\s+that\b)"
)
_VERB_IN_ADVERBIAL = re.compile(
    r"\b(?:is|was|are|were|has|have|had|will|would|said|says|told)\b|[\"“”]"
)


_REPORTING_TO = re.compile(r"\s+(?:directly\s+)?to\b")


def complement_ok(text: str, lemma: str, pos: int) -> bool:
    """Does what follows a verb ending at ``pos`` make it a reporting verb?"""
    need = _NEEDS.get(lemma)
    if need is None or need.match(text, pos) is not None:
        return True
    adverbial = _ADVERBIAL_THAT.match(text, pos)
    return (
        adverbial is not None
        and _VERB_IN_ADVERBIAL.search(text, pos, adverbial.end()) is None
        and need.match(text, adverbial.end()) is not None
    )


def cue_matches(text: str, start: int, end: int, *, strict: bool = True) -> Iterator[Cue]:
    """Yield the candidate cues in text[start:end].

    kind is ``verb``, ``participle`` or ``according``. ``strict`` asks verbs that
    report speech only with a certain complement ("called for") to have it; a verb
    right after a quotation needs none ('"...," he wrote').
    """
    for m in _CUE_WORD.finditer(text, start, end):
        if m.group(1):
            word = m.group(1)
            lemma = LEMMA[" ".join(word.split())]
            if _NOUN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue
            if word.endswith("ed") and _NUMBER_BEFORE.search(
                text, max(0, m.start() - 12), m.start()
            ):
                continue  # "271 pledged delegates": a participle before its noun
            if text[m.end() : m.end() + 1] == "-" or (
                word in ("state", "states") and not re.match(r"\s+(?:that\b|[,:])", text[m.end() :])
            ):
                continue  # "counter-proposal", "state visit"
            if strict and not complement_ok(text, lemma, m.end()):
                continue
            yield Cue(m.start(), m.end(), word, lemma, CueKind.VERB)
        elif m.group(2):
            if m.group(2) == "reporting" and _REPORTING_TO.match(text, m.end()):
                continue  # "reporting to President X": answering to him, not saying anything
            if m.group(2) == "arguing" and QUARREL.match(text, m.end()):
                continue  # "still arguing over whether to fund it": a quarrel
            yield Cue(m.start(), m.end(), m.group(2), PARTICIPLES[m.group(2)], CueKind.PARTICIPLE)
        else:
            yield Cue(m.start(), m.end(), m.group(3), "according", CueKind.ACCORDING)


# -- the reporting lexicon the parse reads -------------------------------------------------
# Speech-act verbs by lemma, so every inflection counts ("vowed", "vows", "vowing"). Groups:
# saying and telling; asserting and explaining; asking and demanding; promising and
# threatening; praising and thanking; criticising and accusing; announcing and publishing;
# conceding and denying. Verbs of thinking ("believe", "think") are not here: they report a
# state of mind, not something said.
SPEECH_LEMMAS = frozenset(
    (
    "say", "tell", "state", "declare", "announce", "proclaim", "pronounce", "add", "note",
    "remark", "observe", "comment", "mention", "explain", "clarify", "specify", "elaborate",
    "describe", "recount", "recall", "repeat", "reiterate", "reaffirm", "assert", "claim",
    "contend", "maintain", "insist", "argue", "stress", "emphasize", "emphasise",
    "underline", "underscore", "highlight", "affirm", "assure", "confirm", "acknowledge",
    "admit", "concede", "deny", "dispute", "ask", "question", "wonder", "query", "inquire",
    "enquire", "demand", "request", "urge", "call", "appeal", "plead", "propose", "suggest",
    "recommend", "advise", "invite", "offer", "exhort", "promise", "pledge", "vow", "guarantee",
    "swear", "threaten", "warn", "caution", "predict", "forecast", "estimate", "praise",
    "hail", "commend", "applaud", "laud", "salute", "congratulate", "thank", "welcome",
    "credit", "tout", "endorse", "criticize", "criticise", "blast", "slam", "condemn", "denounce",
    "decry", "lambaste", "rebuke", "chide", "scold", "fault", "blame", "accuse", "allege",
    "charge", "mock", "deride", "ridicule", "dismiss", "reject", "brand", "label", "term",
    "complain", "protest", "object", "lament", "regret", "apologize", "apologise", "write",
    "tweet", "post", "report", "reveal", "disclose", "inform", "brief", "signal", "hint",
    "indicate", "imply", "reply", "respond", "answer", "counter", "retort", "quip", "joke",
    "boast", "shout", "testify", "conclude", "yell", "scream", "exclaim", "chant", "bemoan",
    "dub", "muse", "interject", "retweet", "refer",
    )
)  # fmt: skip
# Verbs that report only with a clause of its own subject: "analysts agreed that the plan
# was lopsided", not "Kyiv agreed to a truce" (an act), "agreed with him" or "the truce
# agreed in June" (see ``syntax``). Kept apart from the speech verbs: inside a reported
# clause ("said Kyiv had agreed to ...") they start no report of their own.
CLAUSE_LEMMAS = frozenset(("agree", "disagree"))
# Verbs that report with a noun phrase as well as with a clause: "praised the deal",
# "called for talks", "demanded a ceasefire", "announced new sanctions".
NOMINAL_LEMMAS = frozenset(
    (
    "praise", "hail", "commend", "applaud", "laud", "salute", "congratulate", "thank",
    "credit", "welcome", "tout", "criticize", "criticise", "blast", "slam", "condemn",
    "denounce", "decry", "lambaste", "rebuke", "fault", "blame", "accuse", "mock", "deride",
    "ridicule", "dismiss", "reject", "brand", "label", "term", "ask", "demand", "request",
    "urge", "exhort", "call", "appeal", "plead", "propose", "suggest", "offer",
    "promise", "pledge", "vow", "guarantee", "threaten", "warn", "proclaim", "deny",
    "dispute", "reiterate",
    # what was said as a noun phrase: "acknowledged the report", "questioned his sincerity",
    # "highlighted the risks"
    "acknowledge", "admit", "concede", "describe", "mention",
    "highlight", "stress", "emphasize", "emphasise", "underline", "underscore", "repeat",
    "question", "predict", "forecast", "recall", "recount", "reveal", "disclose",
    "report", "note",
    # not "signal" ("signalled a harder line": conduct read as a sign) nor "answer"
    # ("answered each of them": a response made); with a clause they report
    # what was shouted or chanted, what was bemoaned, what a thing was dubbed
    "yell", "scream", "shout", "chant", "bemoan", "dub",
    # "chided the minister for ...", "apologized for the remarks", "lamented the loss of
    # ...", "invited Iran to talks"
    "chide", "scold", "apologize", "apologise", "lament", "invite",
    # "retweeted the video", "referred to the deal as a surrender" (see ``syntax``: only
    # with "as")
    "retweet", "refer",
    # "attacked his rival as weak", "attacked Kyiv over the delay" (a person's words only,
    # see ``PERSON_LEMMAS``)
    "attack",
    )
)  # fmt: skip
# Not here, though they report with a clause: verbs whose bare noun-phrase object is the
# thing acted on, not what was said — backing or advising it ("endorsed the agreement",
# "recommended a yes vote"), conduct towards it ("protested the quota"), owning it ("claims
# the whole sea"), restating a commitment ("reaffirmed their commitment to ...") or giving a
# cause ("explain part of the crisis").


# Verbs that report a finding, only with a poll, a survey or a study as their subject: "a
# survey by a Kyiv polling group found that most respondents ...", not "the negotiators
# found a compromise". A finding speaks for no party.
FINDING_LEMMAS = frozenset(("find",))
FINDERS = frozenset(
    (
    "poll", "polls", "survey", "surveys", "study", "studies", "analysis", "analyses", "review",
    "audit", "census", "barometer", "research",
    )
)  # fmt: skip
FINDING_FORM_LEMMA = {"found": "find", "finds": "find"}
# Verbs that report speech only with a person as their subject: a politician "attacked
# his rival for ..." in words, where a state, an army or a gunman attacks by force. They
# are parsed as the verbs above, and a statement needs a speaker who is a person.
PERSON_LEMMAS = frozenset(("attack",))
# Verbs of offering and promising, which commit their subject to something: in the perfect
# ("has offered a 9% rise", "had proposed a shorter week", "have pledged to cut emissions")
# they state a position that stands, part of the narration, not words reported.
COMMISSIVE_LEMMAS = frozenset(("offer", "promise", "propose", "pledge"))
# Verbs of asking and demanding, the commissives' counterpart: in the past perfect ("unions
# had asked for nearly double", "the delegation had demanded guarantees") they recall a
# demand that stood before the story's events, background to them, not words reported.
DIRECTIVE_LEMMAS = frozenset(("ask", "demand", "request"))
# an adverb or two between a perfect auxiliary and its verb: "had initially proposed"
_PERFECT_ADVERBS = r"\s+(?:(?:[a-z]+ly|also|long|since|already|again|just|now|still|yet)\s+){0,2}$"
# a perfect auxiliary right before a verb, an adverb or two between them: "has offered",
# "had initially proposed", "have since offered", "has long promised"
PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)" + _PERFECT_ADVERBS, re.IGNORECASE)
# a commissive's participle reports a commitment in words only with a clause or an
# infinitive after it ("promising that every claim would be heard", "pledging to match the
# target"); with a noun phrase ("a letter offering a new timetable", "promising a capital
# injection") it gives the terms of an act, the thing offered
_COMMITMENT_NEXT = re.compile(r"\s+(?:that|to)\b")


def terms_of_act(lemma: str, word: str, text: str, end: int) -> bool:
    """A commissive's participle ("offering", "promising") with a noun phrase after it."""
    return (
        lemma in COMMISSIVE_LEMMAS
        and word.lower().endswith("ing")
        and _COMMITMENT_NEXT.match(text, end) is None
    )


# the same with the past perfect's auxiliary: "had asked", "had long demanded"
PAST_PERFECT_BEFORE = re.compile(r"\bhad" + _PERFECT_ADVERBS, re.IGNORECASE)


def verb_forms(lemma: str) -> frozenset[str]:
    """Every inflection of a verb, irregular and British forms included ("broke",
    "broken", "labelled"), from lemminflect's tables (its rules for a verb it lacks)."""
    return _verb_forms(lemma)


@lru_cache(maxsize=4096)
def _verb_forms(lemma: str) -> frozenset[str]:
    stored = _stored_verb_forms().get(lemma)
    return frozenset(stored) if stored is not None else inflect_verb(lemma)


def inflect_verb(lemma: str) -> frozenset[str]:
    """:func:`verb_forms` as lemminflect gives them (loading its tables takes ~0.2 s)."""
    from lemminflect import getAllInflections, getAllInflectionsOOV

    table = getAllInflections(lemma, upos="VERB") or getAllInflectionsOOV(lemma, upos="VERB")
    return frozenset({lemma, *(f for forms in table.values() for f in forms)})


# The forms of the verbs this package inflects on import, as lemminflect gives them, stored
# so that start-up need not load lemminflect (tests/test_verb_forms.py rewrites the file).
VERB_FORMS_FILE = "verb_forms.json"


@lru_cache(maxsize=1)
def _stored_verb_forms() -> dict[str, list[str]]:
    try:
        text = resources.files("parley.data").joinpath(VERB_FORMS_FILE).read_text("utf-8")
    except FileNotFoundError:  # not written yet: every verb is inflected by lemminflect
        return {}
    forms: dict[str, list[str]] = json.loads(text)
    return forms


# Verbs of talking, which report only a topic ("spoke about", "talked of"): "talks" and
# "speaking" are left out of the forms, as a noun ("the talks") and in "speaking on
# condition of anonymity" they are no cue.
TOPIC_LEMMAS = frozenset(("talk", "speak"))
FORM_LEMMA = {f: lemma for lemma in SPEECH_LEMMAS for f in verb_forms(lemma)}
FORM_LEMMA.update(
    (f, lemma)
    for lemma in TOPIC_LEMMAS
    for f in verb_forms(lemma) - {"talks", "speaking", "talking"}
)
SPEECH_FORMS = frozenset(FORM_LEMMA)
# ... but the parse reads them as verbs where they are ("talks about trade", "talking up his
# record", "speaking of the deal"): a sentence holds them as a candidate with their topic.
FORM_LEMMA.update({"talks": "talk", "talking": "talk", "speaking": "speak"})
# A sentence worth parsing holds one of these words (in lower case, as verbs are written
# inside a sentence: "States" in "United States" is no cue) or "according to": the parse
# attributes nothing without one, quotation marks or not.
CLAUSE_FORM_LEMMA = {f: lemma for lemma in CLAUSE_LEMMAS for f in verb_forms(lemma)}
# (and the person-only verbs: "attacks" is as often a noun, and is left out)
PERSON_FORM_LEMMA = {
    f: lemma for lemma in PERSON_LEMMAS for f in verb_forms(lemma) if not f.endswith("s")
}
# (and reporting phrases of a verb that reports nothing alone: "pointed out that ...", "as
# the senator put it, ...", which the parse reads in ``syntax``)
CANDIDATE = re.compile(
    r"\b(?:point(?:s|ed|ing)?\s+out|puts?\s+it|rul(?:e|es|ed|ing)\s+out"
    r"|"
    + word_alternatives(
        SPEECH_FORMS | set(CLAUSE_FORM_LEMMA) | set(PERSON_FORM_LEMMA) | set(FINDING_FORM_LEMMA)
    )
    + r"|[Aa]ccording\s+to"
    r"|talk(?:s|ing)\s+(?:about|of|up)|speaking\s+(?:about|of))\b"
)
