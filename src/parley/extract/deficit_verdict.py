"""Stance of a verdict that the deal falls short: the offer, text or process is its subject
and the verb says it lacks, falls short or does not go far enough ("the offer fell short on
pay", "the draft lacked clear measures", "the protections did not go far enough", "the plan
was too vague").

Gold reads such a verdict oppose across the development parts (ten of twelve; the other two
weigh it against a gain and are mixed, which the stance model reads too). The model reads
the words of the deal's contents around the verdict (protections, participation, a return
to the table) and calls some of them support. Only a verdict whose subject is the deal
counts: what a party lacked ("the certainty of payment they had lacked") or what the deal
gives to those who lack ("countries that lack the tools") is no verdict on it. The rule
moves support only: a mixed reading stays.
"""

from __future__ import annotations

import re

from parley.extract.narrow_events import StanceRule, text_override
from parley.extract.prefilter import Prefiltered

# the deal or a part of it, as the subject
_DEAL = (
    r"offers?|proposals?|process|plans?|deal|agreement|text|drafts?|measures?|bill|package"
    r"|terms|framework|accord|settlement|treaty|law|rules|protections?|commitments?|pledges?"
    r"|clauses?|provisions?|roadmap|outcome|compromise"
)
# the verdict of falling short, its verb straight after the subject
_SHORT = (
    r"lack(?:s|ed)?|f(?:a|e)lls?\s+short|(?:did|does|do)\s+not\s+go\s+far\s+enough"
    r"|(?:was|were|is|are)\s+too\s+(?:weak|vague|little|small|narrow|slow|timid|modest)"
)
DEFICIT = re.compile(
    rf"\b(?:{_DEAL})\s+(?:still\s+|also\s+|simply\s+|clearly\s+)?(?P<verb>{_SHORT})\b"
    r"(?P<gap>\s*(?:[.,;:!?]|$))?",
    re.IGNORECASE,
)


_DEFICIT_CHECKED = Prefiltered(DEFICIT)  # searched only where its words are


def finds_deal_short(text: str) -> bool:
    """Whether ``text`` says the deal lacks, falls short or does not go far enough. A "lacked"
    with no object after it closes a relative clause on what something lacked ("a weight
    that earlier pledges lacked"): no verdict on the deal."""
    for m in _DEFICIT_CHECKED.finditer(text):
        if m.group("verb").lower().startswith("lack") and m.group("gap") is not None:
            continue
        return True
    return False


# ``stance`` (the model's), or oppose when the model reads support and ``u.text`` says the deal
# falls short.
deficit_verdict_stance: StanceRule = text_override(
    frozenset({"support"}), "oppose", finds_deal_short, None
)
