"""Stance of a conditional acceptance: a main clause that takes up the deal, bound to a
condition clause ("they would sign if the debts were renegotiated", "the association would
back any agreement, provided it kept the city", "a delay is acceptable only if the road is
visible"). The acceptance and its price together are what the spec calls a mixed stance;
the stance model reads the positive verb and calls such a statement support (or, from the
negated condition, oppose).
"""

from __future__ import annotations

import re

from parley.extract.prefilter import Prefiltered

# a subordinator that binds the acceptance to a condition
_CONDITION = r"(?:if|provided(?:\s+that)?|as\s+long\s+as)"

# the main clause takes the deal up: a modal or copular acceptance ("would sign",
# "was ready to support", "will accept it", "I am for it"), then the condition within
# the same sentence (no full stop between)
_ACCEPT = (
    r"\b(?:would|will|could|'ll|was\s+ready\s+to|were\s+ready\s+to|is\s+ready\s+to)"
    r"\s+(?:\w+ly\s+|also\s+|still\s+)?(?:accept|sign|back|support)\b"
    r"|\b(?:am|are|is)\s+for\s+it\b"
)
_ACCEPT_THEN_IF = re.compile(rf"(?:{_ACCEPT})[^.;]*?\b{_CONDITION}\b", re.IGNORECASE)
# a sentence that opens on the condition: "If it brings jobs, I am for it"
_IF_THEN_ACCEPT = re.compile(rf"^\W*{_CONDITION}\b[^.;,]*,\s*[^.;,]*?(?:{_ACCEPT})", re.IGNORECASE)
# "only if": the condition is the price of the assent ("acceptable only if", "can be
# restored only if")
_ONLY_IF = re.compile(r"\bonly\s+if\b", re.IGNORECASE)


# a condition that the other side fails to meet makes the "acceptance" a threat ("would
# support new sanctions if the White House did not change course")
_FAILED_CONDITION = re.compile(
    r"\bif\b[^.;,]*?\b(?:not|never|fail(?:s|ed)?|refuse[sd]?)\b", re.IGNORECASE
)
# someone's forecast of a third party's assent ("the government believed the unions would
# accept a schedule if ..."): the speaker reports a prospect, not a conditioned position
_FORECAST = re.compile(
    r"\b(?:believe[sd]?|expect(?:s|ed)?|predict(?:s|ed)?|think|thinks|thought)\b[^.;]*?(?:"
    + _ACCEPT
    + ")",
    re.IGNORECASE,
)


# every match of the patterns that can make an assent conditional (``_ONLY_IF``,
# ``_ACCEPT_THEN_IF``, ``_IF_THEN_ACCEPT``) holds one of these: without any, none can match
_MAY_CONDITION = re.compile(r"if\b|provided|long", re.IGNORECASE)


_ACCEPT_THEN_IF_CHECKED = Prefiltered(_ACCEPT_THEN_IF)  # searched only where its words are


def conditional_assent(text: str) -> bool:
    """Whether ``text`` accepts the deal on a condition."""
    if _MAY_CONDITION.search(text) is None:
        return False  # (most statements: one scan for a literal in place of five)
    if _ONLY_IF.search(text):
        return True
    if _FAILED_CONDITION.search(text) or _FORECAST.search(text):
        return False
    return bool(_ACCEPT_THEN_IF_CHECKED.search(text) or _IF_THEN_ACCEPT.search(text))
