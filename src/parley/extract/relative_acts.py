"""An offer, promise, proposal, pledge, threat or request told inside a relative clause.

"Kenya, which offered to lead it, ...", "Ben-Gvir, who had threatened to quit the coalition",
"Bessent, who asked Zelensky to sign it", "a standoff that had threatened to overshadow the
summit", "a law that offered conditional immunity": the act identifies the noun the clause
describes (who is meant, what the thing did); it is background to the sentence, not words the
story reports. Verbs that report a claim ("who says he won", "which it said had not been
done") and appeals ("who had urged delegates to approve the deal") still report there.

A relative clause is told by its pronoun: "who", "whom" or "which" with at most a few words
(a subject, an auxiliary, an adverb, a phrase of time or place, "took office ... promising")
and no punctuation before the verb, or "that" with only auxiliaries and adverbs between ("a
law that offered", not "said that it offered": a complement's "that" has a subject after it).
"""

from __future__ import annotations

import re

from parley.extract.cues import COMMISSIVE_LEMMAS

# Acts that commit to or ask for a future act.
ACT_LEMMAS = COMMISSIVE_LEMMAS | frozenset(("ask", "threaten"))

_RELATIVE_BEFORE = re.compile(
    r"(?:\b(?:who|whom|which)\s+(?:[^\s,;:.!?\"“”()—–]+\s+){0,6}?"
    r"|\bthat\s+(?:(?:has|have|had|also|long|since|already|once|previously|[a-z]+ly)\s+)*)$",
    re.IGNORECASE,
)


def act_in_relative(lemma: str, text: str, sentence_start: int, cue_start: int) -> bool:
    """The cue (an offer, promise, proposal, pledge, threat or request) stands in a relative
    clause that describes a noun of its sentence."""
    if lemma not in ACT_LEMMAS:
        return False
    before = text[max(sentence_start, cue_start - 80) : cue_start]
    return _RELATIVE_BEFORE.search(before) is not None
