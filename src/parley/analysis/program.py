"""The packages of a scenario as a mixed-integer program for HiGHS.

One binary variable per (point, option) that no red line excludes, exactly
one per point. A party's value is linear in them, so "individually rational"
is one row per party. Extra continuous columns (a minimum gain, log-gain
bounds) are appended by the callers. Solved with :func:`scipy.optimize.milp`
(HiGHS), which prints nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_array, hstack, vstack

from parley.analysis.scenario import RELATIVE_TOLERANCE, Scenario

# HiGHS stops when (primal - dual bound) / |primal| is below this: effectively exact.
MIP_REL_GAP = 1e-9
# HiGHS accepts rows violated by up to 1e-6 (absolute); margins that must hold strictly use this
# share of the value scale (below it, differences are not trusted to the solver).
SOLVER_MARGIN = 1e-5
# Per program; on hitting it the best package found is used and its proven gap reported.
TIME_LIMIT = 30.0


@dataclass(frozen=True)
class Outcome:
    """A solved program: the chosen package, objective, and HiGHS's proven bound."""

    package: tuple[int, ...]
    objective: float  # of the maximisation
    bound: float  # proven upper bound on the maximum
    columns: np.ndarray  # values of the extra columns
    complete: bool = True  # False when the time limit stopped HiGHS before it proved the bound

    @property
    def gap(self) -> float:
        """Proven relative gap between the package found and the optimum (0 = optimal)."""
        if self.bound <= self.objective:
            return 0.0
        return (self.bound - self.objective) / max(abs(self.bound), abs(self.objective), 1e-12)


class PackageProgram:
    """Variables and rows shared by every program over one scenario's packages."""

    def __init__(
        self,
        scenario: Scenario,
        include: list[set[int]] | None = None,
        *,
        options: Sequence[np.ndarray] | None = None,
    ) -> None:
        """``include[j]`` adds options of point j besides the allowed ones (a draft's);
        ``options[j]``, when given, replaces the allowed options of point j (a reduced model).
        """
        self.scenario = scenario
        self.var_point: list[int] = []
        self.var_option: list[int] = []
        for j, allowed in enumerate(scenario.allowed if options is None else options):
            chosen = set(allowed.tolist()) | (include[j] if include else set())
            for o in sorted(chosen):
                self.var_point.append(j)
                self.var_option.append(o)
        self.size = len(self.var_point)
        point = np.array(self.var_point, dtype=np.int64)
        option = np.array(self.var_option, dtype=np.int64)
        # weights[i, v]: party i's value of variable v
        self.weights = np.array(
            [scenario.tables[j][o] for j, o in zip(point, option, strict=True)]
        ).T.reshape(len(scenario.parties), self.size)
        self.one_per_point = csr_array(
            (np.ones(self.size), (point, np.arange(self.size))),
            shape=(len(scenario.points), self.size),
        )
        self._point = point
        self._option = option
        self.last_complete = True

    def cost_row(self, costs: Sequence[np.ndarray], extra: int = 0) -> np.ndarray:
        """Coefficients of sum_j costs[j][chosen option] over [x, extra columns]."""
        row = np.array([costs[j][o] for j, o in zip(self._point, self._option, strict=True)])
        return np.concatenate([row, np.zeros(extra)])

    def index(self, j: int, option: int) -> int:
        hits = np.flatnonzero((self._point == j) & (self._option == option))
        return int(hits[0])

    def solve(
        self,
        objective: np.ndarray,
        rows: Sequence[tuple[np.ndarray, float, float]] = (),
        extra: int = 0,
        extra_bounds: tuple[np.ndarray, np.ndarray] | None = None,
        *,
        time_limit: float = TIME_LIMIT,
        rel_gap: float = MIP_REL_GAP,
    ) -> Outcome | None:
        """Maximise ``objective @ [x, extra columns]`` subject to rows ``lo <= a @ z <= hi``.

        Returns None when no package satisfies the rows.
        """
        if len(set(self.var_point)) != len(self.scenario.points):
            return None  # some point has no option left: no package at all
        width = self.size + extra
        blocks = [
            LinearConstraint(
                hstack([self.one_per_point, csr_array((len(self.scenario.points), extra))])
                if extra
                else self.one_per_point,
                1.0,
                1.0,
            )
        ]
        if rows:
            matrix = vstack([csr_array(a.reshape(1, width)) for a, _, _ in rows])
            blocks.append(
                LinearConstraint(
                    matrix, np.array([lo for _, lo, _ in rows]), np.array([hi for _, _, hi in rows])
                )
            )
        lower = np.zeros(width)
        upper = np.ones(width)
        if extra:
            assert extra_bounds is not None, "extra columns need their bounds"
            lower[self.size :], upper[self.size :] = extra_bounds
        integrality = np.zeros(width)
        integrality[: self.size] = 1
        options = {"mip_rel_gap": rel_gap, "time_limit": time_limit, "presolve": True}
        res = milp(
            -objective,
            integrality=integrality,
            bounds=Bounds(lower, upper),
            constraints=blocks,
            options=options,
        )
        if res.status == 4:
            # HiGHS's presolve can fail on tiny, degenerate models ("Solve error"); the
            # same model without presolve solves.
            res = milp(
                -objective,
                integrality=integrality,
                bounds=Bounds(lower, upper),
                constraints=blocks,
                options={**options, "presolve": False},
            )
        # Whether HiGHS finished (proved optimality or infeasibility) or was stopped by its limit:
        # a None below means "no package satisfies the rows" only when this is True.
        self.last_complete = res.status in (0, 2)
        if res.x is None:
            return None
        x = res.x[: self.size] > 0.5
        package = [0] * len(self.scenario.points)
        for v in np.flatnonzero(x):
            package[self._point[v]] = int(self._option[v])
        bound = -res.mip_dual_bound if res.mip_dual_bound is not None else -res.fun
        return Outcome(
            package=tuple(package),
            objective=-float(res.fun),
            bound=max(float(bound), -float(res.fun)),
            columns=res.x[self.size :],
            complete=res.status == 0,
        )

    @property
    def margin(self) -> float:
        """Smallest difference trusted to the solver."""
        return SOLVER_MARGIN * self.scenario.tolerance / RELATIVE_TOLERANCE

    def gain_row(self, party: int, scale: float = 1.0, extra: int = 0) -> np.ndarray:
        """Coefficients of party's value / scale over [x, extra columns]."""
        return np.concatenate([self.weights[party] / scale, np.zeros(extra)])

    def rational_rows(self, extra: int = 0) -> list[tuple[np.ndarray, float, float]]:
        """Every party's value at least its reservation (within tolerance)."""
        tol = self.scenario.tolerance
        return [
            (self.gain_row(i, extra=extra), float(r) - tol, np.inf)
            for i, r in enumerate(self.scenario.reservations)
        ]
