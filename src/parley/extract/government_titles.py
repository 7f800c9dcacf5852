"""A national government's title that names no state: "Energy Minister", "X, the caretaker
Minister for Agriculture,", "Navy Secretary", "Treasury Board President", "the head of the
State Information Service". The holder speaks for the state whose government the text's
context gives (the paragraph's, the framing capital's, the dateline's or the article's),
since a government title is never a private person's or a union's."""

from __future__ import annotations

import re

from parley.extract.roles import PORTFOLIOS

# the departments of a national government whose titles are no portfolio of the resolver's
# (its armed services and the like): "Navy Secretary", "Treasury Board President"
SERVICES = (
    "treasury board", "navy", "army", "air force", "defence", "defense", "homeland security",
    "foreign", "war",
)  # fmt: skip
# a department of a national government, as English titles name it ("Energy", "Foreign
# Affairs"): the resolver's portfolios and the services above, capitalised
_DEPARTMENT = (
    "(?:"
    + "|".join(
        r"\s+".join(re.escape(w.capitalize()) for w in name.split())
        for name in sorted((*PORTFOLIOS, *SERVICES), key=len, reverse=True)
    )
    + ")"
)
# "Navy Secretary ", "Treasury Board President ", "Energy Minister ": right before the name
_TITLE_BEFORE = re.compile(
    r"\b" + _DEPARTMENT + r"\s+(?:Secretary|Minister|President|Chief|Director)\s+$"
)
# "Public Expenditure Minister ", "Northern Affairs Minister ": a minister's title whose
# portfolio is one to three capitalised words the resolver does not list (the whole run of
# capitalised words before "Minister", after a lower-case word, a mark or the line's start)
_ANY_PORTFOLIO_BEFORE = re.compile(
    r"(?:^|[^\w\s]\s*|\b[a-z][\w'’-]*\s+)((?:[A-Z][a-z]+\s+){1,3})Minister\s+$"
)
# words that make "X Minister" an office of a province or a party, a past one, or no
# portfolio at all ("First Minister", "Chief Minister", "Shadow Minister", "Former Minister")
_NO_PORTFOLIO = frozenset(
    (
        "Prime", "First", "Chief", "Shadow", "Opposition", "Former", "Ex", "Then", "Deputy",
        "Junior", "State", "Cabinet", "The", "A", "An", "Senior",
    )
)  # fmt: skip


def _any_portfolio_before(before: str) -> bool:
    """Whether ``before`` ends in "<Portfolio> Minister ", a government minister whatever
    the portfolio ("Public Expenditure Minister "), none of its words one of
    ``_NO_PORTFOLIO``."""
    found = _ANY_PORTFOLIO_BEFORE.search(before)
    return found is not None and not _NO_PORTFOLIO.intersection(found.group(1).split())


# "the head of the State Information Service, ": a state's agency, in apposition before it
_AGENCY_HEAD_BEFORE = re.compile(
    r"\b(?:head|chief|director|director-general|president)\s+of\s+the\s+"
    r"(?:State|National|Federal|Government)\s+(?:[A-Z][\w'’-]*\s+){1,3}?"
    r"(?:Service|Agency|Office|Authority|Bureau|Department|Directorate)\s*,\s*$"
)
# ", the caretaker Minister for Agriculture,": a minister's title in apposition after it
_MINISTER_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:(?:caretaker|acting|interim|outgoing|incoming|new|current)\s+)?"
    r"(?:(?:Deputy|Junior|State)\s+)?(?:Minister\s+(?:for|of)\s+[A-Z]|(?:[A-Z][a-z]+\s+){1,2}"
    r"(?:Minister|Secretary)\b)"
)


def government_title(text: str, name_start: int, name_end: int) -> bool:
    """Whether the name at ``name_start``..``name_end`` carries a national government's
    title that names no state, right before it or in apposition after it."""
    before = text[max(0, name_start - 80) : name_start]
    return (
        _TITLE_BEFORE.search(before) is not None
        or _any_portfolio_before(before)
        or _AGENCY_HEAD_BEFORE.search(before) is not None
        or _MINISTER_AFTER.match(text, name_end) is not None
    )
