"""Interview layouts: a question set as a paragraph of its own, then the answer.

In a question-and-answer interview the paragraph after a question is the interviewee's
answer. A quotation opening that paragraph with a pronoun for its speaker ('"...," she
said') is the interviewee's, not that of a person the question (or a narrated paragraph
before it) named.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parley.extract.attribution import Draft

# a personal pronoun right before the cue: '," she said', '," he added'
_PRONOUN_CUE = re.compile(r"\b([Hh]e|[Ss]he)[ ](?:[a-z]+[ ])?$")
_OPENING_QUOTE = frozenset('"“')


def _paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _after_question(text: str, para: int) -> bool:
    """True when the paragraph before the one starting at ``para`` ends on a question."""
    before = text[:para].rstrip()
    if not before:
        return False
    last = before[before.rfind("\n") + 1 :]
    return last.endswith("?")


def _opens_paragraph(text: str, d: Draft, para: int) -> bool:
    head = text[para : d.start]
    return bool(head) and head[0] in _OPENING_QUOTE and len(head.strip()) <= 1


def interview_answers(text: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each pronoun speaker of a quotation that opens an answer paragraph
    given the speaker of the answer before it (the interviewee): the speaker of the first
    statement of an earlier answer paragraph, when named and, where that statement's cue
    had a pronoun too, of the same pronoun."""
    order = sorted(range(len(drafts)), key=lambda i: drafts[i].start)
    out = list(drafts)
    answer: Draft | None = None  # the latest answer with a named speaker
    gender: str | None = None  # the pronoun that answer's cue had, if any
    seen: set[int] = set()  # answer paragraphs whose first statement was read
    for i in order:
        d = out[i]
        para = _paragraph_start(text, d.start)
        if para in seen or not _after_question(text, para):
            continue
        seen.add(para)  # (only an answer's first statement: who answers)
        pronoun = _PRONOUN_CUE.search(text, max(0, d.cue_start - 20), d.cue_start)
        word = pronoun.group(1).lower() if pronoun is not None else None
        if (
            answer is not None
            and word is not None
            and gender in (None, word)
            and d.cue_start > d.end
            and _opens_paragraph(text, d, para)
            and d.who.speaker != answer.who.speaker
        ):
            d = replace(d, who=answer.who)
            out[i] = d
        if d.who.speaker is not None and d.who.person_like:
            if d.who.speaker != (answer.who.speaker if answer is not None else None):
                gender = None
            answer = d
            gender = word or gender
    return out
