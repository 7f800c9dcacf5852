"""The negotiation analysis engine: which packages every party could accept, and which are best.

It takes a :class:`Scenario` object (points, options, parties' additive values,
reservation values and red lines) and never touches the record or the database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.lazy import lazy_exports

if TYPE_CHECKING:
    from parley.analysis.frontier import Packages, pareto_frontier
    from parley.analysis.logrolling import Improvements, Trade, improvements_from
    from parley.analysis.rational import individually_rational
    from parley.analysis.result import Analysis, analyze, render, to_json
    from parley.analysis.scenario import (
        Party,
        Point,
        Scenario,
        load_scenario,
        scenario_from_dict,
        scenario_from_json,
    )
    from parley.analysis.solutions import (
        Solution,
        Solver,
        egalitarian,
        kalai_smorodinsky,
        max_welfare,
        nash,
    )

__all__ = [
    "Analysis",
    "Improvements",
    "Packages",
    "Party",
    "Point",
    "Scenario",
    "Solution",
    "Solver",
    "Trade",
    "analyze",
    "egalitarian",
    "improvements_from",
    "individually_rational",
    "kalai_smorodinsky",
    "load_scenario",
    "max_welfare",
    "nash",
    "pareto_frontier",
    "render",
    "scenario_from_dict",
    "scenario_from_json",
    "to_json",
]

# Imported on first use: the engine loads SciPy and HiGHS (about half a second), which
# `import parley.analysis.command` (the command line) does not need until a scenario is analysed.
_LAZY = {
    "Analysis": "parley.analysis.result",
    "Improvements": "parley.analysis.logrolling",
    "Packages": "parley.analysis.frontier",
    "Party": "parley.analysis.scenario",
    "Point": "parley.analysis.scenario",
    "Scenario": "parley.analysis.scenario",
    "Solution": "parley.analysis.solutions",
    "Solver": "parley.analysis.solutions",
    "Trade": "parley.analysis.logrolling",
    "analyze": "parley.analysis.result",
    "egalitarian": "parley.analysis.solutions",
    "improvements_from": "parley.analysis.logrolling",
    "individually_rational": "parley.analysis.rational",
    "kalai_smorodinsky": "parley.analysis.solutions",
    "load_scenario": "parley.analysis.scenario",
    "max_welfare": "parley.analysis.solutions",
    "nash": "parley.analysis.solutions",
    "pareto_frontier": "parley.analysis.frontier",
    "render": "parley.analysis.result",
    "scenario_from_dict": "parley.analysis.scenario",
    "scenario_from_json": "parley.analysis.scenario",
    "to_json": "parley.analysis.result",
}


__getattr__ = lazy_exports(__name__, _LAZY)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
