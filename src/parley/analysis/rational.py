"""Listing the individually rational packages (when there are few enough).

Enumerates packages point by point, dropping partial packages that can no
longer reach some party's reservation even with that party's best remaining
options (exact), so only the rational packages and their ancestors are held.
"""

from __future__ import annotations

import numpy as np

from parley.analysis.frontier import Packages
from parley.analysis.scenario import Scenario
from parley.errors import ScenarioTooLargeError

DEFAULT_LIMIT = 1 << 20


def individually_rational(scenario: Scenario, *, limit: int = DEFAULT_LIMIT) -> Packages:
    """Every individually rational package (as :class:`Packages` rows, by decreasing total).

    Raises :class:`~parley.errors.ScenarioTooLargeError` when more than
    ``limit`` partial packages would have to be held.
    """
    tol = scenario.tolerance
    k = len(scenario.parties)
    tables = [t[a] for t, a in zip(scenario.tables, scenario.allowed, strict=True)]
    n = len(tables)
    if any(len(t) == 0 for t in tables):
        return Packages(np.empty((0, n), dtype=np.int64), np.empty((0, k)))
    best = np.array([t.max(axis=0) for t in tables])
    suffix = np.vstack([np.cumsum(best[::-1], axis=0)[::-1], np.zeros((1, k))])
    floor = scenario.reservations - tol
    values = np.zeros((1, k))
    choices = np.zeros((1, 0), dtype=np.int64)
    for j, table in enumerate(tables):
        m = len(table)
        if len(values) * m > limit:
            raise ScenarioTooLargeError(
                f"more than {limit} partial packages to enumerate after {j} of {n} points"
            )
        cand = (values[:, None, :] + table[None, :, :]).reshape(-1, k)
        ok = np.flatnonzero(np.all(cand + suffix[j + 1] >= floor, axis=1))
        parent, option = ok // m, ok % m
        values = cand[ok]
        choices = np.hstack([choices[parent], scenario.allowed[j][option][:, None]])
    order = np.argsort(-values.sum(axis=1), kind="stable")
    return Packages(choices=choices[order], values=values[order])


def count_individually_rational(scenario: Scenario, *, limit: int = DEFAULT_LIMIT) -> int | None:
    """How many packages are individually rational; None when too many to enumerate."""
    try:
        return len(individually_rational(scenario, limit=limit))
    except ScenarioTooLargeError:
        return None
