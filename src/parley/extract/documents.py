"""The author of a document named as a report's subject ("The letter accused ...", "the
fact sheet says ...", "The same text said ..."): the side that spoke last before it, in
its paragraph or the one before, unless a joint text is in view.

A definite document noun refers back to a text the story has just introduced with its
issuer ("X wrote to the council ... The letter accused"); the issuer is the last speaker
the resolver heard. A text several sides issued ("a joint statement", "the declaration")
speaks for no single side, and the gold leaves those without an actor.
"""

from __future__ import annotations

import re

# The whole subject: a definite document noun ("the letter", "this text", "the same
# text", "the White House fact sheet" is left to the names it holds)
DOCUMENT_SUBJECT = re.compile(
    r"(?:the|this|that)\s+(?:(?:same|full|final|official|published|two-page|short|brief)\s+)?"
    r"(?:letter|text|fact\s+sheet|note|memo|memorandum|release|press\s+release)",
    re.IGNORECASE,
)
# A statement and the preposition before its issuer: "a statement by ", "the communique
# issued from " (the issuer follows: "according to a statement by the foreign ministry")
ISSUED_TEXT = re.compile(
    r"(?:the|a|an)\s+(?:(?!joint\b)[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|readout|press\s+release)"
    r"\s+(?:(?:issued|released|posted|published)\s+)?(?:by|from)\s+",
    re.IGNORECASE,
)
# A text several sides issued, in view before the subject: it speaks for none alone
JOINT_TEXT = re.compile(
    r"\bjoint\s+(?:[a-z]+\s+)?(?:statement|communiqu[eé]|declaration|text|letter|document)"
    r"|\bdeclaration\b|\b(?:both|the\s+two)\s+(?:sides|governments|countries|leaders)\b",
    re.IGNORECASE,
)


def document_subject(subject: str) -> bool:
    """Whether ``subject`` is a definite document noun and nothing else."""
    return DOCUMENT_SUBJECT.fullmatch(subject.strip()) is not None


def joint_in_view(text: str, pos: int) -> bool:
    """Whether a text several sides issued is named in the paragraph of ``pos`` or the one
    before, up to ``pos``."""
    floor = text.rfind("\n\n", 0, max(text.rfind("\n\n", 0, pos), 0))
    return JOINT_TEXT.search(text, max(floor, 0), pos) is not None
