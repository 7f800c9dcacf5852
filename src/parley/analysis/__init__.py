"""The negotiation analysis engine: which packages every party could accept, and which are best.

It takes a :class:`Scenario` object (points, options, parties' additive values,
reservation values and red lines) and never touches the record or the database.
"""

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
