"""Shared fixtures: a fresh database, a fake extractor, the shared seed article.

``db_url`` and ``fresh_db`` are parametrised over the back ends: every test using them
runs once on SQLite and once on PostgreSQL (see tests/postgres_server.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fake_extraction import fake_extract
from parley.record import Record
from postgres_server import PostgresServer, start_or_skip

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
SEED = SHARED / "seed" / "turkiye-today-putin-28-point-plan.txt"


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch):
    """Replace parley.extract.extract_statements everywhere parley calls it."""
    monkeypatch.setattr("parley.extract.extract_statements", fake_extract)
    return fake_extract


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The test PostgreSQL server (skips without one; fails under CI=true)."""
    server = start_or_skip()
    yield server
    server.close()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new, empty database: a file path on SQLite, a URL on PostgreSQL.

    SQLite: a file path in tmp_path (``fresh.db``); PostgreSQL: the URL of a database
    (schema) of its own, dropped after the test.
    """
    if request.param == "sqlite":
        yield str(tmp_path / "fresh.db")
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    url = server.create_database()
    yield url
    server.drop_database(url)


@pytest.fixture
def fresh_db(db_url: str, fake_extractor) -> Iterator[Record]:
    """A Record on a new database (SQLite and PostgreSQL), extracting with the fake extractor."""
    with Record(db_url) as record:
        yield record


@pytest.fixture
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip(f"shared seed article not found at {SEED}")
    return SEED
