"""Both back ends: schema upgrades under a lock, search through an index, paging."""

from __future__ import annotations

import sys
import tempfile
import threading
from pathlib import Path

import pytest
from alembic import command
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from typer.testing import CliRunner

from articles import write_jsonl, write_txt
from parley.cli import app
from parley.errors import SchemaError, StorageError
from parley.record import Record
from parley.storage import current_revision, head_revision, make_engine, schema_state, upgrade
from parley.storage.engine import database_url, is_sqlite
from parley.storage.migrate import alembic_config
from parley.storage.search import FTS_TABLE, TRIGRAM_INDEXES, like_escape

runner = CliRunner()


def cli(*args: str, db: str):
    return runner.invoke(app, [*args, "--db", db], env={"PARLEY_DB": None})


def downgrade_to(url: str, revision: str) -> None:
    engine = make_engine(database_url(url))
    try:
        with engine.begin() as connection:
            config = alembic_config(engine)
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        engine.dispose()


def texts(rows) -> list[str]:
    return [row.text for row in rows]


# ------------------------------------------------------------------ schema and migrations


def test_a_new_database_gets_the_schema_but_a_read_only_open_does_not(db_url: str) -> None:
    if not is_sqlite(database_url(db_url)):  # an empty server database exists already
        with pytest.raises(SchemaError, match="no parley schema"):
            Record(db_url, create=False)
        assert schema_state(make_engine(database_url(db_url))).empty
    with Record(db_url) as record:
        assert current_revision(record.engine) == head_revision()


def test_the_schema_state_is_one_snapshot_while_another_process_creates_it(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another process creates the schema and commits between the two reads of the state:
    # the reader still sees one moment (a new database), never a half-made one ("schema at
    # revision None" with tables), which it would refuse with E303.
    engine, creator = make_engine(database_url(db_url)), make_engine(database_url(db_url))
    real = MigrationContext.get_current_revision
    raced: list[bool] = []

    def revision_then_a_creator(self: MigrationContext) -> str | None:
        found = real(self)
        if not raced:
            raced.append(True)
            upgrade(creator)
        return found

    monkeypatch.setattr(MigrationContext, "get_current_revision", revision_then_a_creator)
    try:
        state = schema_state(engine)
        assert raced and state.current is None and state.empty
        assert schema_state(engine).up_to_date
    finally:
        engine.dispose()
        creator.dispose()


def test_an_old_schema_asks_for_db_upgrade_and_the_upgrade_keeps_the_data(
    db_url: str, tmp_path: Path, fake_extractor
) -> None:
    with Record(db_url) as record:
        record.ingest([write_txt(tmp_path)])
    downgrade_to(db_url, "0001")
    for create in (False, True):  # neither reads nor writes migrate an existing database
        with pytest.raises(SchemaError, match=r"run `parley db upgrade`") as caught:
            Record(db_url, create=create)
        assert caught.value.code == "E303"
    status = cli("db", "status", db=db_url)
    assert status.exit_code == 0 and "revision: 0001" in status.stdout
    assert "run `parley db upgrade`" in status.stdout
    refused = cli("statements", db=db_url)
    assert refused.exit_code == 2
    assert refused.stderr.strip().endswith("run `parley db upgrade` [E303]")
    upgraded = cli("db", "upgrade", db=db_url)
    assert upgraded.exit_code == 0, upgraded.stderr
    assert f"upgraded from 0001 to {head_revision()}" in upgraded.stdout
    assert "already at" in cli("db", "upgrade", db=db_url).stdout
    assert "status: up to date" in cli("db", "status", db=db_url).stdout
    with Record(db_url, create=False) as record:
        assert len(record.statements()) == 2
        assert texts(record.statements(text="reject")) == ["But we reject any deadline,"]


def test_db_upgrade_creates_the_schema_of_a_new_database(db_url: str) -> None:
    result = cli("db", "upgrade", db=db_url)
    assert result.exit_code == 0, result.stderr
    assert "upgraded from an empty database" in result.stdout
    with Record(db_url, create=False) as record:
        assert record.sources() == []


def test_a_schema_from_a_newer_parley_is_refused(db_url: str) -> None:
    Record(db_url).close()
    engine = make_engine(database_url(db_url))
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(SchemaError, match="newer than this parley"):
        Record(db_url)
    result = cli("db", "upgrade", db=db_url)
    assert result.exit_code == 2 and "[E300]" in result.stderr


def test_concurrent_upgrades_migrate_once(db_url: str) -> None:
    # Four threads, four engines, one empty database: the lock lets one migrate; the
    # others find the work done once they hold it.
    url = database_url(db_url)
    results: list[tuple[str | None, str | None]] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def migrate() -> None:
        engine = make_engine(url)
        try:
            barrier.wait()
            results.append(upgrade(engine))
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=migrate) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    head = head_revision()
    assert sorted(results, key=str) == sorted([(None, head)] + [(head, head)] * 3, key=str)
    engine = make_engine(url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    engine.dispose()


def test_a_missing_driver_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg -> ImportError
    with pytest.raises(StorageError) as caught:
        Record("postgresql://bob:secret@127.0.0.1:9/parley")
    assert "pip install 'parley[postgres]'" in caught.value.message
    result = runner.invoke(app, ["sources", "--db", "postgresql://bob:secret@127.0.0.1:9/parley"])
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert "parley[postgres]" in line and "secret" not in line and line.endswith("[E302]")


# ------------------------------------------------------------------ search and paging


def _ingest_text(record: Record, name: str, body: str) -> bool:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{name}.txt"
        path.write_text(body, encoding="utf-8")
        return bool(record.ingest([path]).added)


PAD = " The remarks came at a briefing for reporters late in the day."
WILD = "\n\n".join(
    f"{line}{PAD}"
    for line in (
        '"Tariffs rise 50% from today," Trump said.',
        '"A 50-50 split is fair," Rubio said.',
        '"The file is plan_v2 now," Peskov said.',
        '"The file is planXv2 now," Putin said.',
        '"Use a back\\slash here," Zelensky said.',
        '"We reject the Ukrainian plan," Peskov said.',
    )
)


def test_text_and_speaker_search_take_like_wildcards_literally(fresh_db: Record) -> None:
    assert _ingest_text(fresh_db, "wild", WILD)
    assert texts(fresh_db.statements(text="50%")) == ["Tariffs rise 50% from today,"]
    assert texts(fresh_db.statements(text="%")) == ["Tariffs rise 50% from today,"]
    assert texts(fresh_db.statements(text="plan_v2")) == ["The file is plan_v2 now,"]
    assert texts(fresh_db.statements(text="_")) == ["The file is plan_v2 now,"]
    assert texts(fresh_db.statements(text="back\\slash")) == ["Use a back\\slash here,"]
    assert texts(fresh_db.statements(text="\\")) == ["Use a back\\slash here,"]
    assert fresh_db.statements(text="n_w") == []
    # Case-insensitive, short and long, with quotes that FTS5 would otherwise parse.
    assert texts(fresh_db.statements(text="UKRAINIAN PLAN")) == ["We reject the Ukrainian plan,"]
    assert len(fresh_db.statements(text="50")) == 2
    assert fresh_db.statements(text='plan" OR "file') == []
    assert {r.speaker for r in fresh_db.statements(speaker="pesk")} == {"Peskov"}
    assert {r.speaker for r in fresh_db.statements(speaker="%")} == set()
    assert texts(fresh_db.statements(text="file", speaker="putin")) == ["The file is planXv2 now,"]
    assert like_escape("50%_a\\b") == "50\\%\\_a\\\\b"


def test_search_uses_an_index(fresh_db: Record) -> None:
    assert _ingest_text(fresh_db, "wild", WILD)
    query = fresh_db.statements_query(text="reject", speaker="peskov")
    compiled = query.compile(fresh_db.engine, compile_kwargs={"literal_binds": True})
    with fresh_db.engine.connect() as connection:
        if is_sqlite(fresh_db.engine):
            plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}").all()
            used = " ".join(str(row[-1]) for row in plan)
            assert "VIRTUAL TABLE INDEX" in used and FTS_TABLE in used
        else:
            connection.exec_driver_sql("SET enable_seqscan = off")
            plan = connection.exec_driver_sql(f"EXPLAIN {compiled}").all()
            used = " ".join(row[0] for row in plan)
            assert TRIGRAM_INDEXES["text"] in used or TRIGRAM_INDEXES["speaker"] in used
    assert texts(fresh_db.statements(text="reject", speaker="peskov")) == [
        "We reject the Ukrainian plan,"
    ]


def test_the_search_index_follows_deletes(fresh_db: Record) -> None:
    assert _ingest_text(fresh_db, "wild", WILD)
    with fresh_db.engine.begin() as connection:
        connection.execute(text("DELETE FROM sources"))
    assert fresh_db.statements(text="reject") == []
    assert _ingest_text(fresh_db, "wild", WILD)
    assert len(fresh_db.statements(text="reject")) == 1


def test_statements_and_sources_page(fresh_db: Record, tmp_path: Path) -> None:
    fresh_db.ingest([write_txt(tmp_path), write_jsonl(tmp_path)])
    assert _ingest_text(fresh_db, "wild", WILD)
    everything = fresh_db.statements()
    assert len(everything) == 10
    pages = [fresh_db.statements(limit=3, offset=start) for start in range(0, 12, 3)]
    assert [len(page) for page in pages] == [3, 3, 3, 1]
    assert [row for page in pages for row in page] == everything
    assert fresh_db.statements(offset=10) == []
    assert fresh_db.statements(limit=0) == []
    files = fresh_db.statements(text="file")
    assert len(files) == 2 and fresh_db.statements(text="file", offset=1, limit=5) == files[1:]
    sources = fresh_db.sources()
    assert [s.id for s in fresh_db.sources(limit=2)] + [
        s.id for s in fresh_db.sources(limit=2, offset=2)
    ] == [s.id for s in sources]


def test_cli_text_filter_and_paging(fresh_db: Record, tmp_path: Path) -> None:
    assert _ingest_text(fresh_db, "wild", WILD)
    db = fresh_db.url
    found = cli("statements", "--text", "50%", "-f", "jsonl", db=db)
    assert found.exit_code == 0, found.stderr
    assert [line.count("50%") for line in found.stdout.splitlines()] == [1]
    page = cli("statements", "--limit", "2", "--offset", "1", "-f", "jsonl", db=db)
    everything = cli("statements", "-f", "jsonl", db=db).stdout.splitlines()
    assert page.stdout.splitlines() == everything[1:3]
    assert len(cli("sources", "--limit", "1", "-f", "jsonl", db=db).stdout.splitlines()) == 1
    assert cli("sources", "--offset", "1", "-f", "jsonl", db=db).stdout == ""
    assert cli("statements", "--limit", "-1", db=db).exit_code != 0
