"""A reported clause ends before a coordinated clause with a subject of its own in the
present perfect that the writer adds after it ("said it opposes the bid, and the regional
government has lobbied against it", "said the talks were useful, and his spokesman has
since said ...").

Under a reporting verb the reported clause keeps to its own tenses; a clause joined by
", and" whose subject is its own and whose finite verb is "has"/"have" with a past
participle tells what has happened since, in the writer's voice. Without a subject (", and
has urged ...") the clause is the speaker's own next act: the "said X and urged Y" shape
the gold both splits and merges, left as it is.
"""

from __future__ import annotations

import re

from parley.extract import phrases
from parley.extract.quotes import open_quotation

# ", and [subject, perhaps with a set-off phrase] has/have [adverb] [been] participle"
_PERFECT_CLAUSE = re.compile(
    r",\s+(?:and|but)\s+(?:(?P<subject>[^,;:.!?\"“”]{1,80}?(?:,[^;:.!?\"“”]{1,80}?,)?)\s+)?"
    r"(?:has|have)\s+(?:(?:since|also|already|now|repeatedly|long|not|never)\s+)?"
    r"(?:been\s+[a-z]+ing|been|[a-z]+(?:ed|en|wn|un|ught|id|one|ade|ent|ot))\b"
)
# words that make the group before "has" something other than a subject of its own
_NOT_SUBJECT = re.compile(r"\b(?:that|which|who|whom|whose|if|when|because|so)\b", re.IGNORECASE)


def perfect_tail(text: str, a: int, stop: int) -> int:
    """Where the reported clause ``text[a:stop]`` ends before a writer's clause with its own
    subject in the present perfect joined by ", and" (the comma's offset), or ``stop``."""
    for m in _PERFECT_CLAUSE.finditer(text, a, stop):
        subject = m.group("subject") or ""
        if not subject or _NOT_SUBJECT.search(subject) or phrases.verb_like(subject):
            continue
        if open_quotation(text[a : m.start()]):
            continue
        return m.start()
    return stop
