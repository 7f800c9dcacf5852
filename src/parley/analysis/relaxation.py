"""Bounds from the linear relaxation, and the reduced models they allow.

Every criterion parley optimises is bounded above, on the individually
rational packages, by a weighted sum of the parties' values plus a constant:

* a max-min criterion ``min_i (v_i - r_i) / s_i`` by ``sum_i l_i (v_i - r_i) / s_i``
  for any weights ``l`` on the simplex, plus ``sum_k n_k (v_k - r_k)`` for any
  ``n >= 0`` (those terms are non-negative on rational packages);
* a linear criterion (one party's gain, the total) likewise with ``n >= 0``;
* the Nash log-product by its tangent at any point ``g > 0``:
  ``sum_i log g_i + sum_i (gain_i - g_i) / g_i``.

A weighted sum of additive values is itself additive, so its maximum over all
packages is the sum over points of the best option's weighted value, and each
option has a *reduced cost*: how far its weighted value falls short of its
point's best. For any package, ``criterion <= constant - sum of its reduced
costs`` (:class:`Bound`). The weights come from the LP relaxation (its duals),
which makes the bound as tight as the relaxation itself.

Hence reduced-cost fixing: a package worth at least ``target`` spends at most
``constant - target`` in reduced costs, so options costing more can be
dropped, and the budget itself is one more linear row. With a target close to
the bound, a 200-point model shrinks to a few dozen free points that HiGHS
solves exactly in milliseconds; :func:`search` lowers the target until the
reduced model holds a package reaching it, which proves that package optimal.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import highspy
import numpy as np
from highspy._core import _Highs
from scipy.optimize import OptimizeResult, linprog
from scipy.sparse import csc_array, csr_array, hstack, vstack

from parley.analysis.scenario import Scenario

# First target below the bound, as a share of the bound's scale; multiplied by
# TARGET_STEP each time the reduced model holds no package reaching the target.
FIRST_TARGET = 2e-4
TARGET_STEP = 2.0
# The same when the reduced models are listed (enumerate_within): each listing costs a few
# times the one before, so smaller steps lose little time and prove a closer bound.
LISTED_STEP = 1.3
# The incumbent round: a model reduced for a target this far below the bound (as a share
# of its scale), given this share of the time left.
WARM_TARGET = 1e-2
WARM_SHARE = 0.3
# With the incumbent round last, the rounds before it get this share of the time.
ROUNDS_SHARE = 0.2
# Cutting-plane rounds for the Nash relaxation, and when they stop.
LP_TIME_FLOOR = 2.0
NASH_LP_ROUNDS = 40
NASH_FW_ROUNDS = 5_000
# Frank-Wolfe stops when its duality gap (log units) is below this: 1e-5 of the product.
NASH_FW_GAP = 1e-5
NASH_LP_GAP = 1e-9


def _log_line_search(gains: np.ndarray, direction: np.ndarray) -> float:
    """The step in [0, 1] maximising sum log(gains + step * direction) (concave: bisection)."""

    def slope(step: float) -> float:
        return float((direction / (gains + step * direction)).sum())

    if slope(0.0) <= 0:
        return 0.0
    ends = gains + direction
    if np.all(ends > 0) and slope(1.0) >= 0:
        return 1.0
    # the largest step keeping every gain positive
    neg = direction < 0
    hi = min(1.0, float((-gains[neg] / direction[neg]).min()) * (1 - 1e-12)) if neg.any() else 1.0
    lo = 0.0
    for _ in range(60):
        mid = (lo + hi) / 2
        if slope(mid) > 0:
            lo = mid
        else:
            hi = mid
    return lo


class Deadline:
    """A wall-clock budget shared by every stage of one analysis."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.end = math.inf if seconds is None else time.monotonic() + seconds

    def left(self, cap: float = math.inf) -> float:
        """Seconds left (at most ``cap``), never below a small positive floor for HiGHS."""
        return max(min(self.end - time.monotonic(), cap), 0.01)

    @property
    def passed(self) -> bool:
        return time.monotonic() >= self.end


@dataclass(frozen=True)
class Bound:
    """``criterion(package) <= constant - sum_j costs[j][package[j]]`` for rational packages.

    ``costs[j]`` has one entry per option of point j: 0 for the best, ``inf`` for
    options a red line excludes.
    """

    constant: float
    costs: tuple[np.ndarray, ...]

    def of(self, package: Sequence[int]) -> float:
        """The bound on one package's criterion."""
        return self.constant - float(sum(c[k] for c, k in zip(self.costs, package, strict=True)))

    def alive(self, target: float, slack: float) -> list[np.ndarray]:
        """Per point, the options that a package reaching ``target`` may use."""
        budget = self.constant - target + slack
        return [np.flatnonzero(np.isfinite(c) & (c <= budget)) for c in self.costs]


def linear_bound(scenario: Scenario, weights: np.ndarray, offset: float) -> Bound:
    """The bound ``weights @ values(package) + offset``, as a constant minus reduced costs."""
    costs = []
    constant = offset
    for table, allowed in zip(scenario.tables, scenario.allowed, strict=True):
        weighted = table @ weights
        cost = np.full(len(weighted), np.inf)
        if len(allowed):
            best = float(weighted[allowed].max())
            cost[allowed] = best - weighted[allowed]
            constant += best
        costs.append(cost)
    return Bound(constant=float(constant), costs=tuple(costs))


class Relaxation:
    """The LP relaxation of a scenario's packages (one variable per allowed option)."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        point, option = [], []
        for j, allowed in enumerate(scenario.allowed):
            point.extend([j] * len(allowed))
            option.extend(allowed.tolist())
        self.point = np.array(point, dtype=np.int64)
        self.option = np.array(option, dtype=np.int64)
        self.size = len(self.point)
        k = len(scenario.parties)
        self.weights = (
            np.array([scenario.tables[j][o] for j, o in zip(point, option, strict=True)])
            .reshape(self.size, k)
            .T
        )
        self.one_per_point = csr_array(
            (np.ones(self.size), (self.point, np.arange(self.size))),
            shape=(len(scenario.points), self.size),
        )
        self._highs: _Highs | None = None

    def rounded(self, x: np.ndarray) -> tuple[int, ...]:
        """The package taking, at each point, the option with the largest LP value."""
        best = np.full(len(self.scenario.points), -1.0)
        package = [0] * len(self.scenario.points)
        for v in range(self.size):
            j = int(self.point[v])
            if x[v] > best[j]:
                best[j], package[j] = x[v], int(self.option[v])
        return tuple(package)

    def _solve(
        self,
        c: np.ndarray,
        a_ub: np.ndarray,
        b_ub: np.ndarray,
        extra: int,
        extra_bounds: list[tuple[float | None, float | None]],
        deadline: Deadline,
    ) -> OptimizeResult | None:
        """Minimise c @ [x, extra] s.t. a_ub @ z <= b_ub and one option per point."""
        if any(len(a) == 0 for a in self.scenario.allowed):
            return None  # a point whose every option a red line excludes: no package
        m = len(self.scenario.points)
        eq = hstack([self.one_per_point, csr_array((m, extra))]) if extra else self.one_per_point
        res = linprog(
            c,
            A_ub=a_ub,
            b_ub=b_ub,
            A_eq=eq,
            b_eq=np.ones(m),
            bounds=[(0.0, 1.0)] * self.size + extra_bounds,
            method="highs",
            # An LP takes well under a second here; a floor keeps a spent budget from
            # turning "no time" into "no package".
            options={"time_limit": max(deadline.left(), LP_TIME_FLOOR)},
        )
        return res if res.status == 0 else None

    def max_min(
        self, scale: np.ndarray, deadline: Deadline
    ) -> tuple[Bound, tuple[int, ...], np.ndarray] | None:
        """Bound on ``min_i gain_i / scale_i`` (parties with infinite scale not counted).

        None when even the relaxation has no rational point (or it ran out of time).
        """
        s = self.scenario
        r = s.reservations
        counted = np.flatnonzero(np.isfinite(scale))
        k = len(s.parties)
        # rows: t - w_i x / s_i <= -r_i / s_i (counted); -w_k x <= -r_k (every party)
        share_rows = np.hstack(
            [-self.weights[counted] / scale[counted, None], np.ones((len(counted), 1))]
        )
        ir_rows = np.hstack([-self.weights, np.zeros((k, 1))])
        a_ub = np.vstack([share_rows, ir_rows])
        b_ub = np.concatenate([-r[counted] / scale[counted], -r])
        c = np.zeros(self.size + 1)
        c[-1] = -1.0
        res = self._solve(c, a_ub, b_ub, 1, [(None, None)], deadline)
        if res is None:
            return None
        duals = np.maximum(-res.ineqlin.marginals, 0.0)
        lam = np.zeros(k)
        lam[counted] = duals[: len(counted)]
        total = lam.sum()
        lam = lam / total if total > 0 else np.where(np.isfinite(scale), 1.0, 0.0) / len(counted)
        nu = duals[len(counted) :]
        inv = np.where(np.isfinite(scale), 1.0 / np.where(np.isfinite(scale), scale, 1.0), 0.0)
        weights = lam * inv + nu
        offset = -float((lam * inv * r).sum() + (nu * r).sum())
        return (
            linear_bound(s, weights, offset),
            self.rounded(res.x[: self.size]),
            res.x[: self.size],
        )

    def linear(
        self, objective: np.ndarray, deadline: Deadline
    ) -> tuple[Bound, tuple[int, ...]] | None:
        """Bound on ``objective @ gains`` over the rational packages."""
        s = self.scenario
        r = s.reservations
        warm = self._warm_linear(objective, deadline)
        if warm is not None:
            return warm
        res = self._solve(-(objective @ self.weights), -self.weights, -r, 0, [], deadline)
        if res is None:
            return None
        nu = np.maximum(-res.ineqlin.marginals, 0.0)
        weights = objective + nu
        offset = -float(objective @ r + nu @ r)
        return linear_bound(s, weights, offset), self.rounded(res.x)

    def _warm_linear(
        self, objective: np.ndarray, deadline: Deadline
    ) -> tuple[Bound, tuple[int, ...]] | None:
        """:meth:`linear` by one HiGHS LP kept between calls, re-solved from its last basis
        with the new objective (the ideal point asks for one per party: each re-solve takes
        milliseconds). None when it does not give an optimum whose duals reproduce its
        value (then linprog answers)."""
        s = self.scenario
        if any(len(a) == 0 for a in s.allowed):
            return None
        k = len(s.parties)
        if self._highs is None:
            # The core object: highspy.Highs prints a banner on stdout when made.
            highs = _Highs()
            highs.setOptionValue("output_flag", False)
            matrix = csc_array(vstack([csc_array(self.weights), self.one_per_point]))
            lp = highspy.HighsLp()
            lp.num_col_ = self.size
            lp.num_row_ = matrix.shape[0]
            lp.col_cost_ = np.zeros(self.size)
            lp.col_lower_ = np.zeros(self.size)
            lp.col_upper_ = np.ones(self.size)
            points = len(s.points)
            lp.row_lower_ = np.concatenate([s.reservations, np.ones(points)])
            lp.row_upper_ = np.concatenate([np.full(k, highspy.kHighsInf), np.ones(points)])
            lp.sense_ = highspy.ObjSense.kMaximize
            lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
            lp.a_matrix_.start_ = matrix.indptr
            lp.a_matrix_.index_ = matrix.indices
            lp.a_matrix_.value_ = matrix.data
            lp.a_matrix_.num_col_ = self.size
            lp.a_matrix_.num_row_ = matrix.shape[0]
            highs.passModel(lp)
            self._highs = highs
        highs = self._highs
        highs.setOptionValue("time_limit", max(deadline.left(), LP_TIME_FLOOR))
        highs.changeColsCost(
            self.size, np.arange(self.size, dtype=np.int32), objective @ self.weights
        )
        highs.run()
        if highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            return None
        solution = highs.getSolution()
        r = s.reservations
        nu = np.maximum(-np.asarray(solution.row_dual[:k]), 0.0)
        bound = linear_bound(s, objective + nu, -float(objective @ r + nu @ r))
        value = float(highs.getInfo().objective_function_value - objective @ r)
        if abs(bound.constant - value) > 1e-7 * max(1.0, abs(value)):
            return None
        return bound, self.rounded(np.asarray(solution.col_value))

    def nash(
        self, who: np.ndarray, ideal: np.ndarray, deadline: Deadline
    ) -> tuple[Bound, tuple[int, ...]] | None:
        """Bound on ``sum_{i in who} log gain_i`` over the rational packages.

        When every party is in ``who`` the log keeps them rational and the relaxation is
        solved by Frank-Wolfe (its linear step is one best option per point); otherwise
        by cutting planes on the LP.
        """
        if len(who) == len(self.scenario.parties):
            start = self.max_min(ideal, deadline)
            if start is not None and start[0].constant > 0:
                return self._nash_frank_wolfe(start[2], deadline)
        return self._nash_cutting_planes(who, ideal, deadline)

    def _nash_frank_wolfe(
        self, x: np.ndarray, deadline: Deadline
    ) -> tuple[Bound, tuple[int, ...]] | None:
        """Frank-Wolfe with exact line search from a point where every gain is positive.

        At each iterate the tangent of the log-sum bounds it on the whole hull, and that
        bound is what is returned, so stopping early loses tightness, not validity.
        """
        s = self.scenario
        r = s.reservations
        m = len(s.points)
        gains = self.weights @ x - r
        if np.any(gains <= 0):
            return None
        best_bound = math.inf
        best_w = 1.0 / gains
        best_g = gains
        for _ in range(NASH_FW_ROUNDS):
            w = 1.0 / gains
            scores = w @ self.weights
            top = np.full(m, -np.inf)
            np.maximum.at(top, self.point, scores)
            vertex_value = float(top.sum())
            bound = float(np.log(gains).sum() + vertex_value - w @ r - len(gains))
            if bound < best_bound:
                best_bound, best_w, best_g = bound, w, gains
            fw_gap = vertex_value - float(w @ (gains + r))
            if fw_gap <= NASH_FW_GAP or deadline.passed:
                break
            best = np.flatnonzero(scores >= top[self.point])
            # one option per point, the first best (variables are ordered by point)
            _, first = np.unique(self.point[best], return_index=True)
            vertex = np.zeros(self.size)
            vertex[best[first]] = 1.0
            direction = self.weights @ (vertex - x)
            step = _log_line_search(gains, direction)
            x = x + step * (vertex - x)
            gains = gains + step * direction
        g = best_g
        offset = float(np.log(g).sum() - len(g) - (best_w * r).sum())
        return linear_bound(s, best_w, offset), self.rounded(x)

    def _nash_cutting_planes(
        self, who: np.ndarray, ideal: np.ndarray, deadline: Deadline
    ) -> tuple[Bound, tuple[int, ...]] | None:
        """Bound on ``sum_{i in who} log gain_i`` (Kelley's cutting planes on the relaxation).

        ``ideal`` bounds each gain from above (used to scale). The bound is the tangent of
        the log-sum at the relaxation's best point found, so it holds whether or not the
        cutting planes converged.
        """
        s = self.scenario
        r = s.reservations
        k = len(who)
        parties = len(s.parties)
        width = self.size + k
        ir_rows = np.hstack([-self.weights, np.zeros((parties, k))])
        cuts_a: list[np.ndarray] = []
        cuts_b: list[float] = []

        def add_cut(c: int, at: float) -> None:
            # z_c <= log(at) + (gain / ideal - at) / at, gain = w x - r
            i = who[c]
            row = np.zeros(width)
            row[: self.size] = -self.weights[i] / (ideal[i] * at)
            row[self.size + c] = 1.0
            cuts_a.append(row)
            cuts_b.append(math.log(at) - 1.0 - r[i] / (ideal[i] * at))

        floor = 1e-9
        for c in range(k):
            for at in np.geomspace(1.0, 1e-3, 6):
                add_cut(c, float(at))
        obj = np.concatenate([np.zeros(self.size), -np.ones(k)])
        best_x, best_val = None, -math.inf
        nu = np.zeros(parties)
        for _ in range(NASH_LP_ROUNDS):
            if deadline.passed:
                break
            a_ub = np.vstack([ir_rows, np.array(cuts_a)])
            b_ub = np.concatenate([-r, np.array(cuts_b)])
            res = self._solve(obj, a_ub, b_ub, k, [(math.log(floor), 0.0)] * k, deadline)
            if res is None:
                break
            x = res.x[: self.size]
            gains = self.weights @ x - r
            shares = np.maximum(gains[who] / ideal[who], floor)
            value = float(np.log(shares).sum())
            if value > best_val:
                best_x, best_val = x, value
                nu = np.maximum(-res.ineqlin.marginals[:parties], 0.0)
            if -res.fun - value <= NASH_LP_GAP:
                break
            for c in range(k):
                add_cut(c, float(shares[c]))
        if best_x is None:
            return None
        gains = self.weights @ best_x - r
        g = np.maximum(gains[who], floor * ideal[who])
        weights = np.zeros(parties)
        weights[who] = 1.0 / g
        # Parties outside `who` only need to stay rational: their multipliers keep the
        # bound valid on rational packages and tight at the relaxation's optimum.
        outside = np.ones(parties, dtype=bool)
        outside[who] = False
        weights[outside] = nu[outside]
        offset = float(np.log(g).sum() - k - (weights * r).sum())
        return linear_bound(s, weights, offset), self.rounded(best_x)


# The enumeration of the packages within a reduced-cost budget gives up beyond this many
# partial packages at once (a solver takes over).
ENUMERATION_STATES = 100_000
ENUMERATION_CELLS = 12_000_000


@dataclass(frozen=True)
class Enumerated:
    """The best package within a budget meeting every row (None when there is none), and
    whether every such package was seen (False when cut off: then nothing is known)."""

    complete: bool
    package: tuple[int, ...] | None = None


@dataclass(frozen=True)
class _Plan:
    """What listing and descending share: the points fixed by the budget (their values in
    ``level``, their costs in ``spent``), the open points in the order they are decided,
    and the checks (each row, each sum of two of the first ``paired`` rows)."""

    fixed: list[int]  # one option per point (the only one where a point is not open)
    points: list[tuple[int, np.ndarray]]  # open points in order: point, options left
    steps: list[tuple[np.ndarray, np.ndarray]]  # per open point: costs, values x checks
    ahead: np.ndarray  # per depth: each check's best over the open points still to decide
    checks: np.ndarray  # checks x rows
    need: np.ndarray  # per check, the floor it must reach
    level: np.ndarray  # per check, the fixed points' contribution
    spent: float  # the fixed points' reduced costs
    tol: float

    def package(self, choice: Sequence[int] | np.ndarray) -> tuple[int, ...]:
        """The package taking ``choice[q]`` (an index into the options left) at open point q."""
        package = list(self.fixed)
        for (j, alive), option in zip(self.points, choice, strict=True):
            package[j] = int(alive[option])
        return tuple(package)


def _plan(
    scenario: Scenario,
    options: Sequence[np.ndarray],
    costs: Sequence[np.ndarray],
    budget: float,
    rows: np.ndarray,
    floors: np.ndarray,
    paired: int,
    slack: float,
) -> _Plan | None:
    """The shared set-up; None when no package fits the budget."""
    base = -scenario.reservations
    base_cost = 0.0
    fixed: list[int] = []
    open_points: list[tuple[float, int, np.ndarray]] = []
    for j, (alive, cost) in enumerate(zip(options, costs, strict=True)):
        alive = alive[cost[alive] <= budget + slack]
        if len(alive) == 0:
            return None
        fixed.append(int(alive[0]))
        if len(alive) == 1:
            base = base + scenario.tables[j][alive[0]]
            base_cost += float(cost[alive[0]])
            continue
        spread = np.sort(cost[alive])
        open_points.append((float(spread[1]), j, alive))
    if base_cost > budget + slack:
        return None
    # Points whose cheapest other option costs most first, where the budget cuts most.
    open_points.sort(key=lambda item: -item[0])
    r = len(rows)
    eye = np.eye(r)
    checks = np.array(
        [eye[a] for a in range(r)]
        + [eye[a] + eye[b] for a in range(paired) for b in range(a + 1, paired)]
    ).reshape(-1, r)
    mix = checks @ rows  # checks x parties
    need = checks @ floors
    steps = []
    ahead = np.zeros((len(open_points) + 1, len(mix)))
    for q, (_, j, alive) in enumerate(open_points):
        values = scenario.tables[j][alive] @ mix.T  # options x checks
        steps.append((costs[j][alive], values))
        ahead[q] = values.max(axis=0)
    ahead = np.cumsum(ahead[::-1], axis=0)[::-1]
    return _Plan(
        fixed=fixed,
        points=[(j, alive) for _, j, alive in open_points],
        steps=steps,
        ahead=ahead,
        checks=checks,
        need=need,
        level=mix @ base,
        spent=base_cost,
        tol=slack + 1e-9 * max(1.0, float(np.abs(need).max(initial=0.0))),
    )


def enumerate_within(
    scenario: Scenario,
    options: Sequence[np.ndarray],
    costs: Sequence[np.ndarray],
    budget: float,
    rows: np.ndarray,
    floors: np.ndarray,
    deadline: Deadline,
    *,
    criterion_rows: int = 1,
    paired: int = 0,
    states: int = ENUMERATION_STATES,
    slack: float = 0.0,
) -> Enumerated:
    """Of the packages using ``options`` whose reduced costs sum to at most ``budget`` and
    whose gains meet ``rows @ gains >= floors``, one with the largest smallest
    ``rows @ gains - floors`` over the first ``criterion_rows`` rows.

    The packages are built point by point, breadth first.
    A partial package is dropped as soon as its costs exceed the budget or some row
    (or the sum of two of the first ``paired`` rows) cannot be met even with the best
    option for that row at every point still open: each check is one running sum and
    one precomputed bound. Points whose cheapest other option costs most are decided
    first, where the budget cuts most. Gives up (``complete`` False) past ``states``
    partial packages or the deadline; the answer is exact otherwise.
    """
    plan = _plan(scenario, options, costs, budget, rows, floors, paired, slack)
    if plan is None:
        return Enumerated(True)
    need, tol = plan.need, plan.tol
    level = plan.level[None, :]
    spent = np.full(1, plan.spent)
    trail: list[tuple[np.ndarray, np.ndarray]] = []  # per open point: parent, option
    # partial packages one point further, before the rows are checked: ~100 MB at most
    expanded = min(4 * states, ENUMERATION_CELLS // len(need))
    for q, (cost, values) in enumerate(plan.steps):
        if deadline.passed:
            return Enumerated(False)
        k = len(cost)
        spent = (spent[:, None] + cost[None, :]).reshape(-1)
        keep = spent <= budget + slack
        pick = np.flatnonzero(keep)
        if len(pick) > expanded or deadline.passed:
            return Enumerated(False)
        level = level[pick // k] + values[pick % k]
        fits = np.all(level + plan.ahead[q + 1] >= need - tol, axis=1)
        pick, level = pick[fits], level[fits]
        if len(pick) > states:
            return Enumerated(False)
        spent = spent[pick]
        trail.append((pick // k, pick % k))
        if len(pick) == 0:
            return Enumerated(True)
    r = len(rows)
    meets = np.all(level[:, :r] >= need[:r] - tol, axis=1)  # (no open point: not checked yet)
    if not meets.any():
        return Enumerated(True)
    margin = (level[:, :criterion_rows] - need[:criterion_rows]).min(axis=1)
    at = int(np.argmax(np.where(meets, margin, -np.inf)))
    choice = [0] * len(trail)
    for q in range(len(trail) - 1, -1, -1):
        parent, option = trail[q]
        choice[q] = int(option[at])
        at = int(parent[at])
    return Enumerated(True, plan.package(choice))


# Partial packages expanded together by descend_within (one numpy step each).
DESCENT_CHUNK = 256


def descend_within(
    scenario: Scenario,
    options: Sequence[np.ndarray],
    costs: Sequence[np.ndarray],
    budget: float,
    rows: np.ndarray,
    floors: np.ndarray,
    deadline: Deadline,
    *,
    criterion_rows: int = 1,
    paired: int = 0,
    budget_follows: bool = False,
    chunk: int = DESCENT_CHUNK,
    slack: float = 0.0,
) -> Enumerated:
    """:func:`enumerate_within`'s question, answered depth first (branch and bound).

    The same partial packages and checks, but explored cheapest first, a few hundred at a
    time, down to complete packages: the first ones come after a few hundred steps, and
    each raises the floors of the criterion rows to what it reached, which prunes the
    rest. With ``budget_follows`` the budget falls by as much as the criterion margin
    rises (true of reduced costs measured in the criterion's units: a package a margin
    ``m`` above the floors spends at most ``budget - m``). Anytime: stopped by the
    deadline, it returns the best package found with ``complete`` False; exact when it
    runs out of partial packages.
    """
    plan = _plan(scenario, options, costs, budget, rows, floors, paired, slack)
    if plan is None:
        return Enumerated(True)
    tol = plan.tol
    r = len(rows)
    # how a check's floor rises with the criterion margin
    rises = plan.checks[:, :criterion_rows].sum(axis=1)
    depth = len(plan.steps)
    width = max((len(cost) for cost, _ in plan.steps), default=1)
    kind = np.int8 if width < 128 else np.int32
    best: np.ndarray | None = None
    margin = -math.inf  # best criterion margin found
    stack = [(0, plan.level[None, :], np.full(1, plan.spent), np.zeros((1, depth), dtype=kind))]
    while stack:
        if deadline.passed:
            return Enumerated(False, None if best is None else plan.package(best))
        q, level, spent, choice = stack.pop()
        rise = 0.0 if best is None else margin + tol
        need = plan.need + rise * rises
        limit = budget + slack - (max(rise, 0.0) if budget_follows else 0.0)
        if best is not None:
            # the floors rose since these were pushed
            ok = (spent <= limit) & np.all(level + plan.ahead[q] >= need - tol, axis=1)
            level, spent, choice = level[ok], spent[ok], choice[ok]
        if depth == 0:
            children, spent_next, level_next = np.zeros(1, dtype=np.int64), spent, level
            m = 1
        else:
            cost, values = plan.steps[q]
            m = len(cost)
            spent_next = (spent[:, None] + cost[None, :]).reshape(-1)
            children = np.flatnonzero(spent_next <= limit)
            level_next = level[children // m] + values[children % m]
            spent_next = spent_next[children]
        fits = np.all(level_next + plan.ahead[min(q + 1, depth)] >= need - tol, axis=1)
        children, level_next, spent_next = children[fits], level_next[fits], spent_next[fits]
        if len(children) == 0:
            continue
        chosen = choice[children // m]
        if depth:
            chosen[:, q] = children % m
        if q + 1 >= depth:
            reached = (level_next[:, :criterion_rows] - plan.need[:criterion_rows]).min(axis=1)
            meets = np.all(level_next[:, :r] >= plan.need[:r] - tol, axis=1)
            reached = np.where(meets, reached, -np.inf)
            at = int(np.argmax(reached))
            if reached[at] > -math.inf and (best is None or reached[at] > margin):
                best, margin = chosen[at].copy(), float(reached[at])
            continue
        # cheapest last, so that it is taken next
        order = np.argsort(-spent_next, kind="stable")
        for a in range(0, len(order), chunk):
            part = order[a : a + chunk]
            stack.append((q + 1, level_next[part], spent_next[part], chosen[part]))
    return Enumerated(True, None if best is None else plan.package(best))


@dataclass(frozen=True)
class Found:
    """The best package a search found, its criterion value and the proven upper bound."""

    package: tuple[int, ...]
    value: float
    upper: float

    @property
    def gap(self) -> float:
        if self.upper <= self.value:
            return 0.0
        return (self.upper - self.value) / max(abs(self.upper), abs(self.value), 1e-12)


@dataclass(frozen=True)
class Within:
    """What a solve over a reduced model returned."""

    package: tuple[int, ...] | None  # best package found in the reduced model
    value: float  # its criterion value (-inf when none)
    upper: float  # proven bound over the reduced model (-inf when proved empty)
    complete: bool  # False when stopped by the time limit


# (options per point, reduced-cost budget, target, time limit) -> Within. The solve may
# discard packages below the target (as an incumbent would); it reports on those above.
ReducedSolve = Callable[[list[np.ndarray], float, float, float], Within]


def search(
    bound: Bound,
    evaluate: Callable[[tuple[int, ...]], float],
    solve_within: ReducedSolve,
    starts: Sequence[tuple[int, ...]],
    deadline: Deadline,
    *,
    scale: float,
    slack: float,
    growth: float = TARGET_STEP,
    incumbent_last: bool = False,
) -> Found | None:
    """The best package by reduced models of decreasing targets; None when none is rational.

    ``evaluate`` gives a package's criterion (-inf when it is not rational); ``starts``
    are packages to try first (a rounded relaxation). ``scale`` sets the first target's
    distance below the bound; ``slack`` absorbs rounding in the reduced costs. Each
    round either proves the best package optimal (the reduced model holds every package
    reaching the target, and one does), or lowers the bound to the target and widens.
    The incumbent round (the best package of a moderately reduced model, found without
    a target) comes first with a share of the time, or, with ``incumbent_last``, after
    the rounds, with all the time they left (when those rounds are quick to give up).
    """
    upper = bound.constant
    best_pkg: tuple[int, ...] | None = None
    best_val = -math.inf
    for start in starts:
        value = evaluate(start)
        if value > best_val:
            best_pkg, best_val = start, value

    def incumbent(share: float) -> None:
        # HiGHS's own heuristics do well on moderately reduced models.
        nonlocal best_pkg, best_val, upper
        warm = max(upper - WARM_TARGET * max(abs(upper), scale), best_val)
        alive = bound.alive(warm, slack)
        if best_val >= upper - slack or not all(len(a) for a in alive):
            return
        first = solve_within(
            alive, bound.constant - warm + slack, -math.inf, deadline.left() * share
        )
        if first.package is not None and first.value > best_val:
            best_pkg, best_val = first.package, first.value
        if first.complete:
            # that model holds every package reaching `warm`
            upper = min(upper, max(first.upper, warm, best_val))

    if not incumbent_last and best_val < upper - WARM_TARGET * max(abs(upper), scale):
        incumbent(WARM_SHARE)
    rounds = Deadline(deadline.left() * (ROUNDS_SHARE if incumbent_last else 1.0))
    step = FIRST_TARGET * max(abs(upper), scale)
    while True:
        target = max(upper - step, best_val)
        alive = bound.alive(target, slack)
        if any(len(a) == 0 for a in alive):
            within = Within(None, -math.inf, -math.inf, True)
        else:
            within = solve_within(
                alive, bound.constant - target + slack, target - slack, rounds.left()
            )
        if within.package is not None and within.value > best_val:
            best_pkg, best_val = within.package, within.value
        if not within.complete:
            # Stopped by the clock; outside the reduced model nothing reaches the target.
            upper = min(upper, max(within.upper, target))
            break
        # The reduced model holds every package worth at least `target`.
        if best_val > -math.inf and best_val >= target - slack:
            upper = min(upper, max(within.upper, best_val))
            break
        if target == -math.inf:
            return None  # every option was allowed: no rational package at all
        upper = min(upper, target)
        if rounds.passed:
            break
        step *= growth
        if best_val == -math.inf and step > 1e6 * max(abs(bound.constant), scale):
            step = math.inf
    if incumbent_last and not deadline.passed and best_val > -math.inf:
        incumbent(1.0)
    if best_pkg is None or best_val == -math.inf:
        return None
    return Found(best_pkg, best_val, max(best_val, upper))
