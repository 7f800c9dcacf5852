"""Speech as the purpose of an act addressed to somebody: "the union had written to Acas to
say [it] was ready". The infinitive of purpose ("to say", an adverbial clause) takes the
subject of the verb it hangs on (the union), not the object of that verb's preposition
(Acas), so a pronoun opening what it says is that subject, as a pronoun opening reported
speech usually is the speaker. An infinitive the verb governs as its complement ("appealed
to Acas to say it would mediate") is the addressee's speech and keeps the usual reading;
so does a question ("wrote to the ministry to ask whether it would pay")."""

from __future__ import annotations

import re
from functools import lru_cache

from parley.extract.cues import SPEECH_LEMMAS
from parley.extract.segment import sentence_opening
from parley.extract.syntax import parse_one, tokens

# Marks of a reported question, whose subject is as likely the addressee
_QUESTION_MARKS = frozenset(("whether", "if"))
# How far past the pronoun the parsed sentence runs (characters)
_TAIL = 80
# The speech lemmas anywhere in a lower-cased text: a token whose lower-case form is one is a
# piece of the lower-cased sentence, so a sentence without any holds no such token
_SPEECH_PIECE = re.compile("|".join(re.escape(w) for w in sorted(SPEECH_LEMMAS)))


def addressee_start(text: str, floor: int, pos: int) -> int | None:
    """Where the prepositional object starts that a speech infinitive of purpose passes
    over before the subject pronoun at ``pos`` ("written to [Acas] to say it was"), when
    that object starts at or after ``floor``; None otherwise."""
    opening = sentence_opening(text, pos)
    stop = min(len(text), pos + _TAIL)
    ends_after = (text.find(e, pos, stop) for e in (". ", "\n"))
    stop = min((at + 1 for at in ends_after if at >= 0), default=stop)
    found = _addressee(text[opening:stop], pos - opening)
    if found is None or found + opening < floor:
        return None
    return found + opening


def _may_hold(sentence: str, pos: int) -> bool:
    """Whether the sentence's tokens hold what the shape needs (a token at ``pos``, "to", and
    an infinitive of speech), so that the parse is asked only for those that do: over the
    development articles about one sentence in twelve. The lower-cased sentence is read
    first: a token's lower-case form is a piece of it, so a sentence that holds no "to" or
    no speech lemma anywhere is not tokenised."""
    low = sentence.lower()
    if "to" not in low or _SPEECH_PIECE.search(low) is None:
        return False
    words = tokens(sentence)
    if words is None:
        return False
    lowers = {t.lower_ for t in words}
    return (
        "to" in lowers and not SPEECH_LEMMAS.isdisjoint(lowers) and any(t.idx == pos for t in words)
    )


@lru_cache(maxsize=256)
def _addressee(sentence: str, pos: int) -> int | None:
    if not _may_hold(sentence, pos):
        return None
    doc = parse_one(sentence)
    if doc is None:
        return None
    pronoun = next((t for t in doc if t.idx == pos), None)
    if pronoun is None or pronoun.dep_ != "nsubj":
        return None
    clause = pronoun.head
    if clause.dep_ != "ccomp" or any(c.lower_ in _QUESTION_MARKS for c in clause.children):
        return None
    infinitive = clause.head
    if (
        infinitive.dep_ != "advcl"
        or infinitive.lower_ not in SPEECH_LEMMAS  # an infinitive is its lemma
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children)
    ):
        return None
    verb = infinitive.head
    objects = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.i < infinitive.i
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return objects[-1].left_edge.idx if objects else None
