"""A quotation's speaker named after a title phrase, right before the reporting verb.

'"...," the company's chief operating officer, Jeff Ruiz, said', '"...," CWA District 3
Vice President Ana Ruiz said', '"...," the head of the government delegation, Ana Ruiz,
said': the words between the quotation and the name are a noun phrase that ends on an
office (a role mention), and the name after it, set off by a comma or joined to it, is
the person who speaks. The modifiers of the title may hold what the other patterns of the
quotation path do not read: a possessive common noun or a plural possessive ("the
company's", "the Greens'"), a number in a body's name ("District 3", "DC 33"), a rank
between the title and the name ("president Captain").
"""

from __future__ import annotations

import re

from parley.extract.mentions import Mention, MentionKind

# The words of a title's noun phrase before its head: no comma, quotation mark, colon or
# semicolon inside, at most seven words (a clause between the quotation and the name, '",
# he said, and X ...', has a comma or a pronoun before the verb, never a title's head)
_TITLE_WORDS = re.compile(r"[\s,—–-]*(?:[\w.&'’-]+\s+){0,7}")
# Between the title's head and the name: nothing, a space, or the apposition's comma; and a
# rank word the mentions do not cover ("president Captain X")
_TO_NAME = re.compile(r"\s*,?\s+(?:[A-Z][a-z]+\.?\s+)?")
# Between the name and the verb: the apposition's closing comma, or nothing
_TO_VERB = re.compile(r"\s*,?\s*")
# A title's abbreviation ("Capt.", "Sen.", "Dr."), not a sentence's full stop
_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,3}\.")
_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i", "you"))


def titled_speaker(
    text: str, quote_end: int, found: list[list[Mention]], verb: int
) -> list[Mention] | None:
    """The chain of the person a title phrase names right before the reporting verb at
    ``verb``, after a quotation that ends at ``quote_end`` (``found``: the chains between
    them, in text order), or None when the words there are not such a phrase."""
    if not found:
        return None
    name = found[-1]
    if name[-1].kind not in (MentionKind.NAME, MentionKind.PERSON):
        return None
    if not _TO_VERB.fullmatch(text, name[-1].end, verb):
        return None
    if name[0].kind is MentionKind.ROLE:
        title_start = name[0].start  # "Vice President Ana Ruiz": the title joined to the name
    elif len(found) > 1 and found[-2][-1].kind is MentionKind.ROLE:
        title = found[-2]
        if not _TO_NAME.fullmatch(text, title[-1].end, name[0].start):
            return None
        title_start = title[0].start
    else:
        return None
    if not _TITLE_WORDS.fullmatch(text, quote_end, title_start):
        return None
    words = text[quote_end:title_start].split()
    if any(w.lower().strip(",") in _PRONOUNS for w in words):
        return None
    if any(w.endswith(".") and not _ABBREVIATION.fullmatch(w) for w in words):
        return None  # a sentence ends between them: the name opens another sentence
    return name


def body_office(text: str, quote_end: int, found: list[list[Mention]], name: list[Mention]) -> bool:
    """Whether the title joined to ``name`` is qualified by a body's name that no listed
    party's mention covers ("CWA District 3 Vice President Ana Ruiz"): the body's office, not
    the state office of the same title."""
    return name[0].kind is MentionKind.ROLE and _body_before(text, quote_end, name[0].start, found)


def _body_before(text: str, a: int, b: int, before: list[list[Mention]]) -> bool:
    """Whether ``text[a:b]`` holds a capitalised word after its first (a body's name) and no
    mention of a listed party (a state's or body's name, a demonym) is among ``before``."""
    words = text[a:b].split()
    if not any(w[:1].isupper() for w in words):
        return False
    return not any(m.actor for chain in before for m in chain if a <= m.start < b)
