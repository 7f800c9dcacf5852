"""Faults on both back ends: concurrent ingesters, kill -9, a read-only database, a full disk.

What must hold after each: the database opens (and passes ``PRAGMA integrity_check``
on SQLite), every stored source has all of its statements and nothing else, and a
re-run stores the rest without duplicates. Ingest processes run the CLI's ``main`` with
the fake extractor (see fault_ingest.py).
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, text

from db_snapshot import snapshot
from fake_extraction import fake_extract
from fault_ingest import new_event, start_ingest, start_server
from parley.cli import main
from parley.record import Record
from parley.sources import read_path
from parley.storage.engine import database_url, is_sqlite
from postgres_server import PostgresServer

KILLS = 20
SPEAKERS = ["Putin", "Peskov", "Zelensky", "Rubio", "Trump"]

# What a source must hold, in order: (start, end, text, speaker, actor) per statement.
Expected = dict[str, list[tuple[int, int, str, str | None, str | None]]]


def write_corpus(folder: Path, count: int, *, quotes: int = 4, tag: str = "") -> list[Path]:
    """``count`` distinct articles with ``quotes`` statements each."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        paragraphs = [f"Report {tag}{n}: talks on the plan continued on day {n}."]
        for q in range(quotes):
            speaker = SPEAKERS[(n + q) % len(SPEAKERS)]
            paragraphs.append(
                f'"Point {q} of report {tag}{n} needs more work," {speaker} said. '
                "Officials on all sides declined to give further details afterwards."
            )
        path = folder / f"article-{tag}{n:03d}.txt"
        path.write_text(f"Title: Report {n}\n\n" + "\n\n".join(paragraphs) + "\n")
        paths.append(path)
    return paths


def expected_of(paths: list[Path]) -> Expected:
    expected: Expected = {}
    for path in paths:
        for source in read_path(path):
            expected[source.id] = [
                (st.start, st.end, st.text, st.speaker, st.actor)
                for st in fake_extract(source.text, source=source.name)
            ]
    return expected


def stored(url: str) -> Expected:
    """What the database holds, per source, read back with the record's API."""
    with Record(url, create=False) as record:
        found: Expected = {source.id: [] for source in record.sources()}
        for row in record.statements():
            found[row.source_id].append((row.start, row.end, row.text, row.speaker, row.actor))
        with record.engine.connect() as connection:
            orphans = connection.execute(text(ORPHANS)).scalar()
    assert orphans == 0
    return found


ORPHANS = "SELECT count(*) FROM statements WHERE source_id NOT IN (SELECT id FROM sources)"


def assert_sound(url: str) -> None:
    """The database opens and, on SQLite, passes its integrity checks (search table too)."""
    if not is_sqlite(database_url(url)):
        Record(url).close()
        return
    path = database_url(url).removeprefix("sqlite:///")
    Record(url).close()  # opens; a new or rolled-back database gets its schema
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        connection.execute("INSERT INTO statements_fts(statements_fts) VALUES ('integrity-check')")
    finally:
        connection.close()


@pytest.fixture
def new_database(db_url: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator:
    """A factory of further new databases on the back end of ``db_url``."""
    made: list[str] = []
    server: PostgresServer | None = None
    if not is_sqlite(database_url(db_url)):
        server = request.getfixturevalue("postgres_server")

    def make() -> str:
        url = server.create_database() if server else str(tmp_path / f"db-{len(made)}.db")
        made.append(url)
        return url

    yield make
    if server is not None:
        for url in made:
            server.drop_database(url)


# ------------------------------------------------------------------ concurrent ingesters


def test_two_ingesters_at_once_on_overlapping_corpora(db_url: str, tmp_path: Path) -> None:
    # Both start on a database that does not exist yet (so they also race to create the
    # schema) and take the shared third of the corpus first, so they collide on it.
    paths = write_corpus(tmp_path / "corpus", 60)
    first = paths[20:40] + paths[:20]
    second = paths[20:40] + paths[40:]
    logs = [tmp_path / "one.log", tmp_path / "two.log"]
    processes = [
        start_ingest(part, db_url, log) for part, log in zip((first, second), logs, strict=True)
    ]
    for process in processes:
        process.join(120)
    outputs = [log.read_text() for log in logs]
    for process, output in zip(processes, outputs, strict=True):
        assert process.exitcode == 0, output
        assert "locked" not in output and "error" not in output
    added = [counts(output)["sources added"] for output in outputs]
    present = [counts(output)["already present"] for output in outputs]
    assert sum(added) == 60 and sum(present) == 20
    assert stored(db_url) == expected_of(paths)  # each source once, with all its statements
    assert_sound(db_url)


def counts(output: str) -> dict[str, int]:
    pairs = (line.rsplit(": ", 1) for line in output.splitlines() if ": " in line)
    return {key: int(value) for key, value in pairs if value.isdigit()}


# ------------------------------------------------------------------ kill -9


def test_kill_9_at_random_moments_leaves_only_whole_sources(
    db_url: str, new_database, tmp_path: Path
) -> None:
    # thirty sources, so that storing lasts long enough for kills to land in its middle
    paths = write_corpus(tmp_path / "corpus", 30)
    expected = expected_of(paths)
    # Clean runs, timed: from process start to the first store, and from there to the end.
    start_server()
    startup = storing_time = float("inf")
    for _ in range(2):
        clean, storing, done = new_database(), new_event(), new_event()
        started = time.perf_counter()
        process = start_ingest(paths, clean, tmp_path / "clean.log", storing, done)
        storing.wait(60)
        begun = time.perf_counter()
        done.wait(60)
        startup = min(startup, begun - started)
        storing_time = min(storing_time, time.perf_counter() - begun)
        process.join(60)
        assert process.exitcode == 0, (tmp_path / "clean.log").read_text()
        assert stored(clean) == expected

    # Each run resumes what the killed one left. Most kills fall while sources are being
    # stored; every fourth, anywhere from the process's start (opening or creating the
    # database). A run that ends before its kill has completed the rest; then the
    # database starts over, every other time as a new one.
    rng = random.Random(20261201)
    kills = partial = completed = attempts = 0
    # the clean runs' storing time, stretched while kills find nothing new stored (a loaded
    # machine stores more slowly than it did during the clean runs) and shrunk while they find
    # everything stored
    stretch = 1.0
    url, before = new_database(), 0
    # up to twelve runs a kill: on a loaded machine many kills fall before or after storing
    while (kills < KILLS or partial < KILLS // 4) and attempts < 12 * KILLS:
        attempts += 1
        log, storing = tmp_path / f"run-{attempts}.log", new_event()
        process = start_ingest(paths, url, log, storing)
        if attempts % 4:
            storing.wait(60)
            time.sleep(rng.uniform(0, storing_time * stretch))
        else:
            time.sleep(rng.uniform(0, startup + storing_time))
        process.kill()  # SIGKILL
        process.join(10)
        if process.exitcode == 0:  # the re-run finished: everything, once
            assert counts(log.read_text())["sources added"] == len(expected) - before
            assert stored(url) == expected
            assert_sound(url)
            completed += 1
            url, before = (new_database(), 0) if completed % 2 else (_emptied(url), 0)
            continue
        assert process.exitcode == -9
        kills += 1
        assert_sound(url)
        found = stored(url)
        # Only whole sources, no duplicates: each stored source holds exactly its statements.
        assert {key: expected[key] for key in found} == found
        assert len(found) >= before
        partial += before < len(found) < len(expected)
        if attempts % 4 and len(found) == before:
            stretch = min(stretch * 1.5, 50.0)
        elif attempts % 4 and len(found) == len(expected):
            stretch = max(stretch / 1.5, 0.1)
        before = len(found)
    # A last re-run completes the rest.
    rerun = start_ingest(paths, url, tmp_path / "rerun.log")
    rerun.join(60)
    assert rerun.exitcode == 0
    assert counts((tmp_path / "rerun.log").read_text())["sources added"] == len(expected) - before
    assert stored(url) == expected
    assert kills >= KILLS, f"only {kills} of {attempts} runs were still going when killed"
    assert partial >= KILLS // 4, f"only {partial} kills fell in the middle of storing"


def _emptied(url: str) -> str:
    with Record(url) as record, record.engine.begin() as connection:
        connection.execute(text("DELETE FROM sources"))
    return url


# ------------------------------------------------------------------ read-only and full


def _ingest_fails_cleanly(args: list[str], db_url: str, capsys: pytest.CaptureFixture) -> str:
    before = snapshot(db_url)
    capsys.readouterr()
    assert main(["ingest", *args]) == 2
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and lines[0].endswith("[E300]"), err
    assert "[SQL:" not in err and "parameters" not in err and "Traceback" not in err
    assert snapshot(db_url) == before  # nothing half-written
    return lines[0]


def test_a_read_only_database_is_a_clear_error(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture, fake_extractor
) -> None:
    corpus = write_corpus(tmp_path / "corpus", 3)
    assert main(["ingest", str(corpus[0]), "--db", db_url]) == 0
    url = database_url(db_url)
    if is_sqlite(url):
        read_only = f"sqlite:///file:{url.removeprefix('sqlite:///')}?mode=ro&uri=true"
    else:  # a read-only session, as on a standby server or with a read-only role
        options = f"{_options(url)} -cdefault_transaction_read_only=on"
        read_only = url.split("?")[0] + "?options=" + options.replace(" ", "%20")
    line = _ingest_fails_cleanly([str(tmp_path / "corpus"), "--db", read_only], db_url, capsys)
    assert "read-only" in line or "readonly" in line
    # Reading still works, and the database takes the rest once writable again.
    assert main(["sources", "--db", read_only, "-f", "jsonl"]) == 0
    assert main(["ingest", str(tmp_path / "corpus"), "--db", db_url]) == 0
    assert set(stored(db_url)) == set(expected_of(corpus))


def _options(url: str) -> str:
    from sqlalchemy.engine import make_url

    options = make_url(url).query.get("options", "")
    assert isinstance(options, str)
    return options


def test_a_full_disk_is_a_clear_error(
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture,
    fake_extractor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small = write_corpus(tmp_path / "small", 2)
    big = write_corpus(tmp_path / "big", 1, quotes=400, tag="big")
    assert main(["ingest", str(tmp_path / "small"), "--db", db_url]) == 0
    url = database_url(db_url)
    if is_sqlite(url):
        # SQLite's own "database or disk is full": no page beyond what the file has now.
        pages = sqlite3.connect(url.removeprefix("sqlite:///")).execute("PRAGMA page_count")
        limit = pages.fetchone()[0]

        def cap(dbapi_connection, _record) -> None:
            dbapi_connection.execute(f"PRAGMA max_page_count = {limit}")

        event.listen(Engine, "connect", cap)
        try:
            line = _ingest_fails_cleanly([str(big[0]), "--db", db_url], db_url, capsys)
        finally:
            event.remove(Engine, "connect", cap)
        assert "full" in line
    else:
        # The server's answer when it cannot extend a file (SQLSTATE 53100 disk_full).
        with Record(db_url) as record, record.engine.begin() as connection:
            connection.execute(text(DISK_FULL_TRIGGER))
        line = _ingest_fails_cleanly([str(big[0]), "--db", db_url], db_url, capsys)
        assert "No space left on device" in line
        with Record(db_url) as record, record.engine.begin() as connection:
            connection.execute(text("DROP TRIGGER disk_full ON statements"))
    assert_sound(db_url)
    assert main(["ingest", str(big[0]), "--db", db_url]) == 0
    assert stored(db_url) == expected_of(small + big)


DISK_FULL_TRIGGER = """
CREATE FUNCTION disk_full() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT count(*) FROM statements) > 50 THEN
        RAISE EXCEPTION 'could not extend file "base/16384/16397": No space left on device'
            USING ERRCODE = 'disk_full';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER disk_full BEFORE INSERT ON statements FOR EACH ROW EXECUTE FUNCTION disk_full();
"""
