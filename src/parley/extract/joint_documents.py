"""A statement whose source is a document of several parties: "According to the joint
statement, Thailand will eliminate tariffs ...", "The two ministers said in a joint statement
that Ford would travel to Washington ...", "..., according to a text published by both
governments".

A joint statement, declaration or communiqué speaks for all who issued it: the commitments it
lists are its signatories' own, not one party's position reported by another. The spec gives
no ``about`` when the reported position is several parties' ("both sides agreed"); the gold
of the development parts gives none in 55 of the 56 statements sourced to such a document,
whichever party the sentence names.
"""

from __future__ import annotations

import re

from parley.extract.segment import SENTENCE_END, sentence_opening

# A document issued by several parties together
JOINT_DOCUMENT = re.compile(
    r"\bjoint\s+(?:statement|declaration|communiqu[eé]|readout|text|press\s+release|letter"
    r"|fact\s+sheet)s?\b"
    r"|\b(?:published|issued|released|signed|agreed|adopted)\s+by\s+(?:both|all)\b",
    re.IGNORECASE,
)


def from_joint_document(text: str, start: int, end: int, cue_start: int) -> bool:
    """Whether the reporting words of the statement at ``start``..``end`` (before it when its
    cue is, else after it up to the sentence's end) name a joint document as its source."""
    if cue_start < start:
        words = text[sentence_opening(text, cue_start) : start]
    else:
        stop = SENTENCE_END.search(text, end)
        words = text[end : stop.start() if stop else len(text)]
    return JOINT_DOCUMENT.search(words) is not None
