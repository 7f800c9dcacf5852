"""A company's officer introduced by a bare title speaks for that company.

"Chief executive Ana Ruiz said the company had ...", "Ana Ruiz, the chief executive, said
Acme was ready ...": a person the text introduces by a private office with no possessor
("chief executive", "board member", "chairwoman") holds it in the company the article has
named before, so a clause that names that company is the officer's own side, not another
party's position (the spec: ``about`` is null when the speaker speaks for their own side).
The speaker's actor may still be unknown (the office names no body); this only keeps the
company out of ``about``. An office with its possessor ("BHP chief executive X", "its
chief executive, X") is left to the resolver, which reads the possessor.
"""

from __future__ import annotations

import re

from parley.actors import ActorKind, Gazetteer

# a private body's offices, held in one company (not "president": a state's too)
_OFFICE = (
    r"(?:chief\s+(?:executive(?:\s+officer)?|financial\s+officer|operating\s+officer)"
    r"|ceo|chairman|chairwoman|(?:executive\s+)?board\s+member|managing\s+director)"
)
# "Chief executive Ana Ruiz", '... ," chief executive Ana Ruiz said': the office just before
# the name, opening a sentence or after a quotation's close, a comma or a reporting verb
# (not after a possessor or a body's name: "its chief executive", "BHP chief executive")
_BEFORE = re.compile(
    rf"(?:^|[.!?]\s+|[\"”],?\s+|,\s+|\b(?:said|says|told|added)\s+)(?:the\s+)?{_OFFICE}\s+$",
    re.IGNORECASE | re.MULTILINE,
)
# "Ana Ruiz, the chief executive,", "Ana Ruiz, the board member responsible for pay,"
_AFTER = re.compile(rf",\s+the\s+{_OFFICE}\b", re.IGNORECASE)

# the class nouns of a body whose bare office names its company
_COMPANY_NOUNS = frozenset(("company", "airline", "carrier", "firm", "group"))


def _company(gaz: Gazetteer, code: str) -> bool:
    actor = gaz.actors.get(code)
    return (
        actor is not None
        and actor.kind is ActorKind.ORGANISATION
        and not _COMPANY_NOUNS.isdisjoint(actor.nouns)
    )


def _introduction(text: str, speaker: str) -> int:
    """Where the text first names ``speaker`` with a bare company office, else -1."""
    at = text.find(speaker)
    if at < 0:
        return -1
    if _BEFORE.search(text, max(0, at - 60), at) or _AFTER.match(text, at + len(speaker)):
        return at
    return -1


def officer_own(text: str, speaker: str | None, about: str, gaz: Gazetteer) -> bool:
    """True when ``speaker`` is introduced by a bare company office and ``about`` is a
    company the text names before that introduction: the officer's own company."""
    if not speaker or " " not in speaker or not _company(gaz, about):
        return False
    at = _introduction(text, speaker)
    if at < 0:
        return False
    actor = gaz.actors[about]
    before = text[:at]
    return any(re.search(rf"\b{re.escape(name)}\b", before) for name in actor.names)
