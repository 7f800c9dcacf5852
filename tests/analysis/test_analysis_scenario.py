"""Scenario files: validation messages, infeasible scenarios, the bundled example."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from parley.analysis import (
    analyze,
    improvements_from,
    load_scenario,
    pareto_frontier,
    scenario_from_json,
    to_json,
)
from parley.analysis.solutions import Solver
from parley.errors import ScenarioError

DATA = Path(__file__).resolve().parents[2] / "src" / "parley" / "data" / "scenarios"

TOY = {
    "name": "toy",
    "points": [{"id": "1"}, {"id": "2", "options": ["600k", "800k", "no cap"]}],
    "parties": [
        {
            "id": "UKR",
            "reservation": 0.0,
            "values": {
                "1": {"accept": 2.0, "drop": 0.0},
                "2": {"600k": -3.0, "800k": -1.0, "no cap": 0.0},
            },
            "red_lines": [{"point": "2", "option": "600k"}],
        },
        {
            "id": "RUS",
            "reservation": 1.0,
            "values": {
                "1": {"accept": 1.0, "drop": 0.0},
                "2": {"600k": 3.0, "800k": 1.0, "no cap": -2.0},
            },
        },
    ],
}


def _error(data, source: str = "peace.json") -> str:
    text = data if isinstance(data, str) else json.dumps(data)
    with pytest.raises(ScenarioError) as info:
        scenario_from_json(text, source=source)
    return str(info.value)


def _toy(**changes) -> dict:
    data = json.loads(json.dumps(TOY))
    for path, value in changes.items():
        target = data
        keys = path.split("__")
        for key in keys[:-1]:
            target = target[int(key)] if key.isdigit() else target[key]
        last = keys[-1]
        target[int(last) if last.isdigit() else last] = value
    return data


def test_spec_example_frontier_and_solutions() -> None:
    s = scenario_from_json(json.dumps(TOY))
    result = to_json(analyze(s))
    # Red line removes 600k; RUS needs >= 1: (accept, 800k) gives UKR 1, RUS 2.
    assert result["feasible"] is True
    assert result["frontier"] == [
        {"package": {"1": "accept", "2": "800k"}, "values": {"UKR": 1.0, "RUS": 2.0}}
    ]
    for key in ("nash", "ks", "egalitarian", "welfare"):
        assert result[key]["package"] == {"1": "accept", "2": "800k"}
        assert result[key]["gains"] == {"UKR": 1.0, "RUS": 1.0}
        assert result[key]["least_satisfied"] == "UKR"
    assert result["individually_rational_count"] == 1


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("{not json", "peace.json: line 1 column 2: malformed JSON"),
        ('{"points": [{"id": "1"}], "parties": [{"id": "A", "reservation": NaN}]}', "non-finite"),
        (_toy(points__1__id="1"), 'points[1].id: duplicate point id "1"'),
        (_toy(parties__1__id="UKR"), 'parties[1].id: duplicate party id "UKR"'),
        (
            _toy(parties__1__values={"7": {"accept": 1, "drop": 0}}),
            'peace.json: parties[1].values["7"]: unknown point "7"',
        ),
        (
            _toy(parties__1__values={"1": {"accept": 1}}),
            'parties[1].values["1"]: missing a value for option "drop"',
        ),
        (
            _toy(parties__0__values__1={"yes": 1, "accept": 1, "drop": 0}),
            'parties[0].values["1"]["yes"]: unknown option "yes"',
        ),
        (_toy(parties__1__reservation="high"), "parties[1].reservation: expected a number"),
        (_toy(parties__0__values__1={"accept": 1e400, "drop": 0}), "non-finite"),
        (
            _toy(parties__0__red_lines=[{"point": "9", "option": "accept"}]),
            'parties[0].red_lines[0].point: unknown point "9"',
        ),
        (
            _toy(parties__0__red_lines=[{"point": "2", "option": "1M"}]),
            'parties[0].red_lines[0].option: unknown option "1M"',
        ),
        (_toy(points=[]), "points: expected a non-empty list"),
        (_toy(points__0__options=["a", "a"]), 'points[0].options[1]: duplicate option "a"'),
        ([1, 2], "expected a JSON object"),
    ],
)
def test_bad_scenarios_name_the_place(data, expected: str) -> None:
    message = _error(data)
    assert expected in message
    assert message.startswith("[E200] peace.json: ")


def test_missing_file_is_a_scenario_error(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError, match="no such file"):
        load_scenario(tmp_path / "absent.json")


def test_no_acceptable_package_is_not_an_error() -> None:
    s = scenario_from_json(json.dumps(_toy(parties__1__reservation=50.0)))
    result = to_json(analyze(s))
    assert result["feasible"] is False
    assert result["frontier"] == []
    assert all(result[k] is None for k in ("nash", "ks", "egalitarian", "welfare"))
    for method in ("frontier", "milp"):
        assert Solver(s, method=method).solve("nash") is None


def test_bundled_peace_plan_example() -> None:
    s = load_scenario(DATA / "peace-plan.json")
    assert [p.id for p in s.parties] == ["UKR", "RUS", "USA", "EUR"]
    front = pareto_frontier(s)
    assert len(front) >= 2
    result = to_json(analyze(s))
    assert result["nash"]["least_satisfied"] in s.party_ids
    # The draft admits a log-roll: two points traded, nobody loses.
    draft = s.package_from_mapping(json.loads((DATA / "peace-plan-draft.json").read_text()))
    found = improvements_from(s, draft)
    assert not found.pareto_optimal
    first = found.trades[0]
    assert len(first.changes) >= 2
    assert np.all(first.deltas >= 0) and first.deltas.sum() > 0


def test_package_file_errors_name_the_point() -> None:
    s = scenario_from_json(json.dumps(TOY))
    with pytest.raises(ScenarioError, match=r'package\["2"\]: unknown option "1M"'):
        s.package_from_mapping({"1": "accept", "2": "1M"}, source="draft.json")
    with pytest.raises(ScenarioError, match='no option chosen for point "2"'):
        s.package_from_mapping({"1": "accept"}, source="draft.json")


def test_milp_agrees_with_frontier_on_a_mid_size_plan() -> None:
    rng = np.random.default_rng(7)
    points = [{"id": str(j)} for j in range(14)]
    parties = [
        {
            "id": f"P{i}",
            "reservation": 1.0,
            "values": {
                str(j): {"accept": float(rng.integers(-4, 6)), "drop": 0.0} for j in range(14)
            },
        }
        for i in range(3)
    ]
    s = scenario_from_json(json.dumps({"points": points, "parties": parties}))
    exact, milp = Solver(s, method="frontier"), Solver(s, method="milp")
    for criterion in ("nash", "welfare", "egalitarian", "ks"):
        a, b = exact.solve(criterion), milp.solve(criterion)
        assert b.method == "milp" and a.method == "frontier"
        if criterion == "nash":
            assert np.isclose(np.prod(a.gains), np.prod(b.gains))
            assert b.gap < 1e-6
        elif criterion == "welfare":
            assert np.isclose(a.gains.sum(), b.gains.sum())
        elif criterion == "egalitarian":
            assert np.isclose(a.gains.min(), b.gains.min())


def test_engine_does_not_import_the_record_or_database() -> None:
    import subprocess
    import sys

    code = (
        "import sys, parley.analysis, parley.analysis.command;"
        "bad = [m for m in sys.modules if m.startswith(('parley.record', 'parley.storage'))];"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
