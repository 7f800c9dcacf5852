"""Starting packages, the ideal point without solves, gaps with an unproved ideal point, and
listing (breadth first) or descending (depth first) the packages within a reduced-cost budget."""

from __future__ import annotations

import itertools
from unittest import mock

import numpy as np
from analysis_oracle import best, criterion_value, rational, value
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_analysis_properties import scenarios

from parley.analysis import Party, Point, Scenario
from parley.analysis.relaxation import Deadline, descend_within, enumerate_within
from parley.analysis.solutions import Solver, _repair

SOME = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _rational(s: Scenario, package: tuple[int, ...]) -> bool:
    return bool(np.all(value(s, package) >= s.reservations - s.tolerance))


@SOME
@given(scenarios(max_points=6), st.data(), st.booleans())
def test_repair_returns_a_rational_package_or_none(s: Scenario, data, improve: bool) -> None:
    if any(len(a) == 0 for a in s.allowed):
        return
    start = tuple(int(data.draw(st.sampled_from(a.tolist()))) for a in s.allowed)
    weights = np.array(data.draw(st.lists(st.integers(0, 3), min_size=len(s.parties),
                                          max_size=len(s.parties))), dtype=float)  # fmt: skip
    repaired = _repair(s, start, weights, improve=improve)
    if repaired is None:
        return
    assert not s.touches_red_line(repaired)
    assert _rational(s, repaired)
    if improve and _rational(s, start):
        # From a rational start, changes that keep it rational may only raise the objective.
        before = float(weights @ value(s, start))
        assert float(weights @ value(s, repaired)) >= before - s.tolerance


@SOME
@given(scenarios(max_points=6))
def test_repair_of_a_rational_package_keeps_it(s: Scenario) -> None:
    ir = rational(s)
    if not ir:
        return
    package = ir[0][0]
    assert _repair(s, package, np.ones(len(s.parties))) == package


def test_ideal_point_needs_no_solve_when_each_favourite_package_is_rational() -> None:
    rng = np.random.default_rng(3)
    points = tuple(Point(id=str(j), options=("a", "b", "c")) for j in range(60))
    s = Scenario(
        points=points,
        parties=tuple(
            Party(
                id=f"P{i}",
                reservation=-1000.0,
                values={p.id: {o: float(rng.uniform(-1, 1)) for o in p.options} for p in points},
            )
            for i in range(5)
        ),
    )
    solver = Solver(s, method="milp")
    with mock.patch.object(Solver, "_linear", side_effect=AssertionError("solved")):
        ideal = solver.ideal()
    expected = np.array([sum(t[:, i].max() for t in s.tables) for i in range(5)]) + 1000.0
    assert ideal is not None
    assert np.allclose(ideal, expected)
    assert solver._ideal_gap == 0.0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(), st.data())
def test_ks_gap_holds_when_the_ideal_point_is_not_proved(s: Scenario, data) -> None:
    # The ideal point's search stopped early: gains found below the true ideal, upper
    # bounds above it. The reported gap must still bound the true shortfall.
    ir = rational(s)
    if not ir:
        return
    gains = np.array([v for _, v in ir]) - s.reservations
    ideal = gains.max(axis=0)
    tol = s.tolerance
    k = len(s.parties)
    low = np.array(data.draw(st.lists(st.floats(0.3, 1.0), min_size=k, max_size=k)))
    high = np.array(data.draw(st.lists(st.floats(1.0, 1.5), min_size=k, max_size=k)))
    found = np.where(ideal > tol, ideal * low, ideal)
    bounds = np.where(ideal > tol, ideal * high, ideal)
    gap = float(((bounds - found) / np.maximum(np.abs(bounds), tol)).max())
    solver = Solver(s, method="milp")
    with mock.patch.object(Solver, "_ideal_milp", return_value=(found, bounds, gap)):
        sol = solver.solve("ks")
    assert sol is not None
    expected = best(s, "ks")
    got = criterion_value(s, "ks", sol.gains, ideal)
    assert got >= (1 - sol.gap) * expected - 1e-6 * max(1.0, abs(expected))


def test_ks_gap_counts_an_ideal_point_found_too_low() -> None:
    # Ideal gains (10, 6); KS picks "x" (shares 1 and 2/3) over "y" (0.6 and 1). With A's
    # ideal found at 6 only, "y" looks best: its true shortfall (10 %) must be in the gap.
    point = Point(id="1", options=("x", "y"))
    s = Scenario(
        points=(point,),
        parties=(
            Party(id="A", reservation=0.0, values={"1": {"x": 10.0, "y": 6.0}}),
            Party(id="B", reservation=0.0, values={"1": {"x": 4.0, "y": 6.0}}),
        ),
    )
    found, bounds = np.array([6.0, 6.0]), np.array([10.0, 6.0])
    solver = Solver(s, method="milp")
    with mock.patch.object(Solver, "_ideal_milp", return_value=(found, bounds, 0.4)):
        sol = solver.solve("ks")
    assert sol is not None and sol.package == (1,)
    assert sol.gap >= 0.1


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(max_points=6), st.data(), st.sampled_from(["listing", "descent", "following"]))
def test_listing_within_a_budget_equals_brute_force(s: Scenario, data, how: str) -> None:
    # Random reduced costs, budget, rows and floors: the listing (and the depth-first descent,
    # with a fixed budget or one that falls as the criterion margin rises) must find the best
    # package (largest smallest margin over the criterion rows) among those brute force
    # accepts.
    k = len(s.parties)
    small = st.integers(0, 4).map(float)
    costs = [np.array([data.draw(small) for _ in p.options]) for p in s.points]
    budget = data.draw(st.integers(0, 8).map(float))
    count = data.draw(st.integers(1, 3))
    rows = np.array([[data.draw(st.integers(-2, 2)) for _ in range(k)] for _ in range(count)])
    rows = rows.astype(float)
    floors = np.array([data.draw(st.integers(-6, 6)) / 2 for _ in range(count)])
    criterion_rows = data.draw(st.integers(1, count))
    paired = data.draw(st.integers(0, count))
    if how == "listing":
        listed = enumerate_within(
            s, s.allowed, costs, budget, rows, floors, Deadline(None),
            criterion_rows=criterion_rows, paired=paired,
        )  # fmt: skip
    else:
        listed = descend_within(
            s, s.allowed, costs, budget, rows, floors, Deadline(None),
            criterion_rows=criterion_rows, paired=paired, budget_follows=how == "following",
            chunk=data.draw(st.sampled_from([1, 2, 256])),
        )  # fmt: skip
    assert listed.complete
    # the best margin over every package, and over those spending at most the budget less
    # their margin (what a falling budget keeps: in use, reduced costs guarantee it of all)
    best_margin: float | None = None
    best_kept: float | None = None
    for package in itertools.product(*[a.tolist() for a in s.allowed]):
        spent = sum(c[o] for c, o in zip(costs, package, strict=True))
        if spent > budget:
            continue
        levels = rows @ (value(s, package) - s.reservations) - floors
        if np.all(levels >= -1e-9):
            margin = float(levels[:criterion_rows].min())
            best_margin = margin if best_margin is None else max(best_margin, margin)
            if spent <= budget - max(margin, 0.0) + 1e-9:
                best_kept = margin if best_kept is None else max(best_kept, margin)
    if best_margin is None:
        assert listed.package is None
        return
    if how == "following" and listed.package is None:
        assert best_kept is None
        return
    assert listed.package is not None
    assert not s.touches_red_line(listed.package)
    assert sum(c[o] for c, o in zip(costs, listed.package, strict=True)) <= budget
    levels = rows @ (value(s, listed.package) - s.reservations) - floors
    assert np.all(levels >= -1e-9)
    got = float(levels[:criterion_rows].min())
    if how == "following":
        assert got <= best_margin + 1e-9
        assert best_kept is None or got >= best_kept - 1e-9
    else:
        assert abs(got - best_margin) <= 1e-9
