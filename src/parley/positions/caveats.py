"""The outlet's own caveats: narration that says a claim could not be verified.

A caveat is a sentence of the source text that no statement covers (so it is the
journalist speaking, not a quoted party) and in which a verification word
(confirm, verify, corroborate, substantiate, authenticate, and their nouns) is
negated: by a negator a few words before it in the same clause ("no", "not",
"n't", "never", "unable to", "without", "has yet to") or by its own prefix
("unverified", "unconfirmed"). That covers "No independent confirmation ...",
"... could not be independently verified", "Reuters could not confirm ...",
"The claim was unconfirmed" alike, without listing sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"\u201d\u2019')\]]*|$)")
_TOKEN = re.compile(r"[A-Za-z]+(?:n't|'t)?|[,;:()\u2014\u2013-]")
_VERIFY = re.compile(r"^(?:confirm|verif|corroborat|substantiat|authenticat)", re.IGNORECASE)
_NEGATED_BY_PREFIX = re.compile(r"^un(?:confirm|verif|corroborat|substantiat)", re.IGNORECASE)
_NEGATORS = frozenset(
    {"no", "not", "never", "unable", "cannot", "without", "neither", "nor", "yet"}
)
# A clause boundary stops the negator's reach ("No one was hurt, officials confirmed").
_BOUNDARY = frozenset({
    ",", ";", ":", "(", ")", "\u2014", "\u2013", "but", "and", "which", "who", "whether", "if",
    "that", "because", "when", "after", "while",
})  # fmt: skip
SCOPE = 6  # how many words before the verification word a negator may stand


@dataclass(frozen=True, slots=True)
class Caveat:
    start: int
    end: int
    text: str


def find_caveats(text: str, covered: Iterable[tuple[int, int]] = ()) -> list[Caveat]:
    """Caveat sentences in ``text``; ``covered`` are statement spans (quoted parties, skipped)."""
    spans = sorted(covered)
    out = []
    for match in _SENTENCE.finditer(text):
        start, end = match.start(), match.end()
        sentence = match.group()
        lead = len(sentence) - len(sentence.lstrip())
        start += lead
        if any(a < end and start < b for a, b in spans):
            continue
        if negated_verification(sentence):
            out.append(Caveat(start, end, sentence.strip()))
    return out


def negated_verification(sentence: str) -> bool:
    """True when a verification word in ``sentence`` is negated in its clause."""
    tokens = [t.lower() for t in _TOKEN.findall(sentence)]
    for i, token in enumerate(tokens):
        if _NEGATED_BY_PREFIX.match(token):
            return True
        if not _VERIFY.match(token):
            continue
        for j in range(i - 1, max(-1, i - 1 - SCOPE), -1):
            word = tokens[j]
            if word in _BOUNDARY:
                break
            if word in _NEGATORS or word.endswith("n't"):
                return True
    return False
