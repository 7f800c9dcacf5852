"""A bare given name in apposition to a kinship noun: "His wife, Yuki, said", "His son
Eduardo, a congressman, said".

The possessive names whose relative this is (the person of "his" or "her" spoken of last),
and a family shares a surname: the name the text gives is the given name, and the owner's
surname completes it. The kinship noun also tells the relative's gender, which the given
name alone may not.
"""

from __future__ import annotations

import re

from parley.actors import Gender

# kinship nouns and the gender each gives the relative (None: either)
_KIN: dict[str, Gender | None] = {
    "wife": Gender.FEMALE, "husband": Gender.MALE, "widow": Gender.FEMALE,
    "widower": Gender.MALE, "son": Gender.MALE, "daughter": Gender.FEMALE,
    "brother": Gender.MALE, "sister": Gender.FEMALE, "mother": Gender.FEMALE,
    "father": Gender.MALE, "grandson": Gender.MALE, "granddaughter": Gender.FEMALE,
    "grandmother": Gender.FEMALE, "grandfather": Gender.MALE, "uncle": Gender.MALE,
    "aunt": Gender.FEMALE, "nephew": Gender.MALE, "niece": Gender.FEMALE,
    "cousin": None, "stepson": Gender.MALE, "stepdaughter": Gender.FEMALE,
}  # fmt: skip
_OWNERS = {"his": Gender.MALE, "her": Gender.FEMALE}
# "His wife, ", "her eldest son ", "His late father, ": the possessive, at most one
# modifier, the kinship noun, and an optional comma opening the apposition
_KIN_BEFORE = re.compile(
    r"(?:^|[.,;:]\s+|\n)(?P<owner>[Hh]is|[Hh]er)\s+(?:[a-z][\w'’-]*\s+)?"
    r"(?P<kin>[a-z]+),?\s+$"
)


def kin_before(text: str, start: int) -> tuple[Gender, Gender | None] | None:
    """For a one-word name at ``start`` in apposition to a kinship noun with "his" or
    "her", the owner's gender and the relative's (None when the noun leaves it open);
    None when no kinship noun stands before the name."""
    m = _KIN_BEFORE.search(text, max(0, start - 40), start)
    if m is None or m.group("kin") not in _KIN:
        return None
    return _OWNERS[m.group("owner").lower()], _KIN[m.group("kin")]
