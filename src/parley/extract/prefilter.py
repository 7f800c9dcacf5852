"""Words a pattern cannot match without, checked on the lower-cased text before it runs.

A rule's gate (``narrow_events.gated_override``) is a regular expression searched in every
statement, most of which hold none of its words; a search that opens with a word boundary
and an alternation, case ignored, tries every position of the text. :class:`Prefiltered`
reads from Python's own parse of the pattern the literal pieces any match must hold
(:func:`required_words`: "hold" in ``\\b(?:would|will)\\s+hold\\b``; one of "judge",
"assess" in ``\\b(?:judge|assess)\\b``), looks for them with ``in`` in the statement
lower-cased once (:func:`lower_of`), and searches only when every one of them is there:
the same answer, since a match contains its pieces. The lower-cased text is used only when
it lower-cases letter for letter (:func:`scan.folds_alike`: then a piece matched with case
ignored or not is found lower-cased at the same place); another text is searched at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import import_module
from typing import Any

from parley.extract.scan import folds_alike

# How many of a pattern's required pieces are checked (the most telling ones: longest first).
MAX_CLAUSES = 3

# the last text and its lower-cased form, replaced as one tuple so that threads extracting at
# once never read one text's form for another's
_last: tuple[str, str] = ("", "")


def lower_of(text: str) -> str:
    """``text.lower()``, kept for the last text (a statement's rules read it in a row)."""
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    lowered = text.lower()
    _last = (text, lowered)
    return lowered


Clause = frozenset[str]  # lower-cased pieces, at least one of which every match holds


def required_words(pattern: re.Pattern[str]) -> tuple[Clause, ...]:
    """Clauses of lower-cased pieces that every match of ``pattern`` contains (each clause:
    at least one of its pieces), the most telling first; empty when none can be told."""
    try:
        sc = import_module("re._constants")  # Python's own regular-expression parser
        sp = import_module("re._parser")
        items = list(sp.parse(pattern.pattern, pattern.flags))
    except (ImportError, AttributeError, TypeError, ValueError):  # another Python's internals
        return ()
    if not all(c.isascii() or c.lower() == c == c.upper() for c in pattern.pattern):
        return ()  # a cased letter outside ASCII may match another when case is ignored
    clauses = [c for c in _clauses(items, sc) if c and "" not in c]
    clauses.sort(key=_strength, reverse=True)
    return tuple(clauses[:MAX_CLAUSES])


def _strength(clause: Clause) -> tuple[int, int]:
    return min(map(len, clause)), -len(clause)


def _clauses(items: list[Any], sc: Any) -> list[Clause]:
    """The clauses every match of the sequence ``items`` satisfies."""
    out: list[Clause] = []
    run: list[str] = []

    def close() -> None:
        if run:
            out.append(frozenset({"".join(run).lower()}))
            run.clear()

    for op, av in items:
        if op is sc.LITERAL:
            run.append(chr(av))
            continue
        close()
        if op is sc.SUBPATTERN:
            out += _clauses(list(av[-1]), sc)
        elif op in (sc.MAX_REPEAT, sc.MIN_REPEAT):
            low, _, sub = av
            if low >= 1:
                out += _clauses(list(sub), sc)
        elif op is sc.BRANCH:
            best = [_best(_clauses(list(alt), sc)) for alt in av[1]]
            if all(b is not None for b in best):
                out.append(frozenset().union(*(b for b in best if b is not None)))
        # anything else (a class, a wildcard, a boundary, a look-around, a group reference)
        # requires no piece of its own
    close()
    return out


def _best(clauses: list[Clause]) -> Clause | None:
    usable = [c for c in clauses if c and "" not in c]
    return max(usable, key=_strength) if usable else None


class Prefiltered:
    """``pattern.search`` that first checks :func:`required_words` on the lower-cased text."""

    __slots__ = ("pattern", "clauses", "_pieces", "_alternatives")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.clauses = required_words(pattern)
        # a clause of one piece is looked for with ``in``; one of several, with one search
        # of the pieces as literal alternatives (case counting: the text is lower-cased)
        self._pieces = tuple(next(iter(c)) for c in self.clauses if len(c) == 1)
        self._alternatives = tuple(
            re.compile("|".join(re.escape(p) for p in sorted(c, key=len, reverse=True)))
            for c in self.clauses
            if len(c) > 1
        )

    def may_match(self, text: str) -> bool:
        """False only when ``pattern`` cannot match ``text`` (a required piece is absent)."""
        if not self.clauses or not folds_alike(text):
            return True
        low = lower_of(text)
        for piece in self._pieces:
            if piece not in low:
                return False
        for alternatives in self._alternatives:  # noqa: SIM110 (a loop: all() of a generator costs more)
            if alternatives.search(low) is None:
                return False
        return True

    def search(self, text: str) -> re.Match[str] | None:
        if not self.may_match(text):
            return None
        return self.pattern.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if not self.may_match(text):
            return iter(())
        return self.pattern.finditer(text)
