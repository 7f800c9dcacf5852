"""Property tests: the engine against brute force on random small scenarios."""

from __future__ import annotations

from unittest import mock

import numpy as np
from analysis_oracle import (
    best,
    criterion_value,
    frontier_vectors,
    pareto_improvements,
    rational,
    value,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parley.analysis import Party, Point, Scenario, improvements_from, pareto_frontier, solutions
from parley.analysis.solutions import CRITERIA, Solver


@st.composite
def scenarios(draw, max_points: int = 5, max_parties: int = 4) -> Scenario:
    n = draw(st.integers(1, max_points))
    points = tuple(
        Point(id=f"p{j}", options=tuple(f"o{q}" for q in range(draw(st.integers(1, 3)))))
        for j in range(n)
    )
    # Small integers (and halves) make ties and zero gains common: the hard cases.
    number = st.integers(-6, 6).map(lambda x: x / 2)
    parties = []
    for i in range(draw(st.integers(1, max_parties))):
        values = {
            p.id: {o: draw(number) for o in p.options}
            for p in points
            if draw(st.booleans()) or draw(st.booleans())
        }
        red = tuple((p.id, o) for p in points for o in p.options if draw(st.integers(0, 9)) == 0)
        parties.append(Party(id=f"P{i}", reservation=draw(number), values=values, red_lines=red))
    return Scenario(points=points, parties=tuple(parties))


def _vectors(values: np.ndarray) -> list[tuple[float, ...]]:
    return sorted(tuple(round(float(x), 6) for x in v) for v in values)


FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(scenarios())
def test_frontier_equals_brute_force(s: Scenario) -> None:
    front = pareto_frontier(s)
    assert _vectors(front.values) == frontier_vectors(s)
    for choice, vec in zip(front.choices, front.values, strict=True):
        assert np.allclose(value(s, tuple(choice)), vec)
        assert not s.touches_red_line(tuple(choice))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(), st.sampled_from(["frontier", "milp"]))
def test_each_solution_is_the_brute_force_optimum(s: Scenario, method: str) -> None:
    solver = Solver(s, method=method)
    ir = rational(s)
    ideal = np.max([v - s.reservations for _, v in ir], axis=0) if ir else None
    for criterion in CRITERIA:
        sol = solver.solve(criterion)
        expected = best(s, criterion)
        if expected is None:
            assert sol is None
            continue
        assert sol is not None
        assert np.all(sol.values >= s.reservations - s.tolerance)
        assert not s.touches_red_line(sol.package)
        got = criterion_value(s, criterion, sol.gains, ideal)
        if criterion == "nash" and got <= 0:
            got = float(sol.gains.sum())  # degenerate case: the engine maximises the total
        assert abs(got - expected) <= 1e-6 * max(1.0, abs(expected)), (criterion, method)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_unproved_max_min_keeps_its_level_and_is_polished(s: Scenario) -> None:
    # Large plans stop before the level is proved and skip the tie-break stage; force that
    # path here (every level counts as unproved) on plans HiGHS solves exactly.
    ir = rational(s)
    ideal = np.max([v - s.reservations for _, v in ir], axis=0) if ir else None
    with mock.patch.object(solutions, "MAXMIN_PROVED", -1.0):
        solver = Solver(s, method="milp")
        for criterion in ("egalitarian", "ks"):
            sol = solver.solve(criterion)
            expected = best(s, criterion)
            if expected is None:
                assert sol is None
                continue
            got = criterion_value(s, criterion, sol.gains, ideal)
            assert abs(got - expected) <= 1e-6 * max(1.0, abs(expected)), criterion
            assert np.all(sol.values >= s.reservations - s.tolerance)
            assert not s.touches_red_line(sol.package)
            for j, table in enumerate(s.tables):
                for o in s.allowed[j]:
                    delta = table[o] - table[sol.package[j]]
                    assert not (np.all(delta >= 0) and delta.sum() > s.tolerance), (j, o)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(max_points=4), st.data())
def test_trades_are_minimal_pareto_improvements(s: Scenario, data) -> None:
    draft = tuple(data.draw(st.integers(0, len(p.options) - 1)) for p in s.points)
    found = improvements_from(s, draft, limit=5)
    oracle = pareto_improvements(s, draft)
    assert found.pareto_optimal == (not oracle)
    if not oracle:
        return

    def changes(package: tuple[int, ...]) -> frozenset:
        return frozenset((j, o) for j, o in enumerate(package) if o != draft[j])

    improving = {changes(p) for p in oracle}
    nearest = min(len(c) for c in improving)
    assert len(found.trades[0].changes) == nearest
    sizes = [len(t.changes) for t in found.trades]
    assert sizes == sorted(sizes)
    listed = [changes(t.package) for t in found.trades]
    for trade, moves in zip(found.trades, listed, strict=True):
        assert moves in improving
        assert np.all(trade.deltas >= -s.tolerance) and trade.deltas.sum() > 0
        # minimal: no improving trade uses a strict subset of these changes
        assert not any(other < moves for other in improving)
    assert len(set(listed)) == len(listed)
