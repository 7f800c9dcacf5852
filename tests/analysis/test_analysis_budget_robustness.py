"""Time budgets, hard scenarios, robustness sampling and many-party output."""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
import pytest
from rich.console import Console
from typer.testing import CliRunner

from parley.analysis import Party, Point, Scenario, analyze, load_scenario, pareto_frontier, render
from parley.analysis.relaxation import Deadline
from parley.analysis.result import package_count
from parley.analysis.robustness import robustness
from parley.analysis.solutions import Solver
from parley.cli import app
from parley.errors import ScenarioTooLargeError

DATA = Path(__file__).resolve().parents[2] / "src" / "parley" / "data" / "scenarios"
PLAN = DATA / "peace-plan.json"
DRAFT = DATA / "peace-plan-draft.json"


def wide(points: int, options: int, parties: int, reservation: float | None, seed: int = 0):
    rng = np.random.default_rng(seed)
    pts = tuple(
        Point(id=str(j), options=tuple(f"o{m}" for m in range(options))) for j in range(points)
    )
    return Scenario(
        points=pts,
        parties=tuple(
            Party(
                id=f"P{i}",
                reservation=float(rng.uniform(-3, 3)) if reservation is None else reservation,
                values={p.id: {o: float(rng.uniform(-1, 1)) for o in p.options} for p in pts},
            )
            for i in range(parties)
        ),
        name="wide",
    )


def test_huge_negative_reservations_answer_within_the_budget() -> None:
    s = wide(40, 10, 12, -1e9)
    start = time.monotonic()
    result = analyze(s, time_limit=3.0)
    took = time.monotonic() - start
    assert took < 3.0 + 6.0, took  # the budget plus the LP floor and bookkeeping
    assert result.feasible  # -1e9: every package is acceptable
    assert result.frontier is None and "frontier" in (result.frontier_note or "")
    for sol in result.solutions.values():
        assert sol is not None and 0.0 <= sol.gap <= 1.0


def test_explicit_frontier_refuses_early_when_it_cannot_fit() -> None:
    s = wide(40, 10, 12, None)
    start = time.monotonic()
    with pytest.raises(ScenarioTooLargeError):
        pareto_frontier(s, limit=200_000, deadline=Deadline(2.0))
    assert time.monotonic() - start < 10.0


def test_reduced_models_bound_nash_on_a_hard_case() -> None:
    rng = np.random.default_rng(3)
    pts = tuple(
        Point(id=str(j), options=tuple(f"o{m}" for m in range(int(rng.integers(2, 5)))))
        for j in range(60)
    )
    s = Scenario(
        points=pts,
        parties=tuple(
            Party(
                id=f"P{i}",
                reservation=float(rng.uniform(-3, 3)),
                values={p.id: {o: float(rng.uniform(-1, 1)) for o in p.options} for p in pts},
            )
            for i in range(5)
        ),
    )
    sol = Solver(s, method="milp", time_limit=20).solve("nash")
    assert sol is not None and sol.gap <= 1e-2


def test_robustness_is_reproducible_and_exact_at_zero_noise() -> None:
    s = load_scenario(PLAN)
    draft = s.package_from_mapping(json.loads(DRAFT.read_text()))
    a = analyze(s, uncertainty=10, samples=300, seed=7, draft=draft)
    b = analyze(s, uncertainty=10, samples=300, seed=7, draft=draft)
    assert a.robustness == b.robustness
    rob = a.robustness
    assert rob is not None and rob.exact and rob.pool == s.outcome_count
    assert set(rob.stability) == {"nash", "ks", "egalitarian", "welfare"}
    assert rob.acceptance is not None and set(rob.acceptance) == set(s.party_ids)
    for st in rob.stability.values():
        assert 0.0 <= st.chosen <= st.rational <= 1.0 and st.efficient <= st.rational
    other = analyze(s, uncertainty=10, samples=300, seed=8).robustness
    assert other is not None and other.stability != rob.stability
    calm = robustness(s, a.solutions, pct=0.0, samples=5)
    for criterion in ("nash", "egalitarian", "welfare"):
        st = calm.stability[criterion]
        assert st.rational == 1.0 and st.efficient == 1.0 and st.chosen == 1.0


def test_uncertainty_on_the_command_line() -> None:
    # Each run counts its budget from its own start (a process's later commands do: see
    # test_a_process_s_later_commands_count_from_their_own_start), with a budget no load
    # exhausts; both must be complete, and the same.
    runner = CliRunner()
    args = ["analyze", str(PLAN), "--uncertainty", "10", "--samples", "200", "-f", "json"]
    args += ["--time-limit", "600"]
    first = runner.invoke(app, args)
    second = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert second.exit_code == 0, second.output
    one, two = json.loads(first.stdout), json.loads(second.stdout)
    assert "frontier_note" not in one and "frontier_note" not in two  # nothing cut short
    assert one["robustness"]["exact"] and one["robustness"] == two["robustness"]
    table = runner.invoke(app, ["analyze", str(PLAN), "--uncertainty", "10", "--samples", "200"])
    assert "Robustness" in table.stdout and "chosen" in table.stdout


def test_many_parties_print_plainly() -> None:
    s = wide(40, 2, 12, None)
    assert package_count(s) == "2^40"
    assert package_count(load_scenario(PLAN)) == "162"
    result = analyze(s, ["egalitarian", "welfare"], time_limit=4.0)
    console = Console(width=80, record=True)
    render(result, console)
    text = console.export_text()
    assert "2^40 packages" in text
    assert "P11" in text and "least satisfied" in text
    assert "e-0" not in text  # gaps as percentages, not 1.2e-02


def test_ranges_in_the_scenario_drive_the_sampling(tmp_path: Path) -> None:
    data = json.loads(PLAN.read_text())
    ukr = next(p for p in data["parties"] if p["id"] == "UKR")
    first = data["points"][0]
    option = (first.get("options") or ["accept", "drop"])[0]
    ukr["ranges"] = {first["id"]: {option: [-50.0, 50.0]}}
    path = tmp_path / "ranged.json"
    path.write_text(json.dumps(data))
    s = load_scenario(path)
    assert s.parties[[p.id for p in s.parties].index("UKR")].ranges
    result = analyze(s, samples=300)  # ranges alone switch the robustness analysis on
    rob = result.robustness
    assert rob is not None and rob.pct == 0.0
    # a value that may swing by +-50 makes some package lose its standing somewhere
    assert any(st.chosen < 1.0 or st.rational < 1.0 for st in rob.stability.values())


@pytest.mark.parametrize(
    ("ranges", "problem"),
    [
        ({"nope": {"a": [0, 1]}}, "unknown point"),
        ({"P": {"a": [2, 1]}}, "is above high"),
        ({"P": {"a": [0]}}, "expected [low, high]"),
        ({"P": {"zz": [0, 1]}}, "unknown option"),
    ],
)
def test_bad_ranges_are_refused_with_their_place(ranges: dict, problem: str) -> None:
    from parley.analysis import scenario_from_dict
    from parley.errors import ScenarioError

    data = {
        "points": [{"id": "P", "options": ["a", "b"]}],
        "parties": [{"id": "X", "values": {"P": {"a": 1, "b": 0}}, "ranges": ranges}],
    }
    with pytest.raises(ScenarioError, match="ranges") as info:
        scenario_from_dict(data, source="s.json")
    assert problem in str(info.value)


def test_huge_magnitudes_are_refused() -> None:
    from parley.analysis import scenario_from_dict
    from parley.errors import ScenarioError

    data = {
        "points": [{"id": "P"}],
        "parties": [{"id": "X", "reservation": -1e15, "values": {"P": {"accept": 1, "drop": 0}}}],
    }
    with pytest.raises(ScenarioError, match="rescale"):
        scenario_from_dict(data, source="s.json")


def test_the_cli_budget_counts_from_the_command_launch(monkeypatch: pytest.MonkeyPatch) -> None:
    """`--time-limit` is the whole run: what loading took is not given to the solves again."""
    import parley.analysis.command as command

    seen: list[float] = []

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(float(kwargs["time_limit"]))  # type: ignore[arg-type]
        return analyze(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(command, "analyze", spy)
    monkeypatch.setattr(command, "command_start", lambda: time.monotonic() - 4.0)  # 4 s ago
    result = CliRunner().invoke(app, ["analyze", str(PLAN), "--time-limit", "10"])
    assert result.exit_code == 0, result.output
    assert 5.0 < seen[0] <= 6.0
    monkeypatch.setattr(command, "command_start", lambda: time.monotonic() - 60.0)  # all gone
    result = CliRunner().invoke(app, ["analyze", str(PLAN), "--time-limit", "10"])
    assert result.exit_code == 0, result.output
    assert seen[1] == command.MIN_SOLVE_SECONDS


def test_a_process_s_later_commands_count_from_their_own_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The first command of a process counts from the package's import; a later one (a
    test runner, a notebook) from its own start, not from the process's age."""
    import parley.analysis.command as command
    from parley import launch

    seen: list[float] = []

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(float(kwargs["time_limit"]))  # type: ignore[arg-type]
        return analyze(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(command, "analyze", spy)
    monkeypatch.setattr(launch, "STARTED", time.monotonic() - 3600.0)  # imported an hour ago
    monkeypatch.setattr(launch, "_commands_begun", 0)
    for _ in range(2):
        result = CliRunner().invoke(app, ["analyze", str(PLAN), "--time-limit", "10"])
        assert result.exit_code == 0, result.output
    assert seen[0] == command.MIN_SOLVE_SECONDS  # the first: the hour counts against it
    assert 9.0 < seen[1] <= 10.0  # the second: its own start
