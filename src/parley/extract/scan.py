"""One scan of a text for many word patterns, tried only where they can match.

A regular expression that joins many patterns in one alternation (``EVENT_SCAN``: 81 rules,
9,000 characters) tries every alternative at every word start. :class:`WordScan` gives the
same matches as that expression's ``finditer``, faster: at each word start it tries only the
alternatives whose first letter can be the one there, in their order (an alternative that
cannot start with that letter fails there anyway, so the first to match, and where it ends,
are the expression's). The first letters come from Python's own parse of each pattern;
where they cannot be told (a class, a wildcard), the alternative is tried everywhere.
Measured on the benchmark's statements: the event rules' scan about 5x faster.

:class:`Caseless` (and the same path of :meth:`WordScan.groups`) matches a pattern with case
ignored on an ASCII text as the pattern lower-cased on the text lower-cased, with case
counting: the same matches at the same places, about twice as fast.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Iterator, Sequence
from importlib import import_module
from typing import Any

# Where a pattern may start: a word start, as in the joined expression.
_WORD_START = re.compile(r"\b(?=\w)")
_DISPATCHED = string.ascii_lowercase + string.digits + "_"


class WordScan:
    """``finditer`` of ``\\b(?=\\w)(?:(?P<name>pattern)|...)`` over (name, pattern) pairs."""

    def __init__(self, patterns: Sequence[tuple[str, str]], flags: int = 0) -> None:
        self.expression = re.compile(_joined(patterns), flags)
        branches = [(name, _branches(pattern)) for name, pattern in patterns]
        firsts = [[(b, _first_letters(b, flags)) for b in parts] for _, parts in branches]
        self._by_char: dict[str, re.Pattern[str] | None] = {}
        # the same expressions lower-cased, case counting, for lower-cased ASCII text
        # (:meth:`groups`); None when case counts anyway or a pattern cannot be lower-cased
        self._folded: dict[str, re.Pattern[str] | None] | None = None
        if flags & re.IGNORECASE and all(_foldable(p) for _, p in patterns):
            self._folded = {}
        for ch in _DISPATCHED:
            tried = [
                (name, [b for b, first in parts if first is None or ch in first])
                for (name, _), parts in zip(branches, firsts, strict=True)
            ]
            kept = [(name, "|".join(bs)) for name, bs in tried if bs]
            self._by_char[ch] = re.compile(_joined(kept), flags) if kept else None
            if self._folded is not None:
                folded = [(name, lowered(pattern)) for name, pattern in kept]
                case = flags & ~re.IGNORECASE
                self._folded[ch] = re.compile(_joined(folded), case) if folded else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return _scan(text, self._by_char, self.expression)

    def groups(self, text: str) -> Iterator[str | None]:
        """The group (``name``) of each match of :meth:`finditer`, in order: on an ASCII
        text, from the lower-cased expressions' scan of the lower-cased text (as
        :class:`Caseless`)."""
        if self._folded is None or not text.isascii():
            return (m.lastgroup for m in self.finditer(text))
        return (m.lastgroup for m in _scan(text.lower(), self._folded, None))


def _scan(
    text: str, by_char: dict[str, re.Pattern[str] | None], whole: re.Pattern[str] | None
) -> Iterator[re.Match[str]]:
    """The matches of :class:`WordScan`'s expressions ``by_char`` over ``text``; ``whole``
    (the joined expression) where a word starts outside ASCII (None: an ASCII text)."""
    pos = 0
    while (start := _WORD_START.search(text, pos)) is not None:
        p = start.start()
        ch = text[p]
        # a letter outside ASCII may match an ASCII one when case is ignored: try all
        rx = by_char.get(ch.lower()) if ch.isascii() else whole
        m = rx.match(text, p) if rx is not None else None
        if m is None:
            pos = p + 1
            continue
        yield m
        pos = m.end() if m.end() > p else p + 1


# Inline flags ("(?i)", "(?-i:...)") and what a lower-cased pattern could misread: a
# character by its name or code ("\N{...}", "\x41", "\101": an "A" that would stay one),
# a group referred to
_UNFOLDABLE = re.compile(r"\(\?[aiLmsux-]|\\[NxuU0-9]|\(\?P=")


def _foldable(pattern: str) -> bool:
    """Whether ``pattern`` matches with case ignored as :func:`lowered` does on lower-cased
    ASCII text: no inline flags, and no letter outside ASCII with a case (the Kelvin sign
    and the long s match ASCII letters when case is ignored; a character with no case, such
    as "’", matches only itself either way)."""
    return (
        all(c.isascii() or c.lower() == c == c.upper() for c in pattern)
        and _UNFOLDABLE.search(pattern) is None
    )


def lowered(pattern: str) -> str:
    """``pattern`` with its letters lower-cased, its escapes (``\\W``, ``\\B``, ``\\S``) as
    they are."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        out.append(pattern[i].lower())
        i += 1
    return "".join(out)


class Caseless:
    """A pattern matched with case ignored.

    On an ASCII text (nearly every statement), the pattern lower-cased (:func:`lowered`)
    matches the text lower-cased with case counting: the same matches at the same places
    (lower-casing an ASCII text changes letters for letters and nothing a word boundary, a
    class like ``\\w`` or an offset reads), about twice as fast, since Python's engine finds
    where a match may start by its literal prefix or first characters only when case counts
    (measured on the benchmark's statements: the stance words 22 against 11 µs a statement).
    Another text goes to the case-ignoring expression.
    """

    def __init__(self, pattern: str) -> None:
        if not _foldable(pattern):
            raise ValueError(f"not a pattern to lower-case: {pattern!r}")
        self.expression = re.compile(pattern, re.IGNORECASE)
        self._lower = re.compile(lowered(pattern))

    def count(self, text: str) -> int:
        """How many matches ``finditer`` finds in ``text``."""
        if text.isascii():
            return len(self._lower.findall(text.lower()))
        return len(self.expression.findall(text))

    def found(self, text: str) -> bool:
        """Whether the pattern matches anywhere in ``text``."""
        if text.isascii():
            return self._lower.search(text.lower()) is not None
        return self.expression.search(text) is not None

    def span(self, text: str, pos: int = 0, endpos: int | None = None) -> tuple[int, int] | None:
        """Where ``search(text, pos, endpos)`` finds the pattern, or None. Any text that
        lower-cases letter for letter (:func:`folds_alike`) is lower-cased, not only ASCII:
        the offsets are the text's own."""
        end = len(text) if endpos is None else endpos
        if folds_alike(text):
            m = self._lower.search(text.lower(), pos, end)
        else:
            m = self.expression.search(text, pos, end)
        return None if m is None else m.span()


# The characters outside ASCII that match an ASCII letter when case is ignored: the dotted
# capital I (which also lower-cases to two characters), the dotless i, the long s and the
# Kelvin sign (found by trying every character against every letter)
_FOLDS_APART = re.compile("[\u0130\u0131\u017f\u212a]")


def folds_alike(text: str) -> bool:
    r"""Whether ``text`` lower-cased matches a lower-cased pattern (of ASCII letters, see
    :func:`_foldable`) with case counting as ``text`` matches it with case ignored, at the
    same offsets: true of a text without those four characters, since every other
    character lower-cases to one character, of the same kind for ``\w``, ``\s`` and
    ``\d``, and none outside ASCII to an ASCII one (checked for every character by
    ``tests/test_extract_scan.py``)."""
    return text.isascii() or _FOLDS_APART.search(text) is None


# A word list's entry: lower-case words, one space between them.
_Trie = dict[str, "_Trie"]  # letter -> what follows it ("" -> {}: an entry ends)
_LISTED = re.compile(r"[a-z]+(?: [a-z]+)*")


def word_alternatives(words: Iterable[str]) -> str:
    """A pattern that matches what ``"|".join(words)``, longest first, matches (a space in
    an entry matching ``\\s+``), written as a tree of shared beginnings: "sa(?:id|y(?:s|))".

    The joined list tries every entry at every position; the tree tries one branch per
    letter, in the regular-expression engine itself (measured on the development
    articles: the cue words' scan 4.7x, the candidate words' 12x faster). The matches are
    the same, whatever follows the pattern: two entries can match at one position only
    when one extends the other ("made clear" and "made"), and both forms then try the
    longer first.
    """
    trie: _Trie = {}
    for word in words:
        if not _LISTED.fullmatch(word):
            raise ValueError(f"not a word list's entry: {word!r}")
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # an entry ends here

    def branch(node: _Trie) -> str:
        # longer entries first: the letters that go on, then the end of an entry
        ways = [(r"\s+" if ch == " " else ch) + branch(node[ch]) for ch in sorted(node) if ch]
        if "" in node:
            ways.append("")
        return ways[0] if len(ways) == 1 else "(?:" + "|".join(ways) + ")"

    return branch(trie) if trie else "(?!)"


def by_first_letter(pattern: str, flags: int = 0) -> str:
    """``pattern``, an alternation, with its alternatives that begin with the same letter
    gathered under it, in their order: "support|step|welcome" -> "s(?:upport|tep)|welcome".

    The matches are the same: at any position only the alternatives that begin with the
    letter there can match (a character matches one lower-case letter at most, case ignored
    or not), and they are tried in the same order; the engine tries the letter once instead of
    entering every alternative (which it does for each one when case is ignored). An
    alternative whose first letter cannot be told leaves the pattern as it is.
    """
    groups: dict[str, list[str]] = {}
    for alt in _branches(pattern):
        # a lower-case letter, alone (no quantifier on it), and nothing else can start it
        letter = alt[:1]
        if not ("a" <= letter <= "z") or alt[1:2] in ("*", "+", "?", "{"):
            return pattern
        if _first_letters(alt, flags) != frozenset(letter):
            return pattern
        groups.setdefault(letter, []).append(alt[1:])
    return "|".join(
        letter + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
        for letter, rests in groups.items()
    )


def _joined(patterns: Sequence[tuple[str, str]]) -> str:
    return r"\b(?=\w)(?:" + "|".join(f"(?P<{name}>{p})" for name, p in patterns) + ")"


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` ("a|(?:b|c)|d" -> "a", "(?:b|c)", "d")."""
    out: list[str] = []
    depth = start = i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: "]" first, or escaped, does not close it
            i += 1
            if pattern[i : i + 1] == "^":
                i += 1
            if pattern[i : i + 1] == "]":
                i += 1
            while pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    if "|".join(out) != pattern:  # pragma: no cover - the split is a partition
        raise ValueError(f"cannot split {pattern!r}")
    return out


def _first_letters(pattern: str, flags: int) -> frozenset[str] | None:
    """The lower-case ASCII letters a match of ``pattern`` can start with, or None when
    it may start with anything else (or when that cannot be told)."""
    try:
        sc = import_module("re._constants")  # Python's own regular-expression parser
        sp = import_module("re._parser")
        first, _ = _first(list(sp.parse(pattern, flags)), sc)
    except (ImportError, AttributeError, TypeError, ValueError):  # another Python's internals
        return None
    return frozenset(first) if first is not None else None


def _first(items: list[Any], sc: Any) -> tuple[set[str] | None, bool]:
    """(first letters or None for any, whether the sequence can match empty)."""
    out: set[str] = set()
    for op, av in items:
        if op in (sc.AT, sc.ASSERT, sc.ASSERT_NOT):
            continue  # zero-width: the next item starts the match
        if op is sc.LITERAL:
            ch = chr(av)
            if not (ch.isascii() and ch.isalpha()):
                return None, False
            out.add(ch.lower())
            return out, False
        if op is sc.SUBPATTERN:
            first, empty = _first(list(av[-1]), sc)
        elif op is sc.BRANCH:
            first, empty = set(), False
            for alt in av[1]:
                letters, alt_empty = _first(list(alt), sc)
                if letters is None:
                    return None, False
                first |= letters
                empty = empty or alt_empty
        elif op in (sc.MAX_REPEAT, sc.MIN_REPEAT):
            low, _, sub = av
            first, empty = _first(list(sub), sc)
            empty = empty or low == 0
        else:
            return None, False
        if first is None:
            return None, False
        out |= first
        if not empty:
            return out, False
    return out, True
