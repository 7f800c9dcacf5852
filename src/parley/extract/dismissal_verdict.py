"""Stance of a dismissal: a statement that calls the deal, pledge or plan worthless or a
betrayal ("the chapter had 'no teeth'", "the pledge of guarantees as worthless", "the text
was a capitulation", "the deal is a sell-out"), or that says the speaker has no trust in it
or in the party behind it ("she did not trust any agreement Moscow signed", "the governing
party could no longer be trusted", "families had no confidence in it").

Gold reads such a dismissal oppose across the development parts; the stance model, which
has seen few of these words, reads some of them support or mixed from the words around
them (a guarantee, a pledge, an agreement). A dismissal denied or made conditional in its
own clause ("peace cannot be a capitulation", "the clause is not meaningless", "would be
meaningless without access") stays with the model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from parley.extract.features import Utterance
from parley.extract.prefilter import Prefiltered

# a verdict that the thing is worth nothing or betrays the side
_VERDICT = (
    r"worthless|toothless|no\s+teeth|meaningless|hollow|a\s+sham|a\s+farce|a\s+charade"
    r"|(?:a\s+)?betrayal|sell-?out|capitulation|surrender|fig\s+leaf"
)
# a stated want of trust in it or in its party
_DISTRUST = (
    r"(?:did|do|does|could|would)\s+not\s+trust|(?:not|never|no\s+longer)\s+be\s+trusted"
    r"|distrust\w*|no\s+(?:trust|confidence)\s+in"
)
DISMISSAL = re.compile(rf"\b(?:{_VERDICT}|{_DISTRUST})\b", re.IGNORECASE)
# a denial or a condition in the dismissal's own clause (back to the last comma, semicolon
# or colon): "cannot be a capitulation", "not meaningless", "meaningless without access"
_DENIED = re.compile(r"\b(?:not|never|no|cannot|without|unless|if)\b|n't\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[,;:]")
# a contrast earlier in the sentence makes the distrust one half of a weighed view ("supported
# a negotiated end but distrusted Russia", "all of them, even those I do not trust")
_HEDGE = re.compile(r"\b(?:but|even|though|although|while)\b", re.IGNORECASE)


_DISMISSAL_CHECKED = Prefiltered(DISMISSAL)  # searched only where its words are


def dismisses_deal(text: str) -> bool:
    """Whether ``text`` dismisses the deal or distrusts it, undenied in its clause."""
    for m in _DISMISSAL_CHECKED.finditer(text):
        sentence = max(text.rfind(". ", 0, m.start()) + 1, 0)
        if _HEDGE.search(text, sentence, m.start()):
            continue
        start = max((c.end() for c in _CLAUSE_START.finditer(text, 0, m.start())), default=0)
        end = _CLAUSE_START.search(text, m.end())
        clause_end = end.start() if end else len(text)
        before = text[start : m.start()]
        after = text[m.end() : clause_end]
        verdict = m.group(0).lower()
        if verdict.startswith(("no ", "distrust")) or " not " in f" {verdict} ":
            denied = _DENIED.search(before + " " + after)  # the verdict holds its own "no"/"not"
        else:
            denied = _DENIED.search(before) or re.search(r"\b(?:without|unless|if)\b", after, re.I)
        if not denied:
            return True
    return False


def dismissal_stance(stance: str, u: Utterance, classes: Sequence[str], scores: np.ndarray) -> str:
    """``stance`` (the model's), or oppose when the model reads support or mixed and
    ``u.text`` dismisses the deal."""
    if stance not in ("support", "mixed") or not dismisses_deal(u.text):
        return stance
    return "oppose"
