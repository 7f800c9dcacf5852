"""Whether a reporting clause's subject is plural: "Several senators said [they] had
raised ...", "Both BHP and Anglo say [they] have briefed ...". "They" opening the reported
clause of a plural teller is that teller (the usual reading of a subject pronoun in
reported speech), not a party the sentence before named."""

from __future__ import annotations

from functools import lru_cache

from parley.extract.segment import sentence_opening
from parley.extract.syntax import SUBJECT_DEPS, parse_one

# Plural noun tags of the parser's tag set
_PLURAL_TAGS = frozenset(("NNS", "NNPS"))


def plural_teller(text: str, cue_start: int, start: int) -> bool:
    """Whether the subject of the cue at ``cue_start``, in the sentence that runs on into
    the reported clause at ``start``, is a plural noun or coordinated nouns."""
    if not 0 <= cue_start < start:
        return False
    opening = sentence_opening(text, cue_start)
    return _plural_subject(text[opening:start], cue_start - opening)


@lru_cache(maxsize=256)
def _plural_subject(sentence: str, cue_at: int) -> bool:
    doc = parse_one(sentence)
    if doc is None:
        return False
    cue = next((t for t in doc if t.idx <= cue_at < t.idx + len(t)), None)
    if cue is None:
        return False
    subj = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or subj.tag_ == "PRP":
        return False
    return subj.tag_ in _PLURAL_TAGS or any(c.dep_ == "conj" for c in subj.children)
