"""A body's telling that the sentence credits to a source: "Switzerland has told Washington
and Kyiv that it is ready to host further talks, according to a person familiar with the
matter", "Kansas officials have told the companies privately that they expect jobs to stay,
according to ...", "Qatar has told Washington that it cannot go on, two officials familiar with
the exchanges said". The source reports the telling, so the statement is the source's (unnamed
and of no side here), and what the body told is that body's position, reported: its
``about``. A person's telling relayed by a source ("Xi told Trump, according to Xinhua, that
...") stays that person's statement (the gold: the told party's own in 19 such sentences on
development; the source's, about the body, in 6 of the 7 with no person telling)."""

from __future__ import annotations

import re
from dataclasses import replace

from parley.extract.attribution import Draft
from parley.extract.resolver_base import Who
from parley.extract.segment import SENTENCE_END

# The lemmas of the verbs of telling somebody something
_TELLING = frozenset(("tell", "warn", "inform", "assure", "notify", "brief", "advise"))
# The source the sentence credits, right after the told clause
_SOURCED_AFTER = re.compile(r"[\"”’']?\s*,\s*according\s+to\b")
# The same source named inside the told clause's span, before the verb of saying that closes
# it ("Qatar has told Washington that it cannot go on, two officials familiar with the
# exchanges said"): an unnamed source, a count or a determiner and no capital letter
_SOURCED_INSIDE = re.compile(
    r"[\"”’']?\s*,\s*(?:two|three|four|five|six|several|some|one|a|an|people|officials"
    r"|diplomats|sources)\b[^,.;\"A-Z]{0,70}?\s+(?:said|say|says)\b"
)
# A source that names somebody or a side ("according to two Chilean officials"): sided
# sources leave the report to the party that told (tests/test_src33.py)
_NAMED_SOURCE = re.compile(r"[^.!?\n]*?\b[A-Z]")
# Coordinated tellers ("Greece, Spain and Malta had warned"): a joint position
_COORDINATED = re.compile(r"\s(?:and|or)\s")


def sourced_tellers(
    text: str, drafts: list[Draft], held: dict[int, str], why: dict[int, str], nobody: str
) -> list[Draft]:
    """The drafts of a body's telling credited to a source made the source's: no speaker,
    no side, ``about`` the body's side (set in ``held``, the branch in ``why``), or
    ``nobody`` when several tellers are coordinated (a joint position)."""
    out = []
    for i, d in enumerate(drafts):
        if (
            not d.direct
            and d.who.speaker is None
            and d.who.actor is not None
            and d.lemma in _TELLING
            and _credited(text, d)
        ):
            held[i] = nobody if _COORDINATED.search(_teller(text, d)) else d.who.actor
            why[i] = "sourced_teller"
            d = replace(d, who=Who(None, None, False))
        out.append(d)
    return out


def _credited(text: str, d: Draft) -> bool:
    """Whether an unnamed source of no side is credited with the telling: after its span
    ("..., according to a person familiar with the matter") or at its end, inside it
    ("..., two of the diplomats said")."""
    credit = _SOURCED_AFTER.match(text, d.end)
    if credit is not None:
        return not _NAMED_SOURCE.match(text, credit.end())
    return _SOURCED_INSIDE.search(text, d.start, d.end) is not None


def _teller(text: str, d: Draft) -> str:
    """The words of the sentence before the telling verb: its teller."""
    opening = 0
    for m in SENTENCE_END.finditer(text, max(0, d.cue_start - 300), d.cue_start):
        opening = m.end()
    return text[opening : d.cue_start]
