"""The chair of a multilateral meeting speaks for the organisation that convenes it.

"X, Iceland's ambassador, who chairs the negotiating group, said": the chair of a
conference, a negotiating group or a council of an international organisation speaks for
the organisation, not for the state that sent them, in everything the article reports them
saying (the corpus's convention: a conference president is the UN's voice, a council
president the seabed authority's). Only a generic definite body counts ("the conference",
"the talks", "the negotiating group", "the bloc", "the council"): a person who chairs a
named group of states ("the group of least developed countries", "ASEAN") or a national
committee keeps their state.
"""

from __future__ import annotations

import re
from collections import Counter

from parley.actors import ActorKind, Gazetteer
from parley.extract.mentions import Mention, MentionKind
from parley.extract.roles import PORTFOLIO_COMMITTEE

# The bodies a chair of a multilateral meeting presides over, named generically
_BODY = (
    r"(?:conference|talks|negotiations|negotiating\s+(?:group|committee|body)|council|bloc|"
    r"plenary|summit|assembly|committee)\b"
)
# "the talks", "last year's talks": the meeting chaired, this one or an earlier round
_MEETING_DET = r"(?:the|(?:last|this|next)\s+(?:year|month|week|session)['’]s)\s+"
_CHAIR_NOUN = r"(?:president|chair|chairman|chairwoman|chairperson|co-chair)"
# "X, who chairs the negotiating group", "X, who will preside over the talks", "X of Egypt,
# who chaired last year's talks"
_WHO_CHAIRS = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?"
    r"\s*,\s+(?:[^,;.!?\n]{1,80},\s+)?who\s+(?:now\s+|also\s+|will\s+|is\s+to\s+)?"
    r"(?:chairs?|chaired|co-chairs|preside[sd]?\s+over|is\s+presiding\s+over)\s+"
    + _MEETING_DET
    + r"(?:[a-z-]+\s+){0,2}?"
    + _BODY
)
# "X, Singapore's ambassador for oceans and the president of the conference,", "X, her
# country's environment minister and the conference president," (the meeting's noun
# before the chair's, never a possessive: "the council's president" is a national body's)
_APPOSED_CHAIR = re.compile(
    r"\s*,\s+(?:[^,;.!?\n]{1,80}?\s+and\s+)?the\s+(?:" + _CHAIR_NOUN + r"\s+of\s+the\s+"
    r"(?:[a-z-]+\s+){0,2}?" + _BODY + r"|" + _BODY + r"\s+" + _CHAIR_NOUN + r"\b)"
)
# "X, the Chilean who presided over the talks,": a demonym for the person, then the chair
_DEMONYM_CHAIRS = re.compile(
    r"\s*,\s+the\s+[A-Z][a-z]+\s+who\s+(?:now\s+|also\s+|will\s+)?"
    r"(?:chairs?|chaired|co-chairs|preside[sd]?\s+over|is\s+presiding\s+over)\s+"
    + _MEETING_DET
    + r"(?:[a-z-]+\s+){0,2}?"
    + _BODY
)
# "The chair of the conference, UAE trade minister X,", "Council president X"
_CHAIR_BEFORE = re.compile(
    r"\b(?:[Tt]he\s+"
    + _CHAIR_NOUN
    + r"\s+of\s+the\s+(?:[a-z-]+\s+){0,2}?"
    + _BODY
    + r",\s+(?:[^,;.!?\n]{0,60}?\s)?"
    r"|(?:Council|Conference|Assembly|Committee)\s+" + _CHAIR_NOUN + r"\s+"
    # "the conference chair, X,", or a section headed "The conference chair" that opens on
    # X: the text's own name for the person is the meeting's chair
    r"|\b[Tt]he\s+(?:[a-z-]+\s+){0,2}?"
    + _BODY
    + r"\s+"
    + _CHAIR_NOUN
    + r"(?:,\s+(?:[^,;.!?\n]{0,60}?\s)?|[ \t]*\n\s*\n)"
    # "the committee's chair, Algerian diplomat X,"
    r"|\b[Tt]he\s+(?:[a-z-]+\s+){0,2}?"
    + _BODY
    + r"['’]s\s+"
    + _CHAIR_NOUN
    + r",\s+(?:[^,;.!?\n]{0,60}?\s)?)$"
)
# "the WTO's 13th Ministerial Conference", "the UN climate conference", "the International
# Seabed Authority council", "EU environment ministers" (who meet as its council): an
# organisation that convenes the meeting the story is about
_CONVENES = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:conference|council|talks|negotiations|summit|"
    r"ministerial|assembly|ministers)\b",
    re.IGNORECASE,
)
_PEOPLE = (MentionKind.PERSON, MentionKind.NAME)
# how far before a "Committee chair" its portfolio may stand (characters)
_PORTFOLIO_REACH = 30
# the nouns of a private body (a company, a union, an employers' group): it holds talks as
# a party to them and convenes no multilateral meeting
_PRIVATE_NOUNS = frozenset(
    ("company", "airline", "carrier", "union", "unions", "federation", "federations",
     "confederation", "association", "employers", "chamber", "group")
)  # fmt: skip


def _name(m: Mention) -> str:
    return m.person.name if m.person is not None else m.text


def _convenor(text: str, mentions: list[Mention], gaz: Gazetteer) -> str | None:
    """The organisation whose meeting the article reports: the first named just before a
    meeting's noun, else the one it names most; None when it names none."""
    named: Counter[str] = Counter()
    for m in mentions:
        actor = gaz.actors.get(m.actor or "") if m.kind is MentionKind.ACTOR else None
        if actor is None or actor.kind is not ActorKind.ORGANISATION:
            continue
        if _CONVENES.match(text, m.end):
            return actor.code
        if actor.members or _PRIVATE_NOUNS.intersection(actor.nouns):
            # named most, a bloc of member states ("the EU") or a private body ("the
            # company") is a party at the table, not the meeting's convenor
            continue
        named[actor.code] += 1
    return named.most_common(1)[0][0] if named else None


def chairs(
    text: str, mentions: list[Mention], every: list[Mention], gaz: Gazetteer
) -> dict[str, str]:
    """Names (full and surname) of the people the text makes the chair of a multilateral
    meeting, each with the organisation that convenes it; ``every`` is all the mentions,
    the headline's included, for the organisation."""
    names: list[str] = []
    for m in mentions:
        if m.kind not in _PEOPLE:
            continue
        before = text[max(0, m.start - 160) : m.start]
        after = (
            _WHO_CHAIRS.match(text, m.end)
            or _APPOSED_CHAIR.match(text, m.end)
            or _DEMONYM_CHAIRS.match(text, m.end)
        )
        ahead = (
            _CHAIR_BEFORE.search(before)
            # every match holds a chair's noun (``_CHAIR_NOUN``, case counting): most
            # names have none before them, and the search is not run
            if after is None and ("chair" in before or "president" in before)
            else None
        )
        if after is not None:
            span = after.group(0)
        elif ahead is not None:
            # the words just before it too: "Senate Finance Committee chair X"
            span = before[max(0, ahead.start() - _PORTFOLIO_REACH) :]
        else:
            continue
        if not PORTFOLIO_COMMITTEE.search(span):
            names.append(_name(m))
    if not names:
        return {}
    org = _convenor(text, every, gaz)
    if org is None:
        return {}
    found: dict[str, str] = {}
    for name in names:
        found[name] = org
        found[name.split()[-1]] = org
    return found
