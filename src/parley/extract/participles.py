"""Whether a participle set off after a reported clause reports speech of its own.

"X said the talks had failed, adding that ...", "..., calling the offer an insult",
"..., pointing to the delays", "..., citing the budget": a participle of speech starts a
further report by the same speaker, and the reported clause ends before its comma.
"..., putting the leader on course for a third term", "..., leaving the border closed",
"..., living and dead": a participle of any other verb goes on with what was said.
"""

from __future__ import annotations

import re

from parley.extract.cues import FORM_LEMMA

# Participles of verbs that introduce what was said without being reporting verbs of the
# lexicon: "pointing to" (out), "citing" a reason
_SPEECH_LIKE = frozenset(("pointing", "citing"))
_LAST_WORD = re.compile(r"([a-z]+)\s*$")


def speech_participle(adjunct: str) -> bool:
    """Whether the participle that ends ``adjunct`` (", adding ") is one of speech."""
    m = _LAST_WORD.search(adjunct)
    if m is None:
        return True
    word = m.group(1)
    return word in FORM_LEMMA or word in _SPEECH_LIKE
