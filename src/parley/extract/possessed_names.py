"""A body a state's possessive names by its own proper name: "Croatia's JANAF",
"Russia's Gazprom".

A state's possessive before a lower-case noun names the state's own office or organ ("Russia's
foreign ministry"); before a proper name the gazetteer does not list, a name that is no
person's (an acronym, or one capitalised word the text never gave a first name to), it names
a company or other body of that country, which speaks as itself, not for the state.
"""

from __future__ import annotations

import re

from parley.extract.mentions import Mention, MentionKind

# An acronym after the possessive: two capitals at least, digits and "&" allowed ("JANAF",
# "KHNP", "S&P"), as a whole word
_ACRONYM_AFTER = re.compile(r"['’]s\s+([A-Z][A-Z0-9&]+)\b(?![’'.-]\w)")
# A possessive and one space before a name
_POSSESSIVE_GAP = re.compile(r"['’]s\s")
# What ends a one-word name: not another capitalised word or a possessive of its own
_NAME_ENDS = re.compile(r"(?![ ]+[A-Z]|['’])")


def possessed_body(text: str, chain: list[Mention], owner: Mention) -> bool:
    """True when ``chain`` ends on the state ``owner``'s possessive and a name the gazetteer
    does not know: an acronym right after it (no mention, as it matched nothing), or one
    unknown capitalised word that ends the subject (a surname the text never taught)."""
    if not owner.possessive:
        return False
    if chain[-1] is owner:
        return _ACRONYM_AFTER.match(text, owner.end) is not None
    head = chain[-1]
    return (
        len(chain) >= 2
        and chain[-2] is owner
        and head.kind is MentionKind.SURNAME
        and head.person is None
        and _POSSESSIVE_GAP.fullmatch(text, owner.end, head.start) is not None
        and _NAME_ENDS.match(text, head.end) is not None
    )
