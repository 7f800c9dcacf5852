"""The database failing mid-run: `parley ingest` (serial and on Dask) and `parley demo` end
with one coded error line and the summary of what was stored, exit 2, and leave only whole
sources behind. On SQLite and PostgreSQL (``db_url``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, text

from db_snapshot import snapshot
from parley.cli import main
from parley.record import Record
from parley.storage.engine import database_url, is_sqlite
from test_faults import DISK_FULL_TRIGGER, _options, write_corpus

pytest.importorskip("distributed")


def _read_only(db_url: str) -> str:
    url = database_url(db_url)
    if is_sqlite(url):
        return f"sqlite:///file:{url.removeprefix('sqlite:///')}?mode=ro&uri=true"
    options = f"{_options(url)} -cdefault_transaction_read_only=on"
    return url.split("?")[0] + "?options=" + options.replace(" ", "%20")


@contextmanager
def _disk_full(db_url: str) -> Iterator[None]:
    """SQLite's "database or disk is full" (no page beyond the file's), or PostgreSQL's
    disk_full (SQLSTATE 53100) once the statements table holds 50 rows."""
    url = database_url(db_url)
    if is_sqlite(url):
        path = url.removeprefix("sqlite:///")
        with sqlite3.connect(path) as conn:
            limit = conn.execute("PRAGMA page_count").fetchone()[0]

        def cap(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.execute(f"PRAGMA max_page_count = {limit}")

        event.listen(Engine, "connect", cap)
        try:
            yield
        finally:
            event.remove(Engine, "connect", cap)
        return
    with Record(db_url) as record, record.engine.begin() as connection:
        connection.execute(text(DISK_FULL_TRIGGER))
    try:
        yield
    finally:
        with Record(db_url) as record, record.engine.begin() as connection:
            connection.execute(text("DROP TRIGGER disk_full ON statements"))
            connection.execute(text("DROP FUNCTION disk_full()"))


def _fails_with_summary(argv: list[str], capsys: pytest.CaptureFixture) -> tuple[str, str]:
    """Run ``parley`` expecting exit 2, one ``error:`` line with a code, no SQL, no traceback."""
    capsys.readouterr()
    assert main(argv) == 2
    out, err = capsys.readouterr()
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, err
    assert errors[0].endswith("[E300]"), err
    assert "Traceback" not in err and "[SQL:" not in err and "INSERT INTO" not in err, err
    return errors[0], out + err


def _counts(output: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for line in output.splitlines():
        name, _, value = line.rpartition(": ")
        if value.isdigit():
            found[name] = int(value)
    return found


@pytest.mark.parametrize("workers", [None, 2], ids=["serial", "dask"])
def test_ingest_on_a_full_disk_sums_up_what_was_stored(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture, workers: int | None, fake_extractor
) -> None:
    small = write_corpus(tmp_path / "small", 2)
    assert main(["ingest", str(tmp_path / "small"), "--db", db_url]) == 0
    big = write_corpus(tmp_path / "big", 2, quotes=400, tag="big")
    before = snapshot(db_url)
    extra = ["--workers", str(workers)] if workers else []
    with _disk_full(db_url):
        line, output = _fails_with_summary(
            ["ingest", str(tmp_path / "big"), *extra, "--db", db_url], capsys
        )
    assert "full" in line or "No space left on device" in line
    counts = _counts(output)
    assert counts["sources added"] == 0 and counts["failed"] == 1, output
    assert snapshot(db_url) == before  # nothing half-written
    # The disk has room again: the rest goes in, nothing twice.
    assert main(["ingest", str(tmp_path / "big"), *extra, "--db", db_url]) == 0
    with Record(db_url) as record:
        assert record.count_sources() == len(small) + len(big)


def test_cluster_ingest_into_a_read_only_database_is_one_line_then_the_summary(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    write_corpus(tmp_path / "first", 1)
    assert main(["ingest", str(tmp_path / "first"), "--db", db_url]) == 0
    write_corpus(tmp_path / "more", 3, tag="more")
    before = snapshot(db_url)
    line, output = _fails_with_summary(
        ["ingest", str(tmp_path / "more"), "--workers", "2", "--db", _read_only(db_url)], capsys
    )
    assert "read-only" in line or "readonly" in line
    counts = _counts(output)
    assert counts["sources added"] == 0 and counts["statements added"] == 0, output
    assert snapshot(db_url) == before


def test_demo_into_a_read_only_database_ends_with_its_summary(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture, fake_extractor
) -> None:
    write_corpus(tmp_path / "first", 1)
    assert main(["ingest", str(tmp_path / "first"), "--db", db_url]) == 0
    before = snapshot(db_url)
    line, output = _fails_with_summary(["demo", "--db", _read_only(db_url)], capsys)
    assert "read-only" in line or "readonly" in line
    assert "sources added: 0" in output and "statements added: 0" in output, output
    assert snapshot(db_url) == before


def test_demo_on_a_full_disk_ends_with_its_summary(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    write_corpus(tmp_path / "first", 1)
    assert main(["ingest", str(tmp_path / "first"), "--db", db_url]) == 0
    before = snapshot(db_url)
    with _disk_full(db_url):
        line, output = _fails_with_summary(["demo", "--db", db_url], capsys)
    assert "full" in line or "No space left on device" in line
    assert "sources added:" in output and "failed: 0" in output, output
    if is_sqlite(database_url(db_url)):
        assert snapshot(db_url) == before  # not one page to spare: nothing went in
    assert main(["demo", "--db", db_url]) == 0  # room again: the demo completes


@pytest.mark.postgresql
def test_a_lost_connection_mid_run_is_one_line_then_the_summary(
    postgres_server: Any, tmp_path: Path, capsys: pytest.CaptureFixture, fake_extractor
) -> None:
    """The server ends the ingest's connection (pg_terminate_backend) after its first
    source is stored: what was stored stays, the rest is summed up, exit 2."""
    url = postgres_server.create_database()
    try:
        corpus = write_corpus(tmp_path / "corpus", 4)
        stored: list[int] = []
        cut: list[int] = []

        def after(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            if statement.lstrip().upper().startswith("INSERT INTO SOURCES"):
                stored.append(conn.connection.dbapi_connection.info.backend_pid)

        def before_commit(conn: Any) -> None:
            if len(stored) == 2 and not cut:  # the second source: cut before its COMMIT
                cut.append(stored[-1])
                with Record(url) as other, other.engine.connect() as admin:
                    admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": stored[-1]})

        event.listen(Engine, "after_cursor_execute", after)
        event.listen(Engine, "commit", before_commit)
        try:
            _, output = _fails_with_summary(
                ["ingest", str(tmp_path / "corpus"), "--db", url], capsys
            )
        finally:
            event.remove(Engine, "after_cursor_execute", after)
            event.remove(Engine, "commit", before_commit)
        counts = _counts(output)
        assert counts["sources added"] == 1 and counts["not read"] == len(corpus) - 2, output
        with Record(url) as record:
            assert record.count_sources() == 1  # the cut transaction left nothing behind
    finally:
        postgres_server.drop_database(url)
