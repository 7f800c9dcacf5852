"""A reported clause that opens on a pronoun.

'The ministry said [it] had asked ...', 'Albanese said [it] did not', 'he told reporters
[they] would find out': the pronoun that opens a reported clause goes on with the reporting
clause's own subject, or stands for a thing or for the audience; it rarely stands for another
party named earlier. The antecedent search, which reaches back over the sentence and the
paragraph, finds another party there far more often than the gold does (17 of 19 such clauses
over the development parts coded with no other party), so the opening pronoun of a reported
clause is read as the speaker's own: no other party's position (a later coordinated clause
may still name one). Only where the pronoun can stand for the reporter: "Trump said [it]
would buy" is not Trump, and "the ministry said [he] would" not the ministry.
"""

from __future__ import annotations

# What may stand before the pronoun at the clause's opening: space and an opening quote
_OPENING = " \t\n\"“'‘"


def opens_reported(content: str, at: int, direct: bool) -> bool:
    """True when the holder at ``at`` (an offset into the statement's ``content``) is the
    first word of a reported (not quoted) statement's content, or follows only its "that"."""
    if direct:
        return False
    before = content[:at].strip(_OPENING)
    return not before or before.lower() == "that"


_NEUTER = frozenset(("it", "its"))
_PERSONS = frozenset(("he", "she", "his", "her", "him"))


def may_be_reporter(word: str, person_like: bool) -> bool:
    """Whether the pronoun ``word`` can stand for a reporter that is a person
    (``person_like``) or a body: "it" not for a person, "he" or "she" not for a body."""
    if word in _NEUTER:
        return not person_like
    if word in _PERSONS:
        return person_like
    return True
