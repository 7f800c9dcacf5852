"""Members of the European Parliament, named with their home state's demonym.

The corpus convention (tests/data/negotiations/README.md: "a member of the European
Parliament is `EU`") codes an MEP as the Union's, whichever state elected her: "Dutch
lawmaker X" in a paragraph on the European Parliament, "X, a German Greens MEP," speak
for the EU, not for the state the demonym names (the state is where the seat was won,
not the side the speaker takes in the chamber).

:func:`european_legislator` reads the words around one name: a legislator's title right
before it in its sentence or in the apposition after it, and the chamber: the title
itself ("MEP"), else "European Parliament" in the paragraph up to the end of the name's
sentence.
"""

from __future__ import annotations

import re

# the title of a member of the European Parliament, whatever the chamber
_MEP = re.compile(r"\bMEPs?\b|\bmembers?\s+of\s+the\s+European\s+Parliament\b")
# a legislator's title: the chamber the paragraph names says which
_LEGISLATOR = re.compile(r"\b(?:lawmaker|legislator|parliamentarian)s?\b", re.IGNORECASE)
_CHAMBER = re.compile(r"\bEuropean\s+Parliament\b")
# the words of a title right before a name, in its sentence
_TITLE_BEFORE = re.compile(r"(?:[\w'’-]+\s+){1,3}$")
# the apposition after a name: ", a German Green lawmaker who ...", up to its clause's end
_APPOSITION = re.compile(r"\s*,\s+(?:a|an|the)\s+(?P<words>[^,;.()\"“”]{0,60})")
# a national chamber named with the title: "a Bundestag lawmaker", "a member of the Sejm"
_NATIONAL = re.compile(
    r"\b(?:national|state|federal|regional|provincial|Bundestag|Senate|House|Congress|Sejm"
    r"|Knesset|Duma|Rada|Assembly|Lords|Commons)\b"
)
# a sentence's end before the name ("... law. A Parliament negotiator, X")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[A-Z\"“])|\n")


def european_legislator(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``..``end`` is a member of the European Parliament: a
    legislator's title right before it ("Dutch lawmaker X", "Dutch MEP X") or in the
    apposition after it ("X, a German Greens MEP,"), in a paragraph that names the
    European Parliament up to the end of the name's sentence (an MEP's title names it)."""
    floor = max(text.rfind("\n", 0, start) + 1, start - 300, 0)
    opening = floor
    for m in _SENTENCE_END.finditer(text, floor, start):
        opening = m.end()
    before = text[opening:start]
    titles = []
    title = _TITLE_BEFORE.search(before)
    if title is not None:
        titles.append(title.group())
    apposed = _APPOSITION.match(text, end)
    if apposed is not None:
        titles.append(apposed["words"])
    if not any(_MEP.search(t) or _LEGISLATOR.search(t) for t in titles):
        return False
    if any(_NATIONAL.search(t) for t in titles):
        return False  # "a Bundestag lawmaker": a state's chamber
    if any(_MEP.search(t) for t in titles):
        return True
    return _chamber_named(text, start, end)


# the nouns of legislators an unnamed speaker may be ("Green lawmakers said")
LEGISLATOR_NOUNS = frozenset({"lawmaker", "lawmakers", "legislator", "legislators"})


def european_legislators(text: str, start: int, end: int) -> bool:
    """Whether unnamed legislators at ``start``..``end`` ("Green lawmakers", "a Dutch
    lawmaker") sit in the European Parliament: the paragraph names it up to the end of
    their sentence, and the phrase names no state's chamber."""
    if _NATIONAL.search(text, start, end):
        return False
    return _chamber_named(text, start, end)


def _chamber_named(text: str, start: int, end: int) -> bool:
    """Whether the paragraph of ``start``..``end`` names the European Parliament, from its
    opening up to the end of the sentence holding ``end``."""
    stop = _SENTENCE_END.search(text, end)
    para_end = stop.start() if stop is not None else len(text)
    para = max(text.rfind("\n\n", 0, start), 0)
    return _CHAMBER.search(text, para, para_end) is not None
