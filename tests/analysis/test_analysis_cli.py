"""`parley analyze` through Typer's test runner."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from parley.cli import app, main

DATA = Path(__file__).resolve().parents[2] / "src" / "parley" / "data" / "scenarios"
PLAN = str(DATA / "peace-plan.json")
runner = CliRunner()


def test_json_result_follows_the_spec() -> None:
    res = runner.invoke(app, ["analyze", PLAN, "--format", "json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["feasible"] is True
    assert out["frontier"] and set(out["frontier"][0]) == {"package", "values"}
    for key in ("nash", "ks", "egalitarian", "welfare"):
        sol = out[key]
        assert set(sol["values"]) == {"UKR", "RUS", "USA", "EUR"}
        assert sol["least_satisfied"] == min(sol["gains"], key=sol["gains"].get)
        assert sol["gap"] == 0.0


def test_one_solution_only() -> None:
    res = runner.invoke(app, ["analyze", PLAN, "--solution", "nash", "--format", "json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert "nash" in out and "frontier" not in out and "ks" not in out


def test_table_and_trades_from_a_draft() -> None:
    draft = str(DATA / "peace-plan-draft.json")
    res = runner.invoke(app, ["analyze", PLAN, "--from", draft])
    assert res.exit_code == 0, res.output
    assert "Pareto frontier" in res.stdout
    assert "Nearest Pareto-improving trades" in res.stdout
    assert "->" in res.stdout


def test_bad_scenario_exits_2_naming_file_and_place(tmp_path: Path) -> None:
    data = json.loads(Path(PLAN).read_text())
    data["parties"][1]["values"]["7"] = {"accept": 1, "drop": 0}
    bad = tmp_path / "peace.json"
    bad.write_text(json.dumps(data))
    res = runner.invoke(app, ["analyze", str(bad)])
    assert res.exit_code == 2
    assert 'error: peace.json: parties[1].values["7"]: unknown point "7" [E200]' in res.stderr


def test_bad_package_exits_2(tmp_path: Path) -> None:
    draft = tmp_path / "draft.json"
    draft.write_text('{"ceasefire": "somewhere"}')
    res = runner.invoke(app, ["analyze", PLAN, "--from", str(draft)])
    assert res.exit_code == 2
    assert 'draft.json: package["ceasefire"]: unknown option "somewhere"' in res.stderr


def test_unknown_solution_is_a_usage_error() -> None:
    assert main(["analyze", PLAN, "--solution", "best"]) == 1


def test_infeasible_scenario_exits_0_and_says_so(tmp_path: Path) -> None:
    data = json.loads(Path(PLAN).read_text())
    data["parties"][0]["reservation"] = 100.0
    path = tmp_path / "hopeless.json"
    path.write_text(json.dumps(data))
    res = runner.invoke(app, ["analyze", str(path), "--format", "json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["feasible"] is False and out["nash"] is None and out["frontier"] == []
    res = runner.invoke(app, ["analyze", str(path)])
    assert "No package is acceptable to every party" in res.stdout
