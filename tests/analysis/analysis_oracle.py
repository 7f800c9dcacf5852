"""Brute force over every package: the test oracle for the analysis engine.

Written straight from the definitions, with no pruning and no solver, so it
shares no logic with the code under test beyond the scenario object.
"""

from __future__ import annotations

import itertools
import math

import numpy as np

from parley.analysis.scenario import Scenario


def all_packages(s: Scenario) -> list[tuple[int, ...]]:
    return list(itertools.product(*[range(len(p.options)) for p in s.points]))


def value(s: Scenario, package: tuple[int, ...]) -> np.ndarray:
    out = np.zeros(len(s.parties))
    for i, party in enumerate(s.parties):
        for point, k in zip(s.points, package, strict=True):
            row = party.values.get(point.id)
            if row is not None:
                out[i] += row[point.options[k]]
    return out


def rational(s: Scenario) -> list[tuple[tuple[int, ...], np.ndarray]]:
    tol = s.tolerance
    banned = {(p, o) for party in s.parties for p, o in party.red_lines}
    out = []
    for package in all_packages(s):
        if any((pt.id, pt.options[k]) in banned for pt, k in zip(s.points, package, strict=True)):
            continue
        v = value(s, package)
        if all(v[i] >= party.reservation - tol for i, party in enumerate(s.parties)):
            out.append((package, v))
    return out


def dominates(a: np.ndarray, b: np.ndarray, tol: float) -> bool:
    return bool(np.all(a >= b - tol) and np.any(a > b + tol))


def frontier_vectors(s: Scenario) -> list[tuple[float, ...]]:
    """Distinct (within tolerance) value vectors no IR package dominates, sorted."""
    tol = s.tolerance
    ir = rational(s)
    vecs = [v for _, v in ir]
    front: list[np.ndarray] = []
    for v in vecs:
        if any(dominates(w, v, tol) for w in vecs):
            continue
        if any(np.all(np.abs(w - v) <= tol) for w in front):
            continue
        front.append(v)
    return sorted(tuple(round(x, 6) for x in v) for v in front)


def criterion_value(s: Scenario, criterion: str, gains: np.ndarray, ideal: np.ndarray) -> float:
    """The number each criterion maximises (before tie-breaking)."""
    tol = s.tolerance
    if criterion == "welfare":
        return float(gains.sum())
    if criterion == "egalitarian":
        return float(gains.min())
    can = ideal > tol
    if criterion == "ks":
        return float((gains[can] / ideal[can]).min()) if can.any() else float(gains.sum())
    if criterion == "nash":
        if not can.any():
            return float(gains.sum())
        g = gains[can]
        return math.prod(float(x) for x in g) if np.all(g > tol) else 0.0
    raise ValueError(criterion)


def best(s: Scenario, criterion: str) -> float | None:
    """The brute-force optimum of a criterion over the IR packages (None if there are none)."""
    ir = rational(s)
    if not ir:
        return None
    r = np.array([p.reservation for p in s.parties])
    gains = [v - r for _, v in ir]
    ideal = np.max(np.array(gains), axis=0)
    scores = [criterion_value(s, criterion, g, ideal) for g in gains]
    if criterion == "nash" and max(scores) <= 0.0:
        # Degenerate: the product is 0 everywhere; the engine then maximises the total.
        return float(max(g.sum() for g in gains))
    return float(max(scores))


def pareto_improvements(s: Scenario, draft: tuple[int, ...]) -> list[tuple[int, ...]]:
    """Every package (touching no red line on a changed point) that Pareto-improves the draft."""
    tol = s.tolerance
    banned = {(p, o) for party in s.parties for p, o in party.red_lines}
    base = value(s, draft)
    out = []
    for package in all_packages(s):
        changed = [j for j, (a, b) in enumerate(zip(package, draft, strict=True)) if a != b]
        if any((s.points[j].id, s.points[j].options[package[j]]) in banned for j in changed):
            continue
        v = value(s, package)
        if np.all(v >= base - tol) and v.sum() - base.sum() >= 2 * len(base) * tol:
            out.append(package)
    return out
