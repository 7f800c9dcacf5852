"""Running an analysis and presenting it: result JSON and text tables."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from rich.console import Console
from rich.table import Table

from parley.analysis.frontier import Packages, pareto_frontier
from parley.analysis.logrolling import Improvements, improvements_from
from parley.analysis.rational import DEFAULT_LIMIT as RATIONAL_LIMIT
from parley.analysis.rational import count_individually_rational
from parley.analysis.relaxation import Deadline
from parley.analysis.robustness import (
    DEFAULT_SAMPLES,
    DEFAULT_SEED,
    Robustness,
    has_ranges,
    robustness,
)
from parley.analysis.scenario import Scenario
from parley.analysis.solutions import (
    CRITERIA,
    DEFAULT_TIME_LIMIT,
    FRONTIER_LIMIT,
    Solution,
    Solver,
)
from parley.errors import ScenarioTooLargeError

SOLUTION_CHOICES = ("frontier", *CRITERIA, "all")
TITLES = {
    "nash": "Nash (max product of gains)",
    "ks": "Kalai-Smorodinsky (max equal share of best gain)",
    "egalitarian": "Egalitarian (max smallest gain)",
    "welfare": "Max total value",
}
TABLE_ROWS = 20
# With more parties than this, tables put parties in rows.
WIDE_PARTIES = 6
WIDE_COLUMNS = 6
# An explicit --solution frontier may grow this large before it is refused.
EXPLICIT_LIMIT = 200_000


@dataclass
class Analysis:
    scenario: Scenario
    feasible: bool
    rational_count: int | None
    frontier: Packages | None = None  # asked for and computed
    solutions: dict[str, Solution | None] = field(default_factory=dict)
    improvements: Improvements | None = None
    frontier_note: str | None = None  # why the frontier is missing
    robustness: Robustness | None = None


def analyze(
    scenario: Scenario,
    solutions: Iterable[str] = ("all",),
    *,
    draft: tuple[int, ...] | None = None,
    method: str = "auto",
    trades: int = 10,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
    uncertainty: float | None = None,
    samples: int = DEFAULT_SAMPLES,
    seed: int = DEFAULT_SEED,
) -> Analysis:
    """Run the analyses asked for (``frontier``, a criterion, or ``all``).

    ``time_limit`` (seconds; None for none) bounds the whole analysis: the frontier gets
    at most a third of it, and each criterion an equal share of what is left. A solve
    stopped by it returns the best package found with its proven gap. ``uncertainty``
    (percent) adds how stable each solution package is when values are off by up to that
    much (:mod:`parley.analysis.robustness`).
    """
    deadline = Deadline(time_limit)
    wanted = set(solutions)
    unknown = wanted - set(SOLUTION_CHOICES)
    if unknown:
        raise ValueError(f"unknown solution {sorted(unknown)}; expected {SOLUTION_CHOICES}")
    if "all" in wanted:
        wanted = {"frontier", *CRITERIA}
    explicit = "frontier" in set(solutions)
    front, note = None, None
    if "frontier" in wanted and method != "milp":
        try:
            front = pareto_frontier(
                scenario,
                limit=EXPLICIT_LIMIT if explicit else FRONTIER_LIMIT,
                deadline=Deadline(None if time_limit is None else deadline.left() / 3),
            )
        except ScenarioTooLargeError as exc:
            if explicit:
                raise
            note = exc.message
    if front is not None:
        solver = Solver(scenario, front, method=method, deadline=deadline)
    else:
        # The DP was too large, or was not asked for: let the solver decide (or go MILP).
        solver = Solver(scenario, method="milp" if note else method, deadline=deadline)
    small = scenario.outcome_count <= 4 * RATIONAL_LIMIT
    result = Analysis(
        scenario=scenario,
        feasible=solver.feasible(),
        rational_count=count_individually_rational(scenario, limit=RATIONAL_LIMIT)
        if small
        else None,
        frontier=front,
        frontier_note=note,
    )
    asked = [c for c in CRITERIA if c in wanted]
    for n, criterion in enumerate(asked):
        if time_limit is not None:
            solver.deadline = Deadline(deadline.left() / (len(asked) - n))
        result.solutions[criterion] = solver.solve(criterion) if result.feasible else None
    if draft is not None:
        result.improvements = improvements_from(scenario, draft, limit=trades)
    if uncertainty is not None or has_ranges(scenario):
        result.robustness = robustness(
            scenario, result.solutions, pct=uncertainty or 0.0, samples=samples, seed=seed,
            frontier=front if front is not None else solver.frontier(), draft=draft,
        )  # fmt: skip
    return result


def to_json(analysis: Analysis) -> dict:
    """The result object of ``../shared/spec/scenario.md`` plus a few extra fields."""
    s = analysis.scenario
    out: dict = {
        "scenario": s.name,
        "parties": list(s.party_ids),
        "reservations": _by_party(s, s.reservations),
        "feasible": analysis.feasible,
        "packages": s.outcome_count,
        "individually_rational_count": analysis.rational_count,
        "tolerance": s.tolerance,
    }
    if analysis.frontier is not None:
        out["frontier"] = [
            {"package": s.package_dict(c), "values": _by_party(s, v)}
            for c, v in zip(analysis.frontier.choices, analysis.frontier.values, strict=True)
        ]
        out["frontier_size"] = len(analysis.frontier)
    elif analysis.frontier_note:
        out["frontier"] = None
        out["frontier_note"] = analysis.frontier_note
    for criterion, sol in analysis.solutions.items():
        out[criterion] = None if sol is None else _solution_json(s, sol)
    if analysis.improvements is not None:
        out["improvements"] = _improvements_json(s, analysis.improvements)
    if analysis.robustness is not None:
        out["robustness"] = _robustness_json(s, analysis.robustness)
    return out


def _robustness_json(s: Scenario, rob: Robustness) -> dict:
    return {
        "uncertainty_pct": rob.pct,
        "samples": rob.samples,
        "seed": rob.seed,
        "candidates": rob.pool,
        "exact": rob.exact,
        "solutions": {
            c: {
                "package": s.package_dict(st.package),
                "individually_rational": st.rational,
                "pareto_efficient": st.efficient,
                "chosen": st.chosen,
                "deciding_points": [{"point": p, "share": share} for p, share in st.deciding],
            }
            for c, st in rob.stability.items()
        },
        "draft_acceptance": rob.acceptance,
    }


def _solution_json(s: Scenario, sol: Solution) -> dict:
    return {
        "package": s.package_dict(sol.package),
        "values": _by_party(s, sol.values),
        "gains": _by_party(s, sol.gains),
        "least_satisfied": sol.least_satisfied(s),
        "method": sol.method,
        "gap": sol.gap,
        "notes": list(sol.notes),
    }


def _improvements_json(s: Scenario, imp: Improvements) -> dict:
    return {
        "from": {
            "package": s.package_dict(imp.draft),
            "values": _by_party(s, imp.draft_values),
            "individually_rational": imp.draft_rational,
            "pareto_optimal": imp.pareto_optimal,
        },
        "trades": [
            {
                "changes": [{"point": c.point, "from": c.before, "to": c.after} for c in t.changes],
                "package": s.package_dict(t.package),
                "values": _by_party(s, t.values),
                "gains": _by_party(s, t.deltas),
                "individually_rational": t.individually_rational,
            }
            for t in imp.trades
        ],
    }


def _by_party(s: Scenario, vector: np.ndarray) -> dict[str, float]:
    return {p.id: _number(x) for p, x in zip(s.parties, vector, strict=True)}


def _number(x: float) -> float:
    # Sums of floats such as 0.1 + 0.2 print as 0.30000000000000004; 12 digits is plenty.
    return float(round(float(x), 12)) + 0.0


# -- text --------------------------------------------------------------------


def render(analysis: Analysis, console: Console) -> None:
    """Print the analysis as tables."""
    s = analysis.scenario
    rational = analysis.rational_count
    console.print(
        f"[bold]{s.name or 'scenario'}[/bold]: {len(s.points)} points, {len(s.parties)} parties,"
        f" {package_count(s)} packages without red lines,"
        f" {'?' if rational is None else rational} individually rational"
    )
    if not analysis.feasible:
        console.print(
            "No package is acceptable to every party (individually rational): no solutions."
        )
    if analysis.frontier is not None and analysis.feasible:
        _render_frontier(s, analysis.frontier, console)
    elif analysis.frontier_note:
        console.print(f"Frontier not listed: {analysis.frontier_note}")
    if analysis.solutions and analysis.feasible:
        _render_solutions(s, analysis.solutions, console)
    if analysis.improvements is not None:
        _render_improvements(s, analysis.improvements, console)
    if analysis.robustness is not None:
        _render_robustness(s, analysis.robustness, console)


def _render_robustness(s: Scenario, rob: Robustness, console: Console) -> None:
    pool = "every package" if rob.exact else f"{rob.pool} candidate packages"
    table = Table(
        title=f"Robustness: values off by up to {rob.pct:g} % (or within their ranges),"
        f" {rob.samples} samples"
        f" (seed {rob.seed}), compared over {pool}"
    )
    for name in ("solution", "rational", "efficient", "chosen", "decided by (share of losses)"):
        table.add_column(name, justify="left" if name[0] in "sd" else "right")
    for criterion, st in rob.stability.items():
        table.add_row(
            criterion,
            _pct(st.rational),
            _pct(st.efficient),
            _pct(st.chosen),
            ", ".join(f"{p} {_pct(share)}" for p, share in st.deciding) or "-",
        )
    console.print(table)
    if rob.acceptance is not None:
        accept = ", ".join(f"{p} {_pct(a)}" for p, a in rob.acceptance.items())
        console.print(f"Draft accepted (value at least the reservation): {accept}")


def _pct(share: float) -> str:
    return f"{100 * share:.1f} %"


def _render_frontier(s: Scenario, front: Packages, console: Console) -> None:
    if len(s.parties) > WIDE_PARTIES:
        _render_frontier_by_party(s, front, console)
        return
    table = Table(title=f"Pareto frontier: {len(front)} packages (by total value)")
    table.add_column("#", justify="right")
    for p in s.parties:
        table.add_column(p.id, justify="right")
    table.add_column("total", justify="right")
    table.add_column("package")
    for r in range(min(len(front), TABLE_ROWS)):
        values = front.values[r]
        table.add_row(
            str(r + 1),
            *(_fmt(x) for x in values),
            _fmt(values.sum()),
            _package_text(s, front.choices[r]),
        )
    console.print(table)
    if len(front) > TABLE_ROWS:
        console.print(f"... {len(front) - TABLE_ROWS} more (--format json lists all)")


def _render_frontier_by_party(s: Scenario, front: Packages, console: Console) -> None:
    """Many parties: parties as rows, one column per frontier package (the first few)."""
    shown = min(len(front), WIDE_COLUMNS)
    table = Table(title=f"Pareto frontier: {len(front)} packages (by total value)")
    table.add_column("party")
    for r in range(shown):
        table.add_column(f"#{r + 1}", justify="right")
    for i, party in enumerate(s.parties):
        table.add_row(party.id, *(_fmt(front.values[r][i]) for r in range(shown)))
    table.add_row("total", *(_fmt(front.values[r].sum()) for r in range(shown)))
    console.print(table)
    for r in range(shown):
        console.print(f"#{r + 1}: {_package_text(s, front.choices[r])}", soft_wrap=True)
    if len(front) > shown:
        console.print(f"... {len(front) - shown} more (--format json lists all)")


def package_count(s: Scenario) -> str:
    """The number of packages in plain form: 1,296, or 2^40 rather than 41 digits."""
    n = s.outcome_count
    if n < 10**7:
        return f"{n:,}"
    sizes = {len(a) for a in s.allowed}
    if len(sizes) == 1:
        return f"{sizes.pop()}^{len(s.points)}"
    return f"about 10^{math.log10(n):.0f}"


def _method(sol: Solution) -> str:
    return sol.method if sol.gap == 0 else f"{sol.method}, gap {_gap(sol.gap)}"


def _gap(gap: float) -> str:
    """A proven relative gap as a percentage: 'gap 1.2 %', '0.003 %'."""
    return f"{100 * gap:.2g} %"


def _render_solutions(s: Scenario, solutions: dict[str, Solution | None], console: Console) -> None:
    if len(s.parties) > WIDE_PARTIES:
        _render_solutions_by_party(s, solutions, console)
        return
    table = Table(title="Solutions (gain over reservation per party)")
    table.add_column("solution")
    for p in s.parties:
        table.add_column(p.id, justify="right")
    table.add_column("least satisfied")
    table.add_column("method")
    for criterion, sol in solutions.items():
        if sol is None:
            continue
        table.add_row(
            TITLES[criterion],
            *(_fmt(x) for x in sol.gains),
            sol.least_satisfied(s),
            _method(sol),
        )
    console.print(table)
    _print_packages(s, solutions, console)


def _render_solutions_by_party(
    s: Scenario, solutions: dict[str, Solution | None], console: Console
) -> None:
    """Many parties: parties as rows, one column per solution."""
    shown = {c: sol for c, sol in solutions.items() if sol is not None}
    table = Table(title="Solutions (gain over reservation per party)")
    table.add_column("party")
    for criterion in shown:
        table.add_column(criterion, justify="right")
    for i, party in enumerate(s.parties):
        table.add_row(party.id, *(_fmt(sol.gains[i]) for sol in shown.values()))
    table.add_row("least satisfied", *(sol.least_satisfied(s) for sol in shown.values()))
    table.add_row("method", *(_method(sol) for sol in shown.values()))
    console.print(table)
    _print_packages(s, solutions, console)


def _print_packages(s: Scenario, solutions: dict[str, Solution | None], console: Console) -> None:
    for criterion, sol in solutions.items():
        if sol is not None:
            console.print(f"{criterion}: {_package_text(s, sol.package)}", soft_wrap=True)
    for sol in solutions.values():
        if sol is not None:
            for note in sol.notes:
                console.print(f"{sol.criterion}: {note}")


def _render_improvements(s: Scenario, imp: Improvements, console: Console) -> None:
    values = ", ".join(
        f"{p.id} {_fmt(x)}" for p, x in zip(s.parties, imp.draft_values, strict=True)
    )
    state = "individually rational" if imp.draft_rational else "not individually rational"
    console.print(f"From the given package ({values}; {state}):")
    if imp.pareto_optimal:
        console.print(
            "it is Pareto optimal: no trade across points helps one party without hurting another."
        )
        return
    table = Table(title="Nearest Pareto-improving trades (gain per party)")
    table.add_column("#", justify="right")
    table.add_column("trade")
    for p in s.parties:
        table.add_column(p.id, justify="right")
    table.add_column("rational")
    for r, t in enumerate(imp.trades, start=1):
        trade = "; ".join(f"{c.point}: {c.before} -> {c.after}" for c in t.changes)
        table.add_row(
            str(r), trade, *(_fmt(x) for x in t.deltas), "yes" if t.individually_rational else "no"
        )
    console.print(table)


def _package_text(s: Scenario, choice: np.ndarray | tuple[int, ...]) -> str:
    """'accept: 1 2 5 | drop: 3 4' when all points share options, else 'id=option; ...'."""
    if len({p.options for p in s.points}) == 1:
        groups: dict[str, list[str]] = {}
        for point, k in zip(s.points, choice, strict=True):
            groups.setdefault(point.options[int(k)], []).append(point.id)
        return " | ".join(f"{option}: {' '.join(ids)}" for option, ids in groups.items())
    return "; ".join(f"{p.id}={p.options[int(k)]}" for p, k in zip(s.points, choice, strict=True))


def _fmt(x: float) -> str:
    return f"{float(x):.4g}"
