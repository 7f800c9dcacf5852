"""The database behind :class:`parley.record.Record`: tables, engine and migrations.

SQLAlchemy 2 models (portable: SQLite by default, or PostgreSQL) and Alembic
migrations shipped inside the package, applied to a new database when it is created
and otherwise by ``parley db upgrade``.
"""

from parley.storage.engine import database_url, make_engine
from parley.storage.migrate import (
    SchemaState,
    current_revision,
    head_revision,
    schema_state,
    upgrade,
)
from parley.storage.models import Base, PlanPointRow, PlanRow, SourceRow, StatementRow

# The derived tables register on Base when their module loads: load it here, so that
# Base.metadata is the whole schema whoever imports the package (migrations compare to it).
from parley.storage import positions as _positions  # noqa: E402,F401  isort: skip

__all__ = [
    "Base",
    "PlanPointRow",
    "PlanRow",
    "SchemaState",
    "SourceRow",
    "StatementRow",
    "current_revision",
    "database_url",
    "head_revision",
    "make_engine",
    "schema_state",
    "upgrade",
]
