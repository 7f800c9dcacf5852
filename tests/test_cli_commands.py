"""The parley CLI through typer's runner: every command, exit codes, bad inputs."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from articles import write_bad_inputs, write_html, write_jsonl, write_txt
from db_snapshot import snapshot
from parley.cli import app, main
from parley.sources import iter_inputs, read_path

runner = CliRunner()
BAD_KINDS = ["empty", "binary", "encoding", "too-large", "no-article", "malformed-jsonl", "missing"]


def run(*args: str | Path, db: Path | str | None = None, env: dict[str, str] | None = None):
    environment = {"PARLEY_DB": str(db) if db else None, "PARLEY_MAX_BYTES": None, **(env or {})}
    return runner.invoke(app, [str(a) for a in args], env=environment)


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error: ")]


def counts(stdout: str) -> dict[str, int]:
    pairs = (line.rsplit(": ", 1) for line in stdout.splitlines() if ": " in line)
    return {key: int(value) for key, value in pairs if value.isdigit()}


def command_names() -> list[str]:
    commands = [c.name or c.callback.__name__.replace("_", "-") for c in app.registered_commands]
    return commands + [group.name for group in app.registered_groups]


@pytest.mark.parametrize("name", ["extract", "ingest", "sources", "statements", "demo"])
def test_every_command_has_help(name: str) -> None:
    assert name in command_names()
    result = run(name, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.stdout and name in result.stdout


def test_extract_to_stdout_is_json_lines_with_offsets_into_the_file(
    fake_extractor, seed_path: Path
) -> None:
    result = run("extract", seed_path)
    assert result.exit_code == 0, result.stderr
    text = seed_path.read_text(encoding="utf-8")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows, "the fake extractor finds the seed's quotations"
    for row in rows:
        assert row["source"] == "turkiye-today-putin-28-point-plan"
        assert text[row["start"] : row["end"]] == row["text"]


def test_extract_out_writes_one_file_per_input(fake_extractor, seed_path: Path, tmp_path: Path):
    out = tmp_path / "out"
    result = run("extract", seed_path, write_jsonl(tmp_path), "--out", out)
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "briefs.jsonl",
        "turkiye-today-putin-28-point-plan.jsonl",
    ]
    briefs = [json.loads(line) for line in (out / "briefs.jsonl").read_text().splitlines()]
    assert [row["source"] for row in briefs] == ["briefs:1", "brief-2"]
    assert result.stdout == ""


def test_extract_reports_bad_files_and_still_writes_good_ones(fake_extractor, tmp_path: Path):
    bad = write_bad_inputs(tmp_path / "bad")
    out = tmp_path / "out"
    result = run("extract", write_txt(tmp_path), bad["binary"][0], "--out", out)
    assert result.exit_code == 2
    [line] = error_lines(result.stderr)
    assert str(bad["binary"][0]) in line and line.endswith("[E102]")
    assert [p.name for p in out.iterdir()] == ["moscow-answers.jsonl"]


def test_extract_refuses_to_overwrite_an_output_of_the_same_run(fake_extractor, tmp_path: Path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir(), second.mkdir()
    write_txt(first, "same"), write_txt(second, "same")
    out = tmp_path / "out"
    result = run("extract", first / "same.txt", second / "same.txt", "--out", out)
    assert result.exit_code == 2
    [line] = error_lines(result.stderr)
    assert str(second / "same.txt") in line and "already wrote" in line
    assert [p.name for p in out.iterdir()] == ["same.jsonl"]


def test_ingest_counts_and_dedupe(fake_extractor, tmp_path: Path, db_url: str) -> None:
    db = db_url
    files = [write_txt(tmp_path), write_html(tmp_path), write_jsonl(tmp_path)]
    first = run("ingest", *files, db=db)
    assert first.exit_code == 0, first.stderr
    assert counts(first.stdout) == {
        "sources added": 4, "already present": 0, "failed": 0, "statements added": 5,
    }  # fmt: skip
    second = run("ingest", tmp_path, db=db)  # the folder holds the same three files
    assert second.exit_code == 0
    assert counts(second.stdout) == {
        "sources added": 0, "already present": 4, "failed": 0, "statements added": 0,
    }  # fmt: skip


def test_ingest_db_option_beats_the_environment(fake_extractor, tmp_path: Path) -> None:
    result = run("ingest", write_txt(tmp_path), "--db", tmp_path / "opt.db", db=tmp_path / "env.db")
    assert result.exit_code == 0
    assert (tmp_path / "opt.db").exists() and not (tmp_path / "env.db").exists()


@pytest.mark.parametrize("kind", BAD_KINDS)
def test_each_bad_input_exits_2_with_one_line_and_the_others_go_in(
    fake_extractor, tmp_path: Path, kind: str, db_url: str
) -> None:
    path, code = write_bad_inputs(tmp_path / "bad")[kind]
    db = db_url
    result = run("ingest", write_txt(tmp_path), path, db=db)
    assert result.exit_code == 2
    [line] = error_lines(result.stderr)
    assert line.startswith(f"error: {path}") and line.endswith(f"[{code}]")
    assert counts(result.stdout)["sources added"] == 1
    assert counts(result.stdout)["failed"] == 1
    listed = run("sources", "--format", "jsonl", db=db)
    assert [json.loads(row)["name"] for row in listed.stdout.splitlines()] == ["moscow-answers"]


@pytest.mark.parametrize("kind", BAD_KINDS)
def test_each_bad_input_leaves_the_database_unchanged(
    fake_extractor, tmp_path: Path, kind: str, db_url: str
) -> None:
    db = db_url
    assert run("ingest", write_jsonl(tmp_path), db=db).exit_code == 0
    before = snapshot(db)
    path, _ = write_bad_inputs(tmp_path / "bad")[kind]
    assert run("ingest", path, db=db).exit_code == 2
    assert snapshot(db) == before


def test_size_limit_option_and_environment(fake_extractor, tmp_path: Path) -> None:
    path = write_txt(tmp_path)
    by_option = run("ingest", path, "--max-bytes", "100", db=tmp_path / "a.db")
    assert by_option.exit_code == 2 and "[E104]" in by_option.stderr
    by_env = run("ingest", path, db=tmp_path / "b.db", env={"PARLEY_MAX_BYTES": "100"})
    assert by_env.exit_code == 2 and "[E104]" in by_env.stderr


def test_sources_in_every_format(fake_extractor, tmp_path: Path, db_url: str) -> None:
    db = db_url
    run("ingest", write_txt(tmp_path), write_html(tmp_path), db=db)
    table = run("sources", db=db)
    assert table.exit_code == 0
    assert "moscow-answers" in table.stdout and "kyiv-weighs" in table.stdout
    listed = run("sources", "--format", "jsonl", db=db).stdout
    rows = [json.loads(line) for line in listed.splitlines()]
    assert {row["outlet"] for row in rows} >= {"The Example Ledger"}
    assert all(len(row["id"]) == 64 and "text" not in row for row in rows)
    as_csv = list(csv.DictReader(io.StringIO(run("sources", "-f", "csv", db=db).stdout)))
    assert [row["name"] for row in as_csv] == [row["name"] for row in rows]


def test_statements_filters_and_formats(fake_extractor, tmp_path: Path, db_url: str) -> None:
    db = db_url
    run("ingest", write_txt(tmp_path), write_html(tmp_path), write_jsonl(tmp_path), db=db)

    def jsonl(*args: str) -> list[dict]:
        result = run("statements", "--format", "jsonl", *args, db=db)
        assert result.exit_code == 0, result.stderr
        return [json.loads(line) for line in result.stdout.splitlines()]

    assert len(jsonl()) == 5
    assert {row["speaker"] for row in jsonl("--actor", "RUS")} == {"Putin"}
    assert {row["actor"] for row in jsonl("--speaker", "zelensky")} == {"UKR"}
    assert len(jsonl("--event", "reject")) == 2
    assert jsonl("--about", "USA") == []
    assert len(jsonl("--source", "kyiv-weighs")) == 1
    table = run("statements", "--actor", "UKR", db=db)
    assert "Zelensky" in table.stdout and "Putin" not in table.stdout
    rows = list(csv.DictReader(io.StringIO(run("statements", "-f", "csv", db=db).stdout)))
    assert len(rows) == 5
    assert rows[0]["source"] == "kyiv-weighs"  # oldest publication first (22 November)


def test_reading_a_missing_database_is_bad_input(tmp_path: Path) -> None:
    for command in ("sources", "statements"):
        result = run(command, db=tmp_path / "none.db")
        assert result.exit_code == 2
        assert "[E301]" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_demo_ingests_the_bundled_examples_and_prints_them(
    fake_extractor, tmp_path: Path, db_url: str
):
    from importlib import resources

    examples = Path(str(resources.files("parley") / "data" / "examples"))
    if not examples.is_dir():
        pytest.skip("the bundled example corpus is not there yet")
    expected = sum(len(list(read_path(p))) for p in iter_inputs([examples]))
    db = db_url
    result = run("demo", db=db)
    assert result.exit_code == 0, result.stderr
    assert "statements" in result.stdout
    listed = run("sources", "--format", "jsonl", db=db).stdout.splitlines()
    assert len(listed) == expected
    again = run("demo", db=db)
    assert again.exit_code == 0 and f"already present: {expected}" in again.stderr


def test_main_maps_usage_errors_to_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest"]) == 1  # missing PATH
    assert main(["statements", "--format", "xml"]) == 1
    assert main(["no-such-command"]) == 1
    assert main(["ingest", "--no-such-option", "x"]) == 1
    assert main(["statements", "--event", "GOSSIP"]) == 1  # not a PLOVER type
    assert main(["--help"]) == 0
    assert "Usage" in capsys.readouterr().out


def test_a_bad_size_limit_in_the_environment_is_a_usage_error(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("PARLEY_MAX_BYTES", "ten megabytes")
    assert main(["ingest", str(write_txt(tmp_path)), "--db", str(tmp_path / "m.db")]) == 1
    assert not (tmp_path / "m.db").exists()


def test_main_returns_2_for_bad_input(tmp_path: Path, fake_extractor) -> None:
    assert main(["ingest", str(tmp_path / "missing.txt"), "--db", str(tmp_path / "m.db")]) == 2
    assert main(["ingest", str(write_txt(tmp_path)), "--db", str(tmp_path / "m.db")]) == 0


@pytest.mark.skipif(
    importlib.util.find_spec("parley.extract.pipeline") is None,
    reason="the extraction pipeline is not written yet",
)
def test_real_extractor_on_the_seed_writes_the_named_file(seed_path: Path, tmp_path: Path):
    out = tmp_path / "out"
    result = run("extract", seed_path, "--out", out)
    assert result.exit_code == 0, result.stderr
    written = out / "turkiye-today-putin-28-point-plan.jsonl"
    text = seed_path.read_text(encoding="utf-8")
    for line in written.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        assert text[row["start"] : row["end"]] == row["text"]
