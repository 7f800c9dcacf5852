"""Whether the headline opens on a sub-state government's side: a province, state or city
whose own government the gazetteer lists ("What P got for ...") or the head the article
gives that place ("X suspends ..." where the text calls X "P Premier A X"). Such an
article tells its story from the sub-state party, so it is not read as a negotiation
between two states (the guard that keeps a province's premier as his state's person)."""

from __future__ import annotations

import re

from parley.actors import Gazetteer
from parley.places import regional_government

# "Title: Analysis: What ..." -> the headline's words after its labels ("Analysis:",
# "Live:") and an opening question word
_TITLE = re.compile(r"\A\s*(?:Title:\s*)?(?P<line>[^\n]+)")
_LABEL = re.compile(r"\A(?:[A-Z][\w&'’ ]{0,30}:\s+)+")
_QUESTION = re.compile(r"\A(?:What|Why|How|Where|When)\s+")
# the headline's opening name: capitalised words, with initials ("B.C.")
_OPENING_NAME = re.compile(r"\A[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")
_HEAD_TITLES = r"(?:Premier|Governor|Mayor|Chief\s+Minister)"
_HEAD_TITLE = re.compile(_HEAD_TITLES + r"\s")


def headline_sub_state(gaz: Gazetteer, text: str) -> bool:
    """True when the headline's first words name a place with a listed government of its
    own, or the surname of a person the text titles as that place's head."""
    title = _TITLE.match(text)
    if title is None:
        return False
    line = _LABEL.sub("", title["line"].strip())
    line = _QUESTION.sub("", line)
    opening = _OPENING_NAME.match(line)
    if opening is None:
        return False
    name = opening.group(0).removesuffix("'s").removesuffix("’s")
    if regional_government(gaz, name) is not None:
        return True
    if _HEAD_TITLE.search(text) is None:
        return False  # every match below holds a head's title (most articles hold none)
    surname = name.split()[-1]
    head = re.compile(
        rf"\b(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+{_HEAD_TITLES}\s+"
        rf"(?:[A-Z][\w.'’-]*\s+){{1,2}}{re.escape(surname)}\b"
    )
    return any(regional_government(gaz, m["place"]) is not None for m in head.finditer(text))
