"""How robust a recommended package is when the values are somewhat off.

Values derived from the record are estimates. :func:`robustness` draws
``samples`` scenarios in which every value ``v`` is replaced by
``v * (1 + u)``, ``u`` uniform in ``[-pct, +pct]`` (independently per party,
point and option; reservations stay as given), seeded and reproducible, and
reports for each solution package how often it stays

* individually rational (worth its reservation to every party),
* Pareto-efficient (no candidate package is at least as good for all and better
  for one), and
* the package its criterion picks;

and, for the samples where it is not picked, on which points the package picked
instead differs from it (the points whose values decide it). With a draft it
reports how likely each party is to accept the draft (its value at least the
reservation).

A party may give its own range for any value (``"ranges"`` in the scenario);
those values are drawn uniformly within their range instead.

The comparisons run over a candidate pool: every package when there are at most
``EXACT_LIMIT`` of them (exact), otherwise the nominal Pareto frontier plus each
solution package and its one-point changes (the result says which). Everything
is vectorised over samples with numpy, in batches.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np

from parley.analysis.defaults import DEFAULT_SAMPLES, DEFAULT_SEED
from parley.analysis.frontier import Packages
from parley.analysis.scenario import Scenario
from parley.analysis.solutions import Solution

EXACT_LIMIT = 50_000
BATCH_CELLS = 20_000_000  # samples x candidates x parties per batch


@dataclass(frozen=True)
class Stability:
    """How one solution package fares across the samples (shares in [0, 1])."""

    criterion: str
    package: tuple[int, ...]
    rational: float
    efficient: float
    chosen: float
    deciding: tuple[tuple[str, float], ...]  # (point id, share of the losses it differs on)


@dataclass(frozen=True)
class Robustness:
    pct: float
    samples: int
    seed: int
    pool: int  # candidate packages compared
    exact: bool  # the pool is every package
    stability: dict[str, Stability]
    acceptance: dict[str, float] | None  # party -> share of samples accepting the draft


def robustness(
    scenario: Scenario,
    solutions: dict[str, Solution | None],
    *,
    pct: float,
    samples: int = DEFAULT_SAMPLES,
    seed: int = DEFAULT_SEED,
    frontier: Packages | None = None,
    draft: tuple[int, ...] | None = None,
) -> Robustness:
    """Stability of each solution package under values off by up to ``pct`` percent."""
    rng = np.random.default_rng(seed)
    spans = value_ranges(scenario, pct)
    pool, exact = _pool(scenario, solutions, frontier)
    packages = {c: s.package for c, s in solutions.items() if s is not None}
    index = {p: k for k, p in enumerate(map(tuple, pool.tolist()))}
    k = len(scenario.parties)
    counts = {c: np.zeros(3) for c in packages}
    differs = {c: np.zeros(len(scenario.points)) for c in packages}
    accept = np.zeros(k)
    batch = max(1, BATCH_CELLS // max(1, len(pool) * k))
    done = 0
    while done < samples:
        n = min(batch, samples - done)
        # one draw per (sample, point, option, party), in a fixed order: reproducible
        drawn = [rng.uniform(low, high, size=(n, *low.shape)) for low, high in spans]
        values = np.zeros((n, len(pool), k))
        for j in range(len(scenario.points)):
            values += drawn[j][:, pool[:, j], :]
        gains = values - scenario.reservations
        rational = np.all(gains >= -scenario.tolerance, axis=2)  # (n, pool)
        picks = _picks(gains, rational, scenario.tolerance)
        for criterion, package in packages.items():
            at = index[package]
            own = gains[:, at, :]
            is_rational = rational[:, at]
            dominated = _dominated(own, gains, rational, scenario.tolerance)
            pick, optimal = picks[criterion]
            chosen = optimal[:, at]
            counts[criterion] += [is_rational.sum(), (is_rational & ~dominated).sum(), chosen.sum()]
            lost = np.flatnonzero(~chosen & (pick >= 0))
            if len(lost):
                winners = pool[pick[lost]]
                differs[criterion] += (winners != np.array(package)).sum(axis=0)
        if draft is not None:
            dv = sum(drawn[j][:, draft[j], :] for j in range(len(scenario.points)))
            accept += (dv - scenario.reservations >= -scenario.tolerance).sum(axis=0)
        done += n
    stability = {}
    for criterion, package in packages.items():
        rational_n, efficient_n, chosen_n = counts[criterion]
        losses = samples - chosen_n
        deciding: tuple[tuple[str, float], ...] = ()
        if losses > 0:
            shares = differs[criterion] / losses
            order = np.argsort(-shares, kind="stable")
            deciding = tuple(
                (scenario.points[j].id, float(shares[j])) for j in order if shares[j] > 0
            )[:5]
        stability[criterion] = Stability(
            criterion=criterion,
            package=package,
            rational=float(rational_n / samples),
            efficient=float(efficient_n / samples),
            chosen=float(chosen_n / samples),
            deciding=deciding,
        )
    acceptance = None
    if draft is not None:
        parties = zip(scenario.parties, accept, strict=True)
        acceptance = {p.id: float(a / samples) for p, a in parties}
    return Robustness(pct, samples, seed, len(pool), exact, stability, acceptance)


def value_ranges(scenario: Scenario, pct: float) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per point, (low, high) arrays (options x parties): a party's own range where its
    scenario gives one, else the value plus or minus ``pct`` percent of its size."""
    spread = pct / 100.0
    out = []
    for point, table in zip(scenario.points, scenario.tables, strict=True):
        low, high = table - np.abs(table) * spread, table + np.abs(table) * spread
        for i, party in enumerate(scenario.parties):
            for option, (lo, hi) in party.ranges.get(point.id, {}).items():
                k = point.options.index(option)
                low[k, i], high[k, i] = lo, hi
        out.append((low, high))
    return out


def has_ranges(scenario: Scenario) -> bool:
    return any(party.ranges for party in scenario.parties)


def _pool(
    scenario: Scenario, solutions: dict[str, Solution | None], frontier: Packages | None
) -> tuple[np.ndarray, bool]:
    """Candidate packages as rows of option indices, and whether that is every package."""
    if scenario.outcome_count <= EXACT_LIMIT:
        rows = np.array(list(itertools.product(*(a.tolist() for a in scenario.allowed))))
        return rows.reshape(-1, len(scenario.points)), True
    found: set[tuple[int, ...]] = set()
    if frontier is not None:
        found.update(map(tuple, frontier.choices.tolist()))
    for sol in solutions.values():
        if sol is None:
            continue
        found.add(sol.package)
        for j, allowed in enumerate(scenario.allowed):
            for o in allowed.tolist():
                found.add(sol.package[:j] + (int(o),) + sol.package[j + 1 :])
    return np.array(sorted(found)), False


def _picks(
    gains: np.ndarray, rational: np.ndarray, tol: float
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Per criterion: per sample the pool index it picks (-1 when nothing is rational), and
    which candidates are optimal for it (within rounding: ties are all optimal)."""
    total = gains.sum(axis=2)
    none = ~rational.any(axis=1)

    def best(primary: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        primary = np.where(rational, primary, -np.inf)
        top = primary.max(axis=1, keepdims=True)
        tied = (primary >= top - 1e-9 * np.maximum(1.0, np.abs(top))) & rational
        pick = np.argmax(np.where(tied, total, -np.inf), axis=1)
        return np.where(none, -1, pick), tied

    positive = np.where(gains > tol, gains, np.nan)
    with np.errstate(invalid="ignore", divide="ignore"):
        logs = np.nansum(np.log(positive), axis=2)
        logs = np.where(np.all(gains > tol, axis=2), logs, -np.inf)
        ideal = np.where(rational[:, :, None], gains, -np.inf).max(axis=1, keepdims=True)
        shares = np.where(ideal > tol, gains / np.where(ideal > tol, ideal, 1.0), np.inf)
    degenerate = ~np.isfinite(np.where(rational, logs, -np.inf).max(axis=1))
    nash = best(np.where(degenerate[:, None], total, logs))
    return {
        "nash": nash,
        "ks": best(shares.min(axis=2)),
        "egalitarian": best(gains.min(axis=2)),
        "welfare": best(total),
    }


def _dominated(own: np.ndarray, gains: np.ndarray, rational: np.ndarray, tol: float) -> np.ndarray:
    """Per sample, whether some rational candidate is at least as good for all, better for one."""
    ge = np.all(gains >= own[:, None, :] - tol, axis=2)
    gt = np.any(gains > own[:, None, :] + tol, axis=2)
    return np.any(ge & gt & rational, axis=1)
