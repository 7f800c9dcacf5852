"""`parley export`: JSON Lines, CSV, Parquet (read back with pyarrow and DuckDB), PLOVER."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from articles import write_html, write_jsonl, write_txt
from parley.cli import app, main
from parley.export_formats import (
    ExportFormat,
    arrow_schema,
    export_columns,
    export_to_path,
    sentence_around,
)
from parley.extract.model import Statement
from parley.record import Record

runner = CliRunner()


def run(*args: str | Path, db: Path):
    return runner.invoke(app, [str(a) for a in args], env={"PARLEY_DB": str(db)})


@pytest.fixture
def db(tmp_path: Path, fake_extractor) -> Path:
    path = tmp_path / "p.db"
    with Record(path) as record:
        report = record.ingest([write_txt(tmp_path), write_html(tmp_path), write_jsonl(tmp_path)])
    assert report.statements_added == 5
    return path


def test_the_schema_derives_from_the_statement_schema() -> None:
    names = [name for name, _, _ in export_columns()]
    assert names[: len(Statement.__dataclass_fields__)] == list(Statement.__dataclass_fields__)
    schema = arrow_schema()
    assert str(schema.field("targets").type) == "list<item: string>"
    assert not schema.field("start").nullable and schema.field("speaker").nullable
    assert str(schema.field("published").type) == "timestamp[us, tz=UTC]"


def test_jsonl_export_has_every_statement_with_its_source(db: Path) -> None:
    result = run("export", db=db)
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 5 and "exported 5 statements" in result.stderr
    putin = next(r for r in rows if r["speaker"] == "Putin")
    assert putin["url"] == "https://example.org/moscow-answers"
    assert putin["published"] == "2025-11-23T14:05:00+01:00"
    assert putin["text"] in putin["sentence"]
    assert [r["source"] for r in rows][0] == "kyiv-weighs"  # oldest first, as `statements`


def test_csv_export_reads_back(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    assert run("export", "--format", "csv", "--out", out, db=db).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 5 and set(rows[0]) == {name for name, _, _ in export_columns()}


def test_parquet_reads_back_with_pyarrow_and_duckdb(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.parquet"
    result = run("export", "--format", "parquet", "--out", out, db=db)
    assert result.exit_code == 0, result.stderr
    table = pq.read_table(out)
    assert table.num_rows == 5 and table.schema.equals(arrow_schema())
    rows = table.to_pylist()
    putin = next(r for r in rows if r["speaker"] == "Putin")
    assert putin["published"] == datetime(2025, 11, 23, 13, 5, tzinfo=UTC)
    assert isinstance(putin["targets"], list) and isinstance(putin["direct"], bool)
    [(count, actors)] = duckdb.sql(
        f"select count(*), count(distinct actor) from read_parquet('{out}') where direct"
    ).fetchall()
    assert count == 5 and actors >= 2


def test_parquet_needs_an_out_file_and_a_bad_since_is_a_usage_error(db: Path) -> None:
    assert main(["export", "--format", "parquet", "--db", str(db)]) == 1
    assert main(["export", "--since", "last tuesday", "--db", str(db)]) == 1
    assert main(["export", "--format", "xml", "--db", str(db)]) == 1


def test_since_keeps_sources_published_on_or_after_the_day(db: Path) -> None:
    rows = [json.loads(x) for x in run("export", "--since", "2025-11-23", db=db).stdout.split("\n")
            if x]  # fmt: skip
    assert rows and all(r["published"] >= "2025-11-23" for r in rows)
    assert {r["source"] for r in rows} >= {"moscow-answers"}
    assert "kyiv-weighs" not in {r["source"] for r in rows}  # 22 November
    assert run("export", "--since", "2030-01-01", db=db).stdout == ""


def test_plover_records_one_event_per_target(db: Path) -> None:
    result = run("export", "--format", "plover", db=db)
    assert result.exit_code == 0
    events = [json.loads(line) for line in result.stdout.splitlines()]
    # the fake extractor gives REJECT to quotations with "reject"
    assert {e["event_type"] for e in events} == {"REJECT"}
    for e in events:
        assert set(e) >= {"source_actor", "target_actor", "event_type", "date", "sentence", "url"}
        assert e["event_text"] in e["sentence"]
    zelensky = next(e for e in events if e["source_name"] == "Zelensky")
    assert zelensky["source_actor"] == "UKR" and zelensky["date"] == "2025-11-24"
    assert zelensky["target_actor"] is None and zelensky["id"].startswith("parley-")
    moscow = next(e for e in events if e["url"] == "https://example.org/moscow-answers")
    assert moscow["date"] == "2025-11-23" and "reject any deadline" in moscow["sentence"]


def test_an_export_that_fails_leaves_no_file(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "keep.jsonl"
    out.write_text("old\n", encoding="utf-8")

    def failing():
        yield from Record(db).export_rows()
        raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError):
        export_to_path(failing(), ExportFormat.jsonl, out)
    assert out.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".keep")] == []


def test_export_of_a_missing_database_or_unwritable_file_is_one_line(tmp_path: Path) -> None:
    missing = run("export", db=tmp_path / "none.db")
    assert missing.exit_code == 2 and missing.stderr.strip().endswith("[E301]")


def test_sentence_around_gives_the_whole_sentence() -> None:
    text = 'First one here. Then "we will not sign," Putin said on Friday. Last one.\nNext.'
    start = text.index("we will")
    end = text.index(",", start)
    assert sentence_around(text, start, end) == ('Then "we will not sign," Putin said on Friday.')
    assert sentence_around("", 0, 0) == ""


def test_plover_gives_one_record_per_target_and_none_without_an_event() -> None:
    from parley.export_formats import ExportRow

    statement = Statement(
        source="a", start=0, end=5, text="No way", direct=True, cue="said", speaker="X",
        actor="RUS", event="REJECT", targets=["USA", "UKR"],
    )  # fmt: skip
    when = datetime(2025, 11, 23, 23, 30)
    row = ExportRow(statement, 7, "f" * 64, None, "https://x.example", None, when, "No way.")
    records = row.plover()
    assert [(r["id"], r["target_actor"]) for r in records] == [
        ("parley-7-1", "USA"), ("parley-7-2", "UKR"),
    ]  # fmt: skip
    assert all(r["date"] == "2025-11-23" for r in records)
    statement.event = None
    assert row.plover() == []
