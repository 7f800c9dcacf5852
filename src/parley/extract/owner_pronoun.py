"""The person a sentence-opening "His"/"Her" before an office stands for.

"Admiral X, the coast guard's commandant, welcomed the visit. His spokesman, Y, said ...":
the office's owner is the person the sentence before opens on, so the aide is of that
person's side (as "Its spokesman" is of the body the sentence before opens on).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from parley.extract.mentions import Mention, MentionKind

# "His spokesman", "Her deputy chief of staff": the pronoun opens the sentence (after a
# sentence end, a closing quotation mark or a paragraph break) and at most two lower-case
# words come between it and the office
_OPENING_OWNER = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)(?:His|Her)\s+(?:[a-z][\w-]*\s+){0,2}$")
_PERSON_KINDS = (MentionKind.PERSON, MentionKind.NAME, MentionKind.SURNAME)
# a sentence end before the next sentence: ". ", "?\" ", ".” "
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+")
# what may come before the subject's name at the start of its sentence: a capitalised title
# ("Admiral", "Foreign Minister")
_TITLE_WORDS = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,4}")


def owner_subject(
    text: str, mentions: list[Mention], starts: list[int], pos: int
) -> Mention | None:
    """The name that opens the sentence before the office at ``pos`` when a sentence-opening
    "His"/"Her" comes right before that office; None otherwise."""
    opening = _OPENING_OWNER.search(text, max(0, pos - 40), pos)
    if opening is None:
        return None
    own_start = opening.start() + len(opening.group()) - len(opening.group().lstrip('.!?"”’ \n'))
    paragraph = text.rfind("\n", 0, own_start) + 1
    ends = [m.end() for m in _SENTENCE_END.finditer(text, paragraph, own_start)]
    if not ends or ends[-1] != own_start:
        return None  # the pronoun opens its paragraph: no sentence before it there
    start = ends[-2] if len(ends) >= 2 else paragraph
    i = bisect_left(starts, start)
    for m in mentions[i:]:
        if m.start >= own_start:
            return None
        if m.kind in _PERSON_KINDS and not m.possessive:
            return m if _TITLE_WORDS.fullmatch(text, start, m.start) else None
        if m.kind is not MentionKind.ROLE:
            return None
    return None
