"""Bargaining solutions over the individually rational packages.

* ``nash``: maximise the product of gains (value minus reservation) of the
  parties that can gain at all; if every package leaves one of them at zero
  the product is 0 everywhere and the maximum-total package is returned;
* ``ks`` (Kalai-Smorodinsky): maximise the smallest share ``gain / best gain``
  (each party's best gain over the individually rational packages);
* ``egalitarian``: maximise the smallest gain;
* ``welfare``: maximise the total value.

Ties in the first criterion go to the larger total (normalised total for KS),
which makes every answer Pareto optimal. Each optimum lies on the Pareto
frontier, so when the frontier is small the criteria are evaluated on it
exactly. Otherwise they are solved as mixed-integer programs with HiGHS; Nash's
concave objective (sum of log gains) is handled by outer approximation: tangent
cuts over-estimate each log, the MILP bound is an upper bound on the optimum,
the true log-product of its package a lower bound; cuts are added at each new
package until the two meet. ``gap`` reports the proven relative shortfall
(``1 - achieved / upper bound`` of the criterion, 0 when proved optimal).
"""

from __future__ import annotations

import math
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from parley.analysis.frontier import Packages, pareto_frontier
from parley.analysis.program import MIP_REL_GAP, PackageProgram
from parley.analysis.scenario import Scenario
from parley.errors import ScenarioTooLargeError

CRITERIA = ("nash", "ks", "egalitarian", "welfare")
# The frontier is used when its DP stays below this many partial packages.
FRONTIER_LIMIT = 20_000
# Outer approximation of Nash stops when log(upper bound) - log(achieved) is below this.
NASH_LOG_GAP = 1e-7
NASH_MAX_ROUNDS = 60
NASH_TIME = 30.0
# Max-min programs (egalitarian, KS) are flat and HiGHS closes their last percent very
# slowly (200 x 8: about 400 s to prove the optimum); the level gets this many seconds and
# the proven gap is reported. The tie-break stage runs only when the level is proved.
MAXMIN_TIME = 2.0
IDEAL_TIME = 5.0
# A level whose proven gap is at most this counts as proved (HiGHS's absolute gap is 1e-6).
MAXMIN_PROVED = 1e-6
# The ideal's programs are independent and HiGHS releases the GIL: solved this many at a time.
IDEAL_THREADS = 2


@dataclass(frozen=True)
class Solution:
    """A package chosen by one criterion."""

    criterion: str
    package: tuple[int, ...]
    values: np.ndarray
    gains: np.ndarray
    method: str  # "frontier" (exact enumeration of the frontier) or "milp"
    gap: float = 0.0
    notes: tuple[str, ...] = field(default=())

    def least_satisfied(self, scenario: Scenario) -> str:
        """The party with the smallest gain (the first listed on ties)."""
        return scenario.parties[int(np.argmin(self.gains))].id


class Solver:
    """Computes the solutions of one scenario, sharing the frontier or the MILP model."""

    def __init__(
        self, scenario: Scenario, frontier: Packages | None = None, *, method: str = "auto"
    ):
        if method not in ("auto", "frontier", "milp"):
            raise ValueError(f"unknown method {method!r}")
        self.scenario = scenario
        self.method = method
        self._frontier = frontier
        self._program: PackageProgram | None = None
        self._ideal: np.ndarray | None = None
        self._ideal_gap = 0.0
        self._ideal_found: tuple[np.ndarray, np.ndarray, float] | None = None
        self._tried_frontier = frontier is not None

    # -- public ---------------------------------------------------------------

    def frontier(self) -> Packages | None:
        """The exact frontier if it is small enough (or was asked for), else None."""
        if not self._tried_frontier and self.method != "milp":
            self._tried_frontier = True
            limit = None if self.method == "frontier" else FRONTIER_LIMIT
            try:
                self._frontier = pareto_frontier(self.scenario, limit=limit)
            except ScenarioTooLargeError:
                self._frontier = None
        return self._frontier

    def feasible(self) -> bool:
        front = self.frontier()
        if front is not None:
            return len(front) > 0
        return (
            self._model().solve(np.zeros(self._model().size), self._model().rational_rows())
            is not None
        )

    def solve(self, criterion: str) -> Solution | None:
        """The package chosen by ``criterion``; None when no package is individually rational."""
        if criterion not in CRITERIA:
            raise ValueError(f"unknown criterion {criterion!r}; expected one of {CRITERIA}")
        front = self.frontier()
        if front is not None:
            return self._on_frontier(criterion, front)
        return getattr(self, f"_milp_{criterion}")()

    def ideal(self) -> np.ndarray | None:
        """Each party's best gain over the individually rational packages."""
        if self._ideal is None:
            front = self.frontier()
            if front is not None:
                if len(front) == 0:
                    return None
                self._ideal = (front.values - self.scenario.reservations).max(axis=0)
            else:
                found = self._ideal_milp(MIP_REL_GAP)
                if found is None:
                    return None
                self._ideal_found = found
                self._ideal, _, self._ideal_gap = found
        return self._ideal

    def _ideal_milp(self, rel_gap: float) -> tuple[np.ndarray, np.ndarray, float] | None:
        """Best gains found, their proven upper bounds, and the worst relative gap."""
        model = self._model()
        rows = model.rational_rows()
        reserve = self.scenario.reservations
        parties = range(len(self.scenario.parties))

        def best(i: int):
            return model.solve(model.gain_row(i), rows, rel_gap=rel_gap, time_limit=IDEAL_TIME)

        if len(parties) > 1 and IDEAL_THREADS > 1:
            with ThreadPoolExecutor(min(IDEAL_THREADS, len(parties))) as pool:
                outs = list(pool.map(best, parties))
        else:
            outs = [best(i) for i in parties]
        if any(out is None for out in outs):
            return None
        found = np.array([out.objective for out in outs]) - reserve
        bounds = np.array([out.bound for out in outs]) - reserve
        return found, bounds, max(out.gap for out in outs)

    # -- exact, on the frontier ----------------------------------------------

    def _on_frontier(self, criterion: str, front: Packages) -> Solution | None:
        if len(front) == 0:
            return None
        tol = self.scenario.tolerance
        gains = front.values - self.scenario.reservations
        total = gains.sum(axis=1)
        notes: tuple[str, ...] = ()
        if criterion == "welfare":
            primary, secondary, slack = total, total, tol
        elif criterion == "egalitarian":
            primary, secondary, slack = gains.min(axis=1), total, tol
        elif criterion == "ks":
            share = self._shares(gains)
            if share is None:
                primary, secondary, slack = total, total, tol
            else:
                primary, secondary, slack = share.min(axis=1), share.sum(axis=1), 1e-9
        else:
            can_gain = self.ideal() > tol
            positive = np.all(gains[:, can_gain] > tol, axis=1)
            if not positive.any():
                notes = ("degenerate: every package leaves a party without gain; max total shown",)
                primary, secondary, slack = total, total, tol
            else:
                logs = np.full(len(gains), -np.inf)
                logs[positive] = np.log(gains[positive][:, can_gain]).sum(axis=1)
                primary, secondary, slack = (
                    logs,
                    total,
                    1e-9 * max(1.0, float(np.abs(logs[positive]).max())),
                )
        best = primary.max()
        tied = np.flatnonzero(primary >= best - slack)
        row = int(tied[np.argmax(secondary[tied])])
        return self._solution(
            criterion, tuple(int(c) for c in front.choices[row]), "frontier", 0.0, notes
        )

    def _shares(self, gains: np.ndarray) -> np.ndarray | None:
        ideal = self.ideal()
        can_gain = ideal > self.scenario.tolerance
        if not can_gain.any():
            return None
        return gains[:, can_gain] / ideal[can_gain]

    # -- mixed-integer programs ------------------------------------------------

    def _model(self) -> PackageProgram:
        if self._program is None:
            self._program = PackageProgram(self.scenario)
        return self._program

    def _milp_welfare(self) -> Solution | None:
        model = self._model()
        out = model.solve(model.weights.sum(axis=0), model.rational_rows())
        if out is None:
            return None
        gap = _relative_gap(
            out.objective - self.scenario.reservations.sum(),
            out.bound - self.scenario.reservations.sum(),
        )
        return self._solution("welfare", out.package, "milp", gap)

    def _milp_egalitarian(self) -> Solution | None:
        return self._max_min("egalitarian", np.ones(len(self.scenario.parties)))

    def _milp_ks(self) -> Solution | None:
        ideal = self.ideal()
        if ideal is None:
            return None
        can_gain = ideal > self.scenario.tolerance
        if not can_gain.any():
            return self._milp_welfare_as("ks")
        scale = np.where(can_gain, ideal, np.inf)
        return self._max_min("ks", scale, self._ideal_gap)

    def _milp_welfare_as(self, criterion: str, note: str = "") -> Solution | None:
        sol = self._milp_welfare()
        if sol is None:
            return None
        return Solution(
            criterion, sol.package, sol.values, sol.gains, "milp", sol.gap, (note,) if note else ()
        )

    def _max_min(self, criterion: str, scale: np.ndarray, gap: float = 0.0) -> Solution | None:
        """Maximise t with gain_i / scale_i >= t, then the total of those shares at that t."""
        model = self._model()
        rows = model.rational_rows(extra=1)
        reserve = self.scenario.reservations
        counted = np.isfinite(scale)
        for i in np.flatnonzero(counted):
            a = model.gain_row(i, float(scale[i]), extra=1)
            a[-1] = -1.0
            rows.append((a, float(reserve[i] / scale[i]), np.inf))
        big = float(np.abs(model.weights).sum() + np.abs(reserve).sum() + 1.0)
        span = (np.array([-big]), np.array([big]))
        objective = np.zeros(model.size + 1)
        objective[-1] = 1.0
        first = model.solve(objective, rows, extra=1, extra_bounds=span, time_limit=MAXMIN_TIME)
        if first is None:
            return None
        level = first.objective
        if first.gap > MAXMIN_PROVED:
            # The level is not the optimum, so breaking its ties means nothing, and on large
            # plans HiGHS finds no other package at that level in seconds: polish instead.
            package = _pareto_polish(self.scenario, first.package)
            return self._solution(criterion, package, "milp", max(gap, first.gap))
        # Second stage: among packages reaching that level, the largest total share.
        rows2 = model.rational_rows()
        share_total = np.zeros(model.size)
        slack = 1e-9 * max(1.0, abs(level))
        for i in np.flatnonzero(counted):
            a = model.gain_row(i, float(scale[i]))
            rows2.append((a, float(reserve[i] / scale[i]) + level - slack, np.inf))
            share_total += a
        second = model.solve(share_total, rows2, time_limit=MAXMIN_TIME)
        package = second.package if second is not None else first.package
        return self._solution(criterion, package, "milp", max(gap, first.gap))

    def _milp_nash(self) -> Solution | None:
        # Nash needs only who can gain and an upper bound on each gain (to scale
        # gains into (0, 1]), so a loose ideal will do.
        found = self._ideal_found or self._ideal_milp(1e-4)
        if found is None:
            return None
        achieved, ideal, _ = found
        tol = self.scenario.tolerance
        who = np.flatnonzero(achieved > tol)
        if len(who) == 0:
            return self._milp_welfare_as("nash", "no party can gain; max total shown")
        deadline = time.monotonic() + NASH_TIME
        model = self._model()
        reserve = self.scenario.reservations
        k = len(who)
        # Columns z_c <= log(gain_c / ideal_c); gains are scaled to (0, 1].
        floor = np.array([max(2 * tol, model.margin) / ideal[i] for i in who])
        bounds = (np.log(floor), np.zeros(k))
        base = model.rational_rows(extra=k)
        for c, i in enumerate(who):
            a = model.gain_row(i, float(ideal[i]), extra=k)
            base.append((a, float(reserve[i] / ideal[i]) + floor[c], np.inf))
        cuts: list[tuple[np.ndarray, float, float]] = []

        def add_cut(c: int, at: float) -> None:
            # z_c <= log(at) + h/at - 1 with h = (value - reservation) / ideal
            i = who[c]
            a = -model.gain_row(i, float(ideal[i]) * at, extra=k)
            a[model.size + c] = 1.0
            cuts.append((a, -np.inf, math.log(at) - 1.0 - float(reserve[i] / (ideal[i] * at))))

        for c in range(k):
            for at in np.geomspace(1.0, max(floor[c], 1e-4), 12):
                add_cut(c, float(at))
        objective = np.concatenate([np.zeros(model.size), np.ones(k)])
        best_package, best_log, upper = None, -np.inf, np.inf
        for _ in range(NASH_MAX_ROUNDS):
            left = deadline - time.monotonic()
            if left <= 0:
                break
            out = model.solve(objective, base + cuts, extra=k, extra_bounds=bounds, time_limit=left)
            if out is None:
                break
            upper = min(upper, out.bound)
            shares = (self.scenario.values_of(out.package)[who] - reserve[who]) / ideal[who]
            if np.any(shares * ideal[who] <= tol):
                break  # only within the solver's tolerance: no package gives all a gain
            log_product = float(np.log(shares).sum())
            if log_product > best_log:
                best_package, best_log = out.package, log_product
            if upper - best_log <= NASH_LOG_GAP:
                break
            for c in range(k):
                add_cut(c, float(max(shares[c], floor[c])))
        if best_package is None:
            return self._milp_welfare_as(
                "nash", "degenerate: every package leaves a party without gain; max total shown"
            )
        gap = max(0.0, 1.0 - math.exp(best_log - upper)) if math.isfinite(upper) else 1.0
        return self._solution("nash", best_package, "milp", gap)

    # -- shared ----------------------------------------------------------------

    def _solution(
        self,
        criterion: str,
        package: tuple[int, ...],
        method: str,
        gap: float,
        notes: tuple[str, ...] = (),
    ) -> Solution:
        values = self.scenario.values_of(package)
        return Solution(
            criterion=criterion,
            package=package,
            values=values,
            gains=values - self.scenario.reservations,
            method=method,
            gap=float(gap),
            notes=notes,
        )


def _pareto_polish(scenario: Scenario, package: tuple[int, ...]) -> tuple[int, ...]:
    """Apply single-point changes that leave no party worse and some better, until none.

    Such a change cannot lower anyone's gain, so the package keeps its level and stays
    individually rational; the result is at least not dominated by a one-point change.
    """
    tol = scenario.tolerance
    choice = list(package)
    improved = True
    while improved:
        improved = False
        for j, table in enumerate(scenario.tables):
            for o in scenario.allowed[j].tolist():
                delta = table[o] - table[choice[j]]
                if np.all(delta >= 0) and delta.sum() > tol:
                    choice[j] = int(o)
                    improved = True
    return tuple(choice)


def _relative_gap(achieved: float, bound: float) -> float:
    if bound <= achieved:
        return 0.0
    return float((bound - achieved) / max(abs(bound), 1e-12))


def nash(scenario: Scenario, *, method: str = "auto") -> Solution | None:
    """The Nash bargaining solution (maximum product of gains)."""
    return Solver(scenario, method=method).solve("nash")


def kalai_smorodinsky(scenario: Scenario, *, method: str = "auto") -> Solution | None:
    """The Kalai-Smorodinsky solution (largest equal share of each party's best gain)."""
    return Solver(scenario, method=method).solve("ks")


def egalitarian(scenario: Scenario, *, method: str = "auto") -> Solution | None:
    """The egalitarian solution (maximum smallest gain)."""
    return Solver(scenario, method=method).solve("egalitarian")


def max_welfare(scenario: Scenario, *, method: str = "auto") -> Solution | None:
    """The package of maximum total value."""
    return Solver(scenario, method=method).solve("welfare")
