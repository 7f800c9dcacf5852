"""``parley plan ...`` through typer's runner: add, list, show, bad input and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from db_snapshot import snapshot
from parley.cli import app

runner = CliRunner()

DRAFT = "Title: Draft\nOutlet: Wire\n\n1. Sovereignty is confirmed.\n"
DRAFT += "2. The army is capped at 600,000.\n"


def run(*args: str | Path, db: Path):
    return runner.invoke(app, [str(a) for a in args], env={"PARLEY_DB": str(db)})


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "plans.db"


def test_add_list_show(tmp_path: Path, db: Path) -> None:
    draft = write(tmp_path, "draft.txt", DRAFT)
    result = run("plan", "add", draft, "--name", "us", "--version", "draft", "--proposer", "usa",
                 "--date", "2025-11-20", db=db)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("us@draft: 2 points (1-2)")
    counter = write(
        tmp_path, "counter.txt", "1. Sovereignty is confirmed.\n2. The army is capped at 800,000.\n"
    )
    result = run(
        "plan", "add", counter, "--name", "eu", "--version", "1", "--answers", "us@draft", db=db
    )
    assert result.exit_code == 0, result.stderr
    listed = json.loads(run("plan", "list", "--format", "json", db=db).stdout)
    assert [(row["plan"], row["answers"], row["points"]) for row in listed] == [
        ("eu@1", "us@draft", 2), ("us@draft", None, 2),
    ]  # fmt: skip
    table = run("plan", "list", db=db).stdout
    assert "us@draft" in table and "eu@1" in table
    shown = json.loads(run("plan", "show", "us", "--format", "json", db=db).stdout)
    assert {k: shown[k] for k in ("name", "version", "proposer", "date", "answers")} == {
        "name": "us", "version": "draft", "proposer": "USA", "date": "2025-11-20", "answers": None,
    }  # fmt: skip
    assert shown["points"][1] == {
        "number": "2", "text": "The army is capped at 600,000.", "items": [], "notes": [],
    }  # fmt: skip
    assert "The army is capped at 600,000." in run("plan", "show", "us@draft", db=db).stdout


@pytest.mark.parametrize(
    ("text", "args", "code", "problem"),
    [
        ("Nothing numbered here.\n", [], "E401", "no numbered points found"),
        ("1. One.\n1. One again.\n", [], "E402", "point 1 is numbered twice"),
        (DRAFT, ["--version", "draft"], "E403", "plan us@draft exists already"),
        (DRAFT, ["--answers", "ghost@1"], "E404", "--answers names 'ghost@1'"),
        (DRAFT, ["--date", "someday soon-ish?"], "E407", "cannot read the date"),
        (DRAFT, ["--name", "bad name"], "E406", "bad plan name"),
    ],
)
def test_bad_input_is_one_line_exit_2_nothing_stored(
    tmp_path: Path, db: Path, text: str, args: list[str], code: str, problem: str
) -> None:
    assert run("plan", "add", write(tmp_path, "draft.txt", DRAFT), "--name", "us",
               "--version", "draft", db=db).exit_code == 0  # fmt: skip
    before = snapshot(db)
    bad = write(tmp_path, "bad.txt", text)
    options = {"--name": "us", "--version": "v2"}
    for key, value in zip(args[::2], args[1::2], strict=True):
        options[key] = value
    result = run("plan", "add", bad, *[x for kv in options.items() for x in kv], db=db)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error: {bad}: ") and lines[0].endswith(f"[{code}]")
    assert problem in lines[0]
    assert snapshot(db) == before


def test_show_unknown_plan_and_missing_file(tmp_path: Path, db: Path) -> None:
    run("plan", "add", write(tmp_path, "d.txt", DRAFT), "--name", "us", "--version", "1", db=db)
    result = run("plan", "show", "us@9", db=db)
    assert result.exit_code == 2 and "[E405]" in result.stderr and "us@9" in result.stderr
    result = run("plan", "add", tmp_path / "missing.txt", "--name", "x", "--version", "1", db=db)
    assert result.exit_code == 2 and "missing.txt: no such file" in result.stderr


def test_usage_errors_exit_1(tmp_path: Path, db: Path) -> None:
    from parley.cli import main

    assert main(["plan", "add", str(write(tmp_path, "d.txt", DRAFT))]) == 1  # no --name
    assert main(["plan", "show"]) == 1


def test_every_plan_command_is_documented_in_the_readme() -> None:
    import re

    from parley.plans.command import plan_app

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    names = [c.name or c.callback.__name__ for c in plan_app.registered_commands]
    assert {"add", "list", "show"} <= set(names)
    for name in names:
        assert re.search(rf"`parley plan {name}[ `]", readme), f"`parley plan {name}` undocumented"


@pytest.mark.parametrize("name", ["add", "list", "show", "diff"])
def test_plan_commands_have_help(name: str, db: Path) -> None:
    result = run("plan", name, "--help", db=db)
    assert result.exit_code == 0 and "Usage" in result.stdout


def test_demo_loads_the_bundled_plans_once(tmp_path: Path, db: Path, fake_extractor) -> None:
    first = run("demo", db=db)
    assert first.exit_code == 0, first.stderr
    assert "plans added: 4, already present: 0" in first.stderr
    listed = json.loads(run("plan", "list", "--format", "json", db=db).stdout)
    assert {row["plan"]: row["points"] for row in listed} == {
        "european-plan@counter-proposal": 28,
        "ukraine-plan@20-points": 20,
        "us-plan@28-points": 28,
        "us-plan@geneva-19-points": 19,
    }
    again = run("demo", db=db)
    assert "plans added: 0, already present: 4" in again.stderr
    shown = json.loads(run("plan", "show", "us-plan", "--format", "json", db=db).stdout)
    assert shown["version"] == "geneva-19-points"  # the newest version by date
    eu = json.loads(run("plan", "show", "european-plan", "--format", "json", db=db).stdout)
    assert (eu["proposer"], eu["answers"], eu["date"]) == ("EUR", "us-plan@28-points", "2025-11-23")
    assert eu["reported_by"][0] == "Reuters"
