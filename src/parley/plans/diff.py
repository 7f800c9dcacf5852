"""Diff two plan versions by what their points say, not by their numbers.

1. Every point of A is scored against every point of B: word-level similarity
   (rapidfuzz's Indel ratio on word sequences: twice the longest common word
   subsequence over the total number of words, so order matters but renumbering does not).
2. An optimal one-to-one assignment (``scipy.optimize.linear_sum_assignment``) pairs
   the points; a pair counts when its similarity reaches ``match``, or reaches the
   lower ``anchored`` when a neighbouring pair (the points before or after both) is
   matched too: a point reworded in place between two matched points.
3. A point left over on one side that a matched point on the other side contains
   (most of its words, in order) and that makes that pair more similar when joined to
   its partner is **merged** into it (two of A become one of B) or **split** from it.
4. Pairs are **kept** (same words), **reworded**, or **moved** when they leave the
   order of the others (they are not on the longest run of pairs in order); points
   left over are **removed** (from A) or **added** (in B).

Each rewording comes with its word-level opcodes (difflib) and the numbers that
changed ("600,000" -> "800,000").
"""

from __future__ import annotations

import difflib
import math
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import numpy as np
from rapidfuzz.distance import Indel, LCSseq
from rapidfuzz.process import cdist
from scipy.optimize import linear_sum_assignment

from parley.plans.model import Plan, PlanPoint

_WORD = re.compile(r"[$€£]?\w+(?:[’'.,/-]\w+)*%?|[^\w\s]", re.UNICODE)
_NUMBER = re.compile(r"^[$€£]?\d[\d,.]*(?:%|bn|m)?$|^\d+(?:st|nd|rd|th)$")
_NUMBER_WORDS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "thousand", "million",
    "billion", "half", "double",
}  # fmt: skip
_SCALES = {"thousand", "million", "billion", "trillion", "bn", "m", "percent"}


class ChangeKind(StrEnum):
    """What became of a point (the JSON ``kind``)."""

    KEPT = "kept"
    REWORDED = "reworded"
    MOVED = "moved"
    MERGED = "merged"
    SPLIT = "split"
    ADDED = "added"
    REMOVED = "removed"


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Similarity thresholds (0-1), measured on the bundled plans and hand-made pairs
    (see docs/plans.md and tests/test_plans_diff.py)."""

    match: float = 0.25  # content similarity of a pair on its own
    anchored: float = 0.05  # of a pair within a gap between pairs in order (reworded in place)
    contained: float = 0.6  # share of a left-over point's words found, in order, in a point
    gain: float = 0.05  # how much joining it must raise the pair's word similarity


DEFAULT_THRESHOLDS = Thresholds()


@dataclass(frozen=True, slots=True)
class WordOp:
    """One difflib opcode over words: equal, replace, delete or insert."""

    op: str
    before: str
    after: str

    def to_dict(self) -> dict[str, str]:
        if self.op == "equal":
            return {"op": "equal", "text": self.before}
        return {"op": self.op, "from": self.before, "to": self.after}


@dataclass(frozen=True, slots=True)
class PointChange:
    """What became of some points of A in B (numbers as written in each plan)."""

    kind: ChangeKind
    before: tuple[str, ...]
    after: tuple[str, ...]
    similarity: float
    numbers: tuple[tuple[str | None, str | None], ...] = ()
    words: tuple[WordOp, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "from": list(self.before),
            "to": list(self.after),
            "similarity": round(self.similarity, 3),
            "numbers": [list(pair) for pair in self.numbers],
            "words": [op.to_dict() for op in self.words],
        }


@dataclass(slots=True)
class PlanDiff:
    """The changes from plan version A to B, in B's order (removed points where they were)."""

    before: str
    after: str
    changes: list[PointChange] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """How many changes of each kind (every kind, zero included)."""
        return {kind.value: sum(c.kind is kind for c in self.changes) for kind in ChangeKind}

    def to_dict(self) -> dict[str, Any]:
        return {
            "from": self.before,
            "to": self.after,
            "counts": self.counts(),
            "changes": [change.to_dict() for change in self.changes],
        }


# ------------------------------------------------------------------------ words


def tokens(text: str) -> list[str]:
    """Words (numbers such as "600,000" and "$100" whole) and punctuation marks, as written."""
    return _WORD.findall(text)


def words(text: str) -> list[str]:
    """The casefolded words of ``text``, without punctuation: what similarity compares."""
    return [t.casefold().replace("’", "'") for t in tokens(text) if t[0].isalnum() or t[0] in "$€£"]


# English function words: they carry no topic, so content similarity leaves them out.
_STOP_TEXT = """a an the of to and or nor but if so as at by for from in into on onto over under
    with without within about after before between among against during until upon via per than
    then there here is are was were be been being am will shall would should can could may
    might must do does did has have had having it its it's this that these those which who
    whom whose what when where while such any all every each both either neither other
    another same own not no only also too very just more most less least up down out off"""
STOP_WORDS = frozenset(_STOP_TEXT.split())
_ENDINGS = ("ing", "ed", "es", "s")


def stem(word: str) -> str:
    """A crude stem: possessive and plural or verb endings trimmed ("guarantees" -> "guarante",
    "Ukraine's" -> "ukraine"), the same on both sides of a comparison."""
    word = word.casefold().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    for ending in _ENDINGS:
        if len(word) > len(ending) + 3 and word.endswith(ending):
            return word[: -len(ending)]
    return word


def content_words(text: str) -> list[str]:
    """The stems of ``text``'s words other than function words."""
    return [stem(word) for word in words(text) if word not in STOP_WORDS]


def stems(text: str) -> list[str]:
    """The stems of all of ``text``'s words, in order (for sequence similarity)."""
    return [stem(word) for word in words(text)]


class _Codebook:
    """Maps each distinct word to one character, so rapidfuzz compares word sequences."""

    def __init__(self) -> None:
        self.codes: dict[str, str] = {}

    def encode(self, items: list[str]) -> str:
        out = []
        for item in items:
            code = self.codes.get(item)
            if code is None:
                code = self.codes[item] = chr(0xE000 + len(self.codes))  # private use area
            out.append(code)
        return "".join(out)


def similarity(a: str, b: str) -> float:
    """Word-level similarity of two texts, 0-1 (1: the same words in the same order):
    twice the longest common subsequence of their word stems over their total length."""
    book = _Codebook()
    return float(Indel.normalized_similarity(book.encode(stems(a)), book.encode(stems(b))))


def containment(part: str, whole: str) -> float:
    """The share of ``part``'s words found, in order, in ``whole`` (0-1)."""
    book = _Codebook()
    a, b = book.encode(stems(part)), book.encode(stems(whole))
    if not a:
        return 0.0
    common = (len(a) + len(b) - Indel.distance(a, b)) / 2  # the longest common subsequence
    return float(common / len(a))


def word_ops(before: str, after: str) -> tuple[WordOp, ...]:
    """difflib's opcodes over the words of two texts (case and punctuation kept)."""
    a, b = tokens(before), tokens(after)
    matcher = difflib.SequenceMatcher(
        None, [t.casefold() for t in a], [t.casefold() for t in b], autojunk=False
    )
    return tuple(
        WordOp(op, _join(a[i1:i2]), _join(b[j1:j2])) for op, i1, i2, j1, j2 in matcher.get_opcodes()
    )


def render_words(ops: tuple[WordOp, ...], context: int = 6) -> str:
    """A rewording as one line of text, wdiff style: ``[-old-]{+new+}``; long unchanged
    stretches are shortened to their first and last ``context`` words."""
    out: list[str] = []
    for op in ops:
        if op.op == "equal":
            parts = op.before.split()
            if len(parts) > 2 * context + 1:
                op_text = " ".join(parts[:context]) + " … " + " ".join(parts[-context:])
            else:
                op_text = op.before
            out.append(op_text)
            continue
        if op.before:
            out.append(f"[-{op.before}-]")
        if op.after:
            out.append(f"{{+{op.after}+}}")
    return re.sub(r"\s+([,.;:!?])", r"\1", " ".join(out))


def changed_numbers(ops: tuple[WordOp, ...]) -> tuple[tuple[str | None, str | None], ...]:
    """Numbers that a rewording changed, paired in order: ("600,000", "800,000");
    a number only removed pairs with None, one only added has None first."""
    pairs: list[tuple[str | None, str | None]] = []
    for k, op in enumerate(ops):
        if op.op == "equal":
            continue
        # a scale word that did not change still belongs to the numbers ("$100 billion")
        following = ops[k + 1].before.split()[:1] if k + 1 < len(ops) else []
        scale = following[0] if following and following[0].casefold() in _SCALES else ""
        gone = numbers_in(f"{op.before} {scale}".strip())
        new = numbers_in(f"{op.after} {scale}".strip())
        for index in range(max(len(gone), len(new))):
            pairs.append(
                (
                    gone[index] if index < len(gone) else None,
                    new[index] if index < len(new) else None,
                )
            )
    return tuple(pairs)


def numbers_in(text: str) -> list[str]:
    """The numbers in ``text`` as written, a scale word kept with its number ("$100 billion")."""
    found: list[str] = []
    parts = text.split()
    k = 0
    while k < len(parts):
        token = parts[k].strip(",.;:()[]\"“”'’")
        if _is_number(token):
            following = parts[k + 1].strip(",.;:()[]\"“”'’") if k + 1 < len(parts) else ""
            if following.casefold() in _SCALES and (token[:1].isdigit() or token[:1] in "$€£"):
                found.append(f"{token} {following}")
                k += 2
                continue
            found.append(token)
        k += 1
    return found


def _is_number(token: str) -> bool:
    return bool(_NUMBER.match(token)) or token.casefold() in _NUMBER_WORDS


def _join(parts: list[str]) -> str:
    text = " ".join(parts)
    return re.sub(r" ([,.;:!?%)\]])", r"\1", re.sub(r"([(\[$€£]) ", r"\1", text))


# ------------------------------------------------------------------------ alignment


def similarity_matrix(a: list[PlanPoint], b: list[PlanPoint]) -> np.ndarray:
    """Content similarity of every point of ``a`` to every point of ``b`` (0-1).

    The cosine of TF-IDF vectors of the points' content words (function words dropped,
    plural and verb endings trimmed), with document frequencies counted over the points
    of both plans: words that every point uses ("Ukraine") weigh little, the words of
    one topic ("Zaporizhzhia", "amnesty") much. Measured on the bundled plans, pairs
    that are not the same point stay below 0.21, reworded points mostly above 0.25.
    """
    docs = [content_words(p.full_text) for p in a] + [content_words(p.full_text) for p in b]
    if not a or not b:
        return np.zeros((len(a), len(b)))
    frequency = Counter(word for doc in docs for word in set(doc))
    vocabulary = {word: k for k, word in enumerate(frequency)}
    weights = np.zeros((len(docs), len(vocabulary)))
    for row, doc in enumerate(docs):
        for word, count in Counter(doc).items():
            idf = math.log((1 + len(docs)) / (1 + frequency[word]))
            weights[row, vocabulary[word]] = (1 + math.log(count)) * idf
    norms = np.linalg.norm(weights, axis=1, keepdims=True)
    weights = weights / np.where(norms == 0, 1.0, norms)
    return np.clip(weights[: len(a)] @ weights[len(a) :].T, 0.0, 1.0)


def diff_plans(a: Plan, b: Plan, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> PlanDiff:
    """The changes from ``a`` to ``b`` by content: kept, reworded, moved, merged, split,
    added, removed."""
    pa, pb = a.points, b.points
    scores = similarity_matrix(pa, pb)
    pairs = _assign(scores, thresholds)
    groups = _groups(pa, pb, pairs, thresholds)
    return PlanDiff(a.ref, b.ref, _changes(pa, pb, groups, scores))


def _hungarian(
    scores: np.ndarray, rows: list[int], cols: list[int], floor: float
) -> dict[int, int]:
    """The optimal one-to-one pairs among ``rows`` x ``cols`` that reach ``floor``."""
    if not rows or not cols:
        return {}
    sub = scores[np.ix_(rows, cols)]
    picked_rows, picked_cols = linear_sum_assignment(sub, maximize=True)
    return {
        rows[r]: cols[c]
        for r, c in zip(picked_rows, picked_cols, strict=True)
        if sub[r, c] >= floor
    }


def _assign(scores: np.ndarray, t: Thresholds) -> dict[int, int]:
    """Pairs (A index -> B index): strong ones over all points, then weaker ones within
    each gap between pairs that stand in the same order in both plans."""
    n, m = scores.shape
    pairs = _hungarian(scores, list(range(n)), list(range(m)), t.match)
    ordered = sorted(pairs.items())
    anchors = [ordered[k] for k in sorted(_longest_in_order([(j, i) for i, j in ordered]))]
    bounds = [(-1, -1), *anchors, (n, m)]
    for (i0, j0), (i1, j1) in zip(bounds, bounds[1:], strict=False):
        rows = [i for i in range(i0 + 1, i1) if i not in pairs]
        cols = [j for j in range(j0 + 1, j1) if j not in pairs.values()]
        pairs.update(_hungarian(scores, rows, cols, t.anchored))
    return pairs


@dataclass
class _Group:
    """Points of A and of B that are one change (one and one, or a merge, or a split)."""

    a: list[int]
    b: list[int]


class _Encoded:
    """Every point's word stems as one string per point (one character per word, shared
    codebook), and the longest common subsequence of every pair (rapidfuzz, in C)."""

    def __init__(self, pa: list[PlanPoint], pb: list[PlanPoint]) -> None:
        book = _Codebook()
        self.texts = {
            "a": [book.encode(stems(p.full_text)) for p in pa],
            "b": [book.encode(stems(p.full_text)) for p in pb],
        }
        if pa and pb:
            self.lcs = np.asarray(cdist(self.texts["a"], self.texts["b"], scorer=LCSseq.similarity))
        else:
            self.lcs = np.zeros((len(pa), len(pb)))

    def contained(self, side: str, index: int, host: int) -> float:
        """The share of the words of point ``index`` of ``side`` found, in order, in point
        ``host`` of the other side."""
        common = self.lcs[index, host] if side == "a" else self.lcs[host, index]
        size = len(self.texts[side][index])
        return float(common / size) if size else 0.0

    def similarity(self, side: str, members: list[int], host: int) -> float:
        """Word similarity of the points ``members`` of ``side``, joined, to ``host``."""
        other = "b" if side == "a" else "a"
        joined = "".join(self.texts[side][k] for k in sorted(members))
        return float(Indel.normalized_similarity(joined, self.texts[other][host]))


def _groups(
    pa: list[PlanPoint], pb: list[PlanPoint], pairs: dict[int, int], t: Thresholds
) -> list[_Group]:
    """Pairs grown into merges and splits; then left-over points of A and B that one
    contains most of, paired."""
    encoded = _Encoded(pa, pb)
    groups = [_Group([i], [j]) for i, j in sorted(pairs.items())]
    for side, size in (("a", len(pa)), ("b", len(pb))):
        taken = {k for g in groups for k in getattr(g, side)}
        for index in range(size):
            if index in taken:
                continue
            host = _merge_host(index, side, groups, encoded, t)
            if host is not None:
                members = getattr(host, side)
                members.append(index)
                members.sort()
    left_a = sorted(set(range(len(pa))) - {i for g in groups for i in g.a})
    left_b = sorted(set(range(len(pb))) - {j for g in groups for j in g.b})
    if left_a and left_b:
        inside = np.array(
            [[max(encoded.contained("a", i, j), encoded.contained("b", j, i)) for j in left_b]
             for i in left_a]
        )  # fmt: skip
        rows, cols = linear_sum_assignment(inside, maximize=True)
        for r, c in zip(rows, cols, strict=True):
            if inside[r, c] >= t.contained:
                groups.append(_Group([left_a[r]], [left_b[c]]))
    return sorted(groups, key=lambda g: (min(g.b), min(g.a)))


def _merge_host(
    index: int, side: str, groups: list[_Group], encoded: _Encoded, t: Thresholds
) -> _Group | None:
    """The group whose single point on the other side contains point ``index`` of ``side``
    and becomes more similar when that point joins its partners: a merge (side "a") or a
    split (side "b"). Groups never become many-to-many."""
    other = "b" if side == "a" else "a"
    best: tuple[float, _Group] | None = None
    for group in groups:
        partners, hosts = getattr(group, side), getattr(group, other)
        if len(hosts) != 1:
            continue
        host = hosts[0]
        if encoded.contained(side, index, host) < t.contained:
            continue
        gain = encoded.similarity(side, [*partners, index], host) - encoded.similarity(
            side, partners, host
        )
        if gain >= t.gain and (best is None or gain > best[0]):
            best = (gain, group)
    return best[1] if best else None


def _changes(
    pa: list[PlanPoint], pb: list[PlanPoint], groups: list[_Group], scores: np.ndarray
) -> list[PointChange]:
    in_order = _in_order(groups)
    placed: list[tuple[tuple[float, float], PointChange]] = []
    covered_a = {i for g in groups for i in g.a}
    covered_b = {j for g in groups for j in g.b}
    for number, group in enumerate(groups):
        before = " ".join(pa[i].full_text for i in group.a)
        after = " ".join(pb[j].full_text for j in group.b)
        ops = word_ops(before, after)
        score = similarity(before, after)
        if len(group.a) > 1:
            kind = ChangeKind.MERGED
        elif len(group.b) > 1:
            kind = ChangeKind.SPLIT
        elif number not in in_order:
            kind = ChangeKind.MOVED
        elif all(op.op == "equal" for op in ops) or score == 1.0:
            kind = ChangeKind.KEPT
        else:
            kind = ChangeKind.REWORDED
        unchanged = kind is ChangeKind.KEPT or all(op.op == "equal" for op in ops)
        change = PointChange(
            kind=kind,
            before=tuple(pa[i].number for i in group.a),
            after=tuple(pb[j].number for j in group.b),
            similarity=score,
            numbers=() if unchanged else changed_numbers(ops),
            words=() if unchanged else ops,
        )
        placed.append(((min(group.b), 0.0), change))
    for i, point in enumerate(pa):
        if i not in covered_a:
            # a removed point sits after the B point that follows its predecessor
            anchor = max((min(g.b) for g in groups if max(g.a) < i), default=-1)
            change = PointChange(ChangeKind.REMOVED, (point.number,), (), 0.0)
            placed.append(((anchor + 0.5, i / 1000), change))
    for j, point in enumerate(pb):
        if j not in covered_b:
            change = PointChange(ChangeKind.ADDED, (), (point.number,), 0.0)
            placed.append(((j, 0.0), change))
    return [change for _, change in sorted(placed, key=lambda item: item[0])]


def _in_order(groups: list[_Group]) -> set[int]:
    """Indexes of the groups on the longest run in the same order in A and B (the rest moved)."""
    return _longest_in_order([(min(g.b), min(g.a)) for g in groups])


def _longest_in_order(positions: list[tuple[int, int]]) -> set[int]:
    """Indexes into ``positions`` ((B position, A position) pairs) of a longest subsequence
    increasing in both: the pairs that keep their relative order."""
    order = sorted(range(len(positions)), key=lambda k: positions[k])
    tails: list[int] = []  # A positions ending the runs found so far, by run length
    ends: list[int] = []  # which element ends each run
    parent = [-1] * len(positions)
    for k in order:
        a_pos = positions[k][1]
        place = bisect_left(tails, a_pos)
        if place == len(tails):
            tails.append(a_pos)
            ends.append(k)
        else:
            tails[place] = a_pos
            ends[place] = k
        parent[k] = ends[place - 1] if place else -1
    keep: set[int] = set()
    k = ends[-1] if ends else -1
    while k >= 0:
        keep.add(k)
        k = parent[k]
    return keep
