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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from parley.analysis.defaults import DEFAULT_TIME_LIMIT
from parley.analysis.frontier import Packages, pareto_frontier
from parley.analysis.program import Outcome, PackageProgram
from parley.analysis.relaxation import (
    LISTED_STEP,
    TARGET_STEP,
    Bound,
    Deadline,
    Found,
    ReducedSolve,
    Relaxation,
    Within,
    descend_within,
    enumerate_within,
    search,
)
from parley.analysis.scenario import Scenario
from parley.errors import ScenarioTooLargeError

Row = tuple[np.ndarray, float, float]

CRITERIA = ("nash", "ks", "egalitarian", "welfare")
# The frontier is used when its DP stays below this many partial packages.
FRONTIER_LIMIT = 20_000
# Outer approximation of Nash stops when log(upper bound) - log(achieved) is below this.
NASH_LOG_GAP = 1e-7
NASH_MAX_ROUNDS = 60
# The most one HiGHS call may take of the analysis's budget (DEFAULT_TIME_LIMIT by default).
STAGE_TIME = 10.0
# A level whose proven gap is at most this counts as proved (HiGHS's absolute gap is 1e-6).
MAXMIN_PROVED = 1e-6
# Kalai-Smorodinsky's shares of the ideal gains are at most 1: targets step below the bound
# by parts of the bound itself, down to this unit.
SHARE_UNIT = 1e-3
# Kalai-Smorodinsky's ideal point gets this share of its criterion's time.
IDEAL_SHARE = 0.3
# A max-min search's incumbent round: this share of its time descends depth first
# (descend_within), the rest goes to HiGHS.
DESCENT_SHARE = 1.0


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
        self,
        scenario: Scenario,
        frontier: Packages | None = None,
        *,
        method: str = "auto",
        time_limit: float | None = DEFAULT_TIME_LIMIT,
        deadline: Deadline | None = None,
    ):
        """``time_limit`` (seconds, None for none) bounds every solve of this solver together;
        past it each criterion returns the best package found with its proven gap.
        """
        if method not in ("auto", "frontier", "milp"):
            raise ValueError(f"unknown method {method!r}")
        self.scenario = scenario
        self.method = method
        self.deadline = deadline or Deadline(time_limit)
        self.stage_time = STAGE_TIME
        self._frontier = frontier
        self._relax: Relaxation | None = None
        self._known: list[tuple[int, ...]] | None = None  # a rational package, once found
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
                self._frontier = pareto_frontier(self.scenario, limit=limit, deadline=self.deadline)
            except ScenarioTooLargeError:
                self._frontier = None
        return self._frontier

    def feasible(self) -> bool:
        front = self.frontier()
        if front is not None:
            return len(front) > 0
        if self._known is None:
            out = self._model().solve(np.zeros(self._model().size), self._model().rational_rows())
            self._known = [] if out is None else [_pareto_polish(self.scenario, out.package)]
        return bool(self._known)

    def _starts(
        self, rounded: tuple[int, ...], weights: np.ndarray, *, linear: bool = False
    ) -> list[tuple[int, ...]]:
        """Packages to start a search from: the rounded relaxation, the same repaired into a
        rational package (losing as little of ``weights @ values`` as it can, then, for a
        ``linear`` criterion ``weights @ gains``, raising it), and any rational one known."""
        starts = [_pareto_polish(self.scenario, rounded)]
        if self._known is None and self._rational(starts[0]) is not None:
            self._known = [starts[0]]
        if self._rational(rounded) is None or linear:
            repaired = _repair(self.scenario, rounded, weights, improve=linear)
            if repaired is not None:
                starts.append(_pareto_polish(self.scenario, repaired))
                if self._known is None:
                    self._known = [starts[-1]]
        self.feasible()  # finds a rational package once, so every search has one to start
        return [*starts, *(self._known or [])]

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
                found = self._ideal_milp()
                if found is None:
                    return None
                self._ideal_found = found
                self._ideal, _, self._ideal_gap = found
        return self._ideal

    def _ideal_milp(self) -> tuple[np.ndarray, np.ndarray, float] | None:
        """Best gains found, their proven upper bounds, and the worst relative gap.

        A party whose favourite option at every point makes a rational package needs no
        solve. Every rational package met on the way raises the others' best gains found.
        The parties left share IDEAL_SHARE of the time left equally, so that a slow one
        cannot leave the others without time.
        """
        s = self.scenario
        k = len(s.parties)
        tol = s.tolerance
        found, bounds = np.full(k, -np.inf), np.full(k, np.inf)

        def seen(package: tuple[int, ...]) -> None:
            gains = self._rational(package)
            if gains is not None:
                np.maximum(found, gains, out=found)

        opts = _Options(s)
        for i in range(k):
            if any(len(a) == 0 for a in s.allowed):
                break
            # each point's first option with the party's largest value
            order = np.lexsort((-opts.values[:, i], opts.point))
            favourite = opts.package(order[opts.first])
            if self._rational(favourite) is not None:
                seen(favourite)
                bounds[i] = float(s.values_of(favourite)[i] - s.reservations[i])
        left = np.flatnonzero(~np.isfinite(bounds)).tolist()
        overall = self.deadline
        phase = Deadline(IDEAL_SHARE * (overall.end - time.monotonic()))
        try:
            for n, i in enumerate(left):
                if phase.passed:
                    # Out of time: the relaxation's bound, and the rational packages near it.
                    relaxed = self._relaxation().linear(np.eye(k)[i], overall)
                    if relaxed is None:
                        return None
                    for package in self._starts(relaxed[1], np.eye(k)[i], linear=True):
                        seen(package)
                    bounds[i] = relaxed[0].constant
                    continue
                self.deadline = Deadline(max(phase.end - time.monotonic(), 0.0) / (len(left) - n))
                best = self._linear(np.eye(k)[i])
                if best is None:
                    return None
                seen(best.package)
                for package in self._known or []:
                    seen(package)
                bounds[i] = best.upper
        finally:
            self.deadline = overall
        if not np.all(np.isfinite(found)):
            return None
        bounds = np.maximum(bounds, found)
        gaps = (bounds - found) / np.maximum(np.maximum(np.abs(bounds), np.abs(found)), tol)
        return found, bounds, float(gaps.max())

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
            ideal = self.ideal()
            assert ideal is not None  # the frontier is not empty
            can_gain = ideal > tol
            positive: np.ndarray = np.all(gains[:, can_gain] > tol, axis=1)
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
        if ideal is None:
            return None
        can_gain = ideal > self.scenario.tolerance
        if not can_gain.any():
            return None
        return gains[:, can_gain] / ideal[can_gain]

    # -- mixed-integer programs, on models reduced by the relaxation's bound -----

    def _relaxation(self) -> Relaxation:
        if self._relax is None:
            self._relax = Relaxation(self.scenario)
        return self._relax

    def _model(self, options: list[np.ndarray] | None = None) -> PackageProgram:
        if options is not None:
            return PackageProgram(self.scenario, options=options)
        if self._program is None:
            self._program = PackageProgram(self.scenario)
        return self._program

    def _rational(self, package: tuple[int, ...]) -> np.ndarray | None:
        """The package's gains, or None when it leaves some party below its reservation."""
        gains = self.scenario.values_of(package) - self.scenario.reservations
        return gains if np.all(gains >= -self.scenario.tolerance) else None

    def _search(
        self,
        bound: Bound,
        evaluate: Callable[[tuple[int, ...]], float],
        solve_within: ReducedSolve,
        starts: list[tuple[int, ...]],
        growth: float = TARGET_STEP,
        last: bool = False,
        scale: float = 1.0,
    ) -> Found | None:
        """``scale``: the criterion's unit (1 for gains; shares of an ideal gain are below 1)."""
        slack = 1e-9 * max(1.0, abs(bound.constant))
        return search(
            bound, evaluate, solve_within, starts, self.deadline, scale=scale, slack=slack,
            growth=growth, incumbent_last=last,
        )  # fmt: skip

    def _linear(self, objective: np.ndarray) -> Found | None:
        """The rational package maximising ``objective @ gains``, by reduced models."""
        relaxed = self._relaxation().linear(objective, self.deadline)
        if relaxed is None:
            return None
        bound, rounded = relaxed
        reserve = self.scenario.reservations

        def evaluate(package: tuple[int, ...]) -> float:
            gains = self._rational(package)
            return -math.inf if gains is None else float(objective @ gains)

        def within(options: list[np.ndarray], budget: float, target: float, limit: float) -> Within:
            stop = Deadline(limit)
            if math.isfinite(target) and math.isfinite(budget):
                k = len(reserve)
                listed = self._enumerated(
                    options, bound, budget, np.vstack([objective, np.eye(k)]),
                    np.concatenate([[target], np.full(k, -self.scenario.tolerance)]),
                    1, evaluate, stop,
                )  # fmt: skip
                if listed is not None:
                    return listed
            limit = stop.left()
            model = self._model(options)
            rows = model.rational_rows()
            if math.isfinite(budget):
                rows.append((model.cost_row(bound.costs), -np.inf, budget))
            if math.isfinite(target):
                shift = float(objective @ reserve)
                rows.append((objective @ model.weights, target + shift, np.inf))
            out = model.solve(
                objective @ model.weights, rows, time_limit=min(limit, self.stage_time)
            )
            shift = float(objective @ reserve)
            return _within(model, out, evaluate, lambda b: b - shift)

        return self._search(
            bound, evaluate, within, self._starts(rounded, objective, linear=True), LISTED_STEP
        )

    def _milp_welfare(self) -> Solution | None:
        found = self._linear(np.ones(len(self.scenario.parties)))
        if found is None:
            return None
        return self._solution("welfare", found.package, "milp", found.gap)

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
        ceiling = None if self._ideal_found is None else self._ideal_found[1]
        return self._max_min("ks", scale, ceiling)

    def _milp_welfare_as(self, criterion: str, note: str = "") -> Solution | None:
        sol = self._milp_welfare()
        if sol is None:
            return None
        return Solution(
            criterion, sol.package, sol.values, sol.gains, "milp", sol.gap, (note,) if note else ()
        )

    def _max_min(
        self, criterion: str, scale: np.ndarray, ceiling: np.ndarray | None = None
    ) -> Solution | None:
        """Maximise t with gain_i / scale_i >= t, then the total of those shares at that t.

        ``ceiling``, when the scales are only known from below (Kalai-Smorodinsky's ideal
        gains found, not proved), holds their proven upper bounds: the true criterion of a
        package is at least its smallest gain / ceiling, and the true optimum at most the
        bound computed with the scales found (larger scales only lower the shares).
        """
        relaxed = self._relaxation().max_min(scale, self.deadline)
        if relaxed is None:
            return None
        bound, rounded, _ = relaxed
        reserve = self.scenario.reservations
        counted = np.flatnonzero(np.isfinite(scale))
        k = len(reserve)
        tol = self.scenario.tolerance

        def evaluate(package: tuple[int, ...]) -> float:
            gains = self._rational(package)
            return -math.inf if gains is None else float((gains[counted] / scale[counted]).min())

        def share_rows(model: PackageProgram, level: float, extra: int) -> list[Row]:
            rows = model.rational_rows(extra=extra)
            for i in counted.tolist():
                a = model.gain_row(i, float(scale[i]), extra=extra)
                if extra:
                    a[-1] = -1.0
                rows.append((a, float(reserve[i] / scale[i]) + level, np.inf))
            return rows

        def listed_rows(target: float) -> tuple[np.ndarray, np.ndarray]:
            """Rows and floors of the packages reaching ``target``, for listing them."""
            shares = np.diag(1.0 / np.where(np.isfinite(scale), scale, 1.0))[counted]
            # rationality: implied by a share >= target >= 0 for the parties counted
            others = np.eye(k)[np.setdiff1d(np.arange(k), counted) if target >= 0 else np.arange(k)]
            floors = np.concatenate([np.full(len(counted), target), np.full(len(others), -tol)])
            return np.vstack([shares, others]), floors

        def within(options: list[np.ndarray], budget: float, target: float, limit: float) -> Within:
            stop = Deadline(limit)
            if math.isfinite(target) and math.isfinite(budget):
                mix, floors = listed_rows(target)
                listed = self._enumerated(
                    options, bound, budget, mix, floors, len(counted), evaluate, stop
                )
                # Where listing gives up, so would HiGHS in the time: the time left goes to
                # the incumbent round instead (the search's incumbent_last).
                return listed or Within(None, -math.inf, math.inf, False)
            found = Within(None, -math.inf, math.inf, False)
            if math.isfinite(budget) and DESCENT_SHARE > 0:
                # The incumbent round: every package reaching the level the budget allows,
                # depth first (cheapest first), the level rising with each package found.
                mix, floors = listed_rows(bound.constant - budget)
                descended = descend_within(
                    self.scenario, options, bound.costs, budget, mix, floors,
                    Deadline(limit * DESCENT_SHARE), criterion_rows=len(counted),
                    paired=len(counted) if len(counted) > 1 else 0, budget_follows=True,
                )  # fmt: skip
                package = descended.package
                value = -math.inf if package is None else evaluate(package)
                if descended.complete:
                    return Within(package, value, value, True)
                found = Within(package, value, math.inf, False)
                if DESCENT_SHARE >= 1 or stop.passed:
                    return found
            limit = stop.left()
            model = self._model(options)
            rows = share_rows(model, 0.0, 1)
            if math.isfinite(budget):
                rows.append((model.cost_row(bound.costs, extra=1), -np.inf, budget))
            top = bound.constant + 1.0
            low = target if math.isfinite(target) else -_big(model)
            span = (np.array([low]), np.array([top]))
            objective = np.zeros(model.size + 1)
            objective[-1] = 1.0
            out = model.solve(
                objective, rows, extra=1, extra_bounds=span,
                time_limit=min(limit, self.stage_time),
            )  # fmt: skip
            solved = _within(model, out, evaluate, lambda b: b)
            if found.package is not None and found.value > solved.value:
                return Within(found.package, found.value, solved.upper, solved.complete)
            return solved

        def proven(package: tuple[int, ...], found: Found) -> float:
            if ceiling is None:
                return found.gap
            gains = self.scenario.values_of(package) - reserve
            low = float((gains[counted] / ceiling[counted]).min())
            return Found(package, low, max(found.upper, low)).gap

        weights = np.where(np.isfinite(scale), 1.0 / np.where(np.isfinite(scale), scale, 1.0), 0.0)
        found = self._search(
            bound, evaluate, within, self._starts(rounded, weights), LISTED_STEP, last=True,
            scale=SHARE_UNIT if ceiling is not None else 1.0,
        )  # fmt: skip
        if found is None:
            return None
        if found.gap > MAXMIN_PROVED or self.deadline.passed:
            # The level is not proved, so breaking its ties means nothing: polish instead.
            package = _pareto_polish(self.scenario, found.package)
            return self._solution(criterion, package, "milp", proven(package, found))
        # Second stage: among packages reaching that level, the largest total share. They
        # all lie in the model reduced for that level.
        level = found.value
        slack = 1e-9 * max(1.0, abs(level))
        model = self._model(bound.alive(level - slack, slack))
        rows = share_rows(model, level - slack, 0)
        rows.append((model.cost_row(bound.costs), -np.inf, bound.constant - level + 2 * slack))
        share_total = sum(model.gain_row(int(i), float(scale[i])) for i in counted)
        second = model.solve(
            np.asarray(share_total), rows, time_limit=self.deadline.left(self.stage_time)
        )
        package = found.package
        if second is not None and evaluate(second.package) >= level - slack:
            package = second.package
        return self._solution(criterion, package, "milp", proven(package, found))

    def _milp_nash(self) -> Solution | None:
        # Nash needs only who can gain and an upper bound on each gain (to scale gains into
        # (0, 1]): the relaxation's bound on each party's best gain will do. A party that can
        # gain in the relaxation but in no package leaves every package without a positive
        # product, which the search below finds out (and max total is shown).
        k = len(self.scenario.parties)
        ideal = np.zeros(k)
        for i in range(k):
            relaxed_best = self._relaxation().linear(np.eye(k)[i], self.deadline)
            if relaxed_best is None:
                return None
            ideal[i] = relaxed_best[0].constant
        tol = self.scenario.tolerance
        who = np.flatnonzero(ideal > tol)
        if len(who) == 0:
            return self._milp_welfare_as("nash", "no party can gain; max total shown")
        relaxed = self._relaxation().nash(who, ideal, self.deadline)
        if relaxed is None:
            return self._milp_welfare_as(
                "nash", "degenerate: every package leaves a party without gain; max total shown"
            )
        bound, rounded = relaxed
        reserve = self.scenario.reservations

        def evaluate(package: tuple[int, ...]) -> float:
            gains = self._rational(package)
            if gains is None or np.any(gains[who] <= tol):
                return -math.inf
            return float(np.log(gains[who]).sum())

        def within(options: list[np.ndarray], budget: float, target: float, limit: float) -> Within:
            model = self._model(options)
            extra_rows = []
            if math.isfinite(budget):
                extra_rows.append((bound.costs, budget))
            return _nash_within(
                model, who, ideal, reserve, extra_rows, evaluate,
                Deadline(min(limit, self.stage_time)),
            )  # fmt: skip

        weights = np.zeros(k)
        weights[who] = 1.0 / ideal[who]
        found = self._search(bound, evaluate, within, self._starts(rounded, weights))
        if found is None:
            return self._milp_welfare_as(
                "nash", "degenerate: every package leaves a party without gain; max total shown"
            )
        gap = max(0.0, 1.0 - math.exp(found.value - found.upper))
        return self._solution("nash", found.package, "milp", gap)

    # -- shared ----------------------------------------------------------------

    def _enumerated(
        self,
        options: list[np.ndarray],
        bound: Bound,
        budget: float,
        rows: np.ndarray,
        floors: np.ndarray,
        criterion_rows: int,
        evaluate: Callable[[tuple[int, ...]], float],
        stop: Deadline,
    ) -> Within | None:
        """A reduced model solved by listing its packages (:func:`enumerate_within`), when
        there are few enough; None when it gave up (a solver takes over)."""
        listed = enumerate_within(
            self.scenario, options, bound.costs, budget, rows, floors, stop,
            criterion_rows=criterion_rows, paired=criterion_rows if criterion_rows > 1 else 0,
        )  # fmt: skip
        if not listed.complete:
            return None
        if listed.package is None:
            return Within(None, -math.inf, -math.inf, True)
        value = evaluate(listed.package)
        return Within(listed.package, value, value, True)

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


def _big(model: PackageProgram) -> float:
    """A bound on any gain's magnitude, for free columns."""
    return float(np.abs(model.weights).sum() + np.abs(model.scenario.reservations).sum() + 1.0)


def _within(
    model: PackageProgram,
    out: Outcome | None,
    evaluate: Callable[[tuple[int, ...]], float],
    to_criterion: Callable[[float], float],
) -> Within:
    """A reduced model's outcome in the criterion's terms."""
    if out is None:
        # Proved empty, or stopped before finding any package (bound unknown).
        return Within(None, -math.inf, -math.inf if model.last_complete else math.inf,
                      model.last_complete)  # fmt: skip
    return Within(out.package, evaluate(out.package), to_criterion(out.bound), out.complete)


def _nash_within(
    model: PackageProgram,
    who: np.ndarray,
    ideal: np.ndarray,
    reserve: np.ndarray,
    budgets: Sequence[tuple[Sequence[np.ndarray], float]],
    evaluate: Callable[[tuple[int, ...]], float],
    deadline: Deadline,
) -> Within:
    """Maximise sum log gain over ``who`` in a model by outer approximation.

    Tangent cuts over-estimate each log, so the MILP bound is an upper bound on the
    optimum and the true log-sum of its package a lower bound; cuts are added at each new
    package until the two meet. Gains are scaled by ``ideal`` (an upper bound on each).
    """
    tol = model.scenario.tolerance
    k = len(who)
    scale_log = float(np.log(ideal[who]).sum())
    floor = np.array([max(2 * tol, model.margin) / ideal[i] for i in who])
    bounds = (np.log(floor), np.zeros(k))
    base = model.rational_rows(extra=k)
    for c, i in enumerate(who):
        a = model.gain_row(i, float(ideal[i]), extra=k)
        base.append((a, float(reserve[i] / ideal[i]) + floor[c], np.inf))
    for costs, budget in budgets:
        base.append((model.cost_row(costs, extra=k), -np.inf, budget))
    cuts: list[Row] = []

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
    best_pkg: tuple[int, ...] | None = None
    best = -math.inf
    upper = math.inf
    complete = False
    for _ in range(NASH_MAX_ROUNDS):
        if deadline.passed:
            break
        out = model.solve(
            objective, base + cuts, extra=k, extra_bounds=bounds, time_limit=deadline.left()
        )
        if out is None:
            if model.last_complete and best_pkg is None:
                return Within(None, -math.inf, -math.inf, True)
            complete = model.last_complete
            break
        upper = min(upper, out.bound + scale_log)
        value = evaluate(out.package)
        if value > best:
            best_pkg, best = out.package, value
        if not out.complete:
            break
        if upper - best <= NASH_LOG_GAP:
            complete = True
            break
        gains = model.scenario.values_of(out.package)[who] - reserve[who]
        if np.any(gains <= tol):
            break  # only within the solver's tolerance
        for c in range(k):
            add_cut(c, float(max(gains[c] / ideal[who[c]], floor[c])))
    return Within(best_pkg, best, upper, complete)


class _Options:
    """Every allowed option of a scenario as one row of values, for vectorised moves."""

    def __init__(self, scenario: Scenario) -> None:
        rows = scenario.option_rows
        self.point, self.option, self.values = rows.point, rows.option, rows.values
        self.first = np.searchsorted(self.point, np.arange(len(scenario.points)))

    def chosen(self, package: Sequence[int]) -> np.ndarray | None:
        """Row of each point's option in ``package``; None if one is not allowed."""
        out = np.empty(len(package), dtype=np.int64)
        for j, k in enumerate(package):
            start = int(self.first[j])
            stop = int(self.first[j + 1]) if j + 1 < len(self.first) else len(self.point)
            hit = np.flatnonzero(self.option[start:stop] == k)
            if len(hit) == 0:
                return None
            out[j] = start + int(hit[0])
        return out

    def package(self, chosen: np.ndarray) -> tuple[int, ...]:
        return tuple(int(o) for o in self.option[chosen])


def _repair(
    scenario: Scenario, package: tuple[int, ...], weights: np.ndarray, *, improve: bool = False
) -> tuple[int, ...] | None:
    """A rational package near ``package``, by single-point changes; None if none is found.

    Each step takes the change that most reduces the total shortfall below the
    reservations per unit of ``weights @ values`` lost (changes that lose nothing first),
    so a rounded relaxation turns into a rational package that keeps most of its value;
    then, if ``improve``, :func:`_improve` raises ``weights @ values`` keeping it rational.
    """
    tol = scenario.tolerance
    opts = _Options(scenario)
    chosen = opts.chosen(package)
    if chosen is None or len(chosen) == 0:
        return None
    at = opts.point
    values = opts.values
    gains = values[chosen].sum(axis=0) - scenario.reservations
    cheap = tol * 1e3
    for _ in range(min(4 * len(chosen) + 10, 2_000)):
        if np.all(gains >= -tol):
            break
        short = float(np.maximum(-gains, 0.0).sum())
        delta = values - values[chosen[at]]
        helped = short - np.maximum(-(gains + delta), 0.0).sum(axis=1)
        lost = np.maximum(-(delta @ weights), 0.0)
        key = np.where(helped > tol, helped / (lost + cheap), -np.inf)
        v = int(np.argmax(key))
        if not np.isfinite(key[v]):
            return None
        gains = gains + delta[v]
        chosen[at[v]] = v
    if not np.all(gains >= -tol):
        return None
    if not improve:
        return opts.package(chosen)
    return _improve(scenario, opts, chosen, gains, weights)


# Moves of two points are tried among this many best single moves.
PAIR_CANDIDATES = 64


def _improve(
    scenario: Scenario,
    opts: _Options,
    chosen: np.ndarray,
    gains: np.ndarray,
    weights: np.ndarray,
) -> tuple[int, ...]:
    """Raise ``weights @ gains`` by changes of one or two points that keep every party
    rational, best first, until none helps (gains must be rational to start)."""
    tol = scenario.tolerance
    at, values = opts.point, opts.values
    for _ in range(min(4 * len(chosen) + 10, 2_000)):
        delta = values - values[chosen[at]]
        better = delta @ weights
        after = gains + delta
        single = np.where(np.all(after >= -tol, axis=1) & (better > tol), better, -np.inf)
        v = int(np.argmax(single))
        if np.isfinite(single[v]):
            gains = after[v]
            chosen[at[v]] = v
            continue
        top = np.argsort(-better)[:PAIR_CANDIDATES]
        top = top[better[top] > tol]
        if len(top) == 0:
            break
        pair_gain = better[top][:, None] + better[None, :]
        pair_after = gains + delta[top][:, None, :] + delta[None, :, :]
        ok = (
            np.all(pair_after >= -tol, axis=2)
            & (at[top][:, None] != at[None, :])
            & (pair_gain > tol)
        )
        pair_gain = np.where(ok, pair_gain, -np.inf)
        a, b = np.unravel_index(int(np.argmax(pair_gain)), pair_gain.shape)
        if not np.isfinite(pair_gain[a, b]):
            break
        v, w = int(top[a]), int(b)
        gains = pair_after[a, b]
        chosen[at[v]] = v
        chosen[at[w]] = w
    return opts.package(chosen)


def _pareto_polish(scenario: Scenario, package: tuple[int, ...]) -> tuple[int, ...]:
    """Apply single-point changes that leave no party worse and some better, until none.

    Such a change cannot lower anyone's gain, so the package keeps its level and stays
    individually rational; the result is at least not dominated by a one-point change.
    Changes at different points add up, so each pass makes the best one at every point.
    """
    tol = scenario.tolerance
    opts = _Options(scenario)
    chosen = opts.chosen(package)
    if chosen is None:
        return package  # an option no red line allows: left to the caller
    at, values = opts.point, opts.values
    for _ in range(len(at) + 1):
        delta = values - values[chosen[at]]
        total = delta.sum(axis=1)
        better = np.flatnonzero(np.all(delta >= 0, axis=1) & (total > tol))
        if len(better) == 0:
            break
        # per point, the change adding most in total
        order = better[np.argsort(-total[better], kind="stable")]
        _, first = np.unique(at[order], return_index=True)
        best = order[first]
        chosen[at[best]] = best
    return opts.package(chosen)


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
