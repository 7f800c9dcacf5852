"""Features of a reported clause read from its parse, for the event model.

Only clauses the extractor parses anyway get them: the hearsay pass parses the first
sentences of every reported clause that names another party near its start (``pipeline``,
``_hearsay_asks``), so these features cost no parse of their own. They say what the words
alone do not: the clause's head word (under a copula its complement, "was unacceptable")
and whether it is negated, that negation crossed with the cue ("said ... not"), the class of
the head's subject (the speaker's voice, "you", a pronoun, a party, the plan or deal, another
noun, none), its modal or past tense, the open complement and the object, and whether
another party is said to breach, refuse or attack ("Kyiv has violated the truce": a charge,
not the speaker's refusal).

Measured by leave-one-part-out over the thirteen spent parts (docs/measurements.md,
thirteenth round).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from parley.extract.features import stem


def _stems(words: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words.split())


_BE = frozenset(("be", "is", "are", "am", "was", "were", "been", "being", "'s", "'re", "'m"))
_FIRST = frozenset(("i", "we", "me", "us", "our", "my", "ours", "myself", "ourselves"))
_SECOND = frozenset(("you", "your"))
_THIRD = frozenset(
    ("they", "he", "she", "them", "their", "his", "her", "it", "its", "this", "that", "these",
     "those", "who", "which")
)  # fmt: skip
# nouns for a text or a process under negotiation, and for a party to it (stems)
_PLAN = _stems(
    """plan deal proposal agreement ceasefire truce treaty offer framework text document
    draft accord point pact settlement arrangement bill law initiative roadmap package contract
    memorandum resolution term clause talk negotiation process meeting dialogue summit"""
)
_PARTY = _stems(
    """side government country party administration state regime army force troop
    military delegation leader minister president union company management group militia rebel
    official authority team negotiator ally enemy opponent counterpart partner nation
    people"""
)
# verbs of breach, refusal and attack: told of another party, a charge
_BREACH = _stems(
    """violate breach attack refuse fail block obstruct sabotage kill shell undermine
    ignore renege stall delay bomb strike lie target break abandon walk withdraw reject destroy
    seize invade occupy threaten provoke mislead deceive betray exploit torpedo drag stonewall
    backtrack escalate use launch fire spread harm prevent deny neglect flout disregard continue
    bully pressure hijack"""
)
_MODALS = {"will": "will", "'ll": "will", "wo": "will", "shall": "will", "would": "would",
           "'d": "would", "must": "must", "should": "should", "could": "could", "can": "can",
           "ca": "can", "may": "may", "might": "might"}  # fmt: skip


def _stem(t: Token) -> str:
    return stem(t.lower_)


def _head(sent: Span) -> Token:
    """The sentence's head word: its root, or a copula's complement ("was ready")."""
    root = sent.root
    if root.lower_ in _BE:
        for c in root.children:
            if c.dep_ in ("acomp", "attr"):
                return c
    return root


def _subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj"):
            return c
    # a copula's complement, an open complement, a conjunct: the subject of its head
    if verb.dep_ in ("acomp", "attr", "xcomp", "conj") and verb.head is not verb:
        return _subject(verb.head)
    return None


def _subject_class(tok: Token | None) -> str:
    if tok is None:
        return "none"
    low = tok.lower_
    if low in _FIRST:
        return "first"
    if low in _SECOND:
        return "second"
    if low in _THIRD:
        return "pron"
    if tok.tag_ in ("NNP", "NNPS"):
        return "party"
    s = _stem(tok)
    if s in _PLAN:
        return "plan"
    if s in _PARTY:
        return "party"
    return "noun"


def _negated(head: Token) -> bool:
    kids = list(head.children)
    if any(c.dep_ == "neg" for c in kids):
        return True
    if head.dep_ in ("acomp", "attr") and head.head is not head:
        return any(c.dep_ == "neg" for c in head.head.children)
    return any(c.lower_ in ("no", "never") and c.dep_ in ("det", "advmod") for c in kids)


def _modal(head: Token) -> str:
    verb = head.head if head.dep_ in ("acomp", "attr") else head
    for c in verb.children:
        if c.dep_ == "aux" and c.lower_ in _MODALS:
            return _MODALS[c.lower_]
    if verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    ):
        return "past"
    return "none"


def clause_features(doc: Doc, cue_lemma: str) -> tuple[str, ...]:
    """The features of the reported clause whose first sentence ``doc`` parses."""
    sent = next(iter(doc.sents), None)
    if sent is None or not len(sent):
        return ()
    h = _head(sent)
    word = _stem(h)
    neg = "n" if _negated(h) else "p"
    who = _subject_class(_subject(h))
    modal = _modal(h)
    feats = [
        f"ph:{word}", f"ph:{word}:{neg}", f"pneg:{neg}", f"pcue:{cue_lemma}:{neg}",
        f"psub:{who}", f"psub:{who}:{neg}", f"pmod:{modal}", f"pmod:{who}:{modal}",
    ]  # fmt: skip
    breach = word in _BREACH
    for c in h.children:
        if c.dep_ == "xcomp":
            feats += [f"px:{_stem(c)}", f"ph:{word}>{_stem(c)}"]
            breach = breach or _stem(c) in _BREACH
        elif c.dep_ == "dobj":
            feats.append(f"pobj:{_stem(c)}")
    if h.tag_.startswith("NN") and h.dep_ == "ROOT":
        feats.append(f"pnp:{word}")  # the clause is a noun phrase: what the cue acts on
    if breach and who in ("party", "pron", "noun"):
        feats.append("pother_breach")
        if neg == "n":
            feats.append("pother_breach:n")
    return tuple(feats)
