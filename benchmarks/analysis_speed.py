"""Speed of the analysis engine, and against NegMAS where NegMAS is installed.

    .venv/bin/python benchmarks/analysis_speed.py [BUDGET] [hard|optimum] [SEEDS]

(``hard``: only parts 4, 5 and 6; ``optimum``: only part 7, with BUDGET seconds per
proof and per search; SEEDS: the hard seeds, as ``0-9`` or ``0,3``, default 0-4.)

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
   default 3 s), five seeds: parley (reduced models, listed or solved; the max-min
   incumbent by depth-first descent), parley with HiGHS for that incumbent instead (the
   previous default), and one HiGHS MILP over the whole model, in the same run: time and
   proven gap for each, then the median and worst gap per solution.
5. Egalitarian, Kalai-Smorodinsky (in its egalitarian form, on parley's ideal gains)
   and welfare as one program over the whole model with HiGHS, SCIP (PySCIPOpt) and
   OR-Tools CP-SAT (two workers), the last two where installed
   (``pip install -e '.[bench]'``; benchmark only), under the same budget, on the same
   five scenarios: time and proven gap per solution and per back end.
6. What bounds the max-min gap: seconds to prove that no package comes within 0.3 %
   and 0.5 % of the LP relaxation's bound, on the model reduced for that level, by
   parley's listing and by HiGHS, SCIP and CP-SAT as feasibility problems.
7. Where the egalitarian optimum lies (``optimum``): the deepest level below the LP bound
   at which parley's listing proves that no package exists (0.1 % steps, BUDGET seconds
   each), and the best package found in BUDGET seconds by the depth-first descent and by
   HiGHS over the whole model (with HiGHS's own bound). The optimum lies between the
   proved level and the best package: if the packages found were far below the optimum,
   better heuristics would close the gap; if the proof is, only a stronger bound will.

Times are the best of a few runs on the same machine, in one process.
"""

from __future__ import annotations

import math
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from parley.analysis import Party, Point, Scenario, pareto_frontier
from parley.analysis.relaxation import Bound
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


HARD_SEEDS: tuple[int, ...] = (0, 1, 2, 3, 4)


def _hard_with_bound(seed: int) -> tuple[Scenario, Bound]:
    """A hard 200 x 8 scenario and the LP bound of its egalitarian max-min."""
    from parley.analysis.relaxation import Deadline, Relaxation

    s = hard_scenario(200, 8, seed)
    relaxed = Relaxation(s).max_min(np.ones(len(s.parties)), Deadline(None))
    assert relaxed is not None
    return s, relaxed[0]


def parse_seeds(text: str) -> tuple[int, ...]:
    """``0-9`` or ``0,3,5``."""
    if "-" in text:
        low, high = text.split("-", 1)
        return tuple(range(int(low), int(high) + 1))
    return tuple(int(part) for part in text.split(","))


def hard_solutions(budget: float) -> None:
    from parley.analysis import solutions

    print(
        f"4. Hard scenarios, 200 points x 8 parties, {budget:g} s per solution, seeds"
        f" {','.join(map(str, HARD_SEEDS))}: time and proven gap; parley (max-min incumbent by"
        " depth-first descent) | parley with HiGHS for that incumbent (the previous default)"
        " | HiGHS on the whole model (the baseline); same budget, same run"
    )
    gaps: dict[str, tuple[list[float], list[float], list[float]]] = {}
    descent = solutions.DESCENT_SHARE
    for seed in HARD_SEEDS:
        s = hard_scenario(200, 8, seed)
        for criterion in ("nash", "ks", "egalitarian", "welfare"):
            solver = Solver(s, method="milp", time_limit=budget)
            seconds, sol = best_time(lambda c=criterion, v=solver: v.solve(c), 1)
            mine, old, theirs = gaps.setdefault(criterion, ([], [], []))
            gap = "none" if sol is None else f"{100 * sol.gap:.3g} %"
            cells = [f"parley {seconds:5.2f} s, gap {gap}"]
            if sol is not None:
                mine.append(sol.gap)
            if criterion in ("ks", "egalitarian"):
                solutions.DESCENT_SHARE = 0.0
                try:
                    solver = Solver(s, method="milp", time_limit=budget)
                    old_s, old_sol = best_time(lambda c=criterion, v=solver: v.solve(c), 1)
                finally:
                    solutions.DESCENT_SHARE = descent
                if old_sol is not None:
                    old.append(old_sol.gap)
                    cells.append(f"HiGHS incumbent {old_s:5.2f} s, gap {100 * old_sol.gap:.3g} %")
            base_s, base_gap = plain_highs(s, criterion, budget)
            if base_gap is None:
                cells.append("whole model: n/a (needs the outer approximation)")
            else:
                theirs.append(base_gap)
                form = " (egalitarian form)" if criterion == "ks" else ""
                cells.append(f"whole model {base_s:5.2f} s, gap {100 * base_gap:.3g} %{form}")
            print(f"   seed {seed}: {criterion:11s} " + " | ".join(cells), flush=True)
    for criterion, (mine, old, theirs) in gaps.items():
        line = (
            f"   {criterion:11s} parley gap: median {100 * statistics.median(mine):.3g} %,"
            f" worst {100 * max(mine):.3g} %; proved within 0.1 %:"
            f" {sum(g <= 1e-3 for g in mine)} of {len(mine)}"
        )
        if old:
            line += (
                f"; with HiGHS's incumbent: median {100 * statistics.median(old):.3g} %,"
                f" worst {100 * max(old):.3g} %"
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


@dataclass(frozen=True)
class WholeModel:
    """One solution's program over every option, for the other back ends: maximise
    ``level`` with ``coef[j][o] @ x - floor >= level`` for each criterion row (or, with
    ``linear``, their sum), every party rational."""

    scenario: Scenario
    tables: list[np.ndarray]  # per point: allowed options x parties (values)
    reserve: np.ndarray
    coef: list[np.ndarray]  # per point: options x criterion rows
    floor: np.ndarray
    linear: bool


def whole_model(s: Scenario, criterion: str, ideal: np.ndarray | None) -> WholeModel:
    tables = [t[a] for t, a in zip(s.tables, s.allowed, strict=True)]
    if criterion == "ks":
        assert ideal is not None
        counted = ideal > s.tolerance
        scale = ideal[counted]
        coef = [t[:, counted] / scale for t in tables]
        floor = s.reservations[counted] / scale
    else:
        coef, floor = tables, s.reservations
    return WholeModel(s, tables, s.reservations, coef, floor, criterion == "welfare")


def other_backends(budget: float) -> None:
    """Each solution's whole program with SCIP (PySCIPOpt) and OR-Tools CP-SAT (two
    workers), where installed (``pip install -e '.[bench]'``; neither is a dependency of
    the package), beside HiGHS on the same program: time and proven gap."""
    print(
        f"5. Hard 200 x 8, whole model, {budget:g} s per solution: HiGHS, SCIP and CP-SAT"
        " (KS in its egalitarian form on parley's ideal gains)"
    )
    gaps: dict[tuple[str, str], list[float]] = {}
    for seed in HARD_SEEDS:
        s = hard_scenario(200, 8, seed)
        ideal = Solver(s, method="milp", time_limit=10 * budget).ideal()
        for criterion in ("egalitarian", "ks", "welfare"):
            model = whole_model(s, criterion, ideal)
            cells = []
            for name, run in (("HiGHS", _highs), ("SCIP", _scip), ("CP-SAT", _cpsat)):
                try:
                    took, found, bound = run(model, budget)
                except ImportError:
                    cells.append(f"{name} not installed")
                    continue
                gap = max(bound - found, 0.0) / max(abs(bound), 1e-12)
                gaps.setdefault((criterion, name), []).append(gap)
                cells.append(f"{name} {took:4.2f} s gap {100 * gap:.3g} %")
            print(f"   seed {seed}: {criterion:11s} " + " | ".join(cells), flush=True)
    for (criterion, name), found_gaps in gaps.items():
        print(
            f"   {criterion:11s} {name:6s} gap: median {100 * statistics.median(found_gaps):.3g} %,"
            f" worst {100 * max(found_gaps):.3g} %, within 0.1 %:"
            f" {sum(g <= 1e-3 for g in found_gaps)} of {len(found_gaps)}"
        )


def _highs(model: WholeModel, budget: float) -> tuple[float, float, float]:
    from parley.analysis.program import PackageProgram

    program = PackageProgram(model.scenario)
    coef = np.vstack(model.coef).T  # criterion rows x variables (same order: point, option)
    extra = 0 if model.linear else 1
    rows = program.rational_rows(extra=extra)
    if model.linear:
        objective = coef.sum(axis=0)
    else:
        for row, floor in zip(coef, model.floor, strict=True):
            rows.append((np.concatenate([row, [-1.0]]), float(floor), np.inf))
        objective = np.zeros(program.size + 1)
        objective[-1] = 1.0
    start = time.perf_counter()
    span = (np.array([-1e4]), np.array([1e4]))
    out = program.solve(
        objective, rows, extra=extra, extra_bounds=None if model.linear else span,
        time_limit=budget,
    )  # fmt: skip
    took = time.perf_counter() - start
    if out is None:
        return took, -math.inf, math.inf
    shift = float(model.floor.sum()) if model.linear else 0.0
    return took, out.objective - shift, out.bound - shift


def _scip(model: WholeModel, budget: float) -> tuple[float, float, float]:
    from pyscipopt import Model, quicksum

    m = Model()
    m.hideOutput()
    m.setParam("limits/time", budget)
    x = [[m.addVar(vtype="B") for _ in range(len(t))] for t in model.tables]
    for row in x:
        m.addCons(quicksum(row) == 1)

    def total(tables: list[np.ndarray], i: int):  # type: ignore[no-untyped-def]
        return quicksum(t[o, i] * x[j][o] for j, t in enumerate(tables) for o in range(len(t)))

    for i in range(len(model.reserve)):
        m.addCons(total(model.tables, i) >= model.reserve[i])
    rows = range(len(model.floor))
    if model.linear:
        m.setObjective(quicksum(total(model.coef, i) for i in rows), "maximize")
    else:
        level = m.addVar(lb=-1e4, ub=1e4)
        for i in rows:
            m.addCons(total(model.coef, i) - model.floor[i] >= level)
        m.setObjective(level, "maximize")
    start = time.perf_counter()
    m.optimize()
    took = time.perf_counter() - start
    shift = float(model.floor.sum()) if model.linear else 0.0
    return took, m.getObjVal() - shift, m.getDualbound() - shift


# CP-SAT needs integers: coefficients to 1e-5 of a unit (the gap is of the rounded program).
CPSAT_SCALE = 100_000


def _cpsat(model: WholeModel, budget: float) -> tuple[float, float, float]:
    from ortools.sat.python import cp_model

    sc = CPSAT_SCALE
    cp = cp_model.CpModel()
    x = [[cp.NewBoolVar("") for _ in range(len(t))] for t in model.tables]
    for row in x:
        cp.AddExactlyOne(row)

    def total(tables: list[np.ndarray], i: int):  # type: ignore[no-untyped-def]
        return sum(
            int(round(t[o, i] * sc)) * x[j][o] for j, t in enumerate(tables) for o in range(len(t))
        )

    for i in range(len(model.reserve)):
        cp.Add(total(model.tables, i) >= int(math.floor(model.reserve[i] * sc)))
    rows = range(len(model.floor))
    if model.linear:
        cp.Maximize(sum(total(model.coef, i) for i in rows))
    else:
        level = cp.NewIntVar(-(10**12), 10**12, "level")
        for i in rows:
            cp.Add(total(model.coef, i) - int(round(model.floor[i] * sc)) >= level)
        cp.Maximize(level)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = budget
    solver.parameters.num_workers = 2
    start = time.perf_counter()
    status = solver.Solve(cp)
    took = time.perf_counter() - start
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return took, -math.inf, math.inf
    shift = float(model.floor.sum()) if model.linear else 0.0
    return took, solver.ObjectiveValue() / sc - shift, solver.BestObjectiveBound() / sc - shift


PROOF_DEPTHS = (0.003, 0.005)


def level_proofs(budget: float) -> None:
    """What bounds the max-min gap: proving that no package comes within a share of the LP
    relaxation's bound, on the model reduced for that level, by parley's listing and by
    each solver as a feasibility problem (same rows: the egalitarian level and the
    reduced-cost budget)."""
    from parley.analysis.program import PackageProgram
    from parley.analysis.relaxation import Deadline, enumerate_within

    print(
        f"6. Egalitarian, hard 200 x 8: seconds to prove that no package comes within"
        f" {', '.join(f'{100 * d:g} %' for d in PROOF_DEPTHS)} of the LP bound (the"
        f" proven gap's floor), at most {budget:g} s each; > means not proved in time"
    )
    ratios: dict[str, list[float]] = {}
    for seed in HARD_SEEDS:
        s, bound = _hard_with_bound(seed)
        k = len(s.parties)
        for depth in PROOF_DEPTHS:
            target = bound.constant * (1 - depth)
            options = bound.alive(target, 1e-9)
            spend = bound.constant - target + 1e-9
            cells = []
            start = time.perf_counter()
            listed = enumerate_within(
                s, options, bound.costs, spend, np.eye(k), np.full(k, target), Deadline(budget),
                criterion_rows=k, paired=k,
            )  # fmt: skip
            mine = time.perf_counter() - start
            proved = listed.complete and listed.package is None
            if proved:
                cells.append(f"listing {mine:.2f} s")
            elif mine < budget:
                cells.append(f"listing gave up at its state cap after {mine:.2f} s")
            else:
                cells.append(f"listing >{mine:.2f} s")
            program = PackageProgram(s, options=options)
            rows = program.rational_rows()
            for i in range(k):
                rows.append((program.gain_row(i), float(s.reservations[i]) + target, np.inf))
            rows.append((program.cost_row(bound.costs), -np.inf, spend))
            start = time.perf_counter()
            out = program.solve(np.zeros(program.size), rows, time_limit=budget)
            took = time.perf_counter() - start
            done = out is None and program.last_complete
            cells.append(f"HiGHS {'' if done else '>'}{took:.2f} s")
            if done and proved:
                ratios.setdefault("HiGHS", []).append(took / mine)
            for name, run in (("SCIP", _scip_feasible), ("CP-SAT", _cpsat_feasible)):
                try:
                    took, done = run(s, options, bound.costs, spend, target, budget)
                except ImportError:
                    continue
                cells.append(f"{name} {'' if done else '>'}{took:.2f} s")
                if done and proved:
                    ratios.setdefault(name, []).append(took / mine)
            print(f"   seed {seed}, {100 * depth:g} %: " + ", ".join(cells), flush=True)
    for name, found in ratios.items():
        print(
            f"   {name}/listing time ratio where both proved: median"
            f" {statistics.median(found):.0f}x (range {min(found):.0f}-{max(found):.0f}x)"
        )


def _reduced(s: Scenario, options: list[np.ndarray]) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per point: its options left and their values (options x parties)."""
    return [(a, s.tables[j][a]) for j, a in enumerate(options)]


def _scip_feasible(
    s: Scenario,
    options: list[np.ndarray],
    costs: tuple[np.ndarray, ...],
    spend: float,
    target: float,
    budget: float,
) -> tuple[float, bool]:
    """SCIP's time to prove the reduced model empty, and whether it did."""
    from pyscipopt import Model, quicksum

    m = Model()
    m.hideOutput()
    m.setParam("limits/time", budget)
    reduced = _reduced(s, options)
    x = [[m.addVar(vtype="B") for _ in a] for a, _ in reduced]
    for row in x:
        m.addCons(quicksum(row) == 1)
    for i in range(len(s.parties)):
        m.addCons(
            quicksum(v[o, i] * x[j][o] for j, (a, v) in enumerate(reduced) for o in range(len(a)))
            >= s.reservations[i] + target
        )
    m.addCons(
        quicksum(
            costs[j][a[o]] * x[j][o] for j, (a, _) in enumerate(reduced) for o in range(len(a))
        )
        <= spend
    )
    start = time.perf_counter()
    m.optimize()
    return time.perf_counter() - start, m.getStatus() == "infeasible"


def _cpsat_feasible(
    s: Scenario,
    options: list[np.ndarray],
    costs: tuple[np.ndarray, ...],
    spend: float,
    target: float,
    budget: float,
) -> tuple[float, bool]:
    """CP-SAT's (two workers) time to prove the reduced model empty, rounded outwards so
    that an empty rounded model means an empty real one."""
    from ortools.sat.python import cp_model

    sc = CPSAT_SCALE
    cp = cp_model.CpModel()
    reduced = _reduced(s, options)
    x = [[cp.NewBoolVar("") for _ in a] for a, _ in reduced]
    for row in x:
        cp.AddExactlyOne(row)
    for i in range(len(s.parties)):
        # values rounded up, the floor down: every real package still passes
        cp.Add(
            sum(
                int(math.ceil(v[o, i] * sc)) * x[j][o]
                for j, (a, v) in enumerate(reduced)
                for o in range(len(a))
            )
            >= int(math.floor((s.reservations[i] + target) * sc))
        )
    cp.Add(
        sum(
            int(math.floor(costs[j][a[o]] * sc)) * x[j][o]
            for j, (a, _) in enumerate(reduced)
            for o in range(len(a))
        )
        <= int(math.ceil(spend * sc))
    )
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = budget
    solver.parameters.num_workers = 2
    start = time.perf_counter()
    status = solver.Solve(cp)
    return time.perf_counter() - start, status == cp_model.INFEASIBLE


def where_the_optimum_lies(budget: float) -> None:
    """Part 7: the egalitarian optimum lies between the deepest level the listing proves
    empty and the best package found."""
    from parley.analysis.relaxation import Deadline, descend_within, enumerate_within

    print(
        f"7. Egalitarian, hard 200 x 8: where the optimum lies, as a distance below the LP"
        f" bound: no package within (listing, 0.1 % steps, {budget:g} s each) | best package"
        f" found in {budget:g} s by the descent | by whole-model HiGHS (and HiGHS's bound)"
    )
    for seed in HARD_SEEDS:
        s, bound = _hard_with_bound(seed)
        k = len(s.parties)
        top = bound.constant
        proved, took = 0.0, 0.0
        for tenth in range(3, 30):
            depth = tenth / 1000
            target = top * (1 - depth)
            start = time.perf_counter()
            listed = enumerate_within(
                s, bound.alive(target, 1e-9), bound.costs, top - target + 1e-9, np.eye(k),
                np.full(k, target), Deadline(budget), criterion_rows=k, paired=k,
                states=4_000_000,
            )  # fmt: skip
            if not listed.complete or listed.package is not None:
                break
            proved, took = depth, time.perf_counter() - start
        start_level = top * 0.985
        descended = descend_within(
            s, bound.alive(start_level, 1e-9), bound.costs, top - start_level, np.eye(k),
            np.full(k, start_level), Deadline(budget), criterion_rows=k, paired=k,
            budget_follows=True,
        )  # fmt: skip
        found = "none"
        if descended.package is not None:
            level = float((s.values_of(descended.package) - s.reservations).min())
            found = f"{100 * (top - level) / top:.3f} %"
        _, whole, whole_bound = _highs(whole_model(s, "egalitarian", None), budget)
        print(
            f"   seed {seed}: LP bound {top:.4f}; no package within {100 * proved:.1f} %"
            f" (last proof {took:.1f} s) | descent {found} | HiGHS"
            f" {100 * (top - whole) / top:.3f} % (bound {100 * (top - whole_bound) / top:.3f} %)",
            flush=True,
        )


def main() -> int:
    global HARD_SEEDS
    budget = float(sys.argv[1]) if len(sys.argv) > 1 else 3.0
    if len(sys.argv) > 3:
        HARD_SEEDS = parse_seeds(sys.argv[3])
    if sys.argv[2:3] == ["optimum"]:
        where_the_optimum_lies(budget)
        return 0
    if sys.argv[2:3] == ["hard"]:
        hard_solutions(budget)
        other_backends(budget)
        level_proofs(3 * budget)
        return 0
    compare_with_negmas()
    large_frontier()
    large_solutions()
    hard_solutions(budget)
    other_backends(budget)
    level_proofs(3 * budget)
    return 0


if __name__ == "__main__":
    sys.exit(main())
