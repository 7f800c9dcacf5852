"""The exact Pareto frontier of the individually rational packages.

Dynamic programming over points. After deciding points 0..j, a partial package
is summarised by its partial value vector. Two prunings keep the state small
and are both exact:

* dominance: if partial A is at least partial B for every party, every
  completion of B is matched by the same completion of A, so B can go (of
  equal vectors one is kept: the frontier holds one package per distinct
  value vector);
* reachability: if a partial vector plus each party's best remaining values
  is below some party's reservation, no completion is individually rational.

Red lines delete options before the DP starts. The state after each point is
an antichain F; the candidates for the next point are m translated copies of
it (one per option), each still an antichain, so only rows of different
copies need comparing: O(m^2 |F|^2 k) per point with small copies, and a k-d
tree orthant query (about O(m^2 |F| log |F|)) with large ones. Comparisons use
the scenario's tolerance (:attr:`Scenario.tolerance`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
from scipy.spatial import cKDTree

from parley.analysis.relaxation import Deadline
from parley.analysis.scenario import Scenario
from parley.errors import ScenarioTooLargeError

# Refuse before a point whose candidates (partial packages x options) exceed this many
# times the limit: with many parties dominance prunes little, and comparing them is slow.
CANDIDATE_FACTOR = 2
# Above this many row pairs a k-d tree beats the all-pairs comparison.
_PAIRWISE_CELLS = 250_000


@dataclass(frozen=True)
class Packages:
    """A set of packages as rows: ``choices[r]`` (option index per point), ``values[r]``."""

    choices: np.ndarray  # (F, points) int
    values: np.ndarray  # (F, parties) float

    def __len__(self) -> int:
        return int(self.values.shape[0])


def pareto_frontier(
    scenario: Scenario, *, limit: int | None = None, deadline: Deadline | None = None
) -> Packages:
    """The exact frontier of individually rational packages, by decreasing total value.

    ``limit`` caps the size of any intermediate frontier; beyond it, or when the
    candidates of the next point would exceed ``CANDIDATE_FACTOR`` times it, or when
    ``deadline`` passes, :class:`~parley.errors.ScenarioTooLargeError` is raised
    rather than running for a very long time.
    """
    tol = scenario.tolerance
    k = len(scenario.parties)
    n = len(scenario.points)
    tables = [t[a] for t, a in zip(scenario.tables, scenario.allowed, strict=True)]
    if any(len(t) == 0 for t in tables):
        return _empty(n, k)
    # suffix[j]: each party's best total over points j.. (the reachability bound)
    best = np.array([t.max(axis=0) for t in tables])
    suffix = np.vstack([np.cumsum(best[::-1], axis=0)[::-1], np.zeros((1, k))])
    floor = scenario.reservations - tol

    state = np.zeros((1, k))
    pace = 0.0
    steps: list[tuple[np.ndarray, np.ndarray]] = []  # (parent row, option) per point
    for j, table in enumerate(tables):
        if limit is not None and len(state) * len(table) > CANDIDATE_FACTOR * limit:
            raise ScenarioTooLargeError(
                f"the Pareto frontier would exceed {limit} packages: {len(state)} partial"
                f" packages after {j} of {n} points, {len(table)} options next;"
                " ask for nash, ks, egalitarian or welfare (solved by MILP) instead"
            )
        candidates = len(state) * len(table)
        if deadline is not None and (
            deadline.passed or pace * candidates**2 > deadline.end - time.monotonic()
        ):
            raise ScenarioTooLargeError(
                f"the Pareto frontier was not done within the time limit ({j} of {n} points);"
                " ask for nash, ks, egalitarian or welfare (solved by MILP), or allow more time"
            )
        rows, groups = [], []
        for choice in range(len(table)):
            moved = state + table[choice]
            ok = np.flatnonzero(np.all(moved + suffix[j + 1] >= floor, axis=1))
            rows.append(ok)
            groups.append(moved[ok])
        started = time.monotonic()
        kept = _merge_antichains(groups, tol)
        # seconds per candidate pair, to foresee whether the next point fits the deadline
        pace = max(pace, (time.monotonic() - started) / max(candidates, 1) ** 2)
        parent = np.concatenate([r[m] for r, m in zip(rows, kept, strict=True)])
        option = np.concatenate([np.full(int(m.sum()), o) for o, m in enumerate(kept)])
        state = np.concatenate([g[m] for g, m in zip(groups, kept, strict=True)])
        if len(state) == 0:
            return _empty(n, k)
        if limit is not None and len(state) > limit:
            raise ScenarioTooLargeError(
                f"the Pareto frontier exceeds {limit} packages after {j + 1} of {n} points;"
                " ask for nash, ks, egalitarian or welfare (solved by MILP) instead"
            )
        steps.append((parent, option))

    choices = np.empty((len(state), n), dtype=np.int64)
    row = np.arange(len(state))
    for j in range(n - 1, -1, -1):
        parent, option = steps[j]
        choices[:, j] = scenario.allowed[j][option[row]]
        row = parent[row]
    keys = [-state[:, i] for i in range(k - 1, -1, -1)]
    order = np.lexsort((*keys, -state.sum(axis=1)))
    return Packages(choices=choices[order], values=state[order])


def _merge_antichains(groups: list[np.ndarray], tol: float) -> list[np.ndarray]:
    """Keep-masks for the union of antichains: drop rows another group's row dominates.

    Rows equal within ``tol`` across groups keep the one of the lowest group.
    """
    kept = [np.ones(len(g), dtype=bool) for g in groups]
    for a, group in enumerate(groups):
        for b, other in enumerate(groups):
            if a == b or len(group) == 0 or len(other) == 0:
                continue
            kept[a] &= ~_dominated_by(group, other, tol, ties_lose=b < a)
    return kept


def _dominated_by(rows: np.ndarray, others: np.ndarray, tol: float, ties_lose: bool) -> np.ndarray:
    """For each row: does some row of ``others`` dominate it (or equal it, if ties lose)?"""
    if len(rows) * len(others) <= _PAIRWISE_CELLS:
        return _dominated_pairwise(rows, others, tol, ties_lose)
    # Orthant query as a Chebyshev ball: a cube whose lower corner is row - tol and
    # whose far side lies beyond every point. The nearest point to the cube's centre
    # is the "most dominating" one, so near-equal hits are rare and checked exactly.
    top = np.maximum(rows.max(axis=0), others.max(axis=0))
    radius = 0.5 * (float((top - rows).max()) + 2 * tol) * 1.01 + tol
    dist, hit = cKDTree(others).query(
        rows - tol + radius, k=1, p=np.inf, distance_upper_bound=radius
    )
    found = np.isfinite(dist)
    if ties_lose:
        return found
    where = np.flatnonzero(found)
    equal = np.all(np.abs(others[hit[where]] - rows[where]) <= tol, axis=1)
    unsure = where[equal]
    if len(unsure):
        found[unsure] = _dominated_pairwise(rows[unsure], others, tol, ties_lose=False)
    return found


def _dominated_pairwise(
    rows: np.ndarray, others: np.ndarray, tol: float, ties_lose: bool
) -> np.ndarray:
    weak = np.ones((len(rows), len(others)), dtype=bool)
    strict = np.zeros((len(rows), len(others)), dtype=bool)
    for d in range(rows.shape[1]):
        col = others[:, d][None, :]
        weak &= col >= (rows[:, d] - tol)[:, None]
        if not ties_lose:
            strict |= col > (rows[:, d] + tol)[:, None]
    return np.asarray((weak if ties_lose else weak & strict).any(axis=1))


def _empty(n: int, k: int) -> Packages:
    return Packages(choices=np.empty((0, n), dtype=np.int64), values=np.empty((0, k)))
