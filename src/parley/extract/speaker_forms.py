"""A known speaker's name in the form the article writes it in full.

The gazetteer's canonical names may be longer or shorter than the article's: it knows
"Bruno Rodríguez Parrilla" where a story writes "Bruno Rodríguez", and "Surangel Whipps"
where the story writes "Surangel Whipps Jr.". The statement names the speaker as the
article does when it writes the name in full (given name and surname).
"""

from __future__ import annotations

import re

from parley.extract.mentions import GENERATIONAL

_SUFFIXES = "|".join(map(re.escape, sorted(GENERATIONAL, key=len, reverse=True)))
# after a full name: a generational suffix ("Jr.", "III"), with or without a comma
_SUFFIX_AFTER = re.compile(rf",?[ ]({_SUFFIXES})(?![\w'’])")
# what runs a name on: a letter, a hyphen, an apostrophe inside a word ("O'Neill"), not
# a possessive ("Choe Son Hui's")
_NAME_GOES_ON = re.compile(r"[\w‑-]|['’](?![sS]?(?:\W|$))")
# another word of the name after a shorter form ("Abdel Fattah al-Burhan")
_MORE_NAME = re.compile(r"[ ](?:[A-ZÀ-ÖØ-Þ]|(?:al|el|bin|ibn|van|von|de|da|del|der|la|le|in)\b)")
_NAME_GOES_ON_BEFORE = re.compile(r"[\w'’‑-]")


def written_in_full(name: str | None, text: str) -> str | None:
    """``name`` as the text writes it in full: the canonical name's longest run of two or
    more leading words that the text writes as a whole name, with the generational
    suffix the text puts after it each time; ``name`` itself when the text never writes two of its
    words together."""
    if not name:
        return name
    words = name.split(" ")
    for n in range(len(words), 1, -1):
        cut = n < len(words)
        if cut and not words[n - 1][:1].isupper():
            continue  # never cut after a particle ("Mohammed bin")
        form = " ".join(words[:n])
        ends = [b for b in _whole(form, text) if not (cut and _MORE_NAME.match(text, b))]
        if not ends:
            continue
        suffixes = {m.group(1) if (m := _SUFFIX_AFTER.match(text, b)) else None for b in ends}
        if len(suffixes) == 1 and (suffix := suffixes.pop()) and suffix not in words:
            return f"{form} {suffix}"  # "Surangel Whipps Jr." each time the text names him
        return form
    return name


def _whole(form: str, text: str) -> list[int]:
    """Where the occurrences of ``form`` as a whole name end (not inside a longer word,
    not run on by a hyphen)."""
    if not form:
        return []
    ends = []
    # (the occurrences left to right, none overlapping, as a search of the escaped form
    # would give them, without compiling a pattern for each name)
    a = text.find(form)
    while a >= 0:
        b = a + len(form)
        if not (a and _NAME_GOES_ON_BEFORE.match(text[a - 1])) and not _NAME_GOES_ON.match(text, b):
            ends.append(b)
        a = text.find(form, b)
    return ends
