"""Scenarios that once broke a solver, kept as plain examples."""

from __future__ import annotations

from parley.analysis.scenario import Party, Point, Scenario
from parley.analysis.solutions import Solver


def test_egalitarian_milp_on_a_tiny_degenerate_plan() -> None:
    # Red lines leave one option on two points and one point has a single option:
    # HiGHS's presolve reported a solve error here and the solution came back empty.
    s = Scenario(
        points=(
            Point(id="p0", options=("o0", "o1"), title=""),
            Point(id="p1", options=("o0", "o1"), title=""),
            Point(id="p2", options=("o0", "o1"), title=""),
            Point(id="p3", options=("o0",), title=""),
        ),
        parties=(
            Party(
                id="P0",
                reservation=-2.5,
                values={"p0": {"o0": 0.0, "o1": -1.0}},
                red_lines=(("p1", "o0"), ("p2", "o0")),
                name="",
            ),
            Party(
                id="P1",
                reservation=-2.5,
                values={"p0": {"o0": -1.0, "o1": 0.0}},
                red_lines=(("p1", "o0"), ("p2", "o0")),
                name="",
            ),
        ),  # fmt: skip
        name="",
    )
    for method in ("milp", "frontier"):
        sol = Solver(s, method=method).solve("egalitarian")
        assert sol is not None, method
        assert min(sol.gains) == 1.5, method
