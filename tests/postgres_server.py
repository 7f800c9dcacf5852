"""A PostgreSQL server for the tests: one fresh schema per test.

The server comes from ``$PARLEY_TEST_POSTGRES_URL`` (``.ci/postgres.sh`` starts one and
prints its URL). Each test gets a schema of its own, named in its URL's ``search_path``,
so it sees an empty database (``CREATE DATABASE`` costs about a second; a schema,
milliseconds). Without the variable the PostgreSQL cases skip, except under
``CI=true``, where they fail: CI must not silently test SQLite only.
"""

from __future__ import annotations

import itertools
import os

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url

from parley.storage import database_url

POSTGRES_URL_ENV = "PARLEY_TEST_POSTGRES_URL"


class PostgresServer:
    """Creates and drops the tests' schemas in one database."""

    def __init__(self, url: str) -> None:
        self.url: URL = make_url(database_url(url))
        self._admin: Engine = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self._names = (f"parley_test_{os.getpid()}_{n}" for n in itertools.count())
        # Extensions live in public, shared by every test schema (on its search path).
        self._execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")

    def create_database(self) -> str:
        """The URL of a new, empty schema: parley sees a new database."""
        name = next(self._names)
        self._execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
        self._execute(f'CREATE SCHEMA "{name}"')
        url = self.url.update_query_dict({"options": f"-csearch_path={name},public"})
        return url.render_as_string(hide_password=False)

    def drop_database(self, url: str) -> None:
        options = make_url(url).query["options"]
        assert isinstance(options, str)
        name = options.removeprefix("-csearch_path=").split(",")[0]
        self._execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')

    def close(self) -> None:
        self._admin.dispose()

    def _execute(self, sql: str) -> None:
        with self._admin.connect() as connection:
            connection.execute(text(sql))


def start_or_skip() -> PostgresServer:
    url = os.environ.get(POSTGRES_URL_ENV)
    if not url:
        message = f"${POSTGRES_URL_ENV} is not set (start a server with .ci/postgres.sh)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but {message}", pytrace=False)
        pytest.skip(message)
    try:
        return PostgresServer(url)
    except Exception as exc:  # a named server that cannot be used fails, never skips
        pytest.fail(f"PostgreSQL at ${POSTGRES_URL_ENV} is not usable: {exc}", pytrace=False)
