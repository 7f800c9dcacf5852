"""Real input never crashes: dates, unexpected failures, database errors, source edits."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from articles import BODY, write_txt
from parley.cli import app, main
from parley.errors import (
    BadDateError,
    MalformedDateWarning,
    MissingDriverError,
    RelativeDateWarning,
    StorageError,
    UnknownSourceError,
)
from parley.extract.dates import parse_date
from parley.record import IngestReport, Record
from parley.sources import parse_published, read_path, read_published

runner = CliRunner()


def run(*args: str | Path, db: Path | None = None):
    env = {"PARLEY_DB": str(db) if db else None, "PARLEY_MAX_BYTES": None}
    return runner.invoke(app, [str(a) for a in args], env=env)


def counts(stdout: str) -> dict[str, int]:
    pairs = (line.rsplit(": ", 1) for line in stdout.splitlines() if ": " in line)
    return {key: int(value) for key, value in pairs if value.isdigit()}


def write_dated(folder: Path, name: str, header: str, body: str = BODY) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.txt"
    path.write_text(f"Title: {name}\n{header}\n\n{body}", encoding="utf-8")
    return path


# -- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["yesterday", "3 days ago", "Monday", "Nov 23", "last week"])
def test_a_relative_date_is_never_read_against_the_clock(value: str) -> None:
    with pytest.raises(RelativeDateWarning):
        read_published(value)
    assert parse_published(value) is None
    assert parse_date(value) is None  # the extractor's own reading of a header


@pytest.mark.parametrize(
    ("value", "day"),
    [("yesterday", date(2025, 11, 23)), ("3 days ago", date(2025, 11, 21)),
     ("Nov 20", date(2025, 11, 20))],
)  # fmt: skip
def test_a_relative_date_reads_against_the_reference(value: str, day: date) -> None:
    parsed = read_published(value, reference=date(2025, 11, 24))
    assert parsed is not None and parsed.date() == day


def test_absolute_dates_need_no_reference_and_nonsense_is_malformed() -> None:
    assert read_published("23 November 2025") == datetime(2025, 11, 23)
    assert read_published("2025-11-23T14:05:00+01:00").utcoffset().total_seconds() == 3600
    with pytest.raises(MalformedDateWarning):
        read_published("sometime soonish")


def test_the_files_own_retrieved_line_anchors_its_relative_date(tmp_path: Path) -> None:
    path = write_dated(tmp_path, "a", "Published: yesterday\nRetrieved: 2025-11-24")
    [source] = read_path(path, reference_date=date(2020, 1, 1))  # the file's own line wins
    assert source.published == datetime(2025, 11, 23)
    assert source.warnings == []


def test_read_path_gives_warnings_naming_the_file(tmp_path: Path) -> None:
    relative = write_dated(tmp_path, "rel", "Published: 3 days ago")
    [source] = read_path(relative)
    assert source.published is None
    [warning] = source.warnings
    assert isinstance(warning, RelativeDateWarning) and warning.path == str(relative)
    [anchored] = read_path(relative, reference_date=date(2025, 11, 24))
    assert anchored.published == datetime(2025, 11, 21) and anchored.warnings == []
    bad = write_dated(tmp_path, "bad", "Published: the day the talks began")
    [source] = read_path(bad)
    assert source.published is None and source.warnings[0].code == "W101"


def test_jsonl_records_read_dates_the_same_way(tmp_path: Path) -> None:
    path = tmp_path / "briefs.jsonl"
    rows = [
        {"text": '"No," Putin said.', "published": "yesterday", "retrieved": "2025-11-24"},
        {"text": '"Yes," Zelensky said.', "published": "yesterday"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    first, second = read_path(path)
    assert first.published == datetime(2025, 11, 23) and not first.warnings
    assert second.published is None and second.warnings[0].path == f"{path}:2"


def test_ingest_warns_on_stderr_and_reference_date_resolves(fake_extractor, tmp_path: Path):
    folder = tmp_path / "in"
    write_dated(folder, "rel", "Published: yesterday")
    write_dated(folder, "bad", "Published: soon", body='"We will see," Rubio said.\n')
    db = tmp_path / "p.db"
    result = run("ingest", folder, db=db)
    assert result.exit_code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 2
    assert any(str(folder / "rel.txt") in w and w.endswith("[W102]") for w in warnings)
    assert any(str(folder / "bad.txt") in w and w.endswith("[W101]") for w in warnings)
    other = tmp_path / "q.db"
    anchored = run("ingest", folder, "--reference-date", "2025-11-24", db=other)
    assert anchored.exit_code == 0
    rows = {
        json.loads(line)["name"]: json.loads(line)
        for line in run("sources", "-f", "jsonl", db=other).stdout.splitlines()
    }
    assert rows["rel"]["published"] == "2025-11-23T00:00:00"
    assert main(["ingest", str(folder), "--reference-date", "24/11/2025", "--db", str(db)]) == 1


def test_extract_takes_reference_date_and_warns(fake_extractor, tmp_path: Path) -> None:
    path = write_dated(tmp_path, "rel", "Published: yesterday")
    result = run("extract", path)
    assert result.exit_code == 0 and "[W102]" in result.stderr
    quiet = run("extract", path, "--reference-date", "2025-11-24")
    assert quiet.exit_code == 0 and "warning" not in quiet.stderr


def test_titles_resolve_by_the_reference_date_not_by_today(tmp_path: Path) -> None:
    body = '"Europe must be at the table," the German chancellor said.\n'
    path = write_dated(tmp_path, "chancellor", "Published: yesterday", body=body)
    result = run("extract", path, "--reference-date", "2023-05-10")
    [row] = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["speaker"] == "Olaf Scholz"


# -- one failing file never stops the others ------------------------------------------------


def test_an_unexpected_failure_is_one_coded_line_and_the_others_go_in(
    monkeypatch, tmp_path: Path, fake_extractor
) -> None:
    def exploding_extract(text: str, source: str = "", published=None):
        if "EXPLODE" in text:
            raise RuntimeError("simulated extractor bug")
        return fake_extractor(text, source, published)

    monkeypatch.setattr("parley.extract.extract_statements", exploding_extract)
    folder = tmp_path / "in"
    folder.mkdir()
    write_txt(folder, "a")
    write_txt(folder, "b-bad", body="EXPLODE. " + BODY)
    write_txt(folder, "c", body='"We will not sign," Zelensky said.\n')
    db = tmp_path / "p.db"
    result = run("ingest", folder, db=db)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr + result.stdout
    [line] = [x for x in result.stderr.splitlines() if x.startswith("error: ")]
    assert line.startswith(f"error: {folder / 'b-bad.txt'}: ") and line.endswith("[E109]")
    assert "RuntimeError" in line
    assert counts(result.stdout) == {
        "sources added": 2, "already present": 0, "failed": 1, "statements added": 3,
    }  # fmt: skip
    extracted = run("extract", folder)
    assert extracted.exit_code == 2 and "[E109]" in extracted.stderr
    assert len(extracted.stdout.splitlines()) == 3  # a's two quotations and c's one


# -- database errors --------------------------------------------------------------------------


def test_a_read_only_database_is_one_line_without_sql_then_the_summary(
    fake_extractor, tmp_path: Path
) -> None:
    db = tmp_path / "p.db"
    assert run("ingest", write_txt(tmp_path, "first"), db=db).exit_code == 0
    folder = tmp_path / "more"
    folder.mkdir()
    write_txt(folder, "x", body='"One," Putin said.\n')
    write_txt(folder, "y", body='"Two," Putin said.\n')
    read_only = f"sqlite:///file:{db}?mode=ro&uri=true"
    result = runner.invoke(app, ["ingest", str(folder), "--db", read_only])
    assert result.exit_code == 2
    [line] = [x for x in result.stderr.splitlines() if x.startswith("error: ")]
    assert "readonly database" in line and line.endswith("[E300]")
    assert "SQL" not in line and "INSERT" not in line and "parameters" not in line
    assert counts(result.stdout)["failed"] == 1 and counts(result.stdout)["not read"] == 1
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from sources").fetchone() == (1,)


def test_ingest_keeps_a_partial_report_when_the_database_fails(fake_extractor, tmp_path: Path):
    db = tmp_path / "p.db"
    with Record(db) as record:
        record.ingest([write_txt(tmp_path, "first")])
    report = IngestReport()
    files = [write_txt(tmp_path, "first"), write_txt(tmp_path, "n", body="x")]
    read_only = Record(f"sqlite:///file:{db}?mode=ro&uri=true")
    with read_only as record, pytest.raises(StorageError) as caught:
        record.ingest(files, report=report)
    assert report.present and report.files == 2 and report.files_read == 2
    assert "\n" not in str(caught.value) and "SQL" not in str(caught.value)


def test_a_postgres_url_without_its_driver_names_the_extra(monkeypatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_psycopg(name: str, *args, **kwargs):
        if name.split(".")[0] in ("psycopg", "psycopg2"):
            raise ModuleNotFoundError(f"No module named {name.split('.')[0]!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_psycopg)
    with pytest.raises(MissingDriverError) as caught:
        Record("postgresql+psycopg://user:secret@127.0.0.1:1/parley")
    message = str(caught.value)
    assert "pip install 'parley[postgres]'" in message and "[E302]" in message
    assert "secret" not in message


def test_main_turns_any_parley_error_into_one_line(tmp_path: Path, capsys) -> None:
    assert main(["sources", "remove", "abcdef12", "--db", str(tmp_path / "none.db")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "[E301]" in err


# -- source edits -----------------------------------------------------------------------------


def test_update_source_changes_metadata_in_place(fresh_db: Record, tmp_path: Path) -> None:
    fresh_db.ingest([write_txt(tmp_path)])
    [info] = fresh_db.sources()
    done = fresh_db.update_source(info.id[:8], title="Corrected", url=None)
    assert done.changed == ("title", "url") and not done.reextracted
    [now] = fresh_db.sources()
    assert (now.title, now.url, now.outlet) == ("Corrected", None, info.outlet)
    assert now.statements == info.statements


def test_a_new_date_reextracts_the_statements_in_the_same_transaction(
    tmp_path: Path, fake_extractor
) -> None:
    calls: list[object] = []

    def dated(text: str, source: str = "", published=None):
        calls.append(published)
        return fake_extractor(text, source, published)

    with Record(tmp_path / "p.db", extractor=dated) as record:
        record.ingest([write_txt(tmp_path)])
        before = record.statements()
        done = record.update_source("moscow-answers", published="2022-01-05")
        assert done.reextracted and done.source.published == datetime(2022, 1, 5)
        assert calls[-1] == datetime(2022, 1, 5)
        after = record.statements()
        assert [row.text for row in after] == [row.text for row in before]
        assert len(calls) == 2  # once at ingest, once for the new date
        with pytest.raises(BadDateError):
            record.update_source("moscow-answers", published="yesterday")
        with pytest.raises(UnknownSourceError):
            record.update_source("no-such-source", title="x")


def test_remove_source_takes_its_statements(fresh_db: Record, tmp_path: Path) -> None:
    fresh_db.ingest([write_txt(tmp_path), write_txt(tmp_path, "other", body='"No," Putin said.\n')])
    removed = fresh_db.remove_source("moscow-answers")
    assert removed.name == "moscow-answers" and removed.statements == 2
    assert [s.name for s in fresh_db.sources()] == ["other"]
    assert {row.source for row in fresh_db.statements()} == {"other"}
    with pytest.raises(UnknownSourceError):
        fresh_db.remove_source("moscow-answers")


def test_an_ambiguous_key_is_refused(fresh_db: Record, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    fresh_db.ingest([write_txt(tmp_path / "a", "same"),
                     write_txt(tmp_path / "b", "same", body='"No," Putin said.\n')])  # fmt: skip
    with pytest.raises(UnknownSourceError, match="several"):
        fresh_db.remove_source("same")
    assert len(fresh_db.sources()) == 2


def test_sources_cli_update_remove_and_default_listing(fake_extractor, tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    run("ingest", write_txt(tmp_path), db=db)
    listed = run("sources", "--format", "jsonl", db=db)
    assert listed.exit_code == 0 and json.loads(listed.stdout)["name"] == "moscow-answers"
    updated = run("sources", "update", "moscow-answers", "--title", "New", "--published",
                  "2025-11-20", db=db)  # fmt: skip
    assert updated.exit_code == 0, updated.stderr
    assert "title, published" in updated.stdout and "re-extracted: 2" in updated.stdout
    row = json.loads(run("sources", "-f", "jsonl", db=db).stdout)
    assert row["title"] == "New" and row["published"].startswith("2025-11-20")
    bad = run("sources", "update", "moscow-answers", "--published", "Friday", db=db)
    assert bad.exit_code == 2 and bad.stderr.strip().endswith("[E112]")
    assert run("sources", "update", "moscow-answers", db=db).exit_code != 0  # nothing to change
    elsewhere = runner.invoke(app, ["sources", "--db", str(db), "update", "moscow-answers",
                                    "--outlet", "Wire"], env={"PARLEY_DB": None})  # fmt: skip
    assert elsewhere.exit_code == 0, elsewhere.stderr  # the group's --db reaches the subcommand
    gone = run("sources", "remove", "moscow-answers", db=db)
    assert gone.exit_code == 0 and "2 statements" in gone.stdout
    assert run("sources", "-f", "jsonl", db=db).stdout == ""
    missing = run("sources", "remove", "moscow-answers", db=db)
    assert missing.exit_code == 2 and missing.stderr.strip().endswith("[E111]")


def test_ingest_update_metadata_takes_a_corrected_header(fake_extractor, tmp_path: Path):
    db = tmp_path / "p.db"
    first = write_dated(tmp_path / "v1", "story", "Published: 2025-11-20\nURL: https://a.example")
    assert run("ingest", first, db=db).exit_code == 0
    fixed = write_dated(tmp_path / "v2", "story", "Published: 2025-11-21\nURL: https://b.example")
    plain = run("ingest", fixed, db=db)
    assert counts(plain.stdout)["already present"] == 1
    assert json.loads(run("sources", "-f", "jsonl", db=db).stdout)["url"] == "https://a.example"
    updated = run("ingest", fixed, "--update-metadata", db=db)
    assert updated.exit_code == 0
    assert counts(updated.stdout)["metadata updated"] == 1
    row = json.loads(run("sources", "-f", "jsonl", db=db).stdout)
    assert row["url"] == "https://b.example" and row["published"].startswith("2025-11-21")
    again = run("ingest", fixed, "--update-metadata", db=db)
    assert counts(again.stdout) | {} == {
        "sources added": 0, "already present": 1, "metadata updated": 0, "failed": 0,
        "statements added": 0,
    }  # fmt: skip
