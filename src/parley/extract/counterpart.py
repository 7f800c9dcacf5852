"""The other side of a negotiation as the implied giver of what the speaker's side got.

"We were not consulted on the contents", "it had not been shown the text", "Moscow had not
yet received any formal answer", "Iran received only a fraction of its share": the speaker's
own side is the clause's subject, as the recipient of an agentless passive of giving or
telling, or of "receive" with a stated position or a shortfall as its object. Nothing in
the clause names who did not consult, show, answer or deliver, but the story does: it is
the party the speaker's side negotiates with. A complaint of this form reports that
party's position or act (the gold's ``about``), not the speaker's.

Two parts, each about structure rather than words of a story:

- :func:`negotiating_parties`: the article's two parties named most (its negotiation's
  sides), and :func:`counterpart`, the other of the two for a speaker on one of them;
- :func:`received_unnamed`: whether a parsed reported clause's main predicate (or one
  coordinated with it) has the speaker's side as the recipient of something whose giver
  it leaves unnamed (no by-agent, no "from" phrase).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from parley.extract.cues import verb_forms
from parley.extract.holders import POSITION_NOUNS

# Verbs whose passive subject is the one addressed, with nothing else needed: "we were not
# consulted", "the allies had been told that ..." ("brief" is left out: a side's own
# officials brief it, "Ottawa had been briefed on the changes"), "it was briefed"
_ADDRESSING = frozenset(
    f for v in ("consult", "inform", "notify", "tell", "assure", "reassure") for f in verb_forms(v)
)
# Verbs of giving whose passive subject is the recipient only when the thing given stays
# as an object: "it had not been shown [the text]", "we were promised [access]", "the
# province had been given [no date]" (not "it was offered as a framework": the thing)
_GIVING = frozenset(
    f for v in ("show", "give", "offer", "promise", "send", "deny", "grant") for f in verb_forms(v)
)
# Verbs of giving whose thing is the passive subject, the recipient after "to": "it was
# presented [to us] as a choice"
_HANDING = _GIVING | frozenset(
    f for v in ("present", "hand", "put", "submit", "deliver") for f in verb_forms(v)
)
_RECEIVING = frozenset(f for v in ("receive", "get") for f in verb_forms(v))
# What one side receives from the other as its act: its answer, request, proposal
_ANSWERS = POSITION_NOUNS | frozenset(("answer", "answers", "responses", "replies", "invitation"))
_FIRST_PERSON_OBJECTS = frozenset(("us", "me"))
_PASSIVE_SUBJECT = "nsubjpass"
# a cheap test before any parse (see ``may_receive``)
_WORD = re.compile(r"[A-Za-z]+")
_PASSIVE_FORMS = _ADDRESSING | _HANDING
# the auxiliaries of a passive, "[were] not consulted", "had [been] shown", "[got] told"
_PASSIVE_AUX = frozenset(verb_forms("be")) | frozenset(verb_forms("get"))
_AUX_WINDOW = 4  # words between the auxiliary and the participle: "were never formally"


# Verbs whose agentless passive, with a party's position as its subject, leaves the other
# side as the one who acted: "[that offer] was withdrawn", "[the proposal] was turned down",
# "[the request] had been rejected" (a speaker tells what the other side did with a position;
# not "the proposal was offered as a basis", which its own side may have offered)
_ACTED_ON = frozenset(f for v in ("reject", "refuse", "withdraw") for f in verb_forms(v))
_TURN = verb_forms("turn")  # "turned [down]"
# Verbs of giving whose agentless passive with "nothing" for a subject is the other side's
# act: "[nothing] had been offered in writing", "[nothing] was promised"
_GIVEN = frozenset(f for v in ("offer", "promise") for f in verb_forms(v))
# a subject that is an act of no one named: "nothing had been offered"
_NOTHING = frozenset(("nothing",))
# a position denied outright ("no such offer had been withdrawn", "denied that any request
# had been rejected"): a denial of a fact, no act of the other side (the gold: no ``about``)
_DENIED = frozenset(("no", "any", "such"))


def may_receive(text: str) -> bool:
    """Whether ``text`` may be a complaint of this kind (worth a parse): a passive of one
    of the verbs of addressing, giving or acting on a position above, its auxiliary a few
    words before it, or a
    verb of receiving with an answer or "only" in the clause (the two forms
    :func:`received_unnamed` reads)."""
    words = [w.lower() for w in _WORD.findall(text)]
    receives = False
    for k, w in enumerate(words):
        if (w in _PASSIVE_FORMS or w in _ACTED_ON or w in _TURN or w in _GIVEN) and any(
            v in _PASSIVE_AUX for v in words[max(0, k - _AUX_WINDOW) : k]
        ):
            return True
        receives = receives or w in _RECEIVING
    return receives and any(w in _ANSWERS or w == "only" for w in words)


def negotiating_parties(sides: Iterable[str | None]) -> tuple[str, ...]:
    """The two parties the article names most (its mentions' sides, in order), the first
    named first on a tie; fewer when it names fewer."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for k, side in enumerate(sides):
        if side is None:
            continue
        counts[side] += 1
        first.setdefault(side, k)
    ranked = sorted(counts, key=lambda s: (-counts[s], first[s]))
    return tuple(ranked[:2])


def counterpart(own: str | None, parties: tuple[str, ...]) -> str | None:
    """The other of the article's two parties for a speaker on one of them."""
    if own is None or len(parties) != 2 or own not in parties:
        return None
    return parties[1] if parties[0] == own else parties[0]


# Pronouns that may stand for the speaker's side as a recipient: "[we] were not consulted",
# "[it] had never received a formal reply", "[they] had been assured"; not "he", "she" or
# "I", a person (whose own government may be the one that did not consult him)
_SIDE_PRONOUNS = frozenset(("we", "it", "they"))


@dataclass(frozen=True, slots=True)
class Recipient:
    """The recipient subject of a clause whose giver is unnamed, in characters of the
    clause."""

    start: int
    end: int
    # a pronoun that may stand for the speaker's side, or the "us" an act was handed to:
    # no mention to check
    pronoun: bool


def received_unnamed(doc: Doc) -> Recipient | None:
    """The recipient when the clause's main predicate, or one coordinated with it, makes
    its subject the recipient of an act whose giver it does not name; None otherwise. The
    caller checks that a subject that is no pronoun names the speaker's own side."""
    for sent in list(doc.sents)[:1]:
        for pred in _predicates(sent.root):
            found = _recipient(pred)
            if found is not None:
                a, b = found.left_edge.idx, found.right_edge.idx + len(found.right_edge)
                return Recipient(a, b, found.lower_ in _SIDE_PRONOUNS)
            if _handed_to_us(pred):
                return Recipient(pred.idx, pred.idx, True)  # the quotation's own side
    return None


def _predicates(root: Token) -> list[Token]:
    """The root and the predicates coordinated with it."""
    out = [root]
    out.extend(c for c in root.children if c.dep_ == "conj" and c.tag_.startswith("VB"))
    return out


def _recipient(pred: Token) -> Token | None:
    word = pred.lower_
    children = list(pred.children)
    if any(c.dep_ == "agent" for c in children):
        return None  # "told by the American side": the giver named
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in children):
        return None  # "received assurances from Washington"
    subj = next((c for c in children if c.dep_ == _PASSIVE_SUBJECT), None)
    if subj is not None:
        if word in _ADDRESSING:
            return subj
        if word in _GIVING and any(c.dep_ in ("dobj", "dative", "attr") for c in children):
            return subj
        return None
    subj = next((c for c in children if c.dep_ == "nsubj"), None)
    if subj is None or word not in _RECEIVING:
        return None
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in obj.children):
        return None
    if any(c.dep_ == "poss" for c in obj.children) and obj.lower_ in _ANSWERS:
        return None  # "received Kyiv's reply": its owner named
    if obj.lower_ in _ANSWERS:
        return subj  # "had not received any formal answer"
    if _only(pred.children) or _only(obj.subtree):
        return subj  # "received only a fraction of its share"
    return None


def _only(tokens: Iterable[Token]) -> bool:
    return any(t.lower_ == "only" and t.dep_ in ("advmod", "quantmod") for t in tokens)


def _handed_to_us(pred: Token) -> bool:
    """'It was presented [to us] as a choice': a passive of handing over whose recipient
    is the first person, its giver unnamed."""
    if pred.lower_ not in _HANDING:
        return False
    children = list(pred.children)
    if not any(c.dep_ == _PASSIVE_SUBJECT for c in children):
        return False
    if any(c.dep_ == "agent" for c in children):
        return False
    return any(
        c.dep_ in ("prep", "dative")
        and c.lower_ == "to"
        and any(g.lower_ in _FIRST_PERSON_OBJECTS for g in c.children)
        for c in children
    )


def acted_on_unnamed(doc: Doc) -> bool:
    """Whether the clause's main predicate, or one coordinated with it, is an agentless
    passive of rejecting or withdrawing whose subject is a position with no owner written
    ("that offer was withdrawn", "the proposal was turned down"), or of offering with
    "nothing" for a subject ("nothing had been offered"): an act of the side the speaker's
    side negotiates with."""
    return any(
        _position_acted_on(pred) for sent in list(doc.sents)[:1] for pred in _predicates(sent.root)
    )


def _position_acted_on(pred: Token) -> bool:
    children = list(pred.children)
    turned = pred.lower_ in _TURN and any(c.dep_ == "prt" and c.lower_ == "down" for c in children)
    given = pred.lower_ in _GIVEN
    if pred.lower_ not in _ACTED_ON and not turned and not given:
        return False
    if any(c.dep_ == "agent" for c in children):
        return False  # "rejected by the union": the one who acted named
    subj = next((c for c in children if c.dep_ == _PASSIVE_SUBJECT), None)
    if subj is None:
        return False
    if given:
        return subj.lower_ in _NOTHING
    if subj.lower_ not in POSITION_NOUNS:
        return False
    if any(c.lower_ in _DENIED for c in subj.children):
        return False  # "denied that [any such offer] had been made": a denial of a fact
    # "our offer was rejected", "the union's demand was dropped": whose act the text says
    return not any(c.dep_ == "poss" for c in subj.children)
