"""A "that" after a noun that opens a relative clause, not the reported clause.

"said firms that relocated from Russia were unlikely to go back", "called on the parties
to avoid steps that would damage ...": the word right after "that" is a finite verb (the
relative clause's own, its subject gapped), and the word before it is a noun. The reported
clause starts at the noun phrase, not after "that". An adverbial before "that" ("said
earlier that", "said this week that") or none at all ("said that was ...": a demonstrative)
is no noun it could modify.
"""

from __future__ import annotations

import re

from parley.extract.phrases import MEDIUM

# The finite verb of a subject-gap relative clause right after "that".
_FINITE_AFTER_THAT = re.compile(
    r"that\s+(?:(?:also|still|already|never|not|now|once|had\s+not|has\s+not)\s+)?"
    r"(?:is|was|are|were|has|have|had|will|would|could|should|can|may|might|must|did|does"
    r"|[a-z]{3,}ed)\b"
)
# The lower-case word right before "that": the noun the relative clause describes, unless
# it is an adverb or a time (below).
_NOUN_BEFORE_THAT = re.compile(r"\b(?P<noun>[a-z][a-z'’-]+)\s*$")
# Adverbs and time words that stand between a verb and its "that" ("said repeatedly that",
# "said this week that", "said only that"), and words that are no noun.
_NOT_A_NOUN = frozenset((
    "again", "also", "earlier", "later", "then", "now", "only", "once", "before", "after",
    "afterwards", "today", "yesterday", "tonight", "since", "too", "first", "last", "instead",
    "though", "however", "still", "already", "ago", "long", "day", "days", "week", "weeks",
    "weekend", "month", "months", "year", "years", "morning", "afternoon", "evening", "night",
    "time", "times", "occasions", "hour", "hours", "so", "such", "not", "simply", "just",
    "even", "meanwhile", "privately", "publicly", "separately", "flatly",
))  # fmt: skip


def relative_that(window: str, at: int) -> bool:
    """Whether the "that" at ``at`` in ``window`` (the words after a reporting verb) opens a
    relative clause on the noun before it."""
    if _FINITE_AFTER_THAT.match(window, at) is None or "," in window[:at]:
        return False  # past a comma the words are no complement of the verb's own
    prefix = window[:at]
    if MEDIUM.fullmatch(prefix):
        return False  # "said in a video message that armed groups ...": the medium's noun
    noun = _NOUN_BEFORE_THAT.search(prefix)
    if noun is None:
        return False
    word = noun.group("noun").lower()
    return word not in _NOT_A_NOUN and not word.endswith("ly")
