"""Pareto improvements on a given package (a draft), as trades across points.

A trade changes some points of the draft. It is a Pareto improvement when no
party loses (within tolerance) and the total rises, so at least one party
gains. The nearest trades are found by a MILP that minimises the number of
changed points (ties: largest total gain). After each trade is found, a cut
forbids it and every trade containing it, so the next one is the next nearest
*minimal* trade: none of the trades listed contains another. Changed points
may only take options no red line excludes; unchanged points keep the draft's.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from parley.analysis.program import PackageProgram
from parley.analysis.scenario import Scenario


@dataclass(frozen=True)
class Change:
    point: str
    before: str
    after: str


@dataclass(frozen=True)
class Trade:
    """A Pareto-improving trade: its changes, the new package, each party's gain over the draft."""

    changes: tuple[Change, ...]
    package: tuple[int, ...]
    values: np.ndarray
    deltas: np.ndarray
    individually_rational: bool


@dataclass(frozen=True)
class Improvements:
    draft: tuple[int, ...]
    draft_values: np.ndarray
    draft_rational: bool
    pareto_optimal: bool  # no trade improves the draft
    trades: tuple[Trade, ...]


def improvements_from(
    scenario: Scenario, draft: tuple[int, ...], *, limit: int = 10
) -> Improvements:
    """The ``limit`` nearest minimal Pareto-improving trades from ``draft``."""
    if len(draft) != len(scenario.points):
        raise ValueError("a package needs one option per point")
    tol = scenario.tolerance
    k = len(scenario.parties)
    base = scenario.values_of(draft)
    model = PackageProgram(scenario, include=[{o} for o in draft])
    keep = np.zeros(model.size)
    for j, o in enumerate(draft):
        keep[model.index(j, o)] = 1.0
    # No party below the draft; the total above it by enough that some party gains.
    rows = [(model.gain_row(i), float(base[i]) - tol, np.inf) for i in range(k)]
    rows.append(
        (model.weights.sum(axis=0), float(base.sum()) + max(2 * k * tol, model.margin), np.inf)
    )
    # Lexicographic in one objective: fewer changes first (integers), then the total
    # gain scaled into (0, 0.5) so it can only break ties between equal change counts.
    spread = float(np.abs(model.weights).sum()) + 1.0
    objective = keep + 0.5 * model.weights.sum(axis=0) / (2 * spread)
    trades: list[Trade] = []
    while len(trades) < limit:
        out = model.solve(objective, rows)
        if out is None:
            break
        changed = [j for j in range(len(draft)) if out.package[j] != draft[j]]
        cut = np.zeros(model.size)
        for j in changed:
            cut[model.index(j, out.package[j])] = 1.0
        rows.append((cut, -np.inf, len(changed) - 1.0))
        trade = _trade(scenario, draft, out.package, changed, base)
        # Re-check in exact arithmetic what the solver only met within its tolerance.
        if np.all(trade.deltas >= -tol) and trade.deltas.sum() > k * tol:
            trades.append(trade)
    rational = bool(
        np.all(base >= scenario.reservations - tol) and not scenario.touches_red_line(draft)
    )
    return Improvements(
        draft=tuple(draft),
        draft_values=base,
        draft_rational=rational,
        pareto_optimal=not trades,
        trades=tuple(trades),
    )


def _trade(
    scenario: Scenario,
    draft: tuple[int, ...],
    package: tuple[int, ...],
    changed: list[int],
    base: np.ndarray,
) -> Trade:
    values = scenario.values_of(package)
    points = scenario.points
    tol = scenario.tolerance
    return Trade(
        changes=tuple(
            Change(points[j].id, points[j].options[draft[j]], points[j].options[package[j]])
            for j in changed
        ),
        package=tuple(package),
        values=values,
        deltas=values - base,
        individually_rational=bool(
            np.all(values >= scenario.reservations - tol) and not scenario.touches_red_line(package)
        ),
    )
