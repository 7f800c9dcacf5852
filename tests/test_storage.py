"""The schema: Alembic migrations from the first table, matching the models."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from parley.errors import MissingDatabaseError, StorageError
from parley.record import Record
from parley.storage import Base, current_revision, database_url, head_revision, make_engine
from parley.storage.search import include_name


def test_fresh_database_is_at_alembic_head_with_every_table(fresh_db: Record) -> None:
    assert head_revision() is not None
    assert current_revision(fresh_db.engine) == head_revision()
    inspector = inspect(fresh_db.engine)
    assert {"sources", "statements", "alembic_version"} <= set(inspector.get_table_names())
    indexed = {tuple(index["column_names"]) for index in inspector.get_indexes("statements")}
    for column in ("actor", "about", "speaker", "event", "source_id"):
        assert (column,) in indexed
    columns = {column["name"] for column in inspector.get_columns("statements")}
    assert {"start_char", "end_char", "targets", "stance", "about", "cue"} <= columns


def test_migrations_match_the_models(fresh_db: Record) -> None:
    # An empty diff means nobody changed models.py without adding a migration.
    with fresh_db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": include_name})
        assert compare_metadata(context, Base.metadata) == []


def test_reopening_keeps_the_data_and_does_not_migrate_again(
    tmp_path: Path, db_url: str, fake_extractor
):
    from articles import write_txt

    with Record(db_url) as record:
        record.ingest([write_txt(tmp_path)])
    with Record(db_url) as record:
        assert len(record.sources()) == 1
        with record.engine.connect() as connection:
            versions = connection.execute(text("select count(*) from alembic_version")).scalar()
        assert versions == 1


def test_database_url_from_path_env_or_url(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("PARLEY_DB", raising=False)
    assert database_url(None) == "sqlite:///parley.db"
    monkeypatch.setenv("PARLEY_DB", str(tmp_path / "env.db"))
    assert database_url(None) == f"sqlite:///{tmp_path / 'env.db'}"
    # A bare postgresql:// URL gets parley's driver (psycopg 3), not SQLAlchemy's default.
    assert database_url("postgresql://u@host/db") == "postgresql+psycopg://u@host/db"
    assert database_url("postgresql+psycopg://u:p@h/db") == "postgresql+psycopg://u:p@h/db"


def test_env_var_chooses_the_database(tmp_path: Path, monkeypatch, fake_extractor) -> None:
    monkeypatch.setenv("PARLEY_DB", str(tmp_path / "from-env.db"))
    with Record() as record:
        assert record.sources() == []
    assert (tmp_path / "from-env.db").is_file()


def test_read_only_open_refuses_to_create_a_file(tmp_path: Path) -> None:
    with pytest.raises(MissingDatabaseError):
        Record(tmp_path / "nothing-here.db", create=False)
    assert not (tmp_path / "nothing-here.db").exists()


def test_unusable_database_is_a_storage_error(tmp_path: Path) -> None:
    not_a_db = tmp_path / "words.db"
    not_a_db.write_text("this is not an SQLite database, just a text file with words in it")
    with pytest.raises(StorageError):
        Record(not_a_db)


def test_timezones_survive_the_round_trip(fresh_db: Record, tmp_path: Path) -> None:
    from articles import write_jsonl, write_txt

    fresh_db.ingest([write_txt(tmp_path), write_jsonl(tmp_path)])
    published = {source.name: source.published for source in fresh_db.sources()}
    assert published["moscow-answers"].isoformat() == "2025-11-23T14:05:00+01:00"
    assert published["briefs:1"].isoformat() == "2025-11-23T21:10:00-05:00"
    assert published["brief-2"].tzinfo is None  # no zone given, none invented
    # The sortable column holds UTC: 21:10 at -05:00 is 02:10 the next day.
    with fresh_db.engine.connect() as connection:
        stored = connection.execute(
            text("select published from sources where name = 'briefs:1'")
        ).scalar()
    assert str(stored).startswith("2025-11-24 02:10:00")
    assert [s.name for s in fresh_db.sources()] == ["moscow-answers", "brief-2", "briefs:1"]


def test_engine_for_sqlite_enforces_foreign_keys(tmp_path: Path) -> None:
    engine = make_engine(database_url(tmp_path / "fk.db"))
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_connection_errors_hide_the_password() -> None:
    # No PostgreSQL here (nor perhaps its driver): either way a StorageError, password hidden.
    with pytest.raises(StorageError) as caught:
        Record("postgresql://bob:secret@127.0.0.1:9/parley")
    assert "secret" not in str(caught.value)
    assert "127.0.0.1" in str(caught.value)
