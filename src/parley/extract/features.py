"""Features of a statement for the event and stance classifier.

The features carry what a statement does rather than whom it names, so that a model
trained on some negotiations holds on others:

- the reporting cue's lemma ("warn", "accuse", "say"), alone and with the direct flag;
- the stems (Snowball English stemmer) of the reported words and their bigrams, with
  names masked: a capitalised word inside a sentence becomes ``NAME``, numbers ``NUM``;
- negation scope: the words after "not", "n't", "never", "no", "without" up to the end of
  the clause are also marked as negated (``~accept``);
- modality and condition: modal verbs (a periphrastic future, "is bound to", read as the
  modal "will" in the words too), and whether a condition ("if", "unless") meets a
  future or conditional ("will", "would") in the same statement;
- the person of the speaker's voice ("we", "I") and whether the words are a quotation;
- the opening words: the stems of the first ten words of the reported clause, where its
  subject and main verb stand ("the union had turned down ...", "both sides to return ..."),
  marked apart from the same words further on (measured by leave-one-negotiation-out:
  event 0.582 -> 0.588 on the other negotiations, the paraphrased seed 0.778 -> 0.833).

- (an extra the event model alone reads, ``features_intro``) the word between the cue and
  the reported words: "called for talks" (``for``) against "called the deal reckless" (none),
  "said that", "agreed to"; taken from the article's text just before the words.

Everything is computed from the text alone, with no parse and no downloaded data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

import snowballstemmer

# A token: a word (split before "n't"), a number, or one punctuation mark.
_TOKEN = re.compile(
    r"[A-Za-z]+(?=n't)|n't|'(?:d|ll|s|re|ve|m)\b|[A-Za-z]+(?:-[A-Za-z]+)*|[0-9][0-9.,]*|[^\sA-Za-z0-9]"
)
_QUOTE_CHARS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
_SENTENCE_END = {".", "!", "?", '"', ":", ";", "(", "-", "—", "–"}
_CLAUSE_END = {".", ",", ";", ":", "!", "?", "but", "however", "although", "though", "while"}
_NEGATORS = {"not", "n't", "never", "no", "without", "nor", "neither", "cannot", "nothing"}
_MODALS = {"will", "would", "could", "can", "may", "might", "must", "should", "shall"}
# Contracted and periphrastic forms of the modals: "won't", "we'd", "is bound to", "is going to".
_MODAL_FORMS = {"wo": "will", "'ll": "will", "ll": "will", "'d": "would", "ca": "can"}
_PERIPHRASTIC = {("bound", "to"): "will", ("going", "to"): "will", ("set", "to"): "will",
                 ("about", "to"): "will", ("have", "to"): "must", ("has", "to"): "must",
                 ("had", "to"): "must", ("need", "to"): "must", ("needs", "to"): "must",
                 ("ought", "to"): "should", ("able", "to"): "can"}  # fmt: skip
# A future told by a copula and a periphrasis ("is bound to", "is going to", "are set to",
# "is about to", "is sure to", "was certain to") is written as the modal it stands for
# ("will", "would" in the past) in the words the model reads, not only in its modal
# feature: a statement then reads the same whichever of the two forms a writer chose ("it is
# bound to happen again" as "it will happen again"; the bag of words would otherwise read
# "is", a copula REJECT leans on, and no future). Measured by leave-one-negotiation-out and
# on the unseen parts (README, "Event and stance").
_COPULA_NOW = {"is", "are", "am", "'s", "'re", "be"}
_COPULA_PAST = {"was", "were"}
_FUTURE_HEADS = {head for (head, _), modal in _PERIPHRASTIC.items() if modal == "will"} | {
    "sure",
    "certain",
}
_CONDITIONS = {"if", "unless", "otherwise"}
_FIRST_PERSON = {"we", "i", "our", "us", "my", "me"}
# Words that start a sentence and are never names.
_FUNCTION_WORD_TEXT = """a an the this that these those it its we i you he she they our my
    your his her their there here if unless when while but and or so as at by for from in
    into of on to with
    without not no never all any some each every both neither either one two what which who
    whom whose why how is are was were be been being has have had do does did will would can
    could may might must should shall let after before since until because although though
    however yet still also only even just then now today yesterday tomorrow such more most
    other another many much few several"""
_FUNCTION_WORDS = frozenset(_FUNCTION_WORD_TEXT.split())


class PartyRole(StrEnum):
    """A party named in a statement's words, by its relation to the speaker."""

    SELF = "SELF"  # the speaker's actor or one on its side
    OTHER = "OTHER"  # another party
    PARTY = "PARTY"  # any party, when the speaker's actor is unknown


class NamedParty(NamedTuple):
    """A party named in a statement's words: offsets into those words and its role."""

    start: int
    end: int
    role: PartyRole


@dataclass(frozen=True, slots=True)
class Utterance:
    """What the classifier sees of one statement."""

    text: str  # the reported words
    cue: str  # the reporting cue as written ("said", "accused", "according to")
    lemma: str  # the cue's lemma ("say", "accuse", "according")
    direct: bool  # a quotation
    # the event of the statement this one continues (the same speaker's quotation going on
    # after a short attribution), when there is one
    previous: str | None = None
    # the word that introduces reported words after their cue ("that", "for", "on", "as":
    # "called for talks", "called the deal reckless"), ``NONE_INTRO`` when the words follow
    # the cue or another word directly, None for a quotation or when unknown
    intro: str | None = None
    # the parties named in ``text``, with offsets into ``text``; their words read as their
    # role, not as ``NAME`` (:func:`party_roles`)
    parties: tuple[NamedParty, ...] = ()
    # for a quotation, the sentence that introduces it (:func:`lead_of`): the narration
    # before the quoted words, where a writer often names the act ("rejected the offer.
    # '...'"); empty for reported speech or when unknown
    lead: str = ""


# How many words open a statement (the ``e:`` features).
OPENING = 10

# Two statements of one speaker with at most this many characters between them: one
# quotation broken by its attribution ('"...," Putin said. "..."').
CONTINUATION_GAP = 40


def continues(prev_end: int, prev_who: object, start: int, who: object, direct: bool) -> bool:
    """Whether a statement at ``start`` continues the previous one of the same speaker."""
    return direct and who == prev_who and 0 <= start - prev_end <= CONTINUATION_GAP


# The words that may introduce a reported clause or phrase after its cue: a complementiser
# ("said that", "asked whether"), the preposition of a prepositional verb ("called for",
# "called on", "warned of", "described ... as") or an infinitive's "to" ("agreed to").
INTRO_WORDS = frozenset(
    {"that", "whether", "if", "how", "what", "why", "for", "on", "to", "as", "of", "about",
     "against", "with", "by", "from", "in", "into", "over"}
)  # fmt: skip
NONE_INTRO = "0"
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")


def intro_of(before: str, direct: bool) -> str | None:
    """The word that introduces reported words, from the text just before them: one of
    ``INTRO_WORDS``, ``NONE_INTRO`` for any other word ("said the deal", "called the deal"),
    None for a quotation (what opens it is punctuation, not grammar)."""
    if direct:
        return None
    found = _LAST_WORD.search(before[-40:])
    if found is None:
        return NONE_INTRO
    word = found.group(1).lower()
    return word if word in INTRO_WORDS else NONE_INTRO


def features_intro(u: Utterance) -> list[str]:
    """The introducing word, alone and with the cue's lemma (``in:call:for``, ``in:call:0``)."""
    if u.intro is None:
        return []
    return [f"in:{u.intro}", f"in:{u.lemma}:{u.intro}"]


_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _stemmer.stemWord(word)


def party_roles(
    named: Iterable[tuple[int, int, str | None]],
    start: int,
    end: int,
    side: frozenset[str],
) -> tuple[NamedParty, ...]:
    """The parties named inside ``[start, end)`` relative to the speaker: each (start, end,
    actor) of ``named`` (offsets into the article) with an actor, with offsets into the
    statement's text; ``side`` is the speaker's actor with the actors on its side (empty when
    the speaker's actor is unknown: every party is then ``PARTY``)."""
    out = []
    for a, b, actor in named:
        if actor is None or a < start or b > end:
            continue
        role = PartyRole.OTHER
        if not side:
            role = PartyRole.PARTY
        elif actor in side:
            role = PartyRole.SELF
        out.append(NamedParty(a - start, b - start, role))
    return tuple(out)


def tokens(text: str, parties: tuple[NamedParty, ...] = ()) -> list[str]:
    """Lower-cased tokens of ``text`` with names masked as ``NAME`` and numbers as ``NUM``;
    the words of a party in ``parties`` as its role (``SELF``, ``OTHER``, ``PARTY``), once."""
    _, with_roles = _tokens(text, parties)
    return with_roles


def _tokens(text: str, parties: tuple[NamedParty, ...]) -> tuple[list[str], list[str]]:
    """:func:`tokens` of ``text`` without the parties and with them, from one pass (the
    same list twice when there are none). A party's word is a word either way, so what
    follows it reads the same in both (``initial``)."""
    out: list[str] = []
    roles = out
    initial = True
    spans = sorted(parties)
    if spans:
        roles = []
    k = 0
    for found in _TOKEN.finditer(text.translate(_QUOTE_CHARS)):
        tok = found.group()
        first = tok[0]
        if first.isdigit():
            word = "NUM"
            initial = False
        elif first.isalpha():
            low = tok.lower()
            if first.isupper() and low != "i" and not (initial and low in _FUNCTION_WORDS):
                word = "NAME"
            else:
                word = low
            initial = False
        else:
            word = tok
            if tok in _SENTENCE_END:
                initial = True
        out.append(word)
        if spans:
            at = found.start()
            while k < len(spans) and spans[k].end <= at:
                k += 1
            if k < len(spans) and spans[k].start <= at and first.isalpha():
                role = spans[k].role.value
                if at == spans[k].start or not roles or roles[-1] != role:
                    roles.append(role)
                continue
            roles.append(word)
    return out, roles


class Words(NamedTuple):
    """A statement's tokens (:func:`tokens`, futures as modals), as its features read them."""

    toks: list[str]  # names masked
    stems: list[str]  # the stems of ``toks``' lower-case words, the other tokens as they are
    roles: list[str]  # the parties' words as their roles (``toks`` when no party is named)


@lru_cache(maxsize=1)
def words_of(text: str, parties: tuple[NamedParty, ...] = ()) -> Words:
    """The :class:`Words` of a statement's ``text``, the text tokenised once. A statement's
    features read them several times in a row (the words, the parties' roles), so the last
    statement's are kept; the lists are shared, not to be changed."""
    plain, with_roles = _tokens(text, parties)
    toks = futures_as_modals(plain)
    stems = [stem(t) if t.isalpha() and t.islower() else t for t in toks]
    return Words(toks, stems, futures_as_modals(with_roles) if parties else toks)


def futures_as_modals(toks: list[str]) -> list[str]:
    """``toks`` with each periphrastic future as its modal: "is bound to" -> "will"."""
    out: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if (
            i + 2 < len(toks)
            and toks[i + 2] == "to"
            and toks[i + 1] in _FUTURE_HEADS
            and (t in _COPULA_NOW or t in _COPULA_PAST)
        ):
            out.append("will" if t in _COPULA_NOW else "would")
            i += 3
            continue
        out.append(t)
        i += 1
    return out


def features(u: Utterance) -> list[str]:
    """The feature names of one statement (a bag: names may repeat)."""
    toks, stems, _ = words_of(u.text, u.parties)
    feats = [f"cue:{u.lemma}", f"cue:{u.lemma}:{'d' if u.direct else 'i'}"]
    feats.append("direct" if u.direct else "indirect")
    if u.previous:
        feats.append(f"continues:{u.previous}")
    words = [s for s in stems if s[0].isalpha() or s == "n't"]
    feats += [f"w:{s}" for s in words]
    feats += [f"e:{s}" for s in [s for s in words if s.isalpha() and s.islower()][:OPENING]]
    feats += [f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    if words:
        feats.append(f"first:{words[0]}")
    # negation and condition scope: to the end of the clause
    negated = conditional = False
    for t, s in zip(toks, stems, strict=True):
        if t in _CLAUSE_END:
            negated = conditional = False
        elif t in _NEGATORS:
            negated = True
        elif t in _CONDITIONS:
            conditional = True
        elif s[0].isalpha():
            if negated:
                feats.append(f"~{s}")
            if conditional:
                feats.append(f"?{s}")
    present = set(toks)
    modals = {_MODAL_FORMS.get(t, t) for t in present if t in _MODALS or t in _MODAL_FORMS}
    pairs = set(zip(toks, toks[1:], strict=False))
    modals |= {m for pair, m in _PERIPHRASTIC.items() if pair in pairs}
    feats += [f"modal:{m}" for m in sorted(modals)]
    if present & _CONDITIONS:
        feats.append("condition")
        if modals:
            feats.append("condition+modal")
    if present & _FIRST_PERSON:
        feats.append("first_person")
    if "?" in present:
        feats.append("question")
    return feats


def cue_lemma(cue: str, table: dict[str, str] | None = None) -> str:
    """The lemma of a cue as written: the cue lexicon's, else the stem of its first word."""
    if table is None:
        from parley.extract.cues import LEMMA

        table = LEMMA
    low = " ".join(cue.lower().split())
    if low in table:
        return table[low]
    words = low.split()
    if words and words[0] in table:
        return table[words[0]]
    return stem(words[0]) if words else ""


def bags(utterances: Iterable[Utterance]) -> list[list[str]]:
    return [features(u) for u in utterances]


def _words_and_stems(u: Utterance) -> tuple[list[str], list[str]]:
    toks, stems, _ = words_of(u.text, u.parties)
    return toks, stems


# Words that stand between a modal or negator and the verb it governs ("will not
# necessarily accept", "would never have agreed").
_BETWEEN = {"not", "n't", "never", "be", "have", "been", "also", "still", "ever", "only",
            "necessarily", "just", "even", "really", "fully", "immediately", "always"}  # fmt: skip
_AUX = {"is", "are", "was", "were", "has", "have", "had", "did", "does", "do", "am"}


def features_scope(u: Utterance) -> list[str]:
    """The verb a modal, auxiliary or negator governs, with that polarity and modality:
    "would never agree" -> ``mv:would~:agre``, "had turned down" -> ``mv:had:turn``."""
    toks, stems = _words_and_stems(u)
    out: list[str] = []
    for i, t in enumerate(toks):
        modal = _MODAL_FORMS.get(t, t)
        if not (modal in _MODALS or t in _NEGATORS or t in _AUX):
            continue
        negated = t in _NEGATORS
        j = i + 1
        while j < len(toks) and toks[j] in _BETWEEN:
            negated = negated or toks[j] in _NEGATORS
            j += 1
        if j < len(toks) and stems[j][0].isalpha() and toks[j].islower():
            head = modal if modal in _MODALS else ("aux" if t in _AUX else "neg")
            out.append(f"mv:{head}{'~' if negated else ''}:{stems[j]}")
            out.append(f"v{'~' if negated else ''}:{stems[j]}")
    return out


def features_trigrams(u: Utterance) -> list[str]:
    """Trigrams of the stems (names masked)."""
    _, stems = _words_and_stems(u)
    words = [s for s in stems if s[0].isalpha() or s == "n't"]
    return [f"t:{a}_{b}_{c}" for a, b, c in zip(words, words[1:], words[2:], strict=False)]


def features_cue_cross(u: Utterance) -> list[str]:
    """The cue's lemma with the first three content stems and with negation present."""
    toks, stems = _words_and_stems(u)
    opening = [s for s in stems if s.isalpha() and s.islower() and s not in _FUNCTION_WORDS]
    out = [f"ce:{u.lemma}:{s}" for s in opening[:3]]
    if set(toks) & _NEGATORS:
        out.append(f"cue~:{u.lemma}")
    return out


def features_open_pairs(u: Utterance) -> list[str]:
    """Bigrams of the opening words (where the reported clause's subject and verb stand)."""
    _, stems = _words_and_stems(u)
    words = [s for s in stems if s.isalpha() and s.islower()][:OPENING]
    return [f"eb:{a}_{b}" for a, b in zip(words, words[1:], strict=False)]


_ROLES = frozenset(role.value for role in PartyRole)


def features_parties(u: Utterance) -> list[str]:
    """The parties' roles beside the masked words (which read them as ``NAME``): each role
    named, the role opening the words, and the role with the word after it (the subject's
    verb: ``pr:OTHER_had``, ``pr:SELF_will``)."""
    if not u.parties:
        return []
    toks = words_of(u.text, u.parties).roles
    out: list[str] = []
    for i, t in enumerate(toks):
        if t not in _ROLES:
            continue
        out.append(f"pr:{t}")
        if i == 0:
            out.append(f"pr:first:{t}")
        if i + 1 < len(toks):
            nxt = toks[i + 1]
            if nxt.isalpha() and nxt.islower():
                out.append(f"pr:{t}_{stem(nxt)}")
    return out


# How many words after a party's name its clause's negation or modal may stand ("OTHER has
# still not", "SELF would never").
PARTY_REACH = 5
_SPEAKER_SIDE = frozenset({"we", "i"})
# The words that open a party's clause for :func:`features_party_polarity`.
_OPENERS = _ROLES | _SPEAKER_SIDE


def features_party_polarity(u: Utterance) -> list[str]:
    """Each party role with the polarity and modality of the clause it opens: a negation
    or a modal within ``PARTY_REACH`` words after the name, before the clause ends
    (``pp:OTHER~``: "OTHER has not produced a plan", a failure laid at another's door;
    ``pp:SELF~:will``: "SELF will not accept", a refusal; ``pp:SELF:will``: a commitment).
    "we" and "I" are the speaker's side (``SELF``)."""
    toks = words_of(u.text, u.parties).roles
    if _OPENERS.isdisjoint(toks):
        return []  # no party's role and no "we" or "I": no walk over the words
    out: list[str] = []
    for i, t in enumerate(toks):
        if t in _SPEAKER_SIDE:
            t = PartyRole.SELF.value
        elif t not in _ROLES:
            continue
        negated = False
        modal = ""
        for w in toks[i + 1 : i + 1 + PARTY_REACH]:
            if w in _CLAUSE_END or w in _ROLES or w in _SPEAKER_SIDE:
                break
            negated = negated or w in _NEGATORS
            form = _MODAL_FORMS.get(w, w)
            if not modal and form in _MODALS:
                modal = form
        if negated or modal:
            out.append(f"pp:{t}{'~' if negated else ''}{':' + modal if modal else ''}")
    return out


# Words between an infinitive's governor and its "to" that do not change what it governs
# ("ready, willing and able to", "not yet ready to").
_INF_SKIP = {"yet", "still", "also", "now", "fully", "finally"}


def features_infinitive(u: Utterance) -> list[str]:
    """Each infinitive with the word that governs it and that word's polarity: "is ready to
    negotiate" -> ``inf:negoti``, ``inf:readi:negoti``; "refused to sign" ->
    ``inf:refus:sign``; "is not willing to accept" -> ``inf~:will:accept``; "urged NAME to
    withdraw" -> ``inf:NAME:withdraw``. The verb that an intention, a refusal, a demand or an
    offer bears on, which the bag of words reads apart from its governor."""
    toks, stems = _words_and_stems(u)
    out: list[str] = []
    for i, t in enumerate(toks):
        if t != "to" or i + 1 >= len(toks):
            continue
        nxt = toks[i + 1]
        if not (nxt.isalpha() and nxt.islower()) or nxt in _FUNCTION_WORDS:
            continue
        verb = stems[i + 1]
        j = i - 1
        while j >= 0 and toks[j] in _INF_SKIP:
            j -= 1
        if j < 0:
            continue
        gov = toks[j]
        if gov in _ROLES or gov == "NAME":
            head = "NAME"
        elif gov.isalpha() and gov.islower():
            head = stems[j]
        else:
            continue
        negated = any(w in _NEGATORS for w in toks[max(0, j - 3) : j])
        mark = "~" if negated else ""
        out.append(f"inf{mark}:{verb}")
        out.append(f"inf{mark}:{head}:{verb}")
    return out


# Contrastive negation: a negator that denies a part of the clause, not its act ("a framework,
# not a permit"; "in law, not only in words"; "rather than a premium"; "instead of a ban").
_CONTRAST_ADVERBS = {"only", "just", "merely", "simply", "necessarily"}
_CONTRAST_OPENERS = {",", "-", "—", "–", "but"}


def _contrast_kinds(toks: list[str]) -> tuple[list[str], set[int]]:
    """The kinds of contrastive negation in ``toks`` and the positions of the negators they
    account for."""
    kinds: list[str] = []
    used: set[int] = set()
    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t == "rather" and nxt == "than":
            kinds.append("rather")
        elif t == "instead" and nxt == "of":
            kinds.append("instead")
        elif t == "not" and nxt in _CONTRAST_ADVERBS:
            kinds.append("notonly")
            used.add(i)
        elif (
            t == "not"
            and i > 0
            and toks[i - 1] in _CONTRAST_OPENERS
            and (nxt in _FUNCTION_WORDS or nxt in _ROLES or nxt == "NAME")
        ):
            # ", not a permit" / "but not one that": not ", not least"
            kinds.append("commanot")
            used.add(i)
    return kinds, used


def features_contrast(u: Utterance) -> list[str]:
    """Contrastive negation (``ct:commanot`` "a framework, not a permit", ``ct:rather``,
    ``ct:instead``, ``ct:notonly``) and whether a negation is left that denies the clause's
    act (``neg:core``) or every negator is contrastive (``neg:contrast``)."""
    toks, _ = _words_and_stems(u)
    kinds, used = _contrast_kinds(toks)
    out = [f"ct:{k}" for k in kinds]
    negators = [i for i, t in enumerate(toks) if t in _NEGATORS]
    if negators:
        core = [i for i in negators if i not in used]
        out.append("neg:core" if core else "neg:contrast")
    return out


# The main predicate of the reported words: the verb (or the predicative adjective after a
# copula) of their first clause, with the modality and polarity it bears. Parse-free: the
# clause's subject ends at a pronoun, a name or a party ("we", "NAME", "OTHER"), or the
# predicate follows an auxiliary or modal ("had turned", "will not sign", "is ready"); words
# that open with an infinitive ("to withdraw" after "agreed to") read their first word.
_SUBJECTS = frozenset({"we", "i", "he", "she", "they", "it", "you", "NAME", *_ROLES})
_PRED_AUX = _AUX | {"be", "been", "being", "'re", "'ve", "'m"}
_PRED_SKIP = {"that", "whether", "if", "to"}
# How many words of the reported words the predicate is looked for in.
PREDICATE_REACH = 12


class Predicate(NamedTuple):
    """The main predicate of a statement's words: its stem, modal ("" when none) and
    whether a negator bears on it."""

    stem: str
    modal: str
    negated: bool


_QUOTE_MARKS = frozenset({'"', "'"})
# Subjects after which any content word is the verb ("we want", "they refuse"); after a
# name, a party or a third-person pronoun the word must look finite (``_finite``).
_PLURAL_SUBJECTS = frozenset({"we", "i", "they", "you"})


@lru_cache(maxsize=1)
def _verb_forms() -> frozenset[str]:
    """The inflected forms of the verbs the package lists (cues' stored table)."""
    from parley.extract.cues import _stored_verb_forms

    return frozenset(f for forms in _stored_verb_forms().values() for f in forms)


def _finite(word: str) -> bool:
    """Whether ``word`` may be a finite verb after a singular subject: a listed verb form,
    or a word in "-s" or "-ed" ("wants", "rejected"; not "government")."""
    return word in _verb_forms() or (len(word) > 3 and word.endswith(("s", "ed")))


# Adverbs between an auxiliary and its verb beside ``_BETWEEN`` ("had already agreed").
_PRED_ADVERBS = frozenset({"already", "rather", "again", "yet", "now", "since", "long"})


def _passed_over(word: str) -> bool:
    """Whether ``word`` stands between an auxiliary and the verb it governs: an adverb, an
    auxiliary, a negator or a quotation mark ("has "not yet" been signed")."""
    return (
        word in _BETWEEN
        or word in _PRED_AUX
        or word in _QUOTE_MARKS
        or word in _PRED_ADVERBS
        or (len(word) > 4 and word.endswith("ly"))
    )


def predicate_of(toks: list[str], stems: list[str]) -> Predicate | None:
    """The main predicate of ``toks`` (:class:`Words`' tokens and stems), or None when its
    first clause shows none within ``PREDICATE_REACH`` words: an opening infinitive's verb
    ("to resume"); the verb after an auxiliary, a modal or a negator, passing over adverbs
    and quotation marks ("had already agreed", "would "not be""); the next word after a
    pronoun, or after a name when it looks finite ("NAME rejected", not "NAME government");
    a past form after a lower-case noun, which ends a noun subject ("the deal delivered")."""
    modal = ""
    negated = False
    n = min(len(toks), PREDICATE_REACH)
    i = 0
    while i < n and (toks[i] in _PRED_SKIP or toks[i] in _QUOTE_MARKS):
        i += 1
    opening = toks[i] if 0 < i < n and toks[i - 1] == "to" else ""
    if opening.isalpha() and opening.islower() and opening not in _FUNCTION_WORDS:
        return Predicate(stems[i], "", False)
    while i < n:
        t = toks[i]
        if t in _CLAUSE_END and i > 0:
            return None
        form = _MODAL_FORMS.get(t, t)
        if form in _MODALS or t in _PRED_AUX or t in _NEGATORS:
            if form in _MODALS and not modal:
                modal = form
            negated = negated or t in _NEGATORS
            j = i + 1
            while j < n and _passed_over(toks[j]):
                negated = negated or toks[j] in _NEGATORS
                j += 1
            if j < n and toks[j].isalpha() and toks[j].islower():
                if toks[j] not in _FUNCTION_WORDS or toks[j] == "no":
                    return Predicate(stems[j], modal, negated)
                if form in _MODALS or t in _NEGATORS:
                    i = j
                    continue
            if t in _AUX:  # a copula before a determiner ("is a betrayal")
                return Predicate(stem(t), modal, negated)
            i = j
            continue
        nxt = toks[i + 1] if i + 1 < n else ""
        if nxt.isalpha() and nxt.islower() and nxt not in _FUNCTION_WORDS:
            if t in _PLURAL_SUBJECTS or (t in _SUBJECTS and _finite(nxt)):
                return Predicate(stems[i + 1], modal, negated)
            if (
                t.isalpha()
                and t.islower()
                and t not in _FUNCTION_WORDS
                and (nxt in _verb_forms() or (len(nxt) > 4 and nxt.endswith("ed")))
            ):
                return Predicate(stems[i + 1], modal, negated)
        i += 1
    return None


def features_predicate(u: Utterance) -> list[str]:
    """The main predicate (:func:`predicate_of`) alone, its modality and polarity alone and
    with the cue's lemma, and the predicate with them: "the union had not accepted the
    offer" -> ``pv:accept``, ``pm~``, ``pc:say~``, ``pv~:accept``; "we will sign" ->
    ``pv:sign``, ``pm:will``, ``pc:say:will``, ``pv:will:sign``."""
    toks, stems = _words_and_stems(u)
    found = predicate_of(toks, stems)
    if found is None:
        return ["pv:none"]
    mark = "~" if found.negated else ""
    mod = f":{found.modal}" if found.modal else ""
    out = [f"pv:{found.stem}", f"pm{mark}{mod}", f"pc:{u.lemma}{mark}{mod}"]
    if mark or mod:
        out.append(f"pv{mark}{mod}:{found.stem}")
    return out


def features_predicate_polarity(u: Utterance) -> list[str]:
    """Only the main predicate's modality and polarity (:func:`predicate_of`), alone and
    with the cue's lemma (``pm~:would``, ``pc:say~:would``), not the predicate's word."""
    return [f for f in features_predicate(u) if f.startswith(("pm", "pc:"))]


# A quotation's own acts, read sentence by sentence from its text (a quotation has no cue
# that names its act: "said" and "told" carry nothing, so what the words do is all there is).
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"'“‘]?[A-Z])")
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
# The words after an imperative's verb: an object pronoun or a determiner ("Give us",
# "Release them", "Stop the", "Let them"), which a sentence opening on a noun rarely has.
_IMPERATIVE_NEXT = frozenset({"us", "them", "the", "your", "our", "it", "me", "him", "her",
                              "this", "that", "a", "an", "every", "all", "no",
                              "their"})  # fmt: skip
# Words of readiness that, after "we"/"I" and a copula, commit the speaker ("we are ready to").
_READY = frozenset({"ready", "prepared", "willing", "determined", "committed", "open"})
_DEMAND_MODALS = frozenset({"must", "should"})
_OTHER_SUBJECTS = frozenset({"they", "you", "he", "she", "it", "NAME", "OTHER", "PARTY"})
_WH = frozenset({"why", "how", "what", "who", "where", "when"})


def quote_sentences(text: str) -> list[str]:
    """The sentences of a quotation's words."""
    return [s for s in _SENTENCE_SPLIT.split(text.strip()) if s]


def _sentence_acts(sentence: str) -> list[str]:
    """The acts one sentence of a quotation shows by its form (see :func:`features_quote`)."""
    toks = words_of(sentence).toks
    words = [t for t in toks if t[0].isalpha() or t in ("n't", "'ll", "'d", "'re")]
    if not words:
        return []
    out: list[str] = []
    raw = _WORD.findall(sentence)
    if len(raw) > 1:
        first = raw[0].lower()
        if first == "let" or (
            first not in _FUNCTION_WORDS
            and raw[0][0].isupper()
            and not first.endswith(("ing", "ed", "ly", "s"))
            and raw[1] in _IMPERATIVE_NEXT
        ):
            out.append("q:imperative")
    negated = any(w in _NEGATORS for w in words)
    neg = "~" if negated else ""
    for i, w in enumerate(words):
        nxt = words[i + 1 : i + 4]
        form = [_MODAL_FORMS.get(x, x) for x in nxt]
        if w in _SPEAKER_SIDE:
            if "will" in form or "would" in form[:1]:
                out.append(f"q:commit{neg}")
            if any(x in _READY for x in nxt):
                out.append(f"q:ready{neg}")
            if any(x in _DEMAND_MODALS for x in form[:1]):
                out.append("q:self_must")
        elif w in _OTHER_SUBJECTS and any(x in _DEMAND_MODALS for x in form[:2]):
            out.append(f"q:demand{neg}")
    conditional = "if" in words or "unless" in words
    if conditional and any(_MODAL_FORMS.get(w, w) == "will" for w in words):
        out.append("q:warning")
    if sentence.rstrip().rstrip("\"'”’,").endswith("?") and words[0] in _WH | _AUX | _MODALS:
        out.append("q:question")
    return out


def features_quote(u: Utterance) -> list[str]:
    """A quotation's acts by their form, sentence by sentence, and where they stand: a
    first-person commitment ("we will", "I'll"; ``q:commit``, negated ``q:commit~``), a
    readiness ("we are ready to"; ``q:ready``), a demand of another ("they must", "you
    should"; ``q:demand``), an imperative ("Give us ..."; ``q:imperative``), a conditional
    warning ("if ... will"; ``q:warning``), a question opened by a question word or an
    auxiliary (``q:question``); each also marked by the sentence it stands in (``qf:`` the
    first, ``ql:`` the last of several). Only quotations: reported speech has its cue."""
    if not u.direct:
        return []
    sentences = quote_sentences(u.text)
    out: list[str] = []
    for k, sentence in enumerate(sentences):
        acts = _sentence_acts(sentence)
        out += acts
        if k == 0:
            out += [f"qf{a[1:]}" for a in acts]
        if k == len(sentences) - 1 and k > 0:
            out += [f"ql{a[1:]}" for a in acts]
    return sorted(set(out)) + (["q:multi"] if len(sentences) > 1 else [])


# How many words of a long quotation's last sentence open it (``features_quote_last``).
LAST_OPENING = 6


def features_quote_last(u: Utterance) -> list[str]:
    """The opening words of a quotation's last sentence when it has several (``ql:w:``
    stems): where a long quotation often comes to its point ("... We sign the first")."""
    if not u.direct:
        return []
    sentences = quote_sentences(u.text)
    if len(sentences) < 2:
        return []
    stems = words_of(sentences[-1]).stems
    words = [s for s in stems if s.isalpha() and s.islower()][:LAST_OPENING]
    return [f"ql:w:{s}" for s in words]


# How far back the sentence that introduces a quotation may start (characters).
LEAD_REACH = 300
_OPENING_MARKS = "\"'“‘ "


def lead_of(text: str, start: int) -> str:
    """The sentence that introduces the quotation at ``start``: the last sentence before its
    opening mark (within ``LEAD_REACH`` characters), or the opening of its own sentence when
    the quotation stands inside one ('A manager said "..."')."""
    before = text[max(0, start - LEAD_REACH) : start].rstrip(_OPENING_MARKS + "\n")
    sentences = [x for x in _SENTENCE_SPLIT.split(before.replace("\n", " ")) if x.strip()]
    return sentences[-1].strip() if sentences else ""


def features_lead(u: Utterance) -> list[str]:
    """The content words (lower-case stems, no function words, no names) of the sentence
    that introduces a quotation (``ld:`` stems): the narration around quoted words often
    names the act the words perform ("accused ...", "rejected ...", "welcomed ...")."""
    if not u.direct or not u.lead:
        return []
    stems = words_of(u.lead).stems
    return sorted(
        {f"ld:{x}" for x in stems if x.isalpha() and x.islower() and x not in _FUNCTION_WORDS}
    )
