"""A reporting clause set inside what it reports: "X, he said, and Y".

The parse reads "The terms were fair, he said, and both sides knew it" as one statement
whose cue sits in its middle. The cue reports the clause before it; what follows its
"and"/"but" is a second statement of the same speaker when it is a clause of its own
("both sides knew it"), and the cue's clause goes on without a new report otherwise
("..., officials said, and still needs approval": the predicate is theirs, unreported).
"""

from __future__ import annotations

import re
from dataclasses import replace

from parley.extract.attribution import Draft

# ", he said, and ", ", Canadian officials said, but ": the subject (a few words, no comma)
# and the cue between commas, then a coordinating conjunction
_INSIDE = re.compile(
    r",\s*(?P<subj>[^,;\"“”]{1,60}?)\s+(?P<cue>\S+)(?:\s+(?:on|last|this)\s+\w+)?\s*,\s+"
    r"(?P<conj>and|but)\s+"
)
# The first word of a clause with a subject of its own: a determiner, a pronoun, a
# quantifier, a capitalised name ("both sides had been told", "the parties will hold")
_OWN_SUBJECT = re.compile(
    r"(?:the|a|an|both|some|all|each|no|many|most|several|its|his|her|their|our|this|that"
    r"|these|those|he|she|they|it|we|i|there)\b|[A-Z]",
    re.IGNORECASE,
)
_CAPITAL_START = re.compile(r"[A-Z]")
# A bare noun phrase, then an auxiliary: "talks could begin", "prices had risen"
_NOUN_THEN_AUX = re.compile(
    r"(?!(?:to|still|also|then|later|not|yet|only|now|could|would|will|had|has|have|was|were"
    r"|is|are|may|might|should|must|can|did|does|do)\b)[a-z][\w'’-]*(?<!ly)\s+"
    r"(?:[a-z][\w'’-]*\s+){0,2}(?:could|would|will|had|has|have|was|were|is|are|may|might"
    r"|should|must|can|did|does|do)\b"
)


def split_parentheticals(text: str, drafts: list[Draft]) -> list[Draft]:
    """Each indirect statement whose own cue stands between commas inside it ends before
    that cue's subject; what follows the conjunction after it is a statement of its own
    when it opens on a subject."""
    out: list[Draft] = []
    for d in drafts:
        if d.direct or not d.start < d.cue_start < d.end:
            out.append(d)
            continue
        found = _INSIDE.search(text, d.start, d.end)
        if found is None or found.start("cue") != d.cue_start:
            out.append(d)
            continue
        first = replace(d, end=found.start())
        out.append(first)
        rest = found.end()
        if rest < d.end and _opens_clause(text, rest):
            out.append(replace(d, start=rest))
    return out


def _opens_clause(text: str, pos: int) -> bool:
    word = re.match(r"[\w'’-]+", text[pos:])
    if word is None:
        return False
    w = word.group()
    if _CAPITAL_START.match(w):
        return True
    return _OWN_SUBJECT.fullmatch(w) is not None or _NOUN_THEN_AUX.match(text, pos) is not None
