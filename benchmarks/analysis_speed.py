"""Speed of the analysis engine, and against NegMAS where NegMAS is installed.

    .venv/bin/python benchmarks/analysis_speed.py [BUDGET] [hard]

(``hard``: only parts 4 and 5.)

1. Exact Pareto frontier on random scenarios of 2^12, 2^14, 2^16 packages with
   3 parties (accept/drop points, each option's value uniform in [0, 1],
   reservations 0): the NegMAS ``pareto_frontier`` / parley time ratio, after
   checking both return the same frontier. NegMAS is AGPL and only ever
   imported here (``pip install negmas``); without it parley's own times print.
2. parley's exact frontier of 28 points x 4 parties (same kind of values).
3. Nash, Kalai-Smorodinsky and egalitarian at 200 points x 8 parties (MILP
   with HiGHS; accept worth uniform [-1, 1], drop 0, reservations 0), with
   their proven gaps.
4. Hard scenarios (both options valued, reservations in [-3, 3], some points
   with 3-5 options) at 200 x 8 under a time budget per solution (argument 1,
   default 3 s), five seeds: parley (reduced models, listed or solved) against
   one HiGHS MILP over the whole model in the same run, time and proven gap for
   each, then the median and worst gap per solution.
5. The egalitarian program on the whole model with SCIP (PySCIPOpt) and OR-Tools
   CP-SAT, when installed (``pip install pyscipopt ortools``; benchmark only),
   under the same budget, on the same five scenarios.

Times are the best of a few runs on the same machine, in one process.
"""

from __future__ import annotations

import statistics
import sys
import time
import warnings
from collections.abc import Callable

import numpy as np

from parley.analysis import Party, Point, Scenario, pareto_frontier
from parley.analysis.solutions import Solver

SEEDS = (0, 1, 2)


def random_scenario(points: int, parties: int, seed: int, low: float = 0.0) -> Scenario:
    rng = np.random.default_rng(seed)
    drop = 0.0 if low < 0 else None  # the MILP case values only "accept"
    return Scenario(
        points=tuple(Point(id=str(j)) for j in range(points)),
        parties=tuple(
            Party(
                id=f"P{i}",
                reservation=0.0,
                values={
                    str(j): {
                        "accept": float(rng.uniform(low, 1.0)),
                        "drop": drop if drop is not None else float(rng.uniform(0.0, 1.0)),
                    }
                    for j in range(points)
                },
            )
            for i in range(parties)
        ),
        name=f"random {points}x{parties} seed {seed}",
    )


def best_time(run: Callable[[], object], repeat: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        out = run()
        times.append(time.perf_counter() - start)
    return min(times), out


def negmas_frontier(scenario: Scenario) -> Callable[[], object] | None:
    try:
        from negmas.outcomes import make_issue, make_os
        from negmas.preferences import LinearAdditiveUtilityFunction, pareto_frontier
        from negmas.preferences.value_fun import TableFun
    except ImportError:
        return None
    issues = [make_issue(list(p.options), name=p.id) for p in scenario.points]
    space = make_os(issues)
    ufuns = [
        LinearAdditiveUtilityFunction(
            values={pid: TableFun(dict(row)) for pid, row in party.values.items()},
            weights={p.id: 1.0 for p in scenario.points},
            outcome_space=space,
            reserved_value=party.reservation,
        )
        for party in scenario.parties
    ]
    return lambda: pareto_frontier(ufuns, issues=issues)[0]


def vectors(rows) -> list[tuple[float, ...]]:
    return sorted(tuple(round(float(x), 9) for x in row) for row in rows)


def compare_with_negmas() -> bool:
    print("1. Exact Pareto frontier, 3 parties, NegMAS pareto_frontier vs parley")
    have_negmas = True
    for points in (12, 14, 16):
        ratios, sizes, ours = [], [], []
        for seed in SEEDS:
            s = random_scenario(points, 3, seed)
            mine, front = best_time(lambda s=s: pareto_frontier(s), 5)
            ours.append(mine)
            sizes.append(len(front))
            run = negmas_frontier(s)
            if run is None:
                have_negmas = False
                continue
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                theirs, their_front = best_time(run, 3 if points < 16 else 2)
            if vectors(their_front) != vectors(front.values):
                print(f"   2^{points} seed {seed}: FRONTIERS DIFFER", file=sys.stderr)
                sys.exit(1)
            ratios.append(theirs / mine)
        line = (
            f"   2^{points} packages: frontier sizes {sizes}, parley"
            f" {statistics.median(ours) * 1e3:.1f} ms (median of {len(SEEDS)} scenarios)"
        )
        if ratios:
            line += (
                f"; same frontier; NegMAS/parley time ratio at 2^{points}:"
                f" {statistics.median(ratios):.0f}x (range {min(ratios):.0f}-{max(ratios):.0f}x)"
            )
        print(line, flush=True)
    if not have_negmas:
        print(
            "   NegMAS is not installed (pip install negmas): ratios skipped, parley times shown."
        )
    return have_negmas


def large_frontier() -> None:
    print("2. Exact frontier, 28 points x 4 parties (2^28 packages)")
    for seed in SEEDS:
        s = random_scenario(28, 4, seed)
        seconds, front = best_time(lambda s=s: pareto_frontier(s), 1)
        print(f"   seed {seed}: {len(front)} frontier packages in {seconds:.2f} s", flush=True)


def large_solutions() -> None:
    print("3. Nash, Kalai-Smorodinsky, egalitarian, 200 points x 8 parties (MILP, HiGHS)")
    for seed in SEEDS[:2]:
        s = random_scenario(200, 8, seed, low=-1.0)
        for criterion in ("nash", "ks", "egalitarian"):
            solver = Solver(s, method="milp")  # fresh: KS's ideal point is timed too
            seconds, sol = best_time(lambda c=criterion, v=solver: v.solve(c), 1)
            print(
                f"   seed {seed}: {criterion} in {seconds:.2f} s, reported gap {sol.gap:.1e},"
                f" smallest gain {sol.gains.min():.3f}",
                flush=True,
            )


def hard_scenario(points: int, parties: int, seed: int) -> Scenario:
    """Both options valued in [-1, 1], reservations in [-3, 3], a fifth of the points with
    3-5 options: the cases the issue on hard scenarios measured."""
    rng = np.random.default_rng(seed)
    pts = []
    for j in range(points):
        k = int(rng.integers(3, 6)) if rng.random() < 0.2 else 2
        pts.append(Point(id=str(j), options=tuple(f"o{m}" for m in range(k))))
    return Scenario(
        points=tuple(pts),
        parties=tuple(
            Party(
                id=f"P{i}",
                reservation=float(rng.uniform(-3, 3)),
                values={p.id: {o: float(rng.uniform(-1, 1)) for o in p.options} for p in pts},
            )
            for i in range(parties)
        ),
        name=f"hard {points}x{parties} seed {seed}",
    )


HARD_SEEDS = (0, 1, 2, 3, 4)


def hard_solutions(budget: float) -> None:
    print(
        f"4. Hard scenarios, 200 points x 8 parties, {budget:g} s per solution, seeds"
        f" {HARD_SEEDS[0]}-{HARD_SEEDS[-1]}: time and proven gap; parley against HiGHS on the"
        " whole model (the baseline, same budget, same run)"
    )
    gaps: dict[str, tuple[list[float], list[float]]] = {}
    for seed in HARD_SEEDS:
        s = hard_scenario(200, 8, seed)
        for criterion in ("nash", "ks", "egalitarian", "welfare"):
            solver = Solver(s, method="milp", time_limit=budget)
            seconds, sol = best_time(lambda c=criterion, v=solver: v.solve(c), 1)
            base_s, base_gap = plain_highs(s, criterion, budget)
            gap = "none" if sol is None else f"{100 * sol.gap:.3g} %"
            base = "n/a (needs the outer approximation)" if base_gap is None else (
                f"{100 * base_gap:.3g} %" + (" (egalitarian form)" if criterion == "ks" else "")
            )  # fmt: skip
            print(
                f"   seed {seed}: {criterion:11s} parley {seconds:5.2f} s, gap {gap}"
                f" | whole-model HiGHS {base_s:5.2f} s, gap {base}",
                flush=True,
            )
            if sol is not None:
                mine, theirs = gaps.setdefault(criterion, ([], []))
                mine.append(sol.gap)
                if base_gap is not None:
                    theirs.append(base_gap)
    for criterion, (mine, theirs) in gaps.items():
        line = (
            f"   {criterion:11s} parley gap: median {100 * statistics.median(mine):.3g} %,"
            f" worst {100 * max(mine):.3g} %; proved within 0.1 %:"
            f" {sum(g <= 1e-3 for g in mine)} of {len(mine)}"
        )
        if theirs and criterion != "ks":
            ratio = statistics.median(theirs) / max(statistics.median(mine), 1e-9)
            line += (
                f"; whole-model HiGHS median {100 * statistics.median(theirs):.3g} %"
                f" (gap ratio HiGHS/parley {ratio:.1f}x)"
            )
        print(line, flush=True)


def plain_highs(s: Scenario, criterion: str, budget: float) -> tuple[float, float | None]:
    """The baseline: one HiGHS MILP over every option (no reduction), same time budget."""
    from parley.analysis.program import PackageProgram

    model = PackageProgram(s)
    rows = model.rational_rows(extra=1 if criterion in ("ks", "egalitarian") else 0)
    start = time.perf_counter()
    if criterion in ("egalitarian", "ks"):
        for i in range(len(s.parties)):
            a = model.gain_row(i, extra=1)
            a[-1] = -1.0
            rows.append((a, float(s.reservations[i]), np.inf))
        objective = np.zeros(model.size + 1)
        objective[-1] = 1.0
        span = (np.array([-1e4]), np.array([1e4]))
        out = model.solve(objective, rows, extra=1, extra_bounds=span, time_limit=budget)
    elif criterion == "welfare":
        out = model.solve(model.weights.sum(axis=0), rows, time_limit=budget)
    else:
        return 0.0, None
    took = time.perf_counter() - start
    return took, 1.0 if out is None else out.gap


def other_backends(budget: float) -> None:
    """Egalitarian on the whole model with SCIP (PySCIPOpt) and OR-Tools CP-SAT, where
    installed (benchmark only; neither is a dependency), to compare proven gaps."""
    print(f"5. Egalitarian, hard 200 x 8, whole model, {budget:g} s: other open solvers")
    gaps: dict[str, list[float]] = {}
    for seed in HARD_SEEDS:
        s = hard_scenario(200, 8, seed)
        tables = [t[a] for t, a in zip(s.tables, s.allowed, strict=True)]
        for name, run in (("SCIP", _scip), ("CP-SAT", _cpsat)):
            try:
                took, found, bound = run(tables, s.reservations, budget)
            except ImportError:
                print(f"   {name} is not installed: skipped")
                continue
            gap = (bound - found) / abs(bound)
            gaps.setdefault(name, []).append(gap)
            print(f"   seed {seed}: {name:6s} {took:5.2f} s, gap {100 * gap:.3g} %", flush=True)
    for name, found_gaps in gaps.items():
        print(
            f"   {name:6s} gap: median {100 * statistics.median(found_gaps):.3g} %,"
            f" worst {100 * max(found_gaps):.3g} %"
        )


def _scip(tables: list[np.ndarray], reserve: np.ndarray, budget: float):
    from pyscipopt import Model, quicksum

    m = Model()
    m.hideOutput()
    m.setParam("limits/time", budget)
    x = [[m.addVar(vtype="B") for _ in range(len(t))] for t in tables]
    level = m.addVar(lb=-1e4, ub=1e4)
    for row in x:
        m.addCons(quicksum(row) == 1)
    for i in range(len(reserve)):
        total = quicksum(t[o, i] * x[j][o] for j, t in enumerate(tables) for o in range(len(t)))
        m.addCons(total - reserve[i] >= level)
    m.setObjective(level, "maximize")
    start = time.perf_counter()
    m.optimize()
    return time.perf_counter() - start, m.getObjVal(), m.getDualbound()


def _cpsat(tables: list[np.ndarray], reserve: np.ndarray, budget: float):
    from ortools.sat.python import cp_model

    scale = 10_000  # CP-SAT needs integers: values to 1e-4
    model = cp_model.CpModel()
    x = [[model.NewBoolVar("") for _ in range(len(t))] for t in tables]
    level = model.NewIntVar(-(10**9), 10**9, "level")
    for row in x:
        model.AddExactlyOne(row)
    for i in range(len(reserve)):
        terms = [
            int(round(t[o, i] * scale)) * x[j][o]
            for j, t in enumerate(tables)
            for o in range(len(t))
        ]
        model.Add(sum(terms) - int(round(reserve[i] * scale)) >= level)
    model.Maximize(level)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = budget
    solver.parameters.num_workers = 2
    start = time.perf_counter()
    solver.Solve(model)
    found, bound = solver.ObjectiveValue() / scale, solver.BestObjectiveBound() / scale
    return time.perf_counter() - start, found, bound


def main() -> int:
    budget = float(sys.argv[1]) if len(sys.argv) > 1 else 3.0
    if sys.argv[2:3] == ["hard"]:
        hard_solutions(budget)
        other_backends(budget)
        return 0
    compare_with_negmas()
    large_frontier()
    large_solutions()
    hard_solutions(budget)
    other_backends(budget)
    return 0


if __name__ == "__main__":
    sys.exit(main())
